#!/usr/bin/env bash
# Installs what EventWire needs when it is missing: libzmq (build and run), and with --test the
# Python side of the tests (pyzmq, pytest, jsonschema). Uses apt-get and pip; sudo when not root.
set -euo pipefail
want_test=0
[ "${1:-}" = "--test" ] && want_test=1
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
    if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
if [ ! -e /usr/include/zmq.h ]; then
    echo "ensure-deps: installing libzmq3-dev" >&2
    apt_install libzmq3-dev
fi
if [ "$want_test" -eq 1 ]; then
    if ! python3 -c 'import zmq, pytest, jsonschema' 2>/dev/null; then
        echo "ensure-deps: installing pyzmq, pytest, jsonschema from PyPI" >&2
        python3 -m pip install -q --disable-pip-version-check pyzmq pytest jsonschema 2>&1 | grep -v "Running pip as the 'root' user" || true
    fi
    python3 -c 'import zmq, pytest, jsonschema'
    if ! command -v systemd-analyze >/dev/null 2>&1; then
        echo "ensure-deps: installing systemd (systemd-analyze checks deploy/eventwire.service)" >&2
        apt_install systemd
    fi
fi
