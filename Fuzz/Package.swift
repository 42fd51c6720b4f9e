// swift-tools-version:6.0
// libFuzzer harnesses for Parley: `scripts/fuzz.sh extract|page|import [seconds]` builds them with
// `--sanitize=fuzzer --sanitize=address` and runs one on its seed corpus (Fuzz/corpus/NAME).
// Each harness checks invariants after every input, so a wrong answer is a crash too, not only a trap.
import PackageDescription

let package = Package(
    name: "ParleyFuzz",
    dependencies: [.package(name: "Parley", path: "..")],
    targets: [
        // What every extraction record must satisfy, whatever the input (shared by the harnesses).
        .target(name: "FuzzChecks", dependencies: [.product(name: "ParleyExtraction", package: "Parley")]),
        // Bytes as article text -> Extractor: spans inside the text, people of meetings and quotes among the officials.
        .executableTarget(name: "FuzzExtract", dependencies: ["FuzzChecks", .product(name: "ParleyExtraction", package: "Parley")]),
        // Bytes as a saved web page -> WebPage -> Extractor on its body.
        .executableTarget(
            name: "FuzzPage",
            dependencies: [
                "FuzzChecks",
                .product(name: "ParleyPages", package: "Parley"),
                .product(name: "ParleyExtraction", package: "Parley"),
            ]
        ),
        // Bytes as a JSON Lines file -> ArticleFiles -> Extractor -> ParleyStore (in memory): every record
        // is stored whole or not at all, and the database stays consistent.
        .executableTarget(
            name: "FuzzImport",
            dependencies: [
                "FuzzChecks",
                .product(name: "ParleyInput", package: "Parley"),
                .product(name: "ParleyExtraction", package: "Parley"),
                .product(name: "ParleyStore", package: "Parley"),
            ]
        ),
    ]
)
