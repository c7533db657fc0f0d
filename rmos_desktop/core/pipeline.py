"""rmos_toolpaths: one attempt to generate toolpaths → OK, BLOCKED or ERROR, always one artifact.

The only outcome without an artifact is STORAGE_ERROR, where nothing could be made durable and no
G-code is released (DESIGN.md §3–§4).
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rmos_desktop import __version__
from rmos_desktop.core.catalog import Blade, Catalog, MachineProfile, Material
from rmos_desktop.core.feasibility import FeasibilityReport, RiskLevel, evaluate_feasibility
from rmos_desktop.core.hashing import sha256_json, sha256_text, summarize_request
from rmos_desktop.core.jobs import JobParse, JobRequest, parse_job
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import (
    INLINE_GCODE_LIMIT,
    Hashes,
    RunArtifact,
    RunOutputs,
    utc_now,
)
from rmos_desktop.core.runs.store import StoreError
from rmos_desktop.core.safety import RunDecision, SafetyPolicy, compute_saw_safety_decision
from rmos_desktop.core.toolpaths.moves import FEED, PLUNGE, MoveList, move_stats, outside_envelope
from rmos_desktop.core.toolpaths.opplan import Plan, plan_job
from rmos_desktop.core.toolpaths.post import Program, generate_gcode

log = logging.getLogger(__name__)

TOOLPATHS_RECORD_VERSION = 1


class PipelineOutcome(Exception):
    """A non-OK outcome; `detail` mirrors the original HTTP detail object."""

    exit_code = 1

    def __init__(self, detail: dict[str, Any]):
        super().__init__(detail.get("message", ""))
        self.detail = detail


class SafetyBlocked(PipelineOutcome):
    exit_code = 3


class ToolpathsError(PipelineOutcome):
    exit_code = 4


class StorageError(PipelineOutcome):
    exit_code = 5


class GenerationCheckFailed(RuntimeError):
    """The generated program broke a rule the feasibility said it would keep (a generator bug)."""


def resolve_mode(tool_id: str) -> str:
    if tool_id.startswith("saw:"):
        return "saw"
    if tool_id.startswith("router:"):
        return "router"
    return "unknown"


def check_program(moves: MoveList, request: JobRequest, machine_travel: dict, max_feed: float) -> list[str]:
    """Check every generated move, independently of the plan: inside the travel, feeds within the
    machine's maximum, never deeper than the requested depth by more than half of the post's 0.001 mm
    step (the rounding of the Z word itself: a 0.79375 mm request posts as Z-0.794)."""
    from decimal import Decimal

    half_step = Decimal("0.0005")  # exactly half of the post's 0.001 mm resolution
    problems = []
    bad = outside_envelope(moves, machine_travel)
    if bad:
        i = bad[0]
        problems.append(f"{len(bad)} moves leave the machine's travel (first at G-code line {moves.line[i]})")
    a = moves.arrays()
    cutting = (a["kind"] == FEED) | (a["kind"] == PLUNGE)
    if cutting.any() and float(a["feed"][cutting].max()) > max_feed:
        problems.append(f"a feed move exceeds the machine's maximum feed {max_feed:g} mm/min")
    # Compared in decimal, as written: the Z word (3 decimals; repr gives it back exactly) against the
    # request's depth as written (its shortest repr), so the tolerance is exactly the half step.
    if len(moves) and -Decimal(repr(float(a["z"].min()))) - Decimal(repr(request.depth_mm)) > half_step:
        problems.append(f"a move goes below the requested depth {request.depth_mm!r} mm by more than 0.0005 mm")
    return problems


def toolpaths_record(
    *,
    mode: str,
    dialect: str,
    machine: str,
    stats: dict,
    line_count: int,
    passes: int,
    cuts: int,
    gcode_sha256: str,
    opplan_sha256: str,
) -> dict[str, Any]:
    """The canonical toolpaths record stored in `outputs.toolpaths`; toolpaths_sha256 hashes it."""
    return {
        "version": TOOLPATHS_RECORD_VERSION,
        "mode": mode,
        "dialect": dialect,
        "machine": machine,
        "extents": stats["extents"],
        "feed_length_mm": stats["feed_length_mm"],
        "rapid_length_mm": stats["rapid_length_mm"],
        "estimated_time_s": stats["estimated_time_s"],
        "move_counts": stats["counts"],
        "moves": stats["moves"],
        "line_count": line_count,
        "cuts": cuts,
        "passes": passes,
        "gcode_sha256": gcode_sha256,
        "opplan_sha256": opplan_sha256,
    }


@dataclass(frozen=True)
class BuiltProgram:
    plan: Plan
    program: Program
    blade: Blade
    material: Material
    machine: MachineProfile


def build_program(request: JobRequest, catalog: Catalog, *, request_sha256: str | None = None) -> BuiltProgram:
    """Plan and post a validated request with its catalog entries: the G-code the pipeline writes, before
    its checks and without recording anything (also what tests, benches and the golden files start from).
    `request_sha256` (named in the header comment) defaults to the request's own canonical hash."""
    blade = catalog.blade(request.tool_id)
    material = catalog.material(request.material)
    machine = catalog.machine(request.machine)
    if blade is None or material is None or machine is None:
        raise ValueError("a catalog entry is missing; nothing can be generated")
    if request_sha256 is None:
        request_sha256 = sha256_json(request.model_dump(mode="json"))
    plan = plan_job(
        request.cut, depth_mm=request.depth_mm, stepdown_mm=request.stepdown_mm, blade=blade, machine=machine
    )
    program = generate_gcode(
        plan, request=request, blade=blade, material=material, machine=machine, request_sha256=request_sha256
    )
    return BuiltProgram(plan, program, blade, material, machine)


def _generate(parse: JobParse, catalog: Catalog, request_sha256: str, mode: str) -> dict[str, Any]:
    request = parse.request
    if request is None:
        raise ValueError("the request is invalid and the policy did not block it; nothing can be generated")
    if mode != "saw":
        raise ValueError(f"no toolpath generator for mode {mode!r}")
    built = build_program(request, catalog, request_sha256=request_sha256)
    plan, program, blade, material, machine = built.plan, built.program, built.blade, built.material, built.machine
    travel = {
        "x": (machine.travel_x_mm.min, machine.travel_x_mm.max),
        "y": (machine.travel_y_mm.min, machine.travel_y_mm.max),
        "z": (machine.travel_z_mm.min, machine.travel_z_mm.max),
    }
    problems = check_program(program.moves, request, travel, machine.max_feed_mm_min)
    if problems:
        raise GenerationCheckFailed("; ".join(problems))
    if not program.gcode_text.isascii():
        raise GenerationCheckFailed("the G-code is not pure ASCII")
    stats = move_stats(program.moves, accel_mm_s2=machine.accel_mm_s2, dwell_s=machine.spinup_dwell_s).as_dict()
    opplan = plan.opplan_json(
        tool_id=blade.tool_id,
        material=material.id,
        machine_id=machine.id,
        rpm=request.rpm,
        feed=request.feed_mm_min,
        plunge_feed=machine.plunge_feed_mm_min,
    )
    gcode_sha = sha256_text(program.gcode_text)
    opplan_sha = sha256_json(opplan)
    record = toolpaths_record(
        mode=mode,
        dialect=program.dialect,
        machine=machine.id,
        stats=stats,
        line_count=program.line_count,
        passes=plan.passes,
        cuts=plan.cut_count,
        gcode_sha256=gcode_sha,
        opplan_sha256=opplan_sha,
    )
    return {
        "gcode_text": program.gcode_text,
        "opplan_json": opplan,
        "toolpaths": record,
        "move_list": program.moves,
        "gcode_sha256": gcode_sha,
        "opplan_sha256": opplan_sha,
        "toolpaths_sha256": sha256_json(record),
    }


def rmos_toolpaths(
    request: Any,
    *,
    recorder: RunRecorder,
    catalog: Catalog,
    policy: SafetyPolicy | None = None,
    operator: str | None = None,
    acknowledgement: dict[str, Any] | None = None,
    now: Callable[[], datetime] = utc_now,
) -> dict[str, Any]:
    """Judge and, if allowed, generate one request; record exactly one artifact for the attempt.

    Returns the OK payload; raises SafetyBlocked (409), ToolpathsError (500) or StorageError.
    """
    policy = policy or SafetyPolicy()
    run_id = new_id()
    created = now()
    meta: dict[str, Any] = {
        "app_version": __version__,
        "policy": policy.model_dump(mode="json"),
        "catalog": {"version": catalog.version, "sha256": catalog.sha256},
        "operator": operator or None,
        "workstation": platform.node()[:100] or None,
    }

    # Everything before generation is guarded too: a bug here must still leave an ERROR artifact.
    try:
        parse = parse_job(request)
        report = evaluate_feasibility(parse, catalog)
        summary = parse.request.model_dump(mode="json") if parse.request is not None else summarize_request(request)
        tool_id = summary.get("tool_id") if isinstance(summary.get("tool_id"), str) else ""
        mode = resolve_mode(tool_id)
        decision = compute_saw_safety_decision(report)
        if parse.notes:
            meta["warnings"] = list(parse.notes)
    except Exception as exc:
        log.exception("run %s: evaluation failed", run_id)
        parse, summary, tool_id, mode = None, summarize_request(request), "", "unknown"
        report = None
        decision = RunDecision(risk_level=RiskLevel.UNKNOWN, block_reason=f"evaluation failed: {type(exc).__name__}")
        return _record_error(run_id, created, mode, tool_id, summary, report, decision, meta, exc, recorder)

    feasibility = report.model_dump(mode="json")
    feasibility_sha = sha256_json(feasibility)
    request_sha = sha256_json(summary)
    if acknowledgement is not None:
        meta["acknowledgement"] = acknowledgement

    def artifact(status: str, hashes: Hashes, outputs: RunOutputs | None = None) -> RunArtifact:
        return RunArtifact(
            run_id=run_id,
            created_at_utc=created,
            mode=mode,
            tool_id=tool_id[:200],
            status=status,
            request_sha256=request_sha,
            request_summary=summary,
            feasibility=feasibility,
            decision=decision,
            hashes=hashes,
            outputs=outputs or RunOutputs(),
            meta=meta,
        )

    if policy.should_block(decision):
        blocked = artifact("BLOCKED", Hashes(feasibility_sha256=feasibility_sha))
        path = _write(recorder, blocked)
        raise SafetyBlocked(
            {
                "error": "SAFETY_BLOCKED",
                "message": "Toolpath generation blocked by the safety policy: " + (decision.block_reason or ""),
                "run_id": run_id,
                "run_artifact_path": str(path),
                "decision": decision.model_dump(mode="json"),
            }
        )

    try:
        out = _generate(parse, catalog, request_sha, mode)
    except Exception as exc:
        log.exception("run %s: generation failed", run_id)
        return _record_error(
            run_id,
            created,
            mode,
            tool_id,
            summary,
            report,
            decision,
            meta,
            exc,
            recorder,
            feasibility=feasibility,
            request_sha=request_sha,
        )

    gcode = out["gcode_text"]
    sidecar = gcode if len(gcode) > INLINE_GCODE_LIMIT else None
    outputs = RunOutputs(
        gcode_text=None if sidecar else gcode,
        gcode_path=f"{run_id}.nc" if sidecar else None,
        opplan_json=out["opplan_json"],
        toolpaths=out["toolpaths"],
    )
    hashes = Hashes(
        feasibility_sha256=feasibility_sha,
        toolpaths_sha256=out["toolpaths_sha256"],
        gcode_sha256=out["gcode_sha256"],
        opplan_sha256=out["opplan_sha256"],
    )
    ok = artifact("OK", hashes, outputs)
    path = _write(recorder, ok, gcode_sidecar=sidecar)
    record = out["toolpaths"]
    return {
        "mode": mode,
        "gcode_text": gcode,
        "opplan_json": out["opplan_json"],
        "toolpaths": record,
        "extents": record["extents"],
        "estimated_time_s": record["estimated_time_s"],
        "move_counts": record["move_counts"],
        "risk_level": str(decision.risk_level),
        "decision": decision.model_dump(mode="json"),
        "_move_list": out["move_list"],
        "_run_id": run_id,
        "_run_artifact_path": str(path),
        "_hashes": hashes.model_dump(mode="json"),
    }


def _write(recorder: RunRecorder, artifact: RunArtifact, gcode_sidecar: str | None = None):
    try:
        return recorder.record_artifact(artifact, gcode_sidecar=gcode_sidecar).path
    except (StoreError, OSError) as exc:
        log.error("run %s: artifact could not be made durable: %s", artifact.run_id, exc)
        raise StorageError(
            {
                "error": "STORAGE_ERROR",
                "message": (
                    f"The run record could not be saved, so no G-code was released: {exc}. "
                    "Free disk space or fix the runs folder's permissions, then generate again."
                ),
            }
        ) from exc


def _record_error(
    run_id,
    created,
    mode,
    tool_id,
    summary,
    report: FeasibilityReport | None,
    decision,
    meta,
    exc,
    recorder,
    *,
    feasibility=None,
    request_sha=None,
):
    meta = {**meta, "exception": {"type": type(exc).__name__, "message": str(exc)[:1000]}}
    feasibility = (
        feasibility
        if feasibility is not None
        else (report.model_dump(mode="json") if report is not None else {"risk_level": "UNKNOWN", "calculators": []})
    )
    art = RunArtifact(
        run_id=run_id,
        created_at_utc=created,
        mode=mode,
        tool_id=tool_id[:200],
        status="ERROR",
        request_sha256=request_sha or sha256_json(summary),
        request_summary=summary,
        feasibility=feasibility,
        decision=decision,
        hashes=Hashes(feasibility_sha256=sha256_json(feasibility)),
        meta=meta,
    )
    path = _write(recorder, art)
    raise ToolpathsError(
        {
            "error": "TOOLPATHS_ERROR",
            "message": (
                f"Toolpath generation failed ({type(exc).__name__}: {str(exc)[:300]}). The attempt is recorded as "
                f"run {run_id}; no G-code was produced. Check the job and try again; if it persists, give the run id "
                "to your supervisor."
            ),
            "run_id": run_id,
            "run_artifact_path": str(path),
        }
    )
