"""`rmos index rebuild`: the run index is a cache of the runs directory, rebuilt from the files at will."""

from __future__ import annotations

import argparse

from rmos_desktop.cli.common import EXIT_OK, CheckFailed, Parents, out, recorder, subcommand_group


def cmd_index_rebuild(args: argparse.Namespace) -> int:
    rec, _ = recorder(args)
    index = rec.index
    if index is None:
        raise CheckFailed("the run index cannot be opened (see the warning above)")
    report = index.rebuild(reason="rmos index rebuild")
    payload = {"index": str(index.path), "runs_dir": str(index.runs_dir), **report.as_dict()}
    lines = [f"Index rebuilt in {report.seconds:.1f} s: {report.added} run file(s), {report.records_added} record(s)"]
    if report.unreadable:
        lines.append(f"{len(report.unreadable)} unreadable file(s), listed as UNREADABLE:")
        lines += [f"  {p}" for p in report.unreadable[:50]]
    if report.marked_archived:
        lines.append(f"{report.marked_archived} archived run(s) listed with their archive")
    lines.append(f"index file {index.path}")
    out(args, payload, "\n".join(lines))
    return EXIT_OK


def register(sub, parents: Parents) -> None:
    index = subcommand_group(sub, "index", "the run index (a cache of the runs directory)")
    p = index.add_parser(
        "rebuild",
        help="rebuild the run index from the files (works when the index is deleted or corrupt)",
        parents=[parents.runs],
    )
    p.set_defaults(func=cmd_index_rebuild)
