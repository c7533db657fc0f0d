"""One recorder for everything that goes into the audit trail: store + ledger (+ index).

The pipeline, reviews, exports and archives record through it; callers pass it in. Every record goes
through the ledger: its files are written to temp names and fsynced, its ledger line is appended and
fsynced, and only then are the files linked to their final names (store.commit_files). A write that fails
after its line was appended is rolled back and voided (see ledger.py).

Start-up repair is `recover()`: it completes a write a crash interrupted between the ledger line and the
link (the temp file's hash matches an intact, unvoided ledger line and the final name is free), removes
every other temp file that no live process owns, and removes a torn last ledger line, logging each step.
It runs under the ledger lock and never touches a temp file of a write in flight, so it is safe while
another process (or another machine, given the temp files' age) is writing. `rmos audit recover` also
moves a damaged ledger end aside (`Ledger.quarantine_damaged_tail`), which start-up never does on its own.

Every ledger line is signed when the recorder has the station key (`signer`, injected by
services.open_recorder); a recorder without one writes unsigned lines, which the audit names as forged once
the ledger holds a signed line.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from rmos_desktop.core.hashing import sha256_bytes
from rmos_desktop.core.runs.ledger import MAX_LINE, Ledger, LedgerError, LedgerHead, Signer, line_hash, parse_line
from rmos_desktop.core.runs.schemas import ReviewRecord, RunArtifact, validate_run_id
from rmos_desktop.core.runs.store import (
    PendingFile,
    RunStore,
    StoredFile,
    artifact_bytes,
    commit_files,
    discard_pending,
    fsync_dir,
    prepare_write,
    record_bytes,
    temp_final_name,
)

log = logging.getLogger(__name__)


class IndexLike(Protocol):
    def add_artifact(self, artifact: RunArtifact, path: Path) -> None: ...
    def add_record(self, kind: str, record: dict[str, Any], path: Path) -> None: ...


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass
class RecoveryReport:
    completed: list[Path] = field(default_factory=list)  # temp files linked to their final name
    removed: list[Path] = field(default_factory=list)  # debris deleted
    ledger_bytes_removed: int = 0  # a torn last line cut off, or a damaged end moved aside
    quarantined: Path | None = None  # the side file a damaged ledger end was moved to (recorded in the ledger)
    errors: list[str] = field(default_factory=list)  # what could not be repaired (logged too)

    @property
    def changed(self) -> bool:
        return bool(self.completed or self.removed or self.ledger_bytes_removed or self.quarantined)

    def as_dict(self) -> dict[str, Any]:
        return {
            "completed": [str(p) for p in self.completed],
            "removed": [str(p) for p in self.removed],
            "ledger_bytes_removed": self.ledger_bytes_removed,
            "quarantined": None if self.quarantined is None else str(self.quarantined),
            "errors": list(self.errors),
        }


class RunRecorder:
    def __init__(
        self,
        store: RunStore,
        ledger: Ledger | None = None,
        index: IndexLike | None = None,
        *,
        signer: Signer | None = None,
    ):
        self.store = store
        self.ledger = ledger if ledger is not None else Ledger(store.runs_dir, signer=signer)
        if signer is not None:
            self.ledger.signer = signer
        self.index = index

    @classmethod
    def open(cls, runs_dir: Path, *, index: IndexLike | None = None, signer: Signer | None = None) -> RunRecorder:
        return cls(RunStore(runs_dir), Ledger(runs_dir, signer=signer), index)

    @property
    def signer(self) -> Signer | None:
        """The station key that signs every ledger line (None: lines are written unsigned)."""
        return self.ledger.signer

    @property
    def runs_dir(self) -> Path:
        return self.store.runs_dir

    def head(self) -> LedgerHead | None:
        """The ledger head (seq:hash) that export statements and reports quote."""
        return self.ledger.head()

    # -- writing -------------------------------------------------------------------------------------------
    def _commit(self, pending: list[PendingFile], *, kind: str, run_id: str | None) -> None:
        """Ledger line for the last file of `pending` (the record), then link them all; void on failure.
        The ledger lock is held from the line to the link (or the void), so a void always stands directly
        after the line it withdraws."""
        record = pending[-1]
        rel = self.store.relative(record.final)
        appended: dict[str, Any] = {}

        def append_line() -> None:
            try:
                appended.update(self.ledger.append(kind=kind, run_id=run_id, path=rel, sha256=record.sha256))
            except LedgerError as exc:
                if exc.entry is not None:  # the line may have stayed although the append failed
                    self._void(exc.entry, exc)
                raise

        def void(exc: BaseException) -> None:
            if appended:
                self._void(appended, exc)

        with contextlib.ExitStack() as held:
            try:
                held.enter_context(self.ledger.locked())
            except BaseException:
                discard_pending(pending)
                raise
            commit_files(pending, before_link=append_line, on_abandon=void)

    def _void(self, entry: dict[str, Any], exc: BaseException) -> None:
        try:
            line = self.ledger.void(entry)
        except OSError as again:
            log.error(
                "ledger seq %s (%s) failed (%s) and could not be voided (%s); the audit will report it missing",
                entry["seq"],
                entry["path"],
                exc,
                again,
            )
            return
        log.error(
            "ledger seq %s (%s) voided by seq %s: the write failed (%s)", entry["seq"], entry["path"], line["seq"], exc
        )

    def record_artifact(self, artifact: RunArtifact, *, gcode_sidecar: str | None = None) -> StoredFile:
        """Durably write an artifact and its optional G-code sidecar. Raises StoreError.

        Both files are written and fsynced under temp names, the artifact's ledger line is appended, then
        the sidecar and the artifact are linked (sidecar first: an artifact never stands without its G-code).
        """
        folder = self.store.artifact_folder(artifact)
        pending: list[PendingFile] = []
        try:
            if gcode_sidecar is not None:
                pending.append(prepare_write(folder, f"{artifact.run_id}.nc", gcode_sidecar.encode("utf-8")))
            pending.append(prepare_write(folder, f"{artifact.run_id}.json", artifact_bytes(artifact)))
        except BaseException:
            discard_pending(pending)
            raise
        self._commit(pending, kind="artifact", run_id=artifact.run_id)
        stored = StoredFile(pending[-1].final, pending[-1].sha256)
        self._index_artifact(artifact, stored.path)
        return stored

    def record(self, kind: str, record: BaseModel) -> StoredFile:
        """Durably write a review/export/archive record (fields record_id, run_id, created_at_utc)."""
        payload = record.model_dump(mode="json")
        record_id = payload["record_id"]
        day = record.created_at_utc.date().isoformat()  # type: ignore[attr-defined]
        folder = self.store.record_folder(kind + "s", day)
        pending = [prepare_write(folder, f"{record_id}.json", record_bytes(payload))]
        self._commit(pending, kind=kind, run_id=payload.get("run_id"))
        stored = StoredFile(pending[0].final, pending[0].sha256)
        if self.index is not None:
            try:
                self.index.add_record(kind, payload, stored.path)
            except Exception:  # the index is a cache; reconcile repairs it
                log.exception("index update failed for %s %s", kind, record_id)
        return stored

    def record_review(
        self,
        run_id: str,
        *,
        reviewer: str,
        disposition: str,
        note: str = "",
        artifact_sha256: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> tuple[ReviewRecord, StoredFile]:
        """A supervisor's write-once review of a run, referencing the artifact file's SHA-256 (read from the
        store unless given, e.g. for an archived run read from its zip, or another station's run read from the
        shop server, named in `meta`). Never touches the artifact.
        Raises InvalidRunId, ArtifactNotFound, pydantic ValidationError (bad reviewer/disposition), StoreError."""
        run_id = validate_run_id(run_id)
        if artifact_sha256 is None:
            artifact_sha256 = sha256_bytes(self.store.find_artifact(run_id).read_bytes())
        review = ReviewRecord(
            record_id=new_id(),
            run_id=run_id,
            artifact_sha256=artifact_sha256,
            reviewer=reviewer.strip(),
            disposition=disposition,
            note=note.strip(),
            meta=meta or {},
        )
        return review, self.record("review", review)

    def _index_artifact(self, artifact: RunArtifact, path: Path) -> None:
        if self.index is None:
            return
        try:
            self.index.add_artifact(artifact, path)
        except Exception:  # the index is a cache; the next reconcile repairs it
            log.exception("index update failed for run %s", artifact.run_id)

    # -- crash recovery -----------------------------------------------------------------------------------
    def recover(self, *, quarantine: bool = True) -> RecoveryReport:
        """Complete writes a crash interrupted between the ledger line and the link; remove debris; with
        `quarantine` (`rmos audit recover`), move a damaged ledger end aside into a recorded side file so
        recording can go on (start-up recovery passes False: it never moves evidence on its own).

        Never raises for what it cannot repair: each failure is logged and listed in `errors`.
        """
        report = RecoveryReport()
        damaged = False
        try:
            stale = list(self.store.stale_temp_files())
            torn = self.ledger.torn_tail(bounded=True)
            torn = torn if torn <= MAX_LINE else 0  # longer is damage, not a crash: only `audit recover` moves it
            if quarantine:
                try:
                    self.ledger.head()
                except LedgerError:
                    damaged = True
        except OSError as exc:
            report.errors.append(f"cannot look for interrupted writes in {self.runs_dir}: {exc}")
            log.error("recovery: %s", report.errors[-1])
            return report
        if not stale and not torn and not damaged:
            return report
        try:
            with self.ledger.locked():
                if damaged:
                    moved = self.ledger.quarantine_damaged_tail()
                    if moved is not None:
                        report.quarantined = moved.side_file
                        report.ledger_bytes_removed += moved.size
                report.ledger_bytes_removed += self.ledger.repair_torn_tail()
                if stale:
                    self._recover_temps(stale, report)
        except OSError as exc:  # includes a lock that cannot be taken (read-only share, timeout)
            report.errors.append(f"recovery in {self.runs_dir} could not finish: {exc}")
            log.error("recovery: %s", report.errors[-1])
        return report

    def _recover_temps(self, stale: list[Path], report: RecoveryReport) -> None:
        by_final: dict[Path, list[Path]] = {}
        for tmp in stale:
            name = temp_final_name(tmp.name)
            if name:
                by_final.setdefault(tmp.parent / name, []).append(tmp)
        listed = self._listed({self.store.relative(f) for f in by_final if f.suffix == ".json"})
        used: set[Path] = set()
        for final, temps in sorted(by_final.items()):
            if final.suffix != ".json":
                continue
            sha = listed.get(self.store.relative(final))
            if sha is None or final.exists():
                continue
            match = next((t for t in temps if _sha_of(t) == sha), None)
            if match is None:
                continue
            sidecar = _sidecar_of(match, final)
            if sidecar is not None:
                side_final, side_sha = sidecar
                side_tmp = next((t for t in by_final.get(side_final, []) if _sha_of(t) == side_sha), None)
                if side_tmp is not None and self._link(side_tmp, side_final, report):
                    used.add(side_tmp)
                elif not side_final.exists():
                    report.errors.append(f"{final} recovered without its G-code file {side_final.name}")
                    log.error("recovery: %s", report.errors[-1])
            if self._link(match, final, report):
                used.add(match)
                self._index_recovered(final)
        for tmp in stale:
            if tmp in used:
                continue
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                continue  # another recovery took it
            except OSError as exc:
                report.errors.append(f"could not remove {tmp}: {exc}")
                log.warning("recovery: %s", report.errors[-1])
                continue
            report.removed.append(tmp)
            log.warning("recovery: removed %s left by an interrupted write", tmp)

    def _index_recovered(self, final: Path) -> None:
        """Tell the index about a record recovery completed (it is a cache; reconcile repairs a miss)."""
        if self.index is None:
            return
        try:
            rel = self.store.relative(final)
            if rel.startswith("records/"):
                kind = rel.split("/")[1].removesuffix("s")
                self.index.add_record(kind, json.loads(final.read_bytes()), final)
            else:
                self.index.add_artifact(self.store.read_artifact_file(final)[0], final)
        except Exception:
            log.exception("index update failed for recovered %s", final)

    def _listed(self, wanted: set[str]) -> dict[str, str]:
        """Relative path → SHA-256 for the wanted paths whose ledger line is intact and not voided."""
        out: dict[str, str] = {}
        if not wanted:
            return out
        for raw in self.ledger.iter_raw():
            try:
                entry = parse_line(raw.data)
            except ValueError:
                continue
            path = entry["path"]
            if path not in wanted or line_hash(entry) != entry["hash"]:
                continue
            if entry["kind"] == "void":
                if out.get(path) == entry["sha256"]:
                    del out[path]
            else:
                out[path] = entry["sha256"]
        return out

    def _link(self, tmp: Path, final: Path, report: RecoveryReport) -> bool:
        try:
            os.link(tmp, final)
        except FileExistsError:
            return False
        except OSError as exc:
            report.errors.append(f"could not complete {final}: {exc}")
            log.error("recovery: %s", report.errors[-1])
            return False
        try:
            os.chmod(final, 0o444)
        except OSError as exc:
            log.warning("recovery: could not make %s read-only: %s", final, exc)
        try:
            os.unlink(tmp)
            fsync_dir(final.parent)
        except OSError as exc:
            log.warning("recovery: %s linked, but: %s", final, exc)
        report.completed.append(final)
        log.warning("recovery: completed %s from an interrupted write", final)
        return True


def _sha_of(path: Path) -> str | None:
    try:
        return sha256_bytes(path.read_bytes())
    except OSError:
        return None


def _sidecar_of(artifact_tmp: Path, final: Path) -> tuple[Path, str] | None:
    """The G-code sidecar (final path, gcode_sha256) an artifact being recovered names, if any."""
    try:
        raw = json.loads(artifact_tmp.read_bytes())
        name = raw["outputs"]["gcode_path"]
        sha = raw["hashes"]["gcode_sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if name != final.stem + ".nc" or not isinstance(sha, str):
        return None
    return final.parent / name, sha
