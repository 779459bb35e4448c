import Testing

@testable import ZeroMQ

@Suite struct MonitorTests {
    @Test func reportsConnectAndDisconnectOverTCP() throws {
        let context = try Context()
        defer { context.terminate() }
        let puller = try context.makeSocket(.pull)
        defer { puller.close() }
        try puller.setLinger(milliseconds: 0)
        try puller.startMonitor(at: "inproc://monitor-test")
        let monitor = try context.makeSocket(.pair)
        defer { monitor.close() }
        try monitor.connect(to: "inproc://monitor-test")
        try puller.setReconnectInterval(milliseconds: 50, maxMilliseconds: 50)

        let pusher = try context.makeSocket(.push)
        try pusher.setLinger(milliseconds: 0)
        try pusher.bind(to: "tcp://127.0.0.1:*")
        let endpoint = try pusher.lastEndpoint
        try puller.connect(to: endpoint)

        func next(_ wanted: SocketEvent.Kind) throws -> SocketEvent? {
            while try monitor.waitForInput(timeoutMilliseconds: 5_000) {
                guard let frames = try monitor.receiveMessage(), let event = SocketEvent(frames: frames) else {
                    continue
                }
                if event.kind == wanted { return event }
            }
            return nil
        }
        let connected = try #require(try next(.connected))
        #expect(connected.endpoint == endpoint)
        pusher.close()
        #expect(try next(.disconnected)?.endpoint == endpoint)
        puller.stopMonitor()
    }

    @Test func ignoresMessagesThatAreNotMonitorEvents() {
        #expect(SocketEvent(frames: [[1, 2, 3]]) == nil)
        #expect(SocketEvent(frames: [[1, 2, 3], [4]]) == nil)
    }
}
