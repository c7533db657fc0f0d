"""Verified export: the bytes on the stick are exactly the bytes of an OK run, proven by reading them back.

Only a run with status OK whose artifact is intact (its ledger hash and inner hashes check out) and whose
stored G-code re-hashes to `gcode_sha256` is exported. Four files are written — NAME.nc, NAME.nc.sha256
(`sha256sum -c` format), NAME.nc.minisig (minisign's format, signed by the station key: any PC checks it
with `minisign -Vm NAME.nc -p station.pub`) and NAME.nc.rmos.json (a DSSE envelope, signed by the station
key, around an in-toto Statement v1) — each to a temporary name, flushed, fsynced and renamed, then read
back after dropping it from the page cache (posix_fadvise DONTNEED) and hashed again. Only verified files
count; on any failure every file this attempt wrote is removed.

The trail: an export-intent record is written before the destination is touched, and every attempt,
verified or failed, closes it with a write-once export record of the same record id. An intent without its
export record is an export a crash or a kill interrupted: the next export (and `find_export_leftovers`, for
the audit) names it, with what it left at its destination (complete files, `.NAME.PID.tmp` debris), and
closes it with an export record saying so. A verified export is followed by a signed checkpoint of the ledger.
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
from rmos_desktop.core.export_leftovers import (
    ExportIntentRecord,
    ExportLeftover,
    close_export_leftovers,
    find_export_leftovers,
)
from rmos_desktop.core.hashing import sha256_text
from rmos_desktop.core.provenance import ProvenanceStatement, RunMatch, RunPredicate, Subject
from rmos_desktop.core.runs.checkpoints import CheckpointError, make_checkpoint
from rmos_desktop.core.runs.dsse import PAYLOAD_TYPE_INTOTO, sign_envelope
from rmos_desktop.core.runs.integrity import inner_hash_problems, ledger_file_hashes
from rmos_desktop.core.runs.keys import KeyFileError, SigningKey, station_key
from rmos_desktop.core.runs.minisig import sign_minisig
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import ExportRecord, RunArtifact, validate_run_id
from rmos_desktop.core.runs.store import ArtifactNotFound, ArtifactUnreadable, durable_replace

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
    signed_by: str | None = None  # the station key id that signed NAME.nc.minisig and NAME.nc.rmos.json
    checkpoint_path: str | None = None  # the checkpoint made after the export
    checkpoint_problem: str | None = None  # why none was made (the export itself still counts)
    leftovers: list[str] = field(default_factory=list)  # interrupted earlier exports this one found and named

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
    durable_replace(
        final,
        data,
        tmp=folder / f".{name}.{os.getpid()}.tmp",
        progress=(lambda done: progress(done, 2 * len(data))) if progress else None,
    )
    written.append(final)
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


def _statement(
    run: ExportableRun, file_name: str, sha: str, head: str | None, operator: str | None, exported_at: str
) -> str:
    a = run.artifact
    req = a.request_summary if isinstance(a.request_summary, dict) else {}
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
            exported_at_utc=exported_at,
            app_version=str(a.meta.get("app_version") or __version__),
            catalog_version=meta_catalog.get("version"),
            catalog_sha256=meta_catalog.get("sha256"),
            ledger_head=head,
            operator=operator,
        ),
    )
    return statement.to_json()


def minisig_comment(run_id: str, file_name: str, head: str | None, when: datetime) -> str:
    """The trusted comment of an export's .minisig: minisign's own `timestamp:` and `file:` first, then the run
    and the ledger head (tab-separated, one line, signed)."""
    return f"timestamp:{int(when.timestamp())}\tfile:{file_name}\trun:{run_id}\tledger_head:{head or 'none'}"


def _signing_key(key: SigningKey | None) -> SigningKey:
    if key is not None:
        return key
    try:
        return station_key()
    except KeyFileError as exc:
        raise ExportRefused(f"exports are signed with the station key, which cannot be used: {exc}") from exc


def export_run(
    recorder: RunRecorder,
    run_id: str,
    destination: Path,
    *,
    name: str | None = None,
    operator: str | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
    key: SigningKey | None = None,
    checkpoint: bool = True,
) -> ExportResult:
    """Export one OK run's G-code to `destination`, signed by `key` (default: the station key), and prove it by
    reading it back; then sign a checkpoint of the ledger (`checkpoint=False` skips it).

    Raises ExportRefused (nothing written, no record: the run may not be exported), ExportConflict (a
    different file holds the name; pass overwrite=True once a person agreed) or ExportFailed (a failed
    export record was written and nothing is left under the final names)."""
    run = check_exportable(recorder, run_id)
    signing_key = _signing_key(key)
    job = _plan(run, Path(destination), name, overwrite)
    result = ExportResult(
        run_id=run.artifact.run_id,
        destination=str(job.destination),
        file_name=job.nc_name,
        gcode_sha256=job.gcode_sha,
        verified=False,
        already_there=False,
    )
    result.leftovers = _name_leftovers(recorder, job.destination, run.artifact.run_id)
    intent_id = _record_intent(recorder, run, job, operator, signing_key)

    written: list[Path] = []
    try:
        files = _write_files(recorder, run, job, written, progress, signing_key, operator)
    except Exception as exc:  # OSError, ExportFailed, or anything unforeseen: never leave half an export behind
        _remove(written)
        raise _failed(recorder, run, job, operator, intent_id, exc) from exc

    result.files = files
    result.verified = True
    result.already_there = job.existing == job.gcode_sha
    result.signed_by = signing_key.key_id_hex
    try:
        result.record_path = _record(
            recorder,
            run,
            job.destination,
            job.nc_name,
            operator,
            verified=True,
            error=None,
            files=files,
            rid=intent_id,
            signed_by=signing_key.key_id_hex,
        )
    except OSError as exc:  # an export nobody can later find in the trail does not count: take it back
        _remove(written)
        raise ExportFailed(f"the export record could not be saved ({exc}); the exported files were removed") from exc
    result.message = (
        f"{job.nc_name} was already there with the same content; verified sha256 {job.gcode_sha}"
        if result.already_there
        else f"Verified: sha256 {job.gcode_sha} read back from {job.destination}"
    ) + f"; signed by station key {signing_key.key_id_hex}"
    if checkpoint:
        _checkpoint_after_export(recorder, signing_key, operator, result)
    return result


@dataclass(frozen=True)
class _ExportPlan:
    """Where one export goes and what already stands there."""

    destination: Path
    nc_name: str
    gcode_sha: str
    existing: str | None  # the sha256 of a file already under nc_name

    @property
    def names(self) -> list[str]:
        return [self.nc_name, *(self.nc_name + suffix for suffix in SIDECAR_SUFFIXES)]


def _plan(run: ExportableRun, destination: Path, name: str | None, overwrite: bool) -> _ExportPlan:
    """Name the files and check the destination; refuse a different file under the name unless `overwrite`."""
    base = sanitize_export_name(name) if name else default_export_name(run.artifact)
    nc_name = f"{base}.nc"
    gcode_sha = run.artifact.hashes.gcode_sha256 or ""
    nc_path = destination / nc_name
    if not destination.is_dir():
        raise ExportRefused(f"{destination} is not a folder that can be written")
    existing = None
    if nc_path.exists():
        existing = read_back_sha256(nc_path)
        if existing != gcode_sha and not overwrite:
            raise ExportConflict(nc_path, existing)
    return _ExportPlan(destination, nc_name, gcode_sha, existing)


def _record_intent(
    recorder: RunRecorder, run: ExportableRun, job: _ExportPlan, operator: str | None, key: SigningKey
) -> str:
    """Record the export intent before the destination is touched; its record id is the export record's."""
    intent_id = new_id()
    try:
        intent = ExportIntentRecord(
            record_id=intent_id,
            run_id=run.artifact.run_id,
            destination=str(job.destination),
            file_name=job.nc_name,
            files=job.names,
            gcode_sha256=job.gcode_sha,
            operator=operator,
            key_id=key.key_id_hex,
        )
        recorder.record("export_intent", intent)
    except OSError as exc:
        raise ExportFailed(
            f"Export to {job.destination} not started: its intent could not be recorded ({exc}); nothing was written."
        ) from exc
    return intent_id


def _write_files(
    recorder: RunRecorder,
    run: ExportableRun,
    job: _ExportPlan,
    written: list[Path],
    progress: Progress | None,
    key: SigningKey,
    operator: str | None,
) -> dict[str, str]:
    """Write and read back NAME.nc (unless the same bytes stand there) and its three sidecars, in that order;
    `written` collects each file as it is linked, for removal on failure. Returns name -> sha256."""
    nc_name, gcode_sha = job.nc_name, job.gcode_sha
    files: dict[str, str] = {}
    now = datetime.now(UTC)
    exported_at = now.isoformat().replace("+00:00", "Z")
    if job.existing == gcode_sha:
        files[nc_name] = job.existing
    else:
        files[nc_name] = _write_verified(job.destination, nc_name, run.gcode, written, progress)
    head = recorder.head()
    head_text = str(head) if head else None

    def write(suffix: str, data: bytes) -> None:
        files[nc_name + suffix] = _write_verified(job.destination, nc_name + suffix, data, written, None)

    write(".sha256", f"{gcode_sha}  {nc_name}\n".encode())
    comment = minisig_comment(run.artifact.run_id, nc_name, head_text, now)
    write(".minisig", sign_minisig(run.gcode, key, comment).encode("ascii"))
    write(".rmos.json", _envelope(run, nc_name, gcode_sha, head_text, operator, exported_at, key))
    return files


def _envelope(
    run: ExportableRun,
    nc_name: str,
    sha: str,
    head_text: str | None,
    operator: str | None,
    exported_at: str,
    key: SigningKey,
) -> bytes:
    statement = _statement(run, nc_name, sha, head_text, operator, exported_at).encode("utf-8")
    return sign_envelope(statement, PAYLOAD_TYPE_INTOTO, [key]).to_json().encode("utf-8")


def _failed(
    recorder: RunRecorder,
    run: ExportableRun,
    job: _ExportPlan,
    operator: str | None,
    intent_id: str,
    exc: BaseException,
) -> ExportFailed:
    """Record the failed attempt (closing its intent) and say what happened."""
    message = _describe(exc, job.destination)
    try:
        path = _record(
            recorder,
            run,
            job.destination,
            job.nc_name,
            operator,
            verified=False,
            error=message,
            files={},
            rid=intent_id,
        )
        record = f"export record {path}"
    except OSError as record_exc:  # the disk that refused the export may refuse the record too
        log.error("the failed export of run %s could not be recorded: %s", run.artifact.run_id, record_exc)
        record = f"the failure could not be recorded either ({record_exc}); the next export names it"
    return ExportFailed(f"{message} Nothing was left under {job.nc_name}. ({record})")


SIDECAR_SUFFIXES = (".sha256", ".minisig", ".rmos.json")


def _name_leftovers(recorder: RunRecorder, destination: Path, run_id: str) -> list[str]:
    """Find interrupted exports (and debris at this destination), record that they were found, and say so."""
    try:
        found: list[ExportLeftover] = find_export_leftovers(recorder, also_destination=destination)
    except OSError as exc:
        log.warning("could not look for interrupted exports: %s", exc)
        return [f"could not look for interrupted exports: {exc}"]
    if not found:
        return []
    try:
        close_export_leftovers(recorder, found, found_by=f"the export of run {run_id} to {destination}")
    except OSError as exc:
        log.error("interrupted exports found but not recorded as such: %s", exc)
    messages = [leftover.describe() for leftover in found]
    for m in messages:
        log.warning("%s", m)
    return messages


def _checkpoint_after_export(
    recorder: RunRecorder, key: SigningKey, operator: str | None, result: ExportResult
) -> None:
    try:
        made = make_checkpoint(recorder, key, by=operator, since_last=True)
    except (CheckpointError, OSError) as exc:
        result.checkpoint_problem = str(exc)
        log.warning("export of run %s: no checkpoint: %s", result.run_id, exc)
        return
    result.checkpoint_path = str(made.record_path) if made.record_path else None


def _record(
    recorder, run, destination, file_name, operator, *, verified, error, files, rid=None, signed_by=None
) -> str:
    rec = ExportRecord(
        record_id=rid or new_id(),
        run_id=run.artifact.run_id,
        destination=str(destination),
        file_name=file_name,
        gcode_sha256=run.artifact.hashes.gcode_sha256,
        verified=verified,
        operator=operator,
        error=error,
        files=files,
        meta={"signed_by": signed_by} if signed_by else {},
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
