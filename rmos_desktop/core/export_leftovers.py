"""Interrupted exports: an export-intent record (written before an export touches its destination) that no
export record of the same record id closes. A crash, a kill or a pulled stick leaves one; the next export
and the audit name it, with what it left at its destination (complete files, `.NAME.PID.tmp` debris)."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import socket
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError, field_validator

from rmos_desktop.core.hashing import sha256_file
from rmos_desktop.core.runs.recorder import RunRecorder
from rmos_desktop.core.runs.schemas import DAY_RE, ExportRecord, utc_now, validate_run_id
from rmos_desktop.core.runs.store import pid_alive

log = logging.getLogger(__name__)

INTENTS = "export_intents"
EXPORTS = "exports"
ID_JSON_RE = re.compile(r"^([0-9a-f]{32})\.json$")
DEBRIS_RE = re.compile(r"^\.(?P<name>.+\.nc(?:\.sha256|\.minisig|\.rmos\.json)?)\.(?P<pid>\d+)\.tmp$")
IN_FLIGHT_MAX_S = 6 * 3600  # an intent older than this is interrupted even if a process with its pid lives
MAX_INTENT_BYTES = 64 * 1024


class ExportIntentRecord(BaseModel):
    """Written before an export touches its destination; closed by the export record with the same record id."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = 1
    kind: Literal["export_intent"] = "export_intent"
    record_id: str
    run_id: str
    created_at_utc: AwareDatetime = Field(default_factory=utc_now)
    destination: str
    file_name: str
    files: list[str]  # the names the export is about to write
    gcode_sha256: str | None
    operator: str | None = None
    key_id: str | None = None  # the key that is to sign it
    host: str = Field(default_factory=socket.gethostname)
    pid: int = Field(default_factory=os.getpid)
    meta: dict[str, Any] = Field(default_factory=dict)

    _ids = field_validator("record_id", "run_id")(lambda cls, v: validate_run_id(v))


@dataclass
class ExportLeftover:
    destination: str
    intent_id: str | None = None  # None: debris at a destination with no intent recorded here
    run_id: str | None = None
    file_name: str | None = None
    started_at: str | None = None
    reachable: bool = True  # could the destination be looked at?
    complete: dict[str, str] = field(default_factory=dict)  # file at its final name -> sha256
    gcode_complete: bool = False  # NAME.nc is there with the run's G-code hash (written, never verified/recorded)
    debris: list[str] = field(default_factory=list)  # temp files found
    removed: list[str] = field(default_factory=list)  # debris removed because its writer is gone

    def describe(self) -> str:
        where = Path(self.destination)
        if self.intent_id is None:
            what = f"Debris of an interrupted export in {where}: {', '.join(Path(d).name for d in self.debris)}"
            return what + (" (removed)" if self.removed and len(self.removed) == len(self.debris) else "")
        parts = [
            f"Interrupted export of run {self.run_id} to {where / (self.file_name or '?')} (started {self.started_at})"
        ]
        if not self.reachable:
            parts.append("its destination cannot be reached now; files it wrote may remain there")
        else:
            if self.complete:
                state = "with the run's G-code" if self.gcode_complete else "NOT verified"
                parts.append(f"left {', '.join(sorted(self.complete))} ({state}, never recorded as exported)")
            if self.debris:
                gone = f", {len(self.removed)} removed" if self.removed else ""
                parts.append(f"left temp files {', '.join(Path(d).name for d in self.debris)}{gone}")
            if not self.complete and not self.debris:
                parts.append("nothing of it is at the destination")
        return "; ".join(parts) + "."

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _ids(folder: Path) -> dict[str, Path]:
    """record id -> path of every <id>.json under folder/<day>/ (names only: nothing is read)."""
    out: dict[str, Path] = {}
    try:
        days = [d for d in os.listdir(folder) if DAY_RE.fullmatch(d)]
    except FileNotFoundError:
        return out
    for day in sorted(days):
        try:
            names = os.listdir(folder / day)
        except (NotADirectoryError, FileNotFoundError):
            continue
        for name in names:
            m = ID_JSON_RE.fullmatch(name)
            if m:
                out[m.group(1)] = folder / day / name
    return out


def _in_flight(intent: ExportIntentRecord) -> bool:
    """Another process on this machine is still carrying this export out (not interrupted)."""
    age = time.time() - intent.created_at_utc.timestamp()
    return intent.host == socket.gethostname() and age < IN_FLIGHT_MAX_S and pid_alive(intent.pid)


def _debris_in(folder: Path, names: set[str] | None) -> list[Path]:
    try:
        entries = os.listdir(folder)
    except OSError:
        return []
    out = []
    for entry in sorted(entries):
        m = DEBRIS_RE.fullmatch(entry)
        if m and (names is None or m.group("name") in names) and not _pid_alive_here(int(m.group("pid"))):
            out.append(folder / entry)
    return out


def _pid_alive_here(pid: int) -> bool:
    return pid != os.getpid() and pid_alive(pid)


def _look_at_destination(leftover: ExportLeftover, intent: ExportIntentRecord) -> None:
    dest = Path(intent.destination)
    if not dest.is_dir():
        leftover.reachable = False
        return
    for name in intent.files:
        path = dest / name
        if path.is_file() and not path.is_symlink():
            sha = sha256_file(path)
            if sha is not None:
                leftover.complete[name] = sha
    nc_sha = leftover.complete.get(intent.file_name)
    leftover.gcode_complete = nc_sha is not None and nc_sha == intent.gcode_sha256
    leftover.debris = [str(p) for p in _debris_in(dest, set(intent.files))]


def find_export_leftovers(runs: RunRecorder | Path, *, also_destination: Path | None = None) -> list[ExportLeftover]:
    """Every interrupted export recorded in the runs directory (an intent no export record closes and no live
    process on this machine is still carrying out), with what it left at its destination; and debris of
    interrupted exports at `also_destination`. Read-only (the audit may call it)."""
    runs_dir = runs.runs_dir if isinstance(runs, RunRecorder) else Path(runs)
    records = runs_dir / "records"
    intents = _ids(records / INTENTS)
    closed = _ids(records / EXPORTS)
    out: list[ExportLeftover] = []
    seen_debris: set[str] = set()
    for rid, path in sorted(intents.items(), key=lambda kv: str(kv[1])):
        if rid in closed:
            continue
        try:
            if path.is_symlink() or path.stat().st_size > MAX_INTENT_BYTES:
                raise ValueError("not a regular intent file")
            intent = ExportIntentRecord.model_validate_json(path.read_bytes())
        except (OSError, ValueError, ValidationError) as exc:
            log.warning("unreadable export intent %s: %s", path, exc)
            continue
        if _in_flight(intent):
            continue
        leftover = ExportLeftover(
            destination=intent.destination,
            intent_id=rid,
            run_id=intent.run_id,
            file_name=intent.file_name,
            started_at=intent.created_at_utc.isoformat().replace("+00:00", "Z"),
        )
        _look_at_destination(leftover, intent)
        seen_debris.update(leftover.debris)
        out.append(leftover)
    if also_destination is not None:
        stray = [str(p) for p in _debris_in(Path(also_destination), None) if str(p) not in seen_debris]
        if stray:
            out.append(ExportLeftover(destination=str(also_destination), debris=stray))
    return out


def close_export_leftovers(recorder: RunRecorder, leftovers: list[ExportLeftover], *, found_by: str) -> list[Path]:
    """Remove the debris of each interrupted export (its writer is gone) and close its intent with a failed export
    record saying what was found. Returns the records written. Raises OSError when a record cannot be written."""
    written: list[Path] = []
    for leftover in leftovers:
        for debris in leftover.debris:
            try:
                os.unlink(debris)
                leftover.removed.append(debris)
            except FileNotFoundError:
                leftover.removed.append(debris)
            except OSError as exc:
                if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                    log.warning("could not remove %s: %s", debris, exc)
        if leftover.intent_id is None or leftover.run_id is None:
            continue
        rec = ExportRecord(
            record_id=leftover.intent_id,
            run_id=leftover.run_id,
            destination=leftover.destination,
            file_name=leftover.file_name or "",
            gcode_sha256=None,
            verified=False,
            error=f"interrupted: {leftover.describe()}",
            files={},
            meta={
                "interrupted": True,
                "found_by": found_by,
                "found_at_utc": datetime.now().astimezone().isoformat(),
                "left_complete": dict(leftover.complete),
                "debris": list(leftover.debris),
                "debris_removed": list(leftover.removed),
            },
        )
        with contextlib.suppress(FileExistsError):  # another process closed it first
            written.append(recorder.record("export", rec).path)
    return written
