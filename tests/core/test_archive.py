"""Retention: archive old day folders into a verified zip, never deleting without a record, and restore."""

import errno
import hashlib
import json
import os
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from rmos_desktop.core.hashing import sha256_json
from rmos_desktop.core.pipeline import SafetyBlocked, rmos_toolpaths
from rmos_desktop.core.runs import archive as archive_mod
from rmos_desktop.core.runs.archive import ArchiveAborted, archive_runs, read_from_archive, restore_archive
from tests.conftest import load_example

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def run_on(recorder, catalog, when, example="green-veneer-line"):
    try:
        return rmos_toolpaths(load_example(example), recorder=recorder, catalog=catalog, now=lambda: when)["_run_id"]
    except SafetyBlocked as exc:
        return exc.detail["run_id"]


@pytest.fixture
def store_with_days(recorder, catalog):
    ids = {
        "2026-11-10": [
            run_on(recorder, catalog, datetime(2026, 11, 10, 9, tzinfo=UTC)),
            run_on(recorder, catalog, datetime(2026, 11, 10, 10, tzinfo=UTC), "red-kerfcut-overspeed"),
        ],
        "2026-11-12": [run_on(recorder, catalog, datetime(2026, 11, 12, 9, tzinfo=UTC), "kerf-array-side-kerfs")],
        "2026-11-24": [run_on(recorder, catalog, NOW)],
    }
    return ids


def snapshot(runs_dir: Path) -> dict[str, bytes]:
    return {p.relative_to(runs_dir).as_posix(): p.read_bytes() for p in runs_dir.glob("20*/*") if p.is_file()}


def test_archive_round_trip(recorder, store_with_days, tmp_path):
    dest = tmp_path / "nas"
    dest.mkdir()
    before = snapshot(recorder.runs_dir)
    result = archive_runs(recorder, date(2026, 11, 20), dest, operator="Sam", now=NOW)
    assert result.days == ["2026-11-10", "2026-11-12"]
    assert sorted(result.runs) == sorted(store_with_days["2026-11-10"] + store_with_days["2026-11-12"])
    zip_path = Path(result.archive_path)
    assert zip_path.parent == dest and zip_path.name.startswith("rmos-runs-2026-11-10_to_2026-11-12-")
    assert hashlib.sha256(zip_path.read_bytes()).hexdigest() == result.archive_sha256
    assert (dest / (zip_path.name + ".sha256")).read_text().split()[0] == result.archive_sha256
    # the old day folders are gone, today's is untouched
    assert not (recorder.runs_dir / "2026-11-10").exists() and not (recorder.runs_dir / "2026-11-12").exists()
    assert (recorder.runs_dir / "2026-11-24").is_dir()
    # the archive record names what moved, where, with hashes; it is in the ledger
    record = json.loads(Path(result.record_path).read_text())
    assert record["action"] == "archive" and record["archive_sha256"] == result.archive_sha256
    assert record["files"] == {
        rel: hashlib.sha256(data).hexdigest() for rel, data in before.items() if not rel.startswith("2026-11-24")
    }
    last = json.loads((recorder.runs_dir / "ledger.jsonl").read_text().splitlines()[-1])
    assert last["kind"] == "archive"
    # an archived run can be read from the archive
    rid = store_with_days["2026-11-12"][0]
    data = read_from_archive(zip_path, f"2026-11-12/{rid}.json")
    assert data == before[f"2026-11-12/{rid}.json"]
    # restore puts every file back, byte for byte, read-only
    restored = restore_archive(recorder, zip_path, operator="Sam")
    assert sorted(restored.restored) == sorted(record["files"])
    assert snapshot(recorder.runs_dir) == before
    art = json.loads((recorder.runs_dir / f"2026-11-12/{rid}.json").read_text())
    assert sha256_json(art["feasibility"]) == art["hashes"]["feasibility_sha256"]
    assert oct(os.stat(recorder.runs_dir / f"2026-11-12/{rid}.json").st_mode & 0o777) == "0o444"
    # restoring twice changes nothing
    again = restore_archive(recorder, zip_path)
    assert again.restored == [] and sorted(again.already_present) == sorted(record["files"])


def test_corrupted_artifact_aborts_and_deletes_nothing(recorder, store_with_days, tmp_path):
    dest = tmp_path / "nas"
    dest.mkdir()
    victim = recorder.runs_dir / f"2026-11-12/{store_with_days['2026-11-12'][0]}.json"
    os.chmod(victim, 0o644)
    victim.write_text(victim.read_text().replace('"GREEN"', '"GREEM"', 1))
    before = snapshot(recorder.runs_dir)
    with pytest.raises(ArchiveAborted) as exc:
        archive_runs(recorder, date(2026, 11, 20), dest, now=NOW)
    assert victim.name in str(exc.value) and "ledger hash mismatch" in str(exc.value)
    assert snapshot(recorder.runs_dir) == before
    assert list(dest.iterdir()) == []
    assert not (recorder.runs_dir / "records" / "archives").exists()


def test_stray_file_in_a_day_folder_aborts(recorder, store_with_days, tmp_path):
    dest = tmp_path / "nas"
    dest.mkdir()
    (recorder.runs_dir / "2026-11-10" / "notes.txt").write_text("hello")
    with pytest.raises(ArchiveAborted, match="not a run file"):
        archive_runs(recorder, date(2026, 11, 20), dest, now=NOW)
    assert (recorder.runs_dir / "2026-11-10" / "notes.txt").exists()


def test_failure_while_writing_the_zip_deletes_nothing(recorder, store_with_days, tmp_path, monkeypatch):
    dest = tmp_path / "nas"
    dest.mkdir()
    before = snapshot(recorder.runs_dir)
    real_write = zipfile.ZipFile.write
    calls = {"n": 0}

    def failing(self, *a, **k):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, *a, **k)

    monkeypatch.setattr(zipfile.ZipFile, "write", failing)
    with pytest.raises(ArchiveAborted, match="nothing was removed"):
        archive_runs(recorder, date(2026, 11, 20), dest, now=NOW)
    assert snapshot(recorder.runs_dir) == before
    assert list(dest.iterdir()) == []


def test_read_back_mismatch_deletes_nothing(recorder, store_with_days, tmp_path, monkeypatch):
    dest = tmp_path / "nas"
    dest.mkdir()
    before = snapshot(recorder.runs_dir)
    monkeypatch.setattr(archive_mod, "sha256_bytes", lambda data: "0" * 64)
    with pytest.raises(ArchiveAborted):
        archive_runs(recorder, date(2026, 11, 20), dest, now=NOW)
    assert snapshot(recorder.runs_dir) == before and list(dest.iterdir()) == []


def test_failing_record_write_deletes_nothing(recorder, store_with_days, tmp_path, monkeypatch):
    dest = tmp_path / "nas"
    dest.mkdir()
    before = snapshot(recorder.runs_dir)

    def no_record(kind, record):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(recorder, "record", no_record)
    with pytest.raises(ArchiveAborted, match="record could not be written"):
        archive_runs(recorder, date(2026, 11, 20), dest, now=NOW)
    assert snapshot(recorder.runs_dir) == before


def test_today_is_never_archived(recorder, store_with_days, tmp_path):
    dest = tmp_path / "nas"
    dest.mkdir()
    result = archive_runs(recorder, date(2030, 1, 1), dest, now=NOW)
    assert "2026-11-24" not in result.days and (recorder.runs_dir / "2026-11-24").is_dir()


def test_restore_refuses_conflicting_files(recorder, store_with_days, tmp_path):
    dest = tmp_path / "nas"
    dest.mkdir()
    result = archive_runs(recorder, date(2026, 11, 20), dest, now=NOW)
    rid = store_with_days["2026-11-12"][0]
    (recorder.runs_dir / "2026-11-12").mkdir()
    (recorder.runs_dir / f"2026-11-12/{rid}.json").write_text("{}")
    with pytest.raises(ArchiveAborted, match="different content"):
        restore_archive(recorder, Path(result.archive_path))
    assert sorted(p.name for p in (recorder.runs_dir / "2026-11-12").iterdir()) == [f"{rid}.json"]


def test_a_tampered_archive_is_not_restored(recorder, store_with_days, tmp_path):
    dest = tmp_path / "nas"
    dest.mkdir()
    result = archive_runs(recorder, date(2026, 11, 20), dest, now=NOW)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(result.archive_path) as src, zipfile.ZipFile(bad, "w") as out:
        for item in src.namelist():
            data = src.read(item)
            if item.endswith(".json") and item != archive_mod.MANIFEST_NAME:
                data = data.replace(b'"OK"', b'"OJ"', 1)
            out.writestr(item, data)
    with pytest.raises(ArchiveAborted, match="does not match its manifest hash"):
        restore_archive(recorder, bad)
    assert not (recorder.runs_dir / "2026-11-10").exists()


def test_path_traversal_members_are_refused(recorder, tmp_path):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr(
            archive_mod.MANIFEST_NAME,
            json.dumps({"format": "rmos-runs-archive", "version": 1, "files": {"../../etc/x": "0" * 64}}),
        )
        zf.writestr("../../etc/x", "boom")
    with pytest.raises(ArchiveAborted, match="not a run file path"):
        restore_archive(recorder, evil)
