"""Write-once files in the runs directory: artifacts, G-code sidecars and records.

Durable write order (DESIGN.md §2, invariant 2 and 7): write a temp file in the final folder (the
writer's pid in its name) → flush → fsync → [ledger line, fsynced] → os.link to the final name,
which refuses to overwrite → unlink the temp file → make the final file read-only → fsync the folder.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rmos_desktop.core.runs.hashing import sha256_bytes
from rmos_desktop.core.runs.schemas import (
    ARTIFACT_NAME_RE,
    DAY_RE,
    RunArtifact,
    validate_run_id,
)

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".tmp"
STALE_TEMP_S = 300.0  # a temp file this old whose writer is gone is debris


class StoreError(OSError):
    """The store could not make a file durable (disk full, permission, I/O error, name taken)."""


class ArtifactNotFound(LookupError):
    pass


class ArtifactUnreadable(ValueError):
    """An artifact file exists but does not parse or validate."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def artifact_bytes(artifact: RunArtifact) -> bytes:
    """The exact bytes stored for an artifact: pretty JSON of model_dump(mode="json"), UTF-8."""
    text = json.dumps(artifact.model_dump(mode="json"), indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def temp_name(final_name: str) -> str:
    return f".{final_name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}"


def temp_owner_pid(name: str) -> int | None:
    """The writer's pid encoded in a temp file name, or None if it is not one of ours."""
    if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
        return None
    parts = name[1 : -len(TEMP_SUFFIX)].rsplit(".", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    return int(parts[1])


def temp_final_name(name: str) -> str | None:
    if temp_owner_pid(name) is None:
        return None
    return name[1 : -len(TEMP_SUFFIX)].rsplit(".", 2)[0]


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def durable_write(
    folder: Path,
    final_name: str,
    data: bytes,
    *,
    before_link: Callable[[str], None] | None = None,
) -> Path:
    """Write `data` to folder/final_name exactly once, durably. Raises StoreError on any failure,
    leaving nothing under the final name. `before_link(sha256)` runs after the temp file is durable
    and before the final name exists (the ledger append)."""
    final = folder / final_name
    tmp = folder / temp_name(final_name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if final.exists():
            raise FileExistsError(errno.EEXIST, "refusing to overwrite a write-once file", str(final))
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if before_link is not None:
            before_link(sha256_bytes(data))
        os.link(tmp, final)
    except OSError as exc:
        _discard(tmp)
        raise StoreError(exc.errno or errno.EIO, _describe(exc, final)) from exc
    _discard(tmp)
    try:
        os.chmod(final, 0o444)
        fsync_dir(folder)
    except OSError as exc:
        raise StoreError(exc.errno or errno.EIO, _describe(exc, final)) from exc
    return final


def _discard(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError as exc:  # the start-up sweep removes it later
        log.warning("could not remove temp file %s: %s", path, exc)


def _describe(exc: OSError, final: Path) -> str:
    reason = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exhausted",
        errno.EACCES: "permission denied",
        errno.EPERM: "operation not permitted",
        errno.EROFS: "the file system is read-only",
        errno.EEXIST: "a file with that name already exists (write-once)",
        errno.EIO: "an input/output error",
    }.get(exc.errno or 0, exc.strerror or str(exc))
    return f"could not write {final}: {reason}"


@dataclass(frozen=True)
class StoredFile:
    path: Path
    sha256: str


class RunStore:
    """File layout of one runs directory. Paths come only from validated run ids and day folders."""

    def __init__(self, runs_dir: Path):
        self.runs_dir = Path(runs_dir)

    # -- layout ------------------------------------------------------------------------------------
    def day_dir(self, day: str) -> Path:
        if not DAY_RE.fullmatch(day):
            raise ValueError(f"not a day folder name: {day!r}")
        return self.runs_dir / day

    def artifact_path(self, artifact: RunArtifact) -> Path:
        return self.day_dir(artifact.day) / f"{artifact.run_id}.json"

    def relative(self, path: Path) -> str:
        return path.relative_to(self.runs_dir).as_posix()

    def records_dir(self, kind: str) -> Path:
        return self.runs_dir / "records" / kind

    def day_folders(self) -> list[Path]:
        try:
            return sorted(p for p in self.runs_dir.iterdir() if p.is_dir() and DAY_RE.fullmatch(p.name))
        except FileNotFoundError:
            return []

    def iter_artifact_paths(self) -> Iterator[Path]:
        """Every `<run_id>.json` in every day folder (nothing else is taken)."""
        for day in self.day_folders():
            try:
                names = sorted(os.listdir(day))
            except OSError as exc:
                log.warning("cannot list %s: %s", day, exc)
                continue
            for name in names:
                if ARTIFACT_NAME_RE.fullmatch(name):
                    yield day / name

    def find_artifact(self, run_id: str) -> Path:
        """Locate an artifact by scanning day folders (the index answers faster)."""
        run_id = validate_run_id(run_id)
        for day in reversed(self.day_folders()):
            candidate = day / f"{run_id}.json"
            if candidate.is_file():
                return candidate
        raise ArtifactNotFound(f"run {run_id} is not in {self.runs_dir}")

    # -- writing -----------------------------------------------------------------------------------
    def write_gcode_sidecar(self, artifact: RunArtifact, gcode_text: str) -> StoredFile:
        data = gcode_text.encode("utf-8")
        path = durable_write(self.day_dir(artifact.day), f"{artifact.run_id}.nc", data)
        return StoredFile(path, sha256_bytes(data))

    def write_artifact(self, artifact: RunArtifact, *, before_link: Callable[[str], None] | None = None) -> StoredFile:
        data = artifact_bytes(artifact)
        path = durable_write(self.day_dir(artifact.day), f"{artifact.run_id}.json", data, before_link=before_link)
        return StoredFile(path, sha256_bytes(data))

    def write_record(
        self,
        kind: str,
        record_id: str,
        day: str,
        payload: dict[str, Any],
        *,
        before_link: Callable[[str], None] | None = None,
    ) -> StoredFile:
        validate_run_id(record_id)
        text = json.dumps(payload, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
        data = text.encode("utf-8")
        folder = self.records_dir(kind) / self.day_dir(day).name
        path = durable_write(folder, f"{record_id}.json", data, before_link=before_link)
        return StoredFile(path, sha256_bytes(data))

    def remove_after_failure(self, path: Path) -> None:
        """Best-effort removal of a file this attempt linked before a later step failed."""
        try:
            os.unlink(path)
        except OSError as exc:
            log.warning("could not remove %s after a failed write: %s", path, exc)

    # -- reading -----------------------------------------------------------------------------------
    def read_artifact_file(self, path: Path) -> tuple[RunArtifact, bytes]:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ArtifactNotFound(f"{path} does not exist") from None
        try:
            raw = json.loads(data.decode("utf-8"))
            return RunArtifact.model_validate(raw), data
        except (UnicodeDecodeError, ValueError, ValidationError, RecursionError) as exc:
            raise ArtifactUnreadable(path, _first_line(exc)) from exc

    def read_artifact(self, run_id: str) -> RunArtifact:
        return self.read_artifact_file(self.find_artifact(run_id))[0]

    def gcode_text(self, artifact: RunArtifact, artifact_path: Path) -> str | None:
        """The run's G-code, embedded or from its sidecar (None when the run has none)."""
        if artifact.outputs.gcode_text is not None:
            return artifact.outputs.gcode_text
        if artifact.outputs.gcode_path:
            name = artifact.outputs.gcode_path
            if name != f"{artifact.run_id}.nc":  # never follow a path the file itself names
                raise ArtifactUnreadable(artifact_path, f"unexpected gcode_path {name!r}")
            return (artifact_path.parent / name).read_text(encoding="utf-8")
        return None

    # -- start-up sweep ----------------------------------------------------------------------------
    def stale_temp_files(self, *, now: float | None = None) -> Iterator[Path]:
        """Temp files no live process owns (writer's pid gone, or older than STALE_TEMP_S)."""
        now = time.time() if now is None else now
        folders = list(self.day_folders())
        records = self.runs_dir / "records"
        if records.is_dir():
            folders.extend(p for kind in records.iterdir() if kind.is_dir() for p in kind.iterdir() if p.is_dir())
        for folder in folders:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                pid = temp_owner_pid(entry.name)
                if pid is None:
                    continue
                try:
                    age = now - entry.stat().st_mtime
                except OSError:
                    continue
                if (pid != os.getpid() and not pid_alive(pid)) or age > STALE_TEMP_S:
                    yield Path(entry.path)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
