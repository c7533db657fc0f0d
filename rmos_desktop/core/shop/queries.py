"""Shop-wide run history: every station's runs, newest first, with keyset cursors.

The rows and the JSON shape match `rmos runs list` (an object with `runs` and `next_cursor`), plus `station`.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

STATUSES = ("OK", "BLOCKED", "ERROR")
RISKS = ("GREEN", "YELLOW", "RED", "UNKNOWN")
MAX_LIMIT = 10_000


class ShopQueryError(ValueError):
    """A filter or cursor that cannot be used; the message is for the user."""


@dataclass(frozen=True)
class ShopQuery:
    station: str | None = None
    statuses: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()
    unreviewed: bool = False
    since: date | None = None
    until: date | None = None
    text: str = ""
    tool_prefix: str | None = None  # a tool id, or a family such as "saw:" (every tool of it)
    material: str | None = None
    limit: int = 50
    cursor: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def identity(self) -> str:
        """What a cursor is tied to: the same filters."""
        return json.dumps(
            [self.station, self.statuses, self.risks, self.unreviewed, str(self.since), str(self.until), self.text]
            + ([self.tool_prefix, self.material] if self.tool_prefix or self.material else [])
        )


def _encode_cursor(query: ShopQuery, row: dict[str, Any]) -> str:
    key = [row["created_at"].isoformat(), row["station"], row["run_id"], query.identity()]
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def _decode_cursor(query: ShopQuery) -> tuple[datetime, str, str] | None:
    if not query.cursor:
        return None
    try:
        padded = query.cursor + "=" * (-len(query.cursor) % 4)
        created, station, run_id, identity = json.loads(base64.urlsafe_b64decode(padded.encode()))
        when = datetime.fromisoformat(created)
    except (ValueError, TypeError):
        raise ShopQueryError("the cursor is not one this command made") from None
    if identity != query.identity():
        raise ShopQueryError("the cursor belongs to a listing with other filters")
    return when, str(station), str(run_id)


def _where(query: ShopQuery) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.station:
        clauses.append("r.station = %s")
        params.append(query.station)
    if query.statuses:
        if not set(query.statuses) <= set(STATUSES):
            raise ShopQueryError(f"unknown status; use {', '.join(STATUSES)}")
        if len(set(query.statuses)) == 1:  # `=` lets the (station, status, created_at) index give the order
            clauses.append("r.status = %s")
            params.append(query.statuses[0])
        else:
            clauses.append("r.status = ANY(%s)")
            params.append(list(query.statuses))
    if query.risks:
        if not set(query.risks) <= set(RISKS):
            raise ShopQueryError(f"unknown risk level; use {', '.join(RISKS)}")
        clauses.append("r.risk_level = ANY(%s)")
        params.append(list(query.risks))
    if query.unreviewed:
        clauses.append("r.status = 'BLOCKED' AND NOT EXISTS (SELECT 1 FROM reviews v WHERE v.run_id = r.run_id)")
    if query.since:
        clauses.append("r.created_at >= %s")
        params.append(datetime.combine(query.since, time.min).astimezone())
    if query.until:
        clauses.append("r.created_at < %s")
        params.append(datetime.combine(query.until + timedelta(days=1), time.min).astimezone())
    if query.tool_prefix:
        if query.tool_prefix.endswith(":"):
            clauses.append("starts_with(r.tool_id, %s)")
        else:
            clauses.append("r.tool_id = %s")
        params.append(query.tool_prefix)
    if query.material:
        clauses.append("r.material = %s")
        params.append(query.material)
    if query.text:
        clauses.append("r.search LIKE %s")
        params.append("%" + query.text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    return clauses, params


def list_runs(conn, query: ShopQuery) -> dict[str, Any]:
    """{"runs": [...], "next_cursor": str | None}, newest first over every station."""
    if not 1 <= query.limit <= MAX_LIMIT:
        raise ShopQueryError(f"--limit must be between 1 and {MAX_LIMIT}")
    clauses, params = _where(query)
    after = _decode_cursor(query)
    if after is not None:
        clauses.append("(r.created_at, r.station, r.run_id) < (%s, %s, %s)")
        params.extend(after)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (
        "SELECT r.station, r.seq, r.created_at, r.run_id, r.row, r.artifact_sha256,"
        " (SELECT count(*) FROM reviews v WHERE v.run_id = r.run_id),"
        " (SELECT v.outcome FROM reviews v WHERE v.run_id = r.run_id ORDER BY v.reviewed_at DESC LIMIT 1),"
        " (SELECT v.reviewer FROM reviews v WHERE v.run_id = r.run_id ORDER BY v.reviewed_at DESC LIMIT 1),"
        " (SELECT count(*) FROM ledger_lines e WHERE e.kind = 'export' AND e.run_id = r.run_id"
        "   AND e.station = r.station)"
        f" FROM runs r {where} ORDER BY r.created_at DESC, r.station DESC, r.run_id DESC LIMIT %s"
    )
    rows = conn.execute(sql, [*params, query.limit + 1]).fetchall()
    more = len(rows) > query.limit
    rows = rows[: query.limit]
    last = rows[-1] if rows else None
    return {
        "runs": [_shown(*row) for row in rows],
        "next_cursor": (
            _encode_cursor(query, {"created_at": last[2], "station": last[0], "run_id": last[3]})
            if more and last
            else None
        ),
    }


def _local_fields() -> tuple[str, ...]:
    from dataclasses import fields

    from rmos_desktop.core.runs.index.rows import RunRow

    return tuple(f.name for f in fields(RunRow) if f.name not in ("search", "created_us"))


_LOCAL_FIELDS = _local_fields()


def _shown(station, seq, created_at, run_id, row, artifact_sha256, reviews, disposition, reviewer, exports):
    """One run as `rmos runs list --json` shows it, plus its station and the artifact's SHA-256. Fields that only
    mean something on the workstation (its archive files) are null."""
    out = dict.fromkeys(_LOCAL_FIELDS)
    out.update(seq=seq, **row)
    out["warnings"] = [w for w in (row.get("warnings") or "").split("\n") if w]
    out["created_local"] = created_at.astimezone().isoformat()
    out.update(
        review_count=reviews,
        last_disposition=disposition,
        last_reviewer=reviewer,
        export_count=exports,
        awaiting_review=int(row.get("status") == "BLOCKED" and not reviews),
        location="shop",
        station=station,
        artifact_sha256=artifact_sha256,
    )
    return out


def show_run(conn, run_id: str, station: str | None = None) -> dict[str, Any] | None:
    """A run's artifact as the server holds it, its station, and the reviews that name it."""
    params: list[Any] = [run_id]
    extra = ""
    if station:
        extra = " AND r.station = %s"
        params.append(station)
    row = conn.execute(
        "SELECT r.station, r.seq, f.content, r.artifact_sha256 FROM runs r"
        " JOIN ledger_lines l ON l.station = r.station AND l.seq = r.seq"
        " JOIN record_files f ON f.station = r.station AND f.seq = r.seq AND f.path = l.path"
        f" WHERE r.run_id = %s{extra} ORDER BY r.created_at DESC LIMIT 1",
        params,
    ).fetchone()
    if row is None:
        return None
    reviews = conn.execute(
        "SELECT station, run_station, outcome, reviewer, reviewed_at, note, artifact_sha256 FROM reviews"
        " WHERE run_id = %s ORDER BY reviewed_at",
        (run_id,),
    ).fetchall()
    return {
        "station": row[0],
        "seq": row[1],
        "artifact": json.loads(bytes(row[2])),
        "artifact_sha256": row[3],
        "reviews": [
            {
                "by_station": r[0],
                "run_station": r[1],
                "disposition": r[2],
                "reviewer": r[3],
                "created_at_utc": r[4].isoformat(),
                "note": r[5],
                "artifact_sha256": r[6],
                "matches_artifact": r[6] == row[3],
            }
            for r in reviews
        ],
    }


def awaiting_review(conn, station: str | None = None) -> int:
    """Blocked runs no review names, for one station or the whole shop."""
    sql = (
        "SELECT count(*) FROM runs r WHERE r.status = 'BLOCKED'"
        " AND NOT EXISTS (SELECT 1 FROM reviews v WHERE v.run_id = r.run_id)"
    )
    params: list[Any] = []
    if station:
        sql += " AND r.station = %s"
        params.append(station)
    return conn.execute(sql, params).fetchone()[0]


def count_runs(conn, query: ShopQuery, cap: int | None = None) -> int:
    """How many runs match the query's filters (its cursor and limit aside); with `cap`, counting stops past
    it (the answer is then cap + 1), so a count over a million runs stays as fast as one over `cap`."""
    clauses, params = _where(query)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    if cap is None:
        return conn.execute(f"SELECT count(*) FROM runs r {where}", params).fetchone()[0]
    sql = f"SELECT count(*) FROM (SELECT 1 FROM runs r {where} LIMIT %s) capped"
    return conn.execute(sql, [*params, cap + 1]).fetchone()[0]


def stations(conn) -> list[str]:
    """The stations the server knows, by name."""
    return [r[0] for r in conn.execute("SELECT station FROM stations ORDER BY station").fetchall()]
