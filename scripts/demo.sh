#!/usr/bin/env bash
# The main job on defaults: build, start the daemon, replay seeds/, show the events, stop cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build 2>&1 | tail -1
bin="$(swift build --show-bin-path)/eventwire"

"$bin" run &                     # feed: connects tcp://127.0.0.1:5555, events: binds tcp://127.0.0.1:5556
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true' EXIT
"$bin" tail --format pretty --idle-timeout 3 &   # prints events, exits after 3 s of quiet
tail=$!
sleep 0.5                        # let tail's subscription reach the daemon
"$bin" replay seeds/             # binds the feed, waits for the daemon to subscribe, sends
wait "$tail"
kill -TERM "$daemon"
wait "$daemon" && echo "daemon stopped cleanly (exit 0)"
trap - EXIT
