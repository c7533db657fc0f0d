"""RunIndex: the one object callers hold. It decides when to rebuild, reconcile or fall back to reading the
files, and answers queries; the work is done by db (connections), reconcile (files -> rows) and queries."""

from __future__ import annotations

import functools
import json
import logging
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from rmos_desktop.core.runs.index import queries
from rmos_desktop.core.runs.index.db import (
    CACHE_ERRORS,
    INDEX_SCHEMA,
    INSERT_SHOP_REVIEW,
    SHOP_REVIEW_COLUMNS,
    SHOP_REVIEW_SHOWN,
    Database,
    describe_cache_error,
    index_path,
    is_cache_failure,
)
from rmos_desktop.core.runs.index.queries import MAX_PAGE, Page, RunQuery
from rmos_desktop.core.runs.index.reconcile import Reconciler, ReconcileReport
from rmos_desktop.core.runs.index.rows import NOT_REVIEWED, ROW_SELECT, RunRow, Sealer
from rmos_desktop.core.runs.schemas import RunArtifact, validate_run_id
from rmos_desktop.core.runs.store import ArtifactNotFound, ArtifactUnreadable, RunStore

log = logging.getLogger(__name__)


def _guarded(method):
    """Run `method`; when the cache file fails under it (a full or read-only disk, a hand-damaged table),
    recover (fall back to an in-memory index read from the files, or rebuild) and run it once more."""

    @functools.wraps(method)
    def wrapper(self: RunIndex, *args: Any, **kw: Any) -> Any:
        try:
            return method(self, *args, **kw)
        except CACHE_ERRORS as exc:
            if not self._recover_from(exc):
                raise
        return method(self, *args, **kw)

    return wrapper


class RunIndex:
    """sqlite cache of one runs directory. Open with `RunIndex.open(runs_dir)`; it repairs itself.

    Never the source of truth. It lives in the user cache directory (WAL does not work on network shares),
    one file per runs directory (`index_path`), and is updated three ways:

    - by the `RunRecorder` after every durable write (`add_artifact`, `add_record`);
    - by `reconcile()` at start-up and on demand: it lists the day folders and `records/<kind>s/<day>/`,
      reads the files it has not seen (another app instance, a copied-in folder, a restore) and checks
      every row against its file (seal, size, mtime; sha256 when they differ or with `full=True`), so an
      edited row is read again, not believed. Files that vanished are marked archived when an archive
      record names them, else `missing`;
    - by `rebuild()`, automatically when the file is missing, corrupt, of another schema, sealed with
      another key or made for another runs directory.

    A file that does not parse or validate gets a row with status UNREADABLE and the reason, so it is
    listed, never silently skipped. Archived runs keep their rows (read back from the archive zip when an
    index is rebuilt after the archive) with the archive's name; a restore lists them as live again.
    Review and export counts, and "awaiting review", are counted from the record rows when read.

    When the cache cannot be opened or written (a full or read-only cache disk), the index says so in a
    warning and keeps working in memory, rebuilt from the files: slower, still correct; `fallback` holds
    the reason. The next process tries the cache file again.
    """

    def __init__(self, store: RunStore, path: Path):
        self.store = store
        self.path = Path(path)
        self.db = Database(self.path, lambda text: self._seals().seal_text(text))
        self._maint_lock = threading.RLock()  # ensure / reconcile / rebuild, one at a time in this process
        self._healthy = False  # the file was seen complete and of this schema (incremental updates may go in)
        self._ready = False  # ensured and reconciled once in this process (queries are up to date)
        self.last_rebuild_reason: str | None = None
        self._sealer: Sealer | None = None
        self._reconciler = Reconciler(self.db, store, self._seals)

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

    @property
    def fallback(self) -> str | None:
        """Why the cache file is not used in this process (None when it is)."""
        return self.db.fallback

    def close(self) -> None:
        """Close every thread's connection. Only when no other thread is querying: sqlite3 connections are
        shared across threads here, and closing one under a running statement crashes the interpreter (the
        GUI waits for its background tasks before a runs-directory change closes the old index)."""
        self.db.close()
        self._healthy = self._ready = False
        self._sealer = None

    # -- health --------------------------------------------------------------------------------------------
    def _seals(self) -> Sealer:
        if self._sealer is None:
            in_memory = self.db.in_memory
            self._sealer = Sealer(secrets.token_bytes(32)) if in_memory else Sealer.for_folder(self.path.parent)
        return self._sealer

    def _recover_from(self, exc: BaseException) -> bool:
        """Whether a second try may succeed after `exc` (see _guarded)."""
        with self._maint_lock:
            self._healthy = self._ready = False
            self.db.forget_fts()
            if not is_cache_failure(exc):  # a damaged table: the next ready() finds it and rebuilds
                return isinstance(exc, sqlite3.OperationalError)
            if isinstance(exc, OSError) and not self._about_the_cache(exc):
                return False  # e.g. a runs folder that cannot be listed: not the cache's fault
            if self.db.in_memory:
                return False
            reason = describe_cache_error(exc)
            log.warning(
                "the run index cache %s cannot be used (%s); the runs are read from the files instead (slower)",
                self.path,
                reason,
            )
            self.db.fall_back(reason)
            self._sealer = None
            return True

    def _about_the_cache(self, exc: OSError) -> bool:
        """Whether an OSError concerns the cache: the index folder, a file in it, or a folder above it."""
        if exc.filename is None:
            return True
        name, folder = Path(str(exc.filename)), self.path.parent
        return name == folder or folder in name.parents or name in folder.parents

    def _problem(self, *, deep: bool = True) -> str | None:
        """Why this index cannot be used as it is (None when it can). `deep` adds sqlite's quick_check.
        A full or unwritable cache raises (the caller falls back); a damaged file is a problem (rebuilt)."""
        if not self.db.exists():
            return "no index file yet"
        try:
            conn = self.db.connect()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version != INDEX_SCHEMA:
                if self.db.in_memory:
                    return f"the cache cannot be used ({self.db.fallback}): reading the files"
                return f"index schema {version}, this app uses {INDEX_SCHEMA}"
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("runs_dir") != str(self.runs_dir.resolve()):
                return "the index was made for another runs directory"
            if meta.get("complete") != "1":
                return "an earlier rebuild did not finish"
            if meta.get("seal_key") != self._seals().key_id:
                return "the index was sealed with another key"
            problem = self.db.columns_problem(conn)
            if problem is None and deep:
                ok = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
                problem = None if ok == "ok" else f"index damaged ({ok})"
        except sqlite3.DatabaseError as exc:
            if is_cache_failure(exc):
                raise
            return f"index damaged ({exc})"
        return problem

    def _can_update(self) -> bool:
        """Whether incremental updates may go in now (otherwise the next reconcile or rebuild adds them)."""
        if not self._healthy:
            self._healthy = self._problem(deep=False) is None
        return self._healthy

    @_guarded
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

    @_guarded
    def use_as_is(self) -> bool:
        """Serve queries from the index file as it stands, when it is complete and of this schema (cheap:
        no quick_check, no folder scan, rows not yet checked against their files). The GUI does this to show
        the first page at once and reconciles off its thread right after. False when the index first needs a
        rebuild."""
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

    # -- maintenance ---------------------------------------------------------------------------------------
    @_guarded
    def rebuild(self, *, reason: str = "asked for", progress=None) -> ReconcileReport:
        """Drop everything and read every file again. `progress(done, total)` may raise to cancel.
        Works on a deleted or corrupt file (it starts a new one)."""
        started = time.monotonic()
        report = ReconcileReport(rebuilt=True, reason=reason)
        with self._maint_lock:
            self._healthy = self._ready = False
            self._reconciler.rebuild(report, progress=progress)
            self._healthy = True
            self._reconciler.incremental(report)  # what was written while the rebuild read (updates held back)
            self._ready = True
        self.last_rebuild_reason = reason
        report.seconds = time.monotonic() - started
        log.info(
            "run index rebuilt in %.1f s: %d runs (%d unreadable)", report.seconds, report.added, len(report.unreadable)
        )
        return report

    @_guarded
    def reconcile(self, *, progress=None, full: bool = False) -> ReconcileReport:
        """Read files the index has not seen; check every row against its file (`full`: read and hash every
        file); mark rows whose file went away (archived or missing) and rows whose file came back
        (restored). Rebuilds instead when the index itself is unusable."""
        with self._maint_lock:
            started = time.monotonic()
            problem = self._problem()
            if problem is not None:
                _log_rebuild(self.path, problem)
                return self.rebuild(reason=problem, progress=progress)
            self._healthy = True
            report = ReconcileReport()
            self._reconciler.incremental(report, progress=progress, full=full)
            self._ready = True
            report.seconds = time.monotonic() - started
            return report

    @_guarded
    def add_artifact(self, artifact: RunArtifact, path: Path) -> None:
        """The recorder wrote `artifact` to `path` (skipped until the index is healthy: reconcile adds it)."""
        if self._can_update():
            self._reconciler.add_artifact(artifact, path)

    @_guarded
    def add_record(self, kind: str, record: dict[str, Any], path: Path) -> None:
        if self._can_update():
            self._reconciler.add_record(kind, record, path)

    # -- queries -------------------------------------------------------------------------------------------
    def _where(self, q: RunQuery) -> tuple[list[str], list[Any]]:
        return queries.where_clause(q, has_fts=self.db.has_fts())

    @_guarded
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
        return queries.page(self.db.connect(), q, where, args, limit, cursor)

    def iter_query(self, q: RunQuery | None = None, *, page_size: int = 1000):
        cursor = None
        while True:
            page = self.query(q, limit=page_size, cursor=cursor)
            yield from page.rows
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    @_guarded
    def count(self, q: RunQuery | None = None) -> int:
        self.ready()
        where, args = self._where(q or RunQuery())
        sql = "SELECT count(*) FROM runs" + (" WHERE " + " AND ".join(where) if where else "")
        return self.db.connect().execute(sql, args).fetchone()[0]

    @_guarded
    def count_awaiting_review(self) -> int:
        """BLOCKED runs nobody has reviewed yet (the supervisor's counter), counted from the review records."""
        self.ready()
        sql = f"SELECT count(*) FROM runs WHERE status = 'BLOCKED' AND {NOT_REVIEWED}"
        return self.db.connect().execute(sql).fetchone()[0]

    @_guarded
    def get(self, run_id: str) -> RunRow:
        """The run's row. Raises InvalidRunId for a malformed id (before any lookup) and ArtifactNotFound."""
        run_id = validate_run_id(run_id)
        self.ready()
        row = (
            self.db.connect()
            .execute(
                f"SELECT {ROW_SELECT} FROM runs WHERE run_id = ? ORDER BY status='UNREADABLE', seq LIMIT 1", (run_id,)
            )
            .fetchone()
        )
        if row is None:
            raise ArtifactNotFound(f"run {run_id} is not in {self.runs_dir}")
        return RunRow(*row)

    @_guarded
    def find_by_gcode_sha256(self, sha256: str) -> list[RunRow]:
        """Every live run whose G-code hashes to `sha256` (identical requests share one), oldest first."""
        self.ready()
        sql = f"SELECT {ROW_SELECT} FROM runs WHERE gcode_sha256 = ? AND location = 'live' ORDER BY created_us, seq"
        return [RunRow(*r) for r in self.db.connect().execute(sql, (sha256.lower(),)).fetchall()]

    @_guarded
    def distinct(self, column: Literal["tool_id", "material", "operator", "mode", "machine"]) -> list[str]:
        if column not in ("tool_id", "material", "operator", "mode", "machine"):
            raise ValueError(column)
        self.ready()
        rows = self.db.connect().execute(f"SELECT DISTINCT {column} FROM runs WHERE {column} IS NOT NULL ORDER BY 1")
        return [r[0] for r in rows.fetchall()]

    @_guarded
    def record_paths(self, run_id: str, kind: str) -> list[Path]:
        self.ready()
        rows = self.db.connect().execute(
            "SELECT path FROM records WHERE run_id = ? AND kind = ? ORDER BY created_us, path", (run_id, kind)
        )
        return [self.runs_dir / r[0] for r in rows.fetchall()]

    def records_for(self, run_id: str, kind: str) -> list[dict[str, Any]]:
        """The run's reviews or exports, oldest first, read from their files; the index only says where
        they are (no folder scan). `RunStore.records_for` scans the folders instead, for callers without
        an index or that must not trust one."""
        out = []
        for path in self.record_paths(run_id, kind):
            try:
                data = json.loads(self.store.read_file(path))  # no link followed (issue 16 M6)
            except (OSError, ValueError):
                continue
            if isinstance(data, dict):
                out.append(data)
        return out

    # -- reviews made on other stations (a shop sync brings them home; core/shop/reviews.py) ------------------
    @_guarded
    def shop_review_marks(self) -> dict[str, int]:
        """Per reviewing station, the last of its ledger lines fetched so far (accepted or refused): the next
        sync asks the server only for later ones. Empty after a rebuild that could not keep them (then the
        next sync fetches them all again). Cheap: the index file as it stands when it is usable (no folder scan;
        the sync reads the runs it names through `get`, which a caller reconciles first when one is missing)."""
        if not self.use_as_is():
            self.ready()
        rows = self.db.connect().execute("SELECT station, max(seq) FROM shop_reviews GROUP BY station")
        return {station: seq for station, seq in rows.fetchall()}

    @_guarded
    def add_shop_reviews(self, rows: list[dict[str, Any]]) -> set[tuple[str, int]]:
        """Keep reviews checked by the shop sync (dicts of SHOP_REVIEW_COLUMNS; `problem` None for an accepted
        one), sealed like the other rows. Returns the (station, seq) of those not already held."""
        if not self.use_as_is():
            self.ready()
        kept: set[tuple[str, int]] = set()
        if not rows:
            return kept
        with self.db.tx() as tx:
            for row in rows:
                if tx.execute(INSERT_SHOP_REVIEW, tuple(row[c] for c in SHOP_REVIEW_COLUMNS)).rowcount == 1:
                    kept.add((row["station"], row["seq"]))
        return kept

    @_guarded
    def shop_reviews_held(self) -> int:
        """A number that grows with every review made on another station that the index takes in (accepted or
        refused; rows are never removed): a listing loaded before it grew is out of date (the history reloads
        at its next refresh)."""
        self.ready()
        return self.db.connect().execute("SELECT coalesce(max(rowid), 0) FROM shop_reviews").fetchone()[0]

    @_guarded
    def shop_reviews_for(self, run_id: str) -> list[dict[str, Any]]:
        """The run's accepted reviews made on other stations, oldest first: each the review record as the shop
        server held it, plus `station` (where it was made)."""
        self.ready()
        rows = self.db.connect().execute(
            f"SELECT s.station, s.record FROM shop_reviews s WHERE s.run_id = ? AND {SHOP_REVIEW_SHOWN}"
            " ORDER BY s.created_us, s.station, s.seq",
            (run_id,),
        )
        out = []
        for station, text in rows.fetchall():
            try:
                record = json.loads(text)
            except ValueError:
                continue
            if isinstance(record, dict):
                out.append({**record, "station": station})
        return out

    def reviews_for(self, run_id: str) -> list[dict[str, Any]]:
        """Every review of the run, oldest first: this workstation's records (`records_for`) and those made on
        other stations that a shop sync brought home (marked with their `station`)."""
        reviews = self.records_for(run_id, "review") + self.shop_reviews_for(run_id)
        return sorted(reviews, key=_created)

    def read_artifact(self, row: RunRow) -> tuple[RunArtifact, bytes]:
        """The artifact of a listed run: from its day folder, or from its archive zip when archived."""
        if row.location == "archived" and not _regular_file(self.runs_dir / row.path):
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
    if problem.startswith("the cache cannot be used"):
        level = logging.INFO  # the fallback warning said it already
    log.log(level, "rebuilding the run index %s: %s", path, problem)


def _created(record: dict[str, Any]) -> float:
    """A record's creation time for sorting (undated ones first)."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(str(record.get("created_at_utc")).replace("Z", "+00:00")).timestamp()
    except (ValueError, TypeError, OverflowError):
        return float("-inf")


def _regular_file(path: Path) -> bool:
    """A regular file there itself (lstat: a link does not count)."""
    import stat

    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False
