"""The `rmos` command: a thin shell over the core. JSON on stdout with --json, text otherwise.

Exit codes (DESIGN.md §3): 0 OK/success, 1 a check failed or not found, 2 usage error (unreadable
file, invalid JSON, malformed run id, bad arguments), 3 BLOCKED, 4 ERROR, 5 STORAGE_ERROR.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rmos_desktop import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BLOCKED, EXIT_ERROR, EXIT_STORAGE = 0, 1, 2, 3, 4, 5

log = logging.getLogger("rmos_desktop.cli")


class UsageError(Exception):
    """Bad arguments or an unreadable input (exit 2)."""


class CheckFailed(Exception):
    """A check failed or something was not found (exit 1)."""


def _out(args: argparse.Namespace, payload: Any, text: str | Callable[[], str]) -> None:
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write((text() if callable(text) else text).rstrip("\n") + "\n")


def _err(message: str) -> None:
    sys.stderr.write(f"rmos: {message}\n")


# -- services ------------------------------------------------------------------------------------------
def _catalog():
    from rmos_desktop.core.catalog import CatalogError, load_catalog

    try:
        loaded = load_catalog()
    except CatalogError as exc:
        raise CheckFailed(f"the shipped catalog is broken: {exc}") from exc
    for problem in loaded.problems:
        _err(f"warning: catalog file left out: {problem}")
    return loaded.catalog


def _runs_dir(args: argparse.Namespace):
    from rmos_desktop.core.settings import RunsDirError, load_settings, resolve_runs_dir

    loaded = load_settings()
    if loaded.warning:
        _err(f"warning: {loaded.warning}")
    try:
        return resolve_runs_dir(getattr(args, "runs_dir", None), loaded.settings), loaded.settings
    except RunsDirError as exc:
        raise UsageError(str(exc)) from None


def _recorder(args: argparse.Namespace):
    from rmos_desktop.core.services import open_recorder

    choice, settings = _runs_dir(args)
    return open_recorder(choice.path), settings


# -- commands ------------------------------------------------------------------------------------------
def cmd_catalog(args: argparse.Namespace) -> int:
    catalog = _catalog()
    payload = {
        "version": catalog.version,
        "sha256": catalog.sha256,
        "blades": [b.model_dump(mode="json") for b in catalog.blades.values()],
        "materials": [m.model_dump(mode="json") for m in catalog.materials.values()],
        "machines": [m.model_dump(mode="json") for m in catalog.machines.values()],
        "weights": dict(catalog.weights),
    }

    def text() -> str:
        lines = [f"Catalog {catalog.version}  sha256 {catalog.sha256}", "", "Blades:"]
        for b in catalog.blades.values():
            band = b.bite_band_mm_per_tooth
            bite = f"bite {band.min:g}–{band.max:g}" if band else "bite: material band"
            lines.append(
                f"  {b.tool_id:<22} {b.name:<22} D{b.diameter_mm:g} {b.teeth}T kerf {b.kerf_mm:g} "
                f"plate {b.plate_mm:g} flange {b.flange_diameter_mm:g} max {b.max_rpm:g} rpm  {bite}"
            )
        lines += ["", "Materials:"]
        for m in catalog.materials.values():
            lines.append(
                f"  {m.id:<10} rim {m.rim_speed_band_m_s.min:g}–{m.rim_speed_band_m_s.max:g} m/s  "
                f"bite {m.bite_band_mm_per_tooth.min:g}–{m.bite_band_mm_per_tooth.max:g} mm/t  "
                f"kc {m.kc_n_per_mm2:g} N/mm²{' (estimate)' if m.kc_is_estimate else ''}"
            )
        lines += ["", "Machines:"]
        for m in catalog.machines.values():
            lines.append(
                f"  {m.id:<10} {m.name:<22} {m.dialect:<8} X {m.travel_x_mm.min:g}–{m.travel_x_mm.max:g} "
                f"Y {m.travel_y_mm.min:g}–{m.travel_y_mm.max:g} Z {m.travel_z_mm.min:g}–{m.travel_z_mm.max:g} "
                f"max {m.max_rpm:g} rpm, {m.max_feed_mm_min:g} mm/min, {m.spindle_power_w:g} W"
            )
        return "\n".join(lines)

    _out(args, payload, text)
    return EXIT_OK


def _read_job(path: str) -> Any:
    from rmos_desktop.core.jobfile import JobFileError, read_job_file

    try:
        return read_job_file(path)
    except JobFileError as exc:
        raise UsageError(str(exc)) from exc


def format_feasibility(report: dict[str, Any]) -> str:
    level = report["risk_level"]
    score = report.get("score")
    lines = [f"{level}  score {score if score is not None else '—'}", ""]
    lines.append(f"  {'calculator':<14} {'value':>14}  {'limit / band':<34} status")
    for c in report["calculators"]:
        value = "—" if c["value"] is None else f"{c['value']:.6g} {c['unit']}".strip()
        lines.append(f"  {c['label']:<14} {value:>14}  {c['limit']:<34} {c['status']}")
        lines.append(f"  {'':<14} {c['explanation']}")
    for e in report.get("input_errors", []):
        lines.append(f"  input: {e['field'] + ': ' if e['field'] else ''}{e['message']}")
    for w in report.get("warnings", []):
        lines.append(f"  warning: {w}")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace) -> int:
    from rmos_desktop.core.feasibility import evaluate_feasibility
    from rmos_desktop.core.safety import SafetyPolicy, compute_saw_safety_decision

    raw = _read_job(args.job)
    catalog = _catalog()
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

    _out(args, payload, text)
    return EXIT_BLOCKED if blocked else EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths

    raw = _read_job(args.job)
    catalog = _catalog()
    recorder, settings = _recorder(args)
    operator = args.operator if args.operator is not None else (settings.operator or None)
    try:
        out = rmos_toolpaths(raw, recorder=recorder, catalog=catalog, operator=operator)
    except PipelineOutcome as outcome:
        detail = outcome.detail
        lines = [f"{detail['error']}: {detail.get('message', '')}"]
        if detail.get("run_id"):
            lines.append(f"run {detail['run_id']}  artifact {detail['run_artifact_path']}")
        _out(args, detail, "\n".join(lines))
        return outcome.exit_code
    if args.gcode_out:
        _write_gcode_out(Path(args.gcode_out), out["gcode_text"])
    payload = {
        k: v for k, v in out.items() if not k.startswith("_") or k in ("_run_id", "_run_artifact_path", "_hashes")
    }
    t = out["toolpaths"]

    def text() -> str:
        ext = t["extents"]
        return "\n".join(
            [
                f"OK  {out['risk_level']}  run {out['_run_id']}",
                f"artifact  {out['_run_artifact_path']}",
                f"G-code sha256  {out['_hashes']['gcode_sha256']}  ({t['line_count']} lines)",
                f"extents  X {ext['xmin']}–{ext['xmax']}  Y {ext['ymin']}–{ext['ymax']}  Z {ext['zmin']}–{ext['zmax']}",
                f"feed {t['feed_length_mm']} mm  rapid {t['rapid_length_mm']} mm  est. {t['estimated_time_s']} s",
                *([f"G-code written to {args.gcode_out}"] if args.gcode_out else []),
            ]
        )

    _out(args, payload, text)
    return EXIT_OK


def _write_gcode_out(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="ascii", newline="\n")
    except OSError as exc:
        raise CheckFailed(f"the run is recorded but {path} could not be written: {exc.strerror or exc}") from exc


# -- parser --------------------------------------------------------------------------------------------
class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 too, but with our prefix and no traceback
        self.print_usage(sys.stderr)
        _err(message)
        raise SystemExit(EXIT_USAGE)


def subcommand_group(sub, name: str, help_text: str):
    """The nested subcommands of `rmos <name> …` (e.g. runs), created once and shared by feature modules."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(func=lambda args: parser.print_help() or EXIT_USAGE)
    group = getattr(parser, "rmos_group", None)
    if group is None:
        group = parser.add_subparsers(dest=f"{name}_command", parser_class=_Parser)
        parser.rmos_group = group
    return group


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rmos", description="RMOS Desktop command line: judge, generate and audit saw jobs.")
    parser.add_argument("--version", action="version", version=f"rmos {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def add(name: str, func, help_text: str, **kw) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=kw.pop("description", help_text), **kw)
        p.set_defaults(func=func)
        return p

    p = add("catalog", cmd_catalog, "list blades, materials and machine profiles")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add(
        "check",
        cmd_check,
        "print the feasibility and decision for a job file (records nothing)",
        description="Judge a job file without generating or recording anything. "
        "Exit 0 GREEN/YELLOW, 3 when it would be blocked, 2 when the file is unreadable.",
    )
    p.add_argument("job", help="job file (JSON)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add(
        "generate",
        cmd_generate,
        "judge and generate a job; every attempt is recorded",
        description="Generate G-code for a job file. Every attempt leaves a run artifact. "
        "Exit 0 OK, 3 BLOCKED, 4 ERROR, 5 STORAGE_ERROR, 2 unreadable file or invalid JSON.",
    )
    p.add_argument("job", help="job file (JSON)")
    p.add_argument(
        "--runs-dir",
        help="runs directory (default: RMOS_RUNS_DIR, the settings file, then the user data folder)",
    )
    p.add_argument("--operator", help="operator name recorded in the artifact")
    p.add_argument("--gcode-out", help="also write the G-code here (only when OK)")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")

    for module_name in EXTENSION_MODULES:
        if importlib.util.find_spec(module_name) is not None:
            importlib.import_module(module_name).register(sub, add)
    return parser


# Feature modules that add subcommands: each has `register(sub, add)` where `add(name, func, help, **kw)`
# returns the new subparser. Their commands may use this module's helpers (_out, _recorder, UsageError, …).
EXTENSION_MODULES: tuple[str, ...] = (
    "rmos_desktop.cli_runs",  # rmos runs list|show|review, rmos index rebuild
    "rmos_desktop.cli_export",  # rmos export, rmos verify
    "rmos_desktop.cli_audit",  # rmos audit verify
    "rmos_desktop.cli_archive",  # rmos runs archive|restore|report
)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="rmos: %(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except UsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except CheckFailed as exc:
        _err(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Exception as exc:  # never a traceback for a person at a terminal
        log.debug("unexpected error", exc_info=True)
        _err(f"unexpected error: {type(exc).__name__}: {exc}")
        return EXIT_FAILED


if __name__ == "__main__":
    # `python -m rmos_desktop.cli` runs this file as __main__; feature modules import rmos_desktop.cli, so
    # run that module's main (one set of exception classes), not this copy's.
    from rmos_desktop.cli import main as _main

    raise SystemExit(_main())
