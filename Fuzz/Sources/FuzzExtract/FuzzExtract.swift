import FuzzChecks

/// libFuzzer entry point: the input bytes as article text (invalid UTF-8 repaired, as a reader would).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = extractAndCheck(text)
    return 0
}
