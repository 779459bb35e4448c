"""`eventwire check-config` against the real binary: the shipped file passes, a bad one fails with one line a problem."""
import re

from conftest import ROOT, run_cli

DEPLOY = ROOT / "deploy" / "eventwire.toml"


def test_shipped_configuration_is_valid():
    result = run_cli("check-config", str(DEPLOY))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{DEPLOY}: ok")
    assert "tcp://127.0.0.1:5555" in result.stdout
    assert "tcp://127.0.0.1:5556" in result.stdout
    assert result.stderr == ""


def test_bad_configuration_lists_every_problem_with_its_line(tmp_path):
    bad = tmp_path / "eventwire.toml"
    bad.write_text(
        "[feed]\n"                                  # 1
        'mode = "pul"\n'                            # 2
        "endpoints = [\n"                           # 3
        '  "tcp://127.0.0.1:5555",\n'               # 4
        '  "tcp//nowhere",\n'                       # 5
        "]\n"                                       # 6
        "[extraction]\n"                            # 7
        "wrkers = 4\n"                              # 8
        "max_in_flight = -1\n"                      # 9
        "[metrics]\n"                               # 10
        'address = "127.0.0.1:99999"\n'             # 11
    )
    result = run_cli("check-config", str(bad))
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    pattern = re.compile(rf"^{re.escape(str(bad))}:(\d+): ([a-z_.]+): .+$")
    found = [(int(m.group(1)), m.group(2)) for m in map(pattern.match, lines) if m]
    assert found == [
        (2, "feed.mode"),
        (5, "feed.endpoints"),
        (8, "extraction.wrkers"),
        (9, "extraction.max_in_flight"),
        (11, "metrics.address"),
    ], result.stderr
    assert len(lines) == 5, result.stderr
    assert 'did you mean "workers"?' in lines[2]


def test_syntax_error_names_its_line(tmp_path):
    bad = tmp_path / "broken.toml"
    bad.write_text('[log]\nlevel = "info\n')
    result = run_cli("check-config", str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{bad}:2: syntax error: "), result.stderr


def test_missing_file_exits_2():
    result = run_cli("check-config", "/no/such/eventwire.toml")
    assert result.returncode == 2
    assert result.stderr.strip() == "/no/such/eventwire.toml: no such file"
