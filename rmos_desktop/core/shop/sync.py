"""Push this station's records to the shop server, in ledger order, resumably and idempotently.

The local ledger is the outbox: the server says how far it has this station's chain, and every line after that
is sent with the files it names (the artifact and its `.nc` sidecar, a review, an export or archive record, a
checkpoint) and the rows derived from them, a batch per transaction. A push killed at any point leaves either
whole batches or nothing on the server, and the next push starts where the server is, so nothing is duplicated
or skipped. A line the server already has is skipped only if its hash is the server's; a local history that
was rewritten is refused at the first line that differs, and the server keeps what it had.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmos_desktop.core.hashing import canonical_json, sha256_bytes, sha256_text
from rmos_desktop.core.shop.config import ShopConfig, ShopUnavailable, connect, describe_error
from rmos_desktop.core.shop.schema import GENESIS
from rmos_desktop.core.shop.verify import station_keys

log = logging.getLogger(__name__)

LEDGER_NAME = "ledger.jsonl"
BATCH = 200


class SyncRefused(RuntimeError):
    """The server refused a record (a rewritten history, a key it does not trust); nothing local changed."""


@dataclass(frozen=True)
class SyncResult:
    station: str
    local_lines: int
    server_lines_before: int
    pushed: int
    server_lines: int
    missing_files: tuple[str, ...] = ()
    cosigned: tuple[str, ...] = ()  # this station's checkpoints the shop's witness cosigned (signed-note texts)
    reviews_pulled: int = 0  # reviews of this station's runs made on other stations, brought home now
    reviews_refused: tuple[str, ...] = ()  # such reviews refused (another artifact, a run not recorded here…)
    reviews_problem: str | None = None  # why none could be checked this time (the local index)

    @property
    def waiting(self) -> int:
        return max(0, self.local_lines - self.server_lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "station": self.station,
            "local_lines": self.local_lines,
            "server_lines_before": self.server_lines_before,
            "pushed": self.pushed,
            "server_lines": self.server_lines,
            "waiting": self.waiting,
            "missing_files": list(self.missing_files),
            "cosigned_checkpoints": len(self.cosigned),
            "reviews_pulled": self.reviews_pulled,
            "reviews_refused": list(self.reviews_refused),
            "reviews_problem": self.reviews_problem,
        }


@dataclass(frozen=True)
class LocalLine:
    entry: dict[str, Any]
    body: str  # canonical JSON without hash and sig

    @property
    def seq(self) -> int:
        return self.entry["seq"]


def read_local_lines(runs_dir: Path, after: int = 0) -> Iterator[LocalLine]:
    """The ledger's lines with seq > after, in order. Stops at a line that is not whole JSON (a torn tail is
    the local audit's business, not something to push)."""
    path = runs_dir / LEDGER_NAME
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return
    with fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                return
            try:
                entry = json.loads(raw)
            except ValueError:
                return
            if not isinstance(entry, dict) or not isinstance(entry.get("seq"), int):
                return
            if entry["seq"] <= after:
                continue
            body = canonical_json({k: v for k, v in entry.items() if k not in ("hash", "sig")})
            yield LocalLine(entry, body)


def count_local_lines(runs_dir: Path) -> int:
    try:
        with open(runs_dir / LEDGER_NAME, "rb") as fh:
            return sum(1 for raw in fh if raw.endswith(b"\n"))
    except FileNotFoundError:
        return 0


def server_head(conn, station: str) -> tuple[int, str]:
    row = conn.execute(
        "SELECT seq, hash FROM ledger_lines WHERE station = %s ORDER BY seq DESC LIMIT 1", (station,)
    ).fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def register_station(conn, station: str, public_key: tuple[str, str] | None) -> None:
    """Make the station known; at its first signed sync register its key (key id, minisign .pub text). A key
    other than the registered one is refused until an administrator trusts it (`rmos shop stations trust`)."""
    with conn.transaction():
        conn.execute("INSERT INTO stations (station) VALUES (%s) ON CONFLICT DO NOTHING", (station,))
        if public_key is None:
            return
        key_id, pub_text = public_key
        row = conn.execute(
            "SELECT key_id FROM station_keys WHERE station = %s ORDER BY trusted_at DESC LIMIT 1", (station,)
        ).fetchone()
        if row is None:
            conn.execute(
                "INSERT INTO station_keys (station, key_id, public_key, trusted_by) VALUES (%s, %s, %s, %s)"
                " ON CONFLICT DO NOTHING",
                (station, key_id, pub_text, "first sync"),
            )
        elif row[0] != key_id:
            raise SyncRefused(
                f"station {station} signs with key {key_id}, but the shop trusts {row[0]} for it: an administrator"
                f" must run `rmos shop stations trust {station} PUBFILE` if the key was replaced on purpose"
            )


def push(
    runs_dir: Path,
    config: ShopConfig,
    *,
    public_key: tuple[str, str] | None = None,
    batch: int = BATCH,
    connect_timeout: float | None = None,
    on_batch: Callable[[int], None] | None = None,
    pull_reviews: bool = True,
    index: Any = None,
) -> SyncResult:
    """Send every local ledger line the server lacks. Raises ShopUnavailable (cannot reach / lost the server) or
    SyncRefused (the server refused a record); what was committed before stays, nothing local changes.
    `on_batch(lines pushed so far)` is called after each committed batch (progress).

    Then (`pull_reviews`) bring home the reviews of this station's runs made on other stations (the office),
    checked and kept in the run index — `index`, or the runs directory's own, opened only when there is
    something to fetch (core/shop/reviews.py); the runs directory itself is never written."""
    import psycopg

    local_total = count_local_lines(runs_dir)
    try:
        kwargs = {} if connect_timeout is None else {"connect_timeout": connect_timeout}
        with connect(config.url, **kwargs) as conn:
            register_station(conn, config.station, public_key)
            trusted = station_keys(conn, config.station)
            before, head = server_head(conn, config.station)
            _check_shared_prefix(runs_dir, conn, config.station, before, head)
            pushed, missing = 0, []
            pending: list[LocalLine] = []
            for line in read_local_lines(runs_dir, after=before):
                pending.append(line)
                if len(pending) >= batch:
                    missing += _send(conn, runs_dir, config.station, pending, trusted)
                    pushed += len(pending)
                    pending = []
                    if on_batch is not None:
                        on_batch(pushed)
            if pending:
                missing += _send(conn, runs_dir, config.station, pending, trusted)
                pushed += len(pending)
            after, _ = server_head(conn, config.station)
            from rmos_desktop.core.shop.reviews import PullResult
            from rmos_desktop.core.shop.reviews import pull_reviews as pull
            from rmos_desktop.core.shop.witness import cosigned_for

            pulled = pull(conn, runs_dir, config.station, index=index) if pull_reviews else PullResult()
            cosigned = tuple(cosigned_for(conn, config.station))
    except SyncRefused:
        raise
    except psycopg.errors.CheckViolation as exc:
        raise SyncRefused(_server_message(exc)) from None
    except psycopg.errors.InsufficientPrivilege as exc:
        raise SyncRefused(_server_message(exc)) from None
    except psycopg.Error as exc:
        raise ShopUnavailable(describe_error(exc, config.url)) from None
    except OSError as exc:
        raise ShopUnavailable(describe_error(exc, config.url)) from None
    return SyncResult(
        config.station,
        local_total,
        before,
        pushed,
        after,
        tuple(missing),
        cosigned,
        reviews_pulled=pulled.pulled,
        reviews_refused=pulled.refused,
        reviews_problem=pulled.problem,
    )


def _server_message(exc: BaseException) -> str:
    diag = getattr(exc, "diag", None)
    text = (diag.message_primary if diag is not None and diag.message_primary else str(exc)).strip()
    return text.removeprefix("rmos: ")


def _check_shared_prefix(runs_dir: Path, conn, station: str, server_lines: int, server_hash: str) -> None:
    """The local line at the server's head must be the server's head: else this station's history was rewritten
    (or it is another machine using the same station name), and pushing on would be refused line by line."""
    if server_lines == 0:
        return
    local = None
    for line in read_local_lines(runs_dir, after=server_lines - 1):
        local = line
        break
    if local is None or local.seq != server_lines or local.entry.get("hash") != server_hash:
        first = _first_difference(runs_dir, conn, station, server_lines)
        raise SyncRefused(
            f"station {station}: local line {first} does not extend the server's copy (the server has"
            f" {server_lines} lines of this station); the local history was rewritten or another workstation uses"
            " this station name. The server keeps what it had."
        )


def _first_difference(runs_dir: Path, conn, station: str, server_lines: int) -> int:
    server = dict(conn.execute("SELECT seq, hash FROM ledger_lines WHERE station = %s", (station,)).fetchall())
    for line in read_local_lines(runs_dir):
        if line.seq > server_lines:
            return line.seq
        if server.get(line.seq) != line.entry.get("hash"):
            return line.seq
    return server_lines


_INSERT_LINE = (
    "INSERT INTO ledger_lines (station, seq, kind, run_id, path, sha256, prev, hash, body, sig)"
    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
_INSERT_FILE = "INSERT INTO record_files (station, seq, path, sha256, content) VALUES (%s, %s, %s, %s, %s)"
_INSERT_RUN = (
    "INSERT INTO runs (station, run_id, seq, created_at, status, risk_level, mode, tool_id, material,"
    " operator, job_name, order_ref, request_sha256, artifact_sha256, shop_job, search, row)"
    " VALUES (%(station)s, %(run_id)s, %(seq)s, %(created_at_utc)s, %(status)s, %(risk_level)s, %(mode)s,"
    " %(tool_id)s, %(material)s, %(operator)s, %(job_name)s, %(order_ref)s, %(request_sha256)s,"
    " %(artifact_sha256)s, %(shop_job)s, %(search)s, %(row)s)"
)
_INSERT_REVIEW = (
    "INSERT INTO reviews (station, seq, run_station, run_id, artifact_sha256, outcome, reviewer, reviewed_at,"
    " note) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
)


@dataclass
class _Batch:
    """The rows of one transaction, sent table by table with executemany (psycopg pipelines them)."""

    lines: list[tuple] = field(default_factory=list)
    files: list[tuple] = field(default_factory=list)
    runs: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[tuple] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def _send(conn, runs_dir: Path, station: str, lines: list[LocalLine], trusted: list[Any]) -> list[str]:
    from rmos_desktop.core.shop.verify import check_signature

    batch = _Batch()
    for line in lines:
        entry = line.entry
        if sha256_text(line.body) != entry.get("hash"):
            raise SyncRefused(
                f"station {station}: local ledger line {line.seq} does not match its own hash; run"
                " `rmos audit verify` on this workstation"
            )
        if entry.get("sig") is not None and trusted:
            problem = check_signature(entry["sig"], entry["hash"], trusted)
            if problem:
                raise SyncRefused(f"station {station}: line {line.seq}: {problem}; nothing from it on was sent")
        sig = json.dumps(entry["sig"]) if entry.get("sig") is not None else None
        batch.lines.append(
            (station, line.seq, entry.get("kind"), entry.get("run_id"), entry.get("path"), entry.get("sha256"),
             entry.get("prev"), entry.get("hash"), line.body, sig)
        )  # fmt: skip
        _collect_files(batch, runs_dir, station, line)
    with conn.transaction(), conn.cursor() as cur:
        for sql, rows in (
            (_INSERT_LINE, batch.lines),
            (_INSERT_FILE, batch.files),
            (_INSERT_RUN, batch.runs),
            (_INSERT_REVIEW, batch.reviews),
        ):
            if rows:
                cur.executemany(sql, rows)
    return batch.missing


def _collect_files(batch: _Batch, runs_dir: Path, station: str, line: LocalLine) -> None:
    entry = line.entry
    rel = entry.get("path")
    if entry.get("kind") == "void" or not isinstance(rel, str) or not rel:
        return
    data = _read_inside(runs_dir, rel)
    if data is None:
        batch.missing.append(rel)
        return
    files = [(rel, data)]
    record = _json_or_none(data)
    if entry.get("kind") == "artifact" and isinstance(record, dict):
        sidecar = (record.get("outputs") or {}).get("gcode_path")
        if isinstance(sidecar, str) and sidecar:
            side_rel = str(Path(rel).parent / sidecar)
            side = _read_inside(runs_dir, side_rel)
            if side is None:
                batch.missing.append(side_rel)
                return
            files.append((side_rel, side))
    batch.files += [(station, line.seq, path, sha256_bytes(content), content) for path, content in files]
    if entry.get("kind") == "artifact" and isinstance(record, dict):
        batch.runs.append(_run_params(station, line.seq, rel, record, sha256_bytes(data)))
    elif entry.get("kind") == "review" and isinstance(record, dict):
        batch.reviews.append(_review_params(station, line.seq, record))


def _read_inside(runs_dir: Path, rel: str) -> bytes | None:
    """A record file's bytes through the store's no-follow reader (no link on the way, a regular file inside the
    runs directory), or None when it is not there or not such a file."""
    from rmos_desktop.core.runs.store import RunStore

    if ".." in Path(rel).parts or Path(rel).is_absolute():
        return None
    try:
        return RunStore(runs_dir).read_file(runs_dir / rel)
    except (OSError, ValueError):
        return None


def _json_or_none(data: bytes) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None


def run_row(record: dict[str, Any], rel: str) -> dict[str, Any]:
    """The shop registry's row for one artifact: the run index's own row (what `rmos runs list` shows), so the
    office listing has the same fields. Also what `rmos shop verify` re-derives."""
    from pydantic import ValidationError

    from rmos_desktop.core.runs.index.db import DERIVED_COLUMNS
    from rmos_desktop.core.runs.index.rows import artifact_row, from_us
    from rmos_desktop.core.runs.schemas import RunArtifact

    try:
        artifact = RunArtifact.model_validate(record)
    except ValidationError as exc:
        raise SyncRefused(f"{rel} is not a valid run artifact ({exc.error_count()} problems)") from None
    row = dict(zip(DERIVED_COLUMNS, artifact_row(artifact, rel), strict=True))
    row["created_at_utc"] = from_us(row.pop("created_us")).isoformat().replace("+00:00", "Z")
    row["shop_job"] = artifact.meta.get("shop_job") if isinstance(artifact.meta.get("shop_job"), str) else None
    return row


def _run_params(station: str, seq: int, rel: str, record: dict[str, Any], artifact_sha256: str) -> dict[str, Any]:
    row = run_row(record, rel)
    search = row.pop("search") or ""
    return {
        **row,
        "station": station,
        "seq": seq,
        "artifact_sha256": artifact_sha256,
        "search": search,
        "row": json.dumps(row),
    }


def _review_params(station: str, seq: int, record: dict[str, Any]) -> tuple:
    meta = record.get("meta") or {}
    return (
        station,
        seq,
        meta.get("run_station") or station,
        record.get("run_id"),
        record.get("artifact_sha256"),
        record.get("disposition"),
        record.get("reviewer"),
        record.get("created_at_utc"),
        record.get("note") or "",
    )


@dataclass
class SyncState:
    """What the status bar says: "shop: up to date", "shop: 12 records waiting", "shop: offline since 10:42"."""

    waiting: int = 0
    offline_since: float | None = None
    last_error: str | None = None
    last_ok: float | None = None

    def text(self) -> str:
        if self.offline_since is not None:
            since = time.strftime("%H:%M", time.localtime(self.offline_since))
            return f"shop: offline since {since}"
        if self.waiting:
            return f"shop: {self.waiting} record{'s' if self.waiting != 1 else ''} waiting"
        return "shop: up to date"

    def after(self, result: SyncResult | None, error: BaseException | None, now: float | None = None) -> SyncState:
        now = time.time() if now is None else now
        if error is not None:
            return SyncState(self.waiting, self.offline_since or now, str(error), self.last_ok)
        assert result is not None
        return SyncState(result.waiting, None, None, now)
