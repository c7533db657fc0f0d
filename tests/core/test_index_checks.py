"""The run index checks its rows against the files (issue 16 M2) and survives a cache it cannot use (L1).

Expected values come from the artifact files or the factory's inputs, never from the index under test."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from rmos_desktop.core.runs.index import RunIndex, RunQuery
from rmos_desktop.core.runs.index import db as index_db
from rmos_desktop.core.runs.index.rows import Sealer
from rmos_desktop.core.runs.recorder import RunRecorder
from tests.core.test_index import T0, add_runs, from_files, mixed_specs


@pytest.fixture
def indexed(tmp_path, runs_dir):
    index = RunIndex.open(runs_dir, path=tmp_path / "cache" / "index.sqlite3")
    index.reconcile()
    recorder = RunRecorder.open(runs_dir, index=index)
    yield recorder, index
    index.close()


def edit(index: RunIndex, sql: str, args: tuple = ()) -> int:
    """Change the index file as someone with the sqlite3 shell would (another connection)."""
    with sqlite3.connect(index.path) as conn:
        return conn.execute(sql, args).rowcount


def statuses(index: RunIndex) -> dict[str, tuple]:
    return {r.run_id: (r.status, r.risk_level, r.block_reason) for r in index.iter_query(RunQuery(), page_size=7)}


def file_statuses(runs_dir: Path) -> dict[str, tuple]:
    out = {}
    for path in runs_dir.glob("20*/*.json"):
        raw = json.loads(path.read_text(encoding="utf-8"))
        out[raw["run_id"]] = (raw["status"], raw["decision"]["risk_level"], raw["decision"]["block_reason"])
    return out


def awaiting_from_files(runs_dir: Path) -> int:
    reviewed = {json.loads(p.read_text(encoding="utf-8"))["run_id"] for p in runs_dir.glob("records/reviews/*/*.json")}
    return sum(1 for run_id, s in file_statuses(runs_dir).items() if s[0] == "BLOCKED" and run_id not in reviewed)


# -- M2: rows checked against their files -------------------------------------------------------------------
def test_an_edited_row_is_repaired_on_reconcile(indexed, runs_dir):
    recorder, index = indexed
    arts = add_runs(recorder, mixed_specs(9))
    blocked = [a for a in arts if a.status == "BLOCKED"]
    recorder.record_review(blocked[0].run_id, reviewer="Sam", disposition="acknowledged")
    assert index.count_awaiting_review() == awaiting_from_files(runs_dir) == len(blocked) - 1
    assert edit(index, "UPDATE runs SET status='OK', risk_level='GREEN', block_reason=NULL WHERE status='BLOCKED'")
    assert index.count(RunQuery(status=("BLOCKED",))) == 0  # believed until the next reconcile…

    report = index.reconcile()
    assert sorted(report.repaired) == sorted(f"{a.day}/{a.run_id}.json" for a in blocked)
    assert statuses(index) == file_statuses(runs_dir)
    assert index.count_awaiting_review() == awaiting_from_files(runs_dir) == len(blocked) - 1
    assert index.count(RunQuery(text="blade speed")) == len(blocked)  # the full-text index follows
    assert not index.reconcile().repaired  # repaired once, then quiet


def test_review_counts_come_from_the_records_not_from_a_column(indexed, runs_dir):
    recorder, index = indexed
    arts = add_runs(recorder, mixed_specs(6))
    blocked = next(a for a in arts if a.status == "BLOCKED")
    fake = f"records/reviews/{blocked.day}/{'e' * 32}.json"
    edit(
        index,
        "INSERT INTO records (path, kind, record_id, run_id, created_us, disposition, reviewer) "
        "VALUES (?, 'review', ?, ?, 1, 'acknowledged', 'nobody')",
        (fake, "e" * 32, blocked.run_id),
    )
    report = index.reconcile()
    assert fake in report.repaired
    assert index.get(blocked.run_id).review_count == 0 and index.get(blocked.run_id).awaiting_review
    assert index.count_awaiting_review() == awaiting_from_files(runs_dir)
    with sqlite3.connect(index.path) as conn:  # no column left to edit
        columns = {r[1] for r in conn.execute("PRAGMA table_info(runs)")}
    assert not {"awaiting_review", "review_count", "export_count"} & columns


def test_a_deleted_review_record_file_no_longer_counts(indexed, runs_dir):
    recorder, index = indexed
    arts = add_runs(recorder, mixed_specs(3))
    blocked = next(a for a in arts if a.status == "BLOCKED")
    stored = recorder.record_review(blocked.run_id, reviewer="Sam", disposition="acknowledged")
    assert index.count_awaiting_review() == 0
    path = stored[1].path
    path.chmod(0o644)
    path.unlink()
    index.reconcile()
    assert index.count_awaiting_review() == awaiting_from_files(runs_dir) == 1


def test_a_row_without_a_file_and_a_broken_seal_is_dropped(indexed, runs_dir):
    recorder, index = indexed
    arts = add_runs(recorder, mixed_specs(3))
    edit(index, "UPDATE runs SET path='2026-01-01/' || run_id || '.json', run_id='f' || substr(run_id, 2) WHERE seq=1")
    index.reconcile()
    assert sorted(r.run_id for r in index.iter_query()) == sorted(a.run_id for a in arts)


def test_a_changed_file_is_read_again(indexed, runs_dir):
    recorder, index = indexed
    (art,) = add_runs(recorder, [{"created": T0, "status": "OK", "job_name": "before"}])
    path = runs_dir / art.day / f"{art.run_id}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["request_summary"]["job_name"] = "after, longer"
    path.chmod(0o644)
    path.write_text(json.dumps(raw, indent=2), encoding="utf-8")  # the audit flags this; the index follows it
    report = index.reconcile()
    assert report.repaired == [f"{art.day}/{art.run_id}.json"]
    assert index.get(art.run_id).job_name == "after, longer"
    with sqlite3.connect(index.path) as conn:
        sha = conn.execute("SELECT file_sha256 FROM runs WHERE run_id=?", (art.run_id,)).fetchone()[0]
    assert sha == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_forged_seal_passes_the_quick_check_but_not_the_full_verify(indexed, runs_dir, tmp_path):
    recorder, index = indexed
    arts = add_runs(recorder, mixed_specs(3))
    blocked = next(a for a in arts if a.status == "BLOCKED")
    sealer = Sealer((tmp_path / "cache" / "seal.key").read_bytes())  # someone who found the key
    with sqlite3.connect(index.path) as conn:
        conn.create_function(index_db.SEAL_FUNCTION, 1, sealer.seal_text)
        conn.execute("UPDATE runs SET status='OK' WHERE run_id=?", (blocked.run_id,))
        resealed = f"UPDATE runs SET seal = {index_db.seal_of(index_db.RUN_SEALED)} WHERE run_id=?"
        assert conn.execute(resealed, (blocked.run_id,)).rowcount == 1
    assert not index.reconcile().repaired and index.get(blocked.run_id).status == "OK"  # as documented
    report = index.reconcile(full=True)
    assert report.repaired == [f"{blocked.day}/{blocked.run_id}.json"]
    assert statuses(index) == file_statuses(runs_dir)


def test_a_lost_seal_key_or_a_damaged_table_rebuilds(indexed, runs_dir, tmp_path):
    recorder, index = indexed
    arts = add_runs(recorder, mixed_specs(3))
    index.close()
    (tmp_path / "cache" / "seal.key").unlink()
    again = RunIndex.open(runs_dir, path=index.path)
    assert again.count() == 3 and "another key" in again.last_rebuild_reason
    again.close()
    edit(again, "ALTER TABLE runs DROP COLUMN seal")
    third = RunIndex.open(runs_dir, path=index.path)
    assert sorted(r.run_id for r in third.iter_query()) == sorted(a.run_id for a in arts)
    assert "lacks" in third.last_rebuild_reason
    third.close()


# -- L1: a cache that cannot be used ------------------------------------------------------------------------
def test_a_cache_that_cannot_be_opened_lists_from_the_files(tmp_path, runs_dir, monkeypatch, caplog):
    writer = RunIndex.open(runs_dir, path=tmp_path / "writer.sqlite3")
    add_runs(RunRecorder.open(runs_dir, index=writer), mixed_specs(5))
    writer.close()
    real = sqlite3.connect

    def full(database, *args, **kw):
        if str(database) != ":memory:":
            raise sqlite3.OperationalError("database or disk is full")
        return real(database, *args, **kw)

    monkeypatch.setattr(index_db.sqlite3, "connect", full)
    path = tmp_path / "cache" / "index.sqlite3"
    index = RunIndex.open(runs_dir, path=path)
    assert {r.run_id: r.status for r in index.iter_query()} == {k: v[0] for k, v in file_statuses(runs_dir).items()}
    assert index.fallback == "database or disk is full"
    assert "cannot be used (database or disk is full)" in caplog.text
    assert not path.exists()
    recorder = RunRecorder.open(runs_dir, index=index)
    (new,) = add_runs(recorder, [{"created": T0 + timedelta(days=9)}])  # later runs still show up
    assert index.get(new.run_id).status == "OK" and index.count() == 6
    index.close()


def test_a_cache_that_fills_up_mid_session_falls_back(indexed, runs_dir, monkeypatch):
    recorder, index = indexed
    add_runs(recorder, mixed_specs(3))
    real_tx = index_db.Database.tx

    def full_tx(self):
        if not self.in_memory:
            raise sqlite3.OperationalError("database or disk is full")
        return real_tx(self)

    monkeypatch.setattr(index_db.Database, "tx", full_tx)
    (late,) = add_runs(recorder, [{"created": T0 + timedelta(days=3), "status": "BLOCKED"}])
    assert index.fallback == "database or disk is full"
    assert index.get(late.run_id).status == "BLOCKED"
    assert index.count() == 4 and index.count_awaiting_review() == awaiting_from_files(runs_dir)
    assert index.path.stat().st_size > 0  # the earlier cache file is kept for the next process


def test_no_empty_index_file_is_left_when_the_first_write_fails(tmp_path, runs_dir, monkeypatch):
    add_runs(RunRecorder.open(runs_dir), mixed_specs(2))
    real = sqlite3.connect

    class Full(sqlite3.Connection):
        def execute(self, sql, *args):
            if sql.startswith("PRAGMA journal_mode"):
                raise sqlite3.OperationalError("database or disk is full")
            return super().execute(sql, *args)

    def connect(database, *args, **kw):
        if str(database) != ":memory:":
            kw["factory"] = Full
        return real(database, *args, **kw)

    monkeypatch.setattr(index_db.sqlite3, "connect", connect)
    path = tmp_path / "cache" / "index.sqlite3"
    index = RunIndex.open(runs_dir, path=path)
    assert sorted(r.run_id for r in index.iter_query()) == sorted(from_files(runs_dir))
    assert not path.exists()
    index.close()


def test_edits_by_another_program_are_noticed_even_without_the_counting_triggers(indexed, runs_dir):
    recorder, index = indexed
    arts = add_runs(recorder, mixed_specs(6))
    recorder.record_review(arts[1].run_id, reviewer="Sam", disposition="acknowledged")
    index.reconcile()
    assert index.db.edits_sealed()  # only this app wrote: the quick reconcile skips the seal scan
    with sqlite3.connect(index.path) as conn:
        names = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE '%edit%'")
        ]
        assert len(names) == 6
        for name in names:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE runs SET status='OK', risk_level='GREEN' WHERE status='BLOCKED'")
    assert not index.db.edits_sealed()
    report = index.reconcile()
    assert len(report.repaired) == sum(1 for a in arts if a.status == "BLOCKED")
    assert statuses(index) == file_statuses(runs_dir)
    assert index.db.edits_sealed()  # the triggers are back and the count sealed again
    add_runs(recorder, [{"created": T0 + timedelta(days=5)}])
    assert index.db.edits_sealed()  # this app's own writes keep it sealed


def test_a_runs_folder_that_cannot_be_listed_is_not_blamed_on_the_cache(indexed, runs_dir, monkeypatch):
    recorder, index = indexed
    add_runs(recorder, mixed_specs(2))
    index.close()

    def unlistable(self):
        raise PermissionError(13, "Permission denied", str(runs_dir))

    monkeypatch.setattr(type(index.store), "day_folders", unlistable)
    with pytest.raises(PermissionError):
        index.reconcile()
    assert index.fallback is None  # the cache was fine; the error is about the runs folder
