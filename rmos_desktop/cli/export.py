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
    rec, _ = recorder(args)
    try:
        report = verify_file(path, lambda sha: find_runs_by_gcode(rec, sha))
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
            )
        if report.sha256_file:
            s = report.sha256_file
            lines.append(f"checksum file {s['file']}: {'agrees' if s.get('agrees') else 'DISAGREES'}")
        return "\n".join(lines)

    out(args, report.as_dict(), text)
    return EXIT_OK if report.ok else EXIT_FAILED


def register(sub, parents: Parents) -> None:
    p = add_command(
        sub,
        "export",
        cmd_export,
        "export an OK run's G-code, verified by reading it back",
        description="Write NAME.nc, NAME.nc.sha256 and NAME.nc.rmos.json to DEST_DIR, each read back and "
        "re-hashed. Only intact OK runs are exported. Exit 0 verified, 1 refused or failed, 2 bad run id.",
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
        "exports. Exit 0 on a match with an OK run, 1 otherwise (including files that differ only in line "
        "endings), 2 when the file cannot be read.",
        parents=[parents.runs],
    )
    p.add_argument("file")
