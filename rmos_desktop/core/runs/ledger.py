"""The tamper-evident ledger: `ledger.jsonl`, one hash-chained line per record (artifact, review,
export, archive), appended under a cross-process lock and fsynced.

Each line holds seq, kind, run_id, the record's relative path, the record file's SHA-256, the previous
line's hash, and `hash`: SHA-256 of the line's canonical JSON without `hash`. It detects tampering; it
does not prevent it (anyone who can write the folder can rewrite the whole chain; an exported head
held elsewhere catches that).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock

from rmos_desktop.core.runs.hashing import canonical_json, sha256_text

log = logging.getLogger(__name__)

LEDGER_NAME = "ledger.jsonl"
LOCK_NAME = ".ledger.lock"
GENESIS = "0" * 64
KINDS = ("artifact", "review", "export", "archive", "void")
TAIL_CHUNK = 65536


@dataclass(frozen=True)
class LedgerHead:
    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> LedgerHead:
        seq, _, digest = text.partition(":")
        if not seq.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError(f"not a ledger head: {text!r} (expected SEQ:64-hex)")
        return cls(int(seq), digest)


def line_hash(entry: dict[str, Any]) -> str:
    return sha256_text(canonical_json({k: v for k, v in entry.items() if k != "hash"}))


class Ledger:
    def __init__(self, runs_dir: Path, *, lock_timeout_s: float = 30.0):
        self.runs_dir = runs_dir
        self.path = runs_dir / LEDGER_NAME
        self._lock = FileLock(str(runs_dir / LOCK_NAME), timeout=lock_timeout_s)

    @property
    def lock(self) -> FileLock:
        """The cross-process lock that serialises appends (re-entrant within a process)."""
        return self._lock

    def _read_tail(self) -> tuple[dict[str, Any] | None, int]:
        """The last complete line and the offset where a torn (unterminated) tail begins, if any."""
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
        return json.loads(last.decode("utf-8")), torn_at

    def head(self) -> LedgerHead | None:
        last, _ = self._read_tail()
        return None if last is None else LedgerHead(int(last["seq"]), str(last["hash"]))

    def append(self, *, kind: str, run_id: str | None, path: str, sha256: str) -> dict[str, Any]:
        """Append one line (under the lock, fsynced) and return it."""
        if kind not in KINDS:
            raise ValueError(f"unknown ledger kind {kind!r}")
        with self._lock:
            last, torn_at = self._read_tail()
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            try:
                size = os.fstat(fd).st_size
                if torn_at < size:
                    # A line torn by a crash was never fsynced whole, so nothing was linked after it.
                    log.warning("ledger: removing a torn last line (%d bytes) left by a crash", size - torn_at)
                    os.ftruncate(fd, torn_at)
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
                written = 0
                while written < len(data):
                    written += os.write(fd, data[written:])
                os.fsync(fd)
            finally:
                os.close(fd)
        return entry

    def lines(self) -> list[tuple[int, str]]:
        """Every line with its 1-based line number, as text (for the audit)."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return []
        return [(i, line) for i, line in enumerate(text.splitlines(), start=1) if line.strip()]
