"""Reading job files: any JSON a person or a program wrote, with a clear message when it is not JSON.

A job file must be a regular file (not a device, a FIFO or a socket); it is read up to the size limit plus
one byte, so neither a lying `stat` nor an endless stream can make the read grow or hang. A key given twice at
any level is refused with the key named: a person reads the first value, `json` would keep the last.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

MAX_JOB_FILE_BYTES = 64 * 1024 * 1024


class JobFileError(ValueError):
    """The file cannot be read or is not JSON (CLI exit code 2). Its message says which and where."""


class DuplicateKeyError(ValueError):
    """A JSON object names the same key twice."""

    def __init__(self, key: str):
        super().__init__(f"{json.dumps(key, ensure_ascii=False)} is given twice")
        self.key = key


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not valid JSON (numbers must be finite)")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKeyError(key)
        out[key] = value
    return out


def parse_json_text(text: str, *, source: str = "input") -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        msg = exc.msg.removesuffix(" at")  # "Invalid control character at" already ends in "at"
        raise JobFileError(f"{source} is not valid JSON: {msg} at line {exc.lineno}, column {exc.colno}") from None
    except DuplicateKeyError as exc:
        raise JobFileError(f"{source} is ambiguous: {exc}; give each key once") from None
    except RecursionError:
        raise JobFileError(f"{source} is nested too deeply to read") from None
    except ValueError as exc:
        if "integer string conversion" in str(exc):  # Python's 4300-digit guard, with advice meant for coders
            raise JobFileError(f"{source} is not a usable job: a number has too many digits") from None
        raise JobFileError(f"{source} is not valid JSON: {exc}") from None


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, at most `limit` + 1 of them. Opened without blocking (a FIFO with no
    writer would block `open`), then checked on the open descriptor (no race with a swapped path)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise JobFileError(f"{path} is {_kind(mode)}, not a job file (a job file must be a regular file)")
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_job_file(path: str | Path) -> Any:
    """The parsed JSON value of a job file (which may be any JSON value; the pipeline judges it)."""
    path = Path(path)
    try:
        data = _read_regular(path, MAX_JOB_FILE_BYTES)
    except JobFileError:
        raise
    except IsADirectoryError:
        raise JobFileError(f"{path} is a folder, not a job file") from None
    except FileNotFoundError:
        raise JobFileError(f"{path} does not exist") from None
    except OSError as exc:
        raise JobFileError(f"{path} cannot be read: {exc.strerror or exc}") from None
    if len(data) > MAX_JOB_FILE_BYTES:
        raise JobFileError(f"{path} is larger than {MAX_JOB_FILE_BYTES} bytes, the most a job file may be")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JobFileError(f"{path} is not UTF-8 text (byte {exc.start})") from None
    return parse_json_text(text, source=str(path))
