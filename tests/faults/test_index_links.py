"""Issue 16 M6, the run index: `rmos runs list` reads no file through a link. An artifact name in a day
folder that is a link (to /etc/passwd, or to a run file kept elsewhere) is listed as UNREADABLE with the
reason "a link, not a file", never read; a record file that is a link is left out of the index (so a review
kept outside the runs directory does not mark a run reviewed); `RunStore.records_for` skips links too."""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from rmos_desktop.core.runs.store import RunStore
from tests.cli.helpers import rmos, rmos_json
from tests.conftest import REPO

GREEN = REPO / "resources" / "examples" / "green-veneer-line.json"
LINK_REASON = "a link, not a file"


@pytest.fixture
def blocked_run(tmp_path):
    """A runs directory holding one BLOCKED run (RED: 20,000 rpm), and its id; a private index cache."""
    runs = tmp_path / "runs"
    env = {"RMOS_CACHE_DIR": str(tmp_path / "cache")}
    red = json.loads(GREEN.read_text())
    red.update(rpm=20000)
    job = tmp_path / "red.json"
    job.write_text(json.dumps(red))
    rc, out, err = rmos_json("generate", job, runs_dir=runs, env=env)
    assert rc == 3, err
    return runs, env, out.get("_run_id") or out["run_id"]


def _listed(runs: Path, env: dict) -> dict[str, dict]:
    rc, out, err = rmos_json("runs", "list", runs_dir=runs, env=env)
    assert rc == 0, err
    assert "Traceback" not in err
    return {row["path"]: row for row in out["runs"]}


def _fresh_cache(env: dict) -> None:
    """Drop the index cache, so the next command reads every file again (as a first start would)."""
    shutil.rmtree(env["RMOS_CACHE_DIR"], ignore_errors=True)


def test_runs_list_reads_no_artifact_through_a_link(blocked_run, tmp_path):
    runs, env, run_id = blocked_run
    day = next(p for p in runs.iterdir() if p.is_dir() and p.name[:2] == "20")
    # a run file kept outside the runs directory, named in a day folder by a link: a plausible OK run
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    planted = json.loads((day / f"{run_id}.json").read_text())
    fake_id = "ab" * 16
    planted.update(run_id=fake_id, status="OK")
    (outside / f"{fake_id}.json").write_text(json.dumps(planted))
    os.symlink(outside / f"{fake_id}.json", day / f"{fake_id}.json")
    passwd_id = "cd" * 16
    os.symlink("/etc/passwd", day / f"{passwd_id}.json")
    for attempt in ("first start", "reconcile of a known index"):
        if attempt == "first start":
            _fresh_cache(env)
        rows = _listed(runs, env)
        assert set(rows) == {f"{day.name}/{rid}.json" for rid in (run_id, fake_id, passwd_id)}, attempt
        for rid in (fake_id, passwd_id):
            row = rows[f"{day.name}/{rid}.json"]
            assert row["status"] == "UNREADABLE", (attempt, row)
            assert row["problem"] == LINK_REASON, (attempt, row)
            assert row["tool_id"] is None and row["gcode_sha256"] is None
        assert rows[f"{day.name}/{run_id}.json"]["status"] == "BLOCKED"


def test_runs_list_follows_a_run_file_replaced_by_a_link_no_further(blocked_run, tmp_path):
    """A run the index already lists, whose file is then swapped for a link to a copy elsewhere."""
    runs, env, run_id = blocked_run
    rows = _listed(runs, env)
    (rel,) = rows
    assert rows[rel]["status"] == "BLOCKED"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    copy = outside / f"{run_id}.json"
    os.replace(runs / rel, copy)
    os.symlink(copy, runs / rel)
    row = _listed(runs, env)[rel]
    assert row["status"] == "UNREADABLE" and row["problem"] == LINK_REASON


def test_a_review_record_that_is_a_link_does_not_review_the_run(blocked_run, tmp_path):
    runs, env, run_id = blocked_run
    proc = rmos("runs", "review", run_id, "--by", "Sam", "--disposition", "acknowledged", runs_dir=runs, env=env)
    assert proc.returncode == 0, proc.stderr
    (row,) = _listed(runs, env).values()
    assert row["review_count"] == 1 and row["awaiting_review"] == 0
    # the review now lives outside the runs directory, named by a link in records/reviews/<day>/
    (record,) = (runs / "records" / "reviews").glob("*/*.json")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    os.replace(record, outside / record.name)
    os.symlink(outside / record.name, record)
    for attempt in ("reconcile of a known index", "first start"):
        if attempt == "first start":
            _fresh_cache(env)
        (row,) = _listed(runs, env).values()
        assert row["review_count"] == 0 and row["awaiting_review"] == 1, (attempt, row)
        assert row["last_reviewer"] is None
    # the store's own scan (export provenance, the run report) skips it as well
    assert RunStore(runs).records_for(run_id, "review") == []


def test_records_for_reads_real_records_and_skips_links(blocked_run, tmp_path):
    runs, env, run_id = blocked_run
    for who in ("Ana", "Sam"):
        proc = rmos("runs", "review", run_id, "--by", who, "--disposition", "acknowledged", runs_dir=runs, env=env)
        assert proc.returncode == 0, proc.stderr
    store = RunStore(runs)
    assert [r["reviewer"] for r in store.records_for(run_id, "review")] == ["Ana", "Sam"]
    records = sorted((runs / "records" / "reviews").glob("*/*.json"))
    ana = next(p for p in records if json.loads(p.read_text())["reviewer"] == "Ana")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    os.replace(ana, outside / ana.name)
    os.symlink(outside / ana.name, ana)
    assert [r["reviewer"] for r in store.records_for(run_id, "review")] == ["Sam"]
    # a linked day folder of records is not scanned either
    day = ana.parent
    moved = outside / "day"
    os.replace(day, moved)
    os.symlink(moved, day)
    assert store.records_for(run_id, "review") == []


def test_a_fifo_under_an_artifact_name_does_not_hang_the_listing(blocked_run):
    """A FIFO named like a run file: opening it for reading would wait for a writer forever."""
    runs, env, run_id = blocked_run
    day = next(p for p in runs.iterdir() if p.is_dir() and p.name[:2] == "20")
    fifo_id = "ef" * 16
    os.mkfifo(day / f"{fifo_id}.json")
    _fresh_cache(env)
    done: dict[str, dict] = {}
    worker = threading.Thread(target=lambda: done.update(_listed(runs, env)), daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():  # unblock the child so the test ends, then fail
        fd = os.open(day / f"{fifo_id}.json", os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        worker.join(30)
        pytest.fail("rmos runs list hung on a FIFO named like a run file")
    row = done[f"{day.name}/{fifo_id}.json"]
    assert row["status"] == "UNREADABLE" and row["problem"] == "a FIFO, not a file"
    assert done[f"{day.name}/{run_id}.json"]["status"] == "BLOCKED"


def test_parse_artifact_file_names_what_it_did_not_read(tmp_path):
    """The index's reader, without a subprocess: a link (even to a valid run file), a dangling link, a FIFO
    and a folder under a run's name each give an UNREADABLE row saying what stands there; no stamp."""
    from rmos_desktop.core.runs.index.db import DERIVED_COLUMNS
    from rmos_desktop.core.runs.index.rows import NO_STAMP, parse_artifact_file

    day = tmp_path / "2026-01-01"
    day.mkdir()
    target = tmp_path / "target.json"
    target.write_text("{}")
    cases = {
        "a1" * 16: ("a link, not a file", lambda p: os.symlink(target, p)),
        "a2" * 16: ("a link, not a file", lambda p: os.symlink(tmp_path / "gone.json", p)),
        "a3" * 16: ("a FIFO, not a file", os.mkfifo),
        "a4" * 16: ("a folder, not a file", os.mkdir),
    }
    for rid, (reason, make) in cases.items():
        make(day / f"{rid}.json")
        rel = f"{day.name}/{rid}.json"
        derived, problem, stamp = parse_artifact_file(day / f"{rid}.json", rel)
        row = dict(zip(DERIVED_COLUMNS, derived, strict=True))
        assert (row["status"], row["problem"], row["run_id"], problem) == ("UNREADABLE", reason, rid, "unreadable")
        assert stamp == NO_STAMP
    assert target.read_text() == "{}"
