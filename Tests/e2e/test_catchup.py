"""The event journal and catch-up, end to end: `tail --since`, a daemon killed mid-stream, a damaged journal."""
import json
import pathlib
import signal
import subprocess
import threading
import time

import zmq

from conftest import BIN, feed_publisher, free_port

BODY = ("Ruritanian Prime Minister Rudolf Elphberg met Zendan President Michael Tarlenheim in Strelsau "
        "on Monday, the two governments said.")


def catch_up(endpoint, instance, since, timeout_ms=10000):
    """The README's client recipe: every journaled event of `instance` from `since` on, page by page."""
    sock = zmq.Context.instance().socket(zmq.DEALER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.connect(endpoint)
    events = []
    try:
        while True:
            sock.send_multipart([b"since", instance.encode(), str(since).encode()])
            while True:
                assert sock.poll(timeout_ms), "no reply from the catch-up endpoint"
                kind, *rest = sock.recv_multipart()
                if kind == b"event":
                    events.append((rest[0].decode(), json.loads(rest[1])))
                    continue
                if kind == b"error":
                    raise RuntimeError(rest[0].decode())
                break
            since = int(rest[0]) + 1
            if kind == b"end":
                return events, since - 1
            assert kind == b"more", kind
    finally:
        sock.close()


def send_articles(feed, first, count, pause=0.0):
    for i in range(first, first + count):
        feed.send(json.dumps({"id": f"a{i}", "body": BODY, "published": "2024-03-05"}).encode())
        if pause:
            time.sleep(pause)


def wait_until(predicate, timeout=30, step=0.05):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def journaled_last(endpoint, instance="a"):
    try:
        return catch_up(endpoint, instance, 10 ** 12)[1]
    except RuntimeError:
        return 0


class Tail:
    """`eventwire tail --since N` as a child process; whole JSON lines are collected as they come."""

    def __init__(self, daemon, catchup, since, *extra):
        self.proc = subprocess.Popen(
            [BIN, "tail", "--from", daemon.publish, "--catchup", catchup, "--since", str(since), *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.events = []
        self.errors = []
        self._out = threading.Thread(target=self._read, daemon=True)
        self._out.start()
        self._err = threading.Thread(target=lambda: self.errors.extend(self.proc.stderr), daemon=True)
        self._err.start()

    def _read(self):
        for line in self.proc.stdout:
            if line.endswith(b"\n"):  # a line cut by SIGKILL is not a printed event
                self.events.append(json.loads(line))

    def sequences(self):
        return [int(e["sequence"]) for e in self.events]

    def join(self, timeout=30):
        self.proc.wait(timeout=timeout)
        self._out.join(timeout=5)
        self._err.join(timeout=5)


def test_tail_killed_and_restarted_with_since_misses_and_repeats_nothing(daemon_factory, tmp_path):
    port = free_port()
    catchup = f"tcp://127.0.0.1:{port}"
    d = daemon_factory("--journal", str(tmp_path / "journal"), "--catchup", catchup, "--instance", "a")
    feed = feed_publisher(d.feed_port)
    send_articles(feed, 0, 300)
    assert wait_until(lambda: journaled_last(catchup) >= 300), "the first 300 events were not journaled"

    # The first tail starts behind (catch-up from 1) while events keep coming, and is killed mid-stream.
    streaming = threading.Thread(target=send_articles, args=(feed, 300, 1700, 0.002))
    streaming.start()
    first = Tail(d, catchup, 1, "--instance", "a")
    assert wait_until(lambda: len(first.events) >= 800), (len(first.events), first.errors)
    first.proc.send_signal(signal.SIGKILL)
    first.join()
    seen = first.sequences()
    assert seen == list(range(1, len(seen) + 1)), "the first tail's own output has a gap or a repeat"

    # Events go on while no tail runs; the second one picks up after the last line the first printed,
    # with the instance taken from the live stream.
    time.sleep(0.5)
    second = Tail(d, catchup, seen[-1] + 1, "--idle-timeout", "3")
    streaming.join()
    second.join(timeout=60)
    assert second.proc.returncode == 0, b"".join(second.errors)
    union = seen + second.sequences()
    total = journaled_last(catchup)
    assert total >= 2000
    assert len(union) == len(set(union)), "duplicates"
    assert sorted(union) == list(range(1, total + 1)), f"gaps: {sorted(set(range(1, total + 1)) - set(union))[:10]}"
    assert union == sorted(union)
    print(f"union {len(union)} events, 1..{total}, first tail {len(seen)}, gaps 0, duplicates 0")
    feed.close()
    assert d.stop() == 0


def test_daemon_killed_mid_stream_reopens_its_journal_and_continues(daemon_factory, tmp_path):
    journal = tmp_path / "journal"
    port = free_port()
    catchup = f"tcp://127.0.0.1:{port}"
    args = ("--journal", str(journal), "--catchup", catchup, "--instance", "a")
    d = daemon_factory(*args)
    sub = zmq.Context.instance().socket(zmq.SUB)
    sub.setsockopt(zmq.LINGER, 0)
    sub.setsockopt(zmq.SUBSCRIBE, b"event.")
    sub.connect(d.publish)
    time.sleep(0.3)
    feed = feed_publisher(d.feed_port)
    streaming = threading.Thread(target=send_articles, args=(feed, 0, 3000, 0.001))
    streaming.start()
    assert wait_until(lambda: journaled_last(catchup) >= 500)
    d.proc.send_signal(signal.SIGKILL)
    d.proc.wait()
    streaming.join()
    feed.close()
    live = {}
    while sub.poll(200):
        _, payload = sub.recv_multipart()
        event = json.loads(payload)
        live[int(event["sequence"])] = event["id"]
    sub.close()
    assert live, "nothing arrived live before the kill"

    restarted = daemon_factory(*args)
    opened = restarted.wait_for_log("journal opened")
    last = int(opened.split("last_sequence=")[1].split()[0])
    assert last >= max(live), (last, max(live))  # everything sent was journaled first
    assert not any("damaged" in line for line in restarted.lines), "".join(restarted.lines)
    events, end = catch_up(catchup, "a", 1)
    sequences = [int(e["sequence"]) for _, e in events]
    assert sequences == list(range(1, last + 1)) and end == last
    assert all(events[s - 1][1]["id"] == live[s] for s in live), "the journal differs from what was published"

    feed = feed_publisher(restarted.feed_port)
    send_articles(feed, 5000, 5)
    assert wait_until(lambda: journaled_last(catchup) >= last + 5)
    more, end = catch_up(catchup, "a", last + 1)
    assert [int(e["sequence"]) for _, e in more] == list(range(last + 1, end + 1))
    assert {e["subject"] for _, e in more} >= {f"a{i}" for i in range(5000, 5005)}
    assert len({e["source"] for _, e in events + more}) == 1
    print(f"killed at {last} journaled ({len(live)} seen live), continued to {end}")
    feed.close()
    assert restarted.stop() == 0


def test_garbage_after_the_last_record_is_cut_and_logged(daemon_factory, tmp_path):
    journal = tmp_path / "journal"
    port = free_port()
    catchup = f"tcp://127.0.0.1:{port}"
    args = ("--journal", str(journal), "--catchup", catchup, "--instance", "a")
    d = daemon_factory(*args)
    feed = feed_publisher(d.feed_port)
    send_articles(feed, 0, 20)
    assert wait_until(lambda: journaled_last(catchup) >= 20)
    feed.close()
    assert d.stop() == 0
    segments = sorted(pathlib.Path(journal, "a").glob("events-*.log"))
    assert [s.name for s in segments] == ["events-00000000000000000001.log"]
    garbage = b"\x00garbage after a power loss\xff" * 3
    with open(segments[-1], "ab") as f:
        f.write(garbage)

    restarted = daemon_factory(*args)
    line = restarted.wait_for_log("cut a damaged tail")
    assert f"bytes_cut={len(garbage)}" in line, line
    events, last = catch_up(catchup, "a", 1)
    assert [int(e["sequence"]) for _, e in events] == list(range(1, last + 1)) and last >= 20
    with open(segments[-1], "rb") as f:
        assert garbage not in f.read()
    feed = feed_publisher(restarted.feed_port)
    send_articles(feed, 100, 1)
    assert wait_until(lambda: journaled_last(catchup) > last)
    feed.close()
    assert restarted.stop() == 0
