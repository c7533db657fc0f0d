"""The app's log file: a rotating file in the platformdirs log folder, so a machinist can hand the details of
a failure to a supervisor. Plain logging only (no Qt), shared by the GUI and anything else that wants a file."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from rmos_desktop.core.settings import log_dir

LOG_FILE_NAME = "rmos-desktop.log"
MAX_BYTES = 1_000_000  # per file; with BACKUP_COUNT old files the log never takes more than ~6 MB
BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
FILE_ONLY = "file_only"
"""`log.error(..., extra={FILE_ONLY: True})`: for a message the caller has already shown on the console."""

_installed: list[logging.Handler] = []
_previous_level: list[int] = []


def log_file_path() -> Path:
    """Where the current log file is (older ones sit beside it as `.1` … `.5`)."""
    return log_dir() / LOG_FILE_NAME


def setup_logging(*, level: int = logging.INFO, console: bool = True) -> Path | None:
    """Send the root logger to the rotating log file (and to stderr when `console`).

    Calling it again replaces the handlers it installed before. Returns the log file's path, or None when
    the file could not be opened; then the app still runs, logging to stderr only, and says why.
    """
    shutdown_logging()
    root = logging.getLogger()
    formatter = logging.Formatter(LOG_FORMAT)
    handlers: list[logging.Handler] = []
    path: Path | None = log_file_path()
    problem = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        handlers.append(file_handler)
    except OSError as exc:
        problem = f"the log file {path} cannot be written ({exc.strerror or exc})"
        path = None
    if console or path is None:
        console_handler = logging.StreamHandler(sys.stderr)
        console_handler.setLevel(level if console else logging.WARNING)
        console_handler.addFilter(lambda record: not getattr(record, FILE_ONLY, False))
        handlers.append(console_handler)
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    _installed.extend(handlers)
    _previous_level.append(root.level)
    root.setLevel(level)
    if problem:
        logging.getLogger(__name__).warning("%s; logging to the console only", problem)
    return path


def shutdown_logging() -> None:
    """Remove and close the handlers `setup_logging` installed, restoring the root logger's level."""
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
    if _previous_level:
        root.setLevel(_previous_level.pop(0))
        _previous_level.clear()
