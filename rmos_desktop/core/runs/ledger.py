"""The tamper-evident ledger: `ledger.jsonl`, one hash-chained line per record (artifact, review,
export, archive), appended under a cross-process lock and fsynced.

Each line holds seq, kind, run_id, the record's relative path, the record file's SHA-256, the previous
line's hash, and `hash`: SHA-256 of the line's canonical JSON without `hash` and `sig`. A line written by
this version also carries `sig`: the station key's id and its Ed25519 signature over
`b"rmos-ledger-line-v1:" + hash` (see `signed_message`). The hash chain detects edits; the signature says
the line was made with the station's key, so a copy of the trail is checked with its public key alone and
a line appended by someone without the key is named as forged (`rmos audit verify`).

Failed writes. The line is appended before the record's file is linked to its final name, so a write can
fail after its line exists (link refused, folder fsync failed). The writer then removes what it linked and,
still holding the ledger lock, appends a `void` line directly after it that repeats its run_id, path and
sha256 and names it (`voids`: its seq and hash); `rmos audit verify` counts that record as a failed write,
not as a deletion, and reports a void anywhere else as forged. Voiding is best effort: when the disk refuses
the void line too, the audit reports the record as missing. An append that fails part-way (ENOSPC, EIO on
fsync) is rolled back by truncating the ledger to its previous length, under the same lock.

Damage. The tail read is bounded (the last TAIL_WINDOW bytes), so a huge last line costs nothing per write.
A torn (unterminated) tail up to MAX_LINE bytes is a crash artefact and the next append cuts it; anything
else at the end that is not a ledger line stops recording until `rmos audit recover` moves it aside
(`quarantine_damaged_tail`): the bytes go to a side file at the runs-directory root, and a `quarantine`
line records that file's name and SHA-256.
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, Protocol

from filelock import FileLock, Timeout

from rmos_desktop.core.hashing import canonical_json, sha256_text
from rmos_desktop.core.runs.store import NOFOLLOW, StoreError, check_real_file, fsync_dir, open_regular

log = logging.getLogger(__name__)

LEDGER_NAME = "ledger.jsonl"
LOCK_NAME = ".ledger.lock"
GENESIS = "0" * 64
KINDS = ("artifact", "review", "export", "archive", "checkpoint", "export_intent", "void", "quarantine")
FIELDS = frozenset({"seq", "kind", "run_id", "path", "sha256", "prev", "hash"})
OPTIONAL_FIELDS = frozenset({"sig", "voids"})  # sig: outside the line hash; voids: void lines only
TAIL_CHUNK = 65536
TAIL_WINDOW = 256 * 1024  # the most a write reads of the ledger's end (a ledger line is well under 2 KB)
MAX_LINE = 64 * 1024  # a torn tail up to this size is a crash artefact; a bigger one is damage
MAX_QUARANTINE_LINES = 16  # `audit recover` moves at most this many damaged lines aside
READ_CHUNK = 1 << 20
HEX64_RE = re.compile(r"^[0-9a-f]{64}$")
KEY_ID_RE = re.compile(r"^[0-9a-fA-F]{16}$")
HEAD_RE = re.compile(r"^([1-9][0-9]{0,17}):([0-9a-fA-F]{64})$")
SIG_CONTEXT = b"rmos-ledger-line-v1:"
QUARANTINE_RE = re.compile(r"^ledger-quarantine-\d{8}T\d{6}Z-[0-9a-f]{12}\.bin$")


class Signer(Protocol):
    """What the ledger needs of the station key (core/runs/keys.py: SigningKey)."""

    @property
    def key_id_hex(self) -> str: ...

    def sign(self, data: bytes) -> bytes: ...


class Verifier(Protocol):
    """What the audit needs of a trusted public key (core/runs/keys.py: PublicKey)."""

    @property
    def key_id_hex(self) -> str: ...

    def verify(self, signature: bytes, data: bytes) -> bool: ...


def signed_message(line_hash_hex: str) -> bytes:
    """The bytes a ledger line's Ed25519 signature covers: a fixed context and the line's `hash` (hex)."""
    return SIG_CONTEXT + line_hash_hex.encode("ascii")


def sign_entry(entry: dict[str, Any], signer: Signer) -> dict[str, str]:
    return {
        "key": signer.key_id_hex.upper(),  # as minisign shows a key id
        "ed25519": base64.b64encode(signer.sign(signed_message(entry["hash"]))).decode("ascii"),
    }


def signature_of(entry: dict[str, Any]) -> tuple[str, bytes] | None:
    """(key id in upper-case hex, raw signature) of a parsed line, None when it is unsigned."""
    sig = entry.get("sig")
    if sig is None:
        return None
    return sig["key"].upper(), base64.b64decode(sig["ed25519"])


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
    """SHA-256 of the line's canonical JSON without `hash` and `sig` (the signature signs this hash)."""
    return sha256_text(canonical_json({k: v for k, v in entry.items() if k not in ("hash", "sig")}))


def parse_line(text: str | bytes) -> dict[str, Any]:
    """One ledger line as a dict with exactly the ledger's fields and types. Raises ValueError saying what
    is wrong. It does not check the line's hash (see `line_hash`)."""
    entry = _json_object(text)
    _check_field_names(entry)
    _check_core_fields(entry)
    if "voids" in entry:
        _check_voids(entry)
    if "sig" in entry:
        _check_sig(entry["sig"])
    return entry


def _json_object(text: str | bytes) -> dict[str, Any]:
    try:
        entry = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"not JSON ({str(exc).splitlines()[0][:120]})") from None
    if not isinstance(entry, dict):
        raise ValueError("not a JSON object")
    return entry


def _check_field_names(entry: dict[str, Any]) -> None:
    if not FIELDS <= set(entry) <= FIELDS | OPTIONAL_FIELDS:
        missing, extra = sorted(FIELDS - set(entry)), sorted(set(entry) - FIELDS - OPTIONAL_FIELDS)
        raise ValueError(
            "wrong fields"
            + (f"; missing {', '.join(missing)}" if missing else "")
            # keys are shown cut short: they come from the file
            + (f"; unexpected {', '.join(k[:40] for k in extra[:5])}" if extra else "")
        )


def _positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _hex64(value: Any) -> bool:
    return isinstance(value, str) and HEX64_RE.fullmatch(value) is not None


def _check_core_fields(entry: dict[str, Any]) -> None:
    if not _positive_int(entry["seq"]):
        raise ValueError("seq is not a positive integer")
    if entry["kind"] not in KINDS:
        raise ValueError(f"unknown kind {str(entry['kind'])[:40]!r}")
    if entry["run_id"] is not None and not isinstance(entry["run_id"], str):
        raise ValueError("run_id is neither a string nor null")
    if not isinstance(entry["path"], str):
        raise ValueError("path is not a string")
    for key in ("sha256", "prev", "hash"):
        if not _hex64(entry[key]):
            raise ValueError(f"{key} is not 64 lowercase hex digits")


def _check_voids(entry: dict[str, Any]) -> None:
    voids = entry["voids"]
    if entry["kind"] != "void":
        raise ValueError("voids on a line that is not a void")
    if not isinstance(voids, dict) or set(voids) != {"seq", "hash"}:
        raise ValueError("voids is not {seq, hash} of a ledger line")
    if not _positive_int(voids["seq"]) or not _hex64(voids["hash"]):
        raise ValueError("voids is not {seq, hash} of a ledger line")


def _check_sig(sig: Any) -> None:
    if (
        not isinstance(sig, dict)
        or set(sig) != {"key", "ed25519"}
        or not isinstance(sig["key"], str)
        or not KEY_ID_RE.fullmatch(sig["key"])
        or not isinstance(sig["ed25519"], str)
    ):
        raise ValueError("sig is not {key: 16 hex digits, ed25519: base64}")
    try:
        raw = base64.b64decode(sig["ed25519"], validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("sig.ed25519 is not base64") from None
    if len(raw) != 64:
        raise ValueError("sig.ed25519 is not a 64-byte Ed25519 signature")


@dataclass(frozen=True)
class RawLine:
    number: int  # 1-based line number in the file
    end: int  # byte offset just after the line's newline
    data: bytes  # without the newline


@dataclass(frozen=True)
class _Tail:
    """The end of the ledger as a write sees it, read within TAIL_WINDOW bytes."""

    size: int
    last: bytes | None  # the last complete non-blank line (None: no complete line)
    last_start: int  # offset of `last`
    complete_end: int  # offset just after the last newline (where a torn tail begins)
    damage: str | None = None  # why the end cannot be read within the window (an over-long line)


@dataclass
class Quarantine:
    """What `quarantine_damaged_tail` moved aside."""

    side_file: Path
    sha256: str
    offset: int  # where the cut bytes began in the ledger
    size: int
    entry: dict[str, Any]  # the quarantine line


class Ledger:
    def __init__(self, runs_dir: Path, *, lock_timeout_s: float = 30.0, signer: Signer | None = None):
        self.runs_dir = runs_dir
        self.path = runs_dir / LEDGER_NAME
        self.lock_path = runs_dir / LOCK_NAME
        self.lock_timeout_s = lock_timeout_s
        self.signer = signer
        self._lock = FileLock(str(self.lock_path), timeout=lock_timeout_s)

    @property
    def lock(self) -> FileLock:
        """The cross-process lock that serialises appends (re-entrant within a thread)."""
        return self._lock

    def check_files(self) -> None:
        """The ledger and its lock must be regular files (or absent) in the runs directory itself, never links:
        a linked ledger would be appended outside, and taking a linked lock would truncate its target.
        Raises UnsafePath (a StoreError)."""
        check_real_file(self.path)
        check_real_file(self.lock_path)

    # -- reading -----------------------------------------------------------------------------------------
    def _open_read(self) -> int | None:
        try:
            return open_regular(self.path)
        except FileNotFoundError:
            return None

    def _tail(self, fd: int) -> _Tail:
        size = os.fstat(fd).st_size
        if size == 0:
            return _Tail(0, None, 0, 0)
        base = max(0, size - TAIL_WINDOW)
        window = os.pread(fd, size - base, base)
        nl = window.rfind(b"\n")
        if nl < 0:
            if base == 0:
                return _Tail(size, None, 0, 0)  # one torn line, nothing complete
            return _Tail(size, None, 0, size, damage=f"the ledger ends in over {TAIL_WINDOW} bytes without a newline")
        complete_end = base + nl + 1
        if size - complete_end > MAX_LINE:
            return _Tail(
                size, None, 0, complete_end, damage=f"the ledger ends in {size - complete_end} bytes without a newline"
            )
        body = window[: nl + 1].rstrip(b"\r\n")
        if not body:
            if base == 0:
                return _Tail(size, None, 0, complete_end)
            return _Tail(size, None, 0, complete_end, damage="the ledger ends in a run of blank lines")
        j = body.rfind(b"\n")
        if j < 0 and base > 0:
            return _Tail(size, None, 0, complete_end, damage=f"the last ledger line is longer than {TAIL_WINDOW} bytes")
        return _Tail(size, body[j + 1 :], base + j + 1, complete_end)

    def _read_tail(self) -> tuple[dict[str, Any] | None, int]:
        """The last complete line and the offset where a torn (unterminated) tail begins, if any. Reads at
        most TAIL_WINDOW bytes. Raises LedgerError when the last complete line is not a ledger line (edited
        or damaged), UnsafePath when the ledger is a link."""
        fd = self._open_read()
        if fd is None:
            return None, 0
        try:
            tail = self._tail(fd)
        finally:
            os.close(fd)
        if tail.damage is None and tail.last is None:
            return None, tail.complete_end
        why = tail.damage
        if why is None:
            try:
                return parse_line(tail.last or b""), tail.complete_end
            except ValueError as exc:
                why = f"its last line is not a ledger line: {exc}"
        raise LedgerError(
            f"the end of the audit ledger {self.path} is damaged or was edited ({why}); nothing can be recorded "
            "until a supervisor has run `rmos audit verify`, then `rmos audit recover`, which moves the damaged "
            "end aside into a side file it records"
        )

    def head(self) -> LedgerHead | None:
        """The last line's seq and hash (None for an empty ledger). Raises LedgerError if it is damaged."""
        last, _ = self._read_tail()
        return None if last is None else LedgerHead(int(last["seq"]), str(last["hash"]))

    def iter_raw(self, offset: int = 0, first_line: int = 1) -> Iterator[RawLine]:
        """Every complete (newline-terminated) line from byte `offset` on, streamed. Blank lines are
        skipped but counted. An unterminated tail is not yielded (see `torn_tail`). Raises UnsafePath
        when the ledger is a link or not a regular file."""
        fd = self._open_read()
        if fd is None:
            return
        fh = os.fdopen(fd, "rb")
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

    def torn_tail(self, *, bounded: bool = False) -> int:
        """Bytes after the last newline (a line a crash cut short), 0 when the ledger ends cleanly. `bounded`
        reads at most TAIL_WINDOW bytes and returns TAIL_WINDOW + 1 for any longer tail (start-up recovery
        needs no more to know it is not a crash's)."""
        fd = self._open_read()
        if fd is None:
            return 0
        try:
            size = os.fstat(fd).st_size
            pos = size
            stop = max(0, size - TAIL_WINDOW) if bounded else 0
            while pos > stop:
                step = min(TAIL_CHUNK, pos)
                pos -= step
                chunk = os.pread(fd, step, pos)
                i = chunk.rfind(b"\n")
                if i >= 0:
                    return size - (pos + i + 1)
            return size if stop == 0 else TAIL_WINDOW + 1
        finally:
            os.close(fd)

    def lines(self) -> list[tuple[int, str]]:
        """Every line with its 1-based line number, as text (small ledgers; the audit streams)."""
        return [(r.number, r.data.decode("utf-8", errors="replace")) for r in self.iter_raw()]

    # -- writing -----------------------------------------------------------------------------------------
    def _acquire(self):
        self.check_files()
        try:
            return self._lock.acquire()
        except Timeout:
            raise LedgerError(
                f"the audit ledger in {self.runs_dir} stayed locked by another writer for "
                f"{self.lock_timeout_s:g} s; nothing was recorded",
                code=errno.EAGAIN,
            ) from None

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the ledger lock (re-entrant within a thread) across several steps: a record's line, its
        link and, when the link fails, its void line. LedgerError when the lock cannot be had."""
        with self._acquire():
            yield

    def append(
        self,
        *,
        kind: str,
        run_id: str | None,
        path: str,
        sha256: str,
        keep_unsynced: bool = False,
        voids: LedgerHead | None = None,
    ) -> dict[str, Any]:
        """Append one line (under the lock, fsynced, signed when the ledger has a signer) and return it. On
        failure the ledger is left as it was (rolled back) and LedgerError is raised. With `keep_unsynced`
        (void lines) a line that was written whole but could not be fsynced stays: every reader sees it,
        and a void that may be lost in a power cut is better than none. A void names the line it withdraws
        (`voids`), which must be the last line: use `void`."""
        if kind not in KINDS:
            raise ValueError(f"unknown ledger kind {kind!r}")
        if (kind == "void") != (voids is not None):
            raise ValueError("a void line, and only a void line, names the line it withdraws (voids=)")
        with self._acquire():
            last, torn_at = self._read_tail()
            if voids is not None and (last is None or LedgerHead(int(last["seq"]), str(last["hash"])) != voids):
                raise LedgerError(
                    f"refusing to void seq {voids.seq}: it is not the last line of {self.path} (a void stands "
                    "directly after the line it withdraws)"
                )
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | NOFOLLOW, 0o644)
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
                if voids is not None:
                    entry["voids"] = {"seq": voids.seq, "hash": voids.hash}
                entry["hash"] = line_hash(entry)
                if self.signer is not None:
                    entry["sig"] = sign_entry(entry, self.signer)
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

    def void(self, entry: dict[str, Any]) -> dict[str, Any]:
        """Withdraw `entry` (a write that failed after its line): a void line directly after it, naming its
        seq and hash and repeating its run_id, path and sha256. Raises LedgerError when `entry` is no
        longer the last line (the caller holds the lock across the write, so only damage does that)."""
        return self.append(
            kind="void",
            run_id=entry["run_id"],
            path=entry["path"],
            sha256=entry["sha256"],
            keep_unsynced=True,
            voids=LedgerHead(int(entry["seq"]), str(entry["hash"])),
        )

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
        """Remove an unterminated last line a crash left (under the lock). Returns the bytes removed. A tail
        longer than MAX_LINE is not a crash artefact: it is left for `quarantine_damaged_tail`."""
        torn = self.torn_tail(bounded=True)
        if not torn or torn > MAX_LINE:
            return 0
        with self._acquire():
            torn = self.torn_tail(bounded=True)  # again under the lock: a writer may have finished its line
            if not torn or torn > MAX_LINE:
                return 0
            fd = open_regular(self.path, os.O_RDWR)
            try:
                size = os.fstat(fd).st_size
                shown = os.pread(fd, min(torn, 200), size - torn)
                os.ftruncate(fd, size - torn)
                os.fsync(fd)
            finally:
                os.close(fd)
            log.warning("ledger: removed a torn last line (%d bytes) left by a crash: %r", torn, shown)
            return torn

    def _damaged_from(self, fd: int) -> int:
        """Where the damaged end of the ledger begins: walks back over up to MAX_QUARANTINE_LINES trailing
        lines that are not ledger lines (reading chunk by chunk, never a whole line into memory) to the last
        sound one. Raises LedgerError when the damage reaches further back than that."""
        size = os.fstat(fd).st_size
        end = size - self.torn_tail()  # just after the last newline
        cut = end
        damaged = 0
        while end > 0:
            start = _line_start(fd, end - 1)
            length = end - 1 - start
            if length <= MAX_LINE:
                data = os.pread(fd, length, start)
                if not data.strip():  # a blank line is harmless: cut it only with damage before it
                    end = start
                    continue
                try:
                    parse_line(data)
                    return cut
                except ValueError:
                    pass
            damaged += 1
            if damaged > MAX_QUARANTINE_LINES:
                raise LedgerError(
                    f"more than {MAX_QUARANTINE_LINES} lines at the end of {self.path} are not ledger lines: that is "
                    "not a torn write; restore the ledger from a backup (nothing was changed)"
                )
            cut = end = start
        return cut

    def quarantine_damaged_tail(self, now: datetime | None = None) -> Quarantine | None:
        """Move a damaged end of the ledger (trailing lines that are not ledger lines, or an unterminated tail
        longer than MAX_LINE) aside so recording can go on: its bytes are copied to a side file
        `ledger-quarantine-<UTC time>-<sha12>.bin` at the runs-directory root (fsynced, read-only), the
        ledger is cut back to its last sound line, and a `quarantine` line naming the side file and its
        SHA-256 is appended. Under the ledger lock. Returns None when the end is sound."""
        with self._acquire():
            fd = self._open_read()
            if fd is None:
                return None
            try:
                cut = self._damaged_from(fd)
                size = os.fstat(fd).st_size
                if cut >= size or (size - cut <= MAX_LINE and self._only_torn(fd, cut, size)):
                    return None
                side, sha = self._copy_out(fd, cut, size, now or datetime.now(UTC))
            finally:
                os.close(fd)
            wfd = open_regular(self.path, os.O_WRONLY)
            try:
                os.ftruncate(wfd, cut)
                os.fsync(wfd)
            finally:
                os.close(wfd)
            entry = self.append(kind="quarantine", run_id=None, path=side.name, sha256=sha)
        log.warning(
            "ledger: moved %d damaged bytes from the end of %s to %s (recorded as seq %s)",
            size - cut,
            self.path,
            side.name,
            entry["seq"],
        )
        return Quarantine(side, sha, cut, size - cut, entry)

    @staticmethod
    def _only_torn(fd: int, cut: int, size: int) -> bool:
        """True when the bytes from `cut` hold no newline: an ordinary torn tail (repair_torn_tail's job)."""
        return b"\n" not in os.pread(fd, size - cut, cut)

    def _copy_out(self, fd: int, start: int, end: int, now: datetime) -> tuple[Path, str]:
        digest = hashlib.sha256()
        pos = start
        while pos < end:
            digest.update(os.pread(fd, min(READ_CHUNK, end - pos), pos))
            pos += READ_CHUNK
        sha = digest.hexdigest()
        side = self.runs_dir / f"ledger-quarantine-{now.strftime('%Y%m%dT%H%M%SZ')}-{sha[:12]}.bin"
        tmp = self.runs_dir / f".{side.name}.{os.getpid()}.tmp"
        out = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o644)
        try:
            pos = start
            while pos < end:
                block = os.pread(fd, min(READ_CHUNK, end - pos), pos)
                view = memoryview(block)
                while view:
                    view = view[os.write(out, view) :]
                pos += len(block)
            os.fsync(out)
        except BaseException:
            os.close(out)
            os.unlink(tmp)
            raise
        os.close(out)
        try:
            os.link(tmp, side)  # never replaces a file
        finally:
            os.unlink(tmp)
        os.chmod(side, 0o444)
        fsync_dir(self.runs_dir)
        return side, sha


def _line_start(fd: int, newline_at: int) -> int:
    """Offset of the first byte of the line whose newline is at `newline_at` (0 for the first line)."""
    pos = newline_at
    while pos > 0:
        step = min(TAIL_CHUNK, pos)
        chunk = os.pread(fd, step, pos - step)
        i = chunk.rfind(b"\n")
        if i >= 0:
            return pos - step + i + 1
        pos -= step
    return 0
