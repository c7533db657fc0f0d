"""Issue 16 H2: `rmos generate --gcode-out` is all or nothing and cannot overwrite records.

The target is written through a temp file beside it (fsync, rename): a full disk or a failing rename leaves
nothing torn and says the run is still recorded; a SIGKILL during the write leaves the target absent, old or
complete. Paths inside the runs directory are refused (exit 2), so is an existing file without --overwrite;
on BLOCKED the command says that no program was written and that a file already at the path is not from it."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rmos_desktop.core.catalog import load_catalog
from rmos_desktop.core.jobs import parse_job
from rmos_desktop.core.pipeline import build_program
from tests.cli.helpers import rmos, rmos_json
from tests.conftest import REPO, examples_dir

GREEN = examples_dir() / "green-veneer-line.json"
RED = examples_dir() / "red-kerfcut-overspeed.json"
OLD = b"; a program from an earlier run\nG21\nM30\n"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def snapshot(runs: Path) -> dict[str, str]:
    """Every file of the runs directory with its SHA-256 (the index cache lives elsewhere)."""
    if not runs.exists():
        return {}
    return {str(p.relative_to(runs)): sha(p.read_bytes()) for p in sorted(runs.rglob("*")) if p.is_file()}


def debris(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def first_run(tmp_path):
    """A runs directory holding one OK run (so its ledger and an artifact exist)."""
    runs = tmp_path / "runs"
    code, data, err = rmos_json("generate", GREEN, runs_dir=runs)
    assert code == 0, err
    return runs, Path(data["_run_artifact_path"])


# -- refused before anything is recorded -------------------------------------------------------------------
@pytest.mark.parametrize("where", ["ledger", "artifact", "new file in a day folder", "runs root", "via a link"])
@pytest.mark.parametrize("overwrite", [(), ("--overwrite",)])
def test_a_path_inside_the_runs_directory_is_refused(first_run, tmp_path, where, overwrite):
    runs, artifact = first_run
    target = {
        "ledger": runs / "ledger.jsonl",
        "artifact": artifact,
        "new file in a day folder": artifact.parent / "job.nc",
        "runs root": runs / "job.nc",
        "via a link": tmp_path / "link.nc",
    }[where]
    if where == "via a link":
        target.symlink_to(runs / "ledger.jsonl")
    before = snapshot(runs)
    proc = rmos("generate", GREEN, "--gcode-out", target, *overwrite, runs_dir=runs)
    assert proc.returncode == 2, proc.stderr
    assert ("inside the runs directory" in proc.stderr) or (where == "via a link" and "is a link" in proc.stderr)
    assert snapshot(runs) == before  # the ledger and the artifact untouched, no new run
    assert not (artifact.parent / "job.nc").exists() and not (runs / "job.nc").exists()


def test_an_existing_file_is_not_replaced_without_overwrite(tmp_path):
    runs, target = tmp_path / "runs", tmp_path / "job.nc"
    target.write_bytes(OLD)
    proc = rmos("generate", GREEN, "--gcode-out", target, runs_dir=runs)
    assert proc.returncode == 2 and "--overwrite" in proc.stderr and "exists" in proc.stderr
    assert target.read_bytes() == OLD and snapshot(runs) == {}

    code, data, err = rmos_json("generate", GREEN, "--gcode-out", target, "--overwrite", runs_dir=runs)
    assert code == 0, err
    assert sha(target.read_bytes()) == data["_hashes"]["gcode_sha256"]
    assert debris(tmp_path) == []


@pytest.mark.parametrize("kind", ["missing folder", "folder", "empty"])
def test_a_target_that_is_not_a_file_path_is_a_usage_error(tmp_path, kind):
    runs = tmp_path / "runs"
    value = {"missing folder": tmp_path / "nope" / "job.nc", "folder": tmp_path, "empty": ""}[kind]
    proc = rmos("generate", GREEN, "--gcode-out", value, "--overwrite", runs_dir=runs)
    assert proc.returncode == 2 and "--gcode-out" in proc.stderr and "Traceback" not in proc.stderr
    assert snapshot(runs) == {}


def test_blocked_says_no_program_was_written_and_an_old_file_is_not_from_this_run(tmp_path):
    runs, target = tmp_path / "runs", tmp_path / "job.nc"
    proc = rmos("generate", RED, "--gcode-out", target, runs_dir=runs)
    assert proc.returncode == 3 and f"no G-code was written to {target}" in proc.stderr
    assert "not from this run" not in proc.stderr and not target.exists()

    target.write_bytes(OLD)
    proc = rmos("generate", RED, "--gcode-out", target, "--overwrite", runs_dir=runs)
    assert proc.returncode == 3 and "SAFETY_BLOCKED" in proc.stdout
    assert f"no G-code was written to {target}; the file at {target} is not from this run" in proc.stderr
    assert target.read_bytes() == OLD
    assert len(list(runs.rglob("*.json"))) == 2  # both attempts recorded as BLOCKED


# -- a failing write: nothing torn, the run still recorded --------------------------------------------------
def _in_folder(fd: int, folder: Path) -> bool:
    try:
        return Path(os.readlink(f"/proc/self/fd/{fd}")).parent == folder
    except OSError:
        return False


def inject(monkeypatch, usb: Path, failure: str) -> dict[str, int]:
    """Fail the file system calls aimed at `usb` as `failure` says; returns the count of bytes let through."""
    real_write, real_fsync, real_replace, real_link = os.write, os.fsync, os.replace, os.link
    written = {"bytes": 0}

    def write(fd, data):
        if failure.startswith("ENOSPC") and _in_folder(fd, usb):
            if written["bytes"] > 0:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            data = bytes(data)[: max(1, len(data) // 3)]  # a short write first, then the disk is full
            written["bytes"] += len(data)
        return real_write(fd, data)

    def fsync(fd):
        if failure.startswith("EIO") and _in_folder(fd, usb):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real_fsync(fd)

    def refusing(real):
        def rename(src, dst, *a, **k):
            if failure.startswith("EACCES") and Path(dst).parent == usb:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
            return real(src, dst, *a, **k)

        return rename

    monkeypatch.setattr(os, "write", write)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", refusing(real_replace))
    monkeypatch.setattr(os, "link", refusing(real_link))
    return written


@pytest.mark.parametrize("failure", ["ENOSPC mid-write", "EIO on fsync", "EACCES on rename"])
@pytest.mark.parametrize("existing", [False, True])
def test_a_failing_write_leaves_nothing_torn_and_says_the_run_is_recorded(
    tmp_path, monkeypatch, capsys, failure, existing
):
    """In-process, failing only the file system calls aimed at the target's folder (as a full stick would)."""
    from rmos_desktop import cli

    usb = tmp_path / "usb"
    usb.mkdir()
    runs, target = tmp_path / "runs", usb / "job.nc"
    if existing:
        target.write_bytes(OLD)
    written = inject(monkeypatch, usb, failure)
    argv = ["generate", str(GREEN), "--runs-dir", str(runs), "--gcode-out", str(target), "--json"]
    code = cli.main([*argv, *(["--overwrite"] if existing else [])])
    monkeypatch.undo()
    captured = capsys.readouterr()
    assert code == 1, captured.err
    payload = json.loads(captured.out)
    run_id = payload["_run_id"]
    reason = {"ENOSPC mid-write": "No space left on device", "EIO on fsync": "Input/output error"}.get(
        failure, "Permission denied"
    )
    assert "the run is recorded" in captured.err and run_id in captured.err and reason in captured.err
    assert "Traceback" not in captured.err and f"rmos export {run_id}" in captured.err
    if failure.startswith("ENOSPC"):
        assert written["bytes"] > 0  # the failure came after part of the program was on the disk
    art = json.loads(Path(payload["_run_artifact_path"]).read_text(encoding="utf-8"))
    assert art["status"] == "OK" and art["run_id"] == run_id
    assert debris(usb) == []
    if existing:
        assert target.read_bytes() == OLD and "unchanged" in captured.err
    else:
        assert not target.exists()
    # the disk has room again: the same command writes the whole program
    code = cli.main([*argv, "--overwrite"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and sha(target.read_bytes()) == out["_hashes"]["gcode_sha256"]


# -- SIGKILL during a large write ---------------------------------------------------------------------------
def big_job() -> dict:
    """A kerf array of 560 kerfs in 150 passes each: about 6 MB of G-code, GREEN."""
    job = json.loads((examples_dir() / "kerf-array-side-kerfs.json").read_text(encoding="utf-8"))
    job.update(tool_id="saw:purfling_50", material="hardwood", rpm=20000, feed_mm_min=4000, stepdown_mm=0.02)
    job["cut"].update(count=560, pitch_mm=1.0, y_mm=10, length_mm=150)
    job["stock"]["width_mm"] = 580
    return job


def test_sigkill_during_a_large_gcode_out_never_leaves_a_torn_file(tmp_path):
    job = big_job()
    job_path = tmp_path / "big.json"
    job_path.write_text(json.dumps(job), encoding="utf-8")
    request = parse_job(job).request
    expected = build_program(request, load_catalog(user_dir=False).catalog).program.gcode_text.encode("ascii")
    assert len(expected) > 4_000_000
    usb = tmp_path / "usb"
    usb.mkdir()
    target = usb / "big.nc"
    env = {**os.environ, "RMOS_RUNS_DIR": str(tmp_path / "runs")}
    argv = [sys.executable, "-m", "rmos_desktop.cli", "generate", str(job_path), "--gcode-out", str(target)]
    rng = random.Random(1614)
    outcomes = {"absent": 0, "old": 0, "complete": 0, "killed after the write began": 0}
    for attempt in range(10):
        if attempt % 2:
            target.write_bytes(OLD)  # an older program at the path, replaced only whole
        else:
            target.unlink(missing_ok=True)
        proc = subprocess.Popen(
            [*argv, "--overwrite"], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        deadline, saw_temp = time.monotonic() + 120, False
        while proc.poll() is None and time.monotonic() < deadline:
            if any(n.startswith(".big.nc.rmos-") for n in os.listdir(usb)):
                saw_temp = True
                time.sleep(rng.uniform(0, 0.04))  # from the first write to past the rename
                break
            time.sleep(0.0005)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        outcomes["killed after the write began"] += saw_temp and proc.returncode == -signal.SIGKILL
        if not target.exists():
            outcomes["absent"] += 1
        else:
            data = target.read_bytes()
            assert data in (OLD, expected), f"torn file: {len(data)} of {len(expected)} bytes"
            outcomes["old" if data == OLD else "complete"] += 1
    assert outcomes["killed after the write began"] >= 3, outcomes  # the others ended before a kill landed
    # a later run cleans up the temp files the killed ones left, and writes the whole program
    done = subprocess.run(
        [*argv, "--overwrite"], check=False, cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() == expected and debris(usb) == []
