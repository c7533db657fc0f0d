"""Provenance: the in-toto Statement v1 written beside every exported file (inside a DSSE envelope signed by the
station key), and "did this file come from that run?" — hash a file, find the runs that produced those exact
bytes, check the signatures beside it against the trusted keys, and say so plainly.

Trusted keys: the station's own public key on its own workstation, plus any given (`rmos verify --trust PUBFILE`).
On another PC with no runs folder, a valid signature by a trusted key over these exact bytes is the proof."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rmos_desktop.core.runs.dsse import PAYLOAD_TYPE_INTOTO, DsseError, is_envelope, parse_envelope, verify_envelope
from rmos_desktop.core.runs.keys import KeyFileError, PublicKey, station_public_key_if_present
from rmos_desktop.core.runs.minisig import MinisigError, parse_minisig, trusted_comment_fields, verify_minisig

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
    minisig: dict[str, Any] | None = None  # the .minisig beside it: valid, by which key, trusted or not
    signed_by: list[str] = field(default_factory=list)  # trusted key ids whose signature over these bytes verifies
    trusted_keys: list[str] = field(default_factory=list)  # the key ids checked against

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
            "minisig": self.minisig,
            "signed_by": self.signed_by,
            "trusted_keys": self.trusted_keys,
        }


def _read_sidecar(path: Path, file_sha: str, match_ids: set[str], trusted: list[PublicKey]) -> dict[str, Any] | None:
    side = path.with_name(path.name + ".rmos.json")
    if not side.is_file():
        return None
    info: dict[str, Any] = {"file": str(side), "valid": False, "agrees": False, "signed": False, "signed_by": []}
    try:
        raw = side.read_bytes()[:4_000_000]
        parsed = json.loads(raw)
        if is_envelope(parsed):
            envelope = parse_envelope(parsed)
            if envelope.payload_type != PAYLOAD_TYPE_INTOTO:
                raise DsseError(f"payloadType is {envelope.payload_type[:60]!r}, not {PAYLOAD_TYPE_INTOTO}")
            check = verify_envelope(envelope, trusted)
            info.update(
                signed=True,
                signed_by=check.verified_by,
                signers_untrusted=check.unverified,
                signature_failed=check.failed,
                signature_ok=check.ok,
            )
            payload = envelope.payload
        else:
            payload = raw  # an unsigned statement, as versions before signing wrote them
        statement = ProvenanceStatement.model_validate_json(payload)
    except (ValidationError, ValueError, OSError, RecursionError) as exc:
        info["problem"] = f"not a valid statement: {exc}"[:300]
        return info
    subject = statement.subject[0]
    problems = []
    if subject.digest.sha256 != file_sha:
        problems.append("its subject digest is not this file's SHA-256")
    if subject.name != path.name:
        problems.append(f"it names {subject.name!r}, not {path.name!r}")
    info["covers_these_bytes"] = subject.digest.sha256 == file_sha
    if statement.predicate.run_id not in match_ids:
        problems.append(f"it names run {statement.predicate.run_id}, which did not produce these bytes here")
    info.update(
        valid=True,
        agrees=not problems,
        run_id=statement.predicate.run_id,
        ledger_head=statement.predicate.ledger_head,
        exported_at_utc=statement.predicate.exported_at_utc,
        problem="; ".join(problems) or None,
    )
    return info


def _read_minisig(path: Path, data: bytes, trusted: list[PublicKey]) -> dict[str, Any] | None:
    side = path.with_name(path.name + ".minisig")
    if not side.is_file():
        return None
    info: dict[str, Any] = {"file": str(side), "valid": False, "trusted": False, "key_id": None, "problem": None}
    try:
        sig = parse_minisig(side.read_bytes()[:20_000])
    except (MinisigError, OSError) as exc:
        info["problem"] = f"not a minisign signature: {exc}"
        return info
    info["key_id"] = sig.key_id_hex
    key = next((k for k in trusted if k.key_id == sig.key_id), None)
    if key is None:
        info["problem"] = f"signed by key {sig.key_id_hex}, which is not trusted here"
        return info
    try:
        verify_minisig(sig, data, key)
    except MinisigError as exc:
        info["trusted"] = True
        info["problem"] = str(exc)
        return info
    fields = trusted_comment_fields(sig.trusted_comment)
    info.update(valid=True, trusted=True, trusted_comment=sig.trusted_comment, run_id=fields.get("run"))
    return info


def default_trusted_keys(extra: list[PublicKey] | None = None) -> list[PublicKey]:
    """The station's own public key (when this workstation has one) and the given ones."""
    keys = list(extra or [])
    try:
        own = station_public_key_if_present()
    except KeyFileError:
        own = None  # a damaged station key is reported where keys are made; here it simply is not trusted
    if own is not None and all(k.key_id != own.key_id for k in keys):
        keys.insert(0, own)
    return keys


def _signature_sentence(report: VerifyReport) -> str:
    ms, side = report.minisig or {}, report.sidecar or {}
    if report.signed_by:
        return f" Signed by key {', '.join(report.signed_by)} (trusted)."
    bad = [f"{Path(ms['file']).name}: {ms['problem']}"] if ms.get("trusted") and ms.get("problem") else []
    if side.get("signature_failed"):
        bad.append(f"{Path(side['file']).name}: the signature of key {', '.join(side['signature_failed'])} fails")
    if bad:
        return f" The signature beside it does NOT verify ({'; '.join(bad)}): the file or its signature was changed."
    untrusted = sorted({*(side.get("signers_untrusted") or []), *([ms["key_id"]] if ms.get("key_id") else [])})
    if untrusted:
        return (
            f" Signed by key {', '.join(untrusted)}, which is not trusted here (give its public key with --trust);"
            " the signature was not checked."
        )
    if side.get("valid") and not side.get("signed"):
        return " The provenance file beside it is unsigned (made by a version before signed exports)."
    return ""


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


def verify_file(path: Path, find_runs, trusted: list[PublicKey] | None = None) -> VerifyReport:
    """Hash `path`, look its bytes up with `find_runs(sha256) -> list[RunMatch]` (the run index), and check the
    signatures beside it (NAME.minisig, NAME.rmos.json) against `trusted` (default: the station's own key).

    No match here but a valid signature by a trusted key over these exact bytes: OK on the signature alone (a
    file checked on another PC). No match at all: say whether only the line endings differ (a Windows copy or
    an editor converting LF to CRLF) — still not the exported file."""
    path = Path(path)
    size_on_disk = path.stat().st_size
    if size_on_disk > MAX_VERIFY_BYTES:
        raise ValueError(f"{path} is {size_on_disk} bytes; G-code files over {MAX_VERIFY_BYTES} bytes are not checked")
    keys = default_trusted_keys() if trusted is None else list(trusted)
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    matches = find_runs(sha)
    ids = {m.run_id for m in matches}
    report = VerifyReport(path=str(path), sha256=sha, size=len(data), matches=matches, verdict="", ok=False)
    report.trusted_keys = [k.key_id_hex for k in keys]
    report.sidecar = _read_sidecar(path, sha, ids, keys)
    report.sha256_file = _read_sha256_file(path, sha)
    report.minisig = _read_minisig(path, data, keys)
    signers = []
    if report.minisig and report.minisig["valid"]:
        signers.append(report.minisig["key_id"])
    side = report.sidecar or {}
    if side.get("signature_ok") and side.get("covers_these_bytes"):
        signers.extend(side["signed_by"])
    report.signed_by = list(dict.fromkeys(signers))
    sentence = _signature_sentence(report)
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
        report.verdict += sentence
        return report
    if report.signed_by:
        run = (report.minisig or {}).get("run_id") or side.get("run_id") or "?"
        report.ok = True
        report.verdict = (
            f"SIGNED: these exact bytes carry a valid signature by trusted key {', '.join(report.signed_by)} naming "
            f"run {run}. No run in this runs folder produced them, so this rests on the signature alone."
        )
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
    ) + sentence
    return report
