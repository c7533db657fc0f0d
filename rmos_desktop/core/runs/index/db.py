"""The index file: its schema (a file of another schema is rebuilt, that is the migration) and the sqlite
connections to it — one per thread on the cache file, or one shared in-memory database when the cache
cannot be used (a full or read-only cache disk), so the app still lists runs, read from the files."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# 6: rows carry their file's size, mtime and sha256 and a seal; review/export counts are no longer stored
# 7: shop_reviews, the reviews of this station's runs made on other stations (pulled from the shop server)
INDEX_SCHEMA = 7
ENV_CACHE_DIR = "RMOS_CACHE_DIR"
BUSY_TIMEOUT_MS = 10_000

# what a row says about its file (sealed; see rows.py); `location` and the archive columns follow the folders
DERIVED_COLUMNS = (
    *("path", "run_id", "created_us", "status", "mode", "tool_id", "material", "machine", "risk_level", "score"),
    *("operator", "job_name", "order_ref", "block_reason", "warnings", "request_sha256", "feasibility_sha256"),
    *("toolpaths_sha256", "gcode_sha256", "opplan_sha256", "problem", "search"),
)
STAMP_COLUMNS = ("file_size", "file_mtime_ns", "file_sha256")
RUN_SEALED = (*DERIVED_COLUMNS, *STAMP_COLUMNS)  # what the seal of a run row covers (all but location, archive)
RUN_COLUMNS = (*RUN_SEALED, "location")  # what an insert gives; sqlite computes the seal
RECORD_DERIVED = ("path", "kind", "record_id", "run_id", "created_us", "disposition", "reviewer", "action", "problem")
RECORD_SEALED = (*RECORD_DERIVED, *STAMP_COLUMNS)
# a review of one of this station's runs made on another station (the office), pulled from the shop server by
# `rmos shop sync` after checking it names the artifact this station recorded (core/shop/reviews.py); `problem`
# says why one was refused (kept so it is not fetched again, never shown)
SHOP_REVIEW_COLUMNS = (
    *("station", "seq", "run_id", "artifact_sha256", "record_id", "disposition", "reviewer", "created_us"),
    *("record", "problem"),
)
SEAL_FUNCTION = "rmos_seal"  # registered on every connection: keyed hash of one text (rows.Sealer.seal_text)


def seal_of(terms: Iterable[str]) -> str:
    """SQL for the seal of some values: the keyed hash of their sqlite `quote()` forms joined by US (0x1f).
    sqlite renders the values both when a row is written and when it is checked, so they always agree."""
    return f"{SEAL_FUNCTION}(" + " || char(31) || ".join(f"quote({t})" for t in terms) + ")"


def _params(n: int) -> list[str]:
    return [f"?{i}" for i in range(1, n + 1)]


SCHEMA = """
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
    search TEXT NOT NULL DEFAULT '',            -- lower-case ids, names and warnings for free text
    file_size INTEGER, file_mtime_ns INTEGER, file_sha256 TEXT,  -- the file the row was read from
    location TEXT NOT NULL DEFAULT 'live',      -- live | archived | missing
    seal TEXT,                                  -- keyed hash of the columns above but location
    archive_name TEXT, archive_path TEXT
);
CREATE INDEX IF NOT EXISTS runs_newest ON runs (created_us DESC, seq DESC);
CREATE INDEX IF NOT EXISTS runs_status_time ON runs (status, created_us DESC, seq DESC);
CREATE INDEX IF NOT EXISTS runs_tool ON runs (tool_id, created_us DESC);
CREATE INDEX IF NOT EXISTS runs_gcode ON runs (gcode_sha256);
CREATE INDEX IF NOT EXISTS runs_run_id ON runs (run_id);
CREATE TABLE IF NOT EXISTS records (
    path TEXT PRIMARY KEY,                      -- records/<kind>s/<day>/<record_id>.json
    kind TEXT NOT NULL, record_id TEXT, run_id TEXT, created_us INTEGER,
    disposition TEXT, reviewer TEXT, action TEXT, problem TEXT,
    file_size INTEGER, file_mtime_ns INTEGER, file_sha256 TEXT, seal TEXT
);
CREATE INDEX IF NOT EXISTS records_run ON records (run_id, kind, created_us);
CREATE TABLE IF NOT EXISTS shop_reviews (
    station TEXT NOT NULL,                      -- the station the review was recorded on (e.g. office)
    seq INTEGER NOT NULL,                       -- its ledger line on that station (and on the shop server)
    run_id TEXT NOT NULL, artifact_sha256 TEXT NOT NULL,
    record_id TEXT, disposition TEXT, reviewer TEXT, created_us INTEGER,
    record TEXT NOT NULL,                       -- the review record as the server holds it (JSON)
    problem TEXT,                               -- why it was refused (NULL: it names this station's artifact)
    seal TEXT,                                  -- keyed hash of the columns above
    PRIMARY KEY (station, seq)
);
CREATE INDEX IF NOT EXISTS shop_reviews_run ON shop_reviews (run_id);
"""
FTS_SCHEMA = (
    "CREATE VIRTUAL TABLE runs_fts USING fts5(search, content='runs', content_rowid='seq', tokenize='trigram')",
    "CREATE TRIGGER runs_fts_insert AFTER INSERT ON runs BEGIN "
    "INSERT INTO runs_fts(rowid, search) VALUES (new.seq, new.search); END",
)
# Every change to the rows (ours or anyone's) counts up meta 'generation'; our own transactions re-seal the
# count when it was sealed before they began, so an edit made with another program leaves it unsealed and
# the next reconcile checks every row's seal (db.edits_sealed, Database.tx).
GUARD_TRIGGERS = {
    f"{table}_edit_{when[0].lower()}": (
        f"CREATE TRIGGER {table}_edit_{when[0].lower()} AFTER {when} ON {table} BEGIN "
        "UPDATE meta SET value = value + 1 WHERE key = 'generation'; END"
    )
    for table in ("runs", "records")
    for when in ("INSERT", "UPDATE", "DELETE")
}
_GENERATION_SEAL = f"{SEAL_FUNCTION}('generation:' || coalesce((SELECT value FROM meta WHERE key = 'generation'), ''))"
INSERT_RUN = (
    f"INSERT INTO runs ({', '.join(RUN_COLUMNS)}, seal) "
    f"VALUES ({', '.join(_params(len(RUN_COLUMNS)))}, {seal_of(_params(len(RUN_SEALED)))}) "
    "ON CONFLICT(path) DO NOTHING"
)
UPDATE_RUN = (  # arguments: RUN_SEALED values, path first
    f"UPDATE runs SET {', '.join(f'{c} = ?{i}' for i, c in enumerate(RUN_SEALED[1:], 2))}, "
    f"seal = {seal_of(_params(len(RUN_SEALED)))} WHERE path = ?1"
)
RUN_SEAL_OK = f"(seal IS {seal_of(RUN_SEALED)})"
INSERT_RECORD = (
    f"INSERT OR IGNORE INTO records ({', '.join(RECORD_SEALED)}, seal) "
    f"VALUES ({', '.join(_params(len(RECORD_SEALED)))}, {seal_of(_params(len(RECORD_SEALED)))})"
)
RECORD_SEAL_OK = f"(seal IS {seal_of(RECORD_SEALED)})"
INSERT_SHOP_REVIEW = (
    f"INSERT OR IGNORE INTO shop_reviews ({', '.join(SHOP_REVIEW_COLUMNS)}, seal) "
    f"VALUES ({', '.join(_params(len(SHOP_REVIEW_COLUMNS)))}, {seal_of(_params(len(SHOP_REVIEW_COLUMNS)))})"
)
# a shop review counts only when it was accepted and its row is as this app wrote it (alias s)
SHOP_REVIEW_SHOWN = f"(s.problem IS NULL AND s.seal IS {seal_of(f's.{c}' for c in SHOP_REVIEW_COLUMNS)})"

# errors of the cache file; `is_cache_failure` tells a full or unwritable disk from a damaged file
CACHE_ERRORS = (sqlite3.OperationalError, OSError)
_ENVIRONMENT_WORDS = ("full", "readonly", "read-only", "unable to open", "disk i/o", "locked", "busy", "out of memory")


def is_cache_failure(exc: BaseException) -> bool:
    """Whether `exc` says the cache cannot be opened or written (full, read-only, locked, I/O error), as
    opposed to a damaged file (which a rebuild repairs)."""
    if isinstance(exc, OSError):
        return True
    return isinstance(exc, sqlite3.OperationalError) and any(w in str(exc).lower() for w in _ENVIRONMENT_WORDS)


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


def describe_cache_error(exc: BaseException) -> str:
    """A cache failure in a person's words ("database or disk is full", "No space left on device: …")."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return str(exc) or type(exc).__name__


class _Done:
    """The fetched result of one statement on the shared in-memory connection."""

    def __init__(self, rows: list[Any], rowcount: int):
        self._rows = rows
        self.rowcount = rowcount

    def fetchall(self) -> list[Any]:
        return self._rows

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)


class _Shared:
    """One in-memory database for every thread of this process, one statement at a time (a shared-cache
    memory database would answer "table is locked" instead of waiting)."""

    def __init__(self, seal_text: Callable[[str], str]) -> None:
        self.conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        self.conn.create_function(SEAL_FUNCTION, 1, seal_text, deterministic=True)
        self.lock = threading.RLock()

    def execute(self, sql: str, args: Any = ()) -> _Done:
        with self.lock:
            cur = self.conn.execute(sql, args)
            return _Done(cur.fetchall(), cur.rowcount)

    def executemany(self, sql: str, seq: Any) -> _Done:
        with self.lock:
            cur = self.conn.executemany(sql, seq)
            return _Done(cur.fetchall(), cur.rowcount)

    def close(self) -> None:
        self.conn.close()


def remove_if_empty(path: Path) -> None:
    """Remove a 0-byte index file (and its side files) that a failed first write left behind."""
    try:
        if path.stat().st_size != 0:
            return
    except OSError:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")


class Database:
    """The sqlite connections of one index: per thread on the cache file (WAL, short write transactions,
    so another process or a pool thread can write while the GUI reads), or, after `fall_back`, one shared
    in-memory database for the rest of this process."""

    def __init__(self, path: Path, seal_text: Callable[[str], str]):
        self.path = Path(path)
        self.seal_text = seal_text  # SEAL_FUNCTION on every connection
        self.fallback: str | None = None  # why the cache file is not used (None: it is)
        self.write_lock = threading.RLock()  # short write transactions, one at a time in this process
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        self._memory: _Shared | None = None
        self._fts: bool | None = None  # whether the database has the trigram full-text table

    @property
    def in_memory(self) -> bool:
        return self.fallback is not None

    def connect(self) -> Any:
        """This thread's connection (sqlite3.Connection, or the shared in-memory one after a fallback)."""
        if self._memory is not None:
            return self._memory
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        conn = self._open_file()
        self._local.conn = conn
        with self._conns_lock:
            self._conns.append(conn)
        return conn

    def _open_file(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last commit on power loss is fine
            conn.create_function(SEAL_FUNCTION, 1, self.seal_text, deterministic=True)
        except sqlite3.Error:
            conn.close()
            remove_if_empty(self.path)
            raise
        return conn

    def fall_back(self, reason: str) -> None:
        """Use an in-memory database from now on (the caller rebuilds it from the files). Connections to
        the file are left open, not closed under another thread's statement; `close` closes them."""
        self.fallback = reason
        self._memory = _Shared(self.seal_text)
        self._fts = None
        remove_if_empty(self.path)

    def close(self) -> None:
        """Close every connection; the next `connect` tries the cache file again."""
        with self._conns_lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        if self._memory is not None:
            with contextlib.suppress(sqlite3.Error):
                self._memory.close()
        self._memory = None
        self.fallback = None
        self._local = threading.local()
        self._fts = None

    def reset(self) -> None:
        """Start from an empty database (a corrupt file cannot be trusted with DROP TABLE)."""
        if self._memory is not None:
            self._memory.close()
            self._memory = _Shared(self.seal_text)
            self._fts = None
            return
        self.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")

    @contextlib.contextmanager
    def tx(self) -> Iterator[Any]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT, rolled back on any exception). The change count
        is sealed again at the end only when it was sealed at the start (see GUARD_TRIGGERS)."""
        with self.write_lock:
            conn = self.connect()
            held = conn.lock if isinstance(conn, _Shared) else contextlib.nullcontext()
            with held:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    sealed = self._generation_sealed(conn)
                    yield conn
                    if sealed:
                        self.seal_generation(conn)
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")

    @staticmethod
    def _generation_sealed(conn: Any) -> bool:
        try:
            row = conn.execute(f"SELECT value IS {_GENERATION_SEAL} FROM meta WHERE key = 'generation_seal'")
            found = row.fetchone()
        except sqlite3.OperationalError as exc:
            if is_cache_failure(exc):
                raise
            return False  # no meta table yet (a rebuild creates it)
        return bool(found and found[0])

    def edits_sealed(self) -> bool:
        """Whether every change to the rows since the last full check was made by this app: the change
        count is sealed and the triggers that count are in place. False sends reconcile through every
        row's seal. (Someone who also resets the count escapes this quick test, not the full verify.)"""
        conn = self.connect()
        triggers = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
        intact = all(triggers.get(name) == sql for name, sql in GUARD_TRIGGERS.items())
        return intact and self._generation_sealed(conn)

    @staticmethod
    def seal_generation(conn: Any) -> None:
        conn.execute(f"INSERT OR REPLACE INTO meta VALUES ('generation_seal', {_GENERATION_SEAL})")

    def mark_checked(self, conn: Any) -> None:
        """Every row was just checked against its file: (re)make the counting triggers where they are
        missing or altered, and seal the change count (inside a tx)."""
        triggers = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
        for name, sql in GUARD_TRIGGERS.items():
            if triggers.get(name) != sql:
                conn.execute(f"DROP TRIGGER IF EXISTS {name}")
                conn.execute(sql)
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('generation', '0')")
        self.seal_generation(conn)

    def exists(self) -> bool:
        return self.in_memory or self.path.exists()

    def create(self, conn: Any) -> None:
        """The tables of INDEX_SCHEMA, with trigram full-text search where this sqlite has it (≥ 3.34)."""
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        try:  # without it, free text scans every row
            conn.execute("SAVEPOINT fts")
            for statement in FTS_SCHEMA:
                conn.execute(statement)
            conn.execute("RELEASE fts")
        except sqlite3.OperationalError as exc:
            if "full" in str(exc) or "readonly" in str(exc):
                raise
            conn.execute("ROLLBACK TO fts")
            conn.execute("RELEASE fts")
            log.info("run index: no trigram full-text search in this sqlite (%s); free text scans", exc)
        conn.execute(f"PRAGMA user_version={INDEX_SCHEMA}")
        self._fts = None

    def drop_all(self, conn: Any) -> None:
        tables = "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        for (name,) in conn.execute(tables + " AND sql LIKE 'CREATE VIRTUAL%'").fetchall():
            conn.execute(f'DROP TABLE IF EXISTS "{name}"')  # first: it owns its shadow tables
        for (name,) in conn.execute(tables).fetchall():
            conn.execute(f'DROP TABLE IF EXISTS "{name}"')
        self._fts = None

    def forget_fts(self) -> None:
        self._fts = None

    def has_fts(self) -> bool:
        if self._fts is None:
            found = self.connect().execute("SELECT 1 FROM sqlite_master WHERE name='runs_fts'").fetchone()
            self._fts = found is not None
        return self._fts

    def rebuild_fts(self, conn: Any) -> None:
        """Re-read the full-text index from the rows (after rows were corrected in place)."""
        if self.has_fts():
            conn.execute("INSERT INTO runs_fts(runs_fts) VALUES ('rebuild')")

    def columns_problem(self, conn: Any) -> str | None:
        """Why the tables are not the ones INDEX_SCHEMA makes (a hand-edited file), or None."""
        for table, wanted in (
            ("runs", (*RUN_COLUMNS, "seal")),
            ("records", (*RECORD_SEALED, "seal")),
            ("shop_reviews", (*SHOP_REVIEW_COLUMNS, "seal")),
        ):
            have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})").fetchall()}
            if not set(wanted) <= have:
                return f"index damaged (the {table} table lacks {sorted(set(wanted) - have)[0]})"
        return None
