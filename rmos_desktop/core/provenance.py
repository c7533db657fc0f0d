"""Provenance: the in-toto Statement v1 written beside every exported file, and "did this file come
from that run?" — hash a file, find the runs that produced those exact bytes, and say so plainly."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "https://rmos-desktop.dev/provenance/saw-run/v1"
MAX_VERIFY_BYTES = 2 * 1024**3


class Digest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class Subject(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=255)
    digest: Digest


class RunPredicate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    run_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    status: Literal["OK"]
    tool_id: str
    material: str | None
    machine: str | None
    risk_level: str
    hashes: dict[str, str | None]
    created_at_utc: str
    exported_at_utc: str
    app_version: str
    catalog_version: str | None
    catalog_sha256: str | None
    ledger_head: str | None  # "SEQ:HASH" of the workstation's audit ledger when exported
    operator: str | None = None


class ProvenanceStatement(BaseModel):
    """in-toto Statement v1: what file (subject) and which run and safety evaluation made it (predicate)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    type_: Literal["https://in-toto.io/Statement/v1"] = Field(STATEMENT_TYPE, alias="_type")
    subject: list[Subject] = Field(min_length=1)
    predicateType: Literal["https://rmos-desktop.dev/provenance/saw-run/v1"] = PREDICATE_TYPE  # noqa: N815
    predicate: RunPredicate

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json", by_alias=True), indent=2, ensure_ascii=False) + "\n"


# -- "did this file come from that run?" -----------------------------------------------------------------
@dataclass
class RunMatch:
    run_id: str
    status: str
    risk_level: str | None
    created_at_utc: str
    tool_id: str
    job_name: str | None
    block_reason: str | None
    artifact_path: str
    exports: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class VerifyReport:
    path: str
    sha256: str
    size: int
    matches: list[RunMatch]
    verdict: str  # one line a person reads
    ok: bool
    line_endings_only: bool = False  # the bytes differ from a run's only by CRLF/CR line endings
    near_match_run_ids: list[str] = field(default_factory=list)
    sidecar: dict[str, Any] | None = None  # what the .rmos.json beside the file says, and whether it agrees
    sha256_file: dict[str, Any] | None = None  # the .sha256 file beside it, and whether it agrees

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "size": self.size,
            "ok": self.ok,
            "verdict": self.verdict,
            "line_endings_only": self.line_endings_only,
            "near_match_run_ids": self.near_match_run_ids,
            "matches": [m.__dict__ for m in self.matches],
            "sidecar": self.sidecar,
            "sha256_file": self.sha256_file,
        }


def _read_sidecar(path: Path, file_sha: str, match_ids: set[str]) -> dict[str, Any] | None:
    side = path.with_name(path.name + ".rmos.json")
    if not side.is_file():
        return None
    try:
        statement = ProvenanceStatement.model_validate_json(side.read_bytes()[:1_000_000])
    except (ValidationError, ValueError, OSError) as exc:
        return {"file": str(side), "valid": False, "agrees": False, "problem": f"not a valid statement: {exc}"[:300]}
    subject = statement.subject[0]
    problems = []
    if subject.digest.sha256 != file_sha:
        problems.append("its subject digest is not this file's SHA-256")
    if subject.name != path.name:
        problems.append(f"it names {subject.name!r}, not {path.name!r}")
    if statement.predicate.run_id not in match_ids:
        problems.append(f"it names run {statement.predicate.run_id}, which did not produce these bytes here")
    return {
        "file": str(side),
        "valid": True,
        "agrees": not problems,
        "run_id": statement.predicate.run_id,
        "ledger_head": statement.predicate.ledger_head,
        "problem": "; ".join(problems) or None,
    }


def _read_sha256_file(path: Path, file_sha: str) -> dict[str, Any] | None:
    side = path.with_name(path.name + ".sha256")
    if not side.is_file():
        return None
    try:
        first = side.read_text(encoding="utf-8", errors="replace")[:1000].split()
    except OSError as exc:
        return {"file": str(side), "agrees": False, "problem": str(exc)}
    claimed = first[0].lower() if first else ""
    return {"file": str(side), "agrees": claimed == file_sha, "claimed": claimed}


def hash_file(path: Path, chunk: int = 1024 * 1024) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


def verify_file(path: Path, find_runs) -> VerifyReport:
    """Hash `path` and look its bytes up with `find_runs(sha256) -> list[RunMatch]` (the run index).

    No match: say whether only the line endings differ (a Windows copy or an editor converting LF to
    CRLF) — still not the exported file."""
    path = Path(path)
    size_on_disk = path.stat().st_size
    if size_on_disk > MAX_VERIFY_BYTES:
        raise ValueError(f"{path} is {size_on_disk} bytes; G-code files over {MAX_VERIFY_BYTES} bytes are not checked")
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    matches = find_runs(sha)
    ids = {m.run_id for m in matches}
    report = VerifyReport(path=str(path), sha256=sha, size=len(data), matches=matches, verdict="", ok=False)
    report.sidecar = _read_sidecar(path, sha, ids)
    report.sha256_file = _read_sha256_file(path, sha)
    if matches:
        ok_runs = [m for m in matches if m.status == "OK"]
        report.ok = bool(ok_runs)
        runs = ", ".join(f"{m.run_id} ({m.status})" for m in matches)
        report.verdict = (
            f"MATCH: these exact bytes were produced by run(s) {runs}."
            if report.ok
            else f"Bytes match run(s) {runs}, but none of them is an OK run."
        )
        if report.sidecar is not None and not report.sidecar.get("agrees"):
            report.verdict += f" The provenance file beside it disagrees: {report.sidecar.get('problem')}."
        return report
    # No exact match: try the common harmless-looking conversions, and name them exactly.
    candidates = []
    if b"\r\n" in data:
        candidates.append(("CRLF", data.replace(b"\r\n", b"\n")))
    elif b"\r" in data:
        candidates.append(("CR", data.replace(b"\r", b"\n")))
    for kind, normalised in candidates:
        near = find_runs(hashlib.sha256(normalised).hexdigest())
        if near:
            report.line_endings_only = True
            report.near_match_run_ids = [m.run_id for m in near]
            report.verdict = (
                f"NO MATCH: this file differs from run {near[0].run_id} only in its line endings ({kind} instead "
                "of LF, as an editor or a Windows copy makes them). It is not the file that was exported; export "
                "the run again rather than using this copy."
            )
            return report
    report.verdict = (
        "NO MATCH: no run on this workstation produced these bytes — it was not produced here, or it was "
        "modified after export."
    )
    return report
