import Foundation
import ZeroMQ

/// The bytes of a string, for building frames.
func bytes(_ text: String) -> [UInt8] {
    Array(text.utf8)
}

/// A frame as text, for readable expectations.
func text(_ frame: [UInt8]) -> String {
    String(decoding: frame, as: UTF8.self)
}

/// Binds `socket` to a free loopback port and returns the resolved endpoint, such as `tcp://127.0.0.1:41234`.
func bindToFreeTCPPort(_ socket: Socket) throws -> String {
    try socket.bind(to: "tcp://127.0.0.1:*")
    return try socket.lastEndpoint
}

/// A fresh directory under the temporary directory, for `ipc://` socket files; the caller removes it.
func makeTemporaryDirectory() throws -> URL {
    // Short: an ipc:// path must fit in sockaddr_un (107 bytes).
    let directory = URL(fileURLWithPath: "/tmp").appendingPathComponent("zmqt-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}

/// Receives one message, waiting at most `milliseconds`; `nil` if none came.
func receive(_ socket: Socket, within milliseconds: Int = 5_000) throws -> [[UInt8]]? {
    guard try socket.waitForInput(timeoutMilliseconds: milliseconds) else { return nil }
    return try socket.receiveMessage(dontWait: true)
}

/// Milliseconds elapsed while running `body`.
func measureMilliseconds<T>(_ body: () throws -> T) rethrows -> (T, Int) {
    let start = ContinuousClock.now
    let result = try body()
    let elapsed = start.duration(to: .now)
    return (result, Int(elapsed / .milliseconds(1)))
}
