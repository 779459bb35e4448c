"""End-to-end helpers: the real eventwire binary, real sockets, a real pyzmq client."""
import json
import os
import pathlib
import signal
import socket
import subprocess
import threading
import time

import jsonschema
import pytest
import zmq

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_e81a3705dbc70fcf.txt"


def _binary():
    path = os.environ.get("EVENTWIRE_BIN")
    if not path:
        out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
        path = os.path.join(out.stdout.strip(), "eventwire")
    assert os.access(path, os.X_OK), f"eventwire binary not built at {path}; run swift build"
    return path


BIN = _binary()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def schema(name):
    with open(ROOT / "schema" / f"{name}.schema.json") as f:
        return jsonschema.Draft202012Validator(json.load(f), format_checker=jsonschema.FormatChecker())


EVENT_SCHEMA = schema("event")
DEADLETTER_SCHEMA = schema("deadletter")


class ChildProcess:
    """An eventwire command as a child process; stderr (the log) is collected so tests can wait for lines."""

    name = "process"

    def __init__(self, cmd, metrics_port=None):
        self.metrics_port = metrics_port
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.proc.stderr:
            self.lines.append(line)

    def wait_for_log(self, text, timeout=10):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if any(text in line for line in self.lines):
                return next(line for line in self.lines if text in line)
            if self.proc.poll() is not None:
                raise AssertionError(f"{self.name} exited {self.proc.returncode}: {''.join(self.lines)}")
            time.sleep(0.02)
        raise AssertionError(f"no '{text}' in {self.name} log within {timeout}s: {''.join(self.lines)}")

    def http(self, path):
        """GET a metrics/health path: (status, body)."""
        import urllib.error
        import urllib.request
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}{path}", timeout=5) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def stop(self, timeout=10):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self._reader.join(timeout=2)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


class Daemon(ChildProcess):
    """`eventwire run` on free ports."""

    name = "daemon"

    def __init__(self, *args, feed=None, publish=None):
        self.feed_port = free_port()
        self.publish_port = free_port()
        self.feed = feed or f"tcp://127.0.0.1:{self.feed_port}"
        self.publish = publish or f"tcp://127.0.0.1:{self.publish_port}"
        metrics_port = free_port()
        super().__init__([BIN, "run", "--feed", self.feed, "--publish", self.publish,
                          "--metrics", f"127.0.0.1:{metrics_port}", *args], metrics_port)
        self.wait_for_log("ready", timeout=60)

    def rss_kib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))


@pytest.fixture
def daemon_factory():
    made = []

    def make(*args, **endpoints):
        d = Daemon(*args, **endpoints)
        made.append(d)
        return d

    yield make
    for d in made:
        d.kill()


@pytest.fixture
def daemon(daemon_factory):
    return daemon_factory()


class Subscriber:
    """A pyzmq SUB socket on the daemon's publisher, as any Python user would write it."""

    def __init__(self, endpoint, topics=(b"event.",)):
        self.ctx = zmq.Context.instance()
        self.sock = self.ctx.socket(zmq.SUB)
        self.sock.setsockopt(zmq.LINGER, 0)
        for t in topics:
            self.sock.setsockopt(zmq.SUBSCRIBE, t)
        self.sock.connect(endpoint)
        time.sleep(0.3)  # the subscription must reach the daemon's PUB before events go out

    def collect(self, idle=1.5, timeout=20, until=None):
        """Messages until `idle` seconds pass without one (or `until(messages)` is true)."""
        out = []
        deadline = time.time() + timeout
        last = time.time()
        while time.time() < deadline:
            if self.sock.poll(100):
                topic, payload = self.sock.recv_multipart()
                out.append((topic.decode(), json.loads(payload)))
                last = time.time()
                if until and until(out):
                    break
            elif time.time() - last > idle:
                break
        return out

    def close(self):
        self.sock.close()


@pytest.fixture
def subscriber_factory():
    made = []

    def make(endpoint, topics=(b"event.",)):
        s = Subscriber(endpoint, topics)
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()


def feed_publisher(port, linger=2000):
    """A pyzmq XPUB bound as the daemon's feed, returned once the daemon has subscribed."""
    sock = zmq.Context.instance().socket(zmq.XPUB)
    sock.setsockopt(zmq.LINGER, linger)
    sock.setsockopt(zmq.XPUB_NODROP, 1)
    sock.setsockopt(zmq.SNDHWM, 100000)
    sock.bind(f"tcp://127.0.0.1:{port}")
    assert sock.poll(10000), "daemon did not subscribe to the feed"
    assert sock.recv() == b"\x01"
    return sock


def replay(to, *paths, extra=(), timeout=30):
    return subprocess.run([BIN, "replay", "--to", to, *extra, *map(str, paths)], capture_output=True, text=True,
                          timeout=timeout)


def run_cli(*args, input=None, timeout=60):
    return subprocess.run([BIN, *args], capture_output=True, text=True, input=input, timeout=timeout)
