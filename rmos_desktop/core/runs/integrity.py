"""Checks on one stored artifact: does its file match its ledger line, and do the hashes it holds match
what it holds (feasibility, toolpaths record, operation plan, G-code inline or in its sidecar)?"""

from __future__ import annotations

import json
from pathlib import Path

from rmos_desktop.core.runs.hashing import sha256_bytes, sha256_json, sha256_text
from rmos_desktop.core.runs.ledger import Ledger
from rmos_desktop.core.runs.schemas import RunArtifact


def ledger_file_hashes(ledger: Ledger) -> dict[str, str]:
    """Relative path → SHA-256 for every record the ledger lists (the last line wins)."""
    out: dict[str, str] = {}
    for _, text in ledger.lines():
        try:
            entry = json.loads(text)
        except ValueError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("path"), str) and entry.get("kind") != "void":
            out[entry["path"]] = str(entry.get("sha256"))
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
