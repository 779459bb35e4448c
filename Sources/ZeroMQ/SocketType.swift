internal import CZeroMQ

/// A ZeroMQ socket pattern (`man zmq_socket`).
public enum SocketType: Sendable, Hashable, CaseIterable {
    /// `ZMQ_PUB`: sends to every subscriber whose prefix matches frame 1; drops at the high-water mark.
    case pub
    /// `ZMQ_SUB`: receives what matches its subscriptions (none at first: call ``Socket/subscribe(to:)-(String)``).
    case sub
    /// `ZMQ_XPUB`: a PUB that also receives the subscription messages (`1` or `0`, then the prefix).
    case xpub
    /// `ZMQ_XSUB`: a SUB that subscribes by sending subscription messages.
    case xsub
    /// `ZMQ_PUSH`: sends round-robin to connected pullers; blocks (or `EAGAIN`) with none.
    case push
    /// `ZMQ_PULL`: receives fair-queued from pushers.
    case pull
    /// `ZMQ_PAIR`: one exclusive peer, typically over `inproc://`.
    case pair
    /// `ZMQ_ROUTER`: receives with the peer's routing id as frame 1; sends to the id in frame 1.
    case router
    /// `ZMQ_DEALER`: an asynchronous REQ/REP peer, round-robin.
    case dealer
    /// `ZMQ_REQ`: strict send, receive, send...
    case req
    /// `ZMQ_REP`: strict receive, send, receive...
    case rep

    /// The `ZMQ_*` constant passed to `zmq_socket`.
    var cValue: Int32 {
        switch self {
        case .pub: ZMQ_PUB
        case .sub: ZMQ_SUB
        case .xpub: ZMQ_XPUB
        case .xsub: ZMQ_XSUB
        case .push: ZMQ_PUSH
        case .pull: ZMQ_PULL
        case .pair: ZMQ_PAIR
        case .router: ZMQ_ROUTER
        case .dealer: ZMQ_DEALER
        case .req: ZMQ_REQ
        case .rep: ZMQ_REP
        }
    }
}

// MARK: - CustomStringConvertible

extension SocketType: CustomStringConvertible {
    /// The libzmq name, such as `PUB` or `XSUB`.
    public var description: String {
        switch self {
        case .pub: "PUB"
        case .sub: "SUB"
        case .xpub: "XPUB"
        case .xsub: "XSUB"
        case .push: "PUSH"
        case .pull: "PULL"
        case .pair: "PAIR"
        case .router: "ROUTER"
        case .dealer: "DEALER"
        case .req: "REQ"
        case .rep: "REP"
        }
    }
}
