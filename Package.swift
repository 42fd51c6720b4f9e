// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyStore", targets: ["ParleyStore"]),
        .library(name: "ParleyExtraction", targets: ["ParleyExtraction"]),
        .library(name: "ParleyPages", targets: ["ParleyPages"]),
        .library(name: "ParleyInput", targets: ["ParleyInput"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
    ],
    targets: [
        // The system SQLite (libsqlite3-dev on Debian), reached through a module map.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // libxml2's HTML parser (libxml2-dev on Debian), for saved web pages.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The numbered .sql files at the top level, embedded into the binary.
        .target(
            name: "ParleyMigrations",
            path: "Migrations",
            exclude: ["README.md"],
            resources: [
                // One line per migration file, in order.
                .embedInCode("0001_initial.sql"),
                .embedInCode("0002_full_text_search.sql"),
                .embedInCode("0003_official_merges.sql"),
                .embedInCode("0004_topic_days.sql"),
                .embedInCode("0005_explicit_fts_inserts.sql"),
                .embedInCode("0006_fts_automerge.sql"),
            ]
        ),
        // Our thin, safe layer over the SQLite C API, the schema's models and the queries.
        .target(
            name: "ParleyStore",
            dependencies: [
                "CSQLite", "ParleyMigrations", "ParleyExtraction",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Article text -> extraction record. Pure: no database code.
        .target(name: "ParleyExtraction", dependencies: [.product(name: "Algorithms", package: "swift-algorithms")]),
        // Saved web page -> headline, date, canonical url and article body. No extraction, no database.
        .target(name: "ParleyPages", dependencies: ["CLibXML2"]),
        // Paths -> articles to extract: text files, folders, JSON Lines records, saved pages; bad input as problems.
        .target(name: "ParleyInput", dependencies: ["ParleyPages"]),
        // The command-line front end: parses arguments, calls the modules, renders.
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyStore",
                "ParleyExtraction",
                "ParleyPages",
                "ParleyInput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release parley-bench [corpus.jsonl]`: speed, memory and query latency figures.
        .executableTarget(name: "parley-bench", dependencies: ["ParleyStore", "ParleyExtraction"]),
        .testTarget(name: "ParleyStoreTests", dependencies: ["ParleyStore", "ParleyExtraction"]),
        .testTarget(
            name: "ParleyExtractionTests",
            dependencies: ["ParleyExtraction"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ParleyPagesTests", dependencies: ["ParleyPages"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["parley", "ParleyStore", "ParleyInput"]),
    ]
)

// Strict settings for every target we own.
for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    target.swiftSettings = settings
}
