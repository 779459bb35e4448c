#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs the Swift tests (unit and real sockets)
# and the end-to-end tests that drive the real eventwire binary with a Python pyzmq client.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh --test
swift build
swift test
EVENTWIRE_BIN="$(swift build --show-bin-path)/eventwire" python3 -m pytest -q Tests/e2e
