// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way:
// CICU <- CWartaICU <- WartaSegmentation <- WartaTokenizer <- WartaExtraction <- Warta <- warta.
// WartaText, WartaLexicons, WartaRecords and WartaStemmer sit beside that chain.
// CLibXML2 <- CWartaXML <- WartaInput and CZlib <- CWartaZlib <- WartaInput (reading pages, datasets,
// crawls), beside it too: Warta does not depend on it.
let package = Package(
    name: "Warta",
    products: [
        .library(name: "Warta", targets: ["Warta"]),
        .library(name: "WartaInput", targets: ["WartaInput"]),
        .executable(name: "warta", targets: ["warta"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // ICU: Debian's libicu-dev. Only CWartaICU's .c file includes its headers.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"])]
        ),
        .target(name: "CWartaICU", dependencies: ["CICU"]),

        // libxml2: Debian's libxml2-dev, for reading HTML pages. Only CWartaXML's .c file includes its headers.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CWartaXML", dependencies: ["CLibXML2"]),

        .target(name: "WartaText"),
        // zlib: Debian's zlib1g-dev, for .warc.gz and gzip-encoded HTTP bodies. Only CWartaZlib's .c includes it.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CWartaZlib", dependencies: ["CZlib"]),
        .target(name: "WartaSegmentation", dependencies: ["CWartaICU", "WartaText"]),

        // Lexicon files are embedded at build time so a copied `warta` binary keeps working.
        .executableTarget(name: "EmbedLexiconsTool", path: "Sources/EmbedLexiconsTool"),
        .plugin(name: "EmbedLexicons", capability: .buildTool(), dependencies: ["EmbedLexiconsTool"]),
        .target(name: "WartaLexiconData", plugins: ["EmbedLexicons"]),
        .target(name: "WartaLexicons", dependencies: ["WartaLexiconData"]),

        .target(name: "WartaTokenizer", dependencies: ["WartaSegmentation", "WartaLexicons", "WartaText"]),
        .target(name: "WartaRecords", dependencies: ["WartaText"]),
        .target(name: "WartaStemmer", dependencies: ["WartaLexicons", "WartaText"]),
        .target(
            name: "WartaExtraction",
            dependencies: ["WartaTokenizer", "WartaRecords", "WartaLexicons", "WartaText", "WartaStemmer"]
        ),
        .target(
            name: "Warta",
            dependencies: [
                "WartaText", "WartaSegmentation", "WartaLexicons", "WartaTokenizer", "WartaRecords",
                "WartaStemmer", "WartaExtraction",
            ]
        ),
        // Reading articles out of web pages, HTML fragments and other input formats; its own product,
        // so `Warta` stays ICU-only.
        .target(name: "WartaInput", dependencies: ["CWartaXML", "CWartaZlib", "WartaText", "WartaLexicons"]),
        // Scoring extraction against the hand-annotated corpus (`warta eval`, corpus tests).
        .target(name: "WartaEvaluation", dependencies: ["WartaRecords", "WartaText"]),
        .executableTarget(
            name: "warta",
            dependencies: ["Warta", "WartaInput", "WartaEvaluation", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "WartaBenchmarks", dependencies: ["Warta"], path: "Benchmarks/WartaBenchmarks"),
        .executableTarget(name: "WARCBenchmark", dependencies: ["WartaInput"], path: "Benchmarks/WARCBenchmark"),
        .executableTarget(name: "HTMLBenchmark", dependencies: ["WartaInput"], path: "Benchmarks/HTMLBenchmark"),
        .executableTarget(
            name: "StemmerBenchmark",
            dependencies: ["WartaStemmer", "WartaLexicons"],
            path: "Benchmarks/StemmerBenchmark"
        ),

        .target(name: "_WartaTestSupport", dependencies: ["Warta", "WartaEvaluation", "WartaInput"]),
        .testTarget(name: "WartaTextTests", dependencies: ["WartaText", "_WartaTestSupport"]),
        .testTarget(name: "WartaSegmentationTests", dependencies: ["WartaSegmentation", "_WartaTestSupport"]),
        .testTarget(name: "WartaLexiconsTests", dependencies: ["WartaLexicons", "WartaSegmentation", "_WartaTestSupport"]),
        .testTarget(name: "WartaTokenizerTests", dependencies: ["WartaTokenizer", "_WartaTestSupport"]),
        .testTarget(name: "WartaStemmerTests", dependencies: ["WartaStemmer", "_WartaTestSupport"]),
        .testTarget(name: "WartaExtractionTests", dependencies: ["WartaExtraction", "Warta", "_WartaTestSupport"]),
        .testTarget(name: "WartaCLITests", dependencies: ["_WartaTestSupport"]),
        .testTarget(name: "WartaInputTests", dependencies: ["WartaInput", "WartaTokenizer", "_WartaTestSupport"]),
        .testTarget(name: "CorpusTests", dependencies: ["Warta", "WartaEvaluation", "_WartaTestSupport"]),
    ]
)
