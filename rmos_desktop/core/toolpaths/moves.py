"""The move list: every motion of a program as columns (kind, end point, feed, source G-code line).

Columnar storage keeps a million-move program at tens of megabytes; each move starts where the
previous one ended. Where the machine stands before the program is unknown, so the first move starts
where it ends (the program's first known position), never at an assumed origin. Statistics
are computed element-wise with NumPy and summed with math.fsum, so they are identical on every machine.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass, field

import numpy as np

RAPID, PLUNGE, FEED, RETRACT = 0, 1, 2, 3
KIND_NAMES = ("rapid", "plunge", "feed", "retract")
# Tolerance for "inside the envelope": G-code carries 3 decimals, so 0.5 µm of rounding is not a violation.
ENVELOPE_TOL_MM = 0.0005


def classify(is_rapid: bool, x0: float, y0: float, z0: float, x1: float, y1: float, z1: float) -> int:
    """The kind of one straight move: a Z-only rapid up is a retract, a Z-only feed down a plunge."""
    z_only = x0 == x1 and y0 == y1
    if is_rapid:
        return RETRACT if z_only and z1 > z0 else RAPID
    return PLUNGE if z_only and z1 < z0 else FEED


@dataclass
class MoveList:
    kind: array = field(default_factory=lambda: array("b"))
    x: array = field(default_factory=lambda: array("d"))
    y: array = field(default_factory=lambda: array("d"))
    z: array = field(default_factory=lambda: array("d"))
    feed: array = field(default_factory=lambda: array("d"))  # mm/min; rapids carry the machine's rapid rate
    line: array = field(default_factory=lambda: array("q"))  # 1-based G-code line each move came from

    def __len__(self) -> int:
        return len(self.kind)

    def append(self, kind: int, x: float, y: float, z: float, feed: float, line: int) -> None:
        self.kind.append(kind)
        self.x.append(x)
        self.y.append(y)
        self.z.append(z)
        self.feed.append(feed)
        self.line.append(line)

    def start_of(self, i: int) -> tuple[float, float, float]:
        if i == 0:
            return self.end_of(0)
        return (self.x[i - 1], self.y[i - 1], self.z[i - 1])

    def end_of(self, i: int) -> tuple[float, float, float]:
        return (self.x[i], self.y[i], self.z[i])

    def arrays(self) -> dict[str, np.ndarray]:
        """Zero-copy NumPy views (kind, x, y, z, feed, line) plus the start points (x0, y0, z0)."""
        out = {
            "kind": np.frombuffer(self.kind, dtype=np.int8) if len(self) else np.zeros(0, np.int8),
            "x": np.frombuffer(self.x, dtype=np.float64) if len(self) else np.zeros(0),
            "y": np.frombuffer(self.y, dtype=np.float64) if len(self) else np.zeros(0),
            "z": np.frombuffer(self.z, dtype=np.float64) if len(self) else np.zeros(0),
            "feed": np.frombuffer(self.feed, dtype=np.float64) if len(self) else np.zeros(0),
            "line": np.frombuffer(self.line, dtype=np.int64) if len(self) else np.zeros(0, np.int64),
        }
        for axis in "xyz":
            end = out[axis]
            start = np.empty_like(end)
            if len(end):
                start[0] = end[0]
                start[1:] = end[:-1]
            out[axis + "0"] = start
        return out

    def index_of_line(self, line_no: int) -> int | None:
        """The first move that came from G-code line `line_no` (lines are ascending)."""
        lines = self.arrays()["line"]
        i = int(np.searchsorted(lines, line_no, side="left"))
        if i < len(lines) and lines[i] == line_no:
            return i
        return None

    def same_moves(self, other: MoveList, tol: float = 1e-9) -> bool:
        if len(self) != len(other):
            return False
        a, b = self.arrays(), other.arrays()
        if not (np.array_equal(a["kind"], b["kind"]) and np.array_equal(a["line"], b["line"])):
            return False
        return all(np.allclose(a[k], b[k], atol=tol, rtol=0) for k in ("x", "y", "z", "feed"))


@dataclass(frozen=True)
class MoveStats:
    moves: int
    counts: dict[str, int]
    extents: dict[str, float] | None  # over every move's end point (None for an empty program)
    feed_length_mm: float  # plunges + feeds
    rapid_length_mm: float  # rapids + retracts
    estimated_time_s: float

    def as_dict(self) -> dict:
        return {
            "moves": self.moves,
            "counts": dict(self.counts),
            "extents": self.extents,
            "feed_length_mm": self.feed_length_mm,
            "rapid_length_mm": self.rapid_length_mm,
            "estimated_time_s": self.estimated_time_s,
        }


def _r(value: float, digits: int = 3) -> float:
    out = round(value, digits)
    return 0.0 if out == 0 else out  # no "-0.0" in a hashed record


def move_stats(moves: MoveList, *, accel_mm_s2: float, dwell_s: float = 0.0) -> MoveStats:
    """Extents, feed/rapid path lengths and an estimated run time.

    Time per move follows a trapezoidal speed profile: L/v + v/a when the move is long enough to reach
    speed v at acceleration a, else 2·sqrt(L/a); `dwell_s` (spin-up) is added once.
    """
    a = moves.arrays()
    n = len(moves)
    kinds = a["kind"]
    counts = {name: int(np.count_nonzero(kinds == k)) for k, name in enumerate(KIND_NAMES)}
    if n == 0:
        return MoveStats(0, counts, None, 0.0, 0.0, _r(dwell_s, 1))
    dx, dy, dz = a["x"] - a["x0"], a["y"] - a["y0"], a["z"] - a["z0"]
    length = np.sqrt(dx * dx + dy * dy + dz * dz)
    cutting = (kinds == PLUNGE) | (kinds == FEED)
    v = a["feed"] / 60.0  # mm/s
    with np.errstate(divide="ignore", invalid="ignore"):
        reach = v * v / accel_mm_s2
        t = np.where(length >= reach, length / v + v / accel_mm_s2, 2.0 * np.sqrt(length / accel_mm_s2))
    t = np.where((length > 0) & (v > 0), t, 0.0)  # a feed-less move has no time (the parser reports it)
    extents = {
        "xmin": _r(float(a["x"].min())),
        "xmax": _r(float(a["x"].max())),
        "ymin": _r(float(a["y"].min())),
        "ymax": _r(float(a["y"].max())),
        "zmin": _r(float(a["z"].min())),
        "zmax": _r(float(a["z"].max())),
    }
    return MoveStats(
        moves=n,
        counts=counts,
        extents=extents,
        feed_length_mm=_r(math.fsum(length[cutting].tolist())),
        rapid_length_mm=_r(math.fsum(length[~cutting].tolist())),
        estimated_time_s=_r(math.fsum(t.tolist()) + dwell_s, 1),
    )


def outside_envelope(moves: MoveList, travel: dict[str, tuple[float, float]]) -> list[int]:
    """Indices of moves whose end point lies outside the machine's travel (every move checked).

    The travel box is convex and every move is straight, so checking end points covers each segment.
    """
    a = moves.arrays()
    bad = np.zeros(len(moves), dtype=bool)
    for axis in "xyz":
        lo, hi = travel[axis]
        bad |= (a[axis] < lo - ENVELOPE_TOL_MM) | (a[axis] > hi + ENVELOPE_TOL_MM)
    return np.flatnonzero(bad).tolist()
