"""One assessment of a request: parse -> plan -> feasibility -> decision, each done once.

The pipeline, the self-test, `rmos check` and the GUI's live panel all judge a job through `assess`, so they
can never disagree about a job; the YELLOW acknowledgement an operator gives is built here too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

from rmos_desktop.core.catalog import Catalog
from rmos_desktop.core.decision import RiskLevel, RunDecision
from rmos_desktop.core.feasibility.base import FeasibilityReport
from rmos_desktop.core.feasibility.engine import JobPlan, evaluate_feasibility, plan_request
from rmos_desktop.core.hashing import sha256_json, summarize_request
from rmos_desktop.core.jobs import FIELD_NAMES, JobParse, JobRequest, parse_job
from rmos_desktop.core.safety import SafetyPolicy, compute_saw_safety_decision
from rmos_desktop.core.toolpaths.opplan import Plan


def resolve_mode(tool_id: str) -> str:
    """The machine mode a tool id names: `saw:` blades, `router:` bits, else unknown."""
    if tool_id.startswith("saw:"):
        return "saw"
    if tool_id.startswith("router:"):
        return "router"
    return "unknown"


@dataclass(frozen=True)
class Assessment:
    """Everything known about one request before anything is generated or recorded.

    The request summary and its hash are computed on first use (the live panel rarely needs them).
    """

    raw: Any
    parse: JobParse
    planned: JobPlan
    report: FeasibilityReport
    decision: RunDecision
    blocked: bool  # the policy would block this request (a Generate records a BLOCKED run)

    @property
    def request(self) -> JobRequest | None:
        """The validated request, None when any field is missing or invalid."""
        return self.parse.request

    @property
    def plan(self) -> Plan | None:
        return self.planned.plan

    @property
    def risk_level(self) -> RiskLevel:
        return self.report.risk_level

    @cached_property
    def request_summary(self) -> Any:
        """What the run artifact records as the request: the validated request, else a bounded summary."""
        if self.parse.request is not None:
            return self.parse.request.model_dump(mode="json")
        return summarize_request(self.raw)

    @cached_property
    def request_sha256(self) -> str:
        return sha256_json(self.request_summary)

    @property
    def tool_id(self) -> str:
        summary = self.request_summary
        tool = summary.get("tool_id") if isinstance(summary, dict) else None
        return tool if isinstance(tool, str) else ""

    @property
    def mode(self) -> str:
        return resolve_mode(self.tool_id)

    def check_payload(self) -> dict[str, Any]:
        """The verdict as `rmos check --json` prints it: the feasibility, the decision and whether a Generate
        would be blocked."""
        return {
            "feasibility": self.report.model_dump(mode="json"),
            "decision": self.decision.model_dump(mode="json"),
            "would_block": self.blocked,
        }

    @property
    def needs_acknowledgement(self) -> bool:
        """A complete YELLOW request: generating it asks the operator to acknowledge the warnings."""
        return self.report.risk_level == RiskLevel.YELLOW and self.parse.request is not None


def assess(raw: Any, catalog: Catalog, policy: SafetyPolicy | None = None) -> Assessment:
    """Judge a raw request (a dict, a JobRequest, a JobParse or anything a caller sent) once.

    Never raises for bad input: it becomes UNKNOWN with every problem named.
    """
    policy = policy or SafetyPolicy()
    if isinstance(raw, JobParse):
        parse = raw
    elif isinstance(raw, JobRequest):
        parse = JobParse(raw, {name: getattr(raw, name) for name in FIELD_NAMES}, [])
    else:
        parse = parse_job(raw)
    planned = plan_request(parse, catalog)
    report = evaluate_feasibility(parse, catalog, planned=planned)
    decision = compute_saw_safety_decision(report)
    return Assessment(
        raw=raw,
        parse=parse,
        planned=planned,
        report=report,
        decision=decision,
        blocked=policy.should_block(decision),
    )


def utc_stamp(now: Callable[[], datetime] | None = None) -> str:
    """An ISO-8601 UTC time with a `Z`, as acknowledgements record it."""
    when = now() if now is not None else datetime.now(UTC)
    return when.astimezone(UTC).isoformat().replace("+00:00", "Z")


def acknowledgement_record(
    assessment: Assessment, *, operator: str | None, now: Callable[[], datetime] | None = None
) -> dict[str, Any]:
    """The record of an operator acknowledging a YELLOW job's warnings, stored in the run's
    `meta.acknowledgement`: who, which warnings, for which request (its hash) and when (UTC).

    Raises ValueError when the request does not need one (not YELLOW, or not a complete request).
    """
    if not assessment.needs_acknowledgement:
        raise ValueError(
            f"only a complete YELLOW request is acknowledged (this one is {assessment.risk_level}"
            + ("" if assessment.request is not None else ", with invalid fields")
            + ")"
        )
    return {
        "by": operator or None,
        "warnings": list(assessment.decision.warnings),
        "request_sha256": assessment.request_sha256,
        "at_utc": utc_stamp(now),
    }
