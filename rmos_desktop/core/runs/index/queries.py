"""Listing runs from the index: filters (RunQuery) as SQL, pages in a stable order, and opaque keyset
cursors that refuse to be used under other filters or another order."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from rmos_desktop.core.runs.index.db import SHOP_REVIEW_SHOWN
from rmos_desktop.core.runs.index.rows import NOT_REVIEWED, ROW_SELECT, RunRow, parse_local, to_us

STATUSES = ("OK", "BLOCKED", "ERROR", "UNREADABLE")
RISK_LEVELS = ("GREEN", "YELLOW", "RED", "UNKNOWN")
REVIEW_STATES = ("reviewed", "unreviewed")
HEX_PREFIX_RE = re.compile(r"^[0-9a-f]{6,64}$")
MAX_PAGE = 10_000  # rows in one page (the CLI's --limit)
INT64 = (-(2**63), 2**63 - 1)  # what sqlite stores in an INTEGER column


class InvalidCursor(ValueError):
    """A pagination cursor that this query did not hand out."""


@dataclass(frozen=True)
class RunQuery:
    """Filters for listing runs. Dates are local (the workstation's clock); storage is UTC."""

    status: tuple[str, ...] = ()  # any of STATUSES
    mode: str | None = None
    tool_prefix: str | None = None
    material: str | None = None
    risk_level: tuple[str, ...] = ()
    since: str | date | datetime | None = None  # inclusive, local
    until: str | date | datetime | None = None  # inclusive day (a date) or exclusive instant, local
    operator: str | None = None
    review: Literal["reviewed", "unreviewed"] | None = None
    text: str | None = None  # substring of run id, tool, names, order, block reason, warnings; or a hash prefix
    unreviewed_first: bool = False  # BLOCKED runs nobody reviewed yet come first
    oldest_first: bool = False

    def order(self) -> list[tuple[str, bool]]:
        """(column, descending) keys of the listing order; the insertion sequence breaks ties."""
        desc = not self.oldest_first
        keys = [("created_us", desc), ("seq", desc)]
        return [("awaiting_review", True), *keys] if self.unreviewed_first else keys


@dataclass
class Page:
    rows: list[RunRow]
    next_cursor: str | None  # None: this was the last page


# -- filters -----------------------------------------------------------------------------------------------
Terms = tuple[list[str], list[Any]]


def _choice_terms(q: RunQuery) -> Terms:
    """status and risk level: case-insensitive, checked against the known words, one IN clause each."""
    where: list[str] = []
    args: list[Any] = []
    for column, values, allowed, what in (
        ("status", q.status, STATUSES, "status"),
        ("risk_level", q.risk_level, RISK_LEVELS, "risk level"),
    ):
        if values:
            wanted = [v.upper() for v in values]
            bad = [v for v in wanted if v not in allowed]
            if bad:
                raise ValueError(f"unknown {what} {bad[0]!r} (one of {', '.join(allowed)})")
            where.append(f"{column} IN ({','.join('?' * len(wanted))})")
            args += wanted
    return where, args


def _field_terms(q: RunQuery) -> Terms:
    where: list[str] = []
    args: list[Any] = []
    if q.mode and q.mode.strip():
        where.append("mode = ? COLLATE NOCASE")  # like status and risk level: SAW finds saw
        args.append(q.mode.strip().lower())
    if q.tool_prefix:
        where.append("tool_id >= ? AND tool_id < ?")
        args += [q.tool_prefix, q.tool_prefix + "\U0010ffff"]
    if q.material:
        where.append("material = ?")
        args.append(q.material)
    if q.operator:
        where.append("operator = ? COLLATE NOCASE")
        args.append(q.operator)
    if q.since is not None:
        where.append("created_us >= ?")
        args.append(to_us(parse_local(q.since)))
    if q.until is not None:
        where.append("created_us < ?")
        args.append(to_us(parse_local(q.until, end=True)))
    return where, args


def _review_terms(q: RunQuery) -> Terms:
    """Reviewed or not, from the review records (not from a stored count)."""
    if q.review == "reviewed":
        return [f"NOT {NOT_REVIEWED}"], []
    if q.review == "unreviewed":
        return [NOT_REVIEWED], []
    if q.review is not None:
        raise ValueError(f"unknown review state {q.review!r} (reviewed or unreviewed)")
    return [], []


def _text_terms(q: RunQuery, has_fts: bool) -> Terms:
    if not (q.text and q.text.strip()):
        return [], []
    text = q.text.strip().lower()
    if len(text) >= 3 and has_fts:
        match = "seq IN (SELECT rowid FROM runs_fts WHERE runs_fts MATCH ?)"
        margs = ['"' + text.replace('"', '""') + '"']  # one phrase: a substring, case-insensitive
    else:
        match, margs = "instr(search, ?) > 0", [text]
    if HEX_PREFIX_RE.fullmatch(text):  # the start of a G-code or request hash (from a file name)
        match = f"({match} OR gcode_sha256 BETWEEN ? AND ? OR request_sha256 BETWEEN ? AND ?)"
        margs += [text, text + "g"] * 2
    return [match], margs


def where_clause(q: RunQuery, *, has_fts: bool) -> Terms:
    """The SQL conditions and arguments of `q`. ValueError for an unknown status, risk level, review state
    or a date that does not convert."""
    where: list[str] = []
    args: list[Any] = []
    for part_where, part_args in (_choice_terms(q), _field_terms(q), _review_terms(q), _text_terms(q, has_fts)):
        where += part_where
        args += part_args
    return where, args


# -- pages -------------------------------------------------------------------------------------------------
def select(
    conn: Any, where: list[str], args: list[Any], order: list[tuple[str, bool]], key: list[int] | None, limit: int
) -> list[RunRow]:
    where, args = list(where), list(args)
    if key is not None:
        cond, cargs = _after(order, key)
        where.append(cond)
        args += cargs
    sql = f"SELECT {ROW_SELECT} FROM runs"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY " + ", ".join(f"{c} {'DESC' if d else 'ASC'}" for c, d in order) + " LIMIT ?"
    return [RunRow(*r) for r in conn.execute(sql, [*args, limit]).fetchall()]


def page(conn: Any, q: RunQuery, where: list[str], args: list[Any], limit: int, cursor: str | None) -> Page:
    """One page in `q`'s order after `cursor` (see RunIndex.query for the contract)."""
    order = q.order()
    ident = _query_ident(where, args)
    if q.unreviewed_first:
        return _awaiting_first_page(conn, where, args, order, ident, limit, cursor)
    key = _decode_cursor(cursor, order, ident, 2)[0] if cursor is not None else None
    rows = select(conn, where, args, order, key, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1] if rows else None
    return Page(rows, _encode_cursor(order, ident, [last.created_us, last.seq]) if more and last else None)


def _awaiting_first_page(
    conn: Any, where: list[str], args: list[Any], order: list[tuple[str, bool]], ident: str, limit: int, cursor: Any
) -> Page:
    """Unreviewed BLOCKED runs first: two keyset segments over a snapshot of the review records and of the
    reviews a shop sync brought home (the newest row of each the first page saw travels in the cursor)."""
    time_order = order[1:]
    if cursor is None:
        snapshot = conn.execute("SELECT coalesce(max(rowid), 0) FROM records").fetchone()[0]
        shop_snapshot = conn.execute("SELECT coalesce(max(rowid), 0) FROM shop_reviews").fetchone()[0]
        phase, key = 1, None
    else:
        decoded, snapshot, shop_snapshot = _decode_cursor(cursor, order, ident, 3)
        phase, key = decoded[0], decoded[1:]
        if phase not in (0, 1) or snapshot is None:
            raise InvalidCursor(f"not a cursor: {cursor[:40]!r}")
    awaiting = (  # BLOCKED and no review among those that existed at the first page
        "(status = 'BLOCKED' AND NOT EXISTS (SELECT 1 FROM records r "
        "WHERE r.run_id = runs.run_id AND r.kind = 'review' AND r.rowid <= ?) AND NOT EXISTS (SELECT 1 FROM "
        f"shop_reviews s WHERE s.run_id = runs.run_id AND {SHOP_REVIEW_SHOWN} AND s.rowid <= ?))"
    )
    snapshots = [snapshot, shop_snapshot]
    tagged: list[tuple[int, RunRow]] = []
    if phase == 1:
        got = select(conn, [*where, awaiting], [*args, *snapshots], time_order, key, limit + 1)
        tagged += [(1, r) for r in got]
        key = None
    if len(tagged) <= limit:
        got = select(conn, [*where, f"NOT {awaiting}"], [*args, *snapshots], time_order, key, limit + 1 - len(tagged))
        tagged += [(0, r) for r in got]
    more = len(tagged) > limit
    tagged = tagged[:limit]
    next_cursor = None
    if more and tagged:
        last_phase, last = tagged[-1]
        next_cursor = _encode_cursor(order, ident, [last_phase, last.created_us, last.seq], snapshot, shop_snapshot)
    return Page([r for _, r in tagged], next_cursor)


# -- cursors ----------------------------------------------------------------------------------------------
def _order_sig(order: list[tuple[str, bool]]) -> str:
    return ",".join(f"{c}{'-' if d else '+'}" for c, d in order)


def _query_ident(where: list[str], args: list[Any]) -> str:
    """Identity of a listing's filters (the SQL conditions and their values, so equal filters written
    differently, e.g. `blocked` and `BLOCKED`, are the same listing)."""
    raw = json.dumps([where, args], separators=(",", ":"), default=str).encode()
    return hashlib.sha256(raw).hexdigest()[:16]


def _encode_cursor(
    order: list[tuple[str, bool]], ident: str, key: list[int], snapshot: int | None = None, shop_snapshot: int = 0
) -> str:
    data: dict[str, Any] = {"o": _order_sig(order), "q": ident, "k": key}
    if snapshot is not None:
        data["s"] = snapshot
        data["t"] = shop_snapshot
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _int64(v: Any) -> bool:
    return type(v) is int and INT64[0] <= v <= INT64[1]


def _cursor_fields(cursor: str) -> tuple[Any, Any, Any, Any, Any] | None:
    """(key, order signature, query identity, snapshot, shop snapshot) of a well-formed cursor, else None."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        key, sig, qid, snapshot = data["k"], data["o"], data["q"], data.get("s")
        shop_snapshot = data.get("t", INT64[1])  # a cursor from before shop reviews: every one counts
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    ok = (
        isinstance(key, list)
        and len(key) in (2, 3)
        and all(_int64(k) for k in key)
        and isinstance(sig, str)
        and isinstance(qid, str)
        and (snapshot is None or _int64(snapshot))
        and _int64(shop_snapshot)
    )
    return (key, sig, qid, snapshot, shop_snapshot) if ok else None


def _decode_cursor(cursor: str, order: list[tuple[str, bool]], ident: str, n: int) -> tuple[list[int], int | None, int]:
    """(key, snapshot, shop snapshot) of a cursor this listing handed out. InvalidCursor for anything else: not
    a cursor, a key out of sqlite's integer range, or a cursor of another listing (other filters or order)."""
    found = _cursor_fields(cursor)
    if found is None:
        raise InvalidCursor(f"not a cursor: {cursor[:40]!r}")
    key, sig, qid, snapshot, shop_snapshot = found
    if sig != _order_sig(order) or qid != ident:
        raise InvalidCursor(
            "this cursor belongs to another listing (other filters or another order); "
            "repeat the listing with the same filters, or start again without a cursor"
        )
    if len(key) != n:
        raise InvalidCursor(f"not a cursor: {cursor[:40]!r}")
    return key, snapshot, shop_snapshot


def _after(order: list[tuple[str, bool]], key: list[int]) -> tuple[str, list[Any]]:
    """Rows strictly after `key` in `order` (mixed directions expand to an OR of prefixes)."""
    if len({d for _, d in order}) == 1:
        op = "<" if order[0][1] else ">"
        return f"({', '.join(c for c, _ in order)}) {op} ({', '.join('?' * len(order))})", list(key)
    terms, args = [], []
    for i, (col, desc) in enumerate(order):
        eqs = [f"{c} = ?" for c, _ in order[:i]]
        terms.append("(" + " AND ".join([*eqs, f"{col} {'<' if desc else '>'} ?"]) + ")")
        args += [*key[:i], key[i]]
    return "(" + " OR ".join(terms) + ")", args
