"""The safety policy and the decision the pipeline records: block on RED, and on UNKNOWN as if RED.

There is no override of a block. A supervisor's route is a reviewed catalog or policy change.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from rmos_desktop.core.decision import RiskLevel, RunDecision
from rmos_desktop.core.feasibility.base import FeasibilityReport

POLICY_VERSION = "1"


class SafetyPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    block_on_red: bool = True
    treat_unknown_as_red: bool = True
    version: str = POLICY_VERSION

    def should_block(self, decision: RunDecision) -> bool:
        level = decision.risk_level
        if level == RiskLevel.RED:
            return self.block_on_red
        if level == RiskLevel.UNKNOWN:
            return self.treat_unknown_as_red and self.block_on_red
        return False


def compute_saw_safety_decision(feasibility: FeasibilityReport | dict[str, Any]) -> RunDecision:
    """Turn a feasibility report into the decision: level, score, why it would block, warnings."""
    report = (
        feasibility if isinstance(feasibility, FeasibilityReport) else FeasibilityReport.model_validate(feasibility)
    )
    reds = report.by_status("RED")
    unknowns = report.by_status("UNKNOWN")
    yellows = report.by_status("YELLOW")
    reason: str | None = None
    if report.risk_level == RiskLevel.RED:
        reason = "; ".join(r.explanation for r in reds)
    elif report.risk_level == RiskLevel.UNKNOWN:
        problems = [str((e.field and f"{e.field}: {e.message}") or e.message) for e in report.input_errors]
        for r in unknowns:
            text = r.explanation.removeprefix("Cannot check: ")
            if text not in problems:
                problems.append(text)
        reason = "Cannot judge this job, so it is treated as unsafe: " + "; ".join(problems)
    return RunDecision(
        risk_level=report.risk_level,
        score=report.score,
        block_reason=reason,
        warnings=list(report.warnings),
        details={
            "red": [r.id for r in reds],
            "yellow": [r.id for r in yellows],
            "unknown": [r.id for r in unknowns],
            "input_errors": [e.model_dump() for e in report.input_errors],
        },
    )
