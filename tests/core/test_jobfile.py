"""Job files: one meaning per file (no key given twice), regular files only, read with a bounded size."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rmos_desktop.core import jobfile
from rmos_desktop.core.jobfile import JobFileError, parse_json_text, read_job_file
from tests.cli.helpers import rmos
from tests.conftest import REPO

EXAMPLE = REPO / "resources" / "examples" / "green-veneer-line.json"


def _dup_top_level() -> str:
    # The reader of this text sees rpm 12000 first; last-one-wins would generate at 6000.
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.count('"rpm": 6000') == 1
    return text.replace('"rpm": 6000', '"rpm": 12000,\n  "rpm": 6000')


@pytest.mark.parametrize(
    "text, key",
    [
        ('{"rpm": 12000, "feed_mm_min": 5, "rpm": 6000}', "rpm"),
        ('{"cut": {"kind": "line", "x0_mm": 1, "x0_mm": 2}}', "x0_mm"),
        ('{"a": [1, {"b": {"deep": 1, "deep": 1}}]}', "deep"),
        ('{"": 1, "": 1}', ""),
    ],
)
def test_a_key_given_twice_at_any_level_is_refused_and_named(text, key):
    with pytest.raises(JobFileError) as exc:
        parse_json_text(text, source="job.json")
    assert f'"{key}" is given twice' in str(exc.value)
    assert str(exc.value).startswith("job.json ")


def test_the_same_key_in_different_objects_is_fine():
    assert parse_json_text('{"a": {"x": 1}, "b": {"x": 2}, "x": 3}') == {"a": {"x": 1}, "b": {"x": 2}, "x": 3}


def test_a_duplicate_key_with_control_characters_stays_one_line():
    with pytest.raises(JobFileError) as exc:
        parse_json_text('{"a\\nb": 1, "a\\nb": 2}')
    assert "\n" not in str(exc.value) and '"a\\nb" is given twice' in str(exc.value)


def test_duplicate_rpm_job_file_is_refused_by_the_reader(tmp_path):
    path = tmp_path / "dup.json"
    path.write_text(_dup_top_level(), encoding="utf-8")
    with pytest.raises(JobFileError) as exc:
        read_job_file(path)
    assert '"rpm" is given twice' in str(exc.value)


def test_cli_generate_refuses_a_duplicate_key_with_exit_2_and_records_nothing(tmp_path):
    path, runs = tmp_path / "dup.json", tmp_path / "runs"
    path.write_text(_dup_top_level(), encoding="utf-8")
    for cmd in ("check", "generate"):
        proc = rmos(cmd, path, runs_dir=runs)
        assert proc.returncode == 2, proc.stdout + proc.stderr
        assert '"rpm" is given twice' in proc.stderr and "Traceback" not in proc.stderr
    assert not runs.exists() or not list(runs.rglob("*.json"))


def test_every_place_that_opens_a_job_file_goes_through_read_job_file():
    # The CLI and the GUI's open-job both call read_job_file; nothing else parses a job file itself.
    pkg = REPO / "rmos_desktop"
    cli = [p for p in pkg.rglob("*.py") if p.name == "cli.py" or "cli" in p.relative_to(pkg).parts[:1]]
    gui = list((pkg / "gui").rglob("*.py"))
    assert any("read_job_file(" in p.read_text(encoding="utf-8") for p in cli)
    assert any("read_job_file(" in p.read_text(encoding="utf-8") for p in gui)
    for src in pkg.rglob("*.py"):
        if src.name != "jobfile.py":
            assert "parse_json_text(" not in src.read_text(encoding="utf-8"), src


def test_size_limit_is_checked_on_the_bytes_read_not_on_stat(tmp_path, monkeypatch):
    monkeypatch.setattr(jobfile, "MAX_JOB_FILE_BYTES", 100)
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"notes": "x" * 200}))
    with pytest.raises(JobFileError) as exc:
        read_job_file(path)
    assert "larger than 100 bytes" in str(exc.value)
    path.write_text(json.dumps({"notes": "x" * 80}))  # 95 bytes: fits
    assert read_job_file(path) == {"notes": "x" * 80}


def test_the_reader_reads_at_most_the_limit_plus_one_byte(tmp_path, monkeypatch):
    monkeypatch.setattr(jobfile, "MAX_JOB_FILE_BYTES", 1000)
    asked: list[int] = []
    real_read = os.read

    def counting_read(fd, n):
        asked.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(jobfile.os, "read", counting_read)
    with pytest.raises(JobFileError):
        read_job_file("/dev/zero")  # a device: refused before any read
    assert asked == []
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 5000)
    with pytest.raises(JobFileError):
        read_job_file(path)
    assert sum(asked) == 1001


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused(special):
    if not Path(special).exists():
        pytest.skip(reason=f"{special} does not exist here")
    with pytest.raises(JobFileError) as exc:
        read_job_file(special)
    assert "is a device" in str(exc.value) and "regular file" in str(exc.value)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(JobFileError) as exc:
        read_job_file(tmp_path)
    assert "is a folder" in str(exc.value)


def _run_cli(args, timeout=60):
    return subprocess.run(
        [sys.executable, "-m", "rmos_desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=timeout,  # a hang fails the test instead of blocking the suite
        check=False,
        env={**os.environ},
    )


def test_cli_generate_dev_zero_exits_2_at_once(tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip(reason="/dev/zero does not exist here")
    proc = _run_cli(["generate", "/dev/zero", "--runs-dir", tmp_path / "runs"])
    assert proc.returncode == 2, proc.stderr
    assert "/dev/zero is a device" in proc.stderr and "Traceback" not in proc.stderr


def test_cli_generate_fifo_exits_2_without_hanging(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip(reason="no FIFOs on this platform")
    fifo = tmp_path / "job.json"
    os.mkfifo(fifo)
    proc = _run_cli(["generate", fifo, "--runs-dir", tmp_path / "runs"], timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "is a pipe (FIFO)" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "runs").exists() or not list((tmp_path / "runs").rglob("*.json"))
