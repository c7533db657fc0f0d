"""Verified export: the bytes on the stick are exactly the bytes of an OK run, proven by reading them back.

Only a run with status OK whose artifact is intact (its ledger hash and inner hashes check out) and whose
stored G-code re-hashes to `gcode_sha256` is exported. Three files are written — NAME.nc, NAME.nc.sha256
(`sha256sum -c` format) and NAME.nc.rmos.json (an in-toto Statement v1) — each to a temporary name, flushed,
fsynced and renamed, then read back after dropping it from the page cache (posix_fadvise DONTNEED) and
hashed again. Only verified files count; on any failure every file this attempt wrote is removed. Every
attempt, verified or failed, leaves a write-once export record through the RunRecorder.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rmos_desktop import __version__
from rmos_desktop.core.hashing import sha256_text
from rmos_desktop.core.provenance import ProvenanceStatement, RunMatch, RunPredicate, Subject
from rmos_desktop.core.runs.integrity import inner_hash_problems, ledger_file_hashes
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import ExportRecord, RunArtifact, validate_run_id
from rmos_desktop.core.runs.store import ArtifactNotFound, ArtifactUnreadable

log = logging.getLogger(__name__)

FAT_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)} | {"\x7f"}
RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
LONGEST_SUFFIX = ".nc.rmos.json"
MAX_NAME_BYTES = 255
CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]


class ExportRefused(Exception):
    """The run may not be exported (not OK, damaged, tampered, or the name is taken). Exit code 1."""


class ExportConflict(ExportRefused):
    """A different file already stands under the chosen name; it is never silently overwritten."""

    def __init__(self, path: Path, existing_sha256: str):
        super().__init__(f"{path} already exists with different content (sha256 {existing_sha256[:12]}…)")
        self.path = path
        self.existing_sha256 = existing_sha256


class ExportFailed(Exception):
    """Writing or verifying failed; nothing was left under the final names; a failed record was written."""


@dataclass
class ExportResult:
    run_id: str
    destination: str
    file_name: str
    gcode_sha256: str
    verified: bool
    already_there: bool
    files: dict[str, str] = field(default_factory=dict)
    record_path: str | None = None
    message: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# -- names -------------------------------------------------------------------------------------------------
def sanitize_export_name(name: str) -> str:
    """A base name (without .nc) that FAT/exFAT accept: no <>:"/\\|?* or control characters, no trailing dot
    or space, not a reserved device name, and short enough that NAME.nc.rmos.json fits in 255 bytes."""
    name = unicodedata.normalize("NFC", name).strip()
    for suffix in (".rmos.json", ".sha256", ".nc"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    name = "".join("_" if ch in FAT_FORBIDDEN else ch for ch in name)
    name = name.strip(" .")
    if not name:
        name = "rmos-export"
    if name.split(".", 1)[0].upper().strip() in RESERVED_NAMES:
        name = "_" + name
    budget = MAX_NAME_BYTES - len(LONGEST_SUFFIX)
    while len(name.encode("utf-8")) > budget:
        name = name[:-1]
    return name.rstrip(" .") or "rmos-export"


def default_export_name(artifact: RunArtifact) -> str:
    tool = artifact.tool_id.split(":", 1)[-1] or "run"
    cut = artifact.request_summary.get("cut") if isinstance(artifact.request_summary, dict) else None
    kind = cut.get("kind") if isinstance(cut, dict) and isinstance(cut.get("kind"), str) else "job"
    digest = (artifact.hashes.gcode_sha256 or artifact.run_id)[:8]
    return sanitize_export_name(f"{tool}-{kind}-{digest}")


# -- checking the run --------------------------------------------------------------------------------------
@dataclass
class ExportableRun:
    artifact: RunArtifact
    artifact_path: Path
    gcode: bytes


def check_exportable(recorder: RunRecorder, run_id: str) -> ExportableRun:
    """Refuse (with the reason) anything that is not an intact OK run with intact G-code."""
    run_id = validate_run_id(run_id)
    store = recorder.store
    try:
        path = store.find_artifact(run_id)
        artifact, data = store.read_artifact_file(path)
    except ArtifactNotFound as exc:
        raise ExportRefused(f"run {run_id} is not in {store.runs_dir}") from exc
    except ArtifactUnreadable as exc:
        raise ExportRefused(f"run {run_id}'s artifact is damaged: {exc.reason}") from exc
    if artifact.status != "OK":
        raise ExportRefused(f"run {run_id} is {artifact.status}: only OK runs have G-code to export")
    rel = store.relative(path)
    listed = ledger_file_hashes(recorder.ledger, only=[rel]).get(rel)
    file_sha = hashlib.sha256(data).hexdigest()
    if listed is None:
        raise ExportRefused(
            f"run {run_id}'s artifact is not in the audit ledger (a foreign or planted file, a failed write, or an "
            "edited ledger; `rmos audit verify` names which)"
        )
    if listed != file_sha:
        raise ExportRefused(f"run {run_id}'s artifact was modified after it was recorded (ledger hash mismatch)")
    problems = inner_hash_problems(artifact, path)
    if problems:
        raise ExportRefused(f"run {run_id}: {'; '.join(problems)} (tampered or damaged)")
    h = artifact.hashes
    try:
        text = store.gcode_text(artifact, path)
    except (OSError, ArtifactUnreadable) as exc:
        raise ExportRefused(f"run {run_id}: its stored G-code cannot be read ({exc})") from exc
    if text is None or h.gcode_sha256 is None or sha256_text(text) != h.gcode_sha256:
        raise ExportRefused(f"run {run_id}: the stored G-code does not match its recorded hash (tampered or damaged)")
    return ExportableRun(artifact, path, text.encode("utf-8"))


# -- writing and reading back ------------------------------------------------------------------------------
def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # some file systems (and platforms) cannot open a folder; the file itself was fsynced
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def read_back_sha256(path: Path, progress: Progress | None = None, total: int = 0) -> str:
    """Hash a file as stored: drop it from the page cache first, so the bytes come from the device."""
    fd = os.open(path, os.O_RDONLY)
    try:
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):  # not every file system honours it; the read still happens
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        h = hashlib.sha256()
        done = 0
        while True:
            block = os.read(fd, CHUNK)
            if not block:
                break
            h.update(block)
            done += len(block)
            if progress:
                progress(done, total)
        return h.hexdigest()
    finally:
        os.close(fd)


def _write_verified(folder: Path, name: str, data: bytes, written: list[Path], progress: Progress | None) -> str:
    final = folder / name
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(data)
            done = 0
            while view:
                n = os.write(fd, view[:CHUNK])
                view = view[n:]
                done += n
                if progress:
                    progress(done, 2 * len(data))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    written.append(final)
    _fsync_dir(folder)
    expected = hashlib.sha256(data).hexdigest()
    got = read_back_sha256(
        final, (lambda d, t: progress(len(data) + d, 2 * len(data))) if progress else None, len(data)
    )
    if got != expected:
        raise ExportFailed(
            f"read-back of {final} gave sha256 {got[:12]}…, expected {expected[:12]}…: the device "
            "did not store the bytes written"
        )
    return expected


def _remove(paths: list[Path]) -> None:
    for p in paths:
        try:
            os.unlink(p)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.error("could not remove %s after a failed export: %s", p, exc)


def _statement(run: ExportableRun, file_name: str, sha: str, recorder: RunRecorder, operator: str | None) -> str:
    a = run.artifact
    req = a.request_summary if isinstance(a.request_summary, dict) else {}
    head = recorder.head()
    meta_catalog = a.meta.get("catalog") if isinstance(a.meta.get("catalog"), dict) else {}
    statement = ProvenanceStatement(
        subject=[Subject(name=file_name, digest={"sha256": sha})],
        predicate=RunPredicate(
            run_id=a.run_id,
            status="OK",
            tool_id=a.tool_id,
            material=req.get("material"),
            machine=req.get("machine"),
            risk_level=str(a.decision.risk_level),
            hashes=a.hashes.model_dump(mode="json"),
            created_at_utc=a.created_at_utc.isoformat().replace("+00:00", "Z"),
            exported_at_utc=datetime.now(UTC).isoformat().replace("+00:00", "Z"),
            app_version=str(a.meta.get("app_version") or __version__),
            catalog_version=meta_catalog.get("version"),
            catalog_sha256=meta_catalog.get("sha256"),
            ledger_head=str(head) if head else None,
            operator=operator,
        ),
    )
    return statement.to_json()


def export_run(
    recorder: RunRecorder,
    run_id: str,
    destination: Path,
    *,
    name: str | None = None,
    operator: str | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Export one OK run's G-code to `destination` and prove it by reading it back.

    Raises ExportRefused (nothing written, no record: the run may not be exported), ExportConflict (a
    different file holds the name; pass overwrite=True once a person agreed) or ExportFailed (a failed
    export record was written and nothing is left under the final names)."""
    run = check_exportable(recorder, run_id)
    destination = Path(destination)
    base = sanitize_export_name(name) if name else default_export_name(run.artifact)
    nc_name = f"{base}.nc"
    gcode_sha = run.artifact.hashes.gcode_sha256 or ""
    nc_path = destination / nc_name
    result = ExportResult(
        run_id=run.artifact.run_id,
        destination=str(destination),
        file_name=nc_name,
        gcode_sha256=gcode_sha,
        verified=False,
        already_there=False,
    )
    if not destination.is_dir():
        raise ExportRefused(f"{destination} is not a folder that can be written")
    existing = None
    if nc_path.exists():
        existing = read_back_sha256(nc_path)
        if existing != gcode_sha and not overwrite:
            raise ExportConflict(nc_path, existing)

    written: list[Path] = []
    files: dict[str, str] = {}
    try:
        if existing == gcode_sha:
            result.already_there = True
            files[nc_name] = existing
        else:
            files[nc_name] = _write_verified(destination, nc_name, run.gcode, written, progress)
        checksum = f"{gcode_sha}  {nc_name}\n".encode()
        files[nc_name + ".sha256"] = _write_verified(destination, nc_name + ".sha256", checksum, written, None)
        statement = _statement(run, nc_name, gcode_sha, recorder, operator).encode("utf-8")
        files[nc_name + ".rmos.json"] = _write_verified(destination, nc_name + ".rmos.json", statement, written, None)
    except (OSError, ExportFailed) as exc:
        _remove(written)
        message = _describe(exc, destination)
        try:
            path = _record(recorder, run, destination, nc_name, operator, verified=False, error=message, files={})
            record = f"export record {path}"
        except OSError as record_exc:  # the disk that refused the export may refuse the record too
            log.error("the failed export of run %s could not be recorded: %s", run.artifact.run_id, record_exc)
            record = f"the failure could not be recorded either: {record_exc}"
        raise ExportFailed(f"{message} Nothing was left under {nc_name}. ({record})") from exc

    result.files = files
    result.verified = True
    try:
        result.record_path = _record(
            recorder, run, destination, nc_name, operator, verified=True, error=None, files=files
        )
    except OSError as exc:  # an export nobody can later find in the trail does not count: take it back
        _remove(written)
        raise ExportFailed(f"the export record could not be saved ({exc}); the exported files were removed") from exc
    result.message = (
        f"{nc_name} was already there with the same content; verified sha256 {gcode_sha}"
        if result.already_there
        else f"Verified: sha256 {gcode_sha} read back from {destination}"
    )
    return result


def _record(recorder, run, destination, file_name, operator, *, verified, error, files) -> str:
    rec = ExportRecord(
        record_id=new_id(),
        run_id=run.artifact.run_id,
        destination=str(destination),
        file_name=file_name,
        gcode_sha256=run.artifact.hashes.gcode_sha256,
        verified=verified,
        operator=operator,
        error=error,
        files=files,
    )
    return str(recorder.record("export", rec).path)


def _describe(exc: BaseException, destination: Path) -> str:
    if isinstance(exc, ExportFailed):
        return str(exc)
    if isinstance(exc, OSError):
        reason = {
            errno.ENOSPC: "the stick is full",
            errno.ENOENT: "the destination disappeared (was the stick removed?)",
            errno.EROFS: "the destination is read-only",
            errno.EACCES: "permission denied",
            errno.EIO: "an input/output error (a failing or removed stick)",
        }.get(exc.errno or 0, exc.strerror or str(exc))
        return f"Export to {destination} failed: {reason}."
    return f"Export to {destination} failed: {exc}."


# -- lookup by G-code hash ------------------------------------------------------------------------------
def find_runs_by_gcode(recorder: RunRecorder, sha256: str) -> list[RunMatch]:
    """All runs whose G-code hash is `sha256` (several runs of one identical request share it), with their
    export records. Uses the run index when there is one; otherwise scans the store."""
    index = recorder.index
    if index is not None and hasattr(index, "find_by_gcode_sha256"):
        return [
            _match_from_artifact(recorder, recorder.store.read_artifact(row_run_id(row)))
            for row in index.find_by_gcode_sha256(sha256)
        ]
    out = []
    for path in recorder.store.iter_artifact_paths():
        try:
            artifact = recorder.store.read_artifact_file(path)[0]
        except (ArtifactUnreadable, ArtifactNotFound):
            continue
        if artifact.hashes.gcode_sha256 == sha256:
            out.append(_match_from_artifact(recorder, artifact, path))
    return out


def row_run_id(row: Any) -> str:
    return row["run_id"] if isinstance(row, dict) else row.run_id


def _match_from_artifact(recorder: RunRecorder, artifact: RunArtifact, path: Path | None = None) -> RunMatch:
    path = path or recorder.store.find_artifact(artifact.run_id)
    req = artifact.request_summary if isinstance(artifact.request_summary, dict) else {}
    return RunMatch(
        run_id=artifact.run_id,
        status=artifact.status,
        risk_level=str(artifact.decision.risk_level),
        created_at_utc=artifact.created_at_utc.isoformat().replace("+00:00", "Z"),
        tool_id=artifact.tool_id,
        job_name=req.get("job_name") if isinstance(req.get("job_name"), str) else None,
        block_reason=artifact.decision.block_reason,
        artifact_path=str(path),
        exports=recorder.store.records_for(artifact.run_id, "export"),
    )
