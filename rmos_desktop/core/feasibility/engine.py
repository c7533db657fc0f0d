"""Runs every calculator over a request and combines them exactly as the reference says.

Calculators whose inputs are valid still run when others are not, so the real hazard is named.
Any RED → RED (RED wins over UNKNOWN). Else a missing or invalid input, an unknown catalog entry or a
calculator exception → UNKNOWN (never a guess; score None). Otherwise the weighted mean of the
scores; any YELLOW → YELLOW (its score capped into the YELLOW band), else GREEN.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

from rmos_desktop.core.catalog import Catalog, entry_dump
from rmos_desktop.core.feasibility import (
    bite,
    blade_speed,
    cut_length,
    depth,
    direction,
    envelope,
    feed,
    kerf_pitch,
    kerf_plate,
    power,
    rim_speed,
    stock,
)
from rmos_desktop.core.feasibility.base import (
    CalculatorResult,
    Context,
    FeasibilityReport,
    InputError,
    Missing,
    RiskLevel,
    Row,
)
from rmos_desktop.core.jobs import JobParse, parse_job
from rmos_desktop.core.toolpaths.opplan import Plan, plan_job

log = logging.getLogger(__name__)

ENGINE_VERSION = 1
CALCULATORS = (
    blade_speed,
    rim_speed,
    bite,
    depth,
    power,
    feed,
    envelope,
    direction,
    cut_length,
    kerf_pitch,
    kerf_plate,
    stock,
)
YELLOW_CAP = 79.0


def _field_errors(parse: JobParse) -> dict[str, str]:
    """Top-level field → its first problem, as a person reads it (`cut` → `cut.count: must be ≤ 10000`)."""
    out: dict[str, str] = {}
    for err in parse.errors:
        top = err.field.split(".", 1)[0]
        if top and top not in out:
            out[top] = str(err)
    return out


@dataclass(frozen=True)
class JobPlan:
    """The planned geometry of one parsed request, made once per attempt: the feasibility reads it and the
    G-code is posted from it. `plan` is None when the inputs it needs are missing or invalid (`problem` says
    which); the calculators that need it then report UNKNOWN."""

    plan: Plan | None
    problem: str | None = None


def _plan(ctx: Context) -> JobPlan:
    try:
        cut = ctx.value("cut")
        depth_mm = ctx.value("depth_mm")
        stepdown = ctx.optional("stepdown_mm")
        blade, machine = ctx.blade, ctx.machine
    except Missing as exc:
        return JobPlan(None, str(exc))
    return JobPlan(plan_job(cut, depth_mm=depth_mm, stepdown_mm=stepdown, blade=blade, machine=machine))


def _run(module: Any, ctx: Context) -> CalculatorResult:
    try:
        return module.evaluate(ctx)
    except Missing as exc:
        return Row(module.ID, module.LABEL).judge("UNKNOWN", None, f"Cannot check: {exc}")
    except Exception as exc:  # a calculator bug must never fail open
        log.exception("calculator %s failed", module.ID)
        return Row(module.ID, module.LABEL).judge(
            "UNKNOWN", None, f"Calculator failed ({type(exc).__name__}); treated as unknown"
        )


def combine(
    results: list[CalculatorResult], weights: dict[str, float], has_input_errors: bool
) -> tuple[RiskLevel, float | None]:
    applicable = [r for r in results if r.status != "NA"]
    reds = [r for r in applicable if r.status == "RED"]
    if reds:
        return RiskLevel.RED, min(r.score or 0.0 for r in reds)
    if has_input_errors or any(r.status == "UNKNOWN" for r in applicable):
        return RiskLevel.UNKNOWN, None
    total_w = sum(weights.get(r.id, 1.0) for r in applicable)
    if total_w > 0:
        score = sum(weights.get(r.id, 1.0) * (r.score or 0.0) for r in applicable) / total_w
    else:
        score = sum(r.score or 0.0 for r in applicable) / max(1, len(applicable))
    if any(r.status == "YELLOW" for r in applicable) or score < 80.0:
        return RiskLevel.YELLOW, round(min(score, YELLOW_CAP), 1)
    return RiskLevel.GREEN, round(score, 1)


def _lookup(catalog: Catalog, fields: dict[str, Any], field_errors: dict[str, str]):
    def ident(name: str) -> str | None:
        return None if name in field_errors else fields.get(name)

    tool, material, machine = ident("tool_id"), ident("material"), ident("machine")
    return (
        catalog.blade(tool) if tool else None,
        catalog.material(material) if material else None,
        catalog.machine(machine) if machine else None,
    )


def _context(parse: JobParse, catalog: Catalog) -> Context:
    """What the calculators read: the valid fields, each invalid field's problem and the catalog entries
    (the plan is added once it is made)."""
    field_errors = _field_errors(parse)
    if not parse.raw_is_object:
        field_errors = {
            name: "the request is not a JSON object"
            for name in ("tool_id", "material", "rpm", "feed_mm_min", "depth_mm", "cut", "machine")
        }
    blade_e, material_e, machine_e = _lookup(catalog, parse.fields, field_errors)
    return Context(
        fields=parse.fields,
        field_errors=field_errors,
        catalog=catalog,
        blade_entry=blade_e,
        material_entry=material_e,
        machine_entry=machine_e,
        plan_entry=None,
    )


def plan_request(parse: JobParse, catalog: Catalog) -> JobPlan:
    """Plan a parsed request's geometry once, from its valid fields and catalog entries (even when other
    fields are invalid, so the envelope is still judged). Never raises for bad input."""
    return _plan(_context(parse, catalog))


def evaluate_feasibility(request: Any, catalog: Catalog, *, planned: JobPlan | None = None) -> FeasibilityReport:
    """The feasibility of a raw request (dict, or anything a caller sent) or of a JobParse.

    `planned` is `plan_request(parse, catalog)` of the same parse when the caller has it already (the attempt
    plans once); without it the request is planned here. Never raises: bad input becomes UNKNOWN with every
    problem named.
    """
    parse = request if isinstance(request, JobParse) else parse_job(request)
    ctx = _context(parse, catalog)
    if planned is None:
        planned = _plan(ctx)
    ctx = replace(ctx, plan_entry=planned.plan, plan_problem=planned.problem)
    results = [_run(module, ctx) for module in CALCULATORS]
    level, score = combine(results, catalog.weights, bool(parse.errors))
    warnings = [r.explanation for r in results if r.status == "YELLOW"]
    warnings.extend(parse.notes)
    return FeasibilityReport(
        engine_version=ENGINE_VERSION,
        risk_level=level,
        score=score,
        calculators=results,
        warnings=warnings,
        input_errors=[InputError(field=e.field, message=e.message) for e in parse.errors],
        catalog={"version": catalog.version, "sha256": catalog.sha256},
        entries={
            "blade": entry_dump(ctx.blade_entry),
            "material": entry_dump(ctx.material_entry),
            "machine": entry_dump(ctx.machine_entry),
        },
    )
