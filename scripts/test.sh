#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs the Swift tests (unit and real sockets)
# and the end-to-end tests that drive the real eventwire binary with a Python pyzmq client, then a
# smoke pass of the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh --test
swift build
swift test
bin="$(swift build --show-bin-path)"
EVENTWIRE_BIN="$bin/eventwire" python3 -m pytest -q Tests/e2e
# A short smoke pass of every benchmark scenario (results printed, no timing asserted) so the bench cannot rot.
"$bin/eventwire-bench" --smoke
