internal import CSQLite

extension Database {
    /// Time spent in one statement text, summed over its runs (statements run by triggers and
    /// virtual tables, such as FTS5's own, are counted under their own text).
    public struct StatementProfile: Sendable {
        public var sql: String
        public var runs: Int
        public var nanoseconds: UInt64
    }

    /// Starts timing every statement this connection runs (`sqlite3_trace_v2` with SQLITE_TRACE_PROFILE), for
    /// benchmarks; `statementProfile()` reads the totals. Costs a lookup per statement while on.
    public func startProfiling() {
        let box = Unmanaged.passRetained(ProfileBox())
        profileBox.map { Unmanaged<ProfileBox>.fromOpaque($0).release() }
        profileBox = box.toOpaque()
        sqlite3_trace_v2(handle, UInt32(SQLITE_TRACE_PROFILE), { _, context, statement, elapsed in
            guard let context, let statement, let elapsed, let text = sqlite3_sql(OpaquePointer(statement)) else { return 0 }
            let box = Unmanaged<ProfileBox>.fromOpaque(context).takeUnretainedValue()
            box.add(String(cString: text), nanoseconds: UInt64(max(0, elapsed.load(as: Int64.self))))
            return 0
        }, profileBox)
    }

    /// The statements timed since `startProfiling()`, the most costly first.
    public func statementProfile() -> [StatementProfile] {
        guard let profileBox else { return [] }
        return Unmanaged<ProfileBox>.fromOpaque(profileBox).takeUnretainedValue().totals.values
            .sorted { $0.nanoseconds > $1.nanoseconds }
    }

    final class ProfileBox {
        var totals: [String: StatementProfile] = [:]

        func add(_ sql: String, nanoseconds: UInt64) {
            totals[sql, default: StatementProfile(sql: sql, runs: 0, nanoseconds: 0)].runs += 1
            totals[sql]!.nanoseconds += nanoseconds
        }
    }
}
