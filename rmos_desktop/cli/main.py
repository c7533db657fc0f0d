"""The `rmos` command: a thin shell over the core. JSON on stdout with --json, text otherwise.

Each command module registers its own subcommands; the list below is the whole command line, in the order
`rmos --help` shows it. Exit codes are in rmos_desktop.cli.common (DESIGN.md §3).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from rmos_desktop import __version__
from rmos_desktop.cli import audit, catalog, export, generate, index, keys, runs, shop
from rmos_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_STORAGE,
    EXIT_USAGE,
    CheckFailed,
    EscapingFormatter,
    Parser,
    StorageFailed,
    UsageError,
    err,
    make_parents,
)

log = logging.getLogger("rmos_desktop.cli")

# Every module has `register(subparsers, parents)`; a module left out here has no commands (no loader guesses).
COMMAND_MODULES = (catalog, generate, runs, index, export, audit, keys, shop)


def build_parser() -> Parser:
    parser = Parser(prog="rmos", description="RMOS Desktop command line: judge, generate and audit saw jobs.")
    parser.add_argument("--version", action="version", version=f"rmos {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    parents = make_parents()
    for module in COMMAND_MODULES:
        module.register(sub, parents)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    handler = logging.StreamHandler()
    handler.setFormatter(EscapingFormatter("rmos: %(levelname)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except UsageError as exc:
        err(str(exc))
        return EXIT_USAGE
    except CheckFailed as exc:
        err(str(exc))
        return EXIT_FAILED
    except StorageFailed as exc:
        err(str(exc))
        return EXIT_STORAGE
    except KeyboardInterrupt:
        err("interrupted")
        return 130
    except Exception as exc:  # never a traceback for a person at a terminal
        log.debug("unexpected error", exc_info=True)
        err(f"unexpected error: {type(exc).__name__}: {exc}")
        return EXIT_FAILED
