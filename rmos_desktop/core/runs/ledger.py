"""The tamper-evident ledger: `ledger.jsonl`, one hash-chained line per record (artifact, review,
export, archive), appended under a cross-process lock and fsynced.

Each line holds seq, kind, run_id, the record's relative path, the record file's SHA-256, the previous
line's hash, and `hash`: SHA-256 of the line's canonical JSON without `hash`. It detects tampering; it
does not prevent it (anyone who can write the folder can rewrite the whole chain; an exported head
held elsewhere catches that).

Failed writes. The line is appended before the record's file is linked to its final name, so a write can
fail after its line exists (link refused, folder fsync failed). The writer then removes what it linked and
appends a `void` line that repeats the failed line's run_id, path and sha256; `rmos audit verify` counts
that record as a failed write, not as a deletion. Voiding is best effort: when the disk refuses the void
line too, the audit reports the record as missing. An append that fails part-way (ENOSPC, EIO on fsync)
is rolled back by truncating the ledger to its previous length, under the same lock.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from filelock import FileLock, Timeout

from rmos_desktop.core.hashing import canonical_json, sha256_text
from rmos_desktop.core.runs.store import StoreError

log = logging.getLogger(__name__)

LEDGER_NAME = "ledger.jsonl"
LOCK_NAME = ".ledger.lock"
GENESIS = "0" * 64
KINDS = ("artifact", "review", "export", "archive", "checkpoint", "export_intent", "void")
FIELDS = frozenset({"seq", "kind", "run_id", "path", "sha256", "prev", "hash"})
TAIL_CHUNK = 65536
READ_CHUNK = 1 << 20
HEX64_RE = re.compile(r"^[0-9a-f]{64}$")
HEAD_RE = re.compile(r"^([1-9][0-9]{0,17}):([0-9a-fA-F]{64})$")


class LedgerError(StoreError):
    """The ledger cannot take a line (damaged last line, lock not available, disk refused the append).

    `entry` is set when the line may have stayed in the file although the append failed."""

    def __init__(self, message: str, *, code: int = errno.EIO, entry: dict[str, Any] | None = None):
        super().__init__(code, message)
        self.entry = entry

    def __str__(self) -> str:
        return str(self.strerror)


@dataclass(frozen=True)
class LedgerHead:
    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> LedgerHead:
        """`SEQ:HASH` as shown in the About box and in every export statement (hex in either case)."""
        match = HEAD_RE.fullmatch(str(text).strip())
        if match is None:
            raise ValueError(f"not a ledger head: {str(text)[:100]!r} (expected SEQ:HASH, e.g. 12:<64 hex digits>)")
        return cls(int(match.group(1)), match.group(2).lower())


def line_hash(entry: dict[str, Any]) -> str:
    return sha256_text(canonical_json({k: v for k, v in entry.items() if k != "hash"}))


def parse_line(text: str | bytes) -> dict[str, Any]:
    """One ledger line as a dict with exactly the ledger's fields and types. Raises ValueError saying what
    is wrong. It does not check the line's hash (see `line_hash`)."""
    try:
        entry = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"not JSON ({str(exc).splitlines()[0][:120]})") from None
    if not isinstance(entry, dict):
        raise ValueError("not a JSON object")
    if set(entry) != FIELDS:
        missing, extra = sorted(FIELDS - set(entry)), sorted(set(entry) - FIELDS)
        raise ValueError(
            "wrong fields"
            + (f"; missing {', '.join(missing)}" if missing else "")
            # keys are shown cut short: they come from the file
            + (f"; unexpected {', '.join(k[:40] for k in extra[:5])}" if extra else "")
        )
    seq = entry["seq"]
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise ValueError("seq is not a positive integer")
    if entry["kind"] not in KINDS:
        raise ValueError(f"unknown kind {str(entry['kind'])[:40]!r}")
    if entry["run_id"] is not None and not isinstance(entry["run_id"], str):
        raise ValueError("run_id is neither a string nor null")
    if not isinstance(entry["path"], str):
        raise ValueError("path is not a string")
    for key in ("sha256", "prev", "hash"):
        if not isinstance(entry[key], str) or not HEX64_RE.fullmatch(entry[key]):
            raise ValueError(f"{key} is not 64 lowercase hex digits")
    return entry


@dataclass(frozen=True)
class RawLine:
    number: int  # 1-based line number in the file
    end: int  # byte offset just after the line's newline
    data: bytes  # without the newline


class Ledger:
    def __init__(self, runs_dir: Path, *, lock_timeout_s: float = 30.0):
        self.runs_dir = runs_dir
        self.path = runs_dir / LEDGER_NAME
        self.lock_timeout_s = lock_timeout_s
        self._lock = FileLock(str(runs_dir / LOCK_NAME), timeout=lock_timeout_s)

    @property
    def lock(self) -> FileLock:
        """The cross-process lock that serialises appends (re-entrant within a thread)."""
        return self._lock

    # -- reading -----------------------------------------------------------------------------------------
    def _read_tail(self) -> tuple[dict[str, Any] | None, int]:
        """The last complete line and the offset where a torn (unterminated) tail begins, if any.
        Raises LedgerError when the last complete line is not a ledger line (edited or damaged)."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return None, 0
        try:
            size = os.fstat(fd).st_size
            if size == 0:
                return None, 0
            pos = size
            buf = b""
            while pos > 0:
                step = min(TAIL_CHUNK, pos)
                pos -= step
                buf = os.pread(fd, step, pos) + buf
                if buf.count(b"\n") >= 2 or pos == 0:
                    break
        finally:
            os.close(fd)
        complete_end = buf.rfind(b"\n") + 1  # offset within buf just after the last newline
        torn_at = pos + complete_end if complete_end < len(buf) else size
        body = buf[:complete_end].rstrip(b"\n")
        if not body:
            return None, torn_at
        last = body.rsplit(b"\n", 1)[-1]
        try:
            return parse_line(last), torn_at
        except ValueError as exc:
            raise LedgerError(
                f"the last line of the audit ledger {self.path} is damaged or was edited ({exc}); nothing can be "
                "recorded until a supervisor has run `rmos audit verify` and restored the ledger"
            ) from None

    def head(self) -> LedgerHead | None:
        """The last line's seq and hash (None for an empty ledger). Raises LedgerError if it is damaged."""
        last, _ = self._read_tail()
        return None if last is None else LedgerHead(int(last["seq"]), str(last["hash"]))

    def iter_raw(self, offset: int = 0, first_line: int = 1) -> Iterator[RawLine]:
        """Every complete (newline-terminated) line from byte `offset` on, streamed. Blank lines are
        skipped but counted. An unterminated tail is not yielded (see `torn_tail`)."""
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 - closed in finally; a generator holds it
        except FileNotFoundError:
            return
        try:
            fh.seek(offset)
            number, pos = first_line - 1, offset
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break
                number += 1
                pos += len(raw)
                data = raw.rstrip(b"\r\n")
                if data.strip():
                    yield RawLine(number, pos, data)
        finally:
            fh.close()

    def torn_tail(self) -> int:
        """Bytes after the last newline (a line a crash cut short), 0 when the ledger ends cleanly."""
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return 0
        if size == 0:
            return 0
        with open(self.path, "rb") as fh:
            pos = size
            while pos > 0:
                step = min(TAIL_CHUNK, pos)
                pos -= step
                fh.seek(pos)
                chunk = fh.read(step)
                i = chunk.rfind(b"\n")
                if i >= 0:
                    return size - (pos + i + 1)
            return size

    def lines(self) -> list[tuple[int, str]]:
        """Every line with its 1-based line number, as text (small ledgers; the audit streams)."""
        return [(r.number, r.data.decode("utf-8", errors="replace")) for r in self.iter_raw()]

    # -- writing -----------------------------------------------------------------------------------------
    def _acquire(self):
        try:
            return self._lock.acquire()
        except Timeout:
            raise LedgerError(
                f"the audit ledger in {self.runs_dir} stayed locked by another writer for "
                f"{self.lock_timeout_s:g} s; nothing was recorded",
                code=errno.EAGAIN,
            ) from None

    def append(
        self, *, kind: str, run_id: str | None, path: str, sha256: str, keep_unsynced: bool = False
    ) -> dict[str, Any]:
        """Append one line (under the lock, fsynced) and return it. On failure the ledger is left as it
        was (rolled back) and LedgerError is raised. With `keep_unsynced` (void lines) a line that was
        written whole but could not be fsynced stays: every reader sees it, and a void that may be lost
        in a power cut is better than none."""
        if kind not in KINDS:
            raise ValueError(f"unknown ledger kind {kind!r}")
        with self._acquire():
            last, torn_at = self._read_tail()
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            try:
                size = os.fstat(fd).st_size
                if torn_at < size:
                    # A line torn by a crash was never fsynced whole, so nothing was linked after it.
                    log.warning("ledger: removing a torn last line (%d bytes) left by a crash", size - torn_at)
                    os.ftruncate(fd, torn_at)
                    size = torn_at
                entry: dict[str, Any] = {
                    "seq": 1 if last is None else int(last["seq"]) + 1,
                    "kind": kind,
                    "run_id": run_id,
                    "path": path,
                    "sha256": sha256,
                    "prev": GENESIS if last is None else str(last["hash"]),
                }
                entry["hash"] = line_hash(entry)
                data = (canonical_json(entry) + "\n").encode("utf-8")
                try:
                    written = 0
                    while written < len(data):
                        written += os.write(fd, data[written:])
                except OSError as exc:
                    self._roll_back(fd, size, entry, exc)
                try:
                    os.fsync(fd)
                except OSError as exc:
                    if not keep_unsynced:
                        self._roll_back(fd, size, entry, exc)
                    log.warning("ledger: seq %s is written but could not be synced: %s", entry["seq"], exc)
            finally:
                os.close(fd)
        return entry

    def _roll_back(self, fd: int, size: int, entry: dict[str, Any], exc: OSError) -> NoReturn:
        """Cut a failed append off again. Once the cut is made no reader sees the line, even if the disk then
        refuses to sync the cut (and a void line would name a line that is gone), so only a cut that could
        not be made leaves `entry` on the error for the caller to void."""
        reason = exc.strerror or str(exc)
        try:
            os.ftruncate(fd, size)
        except OSError as again:
            log.error("ledger: could not remove the failed append of seq %s: %s", entry["seq"], again)
            raise LedgerError(
                f"the audit ledger {self.path} could not be written ({reason}) and the partial line could not be "
                "removed",
                code=exc.errno or errno.EIO,
                entry=entry,
            ) from exc
        try:
            os.fsync(fd)
        except OSError as again:
            log.warning("ledger: removed the failed append of seq %s, but could not sync that: %s", entry["seq"], again)
        raise LedgerError(
            f"the audit ledger {self.path} could not be written ({reason})", code=exc.errno or errno.EIO
        ) from exc

    def repair_torn_tail(self) -> int:
        """Remove an unterminated last line a crash left (under the lock). Returns the bytes removed."""
        if not self.torn_tail():
            return 0
        with self._acquire():
            torn = self.torn_tail()  # again under the lock: a writer may have finished its line meanwhile
            if not torn:
                return 0
            size = self.path.stat().st_size
            with open(self.path, "rb") as fh:
                fh.seek(size - torn)
                shown = fh.read(min(torn, 200))
            fd = os.open(self.path, os.O_WRONLY)
            try:
                os.ftruncate(fd, size - torn)
                os.fsync(fd)
            finally:
                os.close(fd)
            log.warning("ledger: removed a torn last line (%d bytes) left by a crash: %r", torn, shown)
            return torn
