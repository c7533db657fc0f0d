"""`rmos audit verify`: walk the ledger and the files of a runs directory and name every inconsistency.

It detects tampering; it does not prevent it. Anyone who can write the runs folder can change a file, but
not without the ledger noticing; and whoever rewrites the whole ledger is caught by a head recorded
elsewhere (every export statement and PDF report quotes one): `audit_runs(..., expect_head=...)`.

Signatures. Each line this version writes carries the station key's Ed25519 signature over its hash. The
audit checks it against the trusted public keys (`trust=`, by default the station key of this workstation
when it has one), so a copy of the trail elsewhere is checked with the public key alone. Lines of an older
version (or of a recorder given no key) are unsigned: they are accepted only as a prefix, before the first
signed line; any unsigned line after that was appended without the key and is named as forged. Stripping
every signature does not change a hash, so a ledger that holds no signed line at all says so in the summary
(an alarm on a station that signs).

Voids. A void stands directly after the line it withdraws and names it (seq and hash). A void anywhere else,
of a line a checkpoint covers, or of a run a later record names, is forged: its target counts as recorded,
so a deleted file behind it is reported missing.

The ledger is streamed once (memory grows with the number of records, not the size of the files), then
every day folder and records folder is listed and each file hashed once. Writers may be at work meanwhile:
a ledger line whose file is not linked yet has a live temp file (in flight, not a problem), and a file that
is not in the ledger read so far sends the audit back to read the lines appended since.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmos_desktop.core.runs.ledger import (
    GENESIS,
    LEDGER_NAME,
    LOCK_NAME,
    MAX_LINE,
    QUARANTINE_RE,
    Ledger,
    LedgerHead,
    Verifier,
    line_hash,
    parse_line,
    signature_of,
    signed_message,
)
from rmos_desktop.core.runs.schemas import ARTIFACT_NAME_RE, DAY_RE
from rmos_desktop.core.runs.store import RECORD_KINDS, UnsafePath, temp_final_name, temp_is_live

log = logging.getLogger(__name__)

# Stable problem codes (scripts and the GUI rely on them) and what each means.
PROBLEM_CODES: dict[str, str] = {
    "artifact_modified": "an artifact's bytes differ from the SHA-256 its ledger line recorded",
    "artifact_missing": "a ledger line lists an artifact whose file is gone",
    "record_modified": "a review, export or archive record differs from the SHA-256 its ledger line recorded",
    "record_missing": "a ledger line lists a review, export or archive record whose file is gone",
    "sidecar_modified": "an OK artifact's G-code file (.nc) does not match its gcode_sha256",
    "sidecar_missing": "an OK artifact's G-code file (.nc) is missing",
    "unlisted_file": "a file in a day or records folder that no ledger line lists (foreign or planted)",
    "ledger_line_unparseable": "a ledger line is not a valid ledger entry",
    "ledger_line_altered": "a ledger line's content does not match its own hash (edited)",
    "chain_broken": "a ledger line's prev is not the hash of the line before it",
    "sequence_gap": "sequence numbers are missing (lines deleted)",
    "sequence_duplicate": "a sequence number appears more than once",
    "sequence_out_of_order": "a line stands after a later sequence number (lines moved)",
    "duplicate_path": "two ledger lines list the same file",
    "void_unmatched": "a void line names no earlier record",
    "voided_file_present": "a write the ledger marks as failed (void) left its file",
    "ledger_truncated": "the ledger ends before the expected head",
    "head_mismatch": "the ledger line at the expected head's sequence number has a different hash",
    "ledger_torn_tail": "the ledger ends in an incomplete line (an interrupted append; start-up recovery removes it)",
    "interrupted_write": "a crash interrupted a write after its ledger line (start-up recovery completes it)",
    "stale_temp": "a temp file of an interrupted write (start-up recovery removes it)",
    "unreadable": "a file or folder that cannot be read",
    "void_forged": "a void that does not stand directly after the line it names, or withdraws a line a checkpoint "
    "covers or a run a later record names (its target counts as recorded)",
    "signature_missing": "an unsigned ledger line after signed ones: appended without the station key (forged)",
    "signature_invalid": "a ledger line whose signature does not verify with the key it names (forged or edited)",
    "signature_untrusted": "a ledger line signed by a key that is not trusted (another station's or a forger's)",
    "not_a_real_file": "a symbolic link (or device) where the runs directory needs a real folder or file; "
    "nothing is read or written through it",
    "unexpected_root_file": "a file or folder at the runs-directory root that the app does not write",
}

ROOT_NAMES = frozenset({LEDGER_NAME, LOCK_NAME, "records"})
PROBE_RE = re.compile(r"^\.write-test\.\d+\.tmp$")  # services.runs_dir_problem's probe, removed at once
QUARANTINE_TMP_RE = re.compile(r"^\.ledger-quarantine-.*\.\d+\.tmp$")

SIDECAR_NAME_RE = re.compile(r"^[0-9a-f]{32}\.nc$")
_DAY = r"\d{4}-\d{2}-\d{2}"
_ID = r"[0-9a-f]{32}"
PATH_RES = {
    "artifact": re.compile(rf"^{_DAY}/{_ID}\.json$"),
    "review": re.compile(rf"^records/reviews/{_DAY}/{_ID}\.json$"),
    "export": re.compile(rf"^records/exports/{_DAY}/{_ID}\.json$"),
    "archive": re.compile(rf"^records/archives/{_DAY}/{_ID}\.json$"),
    "quarantine": QUARANTINE_RE,
    "checkpoint": re.compile(rf"^records/checkpoints/{_DAY}/{_ID}\.json$"),
    "export_intent": re.compile(rf"^records/export_intents/{_DAY}/{_ID}\.json$"),
}
ARCHIVED_FILE_RE = re.compile(rf"^{_DAY}/{_ID}\.(json|nc)$")
SIDECAR_MARK = b'"gcode_path": "'  # how artifact_bytes writes a non-null gcode_path
SMALL_FILE = 16 * 1024 * 1024
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class AuditProblem:
    code: str
    message: str
    path: str | None = None  # relative to the runs directory
    seq: int | None = None
    line: int | None = None  # ledger line number (1-based)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "path": self.path, "seq": self.seq, "line": self.line}


@dataclass
class AuditReport:
    runs_dir: Path
    problems: list[AuditProblem] = field(default_factory=list)
    head: LedgerHead | None = None  # the ledger's last line
    expected_head: LedgerHead | None = None
    ledger_lines: int = 0
    records: int = 0  # ledger lines that list a record (not void)
    voided: int = 0  # records whose write failed and was voided
    archived: int = 0  # records moved into an archive by an archive record
    files_checked: int = 0  # files hashed and found to match
    in_flight: int = 0  # writes under way while the audit ran
    signed: int = 0  # lines whose signature verified with a trusted key
    unsigned_older: int = 0  # unsigned lines before the first signed line (an older version's)
    signatures_unchecked: int = 0  # signed lines that could not be checked: no trusted key at hand
    trusted_keys: list[str] = field(default_factory=list)  # key ids the signatures were checked against
    quarantined: int = 0  # damaged ledger ends `audit recover` moved aside (each recorded by a line)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def codes(self) -> set[str]:
        return {p.code for p in self.problems}

    def signature_summary(self) -> str:
        """What the signatures prove here, in one line."""
        if not self.ledger_lines:
            return "no ledger lines to sign"
        parts = []
        if self.signed:
            parts.append(f"{self.signed} line(s) signed by {', '.join(self.trusted_keys) or 'a trusted key'}")
        if self.signatures_unchecked:
            parts.append(f"{self.signatures_unchecked} signature(s) NOT checked: no trusted public key at hand")
        if self.unsigned_older:
            parts.append(f"{self.unsigned_older} unsigned line(s) written before signing (an older version)")
        if not (self.signed or self.signatures_unchecked):
            parts.append("NO line is signed (an older version's ledger, or every signature was stripped)")
        return "; ".join(parts)

    def summary(self) -> str:
        if self.ok:
            head = f"ledger head {self.head}" if self.head else "no ledger yet"
            counts = (
                (self.archived, "archived"),
                (self.voided, "failed writes voided"),
                (self.quarantined, "damaged ledger end(s) quarantined"),
            )
            extra = [f"{n} {what}" for n, what in counts if n]
            text = f"All {self.records} records consistent, {head}" + (f" ({', '.join(extra)})" if extra else "")
        else:
            n = len(self.problems)
            text = f"{n} problem{'s' if n != 1 else ''} in {self.runs_dir} ({self.records} records in the ledger)"
        return text + (f". Signatures: {self.signature_summary()}" if self.ledger_lines else "")

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "summary": self.summary(),
            "runs_dir": str(self.runs_dir),
            "head": str(self.head) if self.head else None,
            "expected_head": str(self.expected_head) if self.expected_head else None,
            "ledger_lines": self.ledger_lines,
            "records": self.records,
            "voided": self.voided,
            "archived": self.archived,
            "files_checked": self.files_checked,
            "in_flight": self.in_flight,
            "signed": self.signed,
            "unsigned_older": self.unsigned_older,
            "signatures_unchecked": self.signatures_unchecked,
            "trusted_keys": list(self.trusted_keys),
            "signatures": self.signature_summary(),
            "quarantined": self.quarantined,
            "problems": [p.as_dict() for p in self.problems],
        }


class _Entry:
    """One listed record, kept small: a 100k-run ledger holds 100k of these."""

    __slots__ = (
        "archived",
        "hash",
        "kind",
        "line",
        "present",
        "problem",
        "run_id",
        "seq",
        "sha256",
        "trusted",
        "voided",
    )

    def __init__(
        self, seq: int, kind: str, sha256: str, line: int, problem: AuditProblem | None, run_id=None, hash_=""
    ):
        self.seq, self.kind, self.sha256, self.line = seq, kind, sha256, line
        self.run_id, self.hash = run_id, hash_
        self.trusted = problem is None
        self.problem = problem  # the ledger_line_altered problem, when the line itself was edited
        self.present = self.archived = False
        self.voided: int | None = None  # the seq of the void that withdrew it


def default_trust(config_dir: Path | None = None) -> list[Verifier]:
    """The station public key of this workstation, when it has one (never made here: an audit of a copy on
    another PC must not invent a key)."""
    from rmos_desktop.core.runs.keys import KeyFileError, load_public_key, station_key_path, station_pub_path

    try:
        if station_pub_path(config_dir).is_file():
            return [load_public_key(station_pub_path(config_dir))]
        if station_key_path(config_dir).is_file():
            from rmos_desktop.core.runs.keys import load_signing_key

            return [load_signing_key(station_key_path(config_dir)).public()]
    except (KeyFileError, OSError) as exc:
        log.warning("audit: the station public key cannot be read (%s); signatures are not checked", exc)
    return []


def audit_runs(
    runs_dir: Path,
    expect_head: LedgerHead | str | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    trust: Sequence[Verifier] | None = None,
) -> AuditReport:
    """Check the ledger and every file of `runs_dir`; the report names each problem with a stable code.

    `expect_head` (a LedgerHead or "SEQ:HASH") is a head recorded earlier, e.g. in an export statement: a
    ledger that ends before it, or holds a different line at its seq, is reported. `trust` is the public keys
    (core/runs/keys.py PublicKey) whose signatures are accepted; by default this workstation's station key
    when it has one. `progress(done, total)` is called as folders are checked (it may raise to cancel).
    Raises ValueError for a malformed head.
    """
    if isinstance(expect_head, str):
        expect_head = LedgerHead.parse(expect_head)
    keys = list(default_trust() if trust is None else trust)
    return _Audit(Path(runs_dir), expect_head, progress, keys).run()


class _Audit:
    def __init__(self, runs_dir: Path, expect_head: LedgerHead | None, progress, trust: list[Verifier] | None = None):
        self.runs_dir = runs_dir
        self.ledger = Ledger(runs_dir)
        self.report = AuditReport(runs_dir, expected_head=expect_head)
        self.progress = progress
        self.trust = {k.key_id_hex.upper(): k for k in trust or []}
        self.report.trusted_keys = sorted(self.trust)
        self.signing_from: int | None = None  # line number of the first signed line
        self.voids: list[tuple[int, int, int, _Entry]] = []  # (void seq, void line, target seq, target)
        self.named_after: dict[str, int] = {}  # run_id -> the highest seq of a record naming it
        self.checkpoints: list[tuple[int, str]] = []  # (seq, path) of checkpoint records
        self.by_seq_entry: dict[int, tuple[str, str, str, str | None]] = {}  # seq -> (kind, path, sha256, run_id)
        self.ledger_problems: list[AuditProblem] = []
        self.file_problems: list[AuditProblem] = []
        # ledger scan state
        self.offset = 0
        self.line_no = 0
        self.by_seq: dict[int, tuple[str, int]] = {}  # seq -> (stored hash, line number), first occurrence
        self.max_seq = 0
        self.deferred: list[tuple[int, str, int]] = []  # (seq, prev, line) whose seq-1 was not seen yet
        self.entries: dict[str, _Entry] = {}
        # file walk state
        self.temps: dict[str, list[tuple[Path, bool]]] = {}  # final rel -> [(temp path, live)]
        self.candidates: list[tuple[str, Path, bool]] = []  # (rel, path, in a day folder): not in the ledger so far
        self.sidecars: list[str] = []  # every .nc seen
        self.accounted: set[str] = set()  # .nc files an artifact (or its problem) accounts for

    # -- ledger ------------------------------------------------------------------------------------------
    def feed(self) -> None:
        with contextlib.suppress(UnsafePath):  # the walk names a ledger that is a link or not a regular file
            self._feed()

    def _feed(self) -> None:
        for raw in self.ledger.iter_raw(self.offset, self.line_no + 1):
            self.offset, self.line_no = raw.end, raw.number
            self.report.ledger_lines += 1
            self._line(raw.number, raw.data)

    def _ledger_problem(self, code: str, message: str, **kw) -> AuditProblem:
        problem = AuditProblem(code, message, **kw)
        self.ledger_problems.append(problem)
        return problem

    def _line(self, n: int, data: bytes) -> None:
        try:
            entry = parse_line(data)
        except ValueError as exc:
            self._ledger_problem("ledger_line_unparseable", f"ledger line {n} is not a ledger entry: {exc}", line=n)
            return
        self.report.head = LedgerHead(entry["seq"], entry["hash"])  # the last line, as Ledger.head() reads it
        self._signature(n, entry)
        altered = self._altered(n, entry)
        if not self._sequence(n, entry):
            return
        if entry["kind"] == "void":
            self._void(n, entry, altered)
            return
        self._note_kind(entry, altered)
        if self._path_ok(n, entry, altered):
            self._list(n, entry, altered)

    def _altered(self, n: int, entry: dict[str, Any]) -> AuditProblem | None:
        """The ledger_line_altered problem when the line's content no longer matches its own hash."""
        if line_hash(entry) == entry["hash"]:
            return None
        seq, path = entry["seq"], entry["path"]
        return self._ledger_problem(
            "ledger_line_altered",
            f"ledger line {n} (seq {seq}, {_shown(path)}) was edited: its content no longer matches its hash",
            path=_safe_rel(path),
            seq=seq,
            line=n,
        )

    def _sequence(self, n: int, entry: dict[str, Any]) -> bool:
        """Check the line's seq and prev against the lines before it; False for a repeated seq (ignored)."""
        seq = entry["seq"]
        first = self.by_seq.get(seq)
        if first is not None:
            self._ledger_problem(
                "sequence_duplicate",
                f"ledger line {n} repeats seq {seq} (first at line {first[1]}); the repeat is ignored",
                seq=seq,
                line=n,
            )
            return False
        if seq < self.max_seq:
            self._ledger_problem(
                "sequence_out_of_order",
                f"ledger line {n} has seq {seq} after seq {self.max_seq}: lines were moved",
                seq=seq,
                line=n,
            )
        self.by_seq[seq] = (entry["hash"], n)
        self.max_seq = max(self.max_seq, seq)
        if seq == 1:
            if entry["prev"] != GENESIS:
                self._chain_broken(seq, n, "seq 1 does not start the chain")
        elif (seq - 1) in self.by_seq:
            self._check_prev(seq, entry["prev"], n)
        else:
            self.deferred.append((seq, entry["prev"], n))
        return True

    def _note_kind(self, entry: dict[str, Any], altered: AuditProblem | None) -> None:
        """What a record line says beyond its file: the runs it names, checkpoints, quarantines."""
        seq, kind, run_id = entry["seq"], entry["kind"], entry["run_id"]
        if run_id is not None and kind != "artifact":
            self.named_after[run_id] = max(seq, self.named_after.get(run_id, 0))
        if kind == "checkpoint" and altered is None:
            self.checkpoints.append((seq, entry["path"]))
        if kind == "quarantine" and altered is None:
            self.report.quarantined += 1

    def _path_ok(self, n: int, entry: dict[str, Any], altered: AuditProblem | None) -> bool:
        """The line lists a path of its kind that no earlier line lists."""
        seq, kind, path = entry["seq"], entry["kind"], entry["path"]
        if not PATH_RES[kind].fullmatch(path):
            if altered is None:
                self._ledger_problem(
                    "ledger_line_unparseable",
                    f"ledger line {n} (seq {seq}) lists {_shown(path)}, which is not a {kind} path",
                    seq=seq,
                    line=n,
                )
            return False
        if path in self.entries:
            if altered is None:  # an edited line naming another record's file: the edit is the problem
                self._ledger_problem(
                    "duplicate_path",
                    f"ledger line {n} (seq {seq}) lists {path} again (first at line {self.entries[path].line})",
                    path=path,
                    seq=seq,
                    line=n,
                )
            return False
        return True

    def _list(self, n: int, entry: dict[str, Any], altered: AuditProblem | None) -> None:
        path = entry["path"]
        self.entries[path] = _Entry(
            entry["seq"], entry["kind"], entry["sha256"], n, altered, entry["run_id"], entry["hash"]
        )
        self.report.records += 1
        if entry["kind"] == "archive" and altered is None:
            self._apply_archive(path, entry["sha256"])

    def _signature(self, n: int, entry: dict[str, Any]) -> None:
        seq = entry["seq"]
        sig = signature_of(entry)
        if sig is not None and self.signing_from is None:
            self.signing_from = n
        if sig is None:
            if self.signing_from is None:
                self.report.unsigned_older += 1
                return
            self._ledger_problem(
                "signature_missing",
                f"ledger line {n} (seq {seq}, {_shown(entry['path'])}) is not signed, yet it stands after line "
                f"{self.signing_from}, which is: it was appended without the station key (forged)",
                path=_safe_rel(entry["path"]),
                seq=seq,
                line=n,
            )
            return
        key_id, raw = sig
        key = self.trust.get(key_id.upper())
        if key is None:
            if not self.trust:
                self.report.signatures_unchecked += 1
                return
            self._ledger_problem(
                "signature_untrusted",
                f"ledger line {n} (seq {seq}, {_shown(entry['path'])}) is signed by key {key_id.upper()}, not by a "
                "trusted key "
                f"({', '.join(sorted(self.trust))}): another station's line or a forgery",
                path=_safe_rel(entry["path"]),
                seq=seq,
                line=n,
            )
            return
        if not key.verify(raw, signed_message(entry["hash"])):
            self._ledger_problem(
                "signature_invalid",
                f"ledger line {n} (seq {seq}, {_shown(entry['path'])}) carries a signature by {key_id.upper()} that "
                "does not verify: the line was forged or edited",
                path=_safe_rel(entry["path"]),
                seq=seq,
                line=n,
            )
            return
        self.report.signed += 1

    def _void(self, n: int, entry: dict[str, Any], altered: AuditProblem | None) -> None:
        seq, path = entry["seq"], entry["path"]
        target = self.entries.get(path)
        if target is None or target.voided is not None or target.sha256 != entry["sha256"]:
            self._ledger_problem(
                "void_unmatched",
                f"ledger line {n} (seq {seq}) voids {_shown(path)}, which no earlier line lists",
                seq=seq,
                line=n,
            )
            return
        if altered is not None:
            return  # an edited void proves nothing; the edit is the problem
        named = entry.get("voids")
        why = None
        if named is not None and (named["seq"] != target.seq or named["hash"] != target.hash):
            why = f"it names seq {named['seq']}, but {path} was recorded at seq {target.seq}"
        elif target.seq != seq - 1:
            why = f"it stands at seq {seq}, not directly after seq {target.seq} that it withdraws"
        elif entry["prev"] != target.hash:
            why = f"its prev is not the hash of seq {target.seq}"
        if why is not None:
            self._forged_void(n, seq, target, path, why)
            return
        target.voided = seq
        self.report.voided += 1
        self.voids.append((seq, n, target.seq, target))

    def _forged_void(self, n: int, seq: int, target: _Entry, path: str, why: str) -> None:
        self._ledger_problem(
            "void_forged",
            f"ledger line {n} (seq {seq}) claims the write of {path} (seq {target.seq}) failed, but {why}: a forged "
            "void; the record counts as written",
            path=path,
            seq=seq,
            line=n,
        )

    def _check_voids(self) -> None:
        """Voids that stand in the right place but withdraw what a checkpoint or a later record vouches for."""
        covered = sorted(size for size in (self._checkpoint_size(p) for _, p in self.checkpoints) if size)
        for seq, n, target_seq, target in self.voids:
            why = None
            size = next((c for c in covered if target_seq <= c < seq), None)
            if size is not None:
                why = f"a checkpoint of the ledger at size {size} covers seq {target_seq} without its void"
            elif target.kind == "artifact" and target.run_id and self.named_after.get(target.run_id, 0) > target_seq:
                why = f"a later record (seq {self.named_after[target.run_id]}) names run {target.run_id}"
            if why is None:
                continue
            path = next(p for p, e in self.entries.items() if e is target)
            target.voided = None
            self.report.voided -= 1
            self._forged_void(n, seq, target, path, why)

    def _checkpoint_size(self, rel: str) -> int | None:
        """The ledger size a checkpoint record covers (its `size`, or the second line of its signed note)."""
        try:
            data = _read_small(self.runs_dir / rel)
            record = json.loads(data or b"")
        except (OSError, ValueError):
            return None
        return checkpoint_size(record)

    def _check_prev(self, seq: int, prev: str, n: int) -> None:
        if self.by_seq[seq - 1][0] != prev:
            self._chain_broken(
                seq, n, f"its prev is not the hash of seq {seq - 1} (that line was rewritten, or this one inserted)"
            )

    def _chain_broken(self, seq: int, n: int, why: str) -> None:
        self._ledger_problem("chain_broken", f"ledger line {n} (seq {seq}) breaks the chain: {why}", seq=seq, line=n)

    def _apply_archive(self, rel: str, sha256: str) -> None:
        """An archive record moves files out of the runs directory (a restore record brings them back)."""
        try:
            data = _read_small(self.runs_dir / rel)
            if data is None or hashlib.sha256(data).hexdigest() != sha256:
                return  # the walk reports the record itself as modified or missing
            record = json.loads(data)
            action, files = record["action"], record["files"]
        except (OSError, ValueError, KeyError, TypeError):
            return
        if action not in ("archive", "restore") or not isinstance(files, dict):
            return
        for moved in files:
            entry = self.entries.get(moved) if isinstance(moved, str) and ARCHIVED_FILE_RE.fullmatch(moved) else None
            if entry is None or entry.voided is not None:
                continue
            if action == "archive" and not entry.archived:
                entry.archived = True
                self.report.archived += 1
            elif action == "restore" and entry.archived:
                entry.archived = False
                self.report.archived -= 1

    def finish_ledger(self) -> None:
        for seq, prev, n in self.deferred:
            if (seq - 1) in self.by_seq:
                self._check_prev(seq, prev, n)
            # else the missing line is reported as a sequence gap
        expected = 1
        for seq in sorted(self.by_seq):
            if seq > expected:
                span = f"seq {expected}" if seq - 1 == expected else f"seq {expected}–{seq - 1}"
                self._ledger_problem(
                    "sequence_gap",
                    f"{span} missing from the ledger (before line {self.by_seq[seq][1]}): lines were deleted "
                    "or are unreadable",
                    seq=expected,
                )
            expected = seq + 1
        head = self.report.expected_head
        if head is not None:
            found = self.by_seq.get(head.seq)
            if found is None and head.seq > self.max_seq:
                self._ledger_problem(
                    "ledger_truncated",
                    f"the ledger ends at seq {self.max_seq}, before the expected head {head}: "
                    f"{head.seq - self.max_seq} line(s) were removed from its end",
                    seq=head.seq,
                )
            elif found is None:
                self._ledger_problem(
                    "head_mismatch", f"the ledger has no line with seq {head.seq} (expected head {head})", seq=head.seq
                )
            elif found[0] != head.hash:
                self._ledger_problem(
                    "head_mismatch",
                    f"ledger line {found[1]} (seq {head.seq}) has hash {found[0]}, not the expected head's "
                    f"{head.hash}: the ledger was rewritten from there on",
                    seq=head.seq,
                    line=found[1],
                )
        torn = self._torn_tail()
        if torn:
            self._ledger_problem(
                "ledger_torn_tail",
                f"the ledger ends in an incomplete line ({torn} bytes after line {self.line_no}): "
                + (
                    "an interrupted append; start-up recovery removes it"
                    if torn <= MAX_LINE
                    else "too long for an interrupted append; `rmos audit recover` moves it aside into a recorded "
                    "side file"
                ),
                line=self.line_no + 1,
            )

    def _torn_tail(self) -> int:
        try:
            torn = self.ledger.torn_tail()
            if not torn:
                return 0
            # a writer may be in the middle of its line: look again holding the lock, if we may take it
            try:
                with self.ledger.lock.acquire(timeout=5):
                    return self.ledger.torn_tail()
            except OSError:
                return torn
        except UnsafePath:
            return 0  # named by the walk
        except OSError as exc:
            self._file_problem("unreadable", f"{LEDGER_NAME} cannot be read: {exc}", path=LEDGER_NAME)
            return 0

    # -- files -------------------------------------------------------------------------------------------
    def _file_problem(self, code: str, message: str, **kw) -> None:
        self.file_problems.append(AuditProblem(code, message, **kw))

    def walk(self) -> None:
        try:
            top = sorted(os.scandir(self.runs_dir), key=lambda e: e.name)
        except OSError as exc:
            self._file_problem("unreadable", f"{self.runs_dir} cannot be listed: {exc}")
            return
        folders: list[tuple[str, Path, bool]] = []
        for entry in top:
            name = entry.name
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError:
                continue  # gone meanwhile (a probe or temp file)
            is_dir, is_file = stat.S_ISDIR(mode), stat.S_ISREG(mode)
            if DAY_RE.fullmatch(name) or name in ROOT_NAMES:
                wants_dir = name not in (LEDGER_NAME, LOCK_NAME)
                if (is_dir if wants_dir else is_file) and not stat.S_ISLNK(mode):
                    if DAY_RE.fullmatch(name):
                        folders.append((name, Path(entry.path), True))
                    elif name == "records":
                        folders.extend(self._record_folders(Path(entry.path)))
                    continue
                self._not_real(name, mode, "a folder" if wants_dir else "a file")
            elif QUARANTINE_RE.fullmatch(name) and is_file:
                listed = self.entries.get(name)
                if listed is None:
                    self.candidates.append((name, Path(entry.path), False))
                else:
                    self._check(name, Path(entry.path), listed)
            elif (PROBE_RE.fullmatch(name) or QUARANTINE_TMP_RE.fullmatch(name)) and is_file:
                continue  # a write test or a quarantine under way
            else:
                what = "a link" if stat.S_ISLNK(mode) else "a folder" if is_dir else "a file" if is_file else "a device"
                self._file_problem(
                    "unexpected_root_file",
                    f"{_shown(name)} at the root of the runs directory: {what} the app does not write (an export, "
                    "report or copy put there by hand?); it is not part of the audit trail",
                    path=name,
                )
        total = len(folders) + 1
        self._progress(1, total)
        for i, (prefix, folder, is_day) in enumerate(folders, start=2):
            self._walk_folder(prefix, folder, is_day)
            self._progress(i, total)

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def _not_real(self, rel: str, mode: int, wanted: str) -> None:
        what = "a symbolic link" if stat.S_ISLNK(mode) else "not " + wanted
        self._file_problem(
            "not_a_real_file",
            f"{rel} is {what}: it must be {wanted} inside the runs directory; the app neither reads nor writes "
            "through it (records behind it are not checked)",
            path=rel,
        )

    def _record_folders(self, records: Path) -> list[tuple[str, Path, bool]]:
        out: list[tuple[str, Path, bool]] = []
        for kind in self._listdir(records):
            kind_path = records / kind
            mode = _lmode(kind_path)
            if kind in RECORD_KINDS and mode is not None and not stat.S_ISDIR(mode):
                self._not_real(f"records/{kind}", mode, "a folder")
                continue
            if kind not in RECORD_KINDS or mode is None:
                self._unlisted(f"records/{kind}", "not a records folder")
                continue
            for day in self._listdir(kind_path):
                mode = _lmode(kind_path / day)
                if DAY_RE.fullmatch(day) and mode is not None and stat.S_ISDIR(mode):
                    out.append((f"records/{kind}/{day}", kind_path / day, False))
                elif DAY_RE.fullmatch(day) and mode is not None and stat.S_ISLNK(mode):
                    self._not_real(f"records/{kind}/{day}", mode, "a folder")
                else:
                    self._unlisted(f"records/{kind}/{day}", "not a day folder of records")
        return out

    def _listdir(self, folder: Path) -> list[str]:
        try:
            return sorted(os.listdir(folder))
        except OSError as exc:
            self._file_problem("unreadable", f"{folder} cannot be listed: {exc}")
            return []

    def _unlisted(self, rel: str, why: str) -> None:
        self._file_problem(
            "unlisted_file", f"{rel}: {why}, not in the ledger (foreign or planted; never adopted)", path=rel
        )

    def _walk_folder(self, prefix: str, folder: Path, is_day: bool) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            self._file_problem("unreadable", f"{prefix} cannot be listed: {exc}", path=prefix)
            return
        for entry in entries:
            name, rel, path = entry.name, f"{prefix}/{entry.name}", Path(entry.path)
            final = temp_final_name(name)
            if final is not None:
                try:
                    live = temp_is_live(name, entry.stat(follow_symlinks=False).st_mtime)
                except OSError:
                    continue  # gone meanwhile: its write finished or was abandoned
                self.temps.setdefault(f"{prefix}/{final}", []).append((path, live))
                continue
            if not entry.is_file(follow_symlinks=False):
                self._unlisted(rel, "not a regular file (a link, folder or device)")
            elif ARTIFACT_NAME_RE.fullmatch(name):
                listed = self.entries.get(rel)
                if listed is None:
                    self.candidates.append((rel, path, is_day))
                else:
                    self._check(rel, path, listed)
            elif is_day and SIDECAR_NAME_RE.fullmatch(name):
                self.sidecars.append(rel)
            else:
                self._unlisted(rel, "not a run file")

    def _check(self, rel: str, path: Path, entry: _Entry) -> None:
        entry.present = True
        try:
            data, sha = _hash_file(path)
        except OSError as exc:
            self._file_problem("unreadable", f"{rel} cannot be read: {exc.strerror or exc}", path=rel, seq=entry.seq)
            return
        if entry.voided is not None:
            self._file_problem(
                "voided_file_present",
                f"{rel}: its write was reported failed and voided in the ledger (seq {entry.seq}), yet the file exists",
                path=rel,
                seq=entry.seq,
            )
            return
        if sha != entry.sha256:
            self.accounted.add(rel[:-5] + ".nc")
            if not entry.trusted:
                return  # the edited ledger line is the problem; its sha256 proves nothing
            code = "artifact_modified" if entry.kind == "artifact" else "record_modified"
            self._file_problem(
                code,
                f"{rel} was modified after it was recorded: SHA-256 {sha}, ledger seq {entry.seq} recorded "
                f"{entry.sha256}",
                path=rel,
                seq=entry.seq,
            )
            return
        self.report.files_checked += 1
        if entry.kind == "artifact" and data is not None and SIDECAR_MARK in data:
            self._check_sidecar(rel, path, data, entry)

    def _check_sidecar(self, rel: str, path: Path, data: bytes, entry: _Entry) -> None:
        try:
            artifact = json.loads(data)
            gcode_path = artifact["outputs"]["gcode_path"]
            gcode_sha = artifact["hashes"]["gcode_sha256"]
        except (ValueError, KeyError, TypeError):
            return  # an artifact the ledger vouches for always parses; nothing else to check here
        if gcode_path is None:
            return
        nc_rel = rel[:-5] + ".nc"
        self.accounted.add(nc_rel)
        if gcode_path != path.stem + ".nc":
            why = f"{rel} names an unexpected G-code file {_shown(gcode_path)}"
            self._file_problem("sidecar_missing", why, path=rel, seq=entry.seq)
            return
        try:
            _, sha = _hash_file(path.parent / gcode_path)
        except FileNotFoundError:
            self._file_problem(
                "sidecar_missing",
                f"{nc_rel} is missing: run {path.stem}'s G-code (gcode_sha256 {gcode_sha}) was stored there",
                path=nc_rel,
                seq=entry.seq,
            )
            return
        except OSError as exc:
            self._file_problem("unreadable", f"{nc_rel} cannot be read: {exc.strerror or exc}", path=nc_rel)
            return
        if sha != gcode_sha:
            self._file_problem(
                "sidecar_modified",
                f"{nc_rel} was modified: SHA-256 {sha}, but artifact {rel} records gcode_sha256 {gcode_sha}",
                path=nc_rel,
                seq=entry.seq,
            )
        else:
            self.report.files_checked += 1

    def finish_files(self) -> None:
        self.feed()  # lines appended while we walked: new records, and voids of writes that failed meanwhile
        self._check_voids()
        self._check_candidates()
        used: set[Path] = set()  # temp files an in-flight or interrupted write accounts for
        for rel, entry in self.entries.items():
            if not (entry.present or entry.voided is not None or entry.archived):
                self._unseen(rel, entry, used)
        self._check_sidecars()
        self._check_temps(used)

    def _check_candidates(self) -> None:
        """Files the walk found before their ledger line was read: check them now, or name them unlisted."""
        for rel, path, is_day in self.candidates:
            entry = self.entries.get(rel)
            if entry is not None:
                self._check(rel, path, entry)
            else:
                self._unlisted(rel, "a run artifact" if is_day else "a record")

    def _unseen(self, rel: str, entry: _Entry, used: set[Path]) -> None:
        """A listed record the walk did not find: in flight, linked meanwhile, interrupted, or missing."""
        nc_rel = rel[:-5] + ".nc"
        temps = self.temps.get(rel) or self._fresh_temps(rel)
        if any(live for _, live in temps):
            self.report.in_flight += 1
            used.update(p for p, _ in temps)
            used.update(p for p, _ in self.temps.get(nc_rel, []))
            self.accounted.add(nc_rel)
            return
        path = self.runs_dir / rel
        if path.is_file():  # linked while we walked
            self._check(rel, path, entry)
            return
        match = next((p for p, _ in temps if _sha_or_none(p) == entry.sha256), None)
        if match is not None:
            used.add(match)
            used.update(p for p, _ in self.temps.get(nc_rel, []))
            self.accounted.add(nc_rel)
            self._file_problem(
                "interrupted_write",
                f"{rel}: a crash interrupted its write after ledger seq {entry.seq}; start-up recovery completes "
                f"it from {match.name}",
                path=rel,
                seq=entry.seq,
            )
            return
        self._missing(rel, entry)

    def _missing(self, rel: str, entry: _Entry) -> None:
        nc_rel = rel[:-5] + ".nc"
        left = ""
        if entry.kind == "artifact" and (self.runs_dir / nc_rel).is_file():
            self.accounted.add(nc_rel)
            left = f"; its G-code file {nc_rel} is still there"
        if entry.kind == "artifact":
            code, what = "artifact_missing", "artifact"
        else:
            code, what = "record_missing", f"{entry.kind} record"
        self._file_problem(
            code,
            f"{rel} is missing: ledger seq {entry.seq} lists this {what}, but the file is gone: deleted or moved"
            f"{'' if entry.trusted else ' (its ledger line was edited too)'}, or its write failed when the disk "
            f"refused even the void line (the app log says which){left}",
            path=rel,
            seq=entry.seq,
        )

    def _check_sidecars(self) -> None:
        """Name every .nc file no listed artifact (or its problem) accounts for, saying whose it seems to be."""
        for rel in self.sidecars:
            if rel in self.accounted:
                continue
            artifact_rel = rel[:-3] + ".json"
            entry = self.entries.get(artifact_rel)
            if entry is not None and (entry.voided is not None or entry.archived):
                failed = entry.voided is not None
                why = "G-code file of a run whose write failed" if failed else "G-code file of an archived run"
            elif (self.runs_dir / artifact_rel).exists():
                why = "G-code file its artifact does not reference" if entry else "G-code file of an unlisted artifact"
            else:
                why = "G-code file without its artifact"
            self._unlisted(rel, why)

    def _check_temps(self, used: set[Path]) -> None:
        """Count live temp files of writes not in the ledger yet; name stale ones nothing accounts for."""
        for final_rel, temps in sorted(self.temps.items()):
            if any(live and path not in used for path, live in temps) and not final_rel.endswith(".nc"):
                self.report.in_flight += 1  # a write that has not reached the ledger yet
            for path, live in temps:
                if path in used or live:
                    continue
                self._file_problem(
                    "stale_temp",
                    f"{path.relative_to(self.runs_dir).as_posix()}: temp file of an interrupted write of {final_rel} "
                    "that never reached the ledger; start-up recovery removes it",
                    path=final_rel,
                )

    def _fresh_temps(self, rel: str) -> list[tuple[Path, bool]]:
        """Temp files of `rel` (and its .nc) now: for lines read after their folder was listed."""
        folder, _, name = rel.rpartition("/")
        wanted = {name: rel, name[:-5] + ".nc": rel[:-5] + ".nc"}
        try:
            entries = list(os.scandir(self.runs_dir / folder))
        except OSError:
            return []
        for entry in entries:
            final = temp_final_name(entry.name)
            if final in wanted:
                try:
                    live = temp_is_live(entry.name, entry.stat(follow_symlinks=False).st_mtime)
                except OSError:
                    continue
                self.temps.setdefault(wanted[final], []).append((Path(entry.path), live))
        return self.temps.get(rel, [])

    def run(self) -> AuditReport:
        if not self.runs_dir.is_dir():
            raise FileNotFoundError(errno.ENOENT, "not a runs directory (no such folder)", str(self.runs_dir))
        try:
            self.feed()
        except OSError as exc:
            self._ledger_problem("unreadable", f"{LEDGER_NAME} cannot be read: {exc.strerror or exc}", path=LEDGER_NAME)
        self.walk()
        self.finish_files()
        self.finish_ledger()
        self.report.problems = self.ledger_problems + self.file_problems
        for problem in self.report.problems:
            log.info("audit %s: %s", self.runs_dir, problem)
        return self.report


# -- helpers -----------------------------------------------------------------------------------------------
def _shown(text: object) -> str:
    """A path taken from a file, cut short and quoted for a message."""
    return repr(str(text)[:120])


def _safe_rel(path: str) -> str | None:
    return path if any(r.fullmatch(path) for r in PATH_RES.values()) else None


def _lmode(path: Path) -> int | None:
    try:
        return os.lstat(path).st_mode
    except OSError:
        return None


def checkpoint_size(record: Any) -> int | None:
    """The ledger size a checkpoint record vouches for: its `size` (or `tree_size`), or the second line of
    the C2SP signed note it holds (origin, size, root hash)."""
    if not isinstance(record, dict):
        return None
    for key in ("size", "tree_size", "ledger_size"):
        value = record.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
    for value in record.values():
        if isinstance(value, dict):
            found = checkpoint_size(value)
            if found is not None:
                return found
        if isinstance(value, str) and value.count("\n") >= 2:
            lines = value.split("\n")
            if lines[1].isascii() and lines[1].isdigit():
                return int(lines[1])
    return None


def _open_regular(path: Path) -> int:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    return fd


def _hash_file(path: Path) -> tuple[bytes | None, str]:
    """(the bytes when the file is small, its SHA-256). Never follows a symlink or opens a device."""
    fd = _open_regular(path)
    try:
        size = os.fstat(fd).st_size
        digest = hashlib.sha256()
        chunks: list[bytes] | None = [] if size <= SMALL_FILE else None
        while block := os.read(fd, CHUNK):
            digest.update(block)
            if chunks is not None:
                chunks.append(block)
        return (b"".join(chunks) if chunks is not None else None), digest.hexdigest()
    finally:
        os.close(fd)


def _read_small(path: Path) -> bytes | None:
    data, _ = _hash_file(path)
    return data


def _sha_or_none(path: Path) -> str | None:
    try:
        return _hash_file(path)[1]
    except OSError:
        return None


__all__ = ["PROBLEM_CODES", "AuditProblem", "AuditReport", "audit_runs"]
