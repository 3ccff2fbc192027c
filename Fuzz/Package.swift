// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for Warta, kept out of the main package so `swift build` / `swift test` never
// see them. Build and run with `scripts/fuzz.sh`, which instruments every module with
// `-sanitize=address -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp` (coverage for libFuzzer);
// only the fuzz executables link libFuzzer (`-sanitize=fuzzer`): passing that to every module
// also links it into the lexicon-embedding build tool, whose link then fails.
// SwiftPM links an executable's entry as `<Target>_main`, so each target defines that (with
// -parse-as-library, no top-level code) and hands its test function to libFuzzer's
// `LLVMFuzzerRunDriver`.
let fuzzTarget: (String) -> Target = { name in
    .executableTarget(
        name: name,
        dependencies: [.product(name: "Warta", package: "Warta"), "FuzzSupport", "CLibFuzzer"],
        swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
    )
}

let package = Package(
    name: "WartaFuzz",
    dependencies: [.package(name: "Warta", path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: [.product(name: "Warta", package: "Warta")]),
        fuzzTarget("FuzzTokenizer"),
        fuzzTarget("FuzzSentences"),
        fuzzTarget("FuzzAnalyzer"),
        fuzzTarget("FuzzStemmer"),
        .executableTarget(
            name: "FuzzHTML",
            dependencies: [.product(name: "WartaInput", package: "Warta"), "CLibFuzzer"],
            swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
        .executableTarget(
            name: "FuzzCSV",
            dependencies: [.product(name: "WartaInput", package: "Warta"), "CLibFuzzer"],
            swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
        .executableTarget(
            name: "FuzzWARC",
            dependencies: [.product(name: "WartaInput", package: "Warta"), "CLibFuzzer"],
            swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
        // Not a fuzz target: builds and drops analysers for scripts/leaks.sh (valgrind).
        .executableTarget(name: "LeakCheck", dependencies: [.product(name: "Warta", package: "Warta")]),
    ]
)
