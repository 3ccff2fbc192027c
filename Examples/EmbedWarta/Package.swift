// swift-tools-version: 6.0
import PackageDescription

// An application embedding Warta as a library, by path. Build: `swift build` in this folder.
let package = Package(
    name: "EmbedWarta",
    dependencies: [
        .package(name: "Warta", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "EmbedWarta", dependencies: [.product(name: "Warta", package: "Warta")]),
    ]
)
