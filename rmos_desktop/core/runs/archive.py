"""Retention without silent deletion: move old day folders into a verified zip archive, and back.

Archive: every artifact (and `.nc` sidecar) of the chosen day folders is verified against the ledger and
its own hashes; the zip (with a manifest of run ids and file hashes) is written to a temporary name,
fsynced, renamed, then read back from the device and checked member by member; an archive record (what
moved, where, the archive's SHA-256) is written durably through the recorder; only then are the files
removed. Any failure before the record leaves the runs directory untouched. Today's folder is never
archived (a writer may be adding to it).

Restore: the archive is verified against its manifest, and every file against this runs directory's
ledger: each artifact must be listed by an intact ledger line with the same SHA-256, signed by a trusted
key (the station's by default; lines of an older version before the first signed line are unsigned), and
each G-code sidecar must match its artifact's gcode_sha256. A foreign artifact, garbage under an
artifact's name, a member over MAX_MEMBER_BYTES or compressed more than MAX_RATIO to one is refused before
anything is written; members are read in bounded chunks, never trusting the sizes the zip declares. Files
are put back write-once; a file already present with the same bytes is kept, one with different bytes
stops the restore before anything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import stat
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from pydantic import ValidationError

from rmos_desktop.core.hashing import sha256_bytes
from rmos_desktop.core.runs.integrity import inner_hash_problems, ledger_file_hashes, signature_problems
from rmos_desktop.core.runs.ledger import Verifier
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import ARTIFACT_NAME_RE, ArchiveRecord, RunArtifact
from rmos_desktop.core.runs.store import UnsafePath, check_real_file, durable_write, fsync_dir

log = logging.getLogger(__name__)

MANIFEST_NAME = "rmos-archive-manifest.json"
ARCHIVE_FORMAT = "rmos-runs-archive"
SIDECAR_NAME_RE = re.compile(r"^[0-9a-f]{32}\.nc$")
CHUNK = 1024 * 1024
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # the biggest file a restore takes (an 18 MB program is a big one)
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # 100,000 runs make a manifest of about 20 MB
MAX_RATIO = 200  # G-code and JSON compress 5-20x; a member inflating more than this is a zip bomb
MAX_MEMBERS = 2_000_000


class ArchiveAborted(Exception):
    """Nothing was removed. `problems` names every reason."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message + ("" if not problems else ": " + "; ".join(problems[:20])))
        self.problems = problems or []


@dataclass
class ArchiveResult:
    archive_path: str
    archive_sha256: str
    days: list[str]
    runs: list[str]
    files: dict[str, str]
    record_path: str | None = None
    removed: list[str] = field(default_factory=list)
    left_behind: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class RestoreResult:
    archive_path: str
    restored: list[str]
    already_present: list[str]
    record_path: str | None = None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _sha_file(path: Path, *, drop_cache: bool = False) -> str:
    fd = os.open(path, os.O_RDONLY)
    try:
        if drop_cache and hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        h = hashlib.sha256()
        while block := os.read(fd, CHUNK):
            h.update(block)
        return h.hexdigest()
    finally:
        os.close(fd)


def _chosen_days(recorder: RunRecorder, before: date, today: date) -> list[Path]:
    limit = min(before, today)  # never today's folder
    return [d for d in recorder.store.day_folders() if date.fromisoformat(d.name) < limit]


def collect(recorder: RunRecorder, days: list[Path]) -> tuple[dict[str, Path], list[str], list[str]]:
    """Every file of the chosen days, verified: (rel path → file, run ids, problems)."""
    store = recorder.store
    listed = ledger_file_hashes(recorder.ledger)
    files: dict[str, Path] = {}
    runs: list[str] = []
    problems: list[str] = []
    for day in days:
        names = sorted(os.listdir(day))
        artifacts = {n for n in names if ARTIFACT_NAME_RE.fullmatch(n)}
        for name in names:
            path = day / name
            rel = store.relative(path)
            if name in artifacts:
                data = path.read_bytes()
                try:
                    artifact = RunArtifact.model_validate_json(data)
                except (ValidationError, ValueError) as exc:
                    problems.append(f"{rel}: unreadable artifact ({str(exc).splitlines()[0]})")
                    continue
                if listed.get(rel) is None:
                    problems.append(f"{rel}: not in the audit ledger (foreign file)")
                elif listed[rel] != sha256_bytes(data):
                    problems.append(f"{rel}: modified since it was recorded (ledger hash mismatch)")
                problems.extend(f"{rel}: {p}" for p in inner_hash_problems(artifact, path))
                runs.append(artifact.run_id)
                files[rel] = path
            elif SIDECAR_NAME_RE.fullmatch(name) and name[:-3] + ".json" in artifacts:
                files[rel] = path  # checked through its artifact's gcode_sha256 above
            else:
                problems.append(f"{rel}: not a run file (cannot be verified, so it is not archived or removed)")
    return files, runs, problems


def archive_runs(
    recorder: RunRecorder,
    before: date,
    dest_dir: Path,
    *,
    operator: str | None = None,
    now: datetime | None = None,
) -> ArchiveResult:
    """Archive every day folder older than `before` (and older than today) into `dest_dir`."""
    now = now or datetime.now(UTC)
    dest_dir = Path(dest_dir)
    recorder.recover(quarantine=False)  # interrupted writes completed or cleared first: nothing half-written moves
    days = _chosen_days(recorder, before, now.date())
    if not days:
        raise ArchiveAborted(f"no day folders before {min(before, now.date()).isoformat()} to archive")
    if not dest_dir.is_dir():
        raise ArchiveAborted(f"{dest_dir} is not a folder")
    if dest_dir.resolve().is_relative_to(recorder.runs_dir.resolve()):
        raise ArchiveAborted("the archive must be written outside the runs directory")
    files, runs, problems = collect(recorder, days)
    if problems:
        raise ArchiveAborted(f"{len(problems)} problem(s) in the chosen days; nothing was archived", problems)

    hashes = {rel: _sha_file(path) for rel, path in sorted(files.items())}
    day_names = [d.name for d in days]
    name = f"rmos-runs-{day_names[0]}_to_{day_names[-1]}-{now.strftime('%Y%m%dT%H%M%SZ')}.zip"
    final = dest_dir / name
    if final.exists():
        raise ArchiveAborted(f"{final} already exists")
    head = recorder.head()
    manifest = {
        "format": ARCHIVE_FORMAT,
        "version": 1,
        "created_at_utc": now.isoformat().replace("+00:00", "Z"),
        "runs_dir": str(recorder.runs_dir),
        "days": day_names,
        "runs": sorted(runs),
        "files": hashes,
        "ledger_head": str(head) if head else None,
    }
    tmp = dest_dir / f".{name}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as raw, zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2, sort_keys=True))
            for rel, path in sorted(files.items()):
                zf.write(path, rel)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        fsync_dir(dest_dir)
        archive_sha = verify_archive(final, expect=manifest, drop_cache=True)
        (dest_dir / (name + ".sha256")).write_text(f"{archive_sha}  {name}\n", encoding="utf-8")
    except (OSError, zipfile.BadZipFile, ArchiveAborted) as exc:
        for p in (tmp, final):
            with contextlib.suppress(OSError):
                os.unlink(p)
        raise ArchiveAborted(f"writing the archive failed ({exc}); nothing was removed") from exc

    record = ArchiveRecord(
        action="archive",
        record_id=new_id(),
        created_at_utc=now,
        archive_name=name,
        archive_path=str(final),
        archive_sha256=archive_sha,
        days=day_names,
        runs=sorted(runs),
        files=hashes,
        operator=operator,
    )
    try:
        stored = recorder.record("archive", record)
    except OSError as exc:
        raise ArchiveAborted(
            f"the archive record could not be written ({exc}); nothing was removed. "
            f"The archive {final} is complete and may be deleted or kept."
        ) from exc
    result = ArchiveResult(str(final), archive_sha, day_names, sorted(runs), hashes, str(stored.path))
    for rel in sorted(files):
        try:
            os.unlink(recorder.runs_dir / rel)
            result.removed.append(rel)
        except OSError as exc:
            log.error("archive %s: could not remove %s: %s", name, rel, exc)
            result.left_behind.append(rel)
    for day in days:
        try:
            day.rmdir()
        except OSError as exc:
            log.warning("archive %s: day folder %s not removed: %s", name, day, exc)
    with contextlib.suppress(OSError):
        fsync_dir(recorder.runs_dir)
    return result


def _read_member(zf: zipfile.ZipFile, name: str, limit: int | None = None) -> bytes:
    """One member's bytes, refused (ArchiveAborted) before it is read whole when its declared size (over
    `limit`, by default MAX_MEMBER_BYTES) or compression ratio is out of bounds, and read in chunks that stop
    at the size it declares."""
    limit = MAX_MEMBER_BYTES if limit is None else limit
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise ArchiveAborted(f"{name} is missing from the archive") from None
    if info.file_size > limit:
        raise ArchiveAborted(f"{name} is {info.file_size} bytes, more than the {limit} bytes a restore takes")
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise ArchiveAborted(
            f"{name} would inflate {info.compress_size} bytes to {info.file_size} (more than {MAX_RATIO}x): "
            "refused as a zip bomb"
        )
    chunks, total = [], 0
    with zf.open(info) as fh:
        while block := fh.read(CHUNK):
            total += len(block)
            if total > info.file_size:
                raise ArchiveAborted(f"{name} inflates beyond the {info.file_size} bytes it declares")
            chunks.append(block)
    return b"".join(chunks)


def verify_archive(path: Path, *, expect: dict | None = None, drop_cache: bool = False) -> str:
    """Check every member against the manifest (and the manifest against `expect`); return the zip's SHA-256."""
    digest = _sha_file(path, drop_cache=drop_cache)
    manifest = read_manifest(path)
    if expect is not None and manifest != expect:
        raise ArchiveAborted(f"{path}: the manifest read back differs from the one written")
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist()) - {MANIFEST_NAME}
        if names != set(manifest["files"]):
            raise ArchiveAborted(f"{path}: members differ from the manifest")
        for rel, sha in manifest["files"].items():
            if sha256_bytes(_read_member(zf, rel)) != sha:
                raise ArchiveAborted(f"{path}: {rel} does not match its manifest hash")
    return digest


def read_manifest(path: Path) -> dict:
    """The archive's manifest, checked for shape. ArchiveAborted, with a plain reason, for anything else."""
    try:
        with zipfile.ZipFile(path) as zf:
            if len(zf.infolist()) > MAX_MEMBERS:
                raise ArchiveAborted(f"{path} has more than {MAX_MEMBERS} members: not an RMOS runs archive")
            try:
                raw = _read_member(zf, MANIFEST_NAME, MAX_MANIFEST_BYTES)
            except ArchiveAborted as exc:
                if MANIFEST_NAME not in zf.namelist():
                    raise ArchiveAborted(f"{path} is not an RMOS runs archive (no manifest)") from None
                raise ArchiveAborted(f"{path}: its manifest is refused ({exc})") from None
    except zipfile.BadZipFile as exc:
        raise ArchiveAborted(f"{path} is not a zip file ({exc})") from None
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ArchiveAborted(f"{path}: its manifest is not UTF-8 text: not an RMOS runs archive") from None
    except RecursionError:
        raise ArchiveAborted(f"{path}: its manifest is nested too deeply: not an RMOS runs archive") from None
    except ValueError as exc:
        raise ArchiveAborted(f"{path}: its manifest is not JSON ({str(exc)[:80]})") from None
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != ARCHIVE_FORMAT
        or not isinstance(manifest.get("files"), dict)
    ):
        raise ArchiveAborted(f"{path} is not an RMOS runs archive")
    for rel, sha in manifest["files"].items():
        if not _safe_member(rel):
            raise ArchiveAborted(f"{path}: member {str(rel)[:120]!r} is not a run file path")
        if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise ArchiveAborted(f"{path}: the manifest's hash for {rel} is not a SHA-256")
    for key in ("days", "runs"):
        value = manifest.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and len(v) <= 64 for v in value):
            raise ArchiveAborted(f"{path}: the manifest's {key} is not a list of names")
    return manifest


def _safe_member(rel: object) -> bool:
    if not isinstance(rel, str):
        return False
    parts = rel.split("/")
    return (
        len(parts) == 2
        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", parts[0]) is not None
        and (ARTIFACT_NAME_RE.fullmatch(parts[1]) is not None or SIDECAR_NAME_RE.fullmatch(parts[1]) is not None)
    )


def read_from_archive(archive_path: Path, rel_path: str) -> bytes:
    """One file of an archived run, checked against the manifest."""
    manifest = read_manifest(archive_path)
    if rel_path not in manifest["files"]:
        raise ArchiveAborted(f"{rel_path} is not in {archive_path}")
    with zipfile.ZipFile(archive_path) as zf:
        data = _read_member(zf, rel_path)
    if sha256_bytes(data) != manifest["files"][rel_path]:
        raise ArchiveAborted(f"{rel_path} in {archive_path} does not match its manifest hash")
    return data


def _check_archive_file(archive_path: Path) -> None:
    """A plain message for what is not a readable zip file (a device, a FIFO, a folder, a missing file)."""
    try:
        mode = os.stat(archive_path).st_mode
    except FileNotFoundError:
        raise ArchiveAborted(f"{archive_path} does not exist") from None
    except OSError as exc:
        raise ArchiveAborted(f"{archive_path} cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        what = "a folder" if stat.S_ISDIR(mode) else "a device or pipe"
        raise ArchiveAborted(f"{archive_path} is not a zip file (it is {what}); nothing was restored")
    try:
        ok = zipfile.is_zipfile(archive_path)
    except OSError as exc:
        raise ArchiveAborted(f"{archive_path} cannot be read ({exc.strerror or exc})") from None
    if not ok:
        raise ArchiveAborted(f"{archive_path} is not a zip file; nothing was restored")


def _against_ledger(recorder: RunRecorder, zf: zipfile.ZipFile, manifest: dict, trust: Sequence[Verifier]) -> list[str]:
    """Why members are not this runs directory's records: each artifact against its ledger line and
    signature, each sidecar against its artifact. Members are read one at a time (none is kept)."""
    files: dict[str, str] = manifest["files"]
    artifacts = [rel for rel in files if rel.endswith(".json")]
    listed = ledger_file_hashes(recorder.ledger, only=artifacts)
    unsigned = signature_problems(recorder.ledger, artifacts, trust)
    good: set[str] = set()
    problems: list[str] = []
    gcode_shas: dict[str, str | None] = {}
    for rel in sorted(artifacts):
        blob = _read_member(zf, rel)
        if sha256_bytes(blob) != files[rel]:
            problems.append(f"{rel}: does not match its manifest hash")
            continue
        if listed.get(rel) is None:
            problems.append(f"{rel}: not in this runs directory's audit ledger (a foreign or planted artifact)")
            continue
        if listed[rel] != files[rel]:
            problems.append(f"{rel}: differs from the artifact the ledger recorded (SHA-256 mismatch)")
            continue
        if rel in unsigned:
            problems.append(f"{rel}: {unsigned[rel]}")
            continue
        try:
            artifact = RunArtifact.model_validate_json(blob)
        except (ValidationError, ValueError) as exc:
            problems.append(f"{rel}: unreadable artifact ({str(exc).splitlines()[0][:120]})")
            continue
        gcode_shas[rel[:-5] + ".nc"] = artifact.hashes.gcode_sha256 if artifact.outputs.gcode_path else None
        good.add(rel)
    for rel in sorted(r for r in files if r.endswith(".nc")):
        blob = _read_member(zf, rel)
        expected = gcode_shas.get(rel)
        if rel[:-3] + ".json" not in files:
            problems.append(f"{rel}: a G-code file without its artifact in the archive")
        elif expected is None:
            if rel[:-3] + ".json" in good:
                problems.append(f"{rel}: its artifact names no G-code file")
        elif sha256_bytes(blob) != expected:
            problems.append(f"{rel}: does not match its artifact's gcode_sha256")
    return problems


def _public_of(recorder: RunRecorder) -> list[Verifier]:
    signer = recorder.signer
    public = getattr(signer, "public", None)
    return [public()] if callable(public) else []


def restore_archive(
    recorder: RunRecorder,
    archive_path: Path,
    *,
    operator: str | None = None,
    trust: Sequence[Verifier] | None = None,
) -> RestoreResult:
    """Put an archive's files back, after checking each against the ledger (and its signature: `trust`, by
    default this workstation's station key). Raises ArchiveAborted, with every reason, before writing
    anything."""
    from rmos_desktop.core.runs.audit import default_trust

    archive_path = Path(archive_path)
    _check_archive_file(archive_path)
    keys = list(trust) if trust is not None else [*default_trust(), *_public_of(recorder)]
    try:
        archive_sha = verify_archive(archive_path)
        manifest = read_manifest(archive_path)
        with zipfile.ZipFile(archive_path) as zf:
            problems = _against_ledger(recorder, zf, manifest, keys)
    except (OSError, zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError) as exc:
        raise ArchiveAborted(f"{archive_path} cannot be read ({exc}); nothing was restored") from exc
    if problems:
        raise ArchiveAborted(
            f"{len(problems)} file(s) of {archive_path.name} are not this runs directory's records; nothing was "
            "restored",
            problems,
        )
    runs_dir = recorder.runs_dir
    present, missing = [], []
    conflicts = []
    for rel, sha in sorted(manifest["files"].items()):
        target = runs_dir / rel
        try:
            exists = check_real_file(target)
        except UnsafePath as exc:
            raise ArchiveAborted(f"{exc}; nothing was restored") from None
        if exists:
            (present if _sha_file(target) == sha else conflicts).append(rel)
        else:
            missing.append(rel)
    if conflicts:
        raise ArchiveAborted(
            "files with different content already stand in the runs directory; nothing was restored", conflicts
        )
    restored = []
    try:
        with zipfile.ZipFile(archive_path) as zf:
            # sidecars first, so an artifact never stands without its G-code
            for rel in sorted(missing, key=lambda r: (not r.endswith(".nc"), r)):
                blob = _read_member(zf, rel)
                if sha256_bytes(blob) != manifest["files"][rel]:  # the zip changed since it was checked
                    raise ArchiveAborted(f"{rel} in {archive_path} changed while it was restored")
                day, name = rel.split("/")
                durable_write(recorder.store.writable_folder(runs_dir / day), name, blob)
                restored.append(rel)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise ArchiveAborted(f"{archive_path} cannot be read ({exc}); restored so far: {restored}") from exc
    record = ArchiveRecord(
        action="restore",
        record_id=new_id(),
        archive_name=archive_path.name,
        archive_path=str(archive_path),
        archive_sha256=archive_sha,
        days=list(manifest.get("days", [])),
        runs=list(manifest.get("runs", [])),
        files=dict(manifest["files"]),
        operator=operator,
    )
    stored = recorder.record("archive", record)
    if recorder.index is not None and hasattr(recorder.index, "reconcile"):
        with contextlib.suppress(Exception):
            recorder.index.reconcile()
    return RestoreResult(str(archive_path), restored, present, str(stored.path))
