"""`rmos runs list|show|review|archive|restore|report`: the run history from a terminal, over the run index;
retention without silent deletion; the PDF paper copy.

A malformed run id is a usage error (exit 2) and never reaches a path; a well-formed id that is not in
the store exits 1. `rmos runs list` on a runs directory that does not exist yet lists nothing (exit 0);
`show` and `review` say there is no runs directory (exit 1: the run asked for is not there). Bad dates
(including ones too far out to convert), an out-of-range --limit and a cursor that is malformed or belongs
to another listing (other filters or order) are usage errors (exit 2).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from rmos_desktop.cli.common import (
    EXIT_OK,
    CheckFailed,
    Parents,
    UsageError,
    display_units,
    err,
    format_feasibility,
    out,
    recorder,
    run_id_arg,
    subcommand_group,
)
from rmos_desktop.core.runs.describe import review_state, reviewed_on

RUNS_HELP = "list, show, review, archive and restore runs"


def _index(args: argparse.Namespace):
    rec, settings = recorder(args)
    if not rec.runs_dir.is_dir():  # nothing to list, and no cache file made for it
        raise CheckFailed(f"there is no runs directory at {rec.runs_dir} (no runs recorded yet)")
    if rec.index is None:
        raise CheckFailed("the run index cannot be opened (see the warning above); the runs are still on disk")
    return rec, rec.index, settings


def _when(row) -> str:
    return row.created_local.strftime("%a %Y-%m-%d %H:%M")


def _query(args: argparse.Namespace):
    from rmos_desktop.core.runs.index import RunQuery

    return RunQuery(
        status=tuple(s.upper() for s in args.status or ()),
        mode=args.mode,
        tool_prefix=args.tool,
        material=args.material,
        risk_level=tuple(s.upper() for s in args.risk or ()),
        since=args.since,
        until=args.until,
        operator=args.operator,
        review="unreviewed" if args.unreviewed else None,
        text=args.text,
        unreviewed_first=args.unreviewed_first,
    )


def _empty_page(args: argparse.Namespace, runs_dir):
    """No runs recorded yet: an empty listing (exit 0) and no cache file made for it; bad dates and cursors
    are still usage errors."""
    from rmos_desktop.core.runs.index import Page, parse_local

    try:
        for value, end in ((args.since, False), (args.until, True)):
            if value is not None:
                parse_local(value, end=end)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    if args.cursor is not None:
        raise UsageError("not a cursor for this listing: there are no runs yet (start without --cursor)")
    err(f"no runs directory at {runs_dir} yet (no runs recorded)")
    return Page([], None)


def _list_text(page) -> str:
    if not page.rows:
        return "No runs match."
    # a review made in the office says so ("… in the office on office"): the column widens for it
    width = min(48, max(22, *(len(review_state(r, raw=True)) for r in page.rows)))
    lines = [
        f"{'time (local)':<20} {'status':<10} {'risk':<8} {'tool':<20} {'job / order':<28} "
        f"{'operator':<12} {'review':<{width}} run id"
    ]
    for r in page.rows:
        job = " / ".join(x for x in (r.job_name, r.order_ref) if x) or "—"
        status = r.status + (" (archived)" if r.archived else " (missing)" if r.location == "missing" else "")
        lines.append(
            f"{_when(r):<20} {status:<10} {r.risk_level or '—':<8} {(r.tool_id or '—')[:20]:<20} "
            f"{job[:28]:<28} {(r.operator or '—')[:12]:<12} {review_state(r, raw=True)[:width]:<{width}} {r.run_id}"
        )
        if r.problem:
            lines.append(f"{'':<20} unreadable: {r.problem}")
    if page.next_cursor:
        lines.append(f"\nMore: rmos runs list … --cursor {page.next_cursor}")
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.index import MAX_PAGE, InvalidCursor

    if not 1 <= args.limit <= MAX_PAGE:
        raise UsageError(f"--limit must be between 1 and {MAX_PAGE:,} (page on with --cursor for more)")
    query = _query(args)
    rec, _ = recorder(args)
    if not rec.runs_dir.is_dir():
        page = _empty_page(args, rec.runs_dir)
    else:
        _, index, _ = _index(args)
        try:
            page = index.query(query, limit=args.limit, cursor=args.cursor)
        except InvalidCursor as exc:
            raise UsageError(str(exc)) from exc
        except ValueError as exc:  # a bad or out-of-range date, status or risk level
            raise UsageError(str(exc)) from exc
    payload = {"runs": [r.as_dict() for r in page.rows], "next_cursor": page.next_cursor}
    out(args, payload, lambda: _list_text(page))
    return EXIT_OK


def _load(args: argparse.Namespace, run_id: str) -> tuple[Any, Any, Any, Any, bytes]:
    from rmos_desktop.core.runs.archive import ArchiveAborted
    from rmos_desktop.core.runs.store import ArtifactNotFound, ArtifactUnreadable

    rec, index, _ = _index(args)
    try:
        row = index.get(run_id)
    except ArtifactNotFound as exc:
        raise CheckFailed(str(exc)) from exc
    if not row.readable:
        raise CheckFailed(f"run {run_id}: the artifact file {row.path} is unreadable: {row.problem}")
    try:
        artifact, data = index.read_artifact(row)
    except (ArtifactNotFound, ArtifactUnreadable, ArchiveAborted, OSError) as exc:
        raise CheckFailed(f"run {run_id} cannot be read: {exc}") from exc
    return rec, index, row, artifact, data


def cmd_show(args: argparse.Namespace) -> int:
    from rmos_desktop.core.hashing import sha256_bytes
    from rmos_desktop.core.units import convert_text

    _, index, row, artifact, data = _load(args, args.run_id)
    reviews = index.reviews_for(args.run_id)  # a review made in the office and brought home has "station"
    exports = index.records_for(args.run_id, "export")
    payload = {
        "run": row.as_dict(),
        "artifact_sha256": sha256_bytes(data),
        "artifact": artifact.model_dump(mode="json"),
        "reviews": reviews,
        "exports": exports,
    }

    def text() -> str:
        a = artifact
        req = a.request_summary if isinstance(a.request_summary, dict) else {}
        lines = [
            f"Run {a.run_id}  {a.status}  {a.decision.risk_level}  score {a.decision.score}",
            f"created   {_when(row)} local  ({row.created_at_utc.isoformat().replace('+00:00', 'Z')})",
            f"tool      {a.tool_id}   material {req.get('material', '—')}   machine {req.get('machine', '—')}",
            f"job       {req.get('job_name') or '—'}   order {req.get('order_ref') or '—'}",
            f"operator  {a.meta.get('operator') or '—'}",
            f"file      {row.path}" + (f"  (archived in {row.archive_name})" if row.archived else ""),
        ]
        if a.decision.block_reason:
            lines.append(f"blocked   {convert_text(a.decision.block_reason, display_units(args))}")
        if a.meta.get("exception"):
            lines.append(f"error     {a.meta['exception']}")
        lines += ["", format_feasibility(a.feasibility, display_units(args)), "", "Hashes (SHA-256):"]
        for k, v in [*a.hashes.model_dump().items(), ("request_sha256", a.request_sha256)]:
            lines.append(f"  {k:<20} {v or '—'}")
        lines.append(f"  {'artifact file':<20} {payload['artifact_sha256']}")
        lines.append("")
        lines.append("Reviews:" if reviews else "Reviews: none")
        for r in reviews:
            where = f"  ({reviewed_on(r['station'])})" if r.get("station") else ""
            lines.append(
                f"  {r.get('created_at_utc')}  {r.get('reviewer')}  {r.get('disposition')}  {r.get('note')}{where}"
            )
        lines.append("Exports:" if exports else "Exports: none")
        for x in exports:
            result = "verified" if x.get("verified") else f"FAILED: {x.get('error')}"
            lines.append(f"  {x.get('created_at_utc')}  {x.get('destination')}/{x.get('file_name')}  {result}")
        return "\n".join(lines)

    out(args, payload, text)
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from rmos_desktop.core.hashing import sha256_bytes
    from rmos_desktop.core.runs.schemas import DISPOSITIONS
    from rmos_desktop.core.runs.store import StoreError

    disposition = args.disposition.strip().lower().replace("-", "_")
    if disposition not in DISPOSITIONS:
        raise UsageError(f"--disposition {args.disposition!r} is not one of {', '.join(DISPOSITIONS)}")
    if not args.by.strip():
        raise UsageError("--by needs the reviewer's name")
    rec, _, _, _, data = _load(args, args.run_id)
    try:
        review, stored = rec.record_review(
            args.run_id,
            reviewer=args.by,
            disposition=disposition,
            note=args.note or "",
            artifact_sha256=sha256_bytes(data),
        )
    except ValidationError as exc:
        raise UsageError(f"review not recorded: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}") from exc
    except (StoreError, OSError) as exc:
        raise CheckFailed(f"the review could not be saved: {exc}") from exc
    payload = {"review": review.model_dump(mode="json"), "path": str(stored.path), "sha256": stored.sha256}
    out(args, payload, f"Review recorded for run {args.run_id}: {disposition} by {review.reviewer}\n{stored.path}")
    return EXIT_OK


def cmd_archive(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.archive import ArchiveAborted, archive_runs

    try:
        before = date.fromisoformat(args.before)
    except ValueError as exc:
        raise UsageError(f"--before {args.before!r} is not a date (YYYY-MM-DD)") from exc
    rec, settings = recorder(args)
    try:
        result = archive_runs(rec, before, Path(args.dest_dir), operator=settings.operator or None)
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

    out(args, result.as_dict(), text)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.archive import ArchiveAborted, restore_archive

    rec, settings = recorder(args)
    try:
        result = restore_archive(rec, Path(args.archive), operator=settings.operator or None)
    except ArchiveAborted as exc:
        raise CheckFailed(str(exc)) from exc
    out(
        args,
        result.as_dict(),
        f"Restored {len(result.restored)} file(s) from {result.archive_path} "
        f"({len(result.already_present)} already present); record {result.record_path}",
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.store import ArtifactNotFound, ArtifactUnreadable

    rec, _ = recorder(args)
    from rmos_desktop.report import ReportNotWritten, write_run_report  # PySide6.QtGui, only when needed

    try:
        written = write_run_report(rec, args.run_id, Path(args.out), display_units(args))
    except ArtifactNotFound as exc:
        raise CheckFailed(str(exc)) from exc
    except ArtifactUnreadable as exc:
        raise CheckFailed(f"the artifact cannot be read: {exc}") from exc
    except ReportNotWritten as exc:  # nothing is left at the target: no partial PDF, no "Report written"
        raise CheckFailed(str(exc)) from exc
    out(args, {"run_id": args.run_id, "pdf": str(written)}, f"Report written to {written}")
    return EXIT_OK


def register(sub, parents: Parents) -> None:
    runs = subcommand_group(sub, "runs", RUNS_HELP)
    p = runs.add_parser(
        "list",
        help="list runs, newest first (filters combine)",
        description="List runs from the run index, newest first. Dates are the workstation's local days. "
        "Pass --cursor with the value printed at the end to get the next page.",
        parents=[parents.runs],
    )
    p.add_argument("--status", action="append", type=str.upper, choices=["OK", "BLOCKED", "ERROR", "UNREADABLE"])
    p.add_argument("--mode", help="saw, router or unknown (any case)")
    p.add_argument("--tool", help="tool id prefix, e.g. saw: or saw:veneer")
    p.add_argument("--material")
    p.add_argument("--risk", action="append", type=str.upper, choices=["GREEN", "YELLOW", "RED", "UNKNOWN"])
    p.add_argument("--since", help="first local day (YYYY-MM-DD) or date-time")
    p.add_argument("--until", help="last local day (YYYY-MM-DD, inclusive) or date-time")
    p.add_argument("--operator")
    p.add_argument("--text", help="substring of run ids, hashes, tool, job, order, block reason or warnings")
    p.add_argument("--unreviewed", action="store_true", help="only runs nobody has reviewed")
    p.add_argument("--unreviewed-first", action="store_true", help="BLOCKED runs awaiting review first")
    p.add_argument("--limit", type=int, default=50, help="rows per page, 1 to 10,000 (default 50)")
    p.add_argument(
        "--cursor", help="continue after the previous page (repeat the same filters; another listing refuses it)"
    )
    p.set_defaults(func=cmd_list)

    p = runs.add_parser(
        "show", help="show one run: decision, calculators, request, hashes, reviews, exports", parents=[parents.runs]
    )
    p.add_argument("run_id", type=run_id_arg)
    p.set_defaults(func=cmd_show)

    p = runs.add_parser(
        "review",
        help="record a supervisor's review of a run (write-once; the artifact is never changed)",
        parents=[parents.runs],
    )
    p.add_argument("run_id", type=run_id_arg)
    p.add_argument("--by", required=True, help="reviewer's name")
    p.add_argument(
        "--disposition",
        required=True,
        help="acknowledged, false_positive, policy_change_needed or operator_training",
    )
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_review)

    p = runs.add_parser(
        "archive",
        help="move day folders before DATE into a verified zip (nothing deleted without a record)",
        description="Verify every artifact of the day folders before DATE, write them into a dated zip in "
        "DEST_DIR with a manifest, read it back, record the archive, then remove the folders. "
        "Today's folder is never archived. Exit 0 done, 1 aborted (nothing removed).",
        parents=[parents.runs],
    )
    p.add_argument("--before", required=True, help="archive day folders strictly before this date (YYYY-MM-DD)")
    p.add_argument("dest_dir")
    p.set_defaults(func=cmd_archive)

    p = runs.add_parser("restore", help="put an archive's files back after verifying them", parents=[parents.runs])
    p.add_argument("archive")
    p.set_defaults(func=cmd_restore)

    p = runs.add_parser("report", help="write a run's PDF report", parents=[parents.runs])
    p.add_argument("run_id", type=run_id_arg)
    p.add_argument("out", help="PDF file to write")
    p.set_defaults(func=cmd_report)
