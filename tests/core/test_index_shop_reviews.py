"""The run index's reviews made on other stations (`shop_reviews`, filled by the shop sync): they count with the
local review records in every review column, filter and counter, a refused one never does, the latest review
decides `last_*` wherever it was made, and "awaiting review first" keeps its pages stable when one arrives
between them. (The shop sync that fills the table is tested against PostgreSQL in tests/shop.)"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta

import pytest

from rmos_desktop.core.runs.index import RunIndex, RunQuery
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from tests.core.test_index import T0, add_runs


@pytest.fixture
def station(tmp_path, runs_dir):
    """Three BLOCKED runs and one OK run, oldest first."""
    index = RunIndex.open(runs_dir, path=tmp_path / "cache" / "index.sqlite3")
    index.reconcile()
    recorder = RunRecorder.open(runs_dir, index=index)
    specs = [{"created": T0 + timedelta(hours=i), "status": s} for i, s in enumerate(["BLOCKED"] * 3 + ["OK"])]
    runs = add_runs(recorder, specs)
    yield recorder, index, [a.run_id for a in runs]
    index.close()


def shop_review(index: RunIndex, run_id: str, *, seq: int, hours: int, reviewer: str = "Sam", problem=None) -> dict:
    (path,) = index.runs_dir.glob(f"*/{run_id}.json")
    created = (T0 + timedelta(hours=hours)).isoformat().replace("+00:00", "Z")
    record = {
        "kind": "review",
        "record_id": new_id(),
        "run_id": run_id,
        "artifact_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "created_at_utc": created,
        "reviewer": reviewer,
        "disposition": "false_positive",
        "note": "checked in the office",
        "meta": {"run_station": "saw-1"},
    }
    return {
        "station": "office",
        "seq": seq,
        "run_id": run_id,
        "artifact_sha256": record["artifact_sha256"],
        "record_id": record["record_id"],
        "disposition": record["disposition"],
        "reviewer": reviewer,
        "created_us": int((T0 + timedelta(hours=hours)).timestamp() * 1_000_000),
        "record": json.dumps(record),
        "problem": problem,
    }


def test_a_kept_review_counts_everywhere_and_a_refused_one_nowhere(station):
    _, index, (b1, b2, b3, _ok) = station
    assert index.count_awaiting_review() == 3
    kept = index.add_shop_reviews(
        [shop_review(index, b1, seq=4, hours=10), shop_review(index, b2, seq=5, hours=11, problem="another artifact")]
    )
    assert kept == {("office", 4), ("office", 5)}
    assert index.add_shop_reviews([shop_review(index, b1, seq=4, hours=10)]) == set()  # held already
    assert index.shop_review_marks() == {"office": 5}
    assert index.count_awaiting_review() == 2
    unreviewed = RunQuery(status=("BLOCKED",), review="unreviewed")
    assert sorted(r.run_id for r in index.query(unreviewed).rows) == sorted([b2, b3])
    assert [r.run_id for r in index.query(RunQuery(review="reviewed")).rows] == [b1]
    row = index.get(b1)
    assert (row.review_count, row.last_disposition, row.last_reviewer, row.last_review_station) == (
        1,
        "false_positive",
        "Sam",
        "office",
    )
    assert row.as_dict()["last_review_station"] == "office"
    assert index.get(b2).review_count == 0 and index.shop_reviews_for(b2) == []
    (review,) = index.reviews_for(b1)
    assert review["station"] == "office" and review["note"] == "checked in the office"


def test_the_latest_review_decides_wherever_it_was_made(station):
    recorder, index, (b1, *_rest) = station
    index.add_shop_reviews([shop_review(index, b1, seq=1, hours=-100, reviewer="Sam")])  # long before
    recorder.record_review(b1, reviewer="Lee", disposition="acknowledged")  # now, on this workstation
    row = index.get(b1)
    assert (row.review_count, row.last_reviewer, row.last_review_station) == (2, "Lee", None)
    assert [r.get("station") for r in index.reviews_for(b1)] == ["office", None]  # oldest first
    index.add_shop_reviews([shop_review(index, b1, seq=2, hours=24 * 365 * 50, reviewer="Kim")])  # later still
    row = index.get(b1)
    assert (row.review_count, row.last_reviewer, row.last_review_station) == (3, "Kim", "office")


def test_awaiting_first_pages_hold_still_when_an_office_review_arrives(station):
    _, index, (b1, b2, b3, ok) = station
    q = RunQuery(unreviewed_first=True)
    first = index.query(q, limit=2)
    assert [r.run_id for r in first.rows] == [b3, b2]  # awaiting, newest first
    index.add_shop_reviews([shop_review(index, b2, seq=1, hours=20), shop_review(index, b1, seq=2, hours=21)])
    rest = list(index.query(q, limit=10, cursor=first.next_cursor).rows)
    # b1 keeps its place among those awaiting as of the first page; nothing repeats, nothing is skipped
    assert [r.run_id for r in rest] == [b1, ok]
    assert rest[0].awaiting_review == 0  # the row itself says what is true now
    fresh = index.query(q, limit=10).rows
    assert [r.run_id for r in fresh] == [b3, ok, b2, b1]


def test_an_edited_or_dropped_table_is_noticed(station):
    import sqlite3

    _, index, (b1, *_rest) = station
    index.add_shop_reviews([shop_review(index, b1, seq=1, hours=10)])
    with sqlite3.connect(index.path) as conn:
        conn.execute("UPDATE shop_reviews SET problem = NULL, disposition = 'acknowledged'")
    assert index.get(b1).review_count == 0  # the seal no longer matches: not believed
    index.rebuild(reason="asked for")
    assert index.shop_review_marks() == {}  # a rebuild keeps only rows whose seal holds (the next sync refetches)
    index.add_shop_reviews([shop_review(index, b1, seq=1, hours=10)])
    index.rebuild(reason="asked for")
    assert index.shop_review_marks() == {"office": 1} and index.get(b1).review_count == 1
    index.close()
    with sqlite3.connect(index.path) as conn:
        conn.execute("DROP TABLE shop_reviews")
    again = RunIndex.open(index.runs_dir, path=index.path)
    report = again.reconcile()
    assert report.rebuilt and "shop_reviews" in report.reason
    assert again.get(b1).review_count == 0 and again.count_awaiting_review() == 3  # the table is made anew
    again.close()
