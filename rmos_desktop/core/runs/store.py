"""Write-once files in the runs directory: artifacts, G-code sidecars and records.

Durable write order (DESIGN.md §2, invariants 2 and 7): every file of one record is first written to a
temp file in its final folder (the writer's pid and host in its name), flushed and fsynced
(`prepare_write`); then `commit_files` runs the `before_link` hook (the ledger line, fsynced), links each
temp file to its final name (os.link refuses to overwrite), removes the temp files, makes the final files
read-only and fsyncs the folders. Any failure after the hook removes what this write linked and calls
`on_abandon`, so a write either completes or leaves nothing under a final name.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import secrets
import socket
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rmos_desktop.core.hashing import sha256_bytes
from rmos_desktop.core.runs.schemas import (
    ARTIFACT_NAME_RE,
    DAY_RE,
    RunArtifact,
    validate_run_id,
)

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".tmp"
STALE_TEMP_S = 300.0  # a temp file this old is debris even if a process with its writer's pid is alive
RECORD_KINDS = ("reviews", "exports", "archives", "checkpoints", "export_intents")  # folders under records/


def _host_tag() -> str:
    """This machine's name as it appears in temp file names (a shared runs folder may have several)."""
    return re.sub(r"[^A-Za-z0-9-]", "", socket.gethostname())[:32]


HOST = _host_tag()


class StoreError(OSError):
    """The store could not make a file durable (disk full, permission, I/O error, name taken)."""


class UnsafePath(StoreError):
    """Something in the runs directory that must be a real folder or file (a day or records folder, the
    ledger, its lock, a record) is a symbolic link, a device or a FIFO: nothing is read or written through it."""

    def __init__(self, path: Path, what: str, wanted: str = "file"):
        super().__init__(
            errno.ELOOP,
            f"{path} is {what}, where the runs directory needs a real {wanted} of its own; refusing to read or "
            "write through it (a supervisor should check who put it there)",
        )
        self.path = path

    def __str__(self) -> str:
        return str(self.strerror)


def _kind_of(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISREG(mode):
        return "a file"
    return "not a regular file"


def _inside(runs_dir: Path, path: Path) -> list[str] | None:
    """The components of `path` below `runs_dir` (None when it is not lexically inside it)."""
    try:
        return list(Path(path).relative_to(runs_dir).parts)
    except ValueError:
        return None


def check_real_dirs(runs_dir: Path, folder: Path, *, create: bool = False) -> Path:
    """Check (with lstat, following no link) that every component of `folder` below `runs_dir` is a real
    folder; with `create`, make the missing ones. The runs directory itself may be a link (a shop may point it
    at a share). Raises UnsafePath for a link/file/device on the way, OSError when a folder cannot be made."""
    parts = _inside(runs_dir, folder)
    if parts is None:
        raise UnsafePath(folder, "outside the runs directory", "folder")
    current = Path(runs_dir)
    if create and parts:
        current.mkdir(parents=True, exist_ok=True)
    for part in parts:
        current = current / part
        try:
            mode = os.lstat(current).st_mode
        except FileNotFoundError:
            if not create:
                raise
            with contextlib.suppress(FileExistsError):  # another writer made it meanwhile: check what it is
                os.mkdir(current)
            mode = os.lstat(current).st_mode
        if not stat.S_ISDIR(mode):
            raise UnsafePath(current, _kind_of(mode), "folder")
    return folder


def check_real_file(path: Path) -> bool:
    """True when `path` is a regular file, False when it does not exist; UnsafePath for a link or anything
    else (checked with lstat: the link itself, never its target)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(mode):
        raise UnsafePath(path, _kind_of(mode))
    return True


NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def open_regular(path: Path, flags: int = os.O_RDONLY, mode: int = 0o644) -> int:
    """os.open that never follows a link at the last component and never blocks on a FIFO or opens a device;
    UnsafePath for anything that is not a regular file."""
    try:
        fd = os.open(path, flags | NOFOLLOW | getattr(os, "O_NONBLOCK", 0), mode)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK):  # O_NOFOLLOW on a link (EMLINK on FreeBSD)
            raise UnsafePath(Path(path), "a symbolic link") from None
        raise
    st_mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(st_mode):
        os.close(fd)
        raise UnsafePath(Path(path), _kind_of(st_mode))
    if hasattr(os, "O_NONBLOCK"):
        os.set_blocking(fd, True)
    return fd


def read_regular(path: Path, *, limit: int | None = None) -> bytes:
    """A regular file's bytes, read without following a link (UnsafePath otherwise). With `limit`, a file
    larger than that raises ValueError before it is read."""
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
        if limit is not None and size > limit:
            raise ValueError(f"{path} is {size} bytes, more than the {limit} bytes allowed")
        chunks, total = [], 0
        while block := os.read(fd, 1 << 20):
            chunks.append(block)
            total += len(block)
            if limit is not None and total > limit:
                raise ValueError(f"{path} grew beyond the {limit} bytes allowed while it was read")
        return b"".join(chunks)
    finally:
        os.close(fd)


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


# -- temp file names: .<final name>.<pid>@<host>.<random>.tmp -----------------------------------------------
@dataclass(frozen=True)
class TempOwner:
    pid: int
    host: str | None  # None in names written before the host was recorded (taken as this machine)


def temp_name(final_name: str) -> str:
    owner = f"{os.getpid()}@{HOST}" if HOST else str(os.getpid())
    return f".{final_name}.{owner}.{secrets.token_hex(4)}{TEMP_SUFFIX}"


def _temp_parts(name: str) -> tuple[str, TempOwner] | None:
    if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
        return None
    parts = name[1 : -len(TEMP_SUFFIX)].rsplit(".", 2)
    if len(parts) != 3 or parts[0] in ("", ".", ".."):
        return None
    pid_text, _, host = parts[1].partition("@")
    if not (pid_text.isascii() and pid_text.isdigit()):
        return None
    return parts[0], TempOwner(int(pid_text), host or None)


def temp_owner(name: str) -> TempOwner | None:
    """Who wrote a temp file (pid and host), or None if the name is not one of our temp files."""
    parts = _temp_parts(name)
    return None if parts is None else parts[1]


def temp_owner_pid(name: str) -> int | None:
    """The writer's pid encoded in a temp file name, or None if it is not one of ours."""
    owner = temp_owner(name)
    return None if owner is None else owner.pid


def temp_final_name(name: str) -> str | None:
    parts = _temp_parts(name)
    return None if parts is None else parts[0]


def pid_alive(pid: int) -> bool:
    """Whether a process of this machine with this pid is alive (this process is)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, someone else's
    except OSError:
        return False
    return True


def temp_is_live(name: str, mtime: float, *, now: float | None = None) -> bool:
    """Whether a temp file may still belong to a write in flight: younger than STALE_TEMP_S and written by
    a process of this machine that is alive (or by another machine, whose processes cannot be asked)."""
    owner = temp_owner(name)
    if owner is None:
        return False
    now = time.time() if now is None else now
    if now - mtime > STALE_TEMP_S:
        return False
    if owner.host is not None and owner.host != HOST:
        return True
    return owner.pid == os.getpid() or pid_alive(owner.pid)


def fsync_dir(path: Path) -> None:
    """fsync a folder so the names linked or removed in it are durable. A file system that cannot sync
    folders at all (EINVAL) is accepted: the file data itself was fsynced."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno != errno.EINVAL:
            raise
    finally:
        os.close(fd)


def fsync_dir_if_possible(folder: Path) -> None:
    """fsync a folder where the file system allows it; a folder that cannot be opened or synced is passed over
    (the file written into it was fsynced itself)."""
    with contextlib.suppress(OSError):
        fsync_dir(folder)


WRITE_CHUNK = 1 << 20  # files are written a megabyte at a time (progress is reported per chunk)


def write_all(fd: int, data: bytes, progress: Callable[[int], None] | None = None) -> None:
    """Write every byte of `data` to `fd`; `progress(done)` after each chunk."""
    view = memoryview(data)
    done = 0
    while view:
        n = os.write(fd, view[:WRITE_CHUNK])
        view = view[n:]
        done += n
        if progress:
            progress(done)


def durable_replace(
    path: Path,
    data: bytes,
    *,
    tmp: Path | None = None,
    mode: int = 0o644,
    exact_mode: bool = False,
    place: Callable[[Path, Path], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Put `data` at `path` all or nothing, outside the runs directory's write-once files (key files, reports,
    checkpoints, exports, --gcode-out): a temp file beside `path` (`tmp`, by default `.NAME.PID.RANDOM.tmp`;
    created with `mode` less the umask, or exactly `mode` with `exact_mode`; never through a link) is written,
    fsynced and moved onto `path` by `place` (os.replace by default), then the folder is fsynced where it can
    be. On any failure the temp file is removed and the exception raised: `path` is as it was."""
    if tmp is None:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | NOFOLLOW, mode)
        try:
            if exact_mode:
                os.fchmod(fd, mode)  # the umask may have taken bits away
            write_all(fd, data, progress)
            os.fsync(fd)
        finally:
            os.close(fd)
        (place or os.replace)(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir_if_possible(path.parent)


# -- the durable write ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PendingFile:
    """A temp file that is written and fsynced, waiting to be linked to its final name."""

    folder: Path
    final_name: str
    tmp: Path
    sha256: str

    @property
    def final(self) -> Path:
        return self.folder / self.final_name


def prepare_write(folder: Path, final_name: str, data: bytes) -> PendingFile:
    """Write `data` to a temp file in `folder`, fsynced. Raises StoreError (nothing left behind) when it
    cannot, or when the final name is already taken (write-once)."""
    final = folder / final_name
    tmp = folder / temp_name(final_name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if final.exists():
            raise FileExistsError(errno.EEXIST, "refusing to overwrite a write-once file", str(final))
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        _discard(tmp)
        raise _store_error(exc, final) from exc
    return PendingFile(folder, final_name, tmp, sha256_bytes(data))


def discard_pending(files: Sequence[PendingFile]) -> None:
    for pending in files:
        _discard(pending.tmp)


def commit_files(
    files: Sequence[PendingFile],
    *,
    before_link: Callable[[], None] | None = None,
    on_abandon: Callable[[BaseException], None] | None = None,
) -> None:
    """Link prepared temp files to their final names, in order, and make that durable.

    `before_link` runs first (the ledger line). Whatever fails afterwards — a link, the folder fsync —
    removes the final names this call created and the temp files, then calls `on_abandon(exc)` (the void
    line) and raises StoreError: the write either completes or leaves nothing under a final name. A
    failure inside `before_link` itself discards the temp files and raises without `on_abandon`.
    """
    hooked = False
    linked: list[PendingFile] = []
    try:
        if before_link is not None:
            before_link()
        hooked = True
        for pending in files:
            os.link(pending.tmp, pending.final)
            linked.append(pending)
        for pending in files:
            _discard(pending.tmp)
        for pending in files:
            try:
                os.chmod(pending.final, 0o444)
            except OSError as exc:  # read-only is a guard against accidents, not the integrity check
                log.warning("could not make %s read-only: %s", pending.final, exc)
        for folder in dict.fromkeys(p.folder for p in files):
            fsync_dir(folder)
    except BaseException as exc:
        _roll_back(files, linked)
        if hooked and on_abandon is not None:
            try:
                on_abandon(exc)
            except Exception:
                log.exception("could not record the failed write of %s", files[-1].final if files else "?")
        if isinstance(exc, StoreError):
            raise
        if isinstance(exc, OSError):
            raise _store_error(exc, files[-1].final) from exc
        if isinstance(exc, Exception):
            log.exception("unexpected failure while writing %s", files[-1].final if files else "?")
            raise StoreError(errno.EIO, f"could not write {files[-1].final}: {type(exc).__name__}: {exc}") from exc
        raise


def _roll_back(files: Sequence[PendingFile], linked: Sequence[PendingFile]) -> None:
    for pending in reversed(linked):
        try:
            os.unlink(pending.final)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.error("could not remove %s after a failed write: %s", pending.final, exc)
    discard_pending(files)
    for folder in dict.fromkeys(p.folder for p in linked):
        try:
            fsync_dir(folder)
        except OSError as exc:
            log.warning("could not fsync %s after removing a failed write: %s", folder, exc)


def durable_write(
    folder: Path,
    final_name: str,
    data: bytes,
    *,
    before_link: Callable[[str], None] | None = None,
    on_abandon: Callable[[BaseException], None] | None = None,
) -> Path:
    """Write `data` to folder/final_name exactly once, durably. Raises StoreError on any failure,
    leaving nothing under the final name. `before_link(sha256)` runs after the temp file is durable
    and before the final name exists (the ledger append)."""
    pending = prepare_write(folder, final_name, data)
    hook = None if before_link is None else (lambda: before_link(pending.sha256))
    commit_files([pending], before_link=hook, on_abandon=on_abandon)
    return pending.final


def _discard(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError as exc:  # the start-up sweep removes it later
        log.warning("could not remove temp file %s: %s", path, exc)


def _store_error(exc: OSError, final: Path) -> StoreError:
    if isinstance(exc, StoreError):
        return exc
    return StoreError(exc.errno or errno.EIO, _describe(exc, final))


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


def record_bytes(payload: dict[str, Any]) -> bytes:
    """The exact bytes stored for a review/export/archive record."""
    return (json.dumps(payload, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")


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
        """Every real day folder (a link named like a day is not one: scanners never follow it; the audit
        names it)."""
        try:
            entries = list(os.scandir(self.runs_dir))
        except FileNotFoundError:
            return []
        return sorted(Path(e.path) for e in entries if DAY_RE.fullmatch(e.name) and e.is_dir(follow_symlinks=False))

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
            if os.path.lexists(candidate):
                check_real_file(candidate)  # a link under a run's name is refused, never followed
                return candidate
        raise ArtifactNotFound(f"run {run_id} is not in {self.runs_dir}")

    # -- writing -----------------------------------------------------------------------------------
    def writable_folder(self, folder: Path) -> Path:
        """`folder` (inside the runs directory), made if missing, after checking that it and every folder
        between it and the runs directory is a real folder, not a link. Raises StoreError (UnsafePath)."""
        try:
            return check_real_dirs(self.runs_dir, folder, create=True)
        except OSError as exc:
            raise _store_error(exc, folder) from exc

    def artifact_folder(self, artifact: RunArtifact) -> Path:
        """The artifact's day folder, made if missing and checked to be a real folder (StoreError if not)."""
        return self.writable_folder(self.day_dir(artifact.day))

    def record_folder(self, kind: str, day: str) -> Path:
        """records/<kind>/<day>/ for kind in RECORD_KINDS (reviews, exports, archives), made if missing and
        checked to be real folders (StoreError if not)."""
        if kind not in RECORD_KINDS:
            raise ValueError(f"not a record kind: {kind!r}")
        return self.writable_folder(self.records_dir(kind) / self.day_dir(day).name)

    # write_artifact/write_record are the bare durable writes; records go through RunRecorder, which adds the
    # ledger line (and voids it when a write fails after it).
    def write_artifact(self, artifact: RunArtifact, *, before_link: Callable[[str], None] | None = None) -> StoredFile:
        data = artifact_bytes(artifact)
        path = durable_write(self.artifact_folder(artifact), f"{artifact.run_id}.json", data, before_link=before_link)
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
        data = record_bytes(payload)
        path = durable_write(self.record_folder(kind, day), f"{record_id}.json", data, before_link=before_link)
        return StoredFile(path, sha256_bytes(data))

    def remove_after_failure(self, path: Path) -> None:
        """Best-effort removal of a file this attempt linked before a later step failed."""
        try:
            os.unlink(path)
        except OSError as exc:
            log.warning("could not remove %s after a failed write: %s", path, exc)

    # -- reading -----------------------------------------------------------------------------------
    def read_file(self, path: Path) -> bytes:
        """A file of the runs directory, read without following any link on the way (the folders between
        the runs directory and it are checked with lstat; the file is opened with O_NOFOLLOW). Raises
        UnsafePath for a link, device or FIFO, FileNotFoundError when it is missing."""
        path = Path(path)
        if _inside(self.runs_dir, path) is not None:
            check_real_dirs(self.runs_dir, path.parent)
        return read_regular(path)

    def read_artifact_file(self, path: Path) -> tuple[RunArtifact, bytes]:
        try:
            data = self.read_file(path)
        except FileNotFoundError:
            raise ArtifactNotFound(f"{path} does not exist") from None
        try:
            raw = json.loads(data.decode("utf-8"))
            return RunArtifact.model_validate(raw), data
        except (UnicodeDecodeError, ValueError, ValidationError, RecursionError) as exc:
            raise ArtifactUnreadable(path, _first_line(exc)) from exc

    def read_artifact(self, run_id: str) -> RunArtifact:
        return self.read_artifact_file(self.find_artifact(run_id))[0]

    def records_for(self, run_id: str, kind: str) -> list[dict[str, Any]]:
        """The run's records of `kind` (review, export, archive), oldest first, found by reading every record
        file (`<day>/<record id>.json`) in records/<kind>s/, through real folders and files only (a link is
        skipped, never followed): the answer of the files themselves, with no index to trust or keep up to
        date. Used where a record must not be missed or an index may be absent (export's provenance, the run
        report); `RunIndex.records_for` answers the same from the index without a folder scan (history,
        `rmos runs show`)."""
        folder = self.records_dir(kind + "s")
        try:  # a records folder or day folder that is a link is never scanned (issue 16 M6)
            check_real_dirs(self.runs_dir, folder)
            days = sorted(
                e.path for e in os.scandir(folder) if DAY_RE.fullmatch(e.name) and e.is_dir(follow_symlinks=False)
            )
        except OSError:
            return []
        out = []
        for day in days:
            try:
                names = sorted(e.name for e in os.scandir(day) if ARTIFACT_NAME_RE.fullmatch(e.name))
            except OSError:
                continue
            for name in names:
                try:  # read_regular: a record name that is a link (or FIFO, device) is skipped, never read
                    data = json.loads(read_regular(Path(day) / name).decode("utf-8"))
                except (OSError, ValueError, RecursionError):
                    continue
                if isinstance(data, dict) and data.get("run_id") == run_id:
                    out.append(data)
        return sorted(out, key=lambda d: str(d.get("created_at_utc", "")))

    def gcode_text(self, artifact: RunArtifact, artifact_path: Path) -> str | None:
        """The run's G-code, embedded or from its sidecar (None when the run has none)."""
        if artifact.outputs.gcode_text is not None:
            return artifact.outputs.gcode_text
        if artifact.outputs.gcode_path:
            name = artifact.outputs.gcode_path
            if name != f"{artifact.run_id}.nc":  # never follow a path the file itself names
                raise ArtifactUnreadable(artifact_path, f"unexpected gcode_path {name!r}")
            return self.read_file(artifact_path.parent / name).decode("utf-8")
        return None

    # -- start-up sweep ----------------------------------------------------------------------------
    def record_folders(self) -> list[Path]:
        """Every records/<kind>/<day>/ folder."""
        out: list[Path] = []
        for kind in RECORD_KINDS:
            try:
                check_real_dirs(self.runs_dir, self.records_dir(kind))
                entries = list(os.scandir(self.records_dir(kind)))
            except OSError:
                continue
            out.extend(
                sorted(Path(e.path) for e in entries if DAY_RE.fullmatch(e.name) and e.is_dir(follow_symlinks=False))
            )
        return out

    def stale_temp_files(self, *, now: float | None = None) -> Iterator[Path]:
        """Temp files no live process owns: their writer (on this machine) is gone, or they are older than
        STALE_TEMP_S. A temp file another machine is writing is left alone until it is that old."""
        now = time.time() if now is None else now
        for folder in [*self.day_folders(), *self.record_folders()]:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                if temp_owner(entry.name) is None:
                    continue
                try:
                    mtime = entry.stat(follow_symlinks=False).st_mtime
                except OSError:
                    continue
                if not temp_is_live(entry.name, mtime, now=now):
                    yield Path(entry.path)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
