internal import CSQLite

extension Database {
    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED"
        /// Writers begin IMMEDIATE: a deferred transaction that later upgrades
        /// to a write can get an SQLITE_BUSY that no busy timeout avoids.
        case immediate = "IMMEDIATE"
        case exclusive = "EXCLUSIVE"
    }

    // MARK: - Transactions

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// Called inside another transaction, it uses a savepoint instead.
    @discardableResult
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        if !isAutocommit { return try savepoint(body) }
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        let result: T
        do {
            result = try body()
        } catch {
            // A failed statement may already have rolled the transaction back.
            if !isAutocommit { try? execute("ROLLBACK TRANSACTION") }
            throw error
        }
        do {
            try execute("COMMIT TRANSACTION")
        } catch {
            if !isAutocommit { try? execute("ROLLBACK TRANSACTION") }
            throw error
        }
        return result
    }

    /// Runs `body` inside a savepoint: released when it returns, rolled back to when it throws.
    @discardableResult
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT parley")
        let result: T
        do {
            result = try body()
        } catch {
            try? execute("ROLLBACK TO SAVEPOINT parley")
            try? execute("RELEASE SAVEPOINT parley")
            throw error
        }
        try execute("RELEASE SAVEPOINT parley")
        return result
    }
}
