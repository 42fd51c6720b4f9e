import Foundation
import ParleyStore

/// A row of `parley sql` or `parley export` as a JSON object with typed values.
struct JSONRow: Encodable {
    var columns: [String]
    var values: [SQLiteValue]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for (column, value) in zip(columns, values) {
            let key = Key(stringValue: column)
            switch value {
            case .null: try c.encodeNil(forKey: key)
            case .integer(let v): try c.encode(v, forKey: key)
            case .real(let v): try c.encode(v, forKey: key)
            case .text(let v): try c.encode(v, forKey: key)
            case .blob(let v): try c.encode(v.base64EncodedString(), forKey: key)
            }
        }
    }
}

extension SQLiteValue {
    /// The value as a table or CSV cell: NULL as empty.
    var cell: String {
        switch self {
        case .null: return ""
        case .blob(let v): return v.base64EncodedString()
        default: return description
        }
    }
}
