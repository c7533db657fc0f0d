"""Reading job files: any JSON a person or a program wrote, with a clear message when it is not JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MAX_JOB_FILE_BYTES = 64 * 1024 * 1024


class JobFileError(ValueError):
    """The file cannot be read or is not JSON (CLI exit code 2). Its message says which and where."""


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not valid JSON (numbers must be finite)")


def parse_json_text(text: str, *, source: str = "input") -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        msg = exc.msg.removesuffix(" at")  # "Invalid control character at" already ends in "at"
        raise JobFileError(f"{source} is not valid JSON: {msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise JobFileError(f"{source} is nested too deeply to read") from None
    except ValueError as exc:
        if "integer string conversion" in str(exc):  # Python's 4300-digit guard, with advice meant for coders
            raise JobFileError(f"{source} is not a usable job: a number has too many digits") from None
        raise JobFileError(f"{source} is not valid JSON: {exc}") from None


def read_job_file(path: str | Path) -> Any:
    """The parsed JSON value of a job file (which may be any JSON value; the pipeline judges it)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_JOB_FILE_BYTES:
            raise JobFileError(f"{path} is {size} bytes; a job file may be at most {MAX_JOB_FILE_BYTES} bytes")
        data = path.read_bytes()
    except JobFileError:
        raise
    except IsADirectoryError:
        raise JobFileError(f"{path} is a folder, not a job file") from None
    except FileNotFoundError:
        raise JobFileError(f"{path} does not exist") from None
    except OSError as exc:
        raise JobFileError(f"{path} cannot be read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JobFileError(f"{path} is not UTF-8 text (byte {exc.start})") from None
    return parse_json_text(text, source=str(path))
