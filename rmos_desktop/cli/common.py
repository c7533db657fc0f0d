"""What every `rmos` command shares: exit codes, errors, output (human text or --json, control characters
escaped), the runs directory and recorder, the one parent parser for --runs-dir / --json, the run-id check.

Exit codes (DESIGN.md §3): 0 OK/success, 1 a check failed or not found, 2 usage error (unreadable
file, invalid JSON, malformed run id, bad arguments), 3 BLOCKED, 4 ERROR, 5 STORAGE_ERROR.
"""

from __future__ import annotations

import argparse
import errno
import json
import logging
import re
import sys
from collections.abc import Callable
from typing import Any, NamedTuple

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BLOCKED, EXIT_ERROR, EXIT_STORAGE = 0, 1, 2, 3, 4, 5

RUNS_DIR_HELP = "runs directory (default: RMOS_RUNS_DIR, the settings file, then the user data folder)"
JSON_HELP = "print JSON"
UNITS_HELP = "show lengths and feeds in mm or in (default: the settings file's units; JSON is always mm)"


class UsageError(Exception):
    """Bad arguments or an unreadable input (exit 2)."""


class CheckFailed(Exception):
    """A check failed or something was not found (exit 1)."""


class StorageFailed(Exception):
    """The runs directory or an output file cannot be written (exit 5)."""


# -- output --------------------------------------------------------------------------------------------
# C0 controls except newline and tab, DEL, and the C1 controls (U+0080-U+009F, where 0x9B is a one-byte CSI):
# a job name or reviewer holding ESC]0;…BEL or ESC[2J would otherwise retitle or clear the terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# JSON already escapes U+0000-U+001F; DEL and C1 pass through json.dumps(ensure_ascii=False) raw.
_JSON_RAW_CONTROL = re.compile("[\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """`text` safe for a terminal: each control character shown as its Python escape (ESC as `\\x1b`)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def out(args: argparse.Namespace, payload: Any, text: str | Callable[[], str]) -> None:
    """Print `payload` as JSON with --json, else the human `text` (a string or a function making it)."""
    if getattr(args, "json", False):
        body = json.dumps(payload, indent=2, ensure_ascii=False, default=str)
        sys.stdout.write(_JSON_RAW_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", body) + "\n")
    else:
        sys.stdout.write(escape_controls((text() if callable(text) else text).rstrip("\n")) + "\n")


def err(message: str) -> None:
    sys.stderr.write(f"rmos: {escape_controls(message)}\n")


class EscapingFormatter(logging.Formatter):
    """Log lines on the terminal get the same escaping as every other line (a warning may quote a file)."""

    def format(self, record: logging.LogRecord) -> str:
        return escape_controls(super().format(record))


def display_units(args: argparse.Namespace) -> str:
    """The units human output shows: --units, else the settings file's, else millimetres (JSON is always mm)."""
    if getattr(args, "units", None):
        return args.units
    from rmos_desktop.core.settings import load_settings

    return load_settings().settings.units


def format_feasibility(report: dict[str, Any], units: str = "mm") -> str:
    """The calculators of a feasibility report as a text table (check, generate, runs show), lengths, feeds,
    rim speed and bite in `units` ("mm" or "in"). Each row's value, limit and explanation are read together
    (core.units.convert_row): a value never shows equal to its limit, or on its other side, when it is not."""
    from rmos_desktop.core.units import convert_row, convert_text

    level = report["risk_level"]
    score = report.get("score")
    lines = [f"{level}  score {score if score is not None else '—'}", ""]
    lines.append(f"  {'calculator':<14} {'value':>14}  {'limit / band':<34} status")
    for c in report["calculators"]:
        value, limit, why = convert_row(c["value"], c["unit"], c["limit"], c["explanation"], units)
        lines.append(f"  {c['label']:<14} {value:>14}  {limit:<34} {c['status']}")
        lines.append(f"  {'':<14} {why}")
    for e in report.get("input_errors", []):
        lines.append(f"  input: {e['field'] + ': ' if e['field'] else ''}{convert_text(e['message'], units)}")
    for w in report.get("warnings", []):
        lines.append(f"  warning: {convert_text(w, units)}")
    return "\n".join(lines)


# -- argument types --------------------------------------------------------------------------------------
def run_id_arg(value: str) -> str:
    """argparse type: a run id (32 lowercase hex); anything else is a usage error before it nears a path."""
    from rmos_desktop.core.runs.schemas import InvalidRunId, validate_run_id

    try:
        return validate_run_id(value)
    except InvalidRunId as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def runs_dir_arg(value: str) -> str:
    """argparse type of --runs-dir: an empty value is refused, not silently replaced by the default."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty --runs-dir names no folder (leave it out to use the default)")
    return value


class Parents(NamedTuple):
    """The shared parent parsers: `output` adds --json; `runs` adds --runs-dir and --json."""

    output: argparse.ArgumentParser
    runs: argparse.ArgumentParser


def make_parents() -> Parents:
    """Shared options come first in each command's help (argparse copies a parent's options in before the
    command's own); each has one help text."""
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--json", action="store_true", help=JSON_HELP)
    output.add_argument("--units", choices=["mm", "in"], help=UNITS_HELP)
    runs = argparse.ArgumentParser(add_help=False)
    runs.add_argument("--runs-dir", type=runs_dir_arg, help=RUNS_DIR_HELP)
    runs.add_argument("--json", action="store_true", help=JSON_HELP)
    runs.add_argument("--units", choices=["mm", "in"], help=UNITS_HELP)
    return Parents(output=output, runs=runs)


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 too, but with our prefix and no traceback
        self.print_usage(sys.stderr)
        err(message)
        raise SystemExit(EXIT_USAGE)


def subcommand_group(sub, name: str, help_text: str):
    """The nested subcommands of `rmos <name> …` (e.g. runs), created on first use."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(func=lambda args: parser.print_help() or EXIT_USAGE)
    group = getattr(parser, "rmos_group", None)
    if group is None:
        group = parser.add_subparsers(dest=f"{name}_command", parser_class=Parser)
        parser.rmos_group = group
    return group


def add_command(sub, name: str, func: Callable[[argparse.Namespace], int], help_text: str, **kw):
    """A subcommand whose description defaults to its help line; returns the new parser."""
    p = sub.add_parser(name, help=help_text, description=kw.pop("description", help_text), **kw)
    p.set_defaults(func=func)
    return p


# -- services ------------------------------------------------------------------------------------------
def load_catalog():
    from rmos_desktop.core.catalog import CatalogError
    from rmos_desktop.core.catalog import load_catalog as _load

    try:
        loaded = _load()
    except CatalogError as exc:
        raise CheckFailed(f"the shipped catalog is broken: {exc}") from exc
    for problem in loaded.problems:
        err(f"warning: catalog file left out: {problem}")
    return loaded.catalog


def read_job(path: str) -> Any:
    from rmos_desktop.core.jobfile import JobFileError, read_job_file

    try:
        return read_job_file(path)
    except JobFileError as exc:
        raise UsageError(str(exc)) from exc


def runs_dir(args: argparse.Namespace):
    """(RunsDirChoice, Settings) for --runs-dir > RMOS_RUNS_DIR > settings file > default."""
    from rmos_desktop.core.settings import RunsDirError, load_settings, resolve_runs_dir

    loaded = load_settings()
    if loaded.warning:
        err(f"warning: {loaded.warning}")
    try:
        choice = resolve_runs_dir(getattr(args, "runs_dir", None), loaded.settings)
    except RunsDirError as exc:
        raise UsageError(str(exc)) from None
    try:
        choice.path.stat()  # a name the system refuses outright (too long) is caught here, before any command
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise runs_dir_failure(choice.path, exc) from None
    return choice, loaded.settings


def runs_dir_failure(path, exc: OSError) -> Exception:
    """The error for a runs directory the system refuses: a name too long is a usage error (exit 2), anything
    else (permission, a full or read-only disk) a storage error (exit 5)."""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENAMETOOLONG:
        return UsageError(f"the runs directory {str(path)[:120]}… cannot be used: {reason}")
    return StorageFailed(f"the runs directory {path} cannot be used: {reason}")


def recorder(args: argparse.Namespace, chosen=None):
    """(RunRecorder, Settings) of the chosen runs directory, after finishing any write a crash cut short.
    `chosen` is what `runs_dir(args)` returned already (a command that checks its arguments first)."""
    from rmos_desktop.core.services import open_recorder

    choice, settings = chosen if chosen is not None else runs_dir(args)
    try:
        return open_recorder(choice.path), settings
    except OSError as exc:
        raise runs_dir_failure(choice.path, exc) from exc
