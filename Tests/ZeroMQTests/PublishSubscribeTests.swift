import Testing
import ZeroMQ

@Suite struct PublishSubscribeTests {
    /// The topics a publisher sends in these tests, with one payload each, ending with the `end` marker.
    static let batch: [(topic: String, payload: String)] = [
        ("event.agreement", "a1"), ("event.meeting", "m1"), ("deadletter", "d1"), ("event.meeting", "m2"),
        ("event.condemnation", "c1"), ("event.meetingroom", "m3"), ("event.meeting", "end"),
    ]

    @Test func aSubscriberGetsOnlyItsPrefixOverTCP() throws {
        let context = try Context()
        let publisher = try context.makeSocket(.pub)
        let endpoint = try bindToFreeTCPPort(publisher)
        let subscriber = try context.makeSocket(.sub)
        try subscriber.subscribe(to: "event.meeting")
        try subscriber.connect(to: endpoint)

        // Slow joiner: a PUB drops everything until the subscription arrives, so probe until one gets through.
        var joined = false
        for _ in 0..<400 where !joined {
            try publisher.send([bytes("event.meeting"), bytes("probe")])
            joined = try subscriber.waitForInput(timeoutMilliseconds: 10)
        }
        try #require(joined, "the subscription never reached the publisher")

        for (topic, payload) in Self.batch {
            #expect(try publisher.send([bytes(topic), bytes(payload)]))
        }
        var received: [[String]] = []
        while received.last?.last != "end", let message = try receive(subscriber) {
            if text(message[1]) != "probe" { received.append(message.map(text)) }
        }
        #expect(
            received == [
                ["event.meeting", "m1"], ["event.meeting", "m2"], ["event.meetingroom", "m3"],
                ["event.meeting", "end"],
            ]
        )
        #expect(try subscriber.receiveMessage(dontWait: true) == nil)
    }

    @Test func anXPubSeesTheSubscriptionBeforeItSends() throws {
        let context = try Context()
        let publisher = try context.makeSocket(.xpub)
        try publisher.setXPubVerbose(true)
        try publisher.setXPubNoDrop(true)
        try publisher.setReceiveTimeout(milliseconds: 5_000)
        let endpoint = try bindToFreeTCPPort(publisher)
        let subscriber = try context.makeSocket(.sub)
        try subscriber.connect(to: endpoint)
        try subscriber.subscribe(to: "event.meeting")

        let subscription = try #require(try publisher.receiveMessage())
        #expect(subscription == [[1] + bytes("event.meeting")])

        // The subscription has arrived, so nothing is lost to the slow joiner: no probing needed.
        for (topic, payload) in Self.batch {
            #expect(try publisher.send([bytes(topic), bytes(payload)]))
        }
        var payloads: [String] = []
        while payloads.last != "end", let message = try receive(subscriber) {
            payloads.append(text(message[1]))
        }
        #expect(payloads == ["m1", "m2", "m3", "end"])

        try subscriber.unsubscribe(from: "event.meeting")
        let unsubscription = try #require(try publisher.receiveMessage())
        #expect(unsubscription == [[0] + bytes("event.meeting")])
    }

    @Test func binaryPrefixesMatchTheFirstFrameOnly() throws {
        let context = try Context()
        let publisher = try context.makeSocket(.xpub)
        try publisher.setReceiveTimeout(milliseconds: 5_000)
        try publisher.bind(to: "inproc://binary-prefix")
        let subscriber = try context.makeSocket(.sub)
        try subscriber.connect(to: "inproc://binary-prefix")
        try subscriber.subscribe(to: [0, 0xFF])
        #expect(try publisher.receiveMessage() == [[1, 0, 0xFF]])

        try publisher.send([[0xFF, 0], [0, 0xFF]])  // the prefix in frame 2 only: filtered out
        try publisher.send([[0, 0xFF, 7], []])
        #expect(try receive(subscriber) == [[0, 0xFF, 7], []])
        #expect(try subscriber.receiveMessage(dontWait: true) == nil)
    }
}
