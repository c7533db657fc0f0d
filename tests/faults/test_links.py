"""Issue 16 M6: symbolic links inside the runs directory never send a write or a read outside it. Day
folders, the ledger, its lock and the records folders must be real; a link there is refused (exit 5,
STORAGE_ERROR, plain message) and named by the audit; scanners and export do not follow links."""

import json
import os
from datetime import UTC, datetime

import pytest

from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.store import ArtifactNotFound, RunStore, StoreError, UnsafePath
from tests.cli.helpers import rmos, rmos_json
from tests.conftest import load_example


@pytest.fixture
def job(tmp_path):
    path = tmp_path / "job.json"
    path.write_text(json.dumps(load_example("green-veneer-line")))
    return path


@pytest.fixture
def elsewhere(tmp_path):
    path = tmp_path / "elsewhere"
    path.mkdir()
    return path


def today() -> str:
    return datetime.now(UTC).date().isoformat()


def generate(job, runs):
    proc = rmos("generate", job, "--runs-dir", runs)
    assert "Traceback" not in proc.stderr
    return proc


def test_a_day_folder_linked_elsewhere_receives_nothing(tmp_path, job, elsewhere):
    runs = tmp_path / "runs"
    runs.mkdir()
    os.symlink(elsewhere, runs / today())  # today's folder: new artifacts would land elsewhere
    proc = generate(job, runs)
    assert proc.returncode == 5, proc.stdout
    assert "symbolic link" in proc.stdout and "STORAGE_ERROR" in proc.stdout
    assert list(elsewhere.iterdir()) == []
    report = audit_runs(runs)
    assert report.codes == {"not_a_real_file"}
    (named,) = report.problems
    assert named.path == today() and "symbolic link" in named.message


def test_a_linked_ledger_is_never_appended(tmp_path, job, elsewhere):
    runs = tmp_path / "runs"
    assert generate(job, runs).returncode == 0
    outside = elsewhere / "ledger.jsonl"
    os.replace(runs / "ledger.jsonl", outside)
    before = outside.read_bytes()
    os.symlink(outside, runs / "ledger.jsonl")
    proc = generate(job, runs)
    assert proc.returncode == 5 and "ledger.jsonl is a symbolic link" in proc.stdout
    assert outside.read_bytes() == before
    assert "not_a_real_file" in audit_runs(runs).codes
    assert [p.path for p in audit_runs(runs).problems if p.code == "not_a_real_file"] == ["ledger.jsonl"]


def test_a_linked_lock_is_neither_taken_nor_truncated(tmp_path, job, elsewhere):
    runs = tmp_path / "runs"
    assert generate(job, runs).returncode == 0
    victim = elsewhere / "precious.txt"
    victim.write_text("do not truncate me")
    (runs / ".ledger.lock").unlink()
    os.symlink(victim, runs / ".ledger.lock")
    assert generate(job, runs).returncode == 5
    assert victim.read_text() == "do not truncate me"
    assert [p.path for p in audit_runs(runs).problems] == [".ledger.lock"]


def test_a_linked_records_folder_is_refused(recorder, catalog, runs_dir, elsewhere):
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    (runs_dir / "records").mkdir(exist_ok=True)
    os.symlink(elsewhere, runs_dir / "records" / "reviews")
    with pytest.raises(StoreError, match="symbolic link"):
        recorder.record_review(out["_run_id"], reviewer="Ana", disposition="acknowledged")
    assert list(elsewhere.iterdir()) == []
    assert audit_runs(runs_dir).codes == {"not_a_real_file"}


def test_an_artifact_name_linked_to_a_system_file_is_never_read(tmp_path, runs_dir, elsewhere):
    rid = "ab" * 16
    day = runs_dir / "2026-01-01"
    day.mkdir()
    secret = elsewhere / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    os.symlink(secret, day / f"{rid}.json")
    store = RunStore(runs_dir)
    with pytest.raises(UnsafePath, match="symbolic link"):
        store.find_artifact(rid)
    with pytest.raises(UnsafePath):
        store.read_artifact_file(day / f"{rid}.json")
    report = audit_runs(runs_dir)
    assert report.codes == {"unlisted_file"} and "a link" in report.problems[0].message
    proc = rmos("export", rid, tmp_path, "--runs-dir", runs_dir)
    assert proc.returncode in (1, 5) and "Traceback" not in proc.stderr and "root:x" not in proc.stdout + proc.stderr


def test_export_refuses_an_artifact_replaced_by_a_link(recorder, catalog, runs_dir, elsewhere, tmp_path):
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    path = runs_dir / os.path.relpath(out["_run_artifact_path"], runs_dir)
    copy = elsewhere / path.name
    copy.write_bytes(path.read_bytes())
    path.unlink()
    os.symlink(copy, path)
    usb = tmp_path / "usb"
    usb.mkdir()
    code, _, err = rmos_json("export", out["_run_id"], usb, "--runs-dir", runs_dir)
    assert code != 0 and "symbolic link" in err and "Traceback" not in err
    assert list(usb.iterdir()) == []


def test_a_day_folder_link_is_not_scanned(runs_dir, elsewhere):
    (elsewhere / f"{'cd' * 16}.json").write_text("{}")
    os.symlink(elsewhere, runs_dir / "2026-01-02")
    store = RunStore(runs_dir)
    assert store.day_folders() == [] and list(store.iter_artifact_paths()) == []
    with pytest.raises(ArtifactNotFound):
        store.find_artifact("cd" * 16)


def test_a_file_where_a_day_folder_belongs_is_refused(tmp_path, job):
    runs = tmp_path / "runs"
    runs.mkdir()
    (runs / today()).write_text("not a folder")
    proc = generate(job, runs)
    assert proc.returncode == 5 and "is a file, where the runs directory needs a real folder" in proc.stdout
    assert (runs / today()).read_text() == "not a folder"
    assert audit_runs(runs).codes == {"not_a_real_file"}
