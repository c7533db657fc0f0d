"""The preview's worker side: read a run, a file or a generated program into plain data (no widgets here;
these functions run on a TaskRunner pool thread and never touch one; their few texts are translated with
QCoreApplication.translate, which is thread-safe)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from rmos_desktop.core.catalog import Blade, MachineProfile
from rmos_desktop.core.hashing import sha256_text
from rmos_desktop.core.runs.schemas import RunArtifact
from rmos_desktop.core.runs.store import RunStore
from rmos_desktop.core.toolpaths.gcode_parser import LineProblem, parse_gcode
from rmos_desktop.core.toolpaths.moves import MoveList
from rmos_desktop.core.toolpaths.preview_data import MAX_FOOTPRINTS, PreviewData, build_preview
from rmos_desktop.gui.preview.saw_geometry import BladeDisc, CutPosition, blade_disc, cut_positions

translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
PROGRESS_SCALE = 1000  # progress is reported as (done, 1000)
PARSE_SHARE = 0.75  # of the bar, when the program is parsed


@dataclass(frozen=True)
class Stock:
    length_mm: float
    width_mm: float
    thickness_mm: float


@dataclass(frozen=True)
class ProgramContext:
    """Where a program came from and what it was made for (all optional for a file from disk)."""

    title: str
    source: str  # "generated", "run" or "file"
    machine: MachineProfile | None = None
    blade: Blade | None = None
    stock: Stock | None = None
    record: dict[str, Any] | None = None  # the run's outputs.toolpaths record, when there is one
    run_id: str | None = None
    status: str | None = None
    notes: tuple[str, ...] = ()  # facts worth a line on screen (hash check, decode fallback)
    gcode_matches: bool | None = None  # the G-code's SHA-256 against the run's record (None: nothing to check)
    cut: dict[str, Any] | None = None  # the request's cut (kind and its fields), when known
    gcode_sha256: str | None = None  # the run's recorded G-code hash


@dataclass(frozen=True)
class Readouts:
    """The numbers under the plot: from the run's record when there is one and its G-code still matches its
    recorded hash, else computed by the core from the moves on screen."""

    extents: dict[str, float] | None
    feed_length_mm: float
    rapid_length_mm: float
    estimated_time_s: float
    move_counts: dict[str, int]
    cuts: int | None
    passes: int | None
    from_record: bool
    envelope: str  # "inside", "outside" or "unknown" (no machine)
    outside_count: int
    first_outside_line: int | None


@dataclass(frozen=True)
class LoadedProgram:
    context: ProgramContext
    data: PreviewData | None  # None: the run has no G-code (BLOCKED or ERROR)
    readouts: Readouts | None
    problems: list[LineProblem] = field(default_factory=list)
    problem_count: int = 0
    parsed: bool = False  # the moves came from reading the text (not from the generator)
    message: str = ""  # why there is nothing to draw
    blade: BladeDisc | None = None  # the blade at the first cut, side view
    positions: list[CutPosition] = field(default_factory=list)  # kerf arrays and fret slots


def stock_of(request: Any) -> Stock | None:
    """The stock of a JobRequest or of its JSON form (a run's request_summary)."""
    if request is None:
        return None
    raw = request.model_dump(mode="json") if hasattr(request, "model_dump") else request
    stock = raw.get("stock") if isinstance(raw, dict) else None
    if not isinstance(stock, dict):
        return None
    try:
        return Stock(float(stock["length_mm"]), float(stock["width_mm"]), float(stock["thickness_mm"]))
    except (KeyError, TypeError, ValueError):
        return None


def travel_of(machine: MachineProfile | None) -> dict[str, tuple[float, float]] | None:
    if machine is None:
        return None
    return {
        "x": (machine.travel_x_mm.min, machine.travel_x_mm.max),
        "y": (machine.travel_y_mm.min, machine.travel_y_mm.max),
        "z": (machine.travel_z_mm.min, machine.travel_z_mm.max),
    }


def readouts_for(data: PreviewData, context: ProgramContext) -> Readouts:
    stats = data.stats
    record = context.record
    outside = data.outside
    first_outside = int(data.arrays["line"][outside[0]]) if len(outside) else None
    envelope = "unknown" if not data.envelope_checked else ("outside" if len(outside) else "inside")
    if record is not None and context.gcode_matches is not False:  # a changed program: its own numbers
        return Readouts(
            extents=record.get("extents"),
            feed_length_mm=float(record["feed_length_mm"]),
            rapid_length_mm=float(record["rapid_length_mm"]),
            estimated_time_s=float(record["estimated_time_s"]),
            move_counts=dict(record.get("move_counts") or stats.counts),
            cuts=record.get("cuts"),
            passes=record.get("passes"),
            from_record=True,
            envelope=envelope,
            outside_count=len(outside),
            first_outside_line=first_outside,
        )
    return Readouts(
        extents=stats.extents,
        feed_length_mm=stats.feed_length_mm,
        rapid_length_mm=stats.rapid_length_mm,
        estimated_time_s=stats.estimated_time_s,
        move_counts=dict(stats.counts),
        cuts=None,
        passes=None,
        from_record=False,
        envelope=envelope,
        outside_count=len(outside),
        first_outside_line=first_outside,
    )


def _build(
    text: str,
    moves: MoveList | None,
    context: ProgramContext,
    progress: Progress | None,
    *,
    dwell_s: float | None = None,
    max_drawn: dict[int, int] | None = None,
    max_footprints: int = MAX_FOOTPRINTS,
) -> LoadedProgram:
    machine, blade = context.machine, context.blade
    problems: list[LineProblem] = []
    problem_count = 0
    parsed = moves is None
    share = PARSE_SHARE if parsed else 0.0

    def parse_progress(done: int, total: int) -> None:
        if progress is not None and total:
            progress(int(PROGRESS_SCALE * share * done / total), PROGRESS_SCALE)

    def build_progress(done: int, total: int) -> None:
        if progress is not None and total:
            progress(int(PROGRESS_SCALE * (share + (1 - share) * done / total)), PROGRESS_SCALE)

    if moves is None:
        kwargs = {"rapid_mm_min": machine.rapid_mm_min} if machine else {}
        program = parse_gcode(text, progress=parse_progress, **kwargs)
        moves, problems, problem_count = program.moves, program.problems, program.problem_count
        if dwell_s is None:
            dwell_s = program.dwell_s
    if dwell_s is None:
        dwell_s = machine.spinup_dwell_s if machine else 0.0
    data = build_preview(
        text,
        moves,
        travel=travel_of(machine),
        blade_diameter_mm=blade.diameter_mm if blade else None,
        kerf_mm=blade.kerf_mm if blade else None,
        accel_mm_s2=machine.accel_mm_s2 if machine else 500.0,
        dwell_s=dwell_s,
        max_drawn=max_drawn,
        max_footprints=max_footprints,
        progress=build_progress,
    )
    a = data.arrays
    return LoadedProgram(
        context=context,
        data=data,
        readouts=readouts_for(data, context),
        problems=list(problems),
        problem_count=problem_count,
        parsed=parsed,
        blade=blade_disc(a, blade.diameter_mm) if blade is not None and len(moves) else None,
        positions=cut_positions(a, context.cut, blade.diameter_mm if blade else None) if len(moves) else [],
    )


def load_text(
    text: str,
    moves: MoveList | None,
    context: ProgramContext,
    progress: Progress | None = None,
    *,
    max_drawn: dict[int, int] | None = None,
    max_footprints: int = MAX_FOOTPRINTS,
) -> LoadedProgram:
    """A program in memory; `moves` from our own generator is used as is (no reparse)."""
    return _build(text, moves, context, progress, max_drawn=max_drawn, max_footprints=max_footprints)


def context_from_artifact(artifact: RunArtifact, *, title: str = "") -> ProgramContext:
    """The exact machine, blade and stock a run used, from its artifact (never today's catalog)."""
    entries = (artifact.feasibility or {}).get("entries") or {}
    machine = blade = None
    try:
        if entries.get("machine"):
            machine = MachineProfile.model_validate(entries["machine"])
    except ValueError as exc:
        log.warning("run %s: machine entry unreadable: %s", artifact.run_id, exc)
    try:
        if entries.get("blade"):
            blade = Blade.model_validate(entries["blade"])
    except ValueError as exc:
        log.warning("run %s: blade entry unreadable: %s", artifact.run_id, exc)
    return ProgramContext(
        title=title or translate("PreviewLoading", "Run %s") % artifact.run_id,
        source="run",
        machine=machine,
        blade=blade,
        stock=stock_of(artifact.request_summary),
        record=artifact.outputs.toolpaths,
        run_id=artifact.run_id,
        status=artifact.status,
        cut=_cut_of(artifact.request_summary),
        gcode_sha256=artifact.hashes.gcode_sha256,
    )


def _cut_of(request: Any) -> dict[str, Any] | None:
    cut = request.get("cut") if isinstance(request, dict) else None
    return cut if isinstance(cut, dict) else None


def load_run(
    store: RunStore, run_id: str, progress: Progress | None = None, *, max_drawn: dict[int, int] | None = None
) -> LoadedProgram:
    """Any stored run, read-only: its G-code parsed with the core parser, its numbers from its record (or,
    when the G-code no longer matches the recorded hash, from the moves parsed out of it)."""
    path = store.find_artifact(run_id)
    artifact, _ = store.read_artifact_file(path)
    context = context_from_artifact(artifact)
    text = store.gcode_text(artifact, path)
    if text is None:
        reason = (artifact.decision.block_reason or "") if artifact.decision else ""
        message = translate("PreviewLoading", "Run %s is %s: no G-code was produced.") % (
            artifact.run_id,
            artifact.status,
        )
        if reason:
            message += f" {reason}"
        return LoadedProgram(context=context, data=None, readouts=None, message=message)
    expected = artifact.hashes.gcode_sha256
    if expected:
        same = sha256_text(text) == expected
        note = (
            translate("PreviewLoading", "G-code matches the run's recorded SHA-256")
            if same
            else translate(
                "PreviewLoading",
                "G-code does NOT match the run's recorded SHA-256: changed after the run; readouts from this G-code",
            )
        )
        context = replace(context, notes=(*context.notes, note), gcode_matches=same)
    return _build(text, None, context, progress, max_drawn=max_drawn)


def load_payload(store: RunStore, payload: dict[str, Any], progress: Progress | None = None) -> LoadedProgram:
    """The OK payload of a Generate just done: its moves as generated, its context from its artifact."""
    path = Path(payload["_run_artifact_path"])
    artifact, _ = store.read_artifact_file(path)
    context = context_from_artifact(artifact)
    context = replace(
        context,
        title=translate("PreviewLoading", "%s (just generated)") % context.title,
        source="generated",
        record=payload.get("toolpaths"),
    )
    return _build(payload["gcode_text"], payload.get("_move_list"), context, progress)


def read_gcode_file(path: Path) -> tuple[str, tuple[str, ...]]:
    """A G-code file's text; bytes that are not UTF-8 are read as Latin-1, and that is said."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError:
        note = translate("PreviewLoading", "the file is not UTF-8; it was read as Latin-1")
        return raw.decode("latin-1"), (note,)


def load_file(
    path: Path,
    machine: MachineProfile | None,
    progress: Progress | None = None,
    *,
    max_drawn: dict[int, int] | None = None,
) -> LoadedProgram:
    """A G-code file from disk, checked against `machine` (the default profile unless chosen)."""
    text, notes = read_gcode_file(path)
    context = ProgramContext(title=str(path), source="file", machine=machine, notes=notes)
    return _build(text, None, context, progress, max_drawn=max_drawn)
