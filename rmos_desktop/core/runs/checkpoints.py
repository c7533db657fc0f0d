"""Signed checkpoints of the ledger (C2SP tlog-checkpoint in signed-note form), and cosignatures by keys kept
off the workstation: once a second key-holder signed "line N has hash H", a rewrite of the records up to N is
caught even against someone with full control of the workstation.

Note text:
    rmos-desktop/<station key id>      origin: this station's ledger
    <size>                             the ledger's sequence number covered (decimal)
    <base64 of the 32-byte line hash>  the hash of line <size> (the hash chain makes it cover every line before)

    — <name> <base64( key hash[4] || Ed25519 signature of the text above, final newline included )>
The key hash is SHA-256(name || "\\n" || 0x01 || public key)[:4] (c2sp.org/signed-note, Ed25519 type 0x01).
The station signs under the origin as its name; a cosigner under its own name.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import inspect
import json
import logging
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from rmos_desktop.core.hashing import sha256_file
from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.keys import PublicKey, SigningKey, load_trusted_keys
from rmos_desktop.core.runs.ledger import Ledger, LedgerHead, line_hash, parse_line
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import DAY_RE, utc_now
from rmos_desktop.core.runs.store import durable_replace

log = logging.getLogger(__name__)

ORIGIN_PREFIX = "rmos-desktop/"
SIG_TYPE_ED25519 = b"\x01"
EM_DASH = "\u2014"
MAX_NOTE_BYTES = 1 << 20
MAX_SIGNATURES = 100
NAME_RE = re.compile(r"^[^\s+]+$")
# audit problems that mean a record up to the head is not present and intact: a checkpoint is then refused.
# Other findings (an unlisted file, a stale temp file, an older unsigned line) do not touch what it vouches for.
BLOCKING_CODES = frozenset(
    {
        "artifact_modified",
        "artifact_missing",
        "record_modified",
        "record_missing",
        "sidecar_modified",
        "sidecar_missing",
        "ledger_line_unparseable",
        "ledger_line_altered",
        "chain_broken",
        "sequence_gap",
        "sequence_duplicate",
        "sequence_out_of_order",
        "duplicate_path",
        "void_unmatched",
        "ledger_truncated",
        "head_mismatch",
        "unreadable",
    }
)


class CheckpointError(ValueError):
    """A checkpoint that cannot be made, read or cosigned (the message says why)."""


# ---- signed notes ------------------------------------------------------------------------------------------------


def check_name(name: str) -> str:
    if not isinstance(name, str) or not NAME_RE.fullmatch(name):
        raise CheckpointError(f"a signer name must be non-empty with no spaces and no '+': {str(name)[:80]!r}")
    return name


def note_key_hash(name: str, pub: PublicKey) -> bytes:
    """The 4-byte key hash a signature line carries: SHA-256(name || 0x0A || 0x01 || public key)[:4]."""
    return hashlib.sha256(name.encode("utf-8") + b"\n" + SIG_TYPE_ED25519 + pub.raw).digest()[:4]


def vkey(name: str, pub: PublicKey) -> str:
    """The verifier key text of signed-note tools: <name>+<hex key hash>+<base64(0x01 || public key)>."""
    check_name(name)
    return f"{name}+{note_key_hash(name, pub).hex()}+{base64.b64encode(SIG_TYPE_ED25519 + pub.raw).decode('ascii')}"


def parse_vkey(text: str) -> tuple[str, bytes]:
    """(name, 32-byte public key) of a verifier key; raises CheckpointError."""
    parts = text.strip().split("+")
    if len(parts) != 3:
        raise CheckpointError("a verifier key is NAME+HASH+KEY")
    name, hash_hex, key_b64 = parts
    try:
        raw = base64.b64decode(key_b64, validate=True)
        want = bytes.fromhex(hash_hex)
    except (binascii.Error, ValueError):
        raise CheckpointError("a verifier key's hash or key is not valid hex/base64") from None
    if len(raw) != 33 or raw[:1] != SIG_TYPE_ED25519:
        raise CheckpointError("not an Ed25519 verifier key")
    if hashlib.sha256(name.encode() + b"\n" + raw).digest()[:4] != want:
        raise CheckpointError("the verifier key's hash does not match its name and key")
    return check_name(name), raw[1:]


@dataclass(frozen=True)
class NoteSignature:
    name: str
    key_hash: bytes  # 4 bytes
    signature: bytes  # 64 bytes (Ed25519)

    def line(self) -> str:
        return f"{EM_DASH} {self.name} {base64.b64encode(self.key_hash + self.signature).decode('ascii')}\n"


def sign_note_body(body: str, key: SigningKey, name: str) -> NoteSignature:
    check_name(name)
    return NoteSignature(name, note_key_hash(name, key.public()), key.sign(body.encode("utf-8")))


def split_note(text: str) -> tuple[str, list[NoteSignature]]:
    """(signed text, signature lines) of a signed note; raises CheckpointError naming what is malformed."""
    if not isinstance(text, str):
        raise CheckpointError("a checkpoint must be text")
    if len(text.encode("utf-8", errors="replace")) > MAX_NOTE_BYTES:
        raise CheckpointError("too large to be a checkpoint")
    if not text.endswith("\n"):
        raise CheckpointError("a signed note ends with a newline")
    cut = text.rfind("\n\n")
    if cut < 0:
        raise CheckpointError("not a signed note (no blank line before the signatures)")
    body, sig_text = text[: cut + 1], text[cut + 2 :]
    sigs = []
    for line in sig_text.split("\n")[:-1]:
        prefix = EM_DASH + " "
        if not line.startswith(prefix):
            raise CheckpointError(f"not a signature line: {line[:80]!r}")
        name, _, b64 = line[len(prefix) :].partition(" ")
        try:
            blob = base64.b64decode(b64, validate=True)
        except (binascii.Error, ValueError):
            raise CheckpointError(f"signature of {name[:80]!r} is not valid base64") from None
        if not NAME_RE.fullmatch(name) or len(blob) < 5:
            raise CheckpointError(f"malformed signature line: {line[:80]!r}")
        # another signature type (e.g. a timestamped cosignature) is kept; it never matches an Ed25519 key hash
        sigs.append(NoteSignature(name, blob[:4], blob[4:]))
    if not sigs:
        raise CheckpointError("a signed note has at least one signature line")
    if len(sigs) > MAX_SIGNATURES:
        raise CheckpointError(f"more than {MAX_SIGNATURES} signatures")
    return body, sigs


# ---- checkpoints -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    head_hash: str  # 64 lowercase hex: the `hash` of ledger line `size`
    extensions: tuple[str, ...] = ()

    def body(self) -> str:
        root = base64.b64encode(bytes.fromhex(self.head_hash)).decode("ascii")
        return "".join(f"{line}\n" for line in (self.origin, str(self.size), root, *self.extensions))

    @property
    def head(self) -> LedgerHead:
        return LedgerHead(self.size, self.head_hash)


def station_origin(key: SigningKey | PublicKey) -> str:
    return f"{ORIGIN_PREFIX}{key.key_id_hex}"


def parse_checkpoint_body(body: str) -> Checkpoint:
    lines = body.split("\n")[:-1]
    if len(lines) < 3:
        raise CheckpointError("a checkpoint has an origin, a size and a hash line")
    origin, size_text, root = lines[0], lines[1], lines[2]
    if not origin or any(ch.isspace() for ch in origin):
        raise CheckpointError("the checkpoint's origin line is empty or has spaces")
    if not re.fullmatch(r"0|[1-9][0-9]{0,18}", size_text):
        raise CheckpointError(f"the checkpoint's size is not a decimal number: {size_text[:40]!r}")
    try:
        raw = base64.b64decode(root, validate=True)
    except (binascii.Error, ValueError):
        raise CheckpointError("the checkpoint's hash line is not valid base64") from None
    if len(raw) != 32:
        raise CheckpointError("the checkpoint's hash is not 32 bytes")
    return Checkpoint(origin, int(size_text), raw.hex(), tuple(lines[3:]))


def parse_checkpoint(text: str) -> tuple[Checkpoint, list[NoteSignature]]:
    body, sigs = split_note(text)
    return parse_checkpoint_body(body), sigs


def checkpoint_text(checkpoint: Checkpoint, signatures: Iterable[NoteSignature]) -> str:
    return checkpoint.body() + "\n" + "".join(s.line() for s in signatures)


@dataclass
class CheckpointCheck:
    """What the signatures of one checkpoint say against a set of trusted keys."""

    checkpoint: Checkpoint
    verified: list[tuple[str, str]] = field(default_factory=list)  # (signer name, key id) verified by a trusted key
    failed: list[tuple[str, str]] = field(default_factory=list)  # a trusted key's signature that does NOT verify
    unknown: list[str] = field(default_factory=list)  # signer names no trusted key matches

    @property
    def ok(self) -> bool:
        """At least one trusted signature verifies and none by a trusted key fails."""
        return bool(self.verified) and not self.failed

    def as_dict(self) -> dict[str, Any]:
        return {
            "origin": self.checkpoint.origin,
            "size": self.checkpoint.size,
            "head": str(self.checkpoint.head),
            "ok": self.ok,
            "verified": [{"name": n, "key_id": k} for n, k in self.verified],
            "failed": [{"name": n, "key_id": k} for n, k in self.failed],
            "unknown": list(self.unknown),
        }


def verify_checkpoint(text: str, trusted_keys: Iterable[PublicKey]) -> CheckpointCheck:
    """Which signatures of a checkpoint verify. A signature line is matched to a trusted key by its key hash
    (which binds the signer's name and public key); lines of keys not trusted are listed as unknown."""
    body, sigs = split_note(text)
    check = CheckpointCheck(parse_checkpoint_body(body))
    keys = list(trusted_keys)
    message = body.encode("utf-8")
    for sig in sigs:
        key = next((k for k in keys if note_key_hash(sig.name, k) == sig.key_hash), None)
        if key is None:
            check.unknown.append(sig.name)
        elif key.verify(sig.signature, message):
            check.verified.append((sig.name, key.key_id_hex))
        else:
            check.failed.append((sig.name, key.key_id_hex))
    return check


# ---- does the ledger extend a checkpoint? ---------------------------------------------------------------------


@dataclass
class ExtendsCheck:
    ok: bool
    problem: str | None = None


def ledger_extends(runs_dir: Path | Ledger, checkpoint: Checkpoint | str) -> ExtendsCheck:
    """Does the ledger hold, at sequence number `size`, an intact line whose hash is the checkpoint's, reached by an
    unbroken chain from the first line? (Then every line up to it is the one the checkpoint's signers saw.)"""
    if isinstance(checkpoint, str):
        checkpoint = parse_checkpoint(checkpoint)[0]
    ledger = runs_dir if isinstance(runs_dir, Ledger) else Ledger(Path(runs_dir))
    if checkpoint.size == 0:
        return ExtendsCheck(True)
    prev = None
    for raw in ledger.iter_raw():
        try:
            entry = parse_line(raw.data)
        except ValueError as exc:
            return ExtendsCheck(False, f"ledger line {raw.number} is not a ledger entry ({exc})")
        if line_hash(entry) != entry["hash"]:
            return ExtendsCheck(False, f"ledger line {raw.number} (seq {entry['seq']}) was edited")
        if prev is not None and entry["prev"] != prev:
            return ExtendsCheck(False, f"the chain is broken at ledger line {raw.number} (seq {entry['seq']})")
        prev = entry["hash"]
        if entry["seq"] == checkpoint.size:
            if entry["hash"] != checkpoint.head_hash:
                return ExtendsCheck(
                    False,
                    f"ledger line {checkpoint.size} has hash {entry['hash'][:12]}…, the checkpoint says "
                    f"{checkpoint.head_hash[:12]}…: the ledger up to it was rewritten",
                )
            return ExtendsCheck(True)
        if entry["seq"] > checkpoint.size:
            break
    return ExtendsCheck(False, f"the ledger has no line {checkpoint.size} (it ends before the checkpoint)")


# ---- records -------------------------------------------------------------------------------------------------


class CheckpointRecord(BaseModel):
    """A checkpoint made or cosigned on this workstation, kept under records/checkpoints/<day>/."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = 1
    kind: Literal["checkpoint"] = "checkpoint"
    action: Literal["checkpoint", "cosign"]
    record_id: str
    run_id: None = None
    created_at_utc: AwareDatetime = Field(default_factory=utc_now)
    origin: str
    size: int
    head_hash: str
    signers: list[dict[str, str]]  # [{"name", "key_id"}] of the signatures this record's note carries
    note: str  # the signed note itself
    checked: str = ""  # what was checked before signing
    full_audit_at_utc: AwareDatetime | None = None  # when the last full audit behind this checkpoint ran
    line_start: int | None = None  # byte offset of ledger line `size` in ledger.jsonl (where the next check starts)
    line_number: int | None = None  # its line number in the file
    by: str | None = None


def _record(
    recorder: RunRecorder, action: str, text: str, signers: list[dict[str, str]], checked: str, by, **where
) -> Path:
    cp = parse_checkpoint(text)[0]
    rec = CheckpointRecord(
        **where,
        action=action,  # type: ignore[arg-type]
        record_id=new_id(),
        origin=cp.origin,
        size=cp.size,
        head_hash=cp.head_hash,
        signers=signers,
        note=text,
        checked=checked,
        by=by,
    )
    return recorder.record("checkpoint", rec).path


@dataclass
class CheckpointResult:
    text: str
    checkpoint: Checkpoint
    record_path: Path | None
    checked: str


def _as_recorder(runs: RunRecorder | Path) -> RunRecorder:
    return runs if isinstance(runs, RunRecorder) else RunRecorder.open(Path(runs))


FULL_AUDIT_EVERY_S = 24 * 3600  # "since the last checkpoint" checks fall back to a full audit at least daily
SCAN_DAYS = 7  # day folders of checkpoint records looked at for the last one


@dataclass
class _Checked:
    head: LedgerHead
    line_start: int
    line_number: int
    records: int
    full_audit_at: datetime
    how: str


def _locate(ledger: Ledger, head: LedgerHead) -> tuple[int, int] | None:
    """(byte offset, line number) of the ledger line with seq `head.seq` and hash `head.hash`."""
    needle = f'"seq":{head.seq},'.encode()
    start = 0
    for raw in ledger.iter_raw():
        if needle in raw.data and head.hash.encode() in raw.data:
            return start, raw.number
        start = raw.end
    return None


def _audit(recorder: RunRecorder, key: SigningKey, progress):
    """The full audit, trusting (where the audit checks ledger-line signatures) the station's own key, the key
    about to sign the checkpoint and the key the recorder signs its lines with."""
    if "trust" not in inspect.signature(audit_runs).parameters:  # an audit that checks no line signatures
        return audit_runs(recorder.runs_dir, progress=progress)
    trust = load_trusted_keys([], include_station=True)
    signer = getattr(recorder, "signer", None)
    for pub in (key.public(), signer.public() if hasattr(signer, "public") else None):
        if pub is not None and all(k.key_id != pub.key_id for k in trust):
            trust.append(pub)
    return audit_runs(recorder.runs_dir, progress=progress, trust=trust)


def _full_check(recorder: RunRecorder, key: SigningKey, progress) -> _Checked:
    report = _audit(recorder, key, progress)
    blocking = [p for p in report.problems if p.code in BLOCKING_CODES or "forged" in p.code]
    if blocking:
        shown = "; ".join(str(p) for p in blocking[:5])
        more = f" (and {len(blocking) - 5} more)" if len(blocking) > 5 else ""
        raise CheckpointError(f"no checkpoint signed: {len(blocking)} record problem(s) up to the head: {shown}{more}")
    if report.head is None:
        raise CheckpointError("no checkpoint signed: the ledger is empty")
    where = _locate(recorder.ledger, report.head)
    if where is None:
        raise CheckpointError(f"no checkpoint signed: ledger line {report.head.seq} moved while it was checked")
    how = f"full audit of {report.records} records up to seq {report.head.seq}: no record missing or altered"
    return _Checked(report.head, where[0], where[1], report.records, utc_now(), how)


def _last_own_checkpoint(runs_dir: Path, key: SigningKey) -> CheckpointRecord | None:
    """The newest checkpoint this key made here (signature checked), from the last few day folders."""
    folder = Path(runs_dir) / "records" / "checkpoints"
    try:
        days = sorted((d for d in os.listdir(folder) if DAY_RE.fullmatch(d)), reverse=True)[:SCAN_DAYS]
    except OSError:
        return None
    origin = station_origin(key)
    for day in days:
        found = []
        for path in (folder / day).glob("*.json"):
            try:
                if path.is_symlink() or path.stat().st_size > MAX_NOTE_BYTES * 2:
                    continue
                rec = CheckpointRecord.model_validate_json(path.read_bytes())
            except (OSError, ValueError):
                continue
            if rec.action == "checkpoint" and rec.origin == origin and rec.line_start is not None:
                found.append(rec)
        for rec in sorted(found, key=lambda r: (r.created_at_utc, r.size), reverse=True):
            try:
                if verify_checkpoint(rec.note, [key.public()]).ok:
                    return rec
            except CheckpointError:
                continue
    return None


class _Fallback(Exception):
    """The quick check cannot vouch by itself; the full audit decides (and names any problem)."""


def _file_sha(path: Path) -> str | None:
    try:
        if path.is_symlink() or not path.is_file():
            return None
    except OSError:
        return None
    return sha256_file(path)


def _check_record_file(runs_dir: Path, rel: str, kind: str, sha: str) -> None:
    """The record file is present and intact, and an artifact's G-code file too; else _Fallback."""
    path = runs_dir / rel
    if ".." in Path(rel).parts or _file_sha(path) != sha:
        raise _Fallback(f"{rel} missing or altered (or still being written)")
    if kind != "artifact":
        return
    try:
        raw_artifact = json.loads(path.read_bytes())
        gcode_path = raw_artifact["outputs"]["gcode_path"]
        gcode_sha = raw_artifact["hashes"]["gcode_sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        raise _Fallback(f"{rel} unreadable") from None
    if gcode_path and _file_sha(path.parent / str(gcode_path)) != gcode_sha:
        raise _Fallback(f"{rel}: its G-code file is missing or altered")


def _check_since(recorder: RunRecorder, last: CheckpointRecord) -> _Checked:
    """Lines after the last checkpoint: intact, chained, and each record's file present and intact (an artifact's
    G-code file too). Anything unusual (an archive, a missing file, a gap) raises _Fallback."""
    assert last.line_start is not None and last.line_number is not None and last.full_audit_at_utc is not None
    runs_dir = recorder.runs_dir
    prev_hash, seq, start, number = None, last.size, last.line_start, last.line_number
    records: dict[str, tuple[str, str]] = {}  # path -> (kind, sha256), voids applied
    first = True
    next_start = last.line_start
    for raw in recorder.ledger.iter_raw(offset=last.line_start, first_line=last.line_number):
        line_start, next_start = next_start, raw.end
        try:
            entry = parse_line(raw.data)
        except ValueError as exc:
            raise _Fallback(f"line {raw.number}: {exc}") from None
        if line_hash(entry) != entry["hash"]:
            raise _Fallback(f"line {raw.number} edited")
        if first:
            if entry["seq"] != last.size or entry["hash"] != last.head_hash:
                raise _Fallback("the last checkpoint's line is not where it was")
            first, prev_hash = False, entry["hash"]
            continue
        if entry["prev"] != prev_hash or entry["seq"] != seq + 1:
            raise _Fallback(f"chain or sequence broken at line {raw.number}")
        prev_hash, seq, start, number = entry["hash"], entry["seq"], line_start, raw.number
        if entry["kind"] == "void":
            if records.get(entry["path"], ("", ""))[1] != entry["sha256"]:
                raise _Fallback("a void of a line before the last checkpoint")
            del records[entry["path"]]
        elif entry["kind"] == "archive":
            raise _Fallback("an archive since the last checkpoint")
        else:
            records[entry["path"]] = (entry["kind"], entry["sha256"])
    if first:
        raise _Fallback("the last checkpoint's line is gone")
    for rel, (kind, sha) in records.items():
        _check_record_file(runs_dir, rel, kind, sha)
    how = (
        f"the {len(records)} records since checkpoint seq {last.size} present and intact, the ledger extending it "
        f"(last full audit {last.full_audit_at_utc.isoformat()})"
    )
    return _Checked(
        LedgerHead(seq, prev_hash or last.head_hash), start, number, len(records), last.full_audit_at_utc, how
    )


def make_checkpoint(
    runs: RunRecorder | Path,
    key: SigningKey,
    *,
    record: bool = True,
    by: str | None = None,
    progress=None,
    since_last: bool = False,
) -> CheckpointResult:
    """Check the trail, then sign a checkpoint of the ledger head checked (the station signs under its origin) and
    record it under records/checkpoints/. Raises CheckpointError, naming the problems, when a record up to the head
    is missing or not intact (nothing is signed then), or when the ledger is empty.

    The check is a full audit; with `since_last` (what every export uses) only the records since this key's last
    checkpoint are checked, the ledger extending it — that checkpoint vouched for what came before. It falls back
    to a full audit when there is no such checkpoint, when its full audit is over a day old, or on anything unusual."""
    recorder = _as_recorder(runs)
    checked = None
    if since_last:
        last = _last_own_checkpoint(recorder.runs_dir, key)
        fresh = last is not None and last.full_audit_at_utc is not None
        if fresh and (utc_now() - last.full_audit_at_utc).total_seconds() < FULL_AUDIT_EVERY_S:
            try:
                checked = _check_since(recorder, last)
            except _Fallback as why:
                log.info("checkpoint: full audit instead of the check since the last checkpoint: %s", why)
    if checked is None:
        checked = _full_check(recorder, key, progress)
    origin = station_origin(key)
    cp = Checkpoint(origin, checked.head.seq, checked.head.hash)
    text = checkpoint_text(cp, [sign_note_body(cp.body(), key, origin)])
    path = None
    if record:
        path = _record(
            recorder,
            "checkpoint",
            text,
            [{"name": origin, "key_id": key.key_id_hex}],
            checked.how,
            by,
            full_audit_at_utc=checked.full_audit_at,
            line_start=checked.line_start,
            line_number=checked.line_number,
        )
        log.info("checkpoint of seq %s signed by %s, recorded in %s", cp.size, key.key_id_hex, path)
    return CheckpointResult(text, cp, path, checked.how)


def cosign(
    checkpoint_text_: str,
    signing_key: SigningKey,
    name: str | None = None,
    *,
    recorder: RunRecorder | None = None,
    trusted: Iterable[PublicKey] | None = None,
    by: str | None = None,
) -> CheckpointResult:
    """Add `signing_key`'s signature line (under `name`, default `rmos-cosigner/<key id>`) to a checkpoint.

    With `trusted`, a trusted signature must already verify (a cosigner vouches only for what the station signed);
    with `recorder`, the ledger must extend the checkpoint and the cosigned note is recorded. Raises CheckpointError."""
    body, sigs = split_note(checkpoint_text_)
    cp = parse_checkpoint_body(body)
    name = check_name(name or f"rmos-cosigner/{signing_key.key_id_hex}")
    if trusted is not None:
        check = verify_checkpoint(checkpoint_text_, trusted)
        if not check.ok:
            raise CheckpointError("not cosigned: no trusted signature on this checkpoint verifies")
    checked = "signature line added"
    if recorder is not None:
        extends = ledger_extends(recorder.ledger, cp)
        if not extends.ok:
            raise CheckpointError(f"not cosigned: {extends.problem}")
        checked = f"the ledger extends the checkpoint (line {cp.size} has its hash)"
    new = sign_note_body(body, signing_key, name)
    kept = [s for s in sigs if s.key_hash != new.key_hash or s.name != name]
    text = body + "\n" + "".join(s.line() for s in [*kept, new])
    path = None
    if recorder is not None:
        path = _record(recorder, "cosign", text, [{"name": name, "key_id": signing_key.key_id_hex}], checked, by)
    return CheckpointResult(text, cp, path, checked)


# ---- checking every checkpoint against a ledger --------------------------------------------------------------


def recorded_checkpoints(runs_dir: Path) -> list[tuple[Path, str]]:
    """(record path, note text) of every checkpoint recorded under records/checkpoints/, oldest first."""
    folder = Path(runs_dir) / "records" / "checkpoints"
    out: list[tuple[str, Path, str]] = []
    if not folder.is_dir():
        return []
    for path in sorted(folder.glob("*/*.json")):
        try:
            if path.is_symlink() or path.stat().st_size > MAX_NOTE_BYTES * 2:
                continue
            data = json.loads(path.read_bytes())
        except (OSError, ValueError, RecursionError):
            continue
        if isinstance(data, dict) and isinstance(data.get("note"), str):
            out.append((str(data.get("created_at_utc", "")), path, data["note"]))
    return [(p, t) for _, p, t in sorted(out, key=lambda x: (x[0], str(x[1])))]


@dataclass
class CheckpointFinding:
    source: str  # the record path or the given file
    check: CheckpointCheck | None
    extends: ExtendsCheck | None
    problem: str | None = None  # unreadable note, no trusted signature, ledger does not extend it

    @property
    def ok(self) -> bool:
        return self.problem is None

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "ok": self.ok,
            "problem": self.problem,
            "signatures": self.check.as_dict() if self.check else None,
        }


def check_checkpoints(
    runs_dir: Path, trusted: Iterable[PublicKey], given: Iterable[tuple[str, str]] = ()
) -> list[CheckpointFinding]:
    """Check every recorded checkpoint and every given one ((source, text) pairs): its signatures against the
    trusted keys, and that the ledger extends it. A rewritten ledger fails here as soon as a checkpoint whose
    signatures verify covers the rewritten part."""
    keys = list(trusted)
    ledger = Ledger(Path(runs_dir))
    items = [(str(p), t) for p, t in recorded_checkpoints(runs_dir)] + list(given)
    out = []
    for source, text in items:
        try:
            check = verify_checkpoint(text, keys)
        except CheckpointError as exc:
            out.append(CheckpointFinding(source, None, None, f"not a readable checkpoint: {exc}"))
            continue
        out.append(judge_checkpoint(source, check, lambda cp: ledger_extends(ledger, cp)))
    return out


def judge_checkpoint(
    source: str, check: CheckpointCheck, extends: Callable[[Checkpoint], ExtendsCheck]
) -> CheckpointFinding:
    """One readable checkpoint's finding: a trusted signature that does not verify; else no trusted signature
    or a ledger that does not extend it (`extends` asks the ledger, only when every signature verified)."""
    if check.failed:
        names = ", ".join(f"{n} ({k})" for n, k in check.failed)
        return CheckpointFinding(source, check, None, f"a signature by a trusted key does not verify: {names}")
    extended = extends(check.checkpoint)
    if not check.verified:
        problem = "no signature on it is by a trusted key"
    elif not extended.ok:
        problem = f"the ledger does not extend it: {extended.problem}"
    else:
        problem = None
    return CheckpointFinding(source, check, extended, problem)


def load_checkpoint_file(path: Path | str) -> str:
    """A checkpoint file's text (`rmos audit cosign CHECKPOINT`, `audit verify --checkpoint FILE`); raises
    CheckpointError with a plain message for a missing, oversized, binary or malformed file."""
    path = Path(path)
    try:
        if not path.is_file():
            raise CheckpointError(f"{path} is not a checkpoint file (it does not exist or is not a regular file)")
        with open(path, "rb") as fh:
            data = fh.read(MAX_NOTE_BYTES + 1)
    except OSError as exc:
        raise CheckpointError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_NOTE_BYTES:
        raise CheckpointError(f"{path} is too large to be a checkpoint")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CheckpointError(f"{path} is not a checkpoint (not UTF-8 text)") from None
    try:
        parse_checkpoint(text)
    except CheckpointError as exc:
        raise CheckpointError(f"{path}: {exc}") from None
    return text


def write_checkpoint_file(text: str, out: Path | str) -> Path:
    """Write a checkpoint to a file (`--out FILE`): temp file, fsync, rename. Raises CheckpointError."""
    out = Path(out)
    try:
        durable_replace(out, text.encode("utf-8"), tmp=out.with_name(f".{out.name}.{os.getpid()}.tmp"))
    except OSError as exc:
        raise CheckpointError(f"cannot write {out}: {exc.strerror or exc}") from None
    return out


def latest_checkpoint_time(runs_dir: Path) -> datetime | None:
    """When the newest recorded checkpoint was made (None when there is none)."""
    found = recorded_checkpoints(runs_dir)
    if not found:
        return None
    try:
        data = json.loads(found[-1][0].read_bytes())
        return datetime.fromisoformat(str(data["created_at_utc"]).replace("Z", "+00:00"))
    except (OSError, ValueError, KeyError):
        return None


def record_cosigned(recorder: RunRecorder, text: str, *, checked: str, by: str | None = None) -> Path | None:
    """Record a checkpoint of this station that someone else cosigned elsewhere (the shop server's witness), if
    the ledger extends it and it is not recorded yet with these signatures; the record's path, or None."""
    cp, sigs = parse_checkpoint(text)
    extends = ledger_extends(recorder.ledger, cp)
    if not extends.ok:
        raise CheckpointError(f"not recorded: {extends.problem}")
    for _, recorded in recorded_checkpoints(recorder.runs_dir):
        if recorded == text:
            return None
    signers = [{"name": s.name, "key_id": s.key_hash.hex()} for s in sigs]
    return _record(recorder, "cosign", text, signers, checked, by)


def daily_checkpoint(recorder: RunRecorder, key: SigningKey, *, now: datetime | None = None) -> CheckpointResult | None:
    """The checkpoint the app makes at least once a day it is used: none when one was made today (local day) or
    the ledger is empty; else one over the records since the last (a full audit when there is none). Raises
    CheckpointError like make_checkpoint (a record up to the head is missing or damaged: nothing is signed)."""
    now = now or utc_now()
    last = latest_checkpoint_time(recorder.runs_dir)
    if last is not None and last.astimezone().date() >= now.astimezone().date():
        return None
    if recorder.head() is None:
        return None
    return make_checkpoint(recorder, key, since_last=True, by="daily")
