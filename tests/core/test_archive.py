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


# -- M5: restore takes back only this runs directory's records ---------------------------------------------
def archived(recorder, tmp_path, name="nas") -> Path:
    dest = tmp_path / name
    dest.mkdir()
    return Path(archive_runs(recorder, date(2026, 11, 20), dest, now=NOW).archive_path)


def rewrite_zip(src: Path, out: Path, change) -> None:
    """Copy a zip, letting `change(name, data)` alter members, and make the manifest match itself again."""
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members.pop(archive_mod.MANIFEST_NAME))
    members = {n: change(n, d) for n, d in members.items()}
    manifest["files"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(archive_mod.MANIFEST_NAME, json.dumps(manifest))
        for n, d in members.items():
            zf.writestr(n, d)


def no_restore_happened(recorder, before) -> None:
    assert snapshot(recorder.runs_dir) == before
    assert not (recorder.runs_dir / "records" / "archives").exists() or all(
        json.loads(p.read_bytes())["action"] == "archive"
        for p in (recorder.runs_dir / "records").rglob("*.json")
        if "archives" in p.parts
    )


def test_a_foreign_archive_is_refused(recorder, store_with_days, tmp_path, catalog):
    from rmos_desktop.core.runs.recorder import RunRecorder

    other = RunRecorder.open(tmp_path / "other-shop")
    run_on(other, catalog, datetime(2026, 11, 11, 9, tzinfo=UTC))
    foreign = archived(other, tmp_path, "other-nas")
    before = snapshot(recorder.runs_dir)
    with pytest.raises(ArchiveAborted, match="foreign or planted") as exc:
        restore_archive(recorder, foreign)
    assert "nothing was restored" in str(exc.value)
    no_restore_happened(recorder, before)


def test_garbage_under_an_artifact_name_is_refused_although_the_manifest_matches(recorder, store_with_days, tmp_path):
    real = archived(recorder, tmp_path)
    before = snapshot(recorder.runs_dir)
    for target, problem in ((".json", "differs from the artifact the ledger recorded"), (".nc", "gcode_sha256")):
        bad = tmp_path / f"bad{target}.zip"
        rewrite_zip(real, bad, lambda n, d, t=target: b"garbage " + d if n.endswith(t) else d)
        names = zipfile.ZipFile(bad).namelist()
        if not any(n.endswith(target) for n in names):
            continue  # no sidecar among these runs
        with pytest.raises(ArchiveAborted, match=problem):
            restore_archive(recorder, bad)
        no_restore_happened(recorder, before)


def test_an_artifact_vouched_for_only_by_an_unsigned_line_is_refused(recorder, store_with_days, tmp_path, catalog):
    from rmos_desktop.core.runs.recorder import RunRecorder

    other = RunRecorder.open(tmp_path / "other-shop")
    rid = run_on(other, catalog, datetime(2026, 11, 11, 9, tzinfo=UTC))
    foreign = archived(other, tmp_path, "other-nas")
    rel = f"2026-11-11/{rid}.json"
    sha = json.loads(zipfile.ZipFile(foreign).read(archive_mod.MANIFEST_NAME))["files"][rel]
    RunRecorder.open(recorder.runs_dir).ledger.append(kind="artifact", run_id=rid, path=rel, sha256=sha)  # no key
    with pytest.raises(ArchiveAborted, match="not signed"):
        restore_archive(recorder, foreign)
    assert not (recorder.runs_dir / rel).exists()


def test_an_oversized_member_is_refused_from_its_header(recorder, store_with_days, tmp_path, monkeypatch):
    real = archived(recorder, tmp_path)
    monkeypatch.setattr(archive_mod, "MAX_MEMBER_BYTES", 1000)
    reads = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(
        zipfile.ZipFile, "open", lambda self, name, *a, **k: reads.append(name) or real_open(self, name, *a, **k)
    )
    with pytest.raises(ArchiveAborted, match="more than the 1000 bytes"):
        restore_archive(recorder, real)
    assert all(getattr(n, "filename", n) == archive_mod.MANIFEST_NAME for n in reads), reads  # no member opened


def test_a_zip_bomb_member_is_refused(recorder, tmp_path):
    bomb = tmp_path / "bomb.zip"
    rel = "2026-11-10/" + "ab" * 16 + ".nc"
    zeros = b"\0" * (8 * 1024 * 1024)
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        manifest = {"format": "rmos-runs-archive", "version": 1, "files": {rel: hashlib.sha256(zeros).hexdigest()}}
        zf.writestr(archive_mod.MANIFEST_NAME, json.dumps(manifest))
        zf.writestr(rel, zeros)
    with pytest.raises(ArchiveAborted, match="zip bomb"):
        restore_archive(recorder, bomb)


@pytest.mark.parametrize(
    "manifest, message",
    [
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"{not json", "not JSON"),
        (b"[]", "not an RMOS runs archive"),
        (
            json.dumps({"format": "rmos-runs-archive", "files": {"2026-01-01/" + "a" * 32 + ".json": 7}}).encode(),
            "SHA-256",
        ),
    ],
)
def test_a_hostile_manifest_gives_a_plain_error(recorder, tmp_path, manifest, message):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr(archive_mod.MANIFEST_NAME, manifest)
    with pytest.raises(ArchiveAborted, match=message):
        restore_archive(recorder, bad)


@pytest.mark.parametrize("what", ["/dev/zero", "fifo", "folder", "missing", "text"])
def test_what_is_not_a_zip_file_is_named(recorder, tmp_path, what):
    path = {
        "/dev/zero": Path("/dev/zero"),
        "fifo": tmp_path / "p",
        "folder": tmp_path,
        "missing": tmp_path / "x.zip",
    }.get(what, tmp_path / "t.zip")
    if what == "fifo":
        os.mkfifo(path)
    if what == "text":
        path.write_text("hello")
    with pytest.raises(ArchiveAborted) as exc:
        restore_archive(recorder, path)
    expected = "does not exist" if what == "missing" else "is not a zip file"
    assert expected in str(exc.value)


def test_an_unsigned_older_ledger_restores_without_any_key(tmp_path, catalog):
    from rmos_desktop.core.runs.recorder import RunRecorder

    recorder = RunRecorder.open(tmp_path / "old-shop")  # a ledger written before signing
    rid = run_on(recorder, catalog, datetime(2026, 11, 11, 9, tzinfo=UTC))
    zip_path = archived(recorder, tmp_path)
    result = restore_archive(recorder, zip_path, trust=[])
    assert result.restored == [f"2026-11-11/{rid}.json"]


def test_a_signed_ledger_line_without_a_trusted_key_is_not_taken_on_trust(recorder, store_with_days, tmp_path):
    zip_path = archived(recorder, tmp_path)
    with pytest.raises(ArchiveAborted, match="no trusted public key"):
        restore_archive(recorder, zip_path, trust=[])
    with pytest.raises(ArchiveAborted, match="not trusted"):
        from rmos_desktop.core.runs.keys import SigningKey

        restore_archive(recorder, zip_path, trust=[SigningKey.generate().public()])
    assert restore_archive(recorder, zip_path).restored  # the station's own key, by default
