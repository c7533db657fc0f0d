"""The run index: rebuild equals incremental indexing, reconcile finds other writers' files, a corrupt or
old index is rebuilt, unreadable files are listed, every filter, keyset pagination, archived runs.

Expected values come from the artifact files themselves (json.loads) or from the factory's inputs, never
from the index under test."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from rmos_desktop.core.decision import RunDecision
from rmos_desktop.core.hashing import sha256_json, sha256_text
from rmos_desktop.core.runs.index import INDEX_SCHEMA, InvalidCursor, RunIndex, RunQuery
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import Hashes, InvalidRunId, RunArtifact, RunOutputs
from rmos_desktop.core.runs.store import ArtifactNotFound
from tests.conftest import REPO

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def synth(
    *,
    created: datetime,
    status: str = "OK",
    tool_id: str = "saw:veneer_160",
    material: str = "hardwood",
    risk: str | None = None,
    operator: str | None = "Dana",
    job_name: str = "job",
    order_ref: str | None = None,
    warnings: tuple[str, ...] = (),
    mode: str = "saw",
    gcode: str = "G21\nG90\nG0 X0 Y0\nM2\n",
    sidecar: bool = False,
) -> RunArtifact:
    """A small but valid artifact (its hashes match what it holds)."""
    risk = risk or {"OK": "GREEN", "BLOCKED": "RED", "ERROR": "UNKNOWN"}[status]
    summary = {"tool_id": tool_id, "material": material, "machine": "default", "job_name": job_name}
    if order_ref:
        summary["order_ref"] = order_ref
    feasibility = {"risk_level": risk, "calculators": [], "warnings": list(warnings)}
    ok = status == "OK"
    return RunArtifact(
        run_id=new_id(),
        created_at_utc=created,
        mode=mode,
        tool_id=tool_id,
        status=status,
        request_sha256=sha256_json(summary),
        request_summary=summary,
        feasibility=feasibility,
        decision=RunDecision(
            risk_level=risk,
            score=90.0 if ok else 0.0,
            block_reason="Blade speed too high" if status == "BLOCKED" else None,
            warnings=list(warnings),
        ),
        hashes=Hashes(feasibility_sha256=sha256_json(feasibility), gcode_sha256=sha256_text(gcode) if ok else None),
        outputs=RunOutputs(gcode_text=gcode if ok and not sidecar else None, gcode_path=None),
        meta={"operator": operator, "app_version": "test"},
    )


def add_runs(recorder: RunRecorder, specs: list[dict]) -> list[RunArtifact]:
    """Write synthetic runs through the real recorder (ledger, durable write, index update).
    `sidecar=True` stores the G-code beside the artifact as <run_id>.nc, as large programs are."""
    out = []
    for spec in specs:
        artifact = synth(**spec)
        gcode = None
        if spec.get("sidecar"):
            gcode = spec.get("gcode", "G21\nG90\nG0 X0 Y0\nM2\n")
            artifact = artifact.model_copy(update={"outputs": RunOutputs(gcode_path=f"{artifact.run_id}.nc")})
        recorder.record_artifact(artifact, gcode_sidecar=gcode)
        out.append(artifact)
    return out


def mixed_specs(n: int = 12, start: datetime = T0) -> list[dict]:
    statuses = ["OK", "BLOCKED", "ERROR"]
    tools = ["saw:veneer_160", "saw:kerf_cut_v1", "router:flat_6"]
    return [
        {
            "created": start + timedelta(hours=5 * i),
            "status": statuses[i % 3],
            "tool_id": tools[(i // 3) % 3],
            "material": "hardwood" if i % 2 else "softwood",
            "operator": "Dana" if i % 4 else "Lee",
            "job_name": f"job-{i}",
            "order_ref": f"ord{i:03d}",
            "mode": tools[(i // 3) % 3].split(":")[0],
            "warnings": ("bite below band",) if i % 5 == 0 else (),
        }
        for i in range(n)
    ]


@pytest.fixture
def indexed(tmp_path, runs_dir):
    index = RunIndex.open(runs_dir, path=tmp_path / "cache" / "index.sqlite3")
    index.reconcile()  # an empty, complete index: incremental updates go in from now on
    recorder = RunRecorder.open(runs_dir, index=index)
    yield recorder, index
    index.close()


def from_files(runs_dir: Path) -> dict[str, dict]:
    """What the index must hold, read straight from the JSON files."""
    out = {}
    for path in runs_dir.glob("20*/*.json"):
        raw = json.loads(path.read_text(encoding="utf-8"))
        out[raw["run_id"]] = {
            "status": raw["status"],
            "tool_id": raw["tool_id"],
            "material": raw["request_summary"].get("material"),
            "risk_level": raw["decision"]["risk_level"],
            "operator": raw["meta"].get("operator"),
            "job_name": raw["request_summary"].get("job_name"),
            "gcode_sha256": raw["hashes"].get("gcode_sha256"),
            "path": f"{path.parent.name}/{path.name}",
        }
    return out


def listed(index: RunIndex, q: RunQuery | None = None) -> list[str]:
    return [r.run_id for r in index.iter_query(q, page_size=5)]


def snapshot(index: RunIndex) -> dict[str, dict]:
    return {
        r.run_id: {k: v for k, v in r.as_dict().items() if k != "seq"}
        for r in index.iter_query(RunQuery(), page_size=50)
    }


# -- rebuild / incremental / reconcile ----------------------------------------------------------------------
def test_rebuild_equals_incremental_indexing(indexed, runs_dir):
    recorder, index = indexed
    arts = add_runs(recorder, mixed_specs(15))
    recorder.record_review(arts[1].run_id, reviewer="Sam", disposition="acknowledged")
    incremental = snapshot(index)
    expected = from_files(runs_dir)
    assert set(incremental) == set(expected) == {a.run_id for a in arts}
    for run_id, want in expected.items():
        got = incremental[run_id]
        assert {k: got[k] for k in want} == want
    assert incremental[arts[1].run_id]["review_count"] == 1
    assert incremental[arts[1].run_id]["last_disposition"] == "acknowledged"

    report = index.rebuild()
    assert report.added == 15 and report.records_added == 1 and not report.unreadable
    assert snapshot(index) == incremental


def test_artifact_written_by_a_second_process_shows_up_after_reconcile(indexed, runs_dir):
    recorder, index = indexed
    add_runs(recorder, mixed_specs(2))
    assert index.count() == 2
    script = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from rmos_desktop.core.catalog import load_catalog\n"
        "from rmos_desktop.core.pipeline import rmos_toolpaths\n"
        "from rmos_desktop.core.resources import examples_dir\n"
        "from rmos_desktop.core.runs.recorder import RunRecorder\n"
        "raw = json.loads((examples_dir() / 'green-veneer-line.json').read_text())\n"
        "recorder = RunRecorder.open(Path(sys.argv[1]))\n"
        "out = rmos_toolpaths(raw, recorder=recorder, catalog=load_catalog(user_dir=False).catalog)\n"
        "print(out['_run_id'])\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(runs_dir)], capture_output=True, text=True, cwd=REPO, check=True
    )
    other = proc.stdout.strip()
    assert len(other) == 32
    assert other not in listed(index)  # the other process did not tell this index
    report = index.reconcile()
    assert report.added == 1 and not report.rebuilt
    row = index.get(other)
    want = from_files(runs_dir)[other]
    assert (row.status, row.tool_id, row.gcode_sha256) == (want["status"], want["tool_id"], want["gcode_sha256"])
    assert index.count() == 3


def test_a_corrupt_index_is_rebuilt(indexed, runs_dir):
    recorder, index = indexed
    arts = add_runs(recorder, mixed_specs(4))
    path = index.path
    index.close()
    path.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    again = RunIndex.open(runs_dir, path=path)
    assert sorted(listed(again)) == sorted(a.run_id for a in arts)
    assert again.last_rebuild_reason and "damaged" in again.last_rebuild_reason
    again.close()


def test_a_deleted_or_old_schema_index_is_rebuilt(indexed, runs_dir):
    recorder, index = indexed
    arts = add_runs(recorder, mixed_specs(3))
    index.close()
    with sqlite3.connect(index.path) as conn:
        conn.execute(f"PRAGMA user_version={INDEX_SCHEMA - 1}")
    old = RunIndex.open(runs_dir, path=index.path)
    assert old.count() == 3 and "schema" in old.last_rebuild_reason
    old.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index.path}{suffix}").unlink(missing_ok=True)
    fresh = RunIndex.open(runs_dir, path=index.path)
    assert sorted(listed(fresh)) == sorted(a.run_id for a in arts)
    fresh.close()


def test_a_corrupt_artifact_file_is_listed_as_unreadable(indexed, runs_dir):
    recorder, index = indexed
    add_runs(recorder, mixed_specs(2))
    bad_id = "ab" * 16
    (runs_dir / "2026-03-02").mkdir(exist_ok=True)
    (runs_dir / "2026-03-02" / f"{bad_id}.json").write_text('{"run_id": "truncated', encoding="utf-8")
    wrong_id = "cd" * 16
    (runs_dir / "2026-03-02" / f"{wrong_id}.json").write_text('{"run_id": "' + wrong_id + '"}', encoding="utf-8")
    (runs_dir / "2026-03-02" / "notes.json").write_text("{}", encoding="utf-8")  # not a run file name: ignored
    report = index.reconcile()
    assert sorted(report.unreadable) == [f"2026-03-02/{bad_id}.json", f"2026-03-02/{wrong_id}.json"]
    rows = {r.run_id: r for r in index.iter_query(RunQuery(status=("UNREADABLE",)))}
    assert set(rows) == {bad_id, wrong_id}
    assert "not a valid run record" in rows[wrong_id].problem and "Field required" in rows[wrong_id].problem
    assert rows[bad_id].problem.startswith("Invalid JSON")
    assert index.count() == 4  # listed with the others, never skipped
    assert sorted(index.rebuild().unreadable) == sorted(report.unreadable)


# -- queries ------------------------------------------------------------------------------------------------
def test_every_filter(indexed):
    recorder, index = indexed
    specs = mixed_specs(12)
    arts = add_runs(recorder, specs)
    ids = [a.run_id for a in arts]

    def expect(pred) -> set[str]:
        return {ids[i] for i, s in enumerate(specs) if pred(i, s)}

    def got(**kw) -> set[str]:
        return set(listed(index, RunQuery(**kw)))

    assert got(status=("BLOCKED",)) == expect(lambda i, s: s["status"] == "BLOCKED")
    assert got(status=("ok", "error")) == expect(lambda i, s: s["status"] in ("OK", "ERROR"))
    assert got(mode="router") == expect(lambda i, s: s["tool_id"].startswith("router:"))
    assert got(mode="ROUTER") == got(mode="Router") == expect(lambda i, s: s["tool_id"].startswith("router:"))
    assert got(tool_prefix="saw:") == expect(lambda i, s: s["tool_id"].startswith("saw:"))
    assert got(tool_prefix="saw:kerf") == expect(lambda i, s: s["tool_id"] == "saw:kerf_cut_v1")
    assert got(material="softwood") == expect(lambda i, s: s["material"] == "softwood")
    assert got(risk_level=("red",)) == expect(lambda i, s: s["status"] == "BLOCKED")
    assert got(operator="lee") == expect(lambda i, s: s["operator"] == "Lee")
    assert got(text="ORD007") == {ids[7]}
    assert got(text=ids[3][:10]) == {ids[3]}
    assert got(text="bite below") == expect(lambda i, s: bool(s["warnings"]))
    gcode_sha = hashlib.sha256(b"G21\nG90\nG0 X0 Y0\nM2\n").hexdigest()  # every OK run of the factory
    assert got(text=gcode_sha[:8].upper()) == expect(lambda i, s: s["status"] == "OK")
    assert got(text="ord00") == set(ids[:10])  # ord000 … ord009, not ord010
    assert got(status=("BLOCKED",), material="hardwood") == expect(
        lambda i, s: s["status"] == "BLOCKED" and s["material"] == "hardwood"
    )
    # review state
    recorder.record_review(ids[1], reviewer="Sam", disposition="false_positive")
    assert got(review="reviewed") == {ids[1]}
    assert got(review="unreviewed") == set(ids) - {ids[1]}
    assert index.count_awaiting_review() == len(expect(lambda i, s: s["status"] == "BLOCKED")) - 1
    # unreviewed BLOCKED first, then newest first
    order = listed(index, RunQuery(unreviewed_first=True))
    awaiting = [ids[i] for i in reversed(range(12)) if specs[i]["status"] == "BLOCKED" and i != 1]
    assert order[: len(awaiting)] == awaiting
    assert listed(index) == list(reversed(ids))
    assert listed(index, RunQuery(oldest_first=True)) == ids
    with pytest.raises(ValueError, match="status"):
        index.query(RunQuery(status=("DONE",)))


def test_dates_are_local_days_while_storage_is_utc(indexed, monkeypatch):
    """In Chicago (UTC−5 in March after the DST change) 04:30 UTC on the 10th is 23:30 on the 9th."""
    monkeypatch.setenv("TZ", "America/Chicago")
    time.tzset()
    try:
        recorder, index = indexed
        late = add_runs(recorder, [{"created": datetime(2026, 3, 10, 4, 30, tzinfo=UTC)}])[0]
        next_day = add_runs(recorder, [{"created": datetime(2026, 3, 10, 5, 30, tzinfo=UTC)}])[0]
        assert listed(index, RunQuery(since="2026-03-09", until="2026-03-09")) == [late.run_id]
        assert listed(index, RunQuery(since=date(2026, 3, 10))) == [next_day.run_id]
        assert index.get(late.run_id).created_local.strftime("%Y-%m-%d %H:%M") == "2026-03-09 23:30"
        assert index.get(late.run_id).as_dict()["created_at_utc"] == "2026-03-10T04:30:00Z"
        with pytest.raises(ValueError, match="not a date"):
            index.query(RunQuery(since="Tuesday"))
        with pytest.raises(ValueError, match="out of range"):  # a date, but too far out to convert
            index.query(RunQuery(since="0001-01-01"))
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize("q", [RunQuery(), RunQuery(unreviewed_first=True), RunQuery(oldest_first=True)])
def test_pagination_has_no_duplicates_or_gaps_while_runs_arrive(indexed, q):
    recorder, index = indexed
    arts = add_runs(recorder, mixed_specs(23))
    seen: list[str] = []
    cursor = None
    arrived = []
    for _ in range(20):
        page = index.query(q, limit=4, cursor=cursor)
        seen += [r.run_id for r in page.rows]
        # new runs arrive between pages (newer than all, and one at the very same instant as an old one)
        arrived += add_runs(recorder, [{"created": T0 + timedelta(days=30, minutes=len(arrived)), "status": "BLOCKED"}])
        arrived += add_runs(recorder, [{"created": arts[5].created_at_utc, "status": "OK"}])
        cursor = page.next_cursor
        if cursor is None:
            break
    assert len(seen) == len(set(seen))  # no duplicates
    original = {a.run_id for a in arts}
    assert original <= set(seen)  # no gaps
    assert set(seen) - original <= {a.run_id for a in arrived}
    in_order = [x for x in seen if x in original]
    if q == RunQuery():
        assert in_order == [a.run_id for a in reversed(arts)]
    elif q.oldest_first:
        assert in_order == [a.run_id for a in arts]


def test_unreviewed_first_paging_while_reviews_are_recorded(indexed):
    """Reviews recorded between pages (of runs already listed and of runs not listed yet) neither repeat
    a run nor skip one: the awaiting-review order is the one of the first page."""
    recorder, index = indexed
    specs = mixed_specs(14)
    arts = add_runs(recorder, specs)
    ids = [a.run_id for a in arts]
    blocked = [ids[i] for i in range(14) if specs[i]["status"] == "BLOCKED"]
    assert len(blocked) == 5
    newest_first = list(reversed(ids))
    expected = [x for x in newest_first if x in blocked] + [x for x in newest_first if x not in blocked]
    q = RunQuery(unreviewed_first=True)
    seen: list[str] = []
    cursor = None
    for _ in range(20):
        page = index.query(q, limit=3, cursor=cursor)
        seen += [r.run_id for r in page.rows]
        # review every BLOCKED run just listed, and one not listed yet
        for run_id in [r.run_id for r in page.rows if r.run_id in blocked and r.awaiting_review]:
            recorder.record_review(run_id, reviewer="Sam", disposition="acknowledged")
        unseen = [x for x in blocked if x not in seen and index.get(x).awaiting_review]
        if unseen:
            recorder.record_review(unseen[-1], reviewer="Sam", disposition="false_positive")
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == expected  # no duplicates, no gaps, the first page's order
    assert index.count_awaiting_review() == 0
    # a fresh listing sees the reviews: nothing awaits, so plain newest first
    assert listed(index, q) == newest_first


def test_out_of_range_dates_limits_and_cursors_are_value_errors(indexed):
    recorder, index = indexed
    add_runs(recorder, mixed_specs(5))
    for q in (
        RunQuery(until="9999-12-31"),
        RunQuery(until=date(9999, 12, 31)),
        RunQuery(since="0001-01-01"),
        RunQuery(since=datetime(1, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=5)))),
    ):
        with pytest.raises(ValueError, match="out of range"):
            index.query(q)
    with pytest.raises(ValueError, match="not a date"):
        index.query(RunQuery(since="2026-13-01"))
    assert listed(index, RunQuery(until="9999-12-30", since="1970-01-02")) == listed(index)  # far, but fine
    for limit in (0, 10_001, 2**63 - 1, 2**64):
        with pytest.raises(ValueError, match="limit"):
            index.query(limit=limit)
    assert len(index.query(limit=10_000).rows) == 5
    page = index.query(limit=2)
    raw = json.loads(base64.urlsafe_b64decode(page.next_cursor + "=" * (-len(page.next_cursor) % 4)))
    for key in ([10**30, 1], [1, 2**63], [-(2**63) - 1, 1], [1.5, 1], [1], [True, 1]):
        forged = base64.urlsafe_b64encode(json.dumps({**raw, "k": key}).encode()).decode().rstrip("=")
        with pytest.raises(InvalidCursor, match="not a cursor"):
            index.query(limit=2, cursor=forged)
    unchanged = base64.urlsafe_b64encode(json.dumps(raw).encode()).decode()
    assert [r.run_id for r in index.query(limit=2, cursor=unchanged).rows] == listed(index)[2:4]


def test_a_cursor_is_refused_under_other_filters(indexed):
    recorder, index = indexed
    add_runs(recorder, mixed_specs(9))
    page = index.query(RunQuery(status=("OK", "BLOCKED")), limit=2)
    for other in (RunQuery(), RunQuery(status=("OK",)), RunQuery(status=("OK", "BLOCKED"), material="hardwood")):
        with pytest.raises(InvalidCursor, match="another listing"):
            index.query(other, limit=2, cursor=page.next_cursor)
    # the same filters spelled differently are the same listing
    assert index.query(RunQuery(status=("ok", "blocked")), limit=2, cursor=page.next_cursor).rows


def test_bad_cursor_is_refused(indexed):
    recorder, index = indexed
    add_runs(recorder, mixed_specs(5))
    page = index.query(limit=2)
    with pytest.raises(InvalidCursor):
        index.query(RunQuery(unreviewed_first=True), limit=2, cursor=page.next_cursor)
    with pytest.raises(InvalidCursor):
        index.query(limit=2, cursor="not-a-cursor")


@pytest.mark.parametrize("bad", ["../x", "a/b", "0" * 31, "0" * 33, "A" * 32, "../" + "0" * 29, "", None])
def test_path_traversal_run_ids_are_rejected(indexed, bad):
    _, index = indexed
    with pytest.raises(InvalidRunId):
        index.get(bad)


def test_get_and_find_by_gcode(indexed):
    recorder, index = indexed
    a, b = add_runs(recorder, [{"created": T0}, {"created": T0 + timedelta(minutes=1)}])  # same G-code
    with pytest.raises(ArtifactNotFound, match="not in"):
        index.get("0" * 32)
    assert index.get(a.run_id).status == "OK"
    want = hashlib.sha256(b"G21\nG90\nG0 X0 Y0\nM2\n").hexdigest()
    assert [r.run_id for r in index.find_by_gcode_sha256(want)] == [a.run_id, b.run_id]
    assert index.find_by_gcode_sha256("0" * 64) == []


def test_services_attach_the_index_in_the_cache_dir(tmp_path, monkeypatch, catalog):
    from rmos_desktop.core.services import AppServices, open_recorder
    from rmos_desktop.core.settings import Settings, save_settings

    monkeypatch.setenv("RMOS_CACHE_DIR", str(tmp_path / "mycache"))
    settings_path = tmp_path / "settings.json"
    save_settings(Settings(runs_dir=str(tmp_path / "runs")), settings_path)
    services = AppServices.load(settings_path=settings_path, catalog=catalog)
    assert services.index is not None and services.index.path.parent == tmp_path / "mycache" / "index"
    add_runs(services.recorder, mixed_specs(2))
    assert services.reconcile_index().added == 2
    assert services.index.count() == 2
    # another recorder on the same runs directory shares the same index file and updates it
    other = open_recorder(tmp_path / "runs")
    add_runs(other, mixed_specs(1, start=T0 + timedelta(days=3)))
    assert services.index.count() == 3
    other.index.close()
    services.index.close()


# -- archive and restore --------------------------------------------------------------------------------------
def test_archived_runs_stay_listed_and_restore_relists_them(indexed, runs_dir, tmp_path):
    from rmos_desktop.core.runs.archive import archive_runs, restore_archive

    recorder, index = indexed
    old = add_runs(recorder, mixed_specs(3, start=datetime(2026, 1, 5, 9, tzinfo=UTC)))
    new = add_runs(recorder, mixed_specs(2, start=datetime(2026, 2, 20, 9, tzinfo=UTC)))
    dest = tmp_path / "archive"
    dest.mkdir()
    result = archive_runs(recorder, date(2026, 2, 1), dest, now=datetime(2026, 3, 1, tzinfo=UTC))
    name = Path(result.archive_path).name
    rows = {r.run_id: r for r in index.iter_query()}
    assert len(rows) == 5
    for a in old:
        assert rows[a.run_id].archived and rows[a.run_id].archive_name == name
        artifact, _ = index.read_artifact(rows[a.run_id])  # read back from the zip
        assert artifact.run_id == a.run_id
    assert not any(rows[a.run_id].archived for a in new)
    assert index.reconcile().added == 0  # the vanished files are archived, not missing
    assert all(r.location != "missing" for r in index.iter_query())
    # a rebuild after the archive still lists them (read from the zip)
    index.rebuild()
    rows = {r.run_id: r for r in index.iter_query()}
    assert len(rows) == 5 and all(rows[a.run_id].archive_name == name for a in old)
    assert rows[old[0].run_id].tool_id == old[0].tool_id
    restore_archive(recorder, Path(result.archive_path))
    rows = {r.run_id: r for r in index.iter_query()}
    assert all(rows[a.run_id].location == "live" and rows[a.run_id].archive_name is None for a in old)


# -- reviews --------------------------------------------------------------------------------------------------
def test_concurrent_reconcile_and_writes_from_threads(indexed):
    from concurrent.futures import ThreadPoolExecutor

    recorder, index = indexed
    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(add_runs, recorder, mixed_specs(5, start=T0 + timedelta(days=i))) for i in range(3)]
        futures += [pool.submit(index.reconcile) for _ in range(2)]
        for f in futures:
            f.result()
    assert index.count() == 15 and len(set(listed(index))) == 15


def test_a_file_gone_without_an_archive_record_is_listed_as_missing(indexed, runs_dir):
    recorder, index = indexed
    gone, kept = add_runs(recorder, [{"created": T0}, {"created": T0 + timedelta(hours=1)}])  # same G-code
    path = runs_dir / gone.day / f"{gone.run_id}.json"
    path.chmod(0o644)
    path.unlink()
    index.reconcile()
    rows = {r.run_id: r for r in index.iter_query()}
    assert rows[gone.run_id].location == "missing" and rows[kept.run_id].location == "live"
    assert index.find_by_gcode_sha256(kept.hashes.gcode_sha256) == [rows[kept.run_id]]  # only files that exist
