import Foundation
import ParleyExtraction
let e = Extractor()
let enc = JSONEncoder()
enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
for path in CommandLine.arguments.dropFirst() {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let r = e.extract(text: text, file: path)
    print(String(decoding: try enc.encode(r), as: UTF8.self))
}
