"""The real daemon end to end: replay -> run -> pyzmq subscriber and `eventwire tail`."""
import json
import signal
import subprocess
import time

import zmq

from conftest import BIN, DEADLETTER_SCHEMA, EVENT_SCHEMA, SEED, free_port, replay, run_cli


def events_only(messages):
    return [(t, e) for t, e in messages if t.startswith("event.")]


def assert_valid_events(messages):
    for topic, event in messages:
        EVENT_SCHEMA.validate(event)
        assert topic == "event." + event["data"]["type"]
        assert event["type"] == "eventwire." + event["data"]["type"]


def assert_seed_events(events):
    data = [e["data"] for _, e in events]
    by_type = {}
    for d in data:
        by_type.setdefault(d["type"], []).append(d)
    assert set(by_type) == {"meeting", "condemnation", "agreement"}, by_type.keys()
    meeting = [m for m in by_type["meeting"] if m["status"] == "occurred"
               and {a["country"] for a in m["actors"]} >= {"JPN", "KOR"}]
    assert meeting, by_type["meeting"]
    assert meeting[0]["location"]["name"] == "Phnom Penh"
    assert meeting[0]["location"]["country"] == "KHM"
    names = {a["name"] for a in meeting[0]["actors"]}
    assert {"Fumio Kishida", "Yoon Suk Yeol"} <= names, names
    condemnations = by_type["condemnation"]
    assert any(c["target"] and c["target"]["country"] == "PRK" for c in condemnations), condemnations
    assert len([a for a in by_type["agreement"] if a["status"] == "occurred"]) >= 2, by_type["agreement"]
    for d in data:
        assert d["article"]["id"] == "000_e81a3705dbc70fcf"
        body = SEED.read_text()
        for span in d["evidence"]:
            assert body[span["start"]:span["end"]] == span["text"]


def test_seed_through_daemon_to_python_and_tail(daemon, subscriber_factory):
    sub = subscriber_factory(daemon.publish)
    tail = subprocess.Popen([BIN, "tail", "--from", daemon.publish, "--idle-timeout", "4"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    time.sleep(0.5)
    result = replay(daemon.feed, SEED, extra=["--published", "2022-11-13"])
    assert result.returncode == 0, result.stderr
    assert "sent 1 articles" in result.stderr
    messages = sub.collect()
    assert_valid_events(messages)
    assert_seed_events(messages)
    sequences = [int(e["sequence"]) for _, e in messages]
    assert sequences == list(range(1, len(messages) + 1)), sequences
    assert len({e["source"] for _, e in messages}) == 1

    out, err = tail.communicate(timeout=15)
    assert tail.returncode == 0, err
    tailed = [json.loads(line) for line in out.splitlines()]
    assert [e["id"] for e in tailed] == [e["id"] for _, e in messages]
    assert "gap" not in err

    # A second replay of the same article gives the same ids, and the sequence goes on without a gap.
    again = replay(daemon.feed, SEED, extra=["--published", "2022-11-13"])
    assert again.returncode == 0, again.stderr
    second = sub.collect()
    assert [e["id"] for _, e in second] == [e["id"] for _, e in messages]
    assert [int(e["sequence"]) for _, e in second] == list(range(len(messages) + 1, 2 * len(messages) + 1))
    assert daemon.stop() == 0


def test_type_filter_and_pretty_tail(daemon, subscriber_factory):
    sub = subscriber_factory(daemon.publish, topics=(b"event.condemnation",))
    tail = subprocess.Popen([BIN, "tail", "--from", daemon.publish, "--type", "meeting", "--format", "pretty",
                             "--idle-timeout", "3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(0.5)
    assert replay(daemon.feed, SEED, extra=["--published", "2022-11-13"]).returncode == 0
    messages = sub.collect()
    assert messages and all(t == "event.condemnation" for t, _ in messages)
    out, _ = tail.communicate(timeout=15)
    assert "MEETING" in out and "Phnom Penh (KHM)" in out and "Fumio Kishida" in out
    assert "CONDEMNATION" not in out and "AGREEMENT" not in out
    assert "\x1b[" not in out  # no colour when stdout is not a terminal


def test_bad_input_goes_to_deadletter_and_neighbours_survive(daemon_factory, subscriber_factory):
    d = daemon_factory("--max-article-bytes", "20000")
    sub = subscriber_factory(d.publish, topics=(b"event.", b"deadletter"))
    ctx = zmq.Context.instance()
    feed = ctx.socket(zmq.XPUB)
    feed.setsockopt(zmq.LINGER, 2000)
    feed.bind(f"tcp://127.0.0.1:{d.feed_port}")
    assert feed.poll(10000), "daemon did not subscribe to the feed"
    assert feed.recv() == b"\x01"
    seed = SEED.read_text()

    def article(i):
        return json.dumps({"id": f"good-{i}", "body": seed, "published": "2022-11-13"}).encode()

    bad = [
        ([b"not json at all"], "not_json"),
        ([b"[1, 2, 3]"], "not_object"),
        ([json.dumps({"id": "nobody", "title": "x"}).encode()], "missing_body"),
        ([b'{"id": "bad-utf8", "body": "caf\xc3\x28"}'], "invalid_utf8"),
        ([json.dumps({"id": "huge", "body": "x" * 30000}).encode()], "too_large"),
        ([b"t", b"u", b"v"], "bad_frames"),
        ([json.dumps({"id": "badfield", "body": "b", "published": "yesterday"}).encode()], "invalid_field"),
        ([b'{"id": "nul", "body": 42}'], "invalid_field"),
    ]
    sent_good = 0
    for i, (frames, _) in enumerate(bad):
        feed.send(article(i))
        sent_good += 1
        feed.send_multipart(frames)
    feed.send_multipart([b"articles", article(99)])  # two frames: topic ignored
    sent_good += 1
    messages = sub.collect(idle=2)
    letters = [json.loads(json.dumps(e)) for t, e in messages if t == "deadletter"]
    for letter in letters:
        DEADLETTER_SCHEMA.validate(letter)
    assert sorted(l["reason"] for l in letters) == sorted(r for _, r in bad)
    assert next(l for l in letters if l["reason"] == "too_large")["article_id"] is None
    assert next(l for l in letters if l["reason"] == "missing_body")["article_id"] == "nobody"
    events = events_only(messages)
    assert_valid_events(events)
    subjects = {e["subject"] for _, e in events}
    assert subjects == {f"good-{i}" for i in list(range(len(bad))) + [99]}
    per_article = len(events) // sent_good
    assert per_article > 0 and len(events) == per_article * sent_good
    assert d.proc.poll() is None, "daemon died on bad input"
    feed.close()
    assert d.stop() == 0
    stopped = d.wait_for_log("stopped")
    assert f"rejected={len(bad)}" in stopped


def test_sigterm_publishes_every_accepted_article(daemon_factory, subscriber_factory):
    d = daemon_factory("--workers", "1", "--max-in-flight", "4")
    sub = subscriber_factory(d.publish)
    ctx = zmq.Context.instance()
    feed = ctx.socket(zmq.XPUB)
    feed.setsockopt(zmq.LINGER, 0)
    feed.setsockopt(zmq.XPUB_NODROP, 1)
    feed.bind(f"tcp://127.0.0.1:{d.feed_port}")
    assert feed.poll(10000) and feed.recv() == b"\x01"
    seed = SEED.read_text()
    for i in range(200):
        feed.send(json.dumps({"id": f"a{i}", "body": seed, "published": "2022-11-13"}).encode())
    time.sleep(0.05)
    started = time.time()
    d.proc.send_signal(signal.SIGTERM)
    assert d.proc.wait(timeout=10) == 0
    assert time.time() - started < 10
    messages = sub.collect(idle=1)
    stopped = d.wait_for_log("stopped")
    processed = int(stopped.split("processed=")[1].split()[0])
    assert processed >= 1
    per_article = {}
    for _, e in messages:
        per_article[e["subject"]] = per_article.get(e["subject"], 0) + 1
    assert len(per_article) == processed, (len(per_article), processed)
    assert len(set(per_article.values())) == 1  # every accepted article's events, all of them
    feed.close()


def test_replay_without_subscriber_fails_clearly():
    port = free_port()
    started = time.time()
    result = replay(f"tcp://127.0.0.1:{port}", SEED, extra=["--wait", "1"])
    assert result.returncode == 1
    assert "no subscriber connected" in result.stderr
    assert time.time() - started < 10


def test_push_pull_feed_over_ipc(daemon_factory, subscriber_factory, tmp_path):
    # The daemon binds an ipc:// PULL feed and an ipc:// publisher; replay connects and pushes.
    feed = f"ipc://{tmp_path}/feed.sock"
    d = daemon_factory("--feed-mode", "pull", feed="@" + feed, publish=f"ipc://{tmp_path}/events.sock")
    sub = subscriber_factory(d.publish)
    result = replay(">" + feed, SEED, extra=["--mode", "push", "--published", "2022-11-13"])
    assert result.returncode == 0, result.stderr
    messages = sub.collect()
    assert_valid_events(messages)
    assert_seed_events(messages)
    assert d.stop() == 0


def test_extract_matches_the_daemon(daemon, subscriber_factory):
    sub = subscriber_factory(daemon.publish)
    assert replay(daemon.feed, SEED, extra=["--published", "2022-11-13"]).returncode == 0
    live = sub.collect()
    offline = run_cli("extract", "--published", "2022-11-13", str(SEED))
    assert offline.returncode == 0, offline.stderr
    extracted = [json.loads(line) for line in offline.stdout.splitlines()]
    for event in extracted:
        EVENT_SCHEMA.validate(event)
    assert [e["id"] for e in extracted] == [e["id"] for _, e in live]
    assert [e["data"] for e in extracted] == [e["data"] for _, e in live]

    # stdin takes JSON lines; a bad line is reported with its line number and the rest still extracted.
    lines = "\n".join([json.dumps({"id": "s1", "body": SEED.read_text()}), "{oops", "[]"]) + "\n"
    piped = run_cli("extract", "-", input=lines)
    assert piped.returncode == 1
    assert "stdin:2: not_json" in piped.stderr and "stdin:3: not_object" in piped.stderr
    assert {json.loads(l)["subject"] for l in piped.stdout.splitlines()} == {"s1"}


def test_bad_usage_exits_64_and_bad_input_files_2():
    # sysexits' EX_USAGE for a wrong option; 2 for a file or configuration that cannot be used.
    for args in (["run", "--workers", "0"], ["replay", "--published", "soon", str(SEED)], ["tail", "--count", "0"]):
        result = run_cli(*args)
        assert result.returncode == 64, args
        assert "Error: " in result.stderr
    missing = run_cli("extract", "/nonexistent/file.txt")
    assert missing.returncode == 2
    assert "/nonexistent/file.txt: no such file or folder" in missing.stderr
