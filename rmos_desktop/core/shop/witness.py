"""The shop as a witness: cosign each station checkpoint the server's copy confirms, and hand the cosigned
checkpoints back to their stations.

A PostgreSQL server cannot hold or use a signing key by itself, so the witness is whoever holds the shop's witness
key (`rmos shop witness --key SHOP.key`, run in the office or on the server PC, by hand or on a timer). It cosigns
a checkpoint only when the station's own signature verifies against the key the shop trusts for that station and
the server's copy of that station's chain has the checkpoint's hash at the checkpoint's size. Once cosigned, a
rewrite of that station's records up to that size is caught against the shop's public key, even by someone with
full control of the workstation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from rmos_desktop.core.runs.checkpoints import CheckpointError, cosign, parse_checkpoint, verify_checkpoint
from rmos_desktop.core.runs.keys import PublicKey, SigningKey
from rmos_desktop.core.shop.verify import station_keys

WITNESS_NAME_PREFIX = "rmos-shop/"


@dataclass
class WitnessReport:
    cosigned: list[dict[str, Any]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    already: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"cosigned": self.cosigned, "refused": self.refused, "already_cosigned": self.already}

    def text(self) -> str:
        lines = [f"cosigned {len(self.cosigned)} checkpoints ({self.already} already cosigned)"]
        lines += [f"  {c['station']}: size {c['size']}" for c in self.cosigned]
        lines += [f"  refused: {r}" for r in self.refused]
        return "\n".join(lines)


def witness_name(key: SigningKey | PublicKey) -> str:
    return f"{WITNESS_NAME_PREFIX}{key.key_id_hex}"


def witness(conn, key: SigningKey) -> WitnessReport:
    """Cosign every station checkpoint on the server that is not cosigned yet and that the server confirms."""
    report = WitnessReport()
    rows = conn.execute(
        "SELECT l.station, l.seq, f.content FROM ledger_lines l"
        " JOIN record_files f ON f.station = l.station AND f.seq = l.seq AND f.path = l.path"
        " WHERE l.kind = 'checkpoint' ORDER BY l.station, l.seq"
    ).fetchall()
    done = {(s, n) for s, n in conn.execute("SELECT station, size FROM cosigned_checkpoints")}
    for station, seq, content in rows:
        try:
            record = json.loads(bytes(content))
        except ValueError:
            report.refused.append(f"{station} line {seq}: the checkpoint record is not JSON")
            continue
        if (
            not isinstance(record, dict)
            or record.get("action") != "checkpoint"
            or not isinstance(record.get("note"), str)
        ):
            continue  # a cosign record: the station's copy of someone's cosignature
        problem = _cosign_one(conn, key, station, record["note"], done, report)
        if problem:
            report.refused.append(f"{station} line {seq}: {problem}")
    return report


def _cosign_one(conn, key: SigningKey, station: str, text: str, done: set, report: WitnessReport) -> str | None:
    try:
        cp, _ = parse_checkpoint(text)
    except CheckpointError as exc:
        return str(exc)
    if (station, cp.size) in done:
        report.already += 1
        return None
    trusted = station_keys(conn, station)
    if not trusted or not verify_checkpoint(text, trusted).ok:
        return "not signed by the key the shop trusts for this station"
    row = conn.execute("SELECT hash FROM ledger_lines WHERE station = %s AND seq = %s", (station, cp.size)).fetchone()
    if row is None:
        return f"the server has no line {cp.size} of this station yet"
    if row[0] != cp.head_hash:
        return f"the server's line {cp.size} has another hash: the station's history differs from the shop's copy"
    cosigned = cosign(text, key, witness_name(key), trusted=trusted).text
    conn.execute(
        "INSERT INTO cosigned_checkpoints (station, size, head, checkpoint) VALUES (%s, %s, %s, %s)"
        " ON CONFLICT DO NOTHING",
        (station, cp.size, cp.head_hash, cosigned),
    )
    done.add((station, cp.size))
    report.cosigned.append({"station": station, "size": cp.size, "head": cp.head_hash})
    return None


def cosigned_for(conn, station: str) -> list[str]:
    """The shop-cosigned checkpoints of one station, oldest first (what its sync takes home)."""
    return [r[0] for r in conn.execute(
        "SELECT checkpoint FROM cosigned_checkpoints WHERE station = %s ORDER BY size", (station,)
    )]  # fmt: skip
