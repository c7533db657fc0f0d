"""Artifact and record files -> index rows: what a listed run shows, the stamp of the file it was read from
(size, mtime, sha256) and a seal, so a row edited in the sqlite file is noticed and read again."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
import stat
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rmos_desktop.core.runs.index.db import DERIVED_COLUMNS, RECORD_DERIVED, SHOP_REVIEW_SHOWN
from rmos_desktop.core.runs.schemas import RunArtifact
from rmos_desktop.core.runs.store import UnsafePath, open_regular

log = logging.getLogger(__name__)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
Stamp = tuple[int | None, int | None, str | None]  # size, mtime_ns, sha256 of the file a row was read from
NO_STAMP: Stamp = (None, None, None)
READ_CHUNK = 1 << 20


# -- time -------------------------------------------------------------------------------------------------
def to_us(dt: datetime) -> int:
    return (dt.astimezone(UTC) - EPOCH) // timedelta(microseconds=1)


def from_us(us: int) -> datetime:
    return EPOCH + timedelta(microseconds=us)


def local_day_start(day: date) -> datetime:
    """Midnight at the start of `day` on this workstation's clock (so "Tuesday" is the shop's Tuesday)."""
    return datetime(day.year, day.month, day.day).astimezone()


def parse_local(value: str | date | datetime, *, end: bool = False) -> datetime:
    """A date (YYYY-MM-DD, local day; `end` gives the next local midnight, so a day range includes the whole
    last day) or an ISO date-time (naive = local time) as an aware datetime. ValueError for text that is not
    a date, and for a date too close to the ends of the calendar (years 1 and 9999) to convert."""
    shown = value
    if isinstance(value, str):
        text = value.strip()
        try:
            value = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"not a date: {text!r} (expected YYYY-MM-DD or an ISO date and time)") from None
        shown = text
    if not isinstance(value, date):  # datetime is a date
        raise ValueError(f"not a date: {value!r}")
    try:
        if isinstance(value, datetime):
            result = value if value.tzinfo else value.astimezone()
        else:
            result = local_day_start(value + timedelta(days=1) if end else value)
        to_us(result)  # the index stores microseconds since 1970 (UTC): it must convert
    except (OverflowError, ValueError):
        raise ValueError(
            f"date out of range: {str(shown)!r} is too close to the ends of the calendar (years 1 and 9999) "
            "to use as a date filter"
        ) from None
    return result


# -- the listed row ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RunRow:
    """One listed run (or unreadable file) as the index holds it. The review and export columns are
    counted from the review and export records when the row is read, not stored with it; the reviews count
    those made on other stations (the office) that a shop sync brought home (`last_review_station` names the
    station of the latest review when it was one of those, else None)."""

    seq: int
    path: str
    run_id: str
    created_us: int
    status: str
    mode: str | None
    tool_id: str | None
    material: str | None
    machine: str | None
    risk_level: str | None
    score: float | None
    operator: str | None
    job_name: str | None
    order_ref: str | None
    block_reason: str | None
    warnings: str | None
    request_sha256: str | None
    feasibility_sha256: str | None
    toolpaths_sha256: str | None
    gcode_sha256: str | None
    opplan_sha256: str | None
    problem: str | None
    review_count: int
    last_disposition: str | None
    last_reviewer: str | None
    last_review_station: str | None
    export_count: int
    awaiting_review: int
    location: str
    archive_name: str | None
    archive_path: str | None

    @property
    def created_at_utc(self) -> datetime:
        return from_us(self.created_us)

    @property
    def created_local(self) -> datetime:
        return self.created_at_utc.astimezone()

    @property
    def archived(self) -> bool:
        return self.location == "archived"

    @property
    def readable(self) -> bool:
        return self.status != "UNREADABLE"

    def as_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("search",)}
        out["created_at_utc"] = self.created_at_utc.isoformat().replace("+00:00", "Z")
        out["created_local"] = self.created_local.isoformat()
        out["warnings"] = [w for w in (self.warnings or "").split("\n") if w]
        del out["created_us"]
        return out


_REVIEWS = "FROM records r WHERE r.run_id = runs.run_id AND r.kind = 'review'"
SHOP_REVIEWS = f"FROM shop_reviews s WHERE s.run_id = runs.run_id AND {SHOP_REVIEW_SHOWN}"
NOT_REVIEWED = f"(NOT EXISTS (SELECT 1 {_REVIEWS}) AND NOT EXISTS (SELECT 1 {SHOP_REVIEWS}))"


def _latest_review(column: str) -> str:
    """`column` (disposition, reviewer or station) of the run's latest review, local or from the shop."""
    local = "NULL" if column == "station" else f"r.{column}"
    return (
        f"(SELECT v FROM (SELECT r.created_us AS at, {local} AS v {_REVIEWS}"
        f" UNION ALL SELECT s.created_us, s.{column} {SHOP_REVIEWS}) ORDER BY at DESC LIMIT 1)"
    )


_COUNTED = {
    "review_count": f"((SELECT count(*) {_REVIEWS}) + (SELECT count(*) {SHOP_REVIEWS}))",
    "last_disposition": _latest_review("disposition"),
    "last_reviewer": _latest_review("reviewer"),
    "last_review_station": _latest_review("station"),
    "export_count": "(SELECT count(*) FROM records r WHERE r.run_id = runs.run_id AND r.kind = 'export')",
    "awaiting_review": f"(status = 'BLOCKED' AND {NOT_REVIEWED})",  # BLOCKED and not reviewed yet
}
ROW_SELECT = ", ".join(_COUNTED.get(f.name, f.name) for f in fields(RunRow))


# -- seals ---------------------------------------------------------------------------------------------------
class Sealer:
    """A keyed BLAKE2b over a row's values (as sqlite renders them, db.seal_of). The key lives in its own
    0600 file beside the index (or only in memory), so `UPDATE runs SET status='OK'` in the sqlite file
    breaks the seal and reconcile reads the row again from its file. Someone who also reads the key can
    forge seals: the full verify (`reconcile(full=True)`, `rebuild`) compares every row with its file and
    does not rely on them."""

    def __init__(self, key: bytes):
        self.key = key
        self.key_id = hashlib.blake2b(key, digest_size=8, person=b"rmos-idx-key").hexdigest()

    @classmethod
    def for_folder(cls, folder: Path) -> Sealer:
        """The key kept in `folder/seal.key` (made on first use, written to a temp file and linked so two
        processes agree); a key only in memory when the folder cannot hold one (the next process then
        rebuilds)."""
        path = folder / "seal.key"
        try:
            key = path.read_bytes()
            if len(key) == 32:
                return cls(key)
        except OSError:
            pass
        key = secrets.token_bytes(32)
        tmp = folder / f".seal.key.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, key)
                os.fsync(fd)
            finally:
                os.close(fd)
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)
            key = path.read_bytes()
        except OSError as exc:
            log.info("run index: no seal key file in %s (%s); using a key for this process only", folder, exc)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return cls(key if len(key) == 32 else secrets.token_bytes(32))

    def seal_text(self, text: str | None) -> str:
        data = str(text).encode("utf-8", "surrogatepass")  # (never raise inside sqlite)
        return hashlib.blake2b(data, digest_size=16, key=self.key).hexdigest()


# -- artifact -> row ----------------------------------------------------------------------------------------
def _str(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None


def _warnings(artifact: RunArtifact) -> str | None:
    warnings = [str(w) for w in artifact.decision.warnings]
    extra = artifact.meta.get("warnings")
    if isinstance(extra, list):
        warnings += [str(w) for w in extra if str(w) not in warnings]
    return "\n".join(warnings) or None


_SEARCHED = (  # what free text finds
    "run_id",
    "tool_id",
    "material",
    "machine",
    "operator",
    "job_name",
    "order_ref",
    "block_reason",
    "warnings",
)


def artifact_row(artifact: RunArtifact, rel: str) -> tuple:
    """The DERIVED_COLUMNS values of one artifact stored at `rel` (<day>/<run_id>.json)."""
    req = artifact.request_summary if isinstance(artifact.request_summary, dict) else {}
    d = artifact.decision
    h = artifact.hashes
    values = {
        "path": rel,
        "run_id": artifact.run_id,
        "created_us": to_us(artifact.created_at_utc),
        "status": artifact.status,
        "mode": artifact.mode,
        "tool_id": artifact.tool_id,
        "material": _str(req.get("material")),
        "machine": _str(req.get("machine")),
        "risk_level": str(d.risk_level),
        "score": None if d.score is None else float(d.score),  # as the REAL column gives it back (sealed)
        "operator": _str(artifact.meta.get("operator")),
        "job_name": _str(req.get("job_name")),
        "order_ref": _str(req.get("order_ref")),
        "block_reason": d.block_reason,
        "warnings": _warnings(artifact),
        "request_sha256": artifact.request_sha256,
        "feasibility_sha256": h.feasibility_sha256,
        "toolpaths_sha256": h.toolpaths_sha256,
        "gcode_sha256": h.gcode_sha256,
        "opplan_sha256": h.opplan_sha256,
        "problem": None,
    }
    values["search"] = "\n".join(p for p in (values[k] for k in _SEARCHED) if p).lower()
    return tuple(values[c] for c in DERIVED_COLUMNS)


def unreadable_row(rel: str, reason: str, mtime_ns: int | None) -> tuple:
    """The DERIVED_COLUMNS values listing a file that does not parse (status UNREADABLE, with the reason)."""
    run_id = rel.rsplit("/", 1)[-1][:32]
    created = (
        (mtime_ns // 1000) if mtime_ns is not None else to_us(datetime.fromisoformat(rel[:10]).replace(tzinfo=UTC))
    )
    values = dict.fromkeys(DERIVED_COLUMNS)
    values.update(
        path=rel, run_id=run_id, created_us=created, status="UNREADABLE", problem=reason, search=f"{run_id}\n{reason}"
    )
    values["search"] = values["search"].lower()
    return tuple(values[c] for c in DERIVED_COLUMNS)


def read_stamped(path: Path) -> tuple[bytes, Stamp]:
    """A file's bytes and its stamp (size and mtime of the opened file, sha256 of what was read). Opened
    without following a link and without blocking on a FIFO: UnsafePath for anything not a regular file."""
    fd = open_regular(path)
    try:
        chunks = []
        while block := os.read(fd, READ_CHUNK):
            chunks.append(block)
        st = os.fstat(fd)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    return data, (st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def not_a_file(path: Path) -> str:
    """Why a name the index lists is not read: "a link, not a file" (or a FIFO, a device, a folder…)."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return "not a file"
    for test, what in (
        (stat.S_ISLNK, "a link"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return f"{what}, not a file"
    return "a device, not a file" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file"


def _invalid_reason(exc: Exception) -> str:
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, ValidationError):
        errors = exc.errors()
        reason = "; ".join(
            f"{'.'.join(map(str, e['loc'])) + ': ' if e['loc'] else ''}{e['msg']}" for e in errors[:3]
        ) + (f" (and {len(errors) - 3} more)" if len(errors) > 3 else "")
        if errors and errors[0]["type"] != "json_invalid":
            reason = "not a valid run record: " + reason
    return reason


def parse_artifact_file(path: Path, rel: str) -> tuple[tuple, str | None, Stamp] | None:
    """(derived values, problem, stamp) of one artifact file; an unreadable file gives an UNREADABLE row.
    None when the file went away since it was listed (an archive moving it)."""
    try:
        data, stamp = read_stamped(path)
    except FileNotFoundError:
        return None
    except UnsafePath:  # never read through a link (issue 16 M6), never wait on a FIFO
        return unreadable_row(rel, not_a_file(path), None), "unreadable", NO_STAMP
    except OSError as exc:
        return unreadable_row(rel, f"cannot be read: {exc.strerror or exc}", None), "unreadable", NO_STAMP
    try:
        artifact = RunArtifact.model_validate_json(data)
    except (ValidationError, ValueError, RecursionError) as exc:
        return unreadable_row(rel, _invalid_reason(exc), stamp[1]), "unreadable", stamp
    expected = f"{artifact.day}/{artifact.run_id}.json"
    if rel != expected:  # a renamed or misfiled copy: listed, but not as the run it claims to be
        return unreadable_row(rel, f"the file claims to be {expected}", stamp[1]), "unreadable", stamp
    return artifact_row(artifact, rel), None, stamp


# -- record -> row ------------------------------------------------------------------------------------------
def record_row(kind: str, payload: dict[str, Any], rel: str) -> tuple:
    """The RECORD_DERIVED values of a review, export or archive record."""
    created = payload.get("created_at_utc")
    try:
        created_us = to_us(datetime.fromisoformat(str(created).replace("Z", "+00:00")))
    except ValueError:
        created_us = None
    run_id = payload.get("run_id") if isinstance(payload.get("run_id"), str) else None
    values = (
        rel,
        kind,
        _str(payload.get("record_id")),
        run_id,
        created_us,
        _str(payload.get("disposition")),
        _str(payload.get("reviewer")),
        _str(payload.get("action")),
        None,
    )
    return values[: len(RECORD_DERIVED)]
