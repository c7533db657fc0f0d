"""rmos_toolpaths: one attempt to generate toolpaths → OK, BLOCKED or ERROR, always one artifact.

The only outcome without an artifact is STORAGE_ERROR, where nothing could be made durable and no
G-code is released (DESIGN.md §3–§4).
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, NoReturn, Required, TypedDict, Unpack

from rmos_desktop import __version__
from rmos_desktop.core.assess import Assessment, assess
from rmos_desktop.core.catalog import Blade, Catalog, MachineProfile, Material
from rmos_desktop.core.decision import RiskLevel, RunDecision
from rmos_desktop.core.hashing import sha256_json, sha256_text, summarize_request
from rmos_desktop.core.jobs import JobRequest
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import (
    INLINE_GCODE_LIMIT,
    Hashes,
    RunArtifact,
    RunOutputs,
    utc_now,
)
from rmos_desktop.core.runs.store import StoreError
from rmos_desktop.core.safety import SafetyPolicy
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


def build_program(
    request: JobRequest, catalog: Catalog, *, request_sha256: str | None = None, plan: Plan | None = None
) -> BuiltProgram:
    """Plan and post a validated request with its catalog entries: the G-code the pipeline writes, before
    its checks and without recording anything (also what tests, benches and the golden files start from).
    `request_sha256` (named in the header comment) defaults to the request's own canonical hash; `plan` is
    the request's plan when the caller made it already (the attempt plans once, in `assess`)."""
    blade = catalog.blade(request.tool_id)
    material = catalog.material(request.material)
    machine = catalog.machine(request.machine)
    if blade is None or material is None or machine is None:
        raise ValueError("a catalog entry is missing; nothing can be generated")
    if request_sha256 is None:
        request_sha256 = sha256_json(request.model_dump(mode="json"))
    if plan is None:
        plan = plan_job(
            request.cut, depth_mm=request.depth_mm, stepdown_mm=request.stepdown_mm, blade=blade, machine=machine
        )
    program = generate_gcode(
        plan, request=request, blade=blade, material=material, machine=machine, request_sha256=request_sha256
    )
    return BuiltProgram(plan, program, blade, material, machine)


def _generate(assessment: Assessment, catalog: Catalog) -> dict[str, Any]:
    """Post the assessed request's plan to G-code, check the program and hash what will be recorded."""
    request, mode = assessment.request, assessment.mode
    if request is None:
        raise ValueError("the request is invalid and the policy did not block it; nothing can be generated")
    if mode != "saw":
        raise ValueError(f"no toolpath generator for mode {mode!r}")
    built = build_program(request, catalog, request_sha256=assessment.request_sha256, plan=assessment.plan)
    program, machine = built.program, built.machine
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
    return _hashed_outputs(built, request, mode)


def _hashed_outputs(built: BuiltProgram, request: JobRequest, mode: str) -> dict[str, Any]:
    """The outputs an OK artifact records (operation plan, toolpaths record) and their hashes."""
    plan, program, blade, material, machine = built.plan, built.program, built.blade, built.material, built.machine
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


@dataclass
class _Attempt:
    """One attempt while it is being judged and recorded: its id, time, the meta every artifact of it
    carries, and where it is recorded."""

    run_id: str
    created: datetime
    recorder: RunRecorder
    meta: dict[str, Any] = field(default_factory=dict)

    def artifact(
        self,
        assessment: Assessment,
        feasibility: dict[str, Any],
        status: str,
        hashes: Hashes,
        outputs: RunOutputs | None = None,
    ) -> RunArtifact:
        return RunArtifact(
            run_id=self.run_id,
            created_at_utc=self.created,
            mode=assessment.mode,
            tool_id=assessment.tool_id[:200],
            status=status,
            request_sha256=assessment.request_sha256,
            request_summary=assessment.request_summary,
            feasibility=feasibility,
            decision=assessment.decision,
            hashes=hashes,
            outputs=outputs or RunOutputs(),
            meta=self.meta,
        )


def rmos_toolpaths(
    request: Any,
    *,
    recorder: RunRecorder,
    catalog: Catalog,
    policy: SafetyPolicy | None = None,
    operator: str | None = None,
    acknowledgement: dict[str, Any] | None = None,
    shop_job: str | None = None,
    entry_unit: str = "mm",
    now: Callable[[], datetime] = utc_now,
) -> dict[str, Any]:
    """Judge and, if allowed, generate one request; record exactly one artifact for the attempt.

    `shop_job` names the shop job order the attempt is made under (`meta.shop_job` of whatever is recorded,
    OK, BLOCKED or ERROR); the caller has checked that this station holds its claim. `entry_unit` ("mm" or
    "in") is how the person typed the job (`meta.entry_unit`); the request itself is always millimetres.
    Returns the OK payload; raises SafetyBlocked (409), ToolpathsError (500) or StorageError.
    """
    policy = policy or SafetyPolicy()
    attempt = _Attempt(new_id(), now(), recorder)
    attempt.meta = {
        "app_version": __version__,
        "policy": policy.model_dump(mode="json"),
        "catalog": {"version": catalog.version, "sha256": catalog.sha256},
        "operator": operator or None,
        "workstation": platform.node()[:100] or None,
        "entry_unit": entry_unit if entry_unit in ("mm", "in") else "mm",
    }
    if shop_job is not None:
        attempt.meta["shop_job"] = shop_job
    assessment = _evaluate(attempt, request, catalog, policy)
    if acknowledgement is not None:
        attempt.meta["acknowledgement"] = acknowledgement
    feasibility = assessment.report.model_dump(mode="json")
    if assessment.blocked:
        _block(attempt, assessment, feasibility)
    return _generate_and_record(attempt, assessment, catalog, feasibility)


def _evaluate(attempt: _Attempt, request: Any, catalog: Catalog, policy: SafetyPolicy) -> Assessment:
    """Assess the request once. Guarded like generation: a bug here must still leave an ERROR artifact."""
    try:
        assessment = assess(request, catalog, policy)
        assessment.tool_id  # noqa: B018 - summarise and hash the request inside the guard
        if assessment.parse.notes:
            attempt.meta["warnings"] = list(assessment.parse.notes)
    except Exception as exc:
        log.exception("run %s: evaluation failed", attempt.run_id)
        decision = RunDecision(risk_level=RiskLevel.UNKNOWN, block_reason=f"evaluation failed: {type(exc).__name__}")
        summary = summarize_request(request)
        _record_error(attempt, exc, mode="unknown", tool_id="", summary=summary, decision=decision)
    return assessment


def _block(attempt: _Attempt, assessment: Assessment, feasibility: dict[str, Any]) -> NoReturn:
    """Record the attempt as BLOCKED (no G-code is made) and raise SafetyBlocked."""
    hashes = Hashes(feasibility_sha256=sha256_json(feasibility))
    path = _write(attempt.recorder, attempt.artifact(assessment, feasibility, "BLOCKED", hashes))
    decision = assessment.decision
    raise SafetyBlocked(
        {
            "error": "SAFETY_BLOCKED",
            "message": "Toolpath generation blocked by the safety policy: " + (decision.block_reason or ""),
            "run_id": attempt.run_id,
            "run_artifact_path": str(path),
            "decision": decision.model_dump(mode="json"),
        }
    )


def _generate_and_record(
    attempt: _Attempt, assessment: Assessment, catalog: Catalog, feasibility: dict[str, Any]
) -> dict[str, Any]:
    """Generate the G-code, record the OK artifact (sidecar for a long program) and return the OK payload;
    a generation failure records an ERROR artifact instead."""
    try:
        out = _generate(assessment, catalog)
    except Exception as exc:
        log.exception("run %s: generation failed", attempt.run_id)
        _record_error(
            attempt,
            exc,
            mode=assessment.mode,
            tool_id=assessment.tool_id,
            summary=assessment.request_summary,
            decision=assessment.decision,
            feasibility=feasibility,
            request_sha=assessment.request_sha256,
        )
    run_id, gcode = attempt.run_id, out["gcode_text"]
    sidecar = gcode if len(gcode) > INLINE_GCODE_LIMIT else None
    outputs = RunOutputs(
        gcode_text=None if sidecar else gcode,
        gcode_path=f"{run_id}.nc" if sidecar else None,
        opplan_json=out["opplan_json"],
        toolpaths=out["toolpaths"],
    )
    hashes = Hashes(
        feasibility_sha256=sha256_json(feasibility),
        toolpaths_sha256=out["toolpaths_sha256"],
        gcode_sha256=out["gcode_sha256"],
        opplan_sha256=out["opplan_sha256"],
    )
    ok = attempt.artifact(assessment, feasibility, "OK", hashes, outputs)
    path = _write(attempt.recorder, ok, gcode_sidecar=sidecar)
    record = out["toolpaths"]
    decision = assessment.decision
    return {
        "mode": assessment.mode,
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


_NO_FEASIBILITY = {"risk_level": "UNKNOWN", "calculators": []}


def _record_error(
    attempt: _Attempt,
    exc: BaseException,
    *,
    mode: str,
    tool_id: str,
    summary: Any,
    decision: RunDecision,
    feasibility: dict[str, Any] | None = None,
    request_sha: str | None = None,
) -> NoReturn:
    """Record the attempt as ERROR (with the exception in its meta) and raise ToolpathsError."""
    run_id = attempt.run_id
    meta = {**attempt.meta, "exception": {"type": type(exc).__name__, "message": str(exc)[:1000]}}
    feasibility = feasibility if feasibility is not None else dict(_NO_FEASIBILITY)
    art = RunArtifact(
        run_id=run_id,
        created_at_utc=attempt.created,
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
    path = _write(attempt.recorder, art)
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


# -- the typed result of an attempt ----------------------------------------------------------------------
AttemptStatus = Literal["OK", "BLOCKED", "ERROR", "STORAGE_ERROR"]
_STATUS_OF_ERROR = {"SAFETY_BLOCKED": "BLOCKED", "TOOLPATHS_ERROR": "ERROR", "STORAGE_ERROR": "STORAGE_ERROR"}


@dataclass(frozen=True)
class AttemptResult:
    """What one attempt came to, typed: the same fields whatever the outcome (no `_run_id` / `run_id`
    juggling). `payload` is the original contract (DESIGN.md §3) unchanged: the OK payload, or the
    BLOCKED / ERROR / STORAGE_ERROR detail; `detail()` renders it back from the typed fields."""

    status: AttemptStatus
    run_id: str | None
    artifact_path: Path | None
    message: str
    payload: dict[str, Any]
    decision: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.status == "OK"

    @property
    def recorded(self) -> bool:
        """An artifact exists for the attempt (every outcome but STORAGE_ERROR)."""
        return self.artifact_path is not None

    @property
    def gcode_sha256(self) -> str | None:
        return (self.payload.get("_hashes") or {}).get("gcode_sha256") if self.ok else None

    @classmethod
    def from_ok(cls, payload: dict[str, Any]) -> AttemptResult:
        run_id = payload["_run_id"]
        return cls(
            status="OK",
            run_id=run_id,
            artifact_path=Path(payload["_run_artifact_path"]),
            message=f"Generated and recorded as run {run_id}.",
            payload=payload,
            decision=payload.get("decision"),
        )

    @classmethod
    def from_outcome(cls, outcome: PipelineOutcome) -> AttemptResult:
        detail = outcome.detail
        error = str(detail.get("error", ""))
        path = detail.get("run_artifact_path")
        return cls(
            status=_STATUS_OF_ERROR.get(error, "ERROR"),  # type: ignore[arg-type]
            run_id=detail.get("run_id"),
            artifact_path=Path(path) if path else None,
            message=str(detail.get("message", "")),
            payload=detail,
            decision=detail.get("decision"),
        )

    def detail(self) -> dict[str, Any]:
        """The original outcome object of DESIGN.md §3, rendered from the typed fields: the OK payload, or
        `{"error", "message", "run_id", "run_artifact_path"[, "decision"]}` (STORAGE_ERROR: error, message)."""
        if self.ok:
            return self.payload
        error = {"BLOCKED": "SAFETY_BLOCKED", "ERROR": "TOOLPATHS_ERROR"}.get(self.status, self.status)
        out: dict[str, Any] = {"error": self.payload.get("error", error), "message": self.message}
        if self.run_id is not None:
            out["run_id"] = self.run_id
        if self.artifact_path is not None:
            out["run_artifact_path"] = str(self.artifact_path)
        if self.status == "BLOCKED" and self.decision is not None:
            out["decision"] = self.decision
        return out


class AttemptOptions(TypedDict, total=False):
    """The keyword arguments of `rmos_toolpaths` (its defaults apply), passed on unchanged by `run_attempt`."""

    recorder: Required[RunRecorder]
    catalog: Required[Catalog]
    policy: SafetyPolicy | None
    operator: str | None
    acknowledgement: dict[str, Any] | None
    shop_job: str | None
    entry_unit: str
    now: Callable[[], datetime]


def run_attempt(request: Any, **options: Unpack[AttemptOptions]) -> AttemptResult:
    """`rmos_toolpaths` as one typed result instead of a payload or an exception (what the GUI's worker and
    the CLI need); every outcome, STORAGE_ERROR included, comes back as an AttemptResult."""
    try:
        payload = rmos_toolpaths(request, **options)
    except PipelineOutcome as outcome:
        return AttemptResult.from_outcome(outcome)
    return AttemptResult.from_ok(payload)
