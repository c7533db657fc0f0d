"""Reviews made in the office, brought home to the station whose run they review.

A review of a shop run is a record of the workstation that made it (the office), pushed to the server like any
other record, naming the run, the run's station (`meta.run_station`) and the artifact's SHA-256. At each sync a
station asks the server for the reviews of ITS runs made elsewhere, checks each one — the record file is the one
the reviewing station's ledger line names and signed, it says what the server's review row says, and it names a
run this station recorded with the very artifact SHA-256 of the file here — and keeps the accepted ones in its run
index (`shop_reviews`, a cache beside the rows; see RunIndex.add_shop_reviews). The runs directory is never
written: it stays the authority for what this station recorded. A refused review is kept with the reason (so it
is not fetched again), reported by the sync and never shown.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from rmos_desktop.core.hashing import sha256_bytes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PullResult:
    pulled: int = 0  # accepted and kept
    refused: tuple[str, ...] = ()  # one sentence per refused review
    problem: str | None = None  # why none could be checked this time (the local index); the next sync retries


@dataclass(frozen=True)
class _ServerReview:
    station: str
    seq: int
    run_id: str
    artifact_sha256: str | None
    outcome: str
    reviewer: str
    kind: str
    line_sha256: str | None
    line_hash: str
    sig: Any
    content: bytes | None


_CANDIDATES = (
    "SELECT station, max(seq) FROM reviews WHERE run_station = %s AND station <> %s GROUP BY station ORDER BY station"
)
_FETCH = (
    "SELECT v.station, v.seq, v.run_id, v.artifact_sha256, v.outcome, v.reviewer, l.kind, l.sha256, l.hash, l.sig,"
    " f.content FROM reviews v JOIN ledger_lines l ON l.station = v.station AND l.seq = v.seq"
    " LEFT JOIN record_files f ON f.station = v.station AND f.seq = v.seq AND f.path = l.path"
    " WHERE v.run_station = %s AND v.station = %s AND v.seq > %s ORDER BY v.seq"
)


def pull_reviews(conn, runs_dir: Path, station: str, *, index: Any = None) -> PullResult:
    """Fetch, check and keep the reviews of `station`'s runs made on other stations that the index does not hold
    yet. `index`: the RunIndex of `runs_dir` (opened here, and closed, when not given and there is something to
    fetch). Server errors propagate (psycopg.Error: the caller's "cannot reach the server"); a local index that
    cannot be used is `problem`, never an exception, so it never turns a good push into a failed sync."""
    candidates = conn.execute(_CANDIDATES, (station, station)).fetchall()
    if not candidates:
        return PullResult()
    own = index is None
    try:
        if own:
            from rmos_desktop.core.runs.index import RunIndex

            index = RunIndex.open(runs_dir)
        marks = index.shop_review_marks()
        wanted = [(s, marks.get(s, 0)) for s, last in candidates if last > marks.get(s, 0)]
        if not wanted:
            return PullResult()
        from rmos_desktop.core.shop.verify import trusted_keys

        keys = trusted_keys(conn)
        rows, refused, waiting = [], [], []
        fresh: dict[str, bool] = {}
        for reviewer_station, after in wanted:
            for found in conn.execute(_FETCH, (station, reviewer_station, after)).fetchall():
                review = _ServerReview(*found[:10], bytes(found[10]) if found[10] is not None else None)
                row, problem, retry = _check(index, station, review, keys.get(review.station, []), fresh)
                if retry:
                    waiting.append(f"{_name(review)}: {problem}; checked again at the next sync")
                    continue
                rows.append(row)
                if problem:
                    refused.append(f"{_name(review)}: {problem}")
        kept = index.add_shop_reviews(rows)
    except (sqlite3.Error, OSError, ValueError) as exc:
        log.warning("shop reviews of %s not brought home: %s", station, exc)
        return PullResult(problem=f"the reviews made on other stations could not be checked here: {exc}")
    finally:
        if own and index is not None:
            index.close()
    for message in (*refused, *waiting):
        log.warning("shop review refused: %s", message)
    accepted = sum(1 for r in rows if r["problem"] is None and (r["station"], r["seq"]) in kept)
    return PullResult(accepted, tuple(refused + waiting))


def _name(review: _ServerReview) -> str:
    return f"review {review.station}#{review.seq} of run {review.run_id} by {review.reviewer!r}"


def _check(
    index, station: str, review: _ServerReview, keys: list[Any], fresh: dict[str, bool]
) -> tuple[dict[str, Any], str | None, bool]:
    """(row to keep, why refused or None, whether to leave it for the next sync instead of keeping it)."""
    record, problem = _record_problem(station, review, keys)
    if problem is None:
        problem, retry = _local_problem(index, record, fresh)
        if retry:
            return {}, problem, True
    record = record or {}
    created = record.get("created_at_utc")
    try:
        created_us = _to_us(datetime.fromisoformat(str(created).replace("Z", "+00:00")))
    except (ValueError, TypeError, OverflowError):
        created_us = None
    row = {
        "station": review.station,
        "seq": review.seq,
        "run_id": review.run_id,
        "artifact_sha256": str(record.get("artifact_sha256") or review.artifact_sha256 or ""),
        "record_id": _text(record.get("record_id")),
        "disposition": _text(record.get("disposition")) or review.outcome,
        "reviewer": _text(record.get("reviewer")) or review.reviewer,
        "created_us": created_us,
        "record": json.dumps(record, ensure_ascii=False, sort_keys=True) if record else "{}",
        "problem": problem,
    }
    return row, problem, False


def _record_problem(station: str, review: _ServerReview, keys: list[Any]) -> tuple[dict[str, Any] | None, str | None]:
    """The review record as the reviewing station's signed ledger line names it, or why it cannot be believed."""
    from pydantic import ValidationError

    from rmos_desktop.core.runs.schemas import ReviewRecord
    from rmos_desktop.core.shop.verify import check_signature

    if review.kind != "review":
        return None, f"the server's line {review.seq} of {review.station} is a {review.kind!r} line, not a review"
    if review.content is None or sha256_bytes(review.content) != review.line_sha256:
        return None, "the server holds no record file matching the reviewing station's ledger line"
    if keys:  # as the push: a station the shop trusts a key for must have signed the line with it
        problem = check_signature(review.sig, review.line_hash, keys)
        if problem:
            return None, f"the reviewing station's ledger line: {problem}"
    try:
        record = json.loads(review.content)
        ReviewRecord.model_validate(record)
    except (ValueError, ValidationError, RecursionError):
        return None, "the record file is not a valid review record"
    said = {
        "run_id": review.run_id,
        "artifact_sha256": review.artifact_sha256,
        "disposition": review.outcome,
        "reviewer": review.reviewer,
    }
    for key, value in said.items():
        if record.get(key) != value:
            return record, f"the server's review row says {key} {value!r}, its record file {record.get(key)!r}"
    if (record.get("meta") or {}).get("run_station") != station:
        return record, f"the record names the run's station {(record.get('meta') or {}).get('run_station')!r}"
    return record, None


def _local_problem(index, record: dict[str, Any], fresh: dict[str, bool]) -> tuple[str | None, bool]:
    """Whether the review names a run this station recorded, with the SHA-256 of the artifact file here.
    (problem, retry): retry when the artifact could not be read just now (an I/O error, an archive away).
    `fresh`: whether the index was reconciled during this pull already (once is enough)."""
    from rmos_desktop.core.runs.archive import ArchiveAborted
    from rmos_desktop.core.runs.store import ArtifactNotFound, ArtifactUnreadable

    run_id = record["run_id"]
    try:
        try:
            row = index.get(run_id)
        except ArtifactNotFound:
            if fresh.get("reconciled"):
                raise
            fresh["reconciled"] = True  # perhaps recorded by another process since the index was last read
            index.reconcile()
            row = index.get(run_id)
    except ArtifactNotFound:
        return f"it names run {run_id}, which this station did not record", False
    if not row.readable:
        return f"this station's artifact of run {run_id} is unreadable ({row.problem})", False
    try:
        _, data = index.read_artifact(row)
    except ArtifactUnreadable as exc:
        return f"this station's artifact of run {run_id} is unreadable ({exc})", False
    except (ArtifactNotFound, ArchiveAborted, OSError) as exc:
        return f"this station's artifact of run {run_id} cannot be read now ({exc})", True
    here = sha256_bytes(data)
    if record["artifact_sha256"] != here:
        return (
            f"it names artifact SHA-256 {record['artifact_sha256'][:16]}…, but this station's artifact of run"
            f" {run_id} is {here[:16]}… (another artifact)"
        ), False
    return None, False


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _to_us(dt: datetime) -> int:
    from rmos_desktop.core.runs.index import to_us

    return to_us(dt)


def record_office_review(
    recorder, run_id: str, station: str, artifact_sha256: str, *, reviewer: str, disposition: str, note: str = ""
):
    """Record on THIS workstation a review of another station's run (read from the shop server): the same record
    `RunRecorder.record_review` writes, with the run's station in `meta.run_station` (the sync pushes it; the run's
    station brings it home). Returns (ReviewRecord, StoredFile); raises what the recorder raises."""
    return recorder.record_review(
        run_id,
        reviewer=reviewer,
        disposition=disposition,
        note=note,
        artifact_sha256=artifact_sha256,
        meta={"run_station": station},
    )
