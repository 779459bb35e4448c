import Hummingbird
import Logging
import Prometheus
import ServiceLifecycle

/// The HTTP endpoints operators scrape and probe: `/metrics` (Prometheus text), `/healthz`, `/readyz`.
///
/// A Hummingbird application, run as one more service beside the daemon.
public enum MetricsServer {
    /// The server as a `Service`, bound to `host:port`.
    ///
    /// - Parameters:
    ///   - registry: the registry the Prometheus metrics backend writes to.
    ///   - health: the daemon's (or the proxy's) readiness and liveness.
    ///   - stalledMessage: what `/healthz` says when the loop behind `health` has stopped turning.
    public static func make(
        host: String, port: Int, registry: PrometheusCollectorRegistry, health: HealthState, logger: Logger,
        stalledMessage: String = "feed loop stalled\n"
    ) -> some Service {
        let router = Router()
        router.get("metrics") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(
                status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        router.get("healthz") { _, _ -> Response in
            health.isLive() ? text(.ok, "ok\n") : text(.serviceUnavailable, stalledMessage)
        }
        router.get("readyz") { _, _ -> Response in
            health.isReady ? text(.ok, "ready\n") : text(.serviceUnavailable, "not ready\n")
        }
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "eventwire"),
            logger: logger)
    }

    private static func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
