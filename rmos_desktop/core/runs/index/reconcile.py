"""The run index: a rebuildable sqlite cache of the artifact files, so listing 100,000 runs stays instant.

Never the source of truth. It lives in the user cache directory (WAL does not work on network shares),
one file per runs directory (`index_path`), and is updated three ways:

- by the `RunRecorder` after every durable write (`add_artifact`, `add_record`);
- by `reconcile()` at start-up and on demand: it lists the day folders and `records/<kind>s/<day>/` and
  reads only the files it has not seen (another app instance, a copied-in folder, a restore). Files
  that vanished are marked archived when an archive record names them, else `missing`;
- by `rebuild()`, automatically when the file is missing, corrupt, of an older schema or made for
  another runs directory.

A file that does not parse or validate gets a row with status UNREADABLE and the reason, so it is
listed, never silently skipped. Archived runs keep their rows (read back from the archive zip when an
index is rebuilt after the archive) with the archive's name; a restore lists them as live again.

Writes are short transactions (WAL + busy_timeout), so another process or a pool thread can write
while the GUI reads. Each thread uses its own connection.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import os
import re
import sqlite3
import threading
import time
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from rmos_desktop.core.runs.schemas import (
    ARTIFACT_NAME_RE,
    DAY_RE,
    RunArtifact,
    validate_run_id,
)
from rmos_desktop.core.runs.store import RECORD_KINDS, ArtifactNotFound, ArtifactUnreadable, RunStore

log = logging.getLogger(__name__)

INDEX_SCHEMA = 5  # bump when the tables change: an older file is rebuilt from the artifacts
ENV_CACHE_DIR = "RMOS_CACHE_DIR"
BUSY_TIMEOUT_MS = 10_000
BATCH = 2000
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
STATUSES = ("OK", "BLOCKED", "ERROR", "UNREADABLE")
RISK_LEVELS = ("GREEN", "YELLOW", "RED", "UNKNOWN")
REVIEW_STATES = ("reviewed", "unreviewed")
HEX_PREFIX_RE = re.compile(r"^[0-9a-f]{6,64}$")
MAX_PAGE = 10_000  # rows in one page (the CLI's --limit)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,      -- insertion sequence (pagination tie-break)
    path TEXT NOT NULL UNIQUE,                  -- relative to the runs directory: <day>/<run_id>.json
    run_id TEXT NOT NULL,
    created_us INTEGER NOT NULL,                -- created_at_utc as microseconds since 1970 (UTC)
    status TEXT NOT NULL,                       -- OK | BLOCKED | ERROR | UNREADABLE
    mode TEXT, tool_id TEXT, material TEXT, machine TEXT,
    risk_level TEXT, score REAL, operator TEXT, job_name TEXT, order_ref TEXT,
    block_reason TEXT, warnings TEXT,
    request_sha256 TEXT, feasibility_sha256 TEXT, toolpaths_sha256 TEXT, gcode_sha256 TEXT, opplan_sha256 TEXT,
    problem TEXT,                               -- why an UNREADABLE file could not be read
    review_count INTEGER NOT NULL DEFAULT 0,
    last_disposition TEXT, last_reviewer TEXT,
    export_count INTEGER NOT NULL DEFAULT 0,
    awaiting_review INTEGER NOT NULL DEFAULT 0, -- BLOCKED and not reviewed yet
    location TEXT NOT NULL DEFAULT 'live',      -- live | archived | missing
    archive_name TEXT, archive_path TEXT,
    search TEXT NOT NULL DEFAULT ''             -- lower-case ids, names and warnings for free text
);
CREATE INDEX IF NOT EXISTS runs_newest ON runs (created_us DESC, seq DESC);
CREATE INDEX IF NOT EXISTS runs_status_time ON runs (status, created_us DESC, seq DESC);
CREATE INDEX IF NOT EXISTS runs_tool ON runs (tool_id, created_us DESC);
CREATE INDEX IF NOT EXISTS runs_gcode ON runs (gcode_sha256);
CREATE INDEX IF NOT EXISTS runs_run_id ON runs (run_id);
CREATE INDEX IF NOT EXISTS runs_awaiting ON runs (awaiting_review DESC, created_us DESC, seq DESC);
CREATE TABLE IF NOT EXISTS records (
    path TEXT PRIMARY KEY,                      -- records/<kind>s/<day>/<record_id>.json
    kind TEXT NOT NULL, record_id TEXT, run_id TEXT, created_us INTEGER,
    disposition TEXT, reviewer TEXT, action TEXT, problem TEXT
);
CREATE INDEX IF NOT EXISTS records_run ON records (run_id, kind, created_us);
"""
_FTS_SCHEMA = (
    "CREATE VIRTUAL TABLE runs_fts USING fts5(search, content='runs', content_rowid='seq', tokenize='trigram')",
    "CREATE TRIGGER runs_fts_insert AFTER INSERT ON runs BEGIN "
    "INSERT INTO runs_fts(rowid, search) VALUES (new.seq, new.search); END",
)

_RUN_COLUMNS = tuple(
    " ".join(
        [
            "path run_id created_us status mode tool_id material machine risk_level score operator job_name",
            "order_ref block_reason warnings request_sha256 feasibility_sha256 toolpaths_sha256 gcode_sha256",
            "opplan_sha256 problem awaiting_review location search",
        ]
    ).split()
)
_INSERT_RUN = (
    f"INSERT INTO runs ({', '.join(_RUN_COLUMNS)}) VALUES ({', '.join('?' * len(_RUN_COLUMNS))}) "
    "ON CONFLICT(path) DO NOTHING"
)


class InvalidCursor(ValueError):
    """A pagination cursor that this query did not hand out."""


def index_path(runs_dir: Path, cache_dir: Path | None = None) -> Path:
    """Where the index of `runs_dir` lives: `$RMOS_CACHE_DIR` (or the user cache directory)/index/
    runs-<first 16 hex of sha256 of the resolved runs directory>.sqlite3 — one cache per runs directory."""
    if cache_dir is None:
        env = os.environ.get(ENV_CACHE_DIR)
        if env:
            cache_dir = Path(env).expanduser()
        else:
            from rmos_desktop.core.settings import cache_dir as user_cache

            cache_dir = user_cache()
    key = hashlib.sha256(str(Path(runs_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(cache_dir) / "index" / f"runs-{key}.sqlite3"


# -- time -------------------------------------------------------------------------------------------------
def to_us(dt: datetime) -> int:
    return (dt.astimezone(UTC) - EPOCH) // timedelta(microseconds=1)


def from_us(us: int) -> datetime:
    return EPOCH + timedelta(microseconds=us)


def local_day_start(day: date) -> datetime:
    """Midnight at the start of `day` on this workstation's clock (so "Tuesday" is the shop's Tuesday)."""
    return datetime(day.year, day.month, day.day).astimezone()


def parse_local(value: str | date | datetime, *, end: bool = False) -> datetime:
    """A date (YYYY-MM-DD, local day; `end` gives the next local midnight, so a day range includes the whole
    last day) or an ISO date-time (naive = local time) as an aware datetime. ValueError for text that is not
    a date, and for a date too close to the ends of the calendar (years 1 and 9999) to convert."""
    shown = value
    if isinstance(value, str):
        text = value.strip()
        try:
            value = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"not a date: {text!r} (expected YYYY-MM-DD or an ISO date and time)") from None
        shown = text
    if not isinstance(value, date):  # datetime is a date
        raise ValueError(f"not a date: {value!r}")
    try:
        if isinstance(value, datetime):
            result = value if value.tzinfo else value.astimezone()
        else:
            result = local_day_start(value + timedelta(days=1) if end else value)
        to_us(result)  # the index stores microseconds since 1970 (UTC): it must convert
    except (OverflowError, ValueError):
        raise ValueError(
            f"date out of range: {str(shown)!r} is too close to the ends of the calendar (years 1 and 9999) "
            "to use as a date filter"
        ) from None
    return result


# -- rows --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RunRow:
    """One listed run (or unreadable file) as the index holds it."""

    seq: int
    path: str
    run_id: str
    created_us: int
    status: str
    mode: str | None
    tool_id: str | None
    material: str | None
    machine: str | None
    risk_level: str | None
    score: float | None
    operator: str | None
    job_name: str | None
    order_ref: str | None
    block_reason: str | None
    warnings: str | None
    request_sha256: str | None
    feasibility_sha256: str | None
    toolpaths_sha256: str | None
    gcode_sha256: str | None
    opplan_sha256: str | None
    problem: str | None
    review_count: int
    last_disposition: str | None
    last_reviewer: str | None
    export_count: int
    awaiting_review: int
    location: str
    archive_name: str | None
    archive_path: str | None

    @property
    def created_at_utc(self) -> datetime:
        return from_us(self.created_us)

    @property
    def created_local(self) -> datetime:
        return self.created_at_utc.astimezone()

    @property
    def archived(self) -> bool:
        return self.location == "archived"

    @property
    def readable(self) -> bool:
        return self.status != "UNREADABLE"

    def as_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("search",)}
        out["created_at_utc"] = self.created_at_utc.isoformat().replace("+00:00", "Z")
        out["created_local"] = self.created_local.isoformat()
        out["warnings"] = [w for w in (self.warnings or "").split("\n") if w]
        del out["created_us"]
        return out


_ROW_SELECT = ", ".join(f.name for f in fields(RunRow))


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


@dataclass
class ReconcileReport:
    added: int = 0
    unreadable: list[str] = field(default_factory=list)  # relative paths listed as UNREADABLE
    records_added: int = 0
    marked_archived: int = 0
    marked_missing: int = 0
    relisted: int = 0
    rebuilt: bool = False
    reason: str | None = None  # why the index was rebuilt
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# -- extraction ---------------------------------------------------------------------------------------------
def _str(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None


def artifact_row(artifact: RunArtifact, rel: str) -> tuple:
    req = artifact.request_summary if isinstance(artifact.request_summary, dict) else {}
    meta = artifact.meta
    d = artifact.decision
    warnings = [str(w) for w in d.warnings]
    extra = meta.get("warnings")
    if isinstance(extra, list):
        warnings += [str(w) for w in extra if str(w) not in warnings]
    h = artifact.hashes
    values = {
        "path": rel,
        "run_id": artifact.run_id,
        "created_us": to_us(artifact.created_at_utc),
        "status": artifact.status,
        "mode": artifact.mode,
        "tool_id": artifact.tool_id,
        "material": _str(req.get("material")),
        "machine": _str(req.get("machine")),
        "risk_level": str(d.risk_level),
        "score": d.score,
        "operator": _str(meta.get("operator")),
        "job_name": _str(req.get("job_name")),
        "order_ref": _str(req.get("order_ref")),
        "block_reason": d.block_reason,
        "warnings": "\n".join(warnings) or None,
        "request_sha256": artifact.request_sha256,
        "feasibility_sha256": h.feasibility_sha256,
        "toolpaths_sha256": h.toolpaths_sha256,
        "gcode_sha256": h.gcode_sha256,
        "opplan_sha256": h.opplan_sha256,
        "problem": None,
        "awaiting_review": int(artifact.status == "BLOCKED"),
        "location": "live",
    }
    search_parts = [
        values[k]
        for k in (
            "run_id",
            "tool_id",
            "material",
            "machine",
            "operator",
            "job_name",
            "order_ref",
            "block_reason",
            "warnings",
        )
    ]
    values["search"] = "\n".join(p for p in search_parts if p).lower()
    return tuple(values[c] for c in _RUN_COLUMNS)


def unreadable_row(rel: str, reason: str, mtime_ns: int | None) -> tuple:
    run_id = rel.rsplit("/", 1)[-1][:32]
    created = (
        (mtime_ns // 1000) if mtime_ns is not None else to_us(datetime.fromisoformat(rel[:10]).replace(tzinfo=UTC))
    )
    values = dict.fromkeys(_RUN_COLUMNS)
    values.update(
        path=rel,
        run_id=run_id,
        created_us=created,
        status="UNREADABLE",
        problem=reason,
        awaiting_review=0,
        location="live",
        search=f"{run_id}\n{reason}".lower(),
    )
    return tuple(values[c] for c in _RUN_COLUMNS)


def parse_artifact_file(path: Path, rel: str) -> tuple[tuple, str | None] | None:
    """(row, problem): the index row of one artifact file; an unreadable file gives an UNREADABLE row.
    None when the file went away since it was listed (an archive moving it)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return unreadable_row(rel, f"cannot be read: {exc.strerror or exc}", None), "unreadable"
    try:
        artifact = RunArtifact.model_validate_json(data)
    except (ValidationError, ValueError, RecursionError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if isinstance(exc, ValidationError):
            errors = exc.errors()
            reason = "; ".join(
                f"{'.'.join(map(str, e['loc'])) + ': ' if e['loc'] else ''}{e['msg']}" for e in errors[:3]
            ) + (f" (and {len(errors) - 3} more)" if len(errors) > 3 else "")
            if errors and errors[0]["type"] != "json_invalid":
                reason = "not a valid run record: " + reason
        try:
            mtime = path.stat().st_mtime_ns
        except OSError:
            mtime = None
        return unreadable_row(rel, reason, mtime), "unreadable"
    expected = f"{artifact.day}/{artifact.run_id}.json"
    if rel != expected:  # a renamed or misfiled copy: listed, but not as the run it claims to be
        return unreadable_row(rel, f"the file claims to be {expected}", path.stat().st_mtime_ns), "unreadable"
    return artifact_row(artifact, rel), None


def _record_values(kind: str, payload: dict[str, Any], rel: str) -> tuple:
    created = payload.get("created_at_utc")
    try:
        created_us = to_us(datetime.fromisoformat(str(created).replace("Z", "+00:00")))
    except ValueError:
        created_us = None
    run_id = payload.get("run_id") if isinstance(payload.get("run_id"), str) else None
    return (
        rel,
        kind,
        _str(payload.get("record_id")),
        run_id,
        created_us,
        _str(payload.get("disposition")),
        _str(payload.get("reviewer")),
        _str(payload.get("action")),
        None,
    )


# -- the index ----------------------------------------------------------------------------------------------
class RunIndex:
    """sqlite cache of one runs directory. Open with `RunIndex.open(runs_dir)`; it repairs itself."""

    def __init__(self, store: RunStore, path: Path):
        self.store = store
        self.path = Path(path)
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        self._write_lock = threading.RLock()  # short write transactions, one at a time in this process
        self._maint_lock = threading.RLock()  # ensure / reconcile / rebuild, one at a time in this process
        self._healthy = False  # the file was seen complete and of this schema (incremental updates may go in)
        self._ready = False  # ensured and reconciled once in this process (queries are up to date)
        self.last_rebuild_reason: str | None = None
        self._fts: bool | None = None  # whether the file has the trigram full-text table

    @classmethod
    def open(
        cls, runs_dir: Path, *, path: Path | None = None, cache_dir: Path | None = None, reconcile: bool = False
    ) -> RunIndex:
        """The index of `runs_dir` (cheap: nothing is read until the first query or `reconcile`)."""
        index = cls(RunStore(runs_dir), path or index_path(runs_dir, cache_dir))
        if reconcile:
            index.reconcile()
        return index

    @property
    def runs_dir(self) -> Path:
        return self.store.runs_dir

    # -- connections ---------------------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last commit on power loss is fine
        except sqlite3.Error:
            conn.close()
            raise
        self._local.conn = conn
        with self._conns_lock:
            self._conns.append(conn)
        return conn

    def close(self) -> None:
        """Close every thread's connection. Only when no other thread is querying: sqlite3 connections are
        shared across threads here, and closing one under a running statement crashes the interpreter (the
        GUI waits for its background tasks before a runs-directory change closes the old index)."""
        with self._conns_lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._local = threading.local()
        self._healthy = self._ready = False
        self._fts = None

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._write_lock:
            conn = self._connect()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    # -- health --------------------------------------------------------------------------------------------
    def _problem(self, *, deep: bool = True) -> str | None:
        """Why this index file cannot be used as it is (None when it can). `deep` adds sqlite's quick_check."""
        if not self.path.exists():
            return "no index file yet"
        try:
            conn = self._connect()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version != INDEX_SCHEMA:
                return f"index schema {version}, this app uses {INDEX_SCHEMA}"
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("runs_dir") != str(self.runs_dir.resolve()):
                return "the index was made for another runs directory"
            if meta.get("complete") != "1":
                return "an earlier rebuild did not finish"
            conn.execute("SELECT count(*) FROM runs").fetchone()
            if deep:
                ok = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
                if ok != "ok":
                    return f"index damaged ({ok})"
        except sqlite3.DatabaseError as exc:
            return f"index damaged ({exc})"
        return None

    def _can_update(self) -> bool:
        """Whether incremental updates may go in now (otherwise the next reconcile or rebuild adds them)."""
        if not self._healthy:
            self._healthy = self._problem(deep=False) is None
        return self._healthy

    def ensure(self) -> ReconcileReport | None:
        """Rebuild the index from the files when it is missing, corrupt, old or incomplete."""
        with self._maint_lock:
            problem = self._problem()
            if problem is None:
                self._healthy = True
                return None
            _log_rebuild(self.path, problem)
            return self.rebuild(reason=problem)

    @property
    def is_ready(self) -> bool:
        """Ensured and reconciled in this process (queries will not read files first)."""
        return self._ready

    def use_as_is(self) -> bool:
        """Serve queries from the index file as it stands, when it is complete and of this schema (cheap:
        no quick_check, no folder scan). The GUI does this to show the first page at once and reconciles
        off its thread right after. False when the index first needs a rebuild."""
        with self._maint_lock:
            if self._ready:
                return True
            if self._problem(deep=False) is None:
                self._healthy = self._ready = True
        return self._ready

    def ready(self) -> None:
        """Ensure and reconcile once per process before the first query (later runs arrive through the
        recorder; `reconcile()` picks up other writers on demand)."""
        if not self._ready:
            with self._maint_lock:
                if not self._ready:
                    self.reconcile()

    def _reset_file(self) -> None:
        """Start from an empty file (a corrupt one cannot be trusted with DROP TABLE)."""
        self.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")

    def _create(self, conn: sqlite3.Connection) -> None:
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        try:  # substring search without a full scan (sqlite ≥ 3.34); without it, free text scans every row
            conn.execute("SAVEPOINT fts")
            for statement in _FTS_SCHEMA:
                conn.execute(statement)
            conn.execute("RELEASE fts")
        except sqlite3.OperationalError as exc:
            conn.execute("ROLLBACK TO fts")
            conn.execute("RELEASE fts")
            log.info("run index: no trigram full-text search in this sqlite (%s); free text scans", exc)
        conn.execute(f"PRAGMA user_version={INDEX_SCHEMA}")

    def _has_fts(self, conn: sqlite3.Connection) -> bool:
        if self._fts is None:
            self._fts = conn.execute("SELECT 1 FROM sqlite_master WHERE name='runs_fts'").fetchone() is not None
        return self._fts

    # -- rebuild -------------------------------------------------------------------------------------------
    def rebuild(self, *, reason: str = "asked for", progress=None) -> ReconcileReport:
        """Drop everything and read every file again. `progress(done, total)` may raise to cancel.
        Works on a deleted or corrupt file (it starts a new one)."""
        started = time.monotonic()
        report = ReconcileReport(rebuilt=True, reason=reason)
        with self._maint_lock:
            self._healthy = self._ready = False
            try:
                conn = self._connect()
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                recreate = conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok"
            except sqlite3.DatabaseError:
                recreate = True
            if recreate:
                self._reset_file()
            self._fts = None
            with self._tx() as tx:
                tables = "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                for (name,) in tx.execute(tables + " AND sql LIKE 'CREATE VIRTUAL%'").fetchall():
                    tx.execute(f'DROP TABLE IF EXISTS "{name}"')  # first: it owns its shadow tables
                for (name,) in tx.execute(tables).fetchall():
                    tx.execute(f'DROP TABLE IF EXISTS "{name}"')
                self._create(tx)
                tx.execute("INSERT INTO meta VALUES ('runs_dir', ?)", (str(self.runs_dir.resolve()),))
                tx.execute("INSERT INTO meta VALUES ('complete', '0')")
            rels = self._artifact_rels()
            self._insert_parsed(rels, report, progress=progress)
            self._scan_records(report, known=set())
            self._apply_archives(report)
            with self._tx() as tx:
                tx.execute("UPDATE meta SET value='1' WHERE key='complete'")
                tx.execute("INSERT OR REPLACE INTO meta VALUES ('rebuilt_at', ?)", (datetime.now(UTC).isoformat(),))
            self._healthy = True
            self._incremental(report)  # what was written while the rebuild read (updates were held back)
            self._ready = True
        self.last_rebuild_reason = reason
        report.seconds = time.monotonic() - started
        log.info(
            "run index rebuilt in %.1f s: %d runs (%d unreadable)", report.seconds, report.added, len(report.unreadable)
        )
        return report

    def _parse(self, rels: list[str], progress=None) -> Iterator[tuple[tuple, str | None] | None]:
        """Parse artifact files in this process. (Worker processes were measured: on two cores they gave
        nothing back after pickling the rows, and spawning re-runs an unguarded main script.)"""
        total = len(rels)
        for i, rel in enumerate(rels, 1):
            yield parse_artifact_file(self.runs_dir / rel, rel)
            if progress and (i % 500 == 0 or i == total):
                progress(i, total)

    def _insert_parsed(self, rels: list[str], report: ReconcileReport, *, progress=None) -> None:
        """Insert as the files are parsed (in folder order, so the insertion sequence follows the days), one
        short transaction per batch, so the inserts overlap the parsing."""
        rows: list[tuple] = []

        def flush() -> None:
            with self._tx() as tx:
                report.added += tx.executemany(_INSERT_RUN, rows).rowcount  # not the trigger's changes
            rows.clear()

        for parsed in self._parse(sorted(rels), progress):
            if parsed is None:
                continue
            row, problem = parsed
            rows.append(row)
            if problem:
                report.unreadable.append(row[0])
            if len(rows) >= BATCH:
                flush()
        if rows:
            flush()

    # -- incremental (called by the RunRecorder) -------------------------------------------------------------
    def add_artifact(self, artifact: RunArtifact, path: Path) -> None:
        if not self._can_update():
            return
        rel = self.store.relative(Path(path))
        row = artifact_row(artifact, rel)
        with self._tx() as tx:
            tx.execute(_INSERT_RUN, row)
            # records (reviews of a run seen before its artifact, e.g. after a copy) still count
            self._refresh_run_counts(tx, [artifact.run_id])

    def add_record(self, kind: str, record: dict[str, Any], path: Path) -> None:
        if not self._can_update():
            return
        rel = self.store.relative(Path(path))
        with self._tx() as tx:
            self._insert_record(tx, kind, record, rel)

    def _insert_record(self, tx: sqlite3.Connection, kind: str, record: dict[str, Any], rel: str) -> bool:
        cur = tx.execute("INSERT OR IGNORE INTO records VALUES (?,?,?,?,?,?,?,?,?)", _record_values(kind, record, rel))
        if cur.rowcount != 1:
            return False
        if kind == "archive":
            self._apply_archive_record(tx, record)
        elif isinstance(record.get("run_id"), str):
            self._refresh_run_counts(tx, [record["run_id"]])
        return True

    def _refresh_run_counts(self, tx: sqlite3.Connection, run_ids: Iterable[str]) -> None:
        tx.executemany(
            """UPDATE runs SET
                 review_count = (SELECT count(*) FROM records r WHERE r.run_id = runs.run_id AND r.kind='review'),
                 export_count = (SELECT count(*) FROM records r WHERE r.run_id = runs.run_id AND r.kind='export'),
                 last_disposition = (SELECT disposition FROM records r WHERE r.run_id = runs.run_id
                                     AND r.kind='review' ORDER BY created_us DESC LIMIT 1),
                 last_reviewer = (SELECT reviewer FROM records r WHERE r.run_id = runs.run_id
                                  AND r.kind='review' ORDER BY created_us DESC LIMIT 1)
               WHERE run_id = ?""",
            [(r,) for r in run_ids],
        )
        tx.executemany(
            "UPDATE runs SET awaiting_review = (status = 'BLOCKED' AND review_count = 0) WHERE run_id = ?",
            [(r,) for r in run_ids],
        )

    def _apply_archive_record(self, tx: sqlite3.Connection, record: dict[str, Any]) -> None:
        runs = [r for r in record.get("runs") or [] if isinstance(r, str)]
        if record.get("action") == "archive":
            tx.executemany(
                "UPDATE runs SET location='archived', archive_name=?, archive_path=? WHERE run_id=?",
                [(record.get("archive_name"), record.get("archive_path"), r) for r in runs],
            )
        elif record.get("action") == "restore":
            # listed as live again only where the file is back
            for seq, rel in (
                tx.execute(f"SELECT seq, path FROM runs WHERE run_id IN ({','.join('?' * len(runs))})", runs).fetchall()
                if runs
                else []
            ):
                if (self.runs_dir / rel).is_file():
                    tx.execute(
                        "UPDATE runs SET location='live', archive_name=NULL, archive_path=NULL WHERE seq=?", (seq,)
                    )

    # -- reconcile ---------------------------------------------------------------------------------------------
    def reconcile(self, *, progress=None) -> ReconcileReport:
        """Read files the index has not seen; mark rows whose file went away (archived or missing) and rows
        whose file came back (restored). Rebuilds instead when the index itself is unusable."""
        with self._maint_lock:
            started = time.monotonic()
            problem = self._problem()
            if problem is not None:
                _log_rebuild(self.path, problem)
                return self.rebuild(reason=problem, progress=progress)
            self._healthy = True
            report = ReconcileReport()
            self._incremental(report, progress=progress)
            self._ready = True
            report.seconds = time.monotonic() - started
            return report

    def _artifact_rels(self) -> list[str]:
        """`<day>/<run_id>.json` of every artifact file in the day folders (store.iter_artifact_paths, as
        strings: 100,000 Path objects cost more than the listing)."""
        out: list[str] = []
        for day in self.store.day_folders():
            try:
                names = os.listdir(day)
            except OSError as exc:
                log.warning("cannot list %s: %s", day, exc)
                continue
            prefix = day.name + "/"
            out += [prefix + n for n in names if len(n) == 37 and ARTIFACT_NAME_RE.fullmatch(n)]
        return out

    def _incremental(self, report: ReconcileReport, *, progress=None) -> None:
        conn = self._connect()
        on_disk = self._artifact_rels()
        known = dict(conn.execute("SELECT path, location FROM runs").fetchall())
        new = sorted(rel for rel in on_disk if rel not in known)
        if new:
            self._insert_parsed(new, report, progress=progress)
        present = set(on_disk)
        known_records = {r for (r,) in conn.execute("SELECT path FROM records").fetchall()}
        self._scan_records(report, known=known_records)
        gone = [rel for rel, loc in known.items() if loc == "live" and rel not in present]
        back = [rel for rel, loc in known.items() if loc != "live" and rel in present]
        if gone or back:
            with self._tx() as tx:
                tx.executemany("UPDATE runs SET location='missing' WHERE path=?", [(r,) for r in gone])
                tx.executemany(
                    "UPDATE runs SET location='live', archive_name=NULL, archive_path=NULL WHERE path=?",
                    [(r,) for r in back],
                )
            report.relisted = len(back)
            self._apply_archives(report, only_missing=True)
        report.marked_missing = conn.execute("SELECT count(*) FROM runs WHERE location='missing'").fetchone()[0]

    def _scan_records(self, report: ReconcileReport, *, known: set[str]) -> None:
        found: list[tuple[str, str, Path]] = []
        for kind_dir in RECORD_KINDS:
            base = self.store.records_dir(kind_dir)
            try:
                days = sorted(p for p in base.iterdir() if p.is_dir() and DAY_RE.fullmatch(p.name))
            except OSError:
                continue
            for day in days:
                try:
                    names = sorted(os.listdir(day))
                except OSError:
                    continue
                for name in names:
                    if not ARTIFACT_NAME_RE.fullmatch(name):
                        continue
                    rel = f"records/{kind_dir}/{day.name}/{name}"
                    if rel not in known:
                        found.append((kind_dir.removesuffix("s"), rel, day / name))
        if not found:
            return
        parsed: list[tuple[str, dict[str, Any], str]] = []
        for kind, rel, path in found:
            try:
                payload = json.loads(path.read_bytes())
                if not isinstance(payload, dict):
                    raise ValueError("not a JSON object")
            except (OSError, ValueError) as exc:
                log.warning("run index: record %s is unreadable: %s", rel, exc)
                payload = {"problem": str(exc)}
            parsed.append((kind, payload, rel))
        parsed.sort(key=lambda t: str(t[1].get("created_at_utc", "")))  # archive, then restore, in time order
        for i in range(0, len(parsed), BATCH):
            with self._tx() as tx:
                for kind, payload, rel in parsed[i : i + BATCH]:
                    if self._insert_record(tx, kind, payload, rel):
                        report.records_added += 1

    def _apply_archives(self, report: ReconcileReport, *, only_missing: bool = False) -> None:
        """Rows for runs that archive records say moved into a zip: marked archived with the archive's name.
        After a rebuild the runs are no longer in the day folders: their rows are read back from the zip
        (when it can be reached) so the history still lists them."""
        from rmos_desktop.core.runs.archive import ArchiveAborted, read_manifest

        conn = self._connect()
        state: dict[str, tuple[str, dict[str, Any]]] = {}  # run_id -> (action, record) of its latest record
        for rel, action in conn.execute(
            "SELECT path, action FROM records WHERE kind='archive' ORDER BY created_us, path"
        ).fetchall():
            try:
                record = json.loads((self.runs_dir / rel).read_bytes())
            except (OSError, ValueError):
                continue
            for run_id in record.get("runs") or []:
                if isinstance(run_id, str):
                    state[run_id] = (action, record)
        archived = {r: rec for r, (action, rec) in state.items() if action == "archive"}
        if not archived:
            return
        rows = dict(conn.execute("SELECT run_id, location FROM runs").fetchall())
        by_archive: dict[str, list[str]] = {}
        updates = []
        for run_id, record in archived.items():
            loc = rows.get(run_id)
            if loc is None:
                by_archive.setdefault(record.get("archive_path") or "", []).append(run_id)
            elif loc == "missing" or (not only_missing and loc != "live"):
                updates.append((record.get("archive_name"), record.get("archive_path"), run_id))
        new_rows: list[tuple] = []
        for archive_path, run_ids in by_archive.items():
            record = archived[run_ids[0]]
            try:
                manifest = read_manifest(Path(archive_path))
                with zipfile.ZipFile(archive_path) as zf:
                    members = {m.rsplit("/", 1)[-1][:32]: m for m in manifest["files"] if m.endswith(".json")}
                    for run_id in run_ids:
                        member = members.get(run_id)
                        if member is None:
                            continue
                        try:
                            artifact = RunArtifact.model_validate_json(zf.read(member))
                            new_rows.append(artifact_row(artifact, member))
                        except (ValidationError, ValueError) as exc:
                            new_rows.append(unreadable_row(member, f"in the archive: {exc}".splitlines()[0], None))
            except (OSError, ArchiveAborted, zipfile.BadZipFile, KeyError) as exc:
                log.warning(
                    "run index: archive %s cannot be read (%s); its runs are listed by id only", archive_path, exc
                )
                for run_id in run_ids:
                    rel = next((f for f in record.get("files", {}) if f.endswith(f"/{run_id}.json")), None)
                    if rel:
                        new_rows.append(
                            unreadable_row(
                                rel, f"archived in {record.get('archive_name')}, which cannot be reached", None
                            )
                        )
            updates += [(record.get("archive_name"), record.get("archive_path"), r) for r in run_ids]
        with self._tx() as tx:
            if new_rows:
                tx.executemany(_INSERT_RUN, new_rows)
            tx.executemany(
                "UPDATE runs SET location='archived', archive_name=?, archive_path=? WHERE run_id=?", updates
            )
            self._refresh_run_counts(tx, [u[2] for u in updates])
        report.marked_archived += len(updates)

    # -- queries --------------------------------------------------------------------------------------------
    def _where(self, q: RunQuery) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        for column, values, allowed, what in (
            ("status", q.status, STATUSES, "status"),
            ("risk_level", q.risk_level, RISK_LEVELS, "risk level"),
        ):
            if values:  # case-insensitive, checked against the known words
                wanted = [v.upper() for v in values]
                bad = [v for v in wanted if v not in allowed]
                if bad:
                    raise ValueError(f"unknown {what} {bad[0]!r} (one of {', '.join(allowed)})")
                where.append(f"{column} IN ({','.join('?' * len(wanted))})")
                args += wanted
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
        if q.review == "reviewed":
            where.append("review_count > 0")
        elif q.review == "unreviewed":
            where.append("review_count = 0")
        elif q.review is not None:
            raise ValueError(f"unknown review state {q.review!r} (reviewed or unreviewed)")
        if q.text and q.text.strip():
            text = q.text.strip().lower()
            if len(text) >= 3 and self._has_fts(self._connect()):
                match = "seq IN (SELECT rowid FROM runs_fts WHERE runs_fts MATCH ?)"
                margs = ['"' + text.replace('"', '""') + '"']  # one phrase: a substring, case-insensitive
            else:
                match, margs = "instr(search, ?) > 0", [text]
            if HEX_PREFIX_RE.fullmatch(text):  # the start of a G-code or request hash (from a file name)
                match = f"({match} OR gcode_sha256 BETWEEN ? AND ? OR request_sha256 BETWEEN ? AND ?)"
                margs += [text, text + "g"] * 2
            where.append(match)
            args += margs
        return where, args

    def query(self, q: RunQuery | None = None, *, limit: int = 100, cursor: str | None = None) -> Page:
        """One page of runs matching `q`, in its order (newest first by default). Pass the page's
        `next_cursor` to get the next one: keyset pagination, so runs added meanwhile neither repeat nor
        push rows into a gap. A cursor is refused (InvalidCursor) under other filters or another order.

        With `unreviewed_first`, "awaiting review" is taken as of the first page: the cursor carries the
        newest review record the first page saw, so a run reviewed while the pages are read keeps its place
        (it is neither listed twice nor skipped); the rows themselves show the review state of now. A run
        that stops matching a filter meanwhile (e.g. `review="unreviewed"` and it gets reviewed) is simply no
        longer listed on later pages. A cursor is not meant to outlive an index rebuild (insertion sequences
        and record numbers are handed out again): start a fresh listing after one."""
        q = q or RunQuery()
        if not 1 <= limit <= MAX_PAGE:
            raise ValueError(f"limit must be between 1 and {MAX_PAGE:,}")
        self.ready()
        where, args = self._where(q)
        order = q.order()
        ident = _query_ident(where, args)
        if not q.unreviewed_first:
            key = _decode_cursor(cursor, order, ident, 2)[0] if cursor is not None else None
            rows = self._select(where, args, order, key, limit + 1)
            more = len(rows) > limit
            rows = rows[:limit]
            last = rows[-1] if rows else None
            next_cursor = _encode_cursor(order, ident, [last.created_us, last.seq]) if more and last else None
            return Page(rows, next_cursor)

        # unreviewed BLOCKED runs first: two keyset segments over a snapshot of the review records
        time_order = order[1:]
        if cursor is None:
            snapshot = self._connect().execute("SELECT coalesce(max(rowid), 0) FROM records").fetchone()[0]
            phase, key = 1, None
        else:
            decoded, snapshot = _decode_cursor(cursor, order, ident, 3)
            phase, key = decoded[0], decoded[1:]
            if phase not in (0, 1) or snapshot is None:
                raise InvalidCursor(f"not a cursor: {cursor[:40]!r}")
        awaiting = (  # BLOCKED and no review record among those that existed at the first page
            "(status = 'BLOCKED' AND (awaiting_review = 1 OR NOT EXISTS (SELECT 1 FROM records r "
            "WHERE r.run_id = runs.run_id AND r.kind = 'review' AND r.rowid <= ?)))"
        )
        tagged: list[tuple[int, RunRow]] = []
        if phase == 1:
            got = self._select([*where, awaiting], [*args, snapshot], time_order, key, limit + 1)
            tagged += [(1, r) for r in got]
            key = None
        if len(tagged) <= limit:
            got = self._select([*where, f"NOT {awaiting}"], [*args, snapshot], time_order, key, limit + 1 - len(tagged))
            tagged += [(0, r) for r in got]
        more = len(tagged) > limit
        tagged = tagged[:limit]
        next_cursor = None
        if more and tagged:
            last_phase, last = tagged[-1]
            next_cursor = _encode_cursor(order, ident, [last_phase, last.created_us, last.seq], snapshot)
        return Page([r for _, r in tagged], next_cursor)

    def _select(
        self, where: list[str], args: list[Any], order: list[tuple[str, bool]], key: list[int] | None, limit: int
    ) -> list[RunRow]:
        where, args = list(where), list(args)
        if key is not None:
            cond, cargs = _after(order, key)
            where.append(cond)
            args += cargs
        sql = f"SELECT {_ROW_SELECT} FROM runs"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY " + ", ".join(f"{c} {'DESC' if d else 'ASC'}" for c, d in order) + " LIMIT ?"
        return [RunRow(*r) for r in self._connect().execute(sql, [*args, limit]).fetchall()]

    def iter_query(self, q: RunQuery | None = None, *, page_size: int = 1000) -> Iterator[RunRow]:
        cursor = None
        while True:
            page = self.query(q, limit=page_size, cursor=cursor)
            yield from page.rows
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def count(self, q: RunQuery | None = None) -> int:
        self.ready()
        where, args = self._where(q or RunQuery())
        sql = "SELECT count(*) FROM runs" + (" WHERE " + " AND ".join(where) if where else "")
        return self._connect().execute(sql, args).fetchone()[0]

    def count_awaiting_review(self) -> int:
        """BLOCKED runs nobody has reviewed yet (the supervisor's counter)."""
        self.ready()
        return self._connect().execute("SELECT count(*) FROM runs WHERE awaiting_review = 1").fetchone()[0]

    def get(self, run_id: str) -> RunRow:
        """The run's row. Raises InvalidRunId for a malformed id (before any lookup) and ArtifactNotFound."""
        run_id = validate_run_id(run_id)
        self.ready()
        row = (
            self._connect()
            .execute(
                f"SELECT {_ROW_SELECT} FROM runs WHERE run_id = ? ORDER BY status='UNREADABLE', seq LIMIT 1", (run_id,)
            )
            .fetchone()
        )
        if row is None:
            raise ArtifactNotFound(f"run {run_id} is not in {self.runs_dir}")
        return RunRow(*row)

    def find_by_gcode_sha256(self, sha256: str) -> list[RunRow]:
        """Every live run whose G-code hashes to `sha256` (identical requests share one), oldest first."""
        self.ready()
        rows = (
            self._connect()
            .execute(
                f"SELECT {_ROW_SELECT} FROM runs WHERE gcode_sha256 = ? AND location = 'live' ORDER BY created_us, seq",
                (sha256.lower(),),
            )
            .fetchall()
        )
        return [RunRow(*r) for r in rows]

    def distinct(self, column: Literal["tool_id", "material", "operator", "mode", "machine"]) -> list[str]:
        if column not in ("tool_id", "material", "operator", "mode", "machine"):
            raise ValueError(column)
        self.ready()
        rows = self._connect().execute(f"SELECT DISTINCT {column} FROM runs WHERE {column} IS NOT NULL ORDER BY 1")
        return [r[0] for r in rows.fetchall()]

    def record_paths(self, run_id: str, kind: str) -> list[Path]:
        self.ready()
        rows = self._connect().execute(
            "SELECT path FROM records WHERE run_id = ? AND kind = ? ORDER BY created_us, path", (run_id, kind)
        )
        return [self.runs_dir / r[0] for r in rows.fetchall()]

    def records_for(self, run_id: str, kind: str) -> list[dict[str, Any]]:
        """The run's reviews or exports, oldest first, read from their files (the index lists where)."""
        out = []
        for path in self.record_paths(run_id, kind):
            try:
                data = json.loads(path.read_bytes())
            except (OSError, ValueError):
                continue
            if isinstance(data, dict):
                out.append(data)
        return out

    def read_artifact(self, row: RunRow) -> tuple[RunArtifact, bytes]:
        """The artifact of a listed run: from its day folder, or from its archive zip when archived."""
        if row.location == "archived" and not (self.runs_dir / row.path).is_file():
            from rmos_desktop.core.runs.archive import read_from_archive

            if not row.archive_path:
                raise ArtifactNotFound(f"run {row.run_id} is archived but its archive is not recorded")
            data = read_from_archive(Path(row.archive_path), row.path)
            try:
                return RunArtifact.model_validate_json(data), data
            except (ValidationError, ValueError) as exc:
                raise ArtifactUnreadable(Path(row.archive_path), str(exc).splitlines()[0]) from exc
        return self.store.read_artifact_file(self.runs_dir / row.path)


def _log_rebuild(path: Path, problem: str) -> None:
    level = logging.INFO if problem == "no index file yet" else logging.WARNING
    log.log(level, "rebuilding the run index %s: %s", path, problem)


# -- cursors ----------------------------------------------------------------------------------------------
INT64 = (-(2**63), 2**63 - 1)  # what sqlite stores in an INTEGER column


def _order_sig(order: list[tuple[str, bool]]) -> str:
    return ",".join(f"{c}{'-' if d else '+'}" for c, d in order)


def _query_ident(where: list[str], args: list[Any]) -> str:
    """Identity of a listing's filters (the SQL conditions and their values, so equal filters written
    differently, e.g. `blocked` and `BLOCKED`, are the same listing)."""
    raw = json.dumps([where, args], separators=(",", ":"), default=str).encode()
    return hashlib.sha256(raw).hexdigest()[:16]


def _encode_cursor(order: list[tuple[str, bool]], ident: str, key: list[int], snapshot: int | None = None) -> str:
    data: dict[str, Any] = {"o": _order_sig(order), "q": ident, "k": key}
    if snapshot is not None:
        data["s"] = snapshot
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _int64(v: Any) -> bool:
    return type(v) is int and INT64[0] <= v <= INT64[1]


def _decode_cursor(cursor: str, order: list[tuple[str, bool]], ident: str, n: int) -> tuple[list[int], int | None]:
    """(key, snapshot) of a cursor this listing handed out. InvalidCursor for anything else: not a cursor,
    a key out of sqlite's integer range, or a cursor of another listing (other filters or order)."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        key, sig, qid, snapshot = data["k"], data["o"], data["q"], data.get("s")
        ok = (
            isinstance(key, list)
            and len(key) in (2, 3)
            and all(_int64(k) for k in key)
            and isinstance(sig, str)
            and isinstance(qid, str)
            and (snapshot is None or _int64(snapshot))
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        ok = False
    if not ok:
        raise InvalidCursor(f"not a cursor: {cursor[:40]!r}")
    if sig != _order_sig(order) or qid != ident:
        raise InvalidCursor(
            "this cursor belongs to another listing (other filters or another order); "
            "repeat the listing with the same filters, or start again without a cursor"
        )
    if len(key) != n:
        raise InvalidCursor(f"not a cursor: {cursor[:40]!r}")
    return key, snapshot


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
