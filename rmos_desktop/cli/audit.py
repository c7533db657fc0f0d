"""`rmos audit verify`, `checkpoint`, `cosign` and `recover`: check the audit trail of a runs directory (line
signatures and signed checkpoints against trusted keys), sign and cosign checkpoints of the ledger, and the
start-up repair of writes a crash interrupted."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import stat
from pathlib import Path
from typing import Any

from rmos_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CheckFailed,
    Parents,
    StorageFailed,
    UsageError,
    add_command,
    out,
    recorder,
    runs_dir,
    subcommand_group,
)

VERIFY_HELP = "check the ledger and every run file; detects tampering, does not prevent it"
VERIFY_DESCRIPTION = """\
Walk the audit ledger and every file of the runs directory and name each problem: an artifact or record
modified (hash mismatch) or missing, a file not in the ledger (planted or copied in), a ledger line edited,
the hash chain broken, sequence numbers missing, repeated or moved, and - with --expect-head - a ledger
that ends before, or differs from, a head recorded elsewhere (every export statement and PDF report
quotes one).

This detects tampering; it does not prevent it. Anyone who can write the runs folder can change or delete
files, and even rewrite the whole ledger consistently; only a head held outside the workstation
(--expect-head) catches that.

Every ledger line's signature is checked against the trusted keys: this workstation's own station key (unless
--no-station-key) and each --trust PUBFILE (a minisign .pub file, e.g. a supervisor's). So is every signed
checkpoint recorded under records/checkpoints/ and every one given with --checkpoint FILE: its signatures by
trusted keys must verify, and the ledger must extend it (the line at its size has its hash). A checkpoint
cosigned by a key kept off the workstation catches even a consistent rewrite of every file and of the whole
chain, as soon as it covers the rewritten part; records made after the last checkpoint can still be deleted
unnoticed until the next one.

Exit 0 when everything is consistent, 1 when there are problems, 2 for a malformed --expect-head, an
unreadable --trust or --checkpoint file, or a runs directory that does not exist."""

RECOVER_HELP = "complete writes a crash interrupted and remove their debris (what start-up does)"
CHECKPOINT_HELP = "sign a checkpoint of the ledger with the station key, after checking every record up to it"
CHECKPOINT_DESCRIPTION = """\
Run the full audit and, when every record up to the ledger head is present and intact, sign a checkpoint of the
head with the station key (C2SP signed-note form: origin rmos-desktop/<station key id>, size, head hash) and
record it under records/checkpoints/. With --out FILE the signed note is also written to FILE, for a supervisor
to cosign and keep off the workstation.

Exit 0 signed and recorded, 1 refused (a record up to the head is missing or altered, or the ledger is empty;
each problem named), 2 bad arguments or a runs directory that does not exist, 5 FILE or the record cannot be
written."""
COSIGN_HELP = "add a cosignature by a key kept off the workstation (a supervisor's) to a checkpoint"
COSIGN_DESCRIPTION = """\
Check that a station signature on CHECKPOINT verifies and that this ledger extends it (the line at its size has
its hash), then add a signature line by KEYFILE (a minisign secret key made with `rmos keys init`, not the
station's own key), record the cosigned checkpoint under records/checkpoints/ and write it back over CHECKPOINT
(or to --out FILE). Keep a copy off the workstation: `rmos audit verify --trust supervisor.pub --checkpoint
FILE` then catches any rewrite of the records it covers.

Exit 0 cosigned, 1 refused (no trusted signature verifies, or the ledger does not extend it), 2 an unreadable
or malformed CHECKPOINT or KEYFILE, the station key as KEYFILE, a runs directory that does not exist, 5 the
record or the file cannot be written."""


def format_report(report) -> str:
    lines = [
        f"Audit of {report.runs_dir}: {report.ledger_lines} ledger line(s), {report.files_checked} file(s) checked"
    ]
    if report.ok:
        lines.append(f"OK  {report.summary()}")
    else:
        lines.append(f"PROBLEMS  {report.summary()}")
        width = max(len(p.code) for p in report.problems)
        lines.extend(f"  {p.code:<{width}}  {p.message}" for p in report.problems)
        lines.append(f"ledger head {report.head or '(none)'}")
    if report.expected_head is not None:
        lines.append(f"expected head {report.expected_head}")
    if report.in_flight:
        lines.append(f"{report.in_flight} write(s) were under way during the audit")
    lines.append("This audit detects tampering; it does not prevent it.")
    return "\n".join(lines)


# Codes of checkpoint problems (added to the audit's own): a checkpoint whose trusted signature does not verify, a
# given one no trusted key signed, one that cannot be read, and one the ledger does not extend (rewritten/cut).
CHECKPOINT_CODES = {
    "unreadable": "checkpoint_unreadable",
    "signature": "checkpoint_signature_invalid",
    "untrusted": "checkpoint_untrusted",
    "extends": "checkpoint_not_extended",
}


def trusted_keys(args: argparse.Namespace) -> list[Any]:
    """The keys signatures are checked against: this station's own key (as the plain audit finds it, unless
    --no-station-key) and every --trust PUBFILE. An unreadable PUBFILE is a usage error."""
    from rmos_desktop.core.runs.audit import default_trust
    from rmos_desktop.core.runs.keys import KeyFileError, load_public_key

    keys = [] if getattr(args, "no_station_key", False) else list(default_trust())
    for name in getattr(args, "trust", None) or []:
        try:
            key = load_public_key(name)
        except KeyFileError as exc:
            raise UsageError(f"--trust: {exc}") from None
        if all(k.key_id != key.key_id for k in keys):
            keys.append(key)
    return keys


def _given_checkpoints(names: list[str] | None) -> list[tuple[str, str]]:
    from rmos_desktop.core.runs.checkpoints import CheckpointError, load_checkpoint_file

    given = []
    for name in names or []:
        try:
            given.append((name, load_checkpoint_file(name)))
        except CheckpointError as exc:
            raise UsageError(f"--checkpoint: {exc}") from None
    return given


def _shown_source(source: str, root: Path) -> str:
    with contextlib.suppress(ValueError):
        return Path(source).relative_to(root).as_posix()
    return source


def _ledger_heads(root: Path, sizes: set[int]) -> tuple[dict[int, str], str | None]:
    """One pass over the ledger: ({seq: hash} of the wanted sequence numbers met while every line so far is intact
    and chained from the first, the problem that stopped the pass or None). The same rules as the core's
    `ledger_extends`, once for all checkpoints: one scan per checkpoint cost minutes for a year of daily exports
    (300 checkpoints over 3,300 lines: 13.6 s; this: a single scan)."""
    from rmos_desktop.core.runs.ledger import Ledger, line_hash, parse_line

    heads: dict[int, str] = {}
    prev = None
    wanted = set(sizes)
    for raw in Ledger(root).iter_raw():
        if not wanted:
            break
        try:
            entry = parse_line(raw.data)
        except ValueError as exc:
            return heads, f"ledger line {raw.number} is not a ledger entry ({exc})"
        if line_hash(entry) != entry["hash"]:
            return heads, f"ledger line {raw.number} (seq {entry['seq']}) was edited"
        if prev is not None and entry["prev"] != prev:
            return heads, f"the chain is broken at ledger line {raw.number} (seq {entry['seq']})"
        prev = entry["hash"]
        if entry["seq"] in wanted:
            heads[entry["seq"]] = entry["hash"]
            wanted.discard(entry["seq"])
    return heads, None


def check_all_checkpoints(root: Path, keys: list[Any], given: list[tuple[str, str]]) -> list[Any]:
    """The core's check_checkpoints (every recorded and given checkpoint: its signatures against the trusted keys,
    and the ledger extending it), with the ledger read once for all of them."""
    from rmos_desktop.core.runs.checkpoints import (
        CheckpointError,
        CheckpointFinding,
        ExtendsCheck,
        judge_checkpoint,
        recorded_checkpoints,
        verify_checkpoint,
    )

    checks: list[tuple[str, Any, str | None]] = []
    for source, text in [(str(p), t) for p, t in recorded_checkpoints(root)] + list(given):
        try:
            checks.append((source, verify_checkpoint(text, keys), None))
        except CheckpointError as exc:
            checks.append((source, None, f"not a readable checkpoint: {exc}"))
    sizes = {check.checkpoint.size for _, check, _ in checks if check is not None and check.checkpoint.size}
    heads, broken = _ledger_heads(root, sizes)

    def extends(cp: Any) -> Any:
        if cp.size == 0:
            return ExtendsCheck(True)
        if cp.size in heads:
            ok = heads[cp.size] == cp.head_hash
            return ExtendsCheck(
                ok,
                None
                if ok
                else f"ledger line {cp.size} has hash {heads[cp.size][:12]}…, the checkpoint says "
                f"{cp.head_hash[:12]}…: the ledger up to it was rewritten",
            )
        return ExtendsCheck(False, broken or f"the ledger has no line {cp.size} (it ends before the checkpoint)")

    return [
        CheckpointFinding(source, None, None, unreadable) if check is None else judge_checkpoint(source, check, extends)
        for source, check, unreadable in checks
    ]


def checkpoint_findings(root: Path, keys: list[Any], given: list[tuple[str, str]]) -> tuple[list[dict], list[Any]]:
    """(one dict per checkpoint checked, the audit problems they raise). A recorded checkpoint that no trusted key
    signed is listed as unchecked, not as a problem (a copy audited on another PC without the station's key); a
    given one must carry a trusted signature."""
    from rmos_desktop.core.runs.audit import AuditProblem

    given_sources = {source for source, _ in given}
    rows, problems = [], []
    for f in check_all_checkpoints(root, keys, given):
        shown = _shown_source(f.source, root)
        is_given = f.source in given_sources
        row: dict[str, Any] = {
            "source": shown,
            "given": is_given,
            "size": f.check.checkpoint.size if f.check else None,
            "head": str(f.check.checkpoint.head) if f.check else None,
            "verified_by": [{"name": n, "key_id": k} for n, k in f.check.verified] if f.check else [],
            "failed": [{"name": n, "key_id": k} for n, k in f.check.failed] if f.check else [],
            "untrusted_signers": list(f.check.unknown) if f.check else [],
            "extends": f.extends.ok if f.extends else None,
            "status": "ok",
            "problem": None,
        }
        if f.check is None:
            kind = "unreadable"
        elif f.check.failed:
            kind = "signature"
        elif not f.check.verified:
            kind = "untrusted" if is_given else None
            if not is_given and f.extends is not None and not f.extends.ok:
                # a recorded checkpoint the ledger no longer extends: evidence of a rewrite even unchecked (a
                # genuine trail always extends its own checkpoints, so this never fires on an honest copy)
                kind = "extends"
                f.problem = (
                    f"the ledger does not extend it: {f.extends.problem} (its signatures are by keys not trusted here)"
                )
            elif not is_given:
                row["status"] = "unchecked"
                row["problem"] = "no trusted key signed it (give the signer's public key with --trust)"
        elif f.extends is not None and not f.extends.ok:
            kind = "extends"
        else:
            kind = None
        if kind is not None:
            row["status"] = "problem"
            row["problem"] = f.problem
            where = f"checkpoint {shown}" + (f" (size {row['size']})" if row["size"] is not None else "")
            problems.append(
                AuditProblem(
                    CHECKPOINT_CODES[kind],
                    f"{where}: {f.problem}",
                    path=None if is_given else shown,
                    seq=row["size"],
                )
            )
        rows.append(row)
    return rows, problems


def signer_counts(root: Path) -> dict[str, int]:
    """How many ledger lines name each signing key id (the audit has checked those signatures against the trusted
    keys and named every one that fails; this says which key signed what)."""
    from rmos_desktop.core.runs.ledger import Ledger

    counts: dict[str, int] = {}
    for raw in Ledger(root).iter_raw():
        try:
            sig = json.loads(raw.data).get("sig")
        except (ValueError, AttributeError, RecursionError):
            continue
        key = sig.get("key") if isinstance(sig, dict) else None
        if isinstance(key, str):
            counts[key[:32]] = counts.get(key[:32], 0) + 1
    return counts


def signature_line(report, counts: dict[str, int], keys: list[Any]) -> str:
    trusted = {k.key_id_hex.upper() for k in keys}
    parts = [
        f"{n} line(s) signed by {key_id}{'' if key_id.upper() in trusted else ' (not a trusted key)'}"
        for key_id, n in sorted(counts.items())
    ]
    if report.unsigned_older:
        parts.append(f"{report.unsigned_older} unsigned line(s) written before signing (an older version)")
    if not counts and report.ledger_lines:
        parts.append("NO line is signed (an older version's ledger, or every signature was stripped)")
    return "; ".join(parts) or "no ledger lines to sign"


def format_checkpoints(rows: list[dict], keys: list[Any]) -> list[str]:
    lines = [f"trusted keys: {', '.join(k.key_id_hex for k in keys) or '(none: signatures not checked)'}"]
    if not rows:
        lines.append("checkpoints: none recorded or given")
        return lines
    ok = sum(1 for r in rows if r["status"] == "ok")
    cosigned = sum(1 for r in rows if r["status"] == "ok" and len(r["verified_by"]) > 1)
    lines.append(f"checkpoints: {len(rows)} checked, {ok} verified and extended by the ledger ({cosigned} cosigned)")
    for r in rows:
        if r["status"] == "ok" and not r["given"]:
            continue  # recorded and fine: counted above
        signers = ", ".join(f"{v['name']} ({v['key_id']})" for v in r["verified_by"]) or "no trusted signer"
        state = {"ok": "OK", "unchecked": "UNCHECKED", "problem": "PROBLEM"}[r["status"]]
        detail = f": {r['problem']}" if r["problem"] else ""
        lines.append(f"  {state:<9} {r['source']}  size {r['size']}  signed by {signers}{detail}")
    return lines


def export_leftover_problems(runs_path) -> list:
    """Interrupted exports (an intent no export record closes, whose process is gone) named as audit problems
    (issue 16 M1): the next export closes them; until then the audit says so."""
    from rmos_desktop.core.export_leftovers import find_export_leftovers
    from rmos_desktop.core.runs.audit import AuditProblem

    return [
        AuditProblem("export_interrupted", leftover.describe(), path=None)
        for leftover in find_export_leftovers(runs_path)
    ]


def cmd_verify(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.audit import audit_runs
    from rmos_desktop.core.runs.ledger import LedgerHead

    head = None
    if args.expect_head is not None:
        try:
            head = LedgerHead.parse(args.expect_head)
        except ValueError as exc:
            raise UsageError(f"--expect-head: {exc}") from exc
    choice, _ = runs_dir(args)
    if not choice.path.is_dir():
        raise UsageError(f"{choice.path} is not a runs directory (no such folder)")
    keys = trusted_keys(args)
    given = _given_checkpoints(args.checkpoint)
    report = audit_runs(choice.path, head, trust=keys)
    rows, problems = checkpoint_findings(choice.path, keys, given)
    report.problems.extend(problems)
    report.problems.extend(export_leftover_problems(choice.path))
    shown = bool(rows or args.trust or args.checkpoint or args.no_station_key)
    counts = signer_counts(choice.path) if shown else {}

    def text() -> str:
        body = format_report(report).split("\n")
        if shown:  # before the closing sentence; the plain audit of a folder without checkpoints reads as before
            body[-1:-1] = [f"lines by key: {signature_line(report, counts, keys)}", *format_checkpoints(rows, keys)]
        return "\n".join(body)

    extra = {"checkpoints": rows, **({"lines_by_key": counts} if shown else {})}
    out(args, {**report.as_dict(), **extra}, text)
    return EXIT_OK if report.ok else EXIT_FAILED


# -- checkpoint and cosign ----------------------------------------------------------------------------------------
def output_target(name: str, root: Path, *, overwrite: bool, what: str) -> Path:
    """A file a checkpoint is written to: not a folder, link or device, its folder existing, not inside the runs
    directory (an unlisted file there is a finding of the audit), an existing file replaced only with
    `overwrite`. Anything else is a usage error, found before anything is signed or recorded."""
    target = Path(name)
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise UsageError(f"{what} {target} cannot be checked: {exc.strerror or exc}") from None
    if mode is not None:
        if not stat.S_ISREG(mode):
            raise UsageError(f"{what} {target} is not a regular file")
        if not overwrite:
            raise UsageError(f"{what} {target} already exists; nothing was written (use --overwrite to replace it)")
    if not target.parent.is_dir():
        raise UsageError(f"{what}: folder {target.parent} does not exist")
    with contextlib.suppress(OSError, ValueError):
        if target.parent.resolve().is_relative_to(root.resolve()):
            raise UsageError(f"{what} {target} is inside the runs directory; write it somewhere else")
    return target


def _write_note(text: str, target: Path, done: str) -> None:
    from rmos_desktop.core.runs.checkpoints import CheckpointError, write_checkpoint_file

    try:
        write_checkpoint_file(text, target)
    except CheckpointError as exc:
        raise StorageFailed(f"{done}, but {exc}") from None


def _existing_runs_dir(args: argparse.Namespace) -> Path:
    choice, _ = runs_dir(args)
    if not choice.path.is_dir():
        raise UsageError(f"{choice.path} is not a runs directory (no such folder)")
    return choice.path


def cmd_checkpoint(args: argparse.Namespace) -> int:
    from rmos_desktop.cli.keys import station_signing_key
    from rmos_desktop.core.runs.checkpoints import CheckpointError, make_checkpoint

    root = _existing_runs_dir(args)
    target = output_target(args.out, root, overwrite=args.overwrite, what="--out") if args.out else None
    key = station_signing_key()
    rec, _ = recorder(args)
    try:
        result = make_checkpoint(rec, key, by=args.by)
    except CheckpointError as exc:
        raise CheckFailed(str(exc)) from None
    except OSError as exc:
        raise StorageFailed(f"no checkpoint recorded: {exc.strerror or exc}") from None
    cp = result.checkpoint
    done = f"checkpoint of seq {cp.size} signed and recorded in {result.record_path}"
    if target is not None:
        _write_note(result.text, target, done)
    payload = {
        "origin": cp.origin,
        "size": cp.size,
        "head": str(cp.head),
        "signed_by": key.key_id_hex,
        "record_path": str(result.record_path) if result.record_path else None,
        "checked": result.checked,
        "file": str(target) if target else None,
        "note": result.text,
    }

    def text() -> str:
        lines = [
            f"Checkpoint of ledger seq {cp.size} signed by station key {key.key_id_hex}",
            f"checked  {result.checked}",
            f"recorded {result.record_path}",
        ]
        if target is not None:
            lines.append(f"written  {target}  (cosign: rmos audit cosign {target} --key KEYFILE)")
        return "\n".join([*lines, "", result.text])

    out(args, payload, text)
    return EXIT_OK


def cmd_cosign(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.audit import default_trust
    from rmos_desktop.core.runs.checkpoints import CheckpointError, check_name, cosign, load_checkpoint_file
    from rmos_desktop.core.runs.keys import KeyFileError, load_signing_key

    root = _existing_runs_dir(args)
    try:
        note = load_checkpoint_file(args.checkpoint)
    except CheckpointError as exc:
        raise UsageError(str(exc)) from None
    try:
        key = load_signing_key(args.key)
    except KeyFileError as exc:
        raise UsageError(f"--key: {exc}") from None
    if args.name is not None:
        try:
            check_name(args.name)
        except CheckpointError as exc:
            raise UsageError(f"--name: {exc}") from None
        if not args.name.isprintable():  # it goes into a note people read on terminals
            raise UsageError("--name: control characters are not allowed in a signer name")
    station = default_trust()
    if any(k.key_id == key.key_id or k.raw == key.public().raw for k in station):
        raise UsageError(
            f"{args.key} is this workstation's station key ({key.key_id_hex}); a cosignature must come from a key "
            "kept off the workstation (make one with `rmos keys init --out PATH`)"
        )
    if args.out:
        target = output_target(args.out, root, overwrite=args.overwrite, what="--out")
    else:  # the cosigned note replaces CHECKPOINT (only a signature line is added)
        target = output_target(args.checkpoint, root, overwrite=True, what="CHECKPOINT")
    rec, _ = recorder(args)
    try:
        result = cosign(note, key, args.name, recorder=rec, trusted=station or None, by=args.by)
    except CheckpointError as exc:
        raise CheckFailed(str(exc)) from None
    except OSError as exc:
        raise StorageFailed(f"the cosignature was not recorded: {exc.strerror or exc}") from None
    cp = result.checkpoint
    name = args.name or f"rmos-cosigner/{key.key_id_hex}"
    _write_note(result.text, target, f"the cosignature of seq {cp.size} was recorded in {result.record_path}")
    payload = {
        "origin": cp.origin,
        "size": cp.size,
        "head": str(cp.head),
        "cosigned_by": {"name": name, "key_id": key.key_id_hex},
        "record_path": str(result.record_path) if result.record_path else None,
        "checked": result.checked,
        "file": str(target),
        "note": result.text,
    }

    def text() -> str:
        return "\n".join(
            [
                f"Cosigned checkpoint of ledger seq {cp.size} as {name} (key {key.key_id_hex})",
                f"checked  {result.checked}",
                f"recorded {result.record_path}",
                f"written  {target}",
                "",
                result.text,
            ]
        )

    out(args, payload, text)
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.recorder import RunRecorder
    from rmos_desktop.core.services import open_signer

    choice, _ = runs_dir(args)
    if not choice.path.is_dir():
        raise UsageError(f"{choice.path} is not a runs directory (no such folder)")
    # the station key signs the quarantine line, as every line (unsigned, the audit would call it forged)
    result = RunRecorder.open(choice.path, signer=open_signer()).recover()

    def text() -> str:
        lines = [f"Recovery of {choice.path}:"]
        lines += [f"  completed  {p}" for p in result.completed]
        lines += [f"  removed    {p}" for p in result.removed]
        if result.ledger_bytes_removed:
            lines.append(f"  removed a torn last ledger line ({result.ledger_bytes_removed} bytes)")
        lines += [f"  FAILED     {e}" for e in result.errors]
        if not (result.changed or result.errors):
            lines.append("  nothing to repair")
        return "\n".join(lines)

    out(args, result.as_dict(), text)
    return EXIT_FAILED if result.errors else EXIT_OK


def register(sub, parents: Parents) -> None:
    group = subcommand_group(sub, "audit", "check the audit trail (detects tampering; does not prevent it)")
    p = add_command(
        group,
        "verify",
        cmd_verify,
        VERIFY_HELP,
        description=VERIFY_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[parents.runs],
    )
    p.add_argument(
        "--expect-head",
        metavar="SEQ:HASH",
        help="a ledger head recorded earlier (export statement, report footer); the ledger must still contain it",
    )
    p.add_argument(
        "--trust",
        metavar="PUBFILE",
        action="append",
        help="also trust this minisign public key (a supervisor's, another station's); repeatable",
    )
    p.add_argument(
        "--checkpoint",
        metavar="FILE",
        action="append",
        help="also check this checkpoint (e.g. a cosigned one kept off the workstation); repeatable",
    )
    p.add_argument(
        "--no-station-key",
        action="store_true",
        help="do not trust this workstation's own key (trust only --trust keys)",
    )

    p = add_command(
        group,
        "checkpoint",
        cmd_checkpoint,
        CHECKPOINT_HELP,
        description=CHECKPOINT_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[parents.runs],
    )
    p.add_argument("--out", metavar="FILE", help="also write the signed checkpoint to FILE (e.g. on a USB stick)")
    p.add_argument("--overwrite", action="store_true", help="replace an existing FILE")
    p.add_argument("--by", metavar="NAME", help="who asked for it (recorded)")

    p = add_command(
        group,
        "cosign",
        cmd_cosign,
        COSIGN_HELP,
        description=COSIGN_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[parents.runs],
    )
    p.add_argument("checkpoint", metavar="CHECKPOINT", help="a checkpoint file (rmos audit checkpoint --out FILE)")
    p.add_argument("--key", metavar="KEYFILE", required=True, help="the cosigner's secret key (rmos keys init)")
    p.add_argument("--name", help="the cosigner's name in the signature line (default: rmos-cosigner/<key id>)")
    p.add_argument("--out", metavar="FILE", help="write the cosigned checkpoint here instead of over CHECKPOINT")
    p.add_argument("--overwrite", action="store_true", help="replace an existing --out FILE")
    p.add_argument("--by", metavar="NAME", help="who cosigned (recorded)")

    p = add_command(
        group,
        "recover",
        cmd_recover,
        RECOVER_HELP,
        description=RECOVER_HELP.capitalize() + ". Only temp files that no live process owns are touched.",
        parents=[parents.runs],
    )
