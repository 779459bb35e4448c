#!/usr/bin/env bash
# The main job on defaults: build, start the daemon, replay seeds/, show the events, stop cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --product eventwire 2>&1 | tail -1
bin="$(swift build --show-bin-path)/eventwire"

# Readiness: the daemon's /readyz answers 200 once its sockets are up (bash's /dev/tcp, no curl needed).
ready() {
    exec 3<>/dev/tcp/127.0.0.1/9102 || return 1
    printf 'GET /readyz HTTP/1.0\r\n\r\n' >&3
    local status
    read -r _ status _ <&3 || true
    exec 3>&-
    [ "$status" = 200 ]
}

"$bin" run &                     # feed: connects tcp://127.0.0.1:5555, events: binds tcp://127.0.0.1:5556
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true' EXIT
for _ in $(seq 300); do ready 2>/dev/null && break; sleep 0.1; done
"$bin" tail --format pretty --idle-timeout 3 &   # prints events, exits after 3 s of quiet
tail=$!
sleep 0.3                        # let tail's subscription reach the daemon before the first event
"$bin" replay seeds/             # binds the feed, waits for the daemon to subscribe, sends
wait "$tail"
kill -TERM "$daemon"
wait "$daemon" && echo "daemon stopped cleanly (exit 0)"
trap - EXIT
