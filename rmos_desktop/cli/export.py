"""`rmos export` and `rmos verify`: verified export of an OK run, and "did this file come from that run?"."""

from __future__ import annotations

import argparse
from pathlib import Path

from rmos_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CheckFailed,
    Parents,
    UsageError,
    add_command,
    out,
    recorder,
    run_id_arg,
)


def cmd_export(args: argparse.Namespace) -> int:
    from rmos_desktop.core.export import ExportConflict, ExportFailed, ExportRefused, export_run

    rec, settings = recorder(args)
    operator = args.operator if args.operator is not None else (settings.operator or None)
    try:
        result = export_run(
            rec, args.run_id, Path(args.dest_dir), name=args.name, operator=operator, overwrite=args.overwrite
        )
    except ExportConflict as exc:
        raise CheckFailed(
            f"{exc}; nothing was changed. Choose another --name, or pass --overwrite to replace it."
        ) from exc
    except (ExportRefused, ExportFailed) as exc:
        raise CheckFailed(f"export refused: {exc}" if isinstance(exc, ExportRefused) else str(exc)) from exc

    def text() -> str:
        lines = [result.message]
        for name, sha in result.files.items():
            lines.append(f"  {sha}  {Path(result.destination) / name}")
        lines.append(
            f"Check it anywhere with: sha256sum -c {Path(result.destination) / (result.file_name + '.sha256')}"
        )
        return "\n".join(lines)

    out(args, result.as_dict(), text)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from rmos_desktop.core.export import find_runs_by_gcode
    from rmos_desktop.core.provenance import verify_file

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"{path} is not a readable file")
    keys = trusted_keys(args)
    rec, _ = recorder(args)
    try:
        report = verify_file(path, lambda sha: find_runs_by_gcode(rec, sha), trusted=keys)
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path} cannot be read: {exc}") from exc

    def text() -> str:
        lines = [report.verdict, f"file    {report.path}", f"sha256  {report.sha256}  ({report.size} bytes)"]
        for m in report.matches:
            lines.append(
                f"run     {m.run_id}  {m.status}  {m.risk_level}  {m.created_at_utc}  {m.tool_id}"
                f"{'  ' + m.job_name if m.job_name else ''}"
            )
            if m.block_reason:
                lines.append(f"        decision: {m.block_reason}")
            for e in m.exports:
                state = "verified" if e.get("verified") else f"FAILED ({e.get('error')})"
                lines.append(
                    f"        exported {e.get('created_at_utc')} to {e.get('destination')} as "
                    f"{e.get('file_name')}: {state}"
                )
        if report.sidecar:
            s = report.sidecar
            lines.append(
                f"provenance file {s['file']}: {'agrees' if s.get('agrees') else 'DISAGREES: ' + str(s.get('problem'))}"
                f"{_dsse_state(s)}"
            )
        if report.minisig:
            lines.append(f"signature file {report.minisig['file']}: {_minisig_state(report.minisig)}")
        if report.sha256_file:
            s = report.sha256_file
            lines.append(f"checksum file {s['file']}: {'agrees' if s.get('agrees') else 'DISAGREES'}")
        lines.append(f"trusted keys  {', '.join(report.trusted_keys) or '(none: signatures not checked)'}")
        return "\n".join(lines)

    out(args, report.as_dict(), text)
    return EXIT_OK if report.ok else EXIT_FAILED


def trusted_keys(args: argparse.Namespace) -> list:
    """This workstation's own key (unless --no-station-key) and every --trust PUBFILE; a bad PUBFILE exits 2."""
    from rmos_desktop.core.provenance import default_trusted_keys
    from rmos_desktop.core.runs.keys import KeyFileError, load_public_key

    given = []
    for name in args.trust or []:
        try:
            given.append(load_public_key(name))
        except KeyFileError as exc:
            raise UsageError(f"--trust: {exc}") from None
    return given if args.no_station_key else default_trusted_keys(given)


def _dsse_state(side: dict) -> str:
    if not side.get("signed"):
        return "; unsigned (an export made before signing)" if side.get("valid") else ""
    if side.get("signature_failed"):
        return f"; its signature by key {', '.join(side['signature_failed'])} does NOT verify"
    if side.get("signed_by"):
        return f"; signed by key {', '.join(side['signed_by'])} (trusted, verified)"
    untrusted = ", ".join(side.get("signers_untrusted") or []) or "an unknown key"
    return f"; signed by {untrusted}, not trusted here (not checked)"


def _minisig_state(sig: dict) -> str:
    if sig.get("valid"):
        comment = str(sig.get("trusted_comment") or "").replace("\t", "  ")
        return f"valid, signed by key {sig['key_id']} (trusted); trusted comment: {comment}"
    if sig.get("trusted"):
        return f"does NOT verify with key {sig['key_id']}: {sig.get('problem')}"
    return str(sig.get("problem") or "not checked")


def register(sub, parents: Parents) -> None:
    p = add_command(
        sub,
        "export",
        cmd_export,
        "export an OK run's G-code, verified by reading it back",
        description="Write NAME.nc, NAME.nc.sha256, NAME.nc.minisig (minisign signature by the station key: "
        "`minisign -Vm NAME.nc -p station.pub`) and NAME.nc.rmos.json (DSSE-signed in-toto statement) to DEST_DIR, "
        "each read back and re-hashed, then sign a checkpoint of the ledger. Only intact OK runs are exported. "
        "Exit 0 verified, 1 refused or failed, 2 bad run id.",
        parents=[parents.runs],
    )
    p.add_argument("run_id", type=run_id_arg)
    p.add_argument("dest_dir")
    p.add_argument("--name", help="file name without .nc (default: tool-cutkind-<first 8 hex of the hash>)")
    p.add_argument("--overwrite", action="store_true", help="replace a different file of the same name")
    p.add_argument("--operator", help="operator recorded in the export record")

    p = add_command(
        sub,
        "verify",
        cmd_verify,
        "did this G-code file come from a run here? (hash lookup)",
        description="Hash FILE and list every run that produced exactly these bytes, with its decision and "
        "exports, and check the signatures beside it (FILE.minisig, the DSSE envelope FILE.rmos.json) against "
        "the trusted keys: this workstation's own station key and each --trust PUBFILE; the output says which "
        "key signed. With no run here that produced the bytes, a valid signature by a trusted key is enough "
        "(a file checked on another PC). Exit 0 on a match with an OK run or a valid trusted signature, 1 "
        "otherwise (including files that differ only in line endings), 2 when FILE or a PUBFILE cannot be read.",
        parents=[parents.runs],
    )
    p.add_argument("file")
    p.add_argument(
        "--trust",
        metavar="PUBFILE",
        action="append",
        help="also trust this minisign public key (e.g. station.pub of the workstation that exported FILE)",
    )
    p.add_argument("--no-station-key", action="store_true", help="do not trust this workstation's own key")
