"""Job orders released by the office and claimed by one station at a time.

States follow OPC 40001-3 (Machinery Job Management): NotAllowedToStart, AllowedToStart, Running, Interrupted,
Ended, Aborted. A claim is decided by PostgreSQL in one statement (INSERT … ON CONFLICT on the order's primary
key, taking the row over only from the same station or when its lease has run out), never by a read-then-write
here. A claim is a lease that the holder renews while it works; a supervisor can break a stale one (recorded).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

LEASE_S = 300
OPEN_STATES = ("AllowedToStart", "Running", "Interrupted")


class JobOrderError(RuntimeError):
    """The order does not exist or is not in a state that allows this; the message is for the user."""


@dataclass(frozen=True)
class ClaimResult:
    held: bool
    holder: str | None
    since: datetime | None
    lease_until: datetime | None

    def message(self, job_id: str) -> str:
        if self.held:
            return (
                f"job {job_id} is held by this station until {_hhmm(self.lease_until)} (lease, renewed while working)"
            )
        return f"job {job_id} is claimed by {self.holder} since {_hhmm(self.since)}"


def _hhmm(when: datetime | None) -> str:
    return when.astimezone().strftime("%H:%M") if when else "?"


def check_job_id(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except (ValueError, TypeError, AttributeError):
        raise JobOrderError(f"not a job id: {str(value)[:60]!r}") from None


def request_sha256_of(raw: Any) -> str:
    """The request hash a run of this job will record (`request_sha256` of its artifact). ValueError for a job
    that is not valid (an order must be a job a station can generate)."""
    from rmos_desktop.core.hashing import sha256_json
    from rmos_desktop.core.jobs import parse_job

    parse = parse_job(raw)
    if parse.request is None:
        problems = "; ".join(f"{e.field}: {e.message}" if e.field else e.message for e in parse.errors[:5])
        raise ValueError(f"not a valid job ({problems})")
    return sha256_json(parse.request.model_dump(mode="json"))


def add_order(
    conn,
    *,
    job: dict[str, Any],
    request_sha256: str,
    order_ref: str,
    quantity: int,
    due: date | None,
    created_by: str,
) -> str:
    if quantity < 1:
        raise JobOrderError("the quantity must be at least 1")
    job_id = str(uuid.uuid4())
    with conn.transaction():
        conn.execute(
            "INSERT INTO job_orders (job_id, order_ref, job_name, job, request_sha256, quantity, due, created_by)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            (
                job_id,
                order_ref,
                str(job.get("job_name") or "")[:200],
                json.dumps(job),
                request_sha256,
                quantity,
                due,
                created_by,
            ),
        )
        _event(conn, job_id, "released", None, created_by, {"order_ref": order_ref, "quantity": quantity})
    return job_id


def list_orders(conn, *, include_closed: bool = False) -> list[dict[str, Any]]:
    where = "" if include_closed else "WHERE o.state IN ('AllowedToStart', 'Running', 'Interrupted')"
    rows = conn.execute(
        "SELECT o.job_id, o.order_ref, o.job_name, o.quantity, o.quantity_done, o.due, o.state, o.request_sha256,"
        " o.created_at, c.station, c.claimed_at, c.lease_until, c.lease_until < now() AS stale"
        f" FROM job_orders o LEFT JOIN job_claims c ON c.job_id = o.job_id {where}"
        " ORDER BY o.due NULLS LAST, o.created_at"
    ).fetchall()
    out = []
    for r in rows:
        out.append(
            {
                "job_id": str(r[0]),
                "order_ref": r[1],
                "job_name": r[2],
                "quantity": r[3],
                "quantity_done": r[4],
                "due": r[5].isoformat() if r[5] else None,
                "state": r[6],
                "request_sha256": r[7],
                "created_at_utc": r[8].isoformat(),
                "claimed_by": r[9],
                "claimed_at_utc": r[10].isoformat() if r[10] else None,
                "lease_until_utc": r[11].isoformat() if r[11] else None,
                "lease_expired": bool(r[12]) if r[9] else None,
            }
        )
    return out


def get_order(conn, job_id: str) -> dict[str, Any]:
    row = conn.execute(
        "SELECT job_id, order_ref, job, request_sha256, quantity, quantity_done, state FROM job_orders"
        " WHERE job_id = %s",
        (check_job_id(job_id),),
    ).fetchone()
    if row is None:
        raise JobOrderError(f"no job order {job_id}")
    return {
        "job_id": str(row[0]),
        "order_ref": row[1],
        "job": row[2],
        "request_sha256": row[3],
        "quantity": row[4],
        "quantity_done": row[5],
        "state": row[6],
    }


def claim(conn, job_id: str, station: str, *, lease_s: int = LEASE_S) -> ClaimResult:
    """Take (or renew) the claim on an open order. Exactly one station wins a race: the primary key of
    job_claims conflicts and the conflicting row is taken over only by its holder or after its lease ran out."""
    job_id = check_job_id(job_id)
    with conn.transaction():
        state = conn.execute("SELECT state FROM job_orders WHERE job_id = %s", (job_id,)).fetchone()
        if state is None:
            raise JobOrderError(f"no job order {job_id}")
        if state[0] not in OPEN_STATES:
            raise JobOrderError(f"job {job_id} is {state[0]}: it cannot be claimed")
        won = conn.execute(
            "INSERT INTO job_claims (job_id, station, claimed_at, lease_until)"
            " VALUES (%s, %s, now(), now() + make_interval(secs => %s))"
            " ON CONFLICT (job_id) DO UPDATE SET station = EXCLUDED.station,"
            "   claimed_at = CASE WHEN job_claims.station = EXCLUDED.station THEN job_claims.claimed_at"
            "                     ELSE EXCLUDED.claimed_at END,"
            "   lease_until = EXCLUDED.lease_until"
            " WHERE job_claims.station = EXCLUDED.station OR job_claims.lease_until < now()"
            " RETURNING station, claimed_at, lease_until",
            (job_id, station, lease_s),
        ).fetchone()
        if won is not None:
            conn.execute("UPDATE job_orders SET state = 'Running' WHERE job_id = %s AND state <> 'Running'", (job_id,))
            _event(conn, job_id, "claimed", station, None, {"lease_until": won[2].isoformat()})
            return ClaimResult(True, station, won[1], won[2])
    holder = conn.execute(
        "SELECT station, claimed_at, lease_until FROM job_claims WHERE job_id = %s", (job_id,)
    ).fetchone()
    if holder is None:  # released between the two statements: try once more
        return claim(conn, job_id, station, lease_s=lease_s)
    return ClaimResult(False, holder[0], holder[1], holder[2])


def holder_of(conn, job_id: str) -> str | None:
    row = conn.execute(
        "SELECT station FROM job_claims WHERE job_id = %s AND lease_until >= now()", (check_job_id(job_id),)
    ).fetchone()
    return row[0] if row else None


def release(conn, job_id: str, station: str, *, force: bool = False, by: str | None = None) -> None:
    """Hand a claim back (its holder), or break it (`force`, a supervisor named by `by`; recorded)."""
    job_id = check_job_id(job_id)
    if force and not (by and by.strip()):
        raise JobOrderError("breaking a claim needs the supervisor's name (--by NAME)")
    with conn.transaction():
        row = conn.execute("SELECT station FROM job_claims WHERE job_id = %s FOR UPDATE", (job_id,)).fetchone()
        if row is None:
            raise JobOrderError(f"job {job_id} is not claimed")
        if row[0] != station and not force:
            raise JobOrderError(f"job {job_id} is claimed by {row[0]}, not this station (a supervisor can --force)")
        conn.execute("DELETE FROM job_claims WHERE job_id = %s", (job_id,))
        conn.execute(
            "UPDATE job_orders SET state = CASE WHEN quantity_done > 0 THEN 'Interrupted' ELSE 'AllowedToStart' END"
            " WHERE job_id = %s AND state = 'Running'",
            (job_id,),
        )
        _event(conn, job_id, "broken" if force else "released", station, by, {"holder": row[0]})


def complete(conn, job_id: str, station: str, quantity: int) -> dict[str, Any]:
    """Report what was made; the order ends when its quantity is reached, and the claim is handed back."""
    job_id = check_job_id(job_id)
    if quantity < 0:
        raise JobOrderError("the quantity made cannot be negative")
    with conn.transaction():
        row = conn.execute("SELECT station FROM job_claims WHERE job_id = %s FOR UPDATE", (job_id,)).fetchone()
        if row is None or row[0] != station:
            holder = f"claimed by {row[0]}" if row else "not claimed"
            raise JobOrderError(f"job {job_id} is {holder}: claim it before reporting what was made")
        done = conn.execute(
            "UPDATE job_orders SET quantity_done = quantity_done + %s,"
            " state = CASE WHEN quantity_done + %s >= quantity THEN 'Ended' ELSE 'Interrupted' END"
            " WHERE job_id = %s RETURNING quantity_done, quantity, state",
            (quantity, quantity, job_id),
        ).fetchone()
        conn.execute("DELETE FROM job_claims WHERE job_id = %s", (job_id,))
        _event(conn, job_id, "completed", station, None, {"quantity": quantity})
    return {"job_id": job_id, "quantity_done": done[0], "quantity": done[1], "state": done[2]}


def _event(conn, job_id: str, event: str, station: str | None, by: str | None, detail: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO job_events (job_id, event, station, by_name, detail) VALUES (%s, %s, %s, %s, %s)",
        (job_id, event, station, by, json.dumps(detail)),
    )
