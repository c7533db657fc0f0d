"""`rmos audit verify` and `rmos audit recover`: check the audit trail of a runs directory, and the
start-up repair of writes a crash interrupted."""

from __future__ import annotations

import argparse

from rmos_desktop.cli.common import EXIT_FAILED, EXIT_OK, Parents, UsageError, out, runs_dir, subcommand_group

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

Exit 0 when everything is consistent, 1 when there are problems, 2 for a malformed --expect-head or a
runs directory that does not exist."""

RECOVER_HELP = "complete writes a crash interrupted and remove their debris (what start-up does)"


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
    report = audit_runs(choice.path, head)
    out(args, report.as_dict(), lambda: format_report(report))
    return EXIT_OK if report.ok else EXIT_FAILED


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
    p = group.add_parser(
        "verify",
        help=VERIFY_HELP,
        description=VERIFY_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[parents.runs],
    )
    p.set_defaults(func=cmd_verify)
    p.add_argument(
        "--expect-head",
        metavar="SEQ:HASH",
        help="a ledger head recorded earlier (export statement, report footer); the ledger must still contain it",
    )

    p = group.add_parser(
        "recover",
        help=RECOVER_HELP,
        description=RECOVER_HELP.capitalize() + ". Only temp files that no live process owns are touched.",
        parents=[parents.runs],
    )
    p.set_defaults(func=cmd_recover)
