"""Keeping the index true to the files: the full rebuild, the incremental reconcile (new, vanished and
restored files, new records, archives read back from their zips) and the check of every row against its
file, so that a row edited in the sqlite file, or a file changed under its row, is read again, not believed.

The check, on every reconcile: a row whose file's size or mtime differ from its stamp is read again and its
sha256 compared. When the rows were changed by another program since the last check (db.GUARD_TRIGGERS
count every change; only this app re-seals the count), every row's seal is checked as well: a row whose
seal does not match its values is read again from its file, or dropped when no file backs it.
`full=True` reads and hashes every file (what a forged seal or a reset count cannot pass)."""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rmos_desktop.core.runs.index.db import (
    DERIVED_COLUMNS,
    INSERT_RECORD,
    INSERT_RUN,
    INSERT_SHOP_REVIEW,
    RECORD_SEAL_OK,
    RUN_SEAL_OK,
    RUN_SEALED,
    SHOP_REVIEW_COLUMNS,
    UPDATE_RUN,
    Database,
    is_cache_failure,
    seal_of,
)
from rmos_desktop.core.runs.index.rows import (
    NO_STAMP,
    Sealer,
    Stamp,
    artifact_row,
    parse_artifact_file,
    read_stamped,
    record_row,
    unreadable_row,
)
from rmos_desktop.core.runs.schemas import ARTIFACT_NAME_RE, RunArtifact
from rmos_desktop.core.runs.store import RunStore

log = logging.getLogger(__name__)

BATCH = 2000
RECORD_PATH_RE = re.compile(r"^records/[a-z_]+/\d{4}-\d{2}-\d{2}/[0-9a-f]{32}\.json$")


@dataclass
class ReconcileReport:
    added: int = 0
    unreadable: list[str] = field(default_factory=list)  # relative paths listed as UNREADABLE
    records_added: int = 0
    marked_archived: int = 0
    marked_missing: int = 0
    relisted: int = 0
    repaired: list[str] = field(default_factory=list)  # rows that did not match their files, read again
    rebuilt: bool = False
    reason: str | None = None  # why the index was rebuilt
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Reconciler:
    """Reads the runs directory into the index tables (`db`); sqlite seals each row with the key of
    `sealer()` (db.SEAL_FUNCTION)."""

    def __init__(self, db: Database, store: RunStore, sealer: Callable[[], Sealer]):
        self.db = db
        self.store = store
        self.sealer = sealer

    @property
    def runs_dir(self) -> Path:
        return self.store.runs_dir

    # -- rebuild -------------------------------------------------------------------------------------------
    def rebuild(self, report: ReconcileReport, *, progress=None) -> None:
        """Drop everything and read every file again. `progress(done, total)` may raise to cancel."""
        self._fresh_tables()
        self.insert_parsed(self.artifact_rels(), report, progress=progress)
        self.add_new_records(self.record_files(), report, known=set())
        self.apply_archives(report)
        with self.db.tx() as tx:
            self.db.mark_checked(tx)
            tx.execute("UPDATE meta SET value='1' WHERE key='complete'")
            tx.execute("INSERT OR REPLACE INTO meta VALUES ('rebuilt_at', ?)", (datetime.now(UTC).isoformat(),))

    def _fresh_tables(self) -> None:
        try:
            conn = self.db.connect()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            recreate = conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok"
        except Exception as exc:  # sqlite3.DatabaseError: a damaged file; a full disk is raised again below
            log.info("run index: starting a new file (%s)", exc)
            recreate = True
        if recreate:
            self.db.reset()
        kept = [] if recreate else self._sealed_shop_reviews()
        with self.db.tx() as tx:
            self.db.drop_all(tx)
            self.db.create(tx)
            tx.executemany(INSERT_SHOP_REVIEW, kept)
            meta = [
                ("runs_dir", str(self.runs_dir.resolve())),
                ("complete", "0"),
                ("generation", "0"),
                ("seal_key", self.sealer().key_id),
            ]
            tx.executemany("INSERT INTO meta VALUES (?, ?)", meta)

    def _sealed_shop_reviews(self) -> list[tuple]:
        """The reviews a shop sync brought home whose rows are as this app sealed them (under the current key) for
        this runs directory: not files to read again, so a rebuild keeps them rather than wait for the next sync
        to fetch them."""
        cols = ", ".join(f"s.{c}" for c in SHOP_REVIEW_COLUMNS)
        sealed = seal_of(f"s.{c}" for c in SHOP_REVIEW_COLUMNS)
        try:
            conn = self.db.connect()
            made_for = conn.execute("SELECT value FROM meta WHERE key = 'runs_dir'").fetchone()
            if made_for is None or made_for[0] != str(self.runs_dir.resolve()):
                return []
            rows = conn.execute(f"SELECT {cols} FROM shop_reviews s WHERE s.seal IS {sealed}")
            return [tuple(r) for r in rows.fetchall()]
        except sqlite3.DatabaseError as exc:  # no such table (an older schema), a damaged one
            if is_cache_failure(exc) and "no such" not in str(exc):
                raise
            return []

    def _parse(self, rels: list[str], progress=None) -> Iterator[tuple[tuple, str | None, Stamp] | None]:
        """Parse artifact files in this process. (Worker processes were measured: on two cores they gave
        nothing back after pickling the rows, and spawning re-runs an unguarded main script.)"""
        total = len(rels)
        for i, rel in enumerate(rels, 1):
            yield parse_artifact_file(self.runs_dir / rel, rel)
            if progress and (i % 500 == 0 or i == total):
                progress(i, total)

    def insert_parsed(self, rels: list[str], report: ReconcileReport, *, progress=None) -> None:
        """Insert as the files are parsed (in folder order, so the insertion sequence follows the days), one
        short transaction per batch, so the inserts overlap the parsing."""
        rows: list[tuple] = []

        def flush() -> None:
            with self.db.tx() as tx:
                report.added += tx.executemany(INSERT_RUN, rows).rowcount  # not the trigger's changes
            rows.clear()

        for parsed in self._parse(sorted(rels), progress):
            if parsed is None:
                continue
            derived, problem, stamp = parsed
            rows.append((*derived, *stamp, "live"))
            if problem:
                report.unreadable.append(derived[0])
            if len(rows) >= BATCH:
                flush()
        if rows:
            flush()

    # -- incremental (the recorder's writes) -----------------------------------------------------------------
    def add_artifact(self, artifact: RunArtifact, path: Path) -> None:
        rel = self.store.relative(Path(path))
        try:
            stamp = read_stamped(path)[1]
        except OSError:
            stamp = NO_STAMP
        with self.db.tx() as tx:
            tx.execute(INSERT_RUN, (*artifact_row(artifact, rel), *stamp, "live"))

    def add_record(self, kind: str, record: dict[str, Any], path: Path) -> None:
        try:
            stamp = read_stamped(path)[1]
        except OSError:
            stamp = NO_STAMP
        with self.db.tx() as tx:
            self._insert_record(tx, kind, record, self.store.relative(Path(path)), stamp)

    def _insert_record(self, tx: Any, kind: str, record: dict[str, Any], rel: str, stamp: Stamp) -> bool:
        if tx.execute(INSERT_RECORD, (*record_row(kind, record, rel), *stamp)).rowcount != 1:
            return False
        if kind == "archive":
            self._apply_archive_record(tx, record)
        return True

    def _apply_archive_record(self, tx: Any, record: dict[str, Any]) -> None:
        runs = [r for r in record.get("runs") or [] if isinstance(r, str)]
        if record.get("action") == "archive":
            tx.executemany(
                "UPDATE runs SET location='archived', archive_name=?, archive_path=? WHERE run_id=?",
                [(record.get("archive_name"), record.get("archive_path"), r) for r in runs],
            )
        elif record.get("action") == "restore" and runs:  # listed as live again only where the file is back
            found = tx.execute(f"SELECT seq, path FROM runs WHERE run_id IN ({','.join('?' * len(runs))})", runs)
            for seq, rel in found.fetchall():
                if _is_real_file(self.runs_dir / rel):
                    tx.execute(
                        "UPDATE runs SET location='live', archive_name=NULL, archive_path=NULL WHERE seq=?", (seq,)
                    )

    # -- reconcile -----------------------------------------------------------------------------------------
    def artifact_rels(self) -> list[str]:
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

    def incremental(self, report: ReconcileReport, *, progress=None, full: bool = False) -> None:
        """Read files the index has not seen; check the rows it has against their files; mark rows whose
        file went away (archived or missing) and rows whose file came back (restored)."""
        conn = self.db.connect()
        seals = full or not self.db.edits_sealed()  # edited by another program: check every row's seal
        on_disk = self.artifact_rels()
        known = dict(conn.execute("SELECT path, location FROM runs").fetchall())
        new = sorted(rel for rel in on_disk if rel not in known)
        if new:
            self.insert_parsed(new, report, progress=progress)
        present = set(on_disk)
        self.check_runs(present.difference(new), report, full=full, seals=seals)
        records = self.record_files()
        self.check_records(records, report, full=full, seals=seals)
        known_records = {r for (r,) in conn.execute("SELECT path FROM records").fetchall()}
        self.add_new_records(records, report, known=known_records)
        if report.repaired:  # rows may have been dropped
            known = dict(conn.execute("SELECT path, location FROM runs").fetchall())
        gone = [rel for rel, loc in known.items() if loc == "live" and rel not in present]
        back = [rel for rel, loc in known.items() if loc != "live" and rel in present]
        if gone or back:
            with self.db.tx() as tx:
                tx.executemany("UPDATE runs SET location='missing' WHERE path=?", [(r,) for r in gone])
                tx.executemany(
                    "UPDATE runs SET location='live', archive_name=NULL, archive_path=NULL WHERE path=?",
                    [(r,) for r in back],
                )
            report.relisted = len(back)
        if gone or back or report.repaired:
            self.apply_archives(report, only_missing=True)
        report.marked_missing = conn.execute("SELECT count(*) FROM runs WHERE location='missing'").fetchone()[0]
        if seals:
            with self.db.tx() as tx:
                self.db.mark_checked(tx)
        if report.repaired:
            log.warning(
                "run index: %d row(s) did not match their files and were read again: %s",
                len(report.repaired),
                ", ".join(report.repaired[:5]) + (" …" if len(report.repaired) > 5 else ""),
            )

    # -- rows against files --------------------------------------------------------------------------------
    @staticmethod
    def _stamp_differs(path: str, size: Any, mtime_ns: Any) -> bool:
        try:
            st = os.lstat(path)  # a file swapped for a link to a copy differs (and is then not read)
        except OSError:
            return True
        return st.st_size != size or st.st_mtime_ns != mtime_ns

    def check_runs(self, present: set[str], report: ReconcileReport, *, full: bool, seals: bool) -> None:
        """Re-read the rows that do not match their files: another size or mtime, a broken seal (checked
        when `seals`), or every row when `full`. A row with a broken seal and no file behind it is dropped
        (an archived run's row comes back from its zip)."""
        base = f"{self.runs_dir}{os.sep}"
        reread: list[tuple[str, bool]] = []
        drop: list[str] = []
        sealed_sql = RUN_SEAL_OK if seals else "1"
        rows = self.db.connect().execute(f"SELECT path, file_size, file_mtime_ns, {sealed_sql} FROM runs")
        for rel, size, mtime_ns, sealed in rows:
            if rel in present:
                if full or not sealed or self._stamp_differs(base + rel, size, mtime_ns):
                    reread.append((rel, bool(sealed)))
            elif not sealed:
                drop.append(rel)
        if not (reread or drop):
            return
        updates = self._reread_runs(reread, report)
        with self.db.tx() as tx:
            tx.executemany(UPDATE_RUN, updates)
            tx.executemany("DELETE FROM runs WHERE path = ?", [(r,) for r in drop])
            if report.repaired or drop:
                self.db.rebuild_fts(tx)
        report.repaired += drop

    def _reread_runs(self, items: list[tuple[str, bool]], report: ReconcileReport) -> list[tuple]:
        """UPDATE_RUN arguments for rows whose file says something else (or whose seal broke)."""
        conn = self.db.connect()
        updates = []
        for rel, sealed in items:
            old = conn.execute(f"SELECT {', '.join(RUN_SEALED)} FROM runs WHERE path = ?", (rel,)).fetchone()
            parsed = parse_artifact_file(self.runs_dir / rel, rel)
            if parsed is None or old is None:
                continue
            derived, _, stamp = parsed
            new = (*derived, *stamp)
            if new == tuple(old) and sealed:
                continue
            updates.append(new)
            if derived != tuple(old[: len(DERIVED_COLUMNS)]) or not sealed:
                report.repaired.append(rel)
        return updates

    # -- records -------------------------------------------------------------------------------------------
    def record_files(self) -> dict[str, tuple[str, Path]]:
        """rel -> (kind, path) of every record file in records/<kind>s/<day>/. Links are left out (named in
        the log; the audit reports them): a record kept outside the runs directory counts for nothing."""
        found: dict[str, tuple[str, Path]] = {}
        links: list[str] = []
        for day in self.store.record_folders():  # real folders only: a linked kind or day folder is skipped
            kind_dir = day.parent.name
            try:
                entries = sorted(os.scandir(day), key=lambda e: e.name)
            except OSError:
                continue
            for entry in entries:
                if not ARTIFACT_NAME_RE.fullmatch(entry.name):
                    continue
                rel = f"records/{kind_dir}/{day.name}/{entry.name}"
                if entry.is_file(follow_symlinks=False):
                    found[rel] = (kind_dir.removesuffix("s"), day / entry.name)
                else:
                    links.append(rel)
        if links:
            log.warning(
                "run index: %d record name(s) that are not files (a link, folder or device) left out: %s",
                len(links),
                ", ".join(links[:5]) + (" …" if len(links) > 5 else ""),
            )
        return found

    @staticmethod
    def _read_record(rel: str, path: Path) -> tuple[dict[str, Any], Stamp]:
        try:
            data, stamp = read_stamped(path)
            payload = json.loads(data)
            if not isinstance(payload, dict):
                raise ValueError("not a JSON object")
        except (OSError, ValueError) as exc:
            log.warning("run index: record %s is unreadable: %s", rel, exc)
            return {"problem": str(exc)}, NO_STAMP
        return payload, stamp

    def add_new_records(
        self, files: dict[str, tuple[str, Path]], report: ReconcileReport, *, known: Iterable[str]
    ) -> None:
        known = set(known)
        parsed = [(kind, *self._read_record(rel, path), rel) for rel, (kind, path) in files.items() if rel not in known]
        parsed.sort(key=lambda t: str(t[1].get("created_at_utc", "")))  # archive, then restore, in time order
        for i in range(0, len(parsed), BATCH):
            with self.db.tx() as tx:
                for kind, payload, stamp, rel in parsed[i : i + BATCH]:
                    if self._insert_record(tx, kind, payload, rel, stamp):
                        report.records_added += 1

    def check_records(
        self, files: dict[str, tuple[str, Path]], report: ReconcileReport, *, full: bool, seals: bool
    ) -> None:
        """Drop record rows whose file is gone or whose seal or stamp does not match (add_new_records reads
        those files again), so reviews and exports are counted from the record files."""
        drop: list[str] = []
        sealed_sql = RECORD_SEAL_OK if seals else "1"
        rows = self.db.connect().execute(f"SELECT path, file_size, file_mtime_ns, {sealed_sql} FROM records")
        for rel, size, mtime_ns, sealed in rows:
            if rel not in files or not sealed:
                drop.append(rel)
                report.repaired.append(rel)
            elif full or self._stamp_differs(str(files[rel][1]), size, mtime_ns):
                drop.append(rel)  # read again; a changed record file is the audit's to report
        if drop:
            with self.db.tx() as tx:
                tx.executemany("DELETE FROM records WHERE path = ?", [(r,) for r in drop])

    # -- archives ------------------------------------------------------------------------------------------
    def _archived_runs(self) -> dict[str, dict[str, Any]]:
        """run_id -> archive record, for runs whose latest archive record moved them into a zip."""
        state: dict[str, tuple[str, dict[str, Any]]] = {}
        rows = self.db.connect().execute(
            "SELECT path, action FROM records WHERE kind='archive' ORDER BY created_us, path"
        )
        for rel, action in rows.fetchall():
            if not RECORD_PATH_RE.fullmatch(rel):  # a row someone wrote into the sqlite file: not a path to read
                continue
            try:
                record = json.loads(self.store.read_file(self.runs_dir / rel))
            except (OSError, ValueError, RecursionError):  # UnsafePath (a link) is an OSError: not read
                continue
            if not isinstance(record, dict):
                continue
            for run_id in record.get("runs") or []:
                if isinstance(run_id, str):
                    state[run_id] = (action, record)
        return {r: rec for r, (action, rec) in state.items() if action == "archive"}

    def apply_archives(self, report: ReconcileReport, *, only_missing: bool = False) -> None:
        """Rows for runs that archive records say moved into a zip: marked archived with the archive's name.
        After a rebuild the runs are no longer in the day folders: their rows are read back from the zip
        (when it can be reached) so the history still lists them."""
        archived = self._archived_runs()
        if not archived:
            return
        rows = dict(self.db.connect().execute("SELECT run_id, location FROM runs").fetchall())
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
            new_rows += self._rows_from_zip(Path(archive_path), run_ids, record)
            updates += [(record.get("archive_name"), record.get("archive_path"), r) for r in run_ids]
        with self.db.tx() as tx:
            if new_rows:
                tx.executemany(INSERT_RUN, new_rows)
            tx.executemany(
                "UPDATE runs SET location='archived', archive_name=?, archive_path=? WHERE run_id=?", updates
            )
        report.marked_archived += len(updates)

    def _rows_from_zip(self, archive_path: Path, run_ids: list[str], record: dict[str, Any]) -> list[tuple]:
        """Rows of archived runs read from their zip; rows by id only when the zip cannot be read."""
        from rmos_desktop.core.runs.archive import ArchiveAborted, read_manifest

        out: list[tuple] = []
        try:
            manifest = read_manifest(archive_path)
            with zipfile.ZipFile(archive_path) as zf:
                members = {m.rsplit("/", 1)[-1][:32]: m for m in manifest["files"] if m.endswith(".json")}
                for member in (members[r] for r in run_ids if r in members):
                    try:
                        derived = artifact_row(RunArtifact.model_validate_json(zf.read(member)), member)
                    except (ValidationError, ValueError) as exc:
                        derived = unreadable_row(member, f"in the archive: {exc}".splitlines()[0], None)
                    out.append((*derived, *NO_STAMP, "live"))
        except (OSError, ArchiveAborted, zipfile.BadZipFile, KeyError) as exc:
            log.warning("run index: archive %s cannot be read (%s); its runs are listed by id only", archive_path, exc)
            reason = f"archived in {record.get('archive_name')}, which cannot be reached"
            for run_id in run_ids:
                rel = next((f for f in record.get("files", {}) if f.endswith(f"/{run_id}.json")), None)
                if rel:
                    out.append((*unreadable_row(rel, reason, None), *NO_STAMP, "live"))
        return out


def _is_real_file(path: Path) -> bool:
    """A regular file at `path` itself (lstat: a link to a file is not one)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
