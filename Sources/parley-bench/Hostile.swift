import Foundation
import ParleyExtraction

/// `parley-bench --hostile`: extraction time of texts shaped to hurt (a megabyte of quotes, a megabyte without
/// a full stop, 100,000 nested quotation marks, thousands of officials, quote paragraphs, pronoun replies), at 1x
/// and 4x their size. Linear extraction shows a ratio near 4; a quadratic step shows 16. (At 1x and 2x, 2 against
/// 4, a busy machine once made a linear shape look 2.8.)
enum Hostile {
    static func shapes(megabytes: Double) -> [(String, String)] {
        let size = Int(megabytes * 1_000_000)
        var generator = SystemRandomNumberGenerator()
        func repeated(_ piece: (Int) -> String) -> String {
            var text = "Published : 2031-04-16 10:00\n\n"
            var n = 0
            while text.utf8.count < size { text += piece(n); n += 1 }
            return text
        }
        // Made-up names from a counter, so that every official is a new one.
        func name(_ n: Int) -> String {
            let letters = Array("bcdfghklmnprstvz")
            var s = "K", v = n
            for _ in 0..<4 { s.append(letters[v % 16]); s.append("aeiou".randomElement(using: &generator)!); v /= 16 }
            return s
        }
        let words = ["Minister", "met", "Kim", "said", "talks", "\"We", "on", "trade", "the", "President", "and", "Velk"]
        return [
            ("quotes", repeated { _ in "\"We will meet again,\" Foreign Minister Mara Velk said. " }),
            ("no full stop", repeated { n in words[(n * 7 + n / 3) % words.count] + " " }),
            ("nested quotes", "Published : 2031-04-16 10:00\n\n" + String(repeating: "\u{201C}", count: size / 6)
                + "peace" + String(repeating: "\u{201D}", count: size / 6)),
            ("officials", repeated { n in
                "Foreign Minister \(name(n)) Dorne met Prime Minister \(name(n + 1)) Sava on Monday. \"We talked,\" the minister said. "
            }),
            ("quote paragraphs", repeated { n in
                "Vice FM \(name(n)) Lee said: \"We will meet again.\n\n\"And again,\" he added. The vice minister met U.S. envoy \(name(n + 7)) Ray.\n\n"
            }),
            // Each "he replied" looks back for who "he" is, past a sentence whose subject is a pronoun.
            ("pronoun replies", repeated { n in
                "In between, he met Prime Minister \(name(n)) Sava. Asked again, he replied: \"We will keep working on this plan.\"\n\n"
            }),
        ]
    }

    static func run() {
        let extractor = Extractor()
        print("hostile texts: extraction time at 1 MB and 4 MB (best of 3, taken in turn), and their ratio (4 = linear)")
        let small = shapes(megabytes: 1), large = shapes(megabytes: 4)
        for ((name, one), (_, four)) in zip(small, large) {
            func time(_ text: String) -> Double {
                let start = Date()
                _ = extractor.extract(text: text)
                return Date().timeIntervalSince(start)
            }
            // In turn, so that a slow spell of the machine falls on both sizes.
            var a = Double.infinity, b = Double.infinity
            for _ in 0..<3 {
                a = min(a, time(one))
                b = min(b, time(four))
            }
            let label = name.padding(toLength: 17, withPad: " ", startingAt: 0)
            print(label + String(format: " 1 MB %6.2f s   4 MB %6.2f s   ratio %.2f   %.2f MB/s", a, b, b / a,
                                 Double(four.utf8.count) / 1_000_000 / b))
        }
    }
}
