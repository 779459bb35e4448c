// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "EventWire",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "eventwire", targets: ["EventWireCLI"]),
        .executable(name: "eventwire-bench", targets: ["EventWireBench"]),
        .library(name: "EventWireCore", targets: ["EventWireCore"]),
        .library(name: "ZeroMQ", targets: ["ZeroMQ"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
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
        // glibc's <malloc.h> (mallopt), for the daemon's allocator policy.
        .systemLibrary(name: "CMalloc"),
        // The daemon, replay and tail: wires the ZeroMQ layer to the core.
        .target(
            name: "EventWireDaemon",
            dependencies: [
                "CMalloc",
                "EventWireCore",
                "ZeroMQ",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "TOMLKit", package: "TOMLKit"),
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
        // `swift run -c release eventwire-bench`: throughput, latency and memory, printed as a table.
        .executableTarget(
            name: "EventWireBench",
            dependencies: [
                "EventWireCore",
                "EventWireDaemon",
                "ZeroMQ",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "ZeroMQTests", dependencies: ["ZeroMQ"]),
        .testTarget(
            name: "EventWireCoreTests",
            dependencies: ["EventWireCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
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
