import Foundation

/// Import progress on stderr: a line redrawn in place on a terminal (articles, articles/s, ETA),
/// a plain line every ten seconds otherwise, nothing with --quiet.
final class Progress {
    private let enabled: Bool
    private let expected: Int?
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let start = Date()
    private var done = 0
    private var lastShown = Date()

    init(enabled: Bool, expected: Int?) {
        self.enabled = enabled
        self.expected = expected
    }

    func advance(by n: Int) {
        done += n
        guard enabled else { return }
        let now = Date()
        let interval: TimeInterval = isTerminal ? 0.25 : 10
        guard now.timeIntervalSince(lastShown) >= interval else { return }
        lastShown = now
        show(now)
    }

    func finish() {
        guard enabled, done > 0 else { return }
        if isTerminal { show(Date()); FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func show(_ now: Date) {
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        var line = "\(done) \(done == 1 ? "article" : "articles"), \(Int(rate))/s"
        if let expected, expected > done, rate > 0 {
            let left = Int(Double(expected - done) / rate)
            line = "\(done)/\(expected) articles, \(Int(rate))/s, ETA \(left / 60):\(String(format: "%02d", left % 60))"
        }
        let text = isTerminal ? "\r\u{1B}[K" + line : line + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
