// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "EventWire",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "eventwire", targets: ["EventWireCLI"]),
        .library(name: "EventWireCore", targets: ["EventWireCore"]),
        .library(name: "ZeroMQ", targets: ["ZeroMQ"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // libzmq from Debian's libzmq3-dev; the modulemap links "zmq" directly (no pkg-config, see STYLE.md).
        .systemLibrary(
            name: "CZeroMQ",
            providers: [.apt(["libzmq3-dev"])]
        ),
        // The one thin layer that owns every libzmq pointer. Knows sockets and frames, nothing of articles.
        .target(
            name: "ZeroMQ",
            dependencies: ["CZeroMQ"]
        ),
        // Articles, events, CloudEvents encoding and the extraction engine. No I/O on the hot path, no Dispatch.
        .target(
            name: "EventWireCore",
            resources: [.copy("Resources/Dictionaries")]
        ),
        // The daemon, replay and tail: wires the ZeroMQ layer to the core.
        .target(
            name: "EventWireDaemon",
            dependencies: [
                "EventWireCore",
                "ZeroMQ",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "EventWireCLI",
            dependencies: [
                "EventWireCore",
                "EventWireDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(name: "ZeroMQTests", dependencies: ["ZeroMQ"]),
        .testTarget(name: "EventWireCoreTests", dependencies: ["EventWireCore"]),
        .testTarget(
            name: "EventWireDaemonTests",
            dependencies: [
                "EventWireDaemon", "EventWireCore", "ZeroMQ",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ]
        ),
    ]
)
