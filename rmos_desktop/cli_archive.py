"""`rmos runs archive|restore|report`: retention without silent deletion, and the PDF paper copy."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from rmos_desktop.cli import EXIT_OK, CheckFailed, UsageError, _out, _recorder, subcommand_group


def cmd_archive(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.archive import ArchiveAborted, archive_runs

    try:
        before = date.fromisoformat(args.before)
    except ValueError as exc:
        raise UsageError(f"--before {args.before!r} is not a date (YYYY-MM-DD)") from exc
    recorder, settings = _recorder(args)
    try:
        result = archive_runs(recorder, before, Path(args.dest_dir), operator=settings.operator or None)
    except ArchiveAborted as exc:
        raise CheckFailed(str(exc)) from exc

    def text() -> str:
        lines = [
            f"Archived {len(result.runs)} runs from {len(result.days)} day(s) "
            f"({result.days[0]} … {result.days[-1]}) into {result.archive_path}",
            f"archive sha256 {result.archive_sha256}",
            f"archive record {result.record_path}",
        ]
        if result.left_behind:
            lines.append(
                f"WARNING: {len(result.left_behind)} file(s) could not be removed: " + ", ".join(result.left_behind[:5])
            )
        return "\n".join(lines)

    _out(args, result.as_dict(), text)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.archive import ArchiveAborted, restore_archive

    recorder, settings = _recorder(args)
    try:
        result = restore_archive(recorder, Path(args.archive), operator=settings.operator or None)
    except ArchiveAborted as exc:
        raise CheckFailed(str(exc)) from exc
    _out(
        args,
        result.as_dict(),
        f"Restored {len(result.restored)} file(s) from {result.archive_path} "
        f"({len(result.already_present)} already present); record {result.record_path}",
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.schemas import InvalidRunId, validate_run_id
    from rmos_desktop.core.runs.store import ArtifactNotFound, ArtifactUnreadable

    try:
        run_id = validate_run_id(args.run_id)
    except InvalidRunId as exc:
        raise UsageError(str(exc)) from exc
    recorder, _ = _recorder(args)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from rmos_desktop.gui.report import write_run_report

    _app = QGuiApplication.instance() or QGuiApplication(["rmos"])
    try:
        out = write_run_report(recorder, run_id, Path(args.out))
    except ArtifactNotFound as exc:
        raise CheckFailed(str(exc)) from exc
    except ArtifactUnreadable as exc:
        raise CheckFailed(f"the artifact cannot be read: {exc}") from exc
    except OSError as exc:
        raise CheckFailed(f"{args.out} cannot be written: {exc.strerror or exc}") from exc
    _out(args, {"run_id": run_id, "pdf": str(out)}, f"Report written to {out}")
    return EXIT_OK


def register(sub, add) -> None:
    runs = subcommand_group(sub, "runs", "list, show, review, archive and restore runs")
    p = runs.add_parser(
        "archive",
        help="move day folders before DATE into a verified zip (nothing deleted without a record)",
        description=cmd_archive.__doc__
        or "Verify every artifact of the day folders before DATE, write them into a dated zip in "
        "DEST_DIR with a manifest, read it back, record the archive, then remove the folders. "
        "Today's folder is never archived. Exit 0 done, 1 aborted (nothing removed).",
    )
    p.add_argument("--before", required=True, help="archive day folders strictly before this date (YYYY-MM-DD)")
    p.add_argument("dest_dir")
    p.add_argument("--runs-dir", help="runs directory")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_archive)

    p = runs.add_parser("restore", help="put an archive's files back after verifying them")
    p.add_argument("archive")
    p.add_argument("--runs-dir", help="runs directory")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_restore)

    p = runs.add_parser("report", help="write a run's PDF report")
    p.add_argument("run_id")
    p.add_argument("out", help="PDF file to write")
    p.add_argument("--runs-dir", help="runs directory")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report)
