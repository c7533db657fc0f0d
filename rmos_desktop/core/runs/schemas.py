"""The run artifact (one per attempt) and the records that reference it (reviews, exports, archives)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from rmos_desktop.core.decision import RunDecision

SCHEMA_VERSION = 1
RUN_ID_RE = re.compile(r"^[0-9a-f]{32}$")
ARTIFACT_NAME_RE = re.compile(r"^[0-9a-f]{32}\.json$")
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INLINE_GCODE_LIMIT = 200_000  # characters; longer G-code is stored beside the artifact as <run_id>.nc

Status = Literal["OK", "BLOCKED", "ERROR"]


class InvalidRunId(ValueError):
    """A run id that is not 32 lowercase hex characters; it never reaches a path."""


def validate_run_id(value: object) -> str:
    if not isinstance(value, str) or not RUN_ID_RE.fullmatch(value):
        shown = repr(value)[:80]
        raise InvalidRunId(f"not a run id: {shown} (expected 32 lowercase hex characters)")
    return value


def utc_now() -> datetime:
    return datetime.now(UTC)


class Hashes(BaseModel):
    """SHA-256 hashes for audit verification (the original design's four)."""

    model_config = ConfigDict(extra="forbid")

    feasibility_sha256: str
    toolpaths_sha256: str | None = None
    gcode_sha256: str | None = None
    opplan_sha256: str | None = None


class RunOutputs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    gcode_text: str | None = None  # embedded when ≤ INLINE_GCODE_LIMIT characters
    gcode_path: str | None = None  # else "<run_id>.nc", relative to the artifact's folder
    opplan_json: dict[str, Any] | None = None
    toolpaths: dict[str, Any] | None = None  # the canonical toolpaths record that toolpaths_sha256 hashes
    opplan_path: str | None = None
    preview_svg_path: str | None = None


class RunArtifact(BaseModel):
    """Complete record of one toolpath generation attempt: OK, BLOCKED or ERROR. Written once."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = SCHEMA_VERSION
    run_id: str
    created_at_utc: AwareDatetime = Field(default_factory=utc_now)
    mode: str
    tool_id: str
    status: Status
    request_sha256: str
    request_summary: dict[str, Any] = Field(default_factory=dict)
    feasibility: dict[str, Any]
    decision: RunDecision
    hashes: Hashes
    outputs: RunOutputs = Field(default_factory=RunOutputs)
    meta: dict[str, Any] = Field(default_factory=dict)

    @field_validator("run_id")
    @classmethod
    def _run_id(cls, v: str) -> str:
        return validate_run_id(v)

    @field_validator("created_at_utc")
    @classmethod
    def _utc(cls, v: datetime) -> datetime:
        return v.astimezone(UTC)

    @field_validator("schema_version")
    @classmethod
    def _known_schema(cls, v: int) -> int:
        if v > SCHEMA_VERSION:
            raise ValueError(
                f"schema_version {v} was written by a newer RMOS Desktop (this one reads ≤ {SCHEMA_VERSION})"
            )
        return v

    @property
    def day(self) -> str:
        return self.created_at_utc.date().isoformat()


Disposition = Literal["acknowledged", "false_positive", "policy_change_needed", "operator_training"]
DISPOSITIONS: tuple[str, ...] = (
    "acknowledged",
    "false_positive",
    "policy_change_needed",
    "operator_training",
)


class ReviewRecord(BaseModel):
    """A supervisor's review of a run: append-only, never modifies the artifact."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = SCHEMA_VERSION
    kind: Literal["review"] = "review"
    record_id: str
    run_id: str
    artifact_sha256: str
    created_at_utc: AwareDatetime = Field(default_factory=utc_now)
    reviewer: str = Field(min_length=1, max_length=200)
    disposition: Disposition
    note: str = Field(default="", max_length=2000)
    meta: dict[str, Any] = Field(default_factory=dict)

    _ids = field_validator("record_id", "run_id")(lambda cls, v: validate_run_id(v))


class ExportRecord(BaseModel):
    """One attempt to export a run's G-code, verified or not."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = SCHEMA_VERSION
    kind: Literal["export"] = "export"
    record_id: str
    run_id: str
    created_at_utc: AwareDatetime = Field(default_factory=utc_now)
    destination: str
    file_name: str
    gcode_sha256: str | None
    verified: bool
    operator: str | None = None
    error: str | None = None
    files: dict[str, str] = Field(default_factory=dict)  # file name -> sha256 of each file written
    meta: dict[str, Any] = Field(default_factory=dict)

    _ids = field_validator("record_id", "run_id")(lambda cls, v: validate_run_id(v))


class ArchiveRecord(BaseModel):
    """What moved out of the runs directory into a zip archive (or back in), where, and the hashes that
    prove it. Written before anything is removed; nothing is ever deleted without one."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = SCHEMA_VERSION
    kind: Literal["archive"] = "archive"
    action: Literal["archive", "restore"]
    record_id: str
    run_id: None = None  # an archive concerns many runs; they are listed in `runs`
    created_at_utc: AwareDatetime = Field(default_factory=utc_now)
    archive_name: str
    archive_path: str
    archive_sha256: str
    days: list[str]
    runs: list[str]
    files: dict[str, str]  # path relative to the runs directory -> sha256
    operator: str | None = None
    note: str = ""

    _ids = field_validator("record_id")(lambda cls, v: validate_run_id(v))
