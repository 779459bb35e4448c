"""Deployment: the systemd unit checked offline by systemd-analyze, and deploy/install.sh into a staging root.

systemd-analyze needs no running systemd (scripts/ensure-deps.sh --test installs it); the tests that need it
skip with a message when it is absent. install.sh runs with --destdir into a temporary directory and
--bin-dir pointing at the already-built binary ($EVENTWIRE_BIN), so nothing is built and nothing outside the
temporary directory changes.
"""
import json
import os
import pathlib
import re
import shutil
import signal
import socket
import stat
import subprocess
import time

import pytest

from conftest import BIN, ROOT, SEED, free_port

UNIT = ROOT / "deploy" / "eventwire.service"
INSTALL = ROOT / "deploy" / "install.sh"
CONFIG = ROOT / "deploy" / "eventwire.toml"
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
needs_systemd_analyze = pytest.mark.skipif(
    SYSTEMD_ANALYZE is None,
    reason="systemd-analyze not installed (apt-get install systemd; scripts/ensure-deps.sh --test does it)")
MAX_EXPOSURE = 2.0


def link_or_copy(source, target):
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def make_root(base, unit_text):
    """A root holding the unit, the binary at usr/local/bin/eventwire and /bin/kill, as `--root=` wants."""
    link_or_copy(BIN, base / "usr/local/bin/eventwire")
    link_or_copy(shutil.which("kill") or "/bin/kill", base / "bin/kill")
    unit = base / "etc/systemd/system/eventwire.service"
    unit.parent.mkdir(parents=True, exist_ok=True)
    unit.write_text(unit_text)
    return base


def analyze(*args, root):
    return subprocess.run([SYSTEMD_ANALYZE, *args, "--man=no", f"--root={root}", "/etc/systemd/system/eventwire.service"],
                          capture_output=True, text=True, timeout=60)


def verify(root):
    return analyze("verify", "--recursive-errors=no", root=root)


def exposure(root):
    result = analyze("security", "--offline=true", f"--threshold={int(MAX_EXPOSURE * 10)}", root=root)
    match = re.search(r"Overall exposure level for eventwire\.service: (\d+\.\d+)", result.stdout)
    assert match, f"no exposure level in: {result.stdout}{result.stderr}"
    return result, float(match.group(1))


def unit_settings(text):
    """`Key=Value` lines of the unit as {key: [values...]}, comments skipped."""
    settings = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith(("#", ";", "[")) and "=" in line:
            key, value = line.split("=", 1)
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


# --- the unit --------------------------------------------------------------------------------------------

def test_unit_declares_the_service_contract():
    s = unit_settings(UNIT.read_text())
    expected = {
        "Type": "notify", "NotifyAccess": "main", "WatchdogSec": "30", "Restart": "on-failure",
        "DynamicUser": "yes", "RuntimeDirectory": "eventwire", "RuntimeDirectoryMode": "0755",
        "StateDirectory": "eventwire", "ConfigurationDirectory": "eventwire", "KillSignal": "SIGTERM",
        "ExecStart": "/usr/local/bin/eventwire run --config /etc/eventwire/eventwire.toml",
        "ExecReload": "/bin/kill -HUP $MAINPID", "IPAddressDeny": "any", "IPAddressAllow": "localhost",
        "CapabilityBoundingSet": "", "MemoryDenyWriteExecute": "yes", "PrivateUsers": "yes",
    }
    for key, value in expected.items():
        assert s.get(key) == [value], f"{key}={s.get(key)}, want {value}"
    # The daemon's own grace is 10 s (+2 s cancellation): systemd must not SIGKILL before that.
    stop = s["TimeoutStopSec"][0]
    assert int(stop.rstrip("s")) > 12, stop
    # ZEROMQ-NOTES trap 10: an ipc:// socket must be connectable by another user (others need the w bit).
    assert int(s["UMask"][0], 8) & 0o002 == 0, s["UMask"]
    # libzmq aborts without these: getifaddrs() (netlink) on every tcp:// bind, and
    # pthread_setschedparam() (sched_setscheduler, in @resources) in each of its threads.
    assert "AF_NETLINK" in s["RestrictAddressFamilies"][0].split()
    assert "sched_setscheduler" in s["SystemCallFilter"], s["SystemCallFilter"]


@needs_systemd_analyze
def test_unit_verifies_without_warnings(tmp_path):
    root = make_root(tmp_path, UNIT.read_text())
    result = verify(root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "" and result.stderr.strip() == "", result.stdout + result.stderr


@needs_systemd_analyze
def test_verify_would_catch_a_broken_unit(tmp_path):
    """The check above is not vacuous: a typo or a missing ExecStart binary fails it."""
    typo = make_root(tmp_path / "typo", UNIT.read_text().replace("ProtectHome=yes", "ProtectHoem=yes"))
    result = verify(typo)
    assert result.returncode != 0 or "ProtectHoem" in result.stdout + result.stderr
    missing = make_root(tmp_path / "missing", UNIT.read_text())
    (missing / "usr/local/bin/eventwire").unlink()
    result = verify(missing)
    assert result.returncode != 0
    assert "/usr/local/bin/eventwire" in result.stdout + result.stderr


@needs_systemd_analyze
def test_unit_security_exposure_is_ok_or_better(tmp_path):
    root = make_root(tmp_path, UNIT.read_text())
    result, level = exposure(root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert level <= MAX_EXPOSURE, result.stdout


# --- the proxy's unit ------------------------------------------------------------------------------------

PROXY_UNIT = ROOT / "deploy" / "eventwire-proxy.service"
PROXY_UNIT_PATH = "/etc/systemd/system/eventwire-proxy.service"


def make_proxy_root(base, unit_text):
    link_or_copy(BIN, base / "usr/local/bin/eventwire")
    unit = base / PROXY_UNIT_PATH.lstrip("/")
    unit.parent.mkdir(parents=True, exist_ok=True)
    unit.write_text(unit_text)
    return base


def analyze_proxy(*args, root):
    return subprocess.run([SYSTEMD_ANALYZE, *args, "--man=no", f"--root={root}", PROXY_UNIT_PATH],
                          capture_output=True, text=True, timeout=60)


def test_proxy_unit_declares_the_service_contract():
    s = unit_settings(PROXY_UNIT.read_text())
    expected = {
        "Type": "notify", "NotifyAccess": "main", "WatchdogSec": "30", "Restart": "on-failure",
        "DynamicUser": "yes", "KillSignal": "SIGTERM", "IPAddressDeny": "any", "IPAddressAllow": "localhost",
        "CapabilityBoundingSet": "", "MemoryDenyWriteExecute": "yes", "PrivateUsers": "yes",
        "ExecStart": "/usr/local/bin/eventwire proxy --frontend tcp://127.0.0.1:6000 --backend tcp://127.0.0.1:6001"
                     " --metrics 127.0.0.1:9103",
    }
    for key, value in expected.items():
        assert s.get(key) == [value], f"{key}={s.get(key)}, want {value}"
    # The same hardening as the daemon's unit, line for line.
    daemon = unit_settings(UNIT.read_text())
    for key in ("ProtectSystem", "ProtectHome", "PrivateTmp", "PrivateDevices", "ProtectProc", "ProcSubset",
                "RestrictNamespaces", "SystemCallArchitectures", "NoNewPrivileges", "LockPersonality", "UMask"):
        assert s.get(key) == daemon.get(key), f"{key}: proxy {s.get(key)}, daemon {daemon.get(key)}"
    assert s["SystemCallFilter"] == ["@system-service", "~@privileged @resources"], s["SystemCallFilter"]
    # No more address families than the daemon (it needs no netlink: tcp:// and ipc:// only).
    assert set(s["RestrictAddressFamilies"][0].split()) <= set(daemon["RestrictAddressFamilies"][0].split())
    # The proxy's own grace is 5 s (+2 s cancellation): systemd must not SIGKILL before that.
    assert int(s["TimeoutStopSec"][0].rstrip("s")) > 7, s["TimeoutStopSec"]


def test_proxy_unit_command_line_parses():
    """The unit's ExecStart options are ones the binary accepts."""
    command = unit_settings(PROXY_UNIT.read_text())["ExecStart"][0].split()
    result = subprocess.run([BIN, *command[1:], "--help"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "--frontend" in result.stdout


@needs_systemd_analyze
def test_proxy_unit_verifies_without_warnings(tmp_path):
    root = make_proxy_root(tmp_path, PROXY_UNIT.read_text())
    result = analyze_proxy("verify", "--recursive-errors=no", root=root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "" and result.stderr.strip() == "", result.stdout + result.stderr


@needs_systemd_analyze
def test_proxy_unit_security_exposure_is_ok_or_better(tmp_path):
    root = make_proxy_root(tmp_path, PROXY_UNIT.read_text())
    result = analyze_proxy("security", "--offline=true", f"--threshold={int(MAX_EXPOSURE * 10)}", root=root)
    match = re.search(r"Overall exposure level for eventwire-proxy\.service: (\d+\.\d+)", result.stdout)
    assert match, f"no exposure level in: {result.stdout}{result.stderr}"
    print(f"eventwire-proxy.service exposure: {match.group(1)}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert float(match.group(1)) <= MAX_EXPOSURE, result.stdout


# --- install.sh ------------------------------------------------------------------------------------------

@pytest.fixture
def source_tree(tmp_path):
    """deploy/ and README.md copied, so a missing deploy/eventwire.toml can get a placeholder outside the repo."""
    tree = tmp_path / "src"
    (tree / "deploy").mkdir(parents=True)
    shutil.copy2(INSTALL, tree / "deploy" / "install.sh")
    shutil.copy2(UNIT, tree / "deploy" / "eventwire.service")
    shutil.copy2(ROOT / "README.md", tree / "README.md")
    if CONFIG.exists():
        shutil.copy2(CONFIG, tree / "deploy" / "eventwire.toml")
    else:
        (tree / "deploy" / "eventwire.toml").write_text("# placeholder written by test_deploy.py\n")
    return tree


def run_install(tree, destdir, *extra):
    return subprocess.run(["bash", str(tree / "deploy" / "install.sh"), "--destdir", str(destdir), "--no-build",
                           "--bin-dir", os.path.dirname(BIN), *extra],
                          capture_output=True, text=True, timeout=120, cwd=tree)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def staged(source_tree, tmp_path):
    dest = tmp_path / "stage"
    result = run_install(source_tree, dest)
    assert result.returncode == 0, result.stdout + result.stderr
    return dest, result


def test_install_places_files_with_sane_modes(staged, source_tree):
    dest, result = staged
    binary = dest / "usr/local/bin/eventwire"
    bundle = dest / "usr/local/bin/EventWire_EventWireCore.resources"
    unit = dest / "etc/systemd/system/eventwire.service"
    config = dest / "etc/eventwire/eventwire.toml"
    assert mode(binary) == 0o755
    assert bundle.is_dir() and mode(bundle) == 0o755
    files = [p for p in bundle.rglob("*") if p.is_file()]
    assert any(p.name == "triggers.tsv" for p in files), files
    assert all(mode(p) == 0o644 for p in files), [(p, oct(mode(p))) for p in files]
    assert mode(unit) == 0o644 and unit.read_text() == UNIT.read_text()
    assert mode(config) == 0o644
    assert config.read_bytes() == (source_tree / "deploy/eventwire.toml").read_bytes()
    assert not (dest / "etc/eventwire/eventwire.toml.dist").exists()
    assert (dest / "usr/local/share/doc/eventwire/README.md").is_file()
    assert not list(dest.rglob(".*.new")), "temporary files left behind"
    assert "no systemctl daemon-reload" in result.stdout


def test_installed_binary_runs_from_another_directory(staged, tmp_path):
    dest, _ = staged
    binary = dest / "usr/local/bin/eventwire"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=30, cwd=elsewhere)
    assert version.returncode == 0, version.stderr
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", version.stdout.strip()), version.stdout

    extract = subprocess.run([str(binary), "extract", "--published", "2022-11-13", str(SEED)],
                             capture_output=True, text=True, timeout=60, cwd=elsewhere)
    assert extract.returncode == 0, extract.stderr
    events = [json.loads(line) for line in extract.stdout.splitlines()]
    assert {e["data"]["type"] for e in events} == {"meeting", "condemnation", "agreement"}
    reference = subprocess.run([BIN, "extract", "--published", "2022-11-13", str(SEED)],
                               capture_output=True, text=True, timeout=60)
    assert [e["id"] for e in events] == [json.loads(line)["id"] for line in reference.stdout.splitlines()]


def test_installed_binary_reads_the_installed_bundle(staged, tmp_path):
    """SwiftPM's Bundle.module falls back to the build tree's bundle (a path compiled into the binary), which
    would hide a missing bundle on the build machine. Damage the installed copy: the binary must notice."""
    dest, _ = staged
    bundle = dest / "usr/local/bin/EventWire_EventWireCore.resources"
    for triggers in bundle.rglob("triggers.tsv"):
        triggers.unlink()
    extract = subprocess.run([str(dest / "usr/local/bin/eventwire"), "extract", str(SEED)],
                             capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert extract.returncode != 0
    assert "triggers.tsv" in extract.stderr, extract.stderr


def test_install_is_idempotent_and_keeps_an_edited_config(staged, source_tree):
    dest, _ = staged
    config = dest / "etc/eventwire/eventwire.toml"
    again = run_install(source_tree, dest)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "already the default" in again.stdout
    assert not (dest / "etc/eventwire/eventwire.toml.dist").exists()

    config.write_text("# edited by the administrator\n")
    edited = run_install(source_tree, dest)
    assert edited.returncode == 0, edited.stdout + edited.stderr
    assert config.read_text() == "# edited by the administrator\n"
    dist = dest / "etc/eventwire/eventwire.toml.dist"
    assert dist.read_bytes() == (source_tree / "deploy/eventwire.toml").read_bytes()
    assert mode(dist) == 0o644
    assert "eventwire.toml.dist" in edited.stdout
    assert (dest / "usr/local/bin/eventwire").is_file()
    assert len(list((dest / "usr/local/bin").iterdir())) == 2, list((dest / "usr/local/bin").iterdir())


def test_install_prefix_moves_the_binary_and_the_unit_follows(source_tree, tmp_path):
    dest = tmp_path / "stage"
    result = run_install(source_tree, dest, "--prefix", "/opt/eventwire")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (dest / "opt/eventwire/bin/eventwire").is_file()
    assert (dest / "opt/eventwire/bin/EventWire_EventWireCore.resources").is_dir()
    s = unit_settings((dest / "etc/systemd/system/eventwire.service").read_text())
    assert s["ExecStart"] == ["/opt/eventwire/bin/eventwire run --config /etc/eventwire/eventwire.toml"]
    assert (dest / "etc/eventwire/eventwire.toml").is_file()


@needs_systemd_analyze
def test_staged_install_is_a_root_that_verifies(staged):
    dest, _ = staged
    link_or_copy(shutil.which("kill") or "/bin/kill", dest / "bin/kill")
    result = verify(dest)
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result.stdout + result.stderr
    result, level = exposure(dest)
    assert level <= MAX_EXPOSURE, result.stdout


@pytest.mark.parametrize("args, message", [
    (["--bogus"], "unknown argument: --bogus"),
    (["--prefix", "relative"], "--prefix must be an absolute path"),
    (["--prefix"], "--prefix needs a directory"),
])
def test_install_rejects_bad_usage(source_tree, tmp_path, args, message):
    result = run_install(source_tree, tmp_path / "stage", *args)
    assert result.returncode != 0
    assert message in result.stderr


def test_install_without_a_binary_says_what_to_do(source_tree, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = subprocess.run(["bash", str(source_tree / "deploy/install.sh"), "--destdir", str(tmp_path / "stage"),
                             "--bin-dir", str(empty)], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "no eventwire binary in" in result.stderr


# --- sd_notify: what Type=notify and WatchdogSec= rely on ----------------------------------------------

def test_daemon_speaks_sd_notify(tmp_path):
    """The daemon under a fake service manager: READY=1 once up, WATCHDOG=1 at half WATCHDOG_USEC,
    STOPPING=1 at SIGTERM, each one datagram on $NOTIFY_SOCKET."""
    path = tmp_path / "notify"
    manager = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    manager.bind(str(path))
    manager.settimeout(60)
    env = dict(os.environ, NOTIFY_SOCKET=str(path), WATCHDOG_USEC="1000000")
    env.pop("WATCHDOG_PID", None)
    proc = subprocess.Popen([BIN, "run", "--feed", f"tcp://127.0.0.1:{free_port()}",
                             "--publish", f"tcp://127.0.0.1:{free_port()}", "--metrics", "off"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    try:
        def next_message(timeout):
            manager.settimeout(timeout)
            return manager.recv(4096).decode()

        # Watchdog pings may come before READY=1 (systemd accepts them in any state).
        before_ready = [next_message(60)]
        while before_ready[-1].split("\n")[0] != "READY=1":
            assert before_ready[-1] == "WATCHDOG=1", before_ready
            before_ready.append(next_message(60))
        seen = []
        deadline = time.time() + 5
        while time.time() < deadline and "WATCHDOG=1" not in seen:
            seen.append(next_message(5))
        assert "WATCHDOG=1" in seen, seen
        proc.send_signal(signal.SIGTERM)
        messages = []
        while "STOPPING=1" not in messages:
            messages.append(next_message(15))
        assert proc.wait(timeout=20) == 0, proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        manager.close()
