"""Scaling out: one PUSH feed shared by three daemons, one proxy in front of the subscribers, and CURVE.

Real processes on loopback: `eventwire replay --mode push` binds the feed, three `eventwire run --feed-mode pull`
daemons connect to it and publish into one `eventwire proxy` frontend; a pyzmq subscriber reads the proxy's
backend. Every expected event must come out exactly once, and every daemon must have done part of the work.
"""
import collections
import json
import os
import re
import signal
import subprocess
import time
import urllib.error

import pytest
import zmq
from zmq.utils import z85

import conftest
from conftest import BIN, EVENT_SCHEMA, SEED, free_port, replay, run_cli

PUBLISHED = "2022-11-13"
ARTICLES = int(os.environ.get("EVENTWIRE_SCALEOUT_ARTICLES", "10000"))
# One article in SEED_EVERY is the seed article (7 events) under a fresh id, the others short texts with no
# event. The seed takes ~17 ms to extract in a debug build, so all-seed would take minutes on two busy cores;
# the no-event texts still go the whole way (feed, PULL, extraction) and must produce nothing.
SEED_EVERY = int(os.environ.get("EVENTWIRE_SCALEOUT_SEED_EVERY", "4"))
NO_EVENT_TEXTS = [
    "The weather stayed mild across the region on Tuesday, with light winds and no rain in the forecast.",
    "Shares in the company rose two percent in early trading after its quarterly results beat expectations.",
    "The museum will extend its opening hours during the summer holidays, a spokeswoman said.",
    "Local farmers reported a good harvest this year thanks to steady rainfall in the spring.",
]


class Daemon(conftest.Daemon):
    """conftest's daemon, given longer to start: a debug build loads its dictionaries in 7-10 s on this busy
    two-core machine, more with three daemons starting side by side."""

    def wait_for_log(self, text, timeout=60):
        return super().wait_for_log(text, timeout)


class Proxy(conftest.ChildProcess):
    """`eventwire proxy` as a child process, with its log collected."""

    name = "proxy"

    def __init__(self, *extra):
        self.frontend = f"tcp://127.0.0.1:{free_port()}"
        self.backend = f"tcp://127.0.0.1:{free_port()}"
        metrics_port = free_port()
        super().__init__([BIN, "proxy", "--frontend", self.frontend, "--backend", self.backend,
                          "--metrics", f"127.0.0.1:{metrics_port}", *extra], metrics_port)
        self.wait_for_log("msg=ready", timeout=15)
        # The metrics server starts beside the proxy: wait until it answers too.
        deadline = time.time() + 15
        while True:
            try:
                if self.http("/readyz")[0] == 200:
                    break
            except urllib.error.URLError:
                pass
            assert time.time() < deadline, "proxy metrics server did not come up"
            time.sleep(0.05)

    def metric(self, name):
        """The value of an unlabelled series in /metrics, or None."""
        status, body = self.http("/metrics")
        assert status == 200, body
        match = re.search(rf"^{name} (\S+)$", body, re.MULTILINE)
        return float(match.group(1)) if match else None

    def wait_for_metric(self, name, predicate, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = self.metric(name)
            if value is not None and predicate(value):
                return value
            time.sleep(0.1)
        raise AssertionError(f"{name} = {self.metric(name)} after {timeout}s")


@pytest.fixture
def proxy():
    p = Proxy()
    yield p
    p.kill()


@pytest.fixture
def daemons():
    made = []
    yield made
    for d in made:
        d.kill()


def extract_counts(tmp_path, body, name):
    """{type: n} for one article, as `eventwire extract` (the daemon's own extraction) finds them."""
    path = tmp_path / f"{name}.jsonl"
    path.write_text(json.dumps({"id": name, "body": body, "published": PUBLISHED}) + "\n")
    result = run_cli("extract", str(path))
    assert result.returncode == 0, result.stderr
    return collections.Counter(json.loads(line)["data"]["type"] for line in result.stdout.splitlines())


def drain(sock, expected, idle=30.0, timeout=240.0):
    """(topic, event) pairs until `expected` arrived, `idle` s passed without one, or the timeout."""
    out = []
    deadline = time.time() + timeout
    last = time.time()
    while len(out) < expected and time.time() < deadline:
        if sock.poll(200):
            while True:
                try:
                    topic, payload = sock.recv_multipart(zmq.NOBLOCK)
                except zmq.Again:
                    break
                out.append((topic, payload))
            last = time.time()
        elif time.time() - last > idle:
            break
    # Anything beyond the expected count would be a duplicate: give it a moment to show up.
    while sock.poll(1000):
        out.append(tuple(sock.recv_multipart()))
    return [(t.decode(), json.loads(p)) for t, p in out]


# --- (a) three daemons share one feed, one proxy serves their events ----------------------------------------

def test_three_pull_daemons_behind_one_proxy_deliver_every_event_once(tmp_path, proxy, daemons):
    seed = SEED.read_text()
    per_seed = extract_counts(tmp_path, seed, "probe-seed")
    assert set(per_seed) == {"meeting", "condemnation", "agreement"}, per_seed
    for index, text in enumerate(NO_EVENT_TEXTS):
        assert not extract_counts(tmp_path, text, f"probe-none-{index}"), text

    articles = tmp_path / "articles.jsonl"
    expected = collections.Counter()
    with articles.open("w") as f:
        for n in range(ARTICLES):
            if n % SEED_EVERY:
                record = {"id": f"quiet-{n:05d}", "body": NO_EVENT_TEXTS[n % len(NO_EVENT_TEXTS)]}
            else:
                record = {"id": f"seed-{n:05d}", "body": seed, "source": "scaleout-test"}
                for kind, count in per_seed.items():
                    expected[(record["id"], kind)] = count
            record["published"] = PUBLISHED
            f.write(json.dumps(record) + "\n")
    total_expected = sum(expected.values())

    # Subscribe at the proxy's backend before anything is published.
    sub = zmq.Context.instance().socket(zmq.SUB)
    sub.setsockopt(zmq.LINGER, 0)
    sub.setsockopt(zmq.RCVHWM, 0)
    sub.setsockopt(zmq.SUBSCRIBE, b"event.")
    sub.connect(proxy.backend)
    proxy.wait_for_metric("eventwire_proxy_subscription_messages_total", lambda v: v >= 1)

    # Reconnects from 10 ms backing off to 500 ms: all three daemons connect within half a second of the feed's
    # bind, and replay paces itself (--rate 2000, far above what three debug daemons extract), so PUSH's
    # round-robin spreads the articles instead of the first daemon queueing them all. (A fixed 10 ms interval
    # retries so often after replay exits that the feed socket's monitor queue fills while the feed thread
    # waits on backpressure, and libzmq 4.3 then stalls the daemon's I/O thread, publisher included.)
    config = tmp_path / "pull.toml"
    # The feed's default high-water mark (10,000) lets each daemon take its share off replay's queues at once:
    # replay closes with a 10 s linger after queueing the last article, and drops what is still queued then.
    config.write_text("[feed]\nreconnect_interval_ms = 10\nreconnect_interval_max_ms = 500\n")
    feed_port = free_port()
    for i in range(3):
        daemons.append(Daemon("--config", str(config), "--feed-mode", "pull", "--instance", f"scale-{i}",
                              "--workers", "1", feed=f">tcp://127.0.0.1:{feed_port}", publish=f">{proxy.frontend}"))
    proxy.wait_for_metric("eventwire_proxy_publishers_connected", lambda v: v >= 3)
    time.sleep(1.0)  # the proxy's XSUB hands the subscription to each daemon's PUB as it connects

    started = time.time()
    feeder = subprocess.Popen([BIN, "replay", "--mode", "push", "--rate", "2000", "--to", f"@tcp://127.0.0.1:{feed_port}",
                               str(articles)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    messages = drain(sub, total_expected)
    took = time.time() - started
    out, err = feeder.communicate(timeout=60)
    assert feeder.returncode == 0, err
    assert f"sent {ARTICLES} articles" in err, err
    sub.close()

    got = collections.Counter()
    ids = collections.Counter()
    by_source = collections.defaultdict(list)
    articles_by_source = collections.defaultdict(set)
    for topic, event in messages:
        assert topic == "event." + event["data"]["type"]
        got[(event["subject"], event["data"]["type"])] += 1
        ids[event["id"]] += 1
        by_source[event["source"]].append(int(event["sequence"]))
        articles_by_source[event["source"]].add(event["subject"])
    for _, event in messages[:50]:
        EVENT_SCHEMA.validate(event)

    split = {source.rsplit("/", 1)[-1]: len(arts) for source, arts in sorted(articles_by_source.items())}
    print(f"\n{ARTICLES} articles ({len(expected) // len(per_seed)} with events, per article {dict(per_seed)}) -> "
          f"{len(messages)} events in {took:.1f} s; articles with events per daemon: {split}; "
          f"events per daemon: { {s.rsplit('/', 1)[-1]: len(q) for s, q in sorted(by_source.items())} }")

    # Every article, quiet ones included, was processed by exactly one daemon.
    def processed(d):
        status, body = d.http("/metrics")
        match = re.search(r"^eventwire_articles_processed_total (\d+)", body, re.MULTILINE)
        return int(match.group(1)) if status == 200 and match else 0
    deadline = time.time() + 20
    while sum(map(processed, daemons)) < ARTICLES and time.time() < deadline:
        time.sleep(0.2)
    per_daemon = {f"scale-{i}": processed(d) for i, d in enumerate(daemons)}
    print(f"articles processed per daemon: {per_daemon}")
    logs = "".join(line for d in daemons for line in d.lines[-6:]) + "".join(proxy.lines[-6:])
    assert sum(per_daemon.values()) == ARTICLES, f"{per_daemon}\n{logs}"
    assert all(n > 0 for n in per_daemon.values()), per_daemon

    duplicates = [i for i, n in ids.items() if n > 1]
    assert not duplicates, f"{len(duplicates)} event ids delivered more than once, such as {duplicates[:5]}"
    missing = {k: v - got[k] for k, v in expected.items() if got[k] < v}
    extra = {k: got[k] - expected[k] for k in got if got[k] > expected[k]}
    assert not missing, f"{len(missing)} (article, type) short, such as {list(missing.items())[:5]}"
    assert not extra, f"{len(extra)} (article, type) over, such as {list(extra.items())[:5]}"
    assert len(messages) == total_expected

    # Every daemon did part of the work, and each one's sequence is gapless: nothing lost on the way.
    assert sorted(split) == ["scale-0", "scale-1", "scale-2"], split
    assert all(n > 0 for n in split.values()), split
    for source, sequences in by_source.items():
        assert sorted(sequences) == list(range(1, len(sequences) + 1)), source

    forwarded = proxy.wait_for_metric("eventwire_proxy_messages_forwarded_total", lambda v: v >= total_expected)
    assert forwarded == total_expected  # the events, each once; nothing else was published
    for d in daemons:
        assert d.stop() == 0
    assert proxy.stop() == 0


# --- (b) CURVE: only the allowed client key gets events -----------------------------------------------------

def keygen(tmp_path, name):
    result = run_cli("keygen", "--out", str(tmp_path / name))
    assert result.returncode == 0, result.stderr
    secret = (tmp_path / f"{name}.key").read_text().strip()
    public = (tmp_path / f"{name}.pub").read_text().strip()
    assert result.stdout.strip() == public and len(public) == 40 and len(secret) == 40
    assert (tmp_path / f"{name}.key").stat().st_mode & 0o777 == 0o600
    assert secret not in result.stdout + result.stderr
    return public, secret


def fingerprint(public_z85):
    """The daemon's log name for a key: FNV-1a 64 of its 32 bytes, 16 hex digits."""
    h = 0xCBF29CE484222325
    for byte in z85.decode(public_z85.encode()):
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def curve_subscriber(endpoint, server_public, public, secret):
    sock = zmq.Context.instance().socket(zmq.SUB)
    sock.setsockopt(zmq.LINGER, 0)
    sock.curve_serverkey = server_public.encode()
    sock.curve_publickey = public.encode()
    sock.curve_secretkey = secret.encode()
    sock.setsockopt(zmq.SUBSCRIBE, b"event.")
    sock.connect(endpoint)
    return sock


def test_curve_lets_only_the_allowed_client_key_in(tmp_path, daemons):
    expected = extract_counts(tmp_path, SEED.read_text(), "000_e81a3705dbc70fcf")
    server_public, server_secret = keygen(tmp_path, "daemon")
    allowed_public, allowed_secret = keygen(tmp_path, "allowed")
    other_public, other_secret = keygen(tmp_path, "other")
    config = tmp_path / "curve.toml"
    config.write_text(
        "[security]\ncurve = true\nsecret_key_file = \"daemon.key\"\npublic_key_file = \"daemon.pub\"\n"
        f"allowed_clients = [\"{allowed_public}\"]\n")
    check = run_cli("check-config", str(config))
    assert check.returncode == 0, check.stderr
    d = Daemon("--config", str(config))
    daemons.append(d)
    assert "curve=server" in d.wait_for_log("ready")

    good = curve_subscriber(d.publish, server_public, allowed_public, allowed_secret)
    bad = curve_subscriber(d.publish, server_public, other_public, other_secret)
    tail = subprocess.Popen([BIN, "tail", "--from", d.publish, "--server-key", str(tmp_path / "daemon.pub"),
                             "--secret-key", str(tmp_path / "allowed.key"), "--idle-timeout", "10"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    d.wait_for_log("CURVE client denied")
    time.sleep(1.0)  # the allowed subscriptions (pyzmq and tail) reach the PUB after the CURVE handshake

    result = replay(d.feed, SEED, extra=["--published", PUBLISHED])
    assert result.returncode == 0, result.stderr
    total = sum(expected.values())
    got = drain(good, total, idle=3, timeout=20)
    assert collections.Counter(e["data"]["type"] for _, e in got) == expected
    assert bad.poll(1500) == 0, "a subscriber with a key not on the allow-list received an event"
    out, err = tail.communicate(timeout=20)
    assert tail.returncode == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == [e["id"] for _, e in got]
    good.close()
    bad.close()
    assert d.stop() == 0

    log = "".join(d.lines)
    denial = next(line for line in log.splitlines() if "CURVE client denied" in line)
    assert f"client_key_fingerprint={fingerprint(other_public)}" in denial, denial
    for key in (server_secret, allowed_secret, other_secret, other_public, allowed_public):
        assert key not in log, "a key appeared in the daemon's log"


# --- (c) the proxy forwards, reports, and stops at once on SIGTERM ------------------------------------------

def test_proxy_forwards_and_stops_quickly_on_sigterm(proxy):
    assert proxy.http("/readyz")[0] == 200
    assert proxy.http("/healthz")[0] == 200
    ctx = zmq.Context.instance()
    sub = ctx.socket(zmq.SUB)
    sub.setsockopt(zmq.LINGER, 0)
    sub.setsockopt(zmq.SUBSCRIBE, b"event.meeting")
    sub.connect(proxy.backend)
    pub = ctx.socket(zmq.PUB)
    pub.setsockopt(zmq.LINGER, 0)
    pub.connect(proxy.frontend)
    received = None
    for _ in range(200):  # slow joiner: the subscription travels SUB -> XPUB -> XSUB -> PUB
        pub.send_multipart([b"event.condemnation", b"filtered"])
        pub.send_multipart([b"event.meeting", b"hello"])
        if sub.poll(50):
            received = sub.recv_multipart()
            break
    assert received == [b"event.meeting", b"hello"]
    assert proxy.wait_for_metric("eventwire_proxy_publishers_connected", lambda v: v == 1) == 1
    assert proxy.wait_for_metric("eventwire_proxy_subscribers_connected", lambda v: v == 1) == 1
    # Only the one meeting crossed the proxy: the subscription reached the publisher itself, which filtered
    # the condemnations (and dropped what it sent before the subscription came: the slow joiner).
    assert proxy.wait_for_metric("eventwire_proxy_messages_forwarded_total", lambda v: v >= 1) == 1
    assert proxy.metric("eventwire_proxy_subscription_messages_total") == 1

    started = time.time()
    proxy.proc.send_signal(signal.SIGTERM)
    rc = proxy.proc.wait(timeout=10)
    took = time.time() - started
    pub.close()
    sub.close()
    assert rc == 0, "".join(proxy.lines)
    assert took < 3, f"proxy took {took:.1f} s to stop"
    log = "".join(proxy.lines)
    assert "msg=stopping" in log and "msg=stopped" in log, log


def test_proxy_rejects_bad_usage():
    missing = run_cli("proxy", "--frontend", "tcp://127.0.0.1:6000")
    assert missing.returncode == 64 and "--backend" in missing.stderr
    bad = run_cli("proxy", "--frontend", "tcp//x", "--backend", "tcp://127.0.0.1:6001")
    assert bad.returncode == 64 and "--frontend" in bad.stderr
    taken = free_port()
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", taken))
        s.listen()
        busy = run_cli("proxy", "--frontend", f"tcp://127.0.0.1:{taken}", "--backend", f"tcp://127.0.0.1:{free_port()}",
                       "--metrics", "off", timeout=20)
    assert busy.returncode == 1 and "Address already in use" in busy.stderr, busy.stderr
