"""`rmos shop verify`: re-check the server's copy from its own content, and trust a station's (new) key.

For every station: the chain is whole (seq 1..n, each prev the hash before it, each hash the SHA-256 of the line's
body), each signed line verifies against the key the shop trusts for that station, every record file matches the
hash its line or artifact names, and every run row is what its artifact says.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

from rmos_desktop.core.hashing import sha256_bytes, sha256_text
from rmos_desktop.core.runs.ledger import signed_message
from rmos_desktop.core.shop.schema import GENESIS


@dataclass
class VerifyReport:
    stations: dict[str, int] = field(default_factory=dict)  # station -> lines checked
    problems: list[str] = field(default_factory=list)
    signed: int = 0
    unsigned: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "stations": self.stations,
            "signed_lines": self.signed,
            "unsigned_lines": self.unsigned,
            "problems": self.problems,
        }

    def text(self) -> str:
        total = sum(self.stations.values())
        head = (
            f"{'OK' if self.ok else 'PROBLEMS'}: {total} lines of {len(self.stations)} stations checked"
            f" ({self.signed} signed, {self.unsigned} unsigned)"
        )
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


def _public_key(text: str):
    from rmos_desktop.core.runs.keys import PublicKey

    return PublicKey.from_minisign_pub(text)


def trust_station_key(conn, station: str, pub_text: str, *, by: str) -> str:
    """Record that the shop trusts `pub_text` (minisign .pub) for `station` from now on; the key id."""
    from rmos_desktop.core.shop.config import check_station

    station = check_station(station)
    key = _public_key(pub_text)
    with conn.transaction():
        conn.execute("INSERT INTO stations (station) VALUES (%s) ON CONFLICT DO NOTHING", (station,))
        conn.execute(
            "INSERT INTO station_keys (station, key_id, public_key, trusted_by) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (station, key_id) DO NOTHING",
            (station, key.key_id_hex, key.to_minisign_pub(), f"trusted by {by}"),
        )
    return key.key_id_hex


def trusted_keys(conn, station: str | None = None) -> dict[str, list[Any]]:
    """The public keys the shop trusts, by station, oldest trust first (only `station`'s when given): a
    station's signed lines must verify against one of them. A stored key that does not parse is passed over."""
    query, params = "SELECT station, public_key FROM station_keys", ()
    if station is not None:
        query, params = query + " WHERE station = %s", (station,)
    found: dict[str, list[Any]] = {}
    for name, pub in conn.execute(query + " ORDER BY trusted_at", params):
        try:
            found.setdefault(name, []).append(_public_key(pub))
        except (ImportError, ValueError):
            continue
    return found


def station_keys(conn, station: str) -> list[Any]:
    """The public keys the shop trusts for one station (`trusted_keys` of that station)."""
    return trusted_keys(conn, station).get(station, [])


def verify_server(conn) -> VerifyReport:
    report = VerifyReport()
    keys = trusted_keys(conn)
    stations = [r[0] for r in conn.execute("SELECT station FROM stations ORDER BY station")]
    for station in stations:
        _check_chain(conn, station, keys.get(station, []), report)
        _check_files(conn, station, report)
        _check_runs(conn, station, report)
    return report


def _check_chain(conn, station: str, keys: list[Any], report: VerifyReport) -> None:
    prev, expected, seen_signed = GENESIS, 1, False
    count = 0
    for seq, prev_col, hash_col, body, sig in conn.execute(
        "SELECT seq, prev, hash, body, sig FROM ledger_lines WHERE station = %s ORDER BY seq", (station,)
    ):
        count += 1
        where = f"station {station} line {seq}"
        if seq != expected:
            report.problems.append(f"{where}: lines {expected}..{seq - 1} are missing")
        if prev_col != prev:
            report.problems.append(f"{where}: does not follow the line before it")
        if sha256_text(body) != hash_col:
            report.problems.append(f"{where}: its hash does not match its content")
        try:
            if json.loads(body).get("seq") != seq:
                report.problems.append(f"{where}: its body names another sequence number")
        except ValueError:
            report.problems.append(f"{where}: its body is not JSON")
        if sig is None:
            report.unsigned += 1
            if seen_signed:
                report.problems.append(f"{where}: unsigned after signed lines (forged?)")
        else:
            seen_signed = True
            report.signed += 1
            problem = _check_signature(sig, hash_col, keys)
            if problem:
                report.problems.append(f"{where}: {problem}")
        prev, expected = hash_col, seq + 1
    report.stations[station] = count


def check_signature(sig: Any, line_hash: str, keys: list[Any]) -> str | None:
    """None when a line's `sig` verifies against one of `keys`; else what is wrong (also used by push)."""
    return _check_signature(sig, line_hash, keys)


def _check_signature(sig: Any, line_hash: str, keys: list[Any]) -> str | None:
    if not keys:
        return "signed, but the shop trusts no key for this station"
    if not isinstance(sig, dict):
        return "its signature is not readable"
    key_id = str(sig.get("key", "")).upper()
    signature = sig.get("ed25519")
    try:
        raw = base64.b64decode(signature or "", validate=True)
    except (ValueError, TypeError):
        return "its signature is not readable"
    for key in keys:
        if key.key_id_hex == key_id:
            return None if key.verify(raw, signed_message(line_hash)) else f"its signature by key {key_id} is forged"
    return f"signed by key {key_id[:16]}, which the shop does not trust for this station"


def _check_files(conn, station: str, report: VerifyReport) -> None:
    for seq, path, sha, content, line_path, line_sha in conn.execute(
        "SELECT f.seq, f.path, f.sha256, f.content, l.path, l.sha256 FROM record_files f"
        " JOIN ledger_lines l ON l.station = f.station AND l.seq = f.seq WHERE f.station = %s ORDER BY f.seq",
        (station,),
    ):
        actual = sha256_bytes(bytes(content))
        if actual != sha:
            report.problems.append(f"station {station} line {seq}: file {path} does not match its SHA-256")
        elif path == line_path and actual != line_sha:
            report.problems.append(f"station {station} line {seq}: file {path} is not the one its line names")


def _check_runs(conn, station: str, report: VerifyReport) -> None:
    from rmos_desktop.core.shop.sync import SyncRefused, run_row

    for run_id, row, path, content in conn.execute(
        "SELECT r.run_id, r.row, l.path, f.content FROM runs r"
        " JOIN ledger_lines l ON l.station = r.station AND l.seq = r.seq"
        " LEFT JOIN record_files f ON f.station = r.station AND f.seq = r.seq AND f.path = l.path"
        " WHERE r.station = %s",
        (station,),
    ):
        if content is None:
            report.problems.append(f"station {station} run {run_id}: its artifact file is not on the server")
            continue
        try:
            derived = run_row(json.loads(bytes(content)), path)
        except (ValueError, SyncRefused) as exc:
            report.problems.append(f"station {station} run {run_id}: {exc}")
            continue
        derived.pop("search", None)
        if derived != row:
            changed = sorted(k for k in set(derived) | set(row) if derived.get(k) != row.get(k))
            report.problems.append(
                f"station {station} run {run_id}: the listed row differs from its artifact ({', '.join(changed)})"
            )
