"""Preview geometry as a few big NumPy arrays (no Qt): per view and move kind one NaN-broken polyline,
display-only decimation that counts what it leaves out, the kerf footprint at the top surface, the
text's line offsets, and the look-ups that keep text and plot in step.

Drawing never changes what is checked: the envelope check, the statistics and the segment counts always
cover every move; only the polylines handed to the plot may be thinned, and then `drawn < total` says so.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from rmos_desktop.core.toolpaths.moves import (
    FEED,
    KIND_NAMES,
    PLUNGE,
    RAPID,
    RETRACT,
    MoveList,
    MoveStats,
    move_stats,
    outside_envelope,
)

VIEWS: dict[str, tuple[str, str]] = {"top": ("x", "y"), "side": ("x", "z")}
# Most distinct segments drawn per move kind and view: dashed pens cost Qt far more per segment than solid
# ones (bench/bench_preview.py), so rapids and retracts get the smaller budget.
MAX_DRAWN: dict[int, int] = {RAPID: 25_000, PLUNGE: 150_000, FEED: 300_000, RETRACT: 25_000}
MAX_POINTS = 20_000  # markers for moves that are a single point in a view (plunges seen from above)
MAX_FOOTPRINTS = 50_000
_ODD_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e"  # str.splitlines() also breaks there

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Polyline:
    """NaN-broken coordinates for one plot item, and how many moves it stands for."""

    xs: np.ndarray
    ys: np.ndarray
    total: int  # moves of this kind that are lines (or points) in this view
    drawn: int  # of those, how many are drawn exactly (a duplicate of a drawn segment counts as drawn)

    @property
    def decimated(self) -> bool:
        return self.drawn < self.total


@dataclass(frozen=True)
class ViewGeometry:
    """One projection: per kind the segments (lines) and the moves that are points in it."""

    name: str
    axes: tuple[str, str]
    lines: dict[int, Polyline]
    points: dict[int, Polyline]

    @property
    def total(self) -> int:
        return sum(p.total for p in self.lines.values()) + sum(p.total for p in self.points.values())

    @property
    def drawn(self) -> int:
        return sum(p.drawn for p in self.lines.values()) + sum(p.drawn for p in self.points.values())

    @property
    def decimated(self) -> bool:
        return self.drawn < self.total


@dataclass(frozen=True)
class PreviewData:
    """Everything the preview shows about one program, built off the GUI thread."""

    text: str
    line_starts: np.ndarray
    line_ends: np.ndarray
    moves: MoveList
    arrays: dict[str, np.ndarray]
    counts: dict[str, int]
    views: dict[str, ViewGeometry]
    footprint: Polyline | None
    stats: MoveStats
    outside: np.ndarray  # indices of moves outside the machine's travel (every move checked); empty if unknown
    envelope_checked: bool

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def line_text(self, line_no: int) -> str:
        i = line_no - 1
        return self.text[int(self.line_starts[i]) : int(self.line_ends[i])]

    @property
    def decimated(self) -> bool:
        return any(v.decimated for v in self.views.values()) or bool(self.footprint and self.footprint.decimated)


def line_spans(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets (in characters, line breaks excluded) of each line as str.splitlines() splits."""
    if text.isascii() and not any(ch in text for ch in _ODD_BREAKS[1:]):
        data = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
        breaks = np.flatnonzero(data == 10)
        cr = np.flatnonzero(data == 13)
        crlf = cr.size == 0 or (cr[-1] + 1 < data.size and bool(np.all(data[cr + 1] == 10)))
        if crlf:  # no lone "\r" (splitlines breaks there too)
            starts = np.concatenate(([0], breaks + 1)).astype(np.int64)
            ends = np.concatenate((breaks, [len(text)])).astype(np.int64)
            if cr.size:
                ends[: len(breaks)] -= data[breaks - 1] == 13  # a CRLF ends its line before the "\r"
            if not text or text.endswith("\n"):
                starts, ends = starts[:-1], ends[:-1]
            return starts, ends
    starts_l: list[int] = []
    ends_l: list[int] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        starts_l.append(pos)
        ends_l.append(pos + len(line.splitlines()[0]))
        pos += len(line)
    return np.array(starts_l, dtype=np.int64), np.array(ends_l, dtype=np.int64)


_MIX = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
    np.uint64(0x27D4EB2F165667C5),
)


def _first_of_each(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row positions of the first occurrence of each distinct row of `keys` (ascending), and how many
    rows share it. Rows are grouped by a hash of their bits, then every row is compared with its group's
    first row; a hash collision falls back to sorting the rows themselves. No stable sort anywhere (NumPy
    merges 64-bit keys several times slower than it quicksorts them)."""
    n = len(keys)
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    rows = np.ascontiguousarray(keys + 0.0)  # +0.0 turns -0.0 into 0.0, so both compare as one key
    bits = rows.view(np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    for j in range(rows.shape[1]):
        h ^= bits[:, j] * _MIX[j % len(_MIX)]
        h ^= h >> np.uint64(29)
    order = np.argsort(h)
    hs = h[order]
    new = np.ones(n, dtype=bool)
    new[1:] = hs[1:] != hs[:-1]
    starts = np.flatnonzero(new)
    heads = np.minimum.reduceat(order, starts)  # each group's first position
    if np.array_equal(rows[order], rows[heads[np.cumsum(new) - 1]]):
        counts = np.diff(np.append(starts, n))
    else:
        void = rows.view(np.dtype((np.void, rows.dtype.itemsize * rows.shape[1]))).ravel()
        _, heads, counts = np.unique(void, return_index=True, return_counts=True)
    per_position = np.zeros(n, dtype=np.int64)
    per_position[heads] = counts
    positions = np.flatnonzero(per_position)
    return positions.astype(np.int64), per_position[positions]


def _spread(n: int, budget: int) -> np.ndarray:
    """`budget` positions spread evenly over range(n) (all of them when n fits)."""
    if n <= budget:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, budget).round().astype(np.int64))


def _polyline(index: np.ndarray, u0, v0, u1, v1) -> tuple[np.ndarray, np.ndarray]:
    """Segments as one NaN-broken polyline; consecutive moves (index differs by 1) share a vertex."""
    n = len(index)
    if n == 0:
        return np.zeros(0), np.zeros(0)
    new_chain = np.ones(n, dtype=bool)
    new_chain[1:] = np.diff(index) != 1
    # per segment: [NaN] (a chain after the first) + [start] (each chain) + end
    size = 1 + 2 * new_chain.astype(np.int64)
    size[0] -= 1
    end_at = np.cumsum(size) - 1
    total = int(end_at[-1]) + 1
    xs = np.full(total, np.nan)
    ys = np.full(total, np.nan)
    xs[end_at] = u1
    ys[end_at] = v1
    start_at = end_at[new_chain] - 1
    xs[start_at] = u0[new_chain]
    ys[start_at] = v0[new_chain]
    return xs, ys


def view_geometry(
    a: dict[str, np.ndarray],
    name: str,
    axes: tuple[str, str],
    *,
    max_drawn: dict[int, int] | None = None,
    max_points: int = MAX_POINTS,
) -> ViewGeometry:
    """Project every move onto `axes`, drop exact duplicates (passes over the same line draw the same
    pixels), and thin evenly only past the per-kind budget."""
    budget = max_drawn or MAX_DRAWN
    ua, va = axes
    lines: dict[int, Polyline] = {}
    points: dict[int, Polyline] = {}
    kinds = a["kind"]
    for k in (RAPID, PLUNGE, FEED, RETRACT):
        sel = np.flatnonzero(kinds == k)
        u0, v0, u1, v1 = a[ua + "0"][sel], a[va + "0"][sel], a[ua][sel], a[va][sel]
        is_point = (u0 == u1) & (v0 == v1)
        seg = ~is_point
        if seg.any():
            idx = sel[seg]
            s_u0, s_v0, s_u1, s_v1 = u0[seg], v0[seg], u1[seg], v1[seg]
            # one key per drawn line, whichever way it runs
            flip = (s_u0 > s_u1) | ((s_u0 == s_u1) & (s_v0 > s_v1))
            keys = np.column_stack(
                (
                    np.where(flip, s_u1, s_u0),
                    np.where(flip, s_v1, s_v0),
                    np.where(flip, s_u0, s_u1),
                    np.where(flip, s_v0, s_v1),
                )
            )
            first, counts = _first_of_each(keys)
            keep = _spread(len(first), budget.get(k, MAX_DRAWN[k]))
            chosen = first[keep]
            xs, ys = _polyline(idx[chosen], s_u0[chosen], s_v0[chosen], s_u1[chosen], s_v1[chosen])
            lines[k] = Polyline(xs, ys, total=len(idx), drawn=int(counts[keep].sum()))
        if is_point.any():
            pu, pv = u1[is_point], v1[is_point]
            first, counts = _first_of_each(np.column_stack((pu, pv)))
            keep = _spread(len(first), max_points)
            chosen = first[keep]
            points[k] = Polyline(pu[chosen], pv[chosen], total=int(is_point.sum()), drawn=int(counts[keep].sum()))
    return ViewGeometry(name, axes, lines, points)


def kerf_footprint(
    a: dict[str, np.ndarray], *, blade_diameter_mm: float, kerf_mm: float, max_shapes: int = MAX_FOOTPRINTS
) -> Polyline | None:
    """The kerf at the top surface (Z 0): each feed move below Z 0 lengthened at both ends by the blade's
    overrun at that move's depth (opplan.blade_overrun_mm), `kerf_mm` wide; closed outlines, NaN-broken.

    Passes along the same line nest (a shallower pass reaches less far), so each line is drawn once, with
    its deepest pass's outline, which covers the others exactly.
    """
    kinds = a["kind"]
    depth = -np.minimum(a["z0"], a["z"])
    dx, dy = a["x"] - a["x0"], a["y"] - a["y0"]
    length = np.hypot(dx, dy)
    sel = np.flatnonzero((kinds == FEED) & (depth > 0) & (length > 0))
    if len(sel) == 0:
        return None
    radius = blade_diameter_mm / 2.0
    d = np.minimum(depth[sel], radius)
    over = np.sqrt(np.maximum(0.0, 2.0 * radius * d - d * d))
    deepest_first = np.argsort(-over, kind="stable")
    sel, over = sel[deepest_first], over[deepest_first]
    x0, y0, x1, y1 = a["x0"][sel], a["y0"][sel], a["x"][sel], a["y"][sel]
    flip = (x0 > x1) | ((x0 == x1) & (y0 > y1))
    keys = np.column_stack(
        (np.where(flip, x1, x0), np.where(flip, y1, y0), np.where(flip, x0, x1), np.where(flip, y0, y1))
    )
    first, counts = _first_of_each(keys)
    picks = _spread(len(first), max_shapes)
    keep = first[picks]
    drawn = int(counts[picks].sum())
    ux, uy = dx[sel[keep]] / length[sel[keep]], dy[sel[keep]] / length[sel[keep]]
    o = over[keep]
    ax, ay = x0[keep] - ux * o, y0[keep] - uy * o
    bx, by = x1[keep] + ux * o, y1[keep] + uy * o
    half = kerf_mm / 2.0
    nx, ny = -uy * half, ux * half
    gap = np.full(len(keep), np.nan)
    corners_x = np.column_stack((ax + nx, bx + nx, bx - nx, ax - nx, ax + nx, gap))
    corners_y = np.column_stack((ay + ny, by + ny, by - ny, ay - ny, ay + ny, gap))
    return Polyline(corners_x.ravel(), corners_y.ravel(), total=len(sel), drawn=drawn)


def build_preview(
    text: str,
    moves: MoveList,
    *,
    travel: dict[str, tuple[float, float]] | None = None,
    blade_diameter_mm: float | None = None,
    kerf_mm: float | None = None,
    accel_mm_s2: float = 500.0,
    dwell_s: float = 0.0,
    max_drawn: dict[int, int] | None = None,
    max_points: int = MAX_POINTS,
    max_footprints: int = MAX_FOOTPRINTS,
    progress: Progress | None = None,
) -> PreviewData:
    """All the preview's arrays for one program (its text and its move list)."""
    steps = 5

    def step(i: int) -> None:
        if progress is not None:
            progress(i, steps)

    starts, ends = line_spans(text)
    step(1)
    a = moves.arrays()
    counts = {name: int(np.count_nonzero(a["kind"] == k)) for k, name in enumerate(KIND_NAMES)}
    stats = move_stats(moves, accel_mm_s2=accel_mm_s2, dwell_s=dwell_s)
    outside = np.array(outside_envelope(moves, travel), dtype=np.int64) if travel else np.zeros(0, np.int64)
    step(2)
    views = {}
    for i, (name, axes) in enumerate(VIEWS.items()):
        views[name] = view_geometry(a, name, axes, max_drawn=max_drawn, max_points=max_points)
        step(3 + i)
    footprint = None
    if blade_diameter_mm and kerf_mm and len(moves):
        footprint = kerf_footprint(a, blade_diameter_mm=blade_diameter_mm, kerf_mm=kerf_mm, max_shapes=max_footprints)
    step(steps)
    return PreviewData(
        text=text,
        line_starts=starts,
        line_ends=ends,
        moves=moves,
        arrays=a,
        counts=counts,
        views=views,
        footprint=footprint,
        stats=stats,
        outside=outside,
        envelope_checked=bool(travel),
    )


def moves_of_line(lines: np.ndarray, line_no: int) -> tuple[int, int]:
    """The moves [lo, hi) that came from G-code line `line_no` (move line numbers ascend)."""
    lo = int(np.searchsorted(lines, line_no, side="left"))
    hi = int(np.searchsorted(lines, line_no, side="right"))
    return lo, hi


def segment_distances(
    a: dict[str, np.ndarray], axes: tuple[str, str], u: float, v: float, idx: np.ndarray | None = None
) -> np.ndarray:
    """Distance from (u, v) to each move's projection on `axes` (every move, or the moves at `idx`)."""
    ua, va = axes
    u0, v0, u1, v1 = a[ua + "0"], a[va + "0"], a[ua], a[va]
    if idx is not None:
        u0, v0, u1, v1 = u0[idx], v0[idx], u1[idx], v1[idx]
    du, dv = u1 - u0, v1 - v0
    length2 = du * du + dv * dv
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(length2 > 0, ((u - u0) * du + (v - v0) * dv) / length2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    return np.hypot(u0 + t * du - u, v0 + t * dv - v)


def nearest_moves(a: dict[str, np.ndarray], axes: tuple[str, str], u: float, v: float, tolerance: float) -> np.ndarray:
    """Moves whose projection on `axes` passes within `tolerance` of (u, v), nearest first (ties in
    program order). Every move is searched, not only the drawn ones."""
    dist = segment_distances(a, axes, u, v)
    near = np.flatnonzero(dist <= tolerance)
    if len(near) == 0:
        return near
    # equal distances (overlapping passes) keep program order
    order = np.lexsort((near, np.round(dist[near] / max(tolerance, 1e-12), 6)))
    return near[order]


def format_duration(seconds: float) -> str:
    """h:mm:ss (or m:ss under an hour), rounded to the second."""
    s = math.floor(seconds + 0.5)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"
