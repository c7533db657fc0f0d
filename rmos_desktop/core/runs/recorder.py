"""One recorder for everything that goes into the audit trail: store + ledger (+ index).

The pipeline, reviews, exports and archives record through it; callers pass it in.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from rmos_desktop.core.runs.hashing import sha256_bytes
from rmos_desktop.core.runs.ledger import Ledger, LedgerHead
from rmos_desktop.core.runs.schemas import RunArtifact
from rmos_desktop.core.runs.store import RunStore, StoredFile, StoreError, fsync_dir, temp_final_name

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


class RunRecorder:
    def __init__(self, store: RunStore, ledger: Ledger | None = None, index: IndexLike | None = None):
        self.store = store
        self.ledger = ledger if ledger is not None else Ledger(store.runs_dir)
        self.index = index

    @classmethod
    def open(cls, runs_dir: Path, *, index: IndexLike | None = None) -> RunRecorder:
        return cls(RunStore(runs_dir), Ledger(runs_dir), index)

    @property
    def runs_dir(self) -> Path:
        return self.store.runs_dir

    def head(self) -> LedgerHead | None:
        return self.ledger.head()

    def _ledger_hook(self, kind: str, run_id: str | None, rel_path: str):
        def hook(sha256: str) -> None:
            self.ledger.append(kind=kind, run_id=run_id, path=rel_path, sha256=sha256)

        return hook

    def record_artifact(self, artifact: RunArtifact, *, gcode_sidecar: str | None = None) -> StoredFile:
        """Durably write an artifact (and its G-code sidecar first). Raises StoreError."""
        sidecar: StoredFile | None = None
        if gcode_sidecar is not None:
            sidecar = self.store.write_gcode_sidecar(artifact, gcode_sidecar)
        final = self.store.artifact_path(artifact)
        try:
            stored = self.store.write_artifact(
                artifact,
                before_link=self._ledger_hook("artifact", artifact.run_id, self.store.relative(final)),
            )
        except (StoreError, OSError):
            if sidecar is not None:
                self.store.remove_after_failure(sidecar.path)
            raise
        self._index_artifact(artifact, stored.path)
        return stored

    def record(self, kind: str, record: BaseModel) -> StoredFile:
        """Durably write a review/export/archive record (fields record_id, run_id, created_at_utc)."""
        payload = record.model_dump(mode="json")
        record_id = payload["record_id"]
        day = record.created_at_utc.date().isoformat()  # type: ignore[attr-defined]
        folder = self.store.records_dir(kind + "s") / day
        rel = (folder / f"{record_id}.json").relative_to(self.runs_dir).as_posix()
        stored = self.store.write_record(
            kind + "s",
            record_id,
            day,
            payload,
            before_link=self._ledger_hook(kind, payload.get("run_id"), rel),
        )
        if self.index is not None:
            try:
                self.index.add_record(kind, payload, stored.path)
            except Exception:  # the index is a cache; reconcile repairs it
                log.exception("index update failed for %s %s", kind, record_id)
        return stored

    def _index_artifact(self, artifact: RunArtifact, path: Path) -> None:
        if self.index is None:
            return
        try:
            self.index.add_artifact(artifact, path)
        except Exception:  # the index is a cache; the next reconcile repairs it
            log.exception("index update failed for run %s", artifact.run_id)

    # -- crash recovery ---------------------------------------------------------------------------
    def recover(self) -> RecoveryReport:
        """Complete writes a crash interrupted between the ledger line and the link; remove debris.

        A temp file whose content hash matches a ledger line whose final file is missing gets linked;
        any other temp file that no live process owns is removed. Everything is logged.
        """
        report = RecoveryReport()
        stale = list(self.store.stale_temp_files())
        if not stale:
            return report
        with self.ledger.lock:
            listed: dict[str, str] = {}
            for _, text in self.ledger.lines():
                try:
                    entry = json.loads(text)
                    listed[str(entry["path"])] = str(entry["sha256"])
                except (ValueError, KeyError, TypeError):
                    continue
            for tmp in stale:
                final_name = temp_final_name(tmp.name)
                final = tmp.parent / final_name if final_name else None
                try:
                    rel = final.relative_to(self.runs_dir).as_posix() if final else None
                    if (
                        final is not None
                        and rel in listed
                        and not final.exists()
                        and sha256_bytes(tmp.read_bytes()) == listed[rel]
                    ):
                        os.link(tmp, final)
                        os.chmod(final, 0o444)
                        os.unlink(tmp)
                        fsync_dir(tmp.parent)
                        report.completed.append(final)
                        log.warning("recovered %s from an interrupted write", final)
                        continue
                    os.unlink(tmp)
                    report.removed.append(tmp)
                    log.warning("removed %s left by an interrupted write", tmp)
                except OSError as exc:
                    log.warning("could not recover %s: %s", tmp, exc)
        return report
