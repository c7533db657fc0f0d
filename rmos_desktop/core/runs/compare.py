"""Comparing two runs: "what changed between the blocked attempt and the OK one?" — request fields,
decision and every calculator's value and status, side by side (the history's Compare with…)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rmos_desktop.core.runs.schemas import RunArtifact


@dataclass(frozen=True)
class Difference:
    section: str  # "run", "request", "decision" or "feasibility"
    field: str
    a: str
    b: str

    @property
    def changed(self) -> bool:
        return self.a != self.b


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value) or "—"
    return str(value)


def _flatten(value: Any, prefix: str = "") -> dict[str, str]:
    if isinstance(value, dict):
        out: dict[str, str] = {}
        for k, v in value.items():
            out.update(_flatten(v, f"{prefix}.{k}" if prefix else str(k)))
        return out
    return {prefix: _text(value)}


def _calculators(artifact: RunArtifact) -> dict[str, str]:
    feas = artifact.feasibility if isinstance(artifact.feasibility, dict) else {}
    out: dict[str, str] = {"risk level": _text(feas.get("risk_level")), "score": _text(feas.get("score"))}
    for calc in feas.get("calculators") or []:
        if not isinstance(calc, dict):
            continue
        label = str(calc.get("label") or calc.get("id"))
        value = calc.get("value")
        shown = "—" if value is None else f"{_text(value)} {calc.get('unit') or ''}".strip()
        out[label] = f"{shown}  {calc.get('status')}"
    return out


def compare_runs(a: RunArtifact, b: RunArtifact) -> list[Difference]:
    """Every compared field of two runs, in a stable order; `changed` marks the differences."""
    rows: list[Difference] = []

    def add(section: str, left: dict[str, str], right: dict[str, str]) -> None:
        keys = list(dict.fromkeys([*left, *right]))
        rows.extend(Difference(section, k, left.get(k, "—"), right.get(k, "—")) for k in keys)

    add(
        "run",
        {"status": a.status, "tool": a.tool_id, "mode": a.mode, "created (UTC)": a.created_at_utc.isoformat()},
        {"status": b.status, "tool": b.tool_id, "mode": b.mode, "created (UTC)": b.created_at_utc.isoformat()},
    )
    add(
        "request",
        _flatten(a.request_summary if isinstance(a.request_summary, dict) else {"request": a.request_summary}),
        _flatten(b.request_summary if isinstance(b.request_summary, dict) else {"request": b.request_summary}),
    )
    add(
        "decision",
        {
            "risk level": str(a.decision.risk_level),
            "score": _text(a.decision.score),
            "block reason": _text(a.decision.block_reason),
            "warnings": _text(a.decision.warnings),
        },
        {
            "risk level": str(b.decision.risk_level),
            "score": _text(b.decision.score),
            "block reason": _text(b.decision.block_reason),
            "warnings": _text(b.decision.warnings),
        },
    )
    add("feasibility", _calculators(a), _calculators(b))
    return rows
