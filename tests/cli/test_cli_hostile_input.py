"""Issue 16 L3, L6 and M3 through the `rmos` command: control characters never reach the terminal raw, a
runs directory that names nothing or that the system refuses is a plain usage error, and a report that cannot
be written is an error that leaves nothing behind (never "Report written")."""

import errno
import json
import os
from pathlib import Path

import pytest

from rmos_desktop.cli import main as cli_main
from rmos_desktop.cli.common import escape_controls
from rmos_desktop.core.pipeline import SafetyBlocked, rmos_toolpaths
from rmos_desktop.core.services import open_recorder
from tests.cli.helpers import rmos, rmos_json
from tests.conftest import load_example

TITLE = "\x1b]0;owned\x07"  # OSC: set the terminal's title
CLEAR = "\x1b[2J"  # CSI: clear the screen
C1_CLEAR = "\x9b2J"  # the same as one C1 byte


def test_escape_controls_shows_each_control_as_its_escape():
    assert escape_controls(f"job {TITLE}{CLEAR}{C1_CLEAR}") == "job \\x1b]0;owned\\x07\\x1b[2J\\x9b2J"
    assert escape_controls("line 1\n\tline 2 — ✔ äö") == "line 1\n\tline 2 — ✔ äö"  # text stays text
    assert escape_controls("a\rb\x00c\x7f") == "a\\x0db\\x00c\\x7f"


def test_log_lines_are_escaped_too():
    import logging

    from rmos_desktop.cli.common import EscapingFormatter

    record = logging.LogRecord("rmos_desktop.core", logging.WARNING, __file__, 1, "index for %s", (CLEAR,), None)
    assert EscapingFormatter("rmos: %(levelname)s: %(message)s").format(record) == "rmos: WARNING: index for \\x1b[2J"


@pytest.fixture
def hostile_run(tmp_path, catalog):
    job = load_example("red-kerfcut-overspeed")
    job["job_name"] = f"Trim {TITLE}"
    job["order_ref"] = f"{CLEAR}{C1_CLEAR}"
    runs = tmp_path / "runs"
    with pytest.raises(SafetyBlocked) as blocked:
        rmos_toolpaths(job, recorder=open_recorder(runs), catalog=catalog)
    return runs, blocked.value.detail["run_id"]


def assert_no_raw_controls(text: str) -> None:
    assert not any(ch in text for ch in ("\x1b", "\x07", "\x9b")), repr(text)


def test_list_show_and_review_escape_job_order_and_reviewer(hostile_run):
    runs, run_id = hostile_run
    proc = rmos("runs", "list", runs_dir=runs)
    assert proc.returncode == 0, proc.stderr
    assert_no_raw_controls(proc.stdout)
    assert "Trim \\x1b]0;owned\\x07" in proc.stdout and "\\x1b[2J\\x9b2J" in proc.stdout

    proc = rmos("runs", "show", run_id, runs_dir=runs)
    assert proc.returncode == 0, proc.stderr
    assert_no_raw_controls(proc.stdout)
    assert "job       Trim \\x1b]0;owned\\x07   order \\x1b[2J\\x9b2J" in proc.stdout

    proc = rmos("runs", "review", run_id, "--by", f"Sam{CLEAR}", "--disposition", "acknowledged", runs_dir=runs)
    assert proc.returncode == 0, proc.stderr
    assert_no_raw_controls(proc.stdout)
    assert "acknowledged by Sam\\x1b[2J" in proc.stdout

    proc = rmos("runs", "list", runs_dir=runs)
    assert_no_raw_controls(proc.stdout)
    assert "acknowledged (Sam\\x1b[2J)" in proc.stdout


def test_json_keeps_the_exact_values_without_raw_control_bytes(hostile_run):
    runs, run_id = hostile_run
    proc = rmos("runs", "show", run_id, "--json", runs_dir=runs)
    assert proc.returncode == 0, proc.stderr
    assert_no_raw_controls(proc.stdout)
    summary = json.loads(proc.stdout)["artifact"]["request_summary"]
    assert summary["job_name"] == f"Trim {TITLE}" and summary["order_ref"] == f"{CLEAR}{C1_CLEAR}"


def test_error_messages_escape_what_the_user_typed(tmp_path):
    proc = rmos("check", tmp_path / f"no{CLEAR}such.json")
    assert proc.returncode == 2
    assert_no_raw_controls(proc.stderr)
    assert "\\x1b[2J" in proc.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["runs", "list"],
        ["generate", "resources/examples/green-veneer-line.json"],
        ["audit", "verify"],
        ["index", "rebuild"],
    ],
)
def test_an_empty_runs_dir_is_a_usage_error(argv, tmp_path):
    proc = rmos(*argv, "--runs-dir", "", runs_dir=tmp_path / "env-runs")
    assert proc.returncode == 2, proc.stderr
    assert "empty --runs-dir" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "env-runs").exists()  # not silently replaced by RMOS_RUNS_DIR


@pytest.mark.parametrize(
    "argv",
    [
        ["runs", "list"],
        ["runs", "show", "ab" * 16],
        ["generate", "resources/examples/green-veneer-line.json"],
        ["audit", "verify"],
        ["audit", "recover"],
        ["index", "rebuild"],
        ["verify", "README.md"],
    ],
)
def test_a_300_character_folder_name_gets_a_plain_message(argv, tmp_path):
    runs = tmp_path / ("r" * 300)
    proc = rmos(*argv, "--runs-dir", runs)
    assert proc.returncode == 2, proc.stderr
    assert "cannot be used: File name too long" in proc.stderr
    assert "unexpected error" not in proc.stderr and "Traceback" not in proc.stderr


# -- M3: the report is written whole or not at all ----------------------------------------------------------
@pytest.fixture
def ok_run(qapp, tmp_path, catalog):
    """An OK run to report on. In-process, so the test session's QApplication is made first (the report
    would otherwise start a bare QGuiApplication, which later widget tests cannot use)."""
    runs = tmp_path / "runs"
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=open_recorder(runs), catalog=catalog)
    return runs, out["_run_id"]


def report(capsys, runs: Path, run_id: str, target: Path) -> tuple[int, str, str]:
    code = cli_main(["runs", "report", run_id, str(target), "--runs-dir", str(runs)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_full_disk_is_an_error_and_the_old_file_stays(ok_run, tmp_path, capsys, monkeypatch):
    runs, run_id = ok_run
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the report from last week")
    real_write, written = os.write, []

    def fill_up(fd, data):  # 8 KB fit, then the disk is full
        if sum(written) >= 8192:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(min(len(data), 8192))
        return real_write(fd, bytes(data[:8192]))

    monkeypatch.setattr("rmos_desktop.report.pdf.os.write", fill_up)
    code, out, err = report(capsys, runs, run_id, target)
    assert code == 1 and "Report written" not in out
    assert "report.pdf cannot be written: the disk is full; no report was written" in err
    assert sum(written) == 8192  # it did get part-way before failing
    assert target.read_bytes() == b"the report from last week"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.pdf"]  # no temp file left


def test_an_unwritable_folder_is_an_error(ok_run, tmp_path, capsys, monkeypatch):
    runs, run_id = ok_run
    target = tmp_path / "locked" / "report.pdf"
    target.parent.mkdir()
    real_open = os.open

    def refuse(path, flags, *args, **kw):
        if Path(path).parent == target.parent:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr("rmos_desktop.report.pdf.os.open", refuse)
    code, out, err = report(capsys, runs, run_id, target)
    assert code == 1 and "Report written" not in out
    assert "cannot be written: permission denied" in err and "Traceback" not in err
    assert list(target.parent.iterdir()) == []


def test_a_failed_rename_removes_the_temp_file(ok_run, tmp_path, capsys, monkeypatch):
    runs, run_id = ok_run
    target = tmp_path / "report.pdf"

    def broken_replace(src, dst):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr("rmos_desktop.report.pdf.os.replace", broken_replace)
    code, _out, err = report(capsys, runs, run_id, target)
    assert code == 1 and "Input/output error" in err
    assert not target.exists() and not list(tmp_path.glob(".report.pdf.*"))


@pytest.mark.parametrize("where", ["folder", "runs_dir"])
def test_a_folder_or_the_runs_directory_is_refused(ok_run, tmp_path, where):
    runs, run_id = ok_run
    target = tmp_path if where == "folder" else runs / "report.pdf"
    code, data, err = rmos_json("runs", "report", run_id, target, runs_dir=runs)
    assert code == 1 and data is None
    assert ("is a folder" if where == "folder" else "inside the runs directory") in err
    assert not (runs / "report.pdf").exists()


def test_a_written_report_replaces_the_old_one_whole(ok_run, tmp_path, capsys):
    runs, run_id = ok_run
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    code, out, _ = report(capsys, runs, run_id, target)
    assert code == 0 and out == f"Report written to {target}\n"
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes().rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf", "runs"]
