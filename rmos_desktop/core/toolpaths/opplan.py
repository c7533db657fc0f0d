"""Planning geometry: the ordered cuts and passes of a job, as plain data (no G-code).

Coordinates are the blade centre's. Lengths in a request are measured at the top surface of the stock:
a blade of radius R at depth a cuts sqrt(2Ra - a^2) beyond its centre on each side, so the centre path
is shortened by that overrun at each end. The overrun at the full depth is used for every pass, so no
pass cuts beyond the requested length. All cuts run one way along the machine's blade axis (never
zig-zag, so no pass becomes a climb cut).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass

from rmos_desktop.core.catalog import Blade, MachineProfile
from rmos_desktop.core.jobs import EPS_MM, FretSlotsCut, KerfArrayCut, LineCut, pass_count

OPPLAN_VERSION = 1


def blade_overrun_mm(diameter_mm: float, depth_mm: float) -> float:
    """How far the kerf at the top surface reaches beyond the blade centre, at cutting depth `depth_mm`."""
    radius = diameter_mm / 2.0
    depth = min(depth_mm, radius)
    return math.sqrt(max(0.0, 2.0 * radius * depth - depth * depth))


def fret_position_mm(scale_length_mm: float, fret: int) -> float:
    """Distance of fret `fret` from the nut: L − L / 2^(n/12) (12-tone equal temperament)."""
    return scale_length_mm - scale_length_mm / 2.0 ** (fret / 12.0)


@dataclass(frozen=True, slots=True)
class Segment:
    """One cut's blade-centre path, from start to end in the cut direction."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def length(self) -> float:
        return math.hypot(self.x1 - self.x0, self.y1 - self.y0)


@dataclass(frozen=True, slots=True)
class Extents:
    xmin: float
    xmax: float
    ymin: float
    ymax: float
    zmin: float
    zmax: float

    def as_dict(self) -> dict[str, float]:
        return {k: round(getattr(self, k), 6) for k in ("xmin", "xmax", "ymin", "ymax", "zmin", "zmax")}


@dataclass(frozen=True)
class Plan:
    """The geometry of a job, known before any G-code exists. Summary figures are closed-form,
    so the live risk panel can use them on every keystroke; `segments()` yields every cut."""

    cut_kind: str
    cut_count: int
    pass_depths_mm: tuple[float, ...]  # positive depths, shallowest first; the last is the total depth
    overrun_mm: float
    top_length_min_mm: float  # shortest cut measured at the top surface
    centre_length_min_mm: float  # shortest blade-centre path (≤ 0: the cut is shorter than the footprint)
    min_spacing_mm: float | None  # closest distance between neighbouring parallel cuts, when > 1 cut
    parallel_to_axis: bool  # every cut runs along the machine's blade axis
    extents: Extents  # bounding box of every planned position (blade centre), rapids included
    safe_z_mm: float
    blade_axis: str
    cut_direction: str
    _cut: LineCut | KerfArrayCut | FretSlotsCut
    _overrun_clamped: float

    @property
    def passes(self) -> int:
        return len(self.pass_depths_mm)

    @property
    def depth_mm(self) -> float:
        return self.pass_depths_mm[-1]

    @property
    def max_pass_depth_mm(self) -> float:
        depths = (0.0, *self.pass_depths_mm)
        return max(b - a for a, b in itertools.pairwise(depths))

    def top_segments(self) -> Iterator[Segment]:
        """Each cut as requested at the top surface (before the overrun), in cut order."""
        yield from _raw_segments(self._cut, self.blade_axis, self.cut_direction)

    def segments(self) -> Iterator[Segment]:
        """Each cut's blade-centre path (shortened by the overrun at both ends), in cut order."""
        for seg in self.top_segments():
            yield _shorten(seg, self._overrun_clamped)

    def opplan_json(
        self, *, tool_id: str, material: str, machine_id: str, rpm: float, feed: float, plunge_feed: float
    ) -> dict:
        """The operation plan stored in the artifact (parameters and counts, not every cut)."""
        first = next(self.segments())
        return {
            "kind": "saw_opplan",
            "version": OPPLAN_VERSION,
            "tool_id": tool_id,
            "material": material,
            "machine": machine_id,
            "cut_kind": self.cut_kind,
            "cuts": self.cut_count,
            "passes": self.passes,
            "pass_depths_mm": [round(d, 6) for d in self.pass_depths_mm],
            "overrun_mm": round(self.overrun_mm, 6),
            "blade_axis": self.blade_axis,
            "cut_direction": self.cut_direction,
            "rpm": rpm,
            "feed_mm_min": feed,
            "plunge_feed_mm_min": plunge_feed,
            "safe_z_mm": self.safe_z_mm,
            "first_cut": [round(v, 6) for v in (first.x0, first.y0, first.x1, first.y1)],
            "centre_length_min_mm": round(self.centre_length_min_mm, 6),
            "extents": self.extents.as_dict(),
        }


def _order(seg: Segment, axis: str, direction: str) -> Segment:
    """Orient a cut so it runs in the machine's cut direction along its blade axis."""
    along = (seg.x1 - seg.x0) if axis == "X" else (seg.y1 - seg.y0)
    forward = along >= 0 if direction == "+" else along <= 0
    if forward:
        return seg
    return Segment(seg.x1, seg.y1, seg.x0, seg.y0)


def _shorten(seg: Segment, overrun: float) -> Segment:
    length = seg.length
    if length <= 2 * overrun:
        mx, my = (seg.x0 + seg.x1) / 2, (seg.y0 + seg.y1) / 2
        return Segment(mx, my, mx, my)
    ux, uy = (seg.x1 - seg.x0) / length, (seg.y1 - seg.y0) / length
    return Segment(seg.x0 + ux * overrun, seg.y0 + uy * overrun, seg.x1 - ux * overrun, seg.y1 - uy * overrun)


def _raw_segments(cut: LineCut | KerfArrayCut | FretSlotsCut, axis: str, direction: str) -> Iterator[Segment]:
    if isinstance(cut, LineCut):
        yield _order(Segment(cut.x0_mm, cut.y0_mm, cut.x1_mm, cut.y1_mm), axis, direction)
    elif isinstance(cut, KerfArrayCut):
        for i in range(cut.count):
            y = cut.y_mm + i * cut.pitch_mm
            yield _order(Segment(cut.x_mm, y, cut.x_mm + cut.length_mm, y), axis, direction)
    else:
        for n in range(1, cut.frets + 1):
            y = cut.y_mm + fret_position_mm(cut.scale_length_mm, n)
            yield _order(Segment(cut.x_mm, y, cut.x_mm + cut.slot_length_mm, y), axis, direction)


def cut_parallel(cut: LineCut | KerfArrayCut | FretSlotsCut, axis: str) -> bool:
    """Whether every cut of `cut` runs along the machine's blade axis."""
    if isinstance(cut, LineCut):
        across = (cut.y1_mm - cut.y0_mm) if axis == "X" else (cut.x1_mm - cut.x0_mm)
        return abs(across) <= EPS_MM
    return axis == "X"  # kerf arrays and fret slots run along X by definition


def pass_depths(depth_mm: float, stepdown_mm: float | None) -> tuple[float, ...]:
    n = pass_count(depth_mm, stepdown_mm)
    depths = tuple(depth_mm * (i + 1) / n for i in range(n))
    return (*depths[:-1], depth_mm)  # the last pass reaches exactly the requested depth


def plan_job(
    cut: LineCut | KerfArrayCut | FretSlotsCut,
    *,
    depth_mm: float,
    stepdown_mm: float | None,
    blade: Blade,
    machine: MachineProfile,
) -> Plan:
    """Plan a job's geometry. Pure arithmetic on validated inputs; never touches G-code."""
    depths = pass_depths(depth_mm, stepdown_mm)
    overrun = blade_overrun_mm(blade.diameter_mm, depth_mm)
    axis, direction = machine.blade_axis, machine.cut_direction

    if isinstance(cut, LineCut):
        top_len = math.hypot(cut.x1_mm - cut.x0_mm, cut.y1_mm - cut.y0_mm)
        seg = _shorten(_order(Segment(cut.x0_mm, cut.y0_mm, cut.x1_mm, cut.y1_mm), axis, direction), overrun)
        xs, ys = (seg.x0, seg.x1), (seg.y0, seg.y1)
        count, spacing = 1, None
        xmin, xmax, ymin, ymax = min(xs), max(xs), min(ys), max(ys)
    else:
        if isinstance(cut, KerfArrayCut):
            top_len = cut.length_mm
            count = cut.count
            first_y = cut.y_mm
            last_y = cut.y_mm + (cut.count - 1) * cut.pitch_mm
            spacing = cut.pitch_mm if cut.count > 1 else None
        else:
            top_len = cut.slot_length_mm
            count = cut.frets
            first_y = cut.y_mm + fret_position_mm(cut.scale_length_mm, 1)
            last_y = cut.y_mm + fret_position_mm(cut.scale_length_mm, cut.frets)
            spacing = (
                fret_position_mm(cut.scale_length_mm, cut.frets) - fret_position_mm(cut.scale_length_mm, cut.frets - 1)
                if cut.frets > 1
                else None
            )
        if top_len <= 2 * overrun:
            xmin = xmax = cut.x_mm + top_len / 2
        else:
            xmin, xmax = cut.x_mm + overrun, cut.x_mm + top_len - overrun
        ymin, ymax = first_y, last_y

    centre_len = top_len - 2 * overrun
    extents = Extents(xmin, xmax, ymin, ymax, -depth_mm, machine.safe_z_mm)
    return Plan(
        cut_kind=cut.kind,
        cut_count=count,
        pass_depths_mm=depths,
        overrun_mm=overrun,
        top_length_min_mm=top_len,
        centre_length_min_mm=centre_len,
        min_spacing_mm=spacing,
        parallel_to_axis=cut_parallel(cut, axis),
        extents=extents,
        safe_z_mm=machine.safe_z_mm,
        blade_axis=axis,
        cut_direction=direction,
        _cut=cut,
        _overrun_clamped=overrun,
    )
