"""`rmos check` and `rmos generate`: judge a job file, and generate it (every attempt recorded)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rmos_desktop.cli.common import (
    EXIT_BLOCKED,
    EXIT_OK,
    CheckFailed,
    Parents,
    add_command,
    format_feasibility,
    load_catalog,
    out,
    read_job,
    recorder,
)


def cmd_check(args: argparse.Namespace) -> int:
    from rmos_desktop.core.feasibility import evaluate_feasibility
    from rmos_desktop.core.safety import SafetyPolicy, compute_saw_safety_decision

    raw = read_job(args.job)
    catalog = load_catalog()
    report = evaluate_feasibility(raw, catalog)
    decision = compute_saw_safety_decision(report)
    blocked = SafetyPolicy().should_block(decision)
    payload = {
        "feasibility": report.model_dump(mode="json"),
        "decision": decision.model_dump(mode="json"),
        "would_block": blocked,
    }

    def text() -> str:
        body = format_feasibility(payload["feasibility"])
        verdict = f"\nWould be BLOCKED: {decision.block_reason}" if blocked else "\nWould generate."
        return body + verdict

    out(args, payload, text)
    return EXIT_BLOCKED if blocked else EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths

    raw = read_job(args.job)
    catalog = load_catalog()
    rec, settings = recorder(args)
    operator = args.operator if args.operator is not None else (settings.operator or None)
    try:
        result = rmos_toolpaths(raw, recorder=rec, catalog=catalog, operator=operator)
    except PipelineOutcome as outcome:
        detail = outcome.detail
        lines = [f"{detail['error']}: {detail.get('message', '')}"]
        if detail.get("run_id"):
            lines.append(f"run {detail['run_id']}  artifact {detail['run_artifact_path']}")
        out(args, detail, "\n".join(lines))
        return outcome.exit_code
    if args.gcode_out:
        write_gcode_out(Path(args.gcode_out), result["gcode_text"])
    payload = {
        k: v for k, v in result.items() if not k.startswith("_") or k in ("_run_id", "_run_artifact_path", "_hashes")
    }
    t = result["toolpaths"]

    def text() -> str:
        ext = t["extents"]
        return "\n".join(
            [
                f"OK  {result['risk_level']}  run {result['_run_id']}",
                f"artifact  {result['_run_artifact_path']}",
                f"G-code sha256  {result['_hashes']['gcode_sha256']}  ({t['line_count']} lines)",
                f"extents  X {ext['xmin']}–{ext['xmax']}  Y {ext['ymin']}–{ext['ymax']}  Z {ext['zmin']}–{ext['zmax']}",
                f"feed {t['feed_length_mm']} mm  rapid {t['rapid_length_mm']} mm  est. {t['estimated_time_s']} s",
                *([f"G-code written to {args.gcode_out}"] if args.gcode_out else []),
            ]
        )

    out(args, payload, text)
    return EXIT_OK


def write_gcode_out(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="ascii", newline="\n")
    except OSError as exc:
        raise CheckFailed(f"the run is recorded but {path} could not be written: {exc.strerror or exc}") from exc


def register(sub, parents: Parents) -> None:
    p = add_command(
        sub,
        "check",
        cmd_check,
        "print the feasibility and decision for a job file (records nothing)",
        description="Judge a job file without generating or recording anything. "
        "Exit 0 GREEN/YELLOW, 3 when it would be blocked, 2 when the file is unreadable.",
        parents=[parents.output],
    )
    p.add_argument("job", help="job file (JSON)")

    p = add_command(
        sub,
        "generate",
        cmd_generate,
        "judge and generate a job; every attempt is recorded",
        description="Generate G-code for a job file. Every attempt leaves a run artifact. "
        "Exit 0 OK, 3 BLOCKED, 4 ERROR, 5 STORAGE_ERROR, 2 unreadable file or invalid JSON.",
        parents=[parents.runs],
    )
    p.add_argument("job", help="job file (JSON)")
    p.add_argument("--operator", help="operator name recorded in the artifact")
    p.add_argument("--gcode-out", help="also write the G-code here (only when OK)")
