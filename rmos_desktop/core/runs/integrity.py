"""Checks on one stored artifact: does its file match its ledger line, and do the hashes it holds match
what it holds (feasibility, toolpaths record, operation plan, G-code inline or in its sidecar)?"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rmos_desktop.core.hashing import sha256_bytes, sha256_json, sha256_text
from rmos_desktop.core.runs.ledger import Ledger, Verifier, line_hash, parse_line, signature_of, signed_message
from rmos_desktop.core.runs.schemas import RunArtifact


def ledger_file_hashes(ledger: Ledger, only: Iterable[str] | None = None) -> dict[str, str]:
    """Relative path → SHA-256 for every record the ledger lists and still vouches for (with `only`, for
    those paths alone: lines that do not name one are neither parsed nor hashed, except the line after a
    wanted one, whose `prev` confirms it — an export checks one file without re-hashing the whole ledger).

    A line vouches for its file only when its own hash matches its content and the next line's `prev`
    names that hash (the last line is witnessed by the heads quoted in exports and reports instead), so
    neither an edited line nor a re-hashed forgery inside the chain makes a modified file look listed. A
    `void` line withdraws the record it names (its write failed). `rmos audit verify` says what is wrong;
    this only answers "does the ledger vouch for this exact file?" for export, verify and archive.
    """
    out: dict[str, str] = {}
    pending: dict[str, Any] | None = None  # the previous sound line, applied once its successor confirms it

    def apply(entry: dict[str, Any]) -> None:
        if entry["kind"] == "void":
            if out.get(entry["path"]) == entry["sha256"]:
                del out[entry["path"]]
        else:
            out[entry["path"]] = entry["sha256"]

    needles = None if only is None else [json.dumps(path, ensure_ascii=False)[1:-1].encode() for path in only]
    for raw in ledger.iter_raw():
        if needles is not None and pending is None and not any(n in raw.data for n in needles):
            continue  # names no wanted path, and no wanted line waits for it to confirm it
        try:
            entry = parse_line(raw.data)
        except ValueError:
            entry = None
        if entry is not None and line_hash(entry) != entry["hash"]:
            entry = None
        if pending is not None and entry is not None and entry["prev"] == pending["hash"]:
            apply(pending)
        wanted = needles is None or (entry is not None and any(n in raw.data for n in needles))
        pending = entry if wanted else None
    if pending is not None:
        apply(pending)
    return out


def signature_problems(ledger: Ledger, only: Iterable[str], trust: Sequence[Verifier]) -> dict[str, str]:
    """Path → why the ledger lines naming it are not vouched for by a trusted signature (paths whose lines
    are sound are left out). A line must carry a signature that verifies with a trusted key, unless it
    stands before the ledger's first signed line (an older version's, unsigned). With no trusted key at all a
    signed line cannot be checked, and is reported so."""
    wanted = list(only)
    needles = {path: json.dumps(path, ensure_ascii=False)[1:-1].encode() for path in wanted}
    keys = {k.key_id_hex.upper(): k for k in trust}
    out: dict[str, str] = {}
    signed_seen = False
    for raw in ledger.iter_raw():
        named = [p for p, n in needles.items() if n in raw.data]
        has_sig = b'"sig":{' in raw.data
        if named:
            try:
                entry = parse_line(raw.data)
            except ValueError:
                entry = None
            why = None
            sig = None if entry is None else signature_of(entry)
            if entry is None or line_hash(entry) != entry["hash"]:
                why = "its ledger line is damaged or was edited"
            elif sig is None:
                if signed_seen:
                    why = f"its ledger line (seq {entry['seq']}) is not signed: appended without the station key"
            elif not keys:
                why = (
                    f"its ledger line (seq {entry['seq']}) is signed, but no trusted public key is at hand to check it"
                )
            elif sig[0].upper() not in keys:
                why = f"its ledger line (seq {entry['seq']}) is signed by {sig[0].upper()}, which is not trusted"
            elif not keys[sig[0].upper()].verify(sig[1], signed_message(entry["hash"])):
                why = f"its ledger line (seq {entry['seq']}) has a signature that does not verify (forged)"
            for path in named:
                if entry is not None and entry["path"] != path:
                    continue
                if why is not None:
                    out.setdefault(path, why)
        signed_seen = signed_seen or has_sig
    return out


def inner_hash_problems(artifact: RunArtifact, artifact_path: Path) -> list[str]:
    """What in the artifact does not match its own recorded hashes (empty when all agree)."""
    h = artifact.hashes
    problems = []
    if sha256_json(artifact.feasibility) != h.feasibility_sha256:
        problems.append("feasibility does not match feasibility_sha256")
    if h.toolpaths_sha256 is not None and (
        artifact.outputs.toolpaths is None or sha256_json(artifact.outputs.toolpaths) != h.toolpaths_sha256
    ):
        problems.append("toolpaths record does not match toolpaths_sha256")
    if h.opplan_sha256 is not None and (
        artifact.outputs.opplan_json is None or sha256_json(artifact.outputs.opplan_json) != h.opplan_sha256
    ):
        problems.append("operation plan does not match opplan_sha256")
    if h.gcode_sha256 is not None:
        if artifact.outputs.gcode_text is not None:
            if sha256_text(artifact.outputs.gcode_text) != h.gcode_sha256:
                problems.append("embedded G-code does not match gcode_sha256")
        elif artifact.outputs.gcode_path == f"{artifact.run_id}.nc":
            sidecar = artifact_path.parent / artifact.outputs.gcode_path
            try:
                if sha256_bytes(sidecar.read_bytes()) != h.gcode_sha256:
                    problems.append(f"G-code file {sidecar.name} does not match gcode_sha256")
            except OSError as exc:
                problems.append(f"G-code file {sidecar.name} cannot be read ({exc.strerror or exc})")
        else:
            problems.append("gcode_sha256 is set but the artifact holds no G-code")
    return problems
