import FuzzChecks
import ParleyPages

/// libFuzzer entry point: the input bytes as a saved web page; a page that parses is extracted too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let page = try? WebPage(bytes: bytes) else { return 0 }
    precondition(!page.body.isEmpty, "a page accepted with an empty body")
    precondition(!(page.headline ?? "").contains("\n"), "a headline across lines")
    _ = extractAndCheck(page.body)
    return 0
}
