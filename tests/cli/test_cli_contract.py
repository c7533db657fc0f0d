"""The `rmos` contract holds after the CLI became a package: every command the README documents still parses
to its handler, every command is documented, the shared options have one help text each, every command
module is registered, and no CLI module reaches into the GUI."""

import argparse
import ast
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from rmos_desktop.cli import main as cli_main
from rmos_desktop.cli.main import COMMAND_MODULES, build_parser
from tests.conftest import REPO

RUN_ID = "0123456789abcdef0123456789abcdef"
COMMANDS = {  # (command words) -> handler name; the documented surface
    ("catalog",): "cmd_catalog",
    ("check",): "cmd_check",
    ("generate",): "cmd_generate",
    ("export",): "cmd_export",
    ("verify",): "cmd_verify",
    ("runs", "list"): "cmd_list",
    ("runs", "show"): "cmd_show",
    ("runs", "review"): "cmd_review",
    ("runs", "archive"): "cmd_archive",
    ("runs", "restore"): "cmd_restore",
    ("runs", "report"): "cmd_report",
    ("index", "rebuild"): "cmd_index_rebuild",
    ("audit", "verify"): "cmd_verify",
    ("audit", "recover"): "cmd_recover",
    ("shop", "init"): "cmd_init",
    ("shop", "sync"): "cmd_sync",
    ("shop", "verify"): "cmd_verify",
    ("shop", "witness"): "cmd_witness",
    ("shop", "runs", "list"): "cmd_runs_list",
    ("shop", "runs", "show"): "cmd_runs_show",
    ("shop", "runs", "review"): "cmd_runs_review",
    ("shop", "jobs", "add"): "cmd_jobs_add",
    ("shop", "jobs", "list"): "cmd_jobs_list",
    ("shop", "jobs", "claim"): "cmd_jobs_claim",
    ("shop", "jobs", "release"): "cmd_jobs_release",
    ("shop", "jobs", "complete"): "cmd_jobs_complete",
    ("shop", "stations", "trust"): "cmd_stations_trust",
    ("audit", "checkpoint"): "cmd_checkpoint",
    ("audit", "cosign"): "cmd_cosign",
    ("keys", "public"): "cmd_public",
    ("keys", "init"): "cmd_init",
}
PLACEHOLDERS = {
    "RUN_ID": RUN_ID,
    "JOB.json": "job.json",
    "DEST_DIR": "/tmp/dest",
    "FILE": "/tmp/file.nc",
    "DIR": "/tmp/runs",
    "NAME": "Sam",
    "S": "blocked",
    "R": "red",
    "M": "saw",
    "PREFIX": "saw:",
    "DATE": "2026-11-01",
    "T": "bridge",
    "N": "10",
    "C": "abc",
    "D": "acknowledged",
    "TEXT": "looked at it",
    "YYYY-MM-DD": "2026-11-01",
    "ARCHIVE.zip": "/tmp/a.zip",
    "OUT.pdf": "/tmp/r.pdf",
    "SEQ:HASH": "3:" + "ab" * 32,
    "URL": "postgresql://saw@shop.lan/rmos",
    "REF": "2231",
    "JOB_ID": "0f8fad5b-d9cb-469f-a165-70867728950e",
    "STATION": "saw-1",
    "PUBFILE": "/tmp/saw-1.pub",
    "KEYFILE": "/tmp/shop.key",
    "CHECKPOINT": "/tmp/checkpoint.txt",
    "PATH": "/tmp/supervisor",
}


def documented_commands() -> list[list[str]]:
    """The `uv run rmos …` lines of the README's Command line section, continuation lines joined."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Command line", 1)[1].split("\n## ", 1)[0]
    block = section.split("```", 2)[1]
    commands: list[str] = []
    for raw in block.splitlines():
        line = raw.split("  #", 1)[0].rstrip()
        if line.startswith("uv run rmos "):
            commands.append(line[len("uv run rmos ") :])
        elif line.strip() and commands:
            commands[-1] += " " + line.strip()
    return [[PLACEHOLDERS.get(w, w) for w in shlex.split(c.replace("[", " ").replace("]", " "))] for c in commands]


def command_words(parser: argparse.ArgumentParser, prefix=()) -> set[tuple[str, ...]]:
    found = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = command_words(sub, (*prefix, name))
                found |= inner or {(*prefix, name)}
    return found


def test_every_documented_command_parses_to_its_handler():
    parser = build_parser()
    seen = set()
    for argv in documented_commands():
        args = parser.parse_args(argv)
        words = next(tuple(argv[:n]) for n in (1, 2, 3) if tuple(argv[:n]) in COMMANDS)
        assert args.func.__name__ == COMMANDS[words], argv
        assert args.func.__module__.startswith("rmos_desktop.cli."), argv
        seen.add(words)
    assert seen == set(COMMANDS), "documented commands differ from the contract"
    assert command_words(parser) == set(COMMANDS), "the parser has commands the contract does not list"


def test_documented_values_arrive_as_documented():
    args = build_parser().parse_args(["runs", "list", "--status", "blocked", "--risk", "red", "--json"])
    assert args.status == ["BLOCKED"] and args.risk == ["RED"] and args.json and args.limit == 50
    args = build_parser().parse_args(["generate", "job.json", "--runs-dir", "/tmp/r", "--operator", "Dana"])
    assert (args.job, args.runs_dir, args.operator, args.json) == ("job.json", "/tmp/r", "Dana", False)
    args = build_parser().parse_args(["runs", "report", RUN_ID, "out.pdf"])
    assert (args.run_id, args.out, args.runs_dir) == (RUN_ID, "out.pdf", None)


def test_each_shared_option_has_one_help_text():
    helps: dict[str, set[str]] = {"--json": set(), "--runs-dir": set()}

    def walk(parser):
        for action in parser._actions:
            for option in action.option_strings:
                if option in helps:
                    helps[option].add(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(build_parser())
    assert helps == {
        "--json": {"print JSON"},
        "--runs-dir": {"runs directory (default: RMOS_RUNS_DIR, the settings file, then the user data folder)"},
    }


def test_every_command_module_is_registered():
    package = Path(REPO / "rmos_desktop" / "cli")
    modules = {p.stem for p in package.glob("*.py")} - {"__init__", "__main__", "common", "main"}
    assert {m.__name__.rsplit(".", 1)[1] for m in COMMAND_MODULES} == modules


@pytest.mark.parametrize("folder", ["cli", "report"])
def test_no_cli_or_report_module_imports_the_gui(folder):
    for path in sorted((REPO / "rmos_desktop" / folder).glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(n.startswith("rmos_desktop.gui") for n in names), f"{path.name} imports {names}"


def test_a_bad_run_id_is_refused_by_the_parser_with_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        cli_main(["runs", "show", "../../etc/passwd"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "not a run id" in err and "Traceback" not in err


def test_runs_report_loads_no_gui_module(tmp_path, catalog):
    from rmos_desktop.core.pipeline import rmos_toolpaths
    from rmos_desktop.core.services import open_recorder
    from tests.conftest import load_example

    runs = tmp_path / "runs"
    run_id = rmos_toolpaths(load_example("green-veneer-line"), recorder=open_recorder(runs), catalog=catalog)["_run_id"]
    code = (
        "import sys\nfrom rmos_desktop.cli import main\n"
        f"rc = main(['runs', 'report', {run_id!r}, {str(tmp_path / 'r.pdf')!r}, '--runs-dir', {str(runs)!r}])\n"
        "gui = sorted(m for m in sys.modules if m.startswith('rmos_desktop.gui'))\n"
        "print(rc, gui)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"^0 \[\]$", proc.stdout.splitlines()[-1]), proc.stdout
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_the_parser_loads_no_qt():
    code = (
        "import sys\nfrom rmos_desktop.cli.main import build_parser\nbuild_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'rmos_desktop.report'))))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60, check=False
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "[]", proc.stdout + proc.stderr
