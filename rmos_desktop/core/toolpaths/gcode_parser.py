"""A small G-code reader for the preview and for checking files: it understands what our
post-processors emit (and common senders' words) and reports every line it does not understand.

Understood: G0 G1 G2 G3 (XY-plane arcs with I/J, drawn as short segments), G4, G17, G20/G21, G90/G91,
G94, G40 G49 G80 G54–G59 (no motion effect), F, S, T, N, M0 M1 M2 M3 M4 M5 M6 M30, comments in
parentheses or after ';', and '%' lines. The position is unknown until the program sets each axis;
leading moves take each axis's first known value (as the planner records them), never an assumed origin.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from rmos_desktop.core.toolpaths.moves import FEED, MoveList, classify

MAX_REPORTED = 200  # problems listed one by one; the total is always counted
ARC_SEGMENT_MM = 1.0
MAX_ARC_SEGMENTS = 256

_COMMENT = re.compile(r"\([^)]*\)|;.*$")
_WORD = re.compile(r"([A-Za-z])\s*([-+]?(?:\d+\.?\d*|\.\d+))")
_LEFTOVER = re.compile(r"\S")
_NO_MOTION_G = {17.0, 21.0, 20.0, 90.0, 91.0, 94.0, 40.0, 49.0, 80.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 4.0}
_KNOWN_M = {0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 30.0}


@dataclass(frozen=True)
class LineProblem:
    line: int
    text: str
    reason: str


@dataclass
class ParsedProgram:
    moves: MoveList
    problems: list[LineProblem] = field(default_factory=list)
    problem_count: int = 0
    line_count: int = 0
    units: str = "mm"
    spindle_rpm: float | None = None
    dwell_s: float = 0.0

    def report(self, line: int, text: str, reason: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_REPORTED:
            self.problems.append(LineProblem(line, text[:200], reason))


def _tokenize(code: str) -> tuple[tuple[tuple[str, float], ...], str | None]:
    """Words of one line (comments removed), or a reason the line is not understood."""
    stripped = _COMMENT.sub("", code).strip()
    if not stripped or stripped == "%":
        return (), None
    words = []
    pos = 0
    for m in _WORD.finditer(stripped):
        gap = stripped[pos : m.start()]
        if _LEFTOVER.search(gap):
            return (), f"cannot read {gap.strip()!r}"
        words.append((m.group(1).upper(), float(m.group(2))))
        pos = m.end()
    tail = stripped[pos:]
    if _LEFTOVER.search(tail):
        return (), f"cannot read {tail.strip()!r}"
    return tuple(words), None


def parse_gcode(text: str, *, rapid_mm_min: float = 20000.0) -> ParsedProgram:
    """Read a program into a move list. Never raises on content; problems are reported per line."""
    out = ParsedProgram(MoveList())
    moves = out.moves
    add = moves.append
    nan = math.nan
    x = y = z = nan  # unknown until the program sets them
    motion = None  # modal G0/G1/G2/G3
    absolute = True
    scale = 1.0
    feed: float | None = None
    cache: dict[str, tuple[tuple[tuple[str, float], ...], str | None]] = {}
    lines = text.splitlines()
    out.line_count = len(lines)
    for line_no, raw in enumerate(lines, start=1):
        parsed = cache.get(raw)
        if parsed is None:
            parsed = _tokenize(raw)
            if len(cache) < 50_000:
                cache[raw] = parsed
        words, error = parsed
        if error:
            out.report(line_no, raw, error)
            continue
        if not words:
            continue
        target: dict[str, float] = {}
        arc: dict[str, float] = {}
        line_motion = None
        dwell = False
        bad = None
        for letter, value in words:
            if letter == "G":
                if value in (0.0, 1.0, 2.0, 3.0):
                    line_motion = value
                elif value == 20.0:
                    scale, out.units = 25.4, "inch"
                elif value == 21.0:
                    scale, out.units = 1.0, "mm"
                elif value == 90.0:
                    absolute = True
                elif value == 91.0:
                    absolute = False
                elif value == 4.0:
                    dwell = True
                elif value not in _NO_MOTION_G:
                    bad = f"G{value:g} is not understood by this preview"
            elif letter in "XYZ":
                target[letter] = value * scale
            elif letter in "IJR":
                arc[letter] = value * scale
            elif letter == "F":
                feed = value * scale
            elif letter == "S":
                out.spindle_rpm = value
            elif letter == "P":
                if dwell:
                    out.dwell_s += value
            elif letter == "M":
                if value not in _KNOWN_M:
                    bad = f"M{value:g} is not understood by this preview"
            elif letter in "NT":
                continue
            else:
                bad = f"word {letter}{value:g} is not understood by this preview"
        if bad:
            out.report(line_no, raw, bad)
        if line_motion is not None:
            motion = line_motion
        if not target:
            continue
        if motion is None:
            out.report(line_no, raw, "coordinates without a motion mode (G0/G1/G2/G3)")
            continue
        if absolute:
            nx, ny, nz = target.get("X", x), target.get("Y", y), target.get("Z", z)
        else:  # incremental from an unknown position counts from 0
            nx = (0.0 if math.isnan(x) else x) + target.get("X", 0.0)
            ny = (0.0 if math.isnan(y) else y) + target.get("Y", 0.0)
            nz = (0.0 if math.isnan(z) else z) + target.get("Z", 0.0)
        if motion == 0.0:
            add(classify(True, x, y, z, nx, ny, nz), nx, ny, nz, rapid_mm_min, line_no)
        else:
            if feed is None or feed <= 0:
                out.report(line_no, raw, "feed move without a feed rate (GRBL error 22)")
            f = feed or 0.0
            if motion == 1.0:
                add(classify(False, x, y, z, nx, ny, nz), nx, ny, nz, f, line_no)
            elif "I" in arc or "J" in arc:
                _arc(add, x, y, z, nx, ny, nz, arc.get("I", 0.0), arc.get("J", 0.0), motion == 2.0, f, line_no)
            else:
                out.report(line_no, raw, "arc without I/J centre offsets (R arcs are not drawn)")
                add(FEED, nx, ny, nz, f, line_no)
        x, y, z = nx, ny, nz
    _fill_unknown_start(moves)
    return out


def _fill_unknown_start(moves: MoveList) -> None:
    """Give leading moves' unknown axes the axis's first known value, then classify them again."""
    n = len(moves)
    if n == 0:
        return
    columns = (moves.x, moves.y, moves.z)
    last_unknown = -1
    for col in columns:
        first = next((i for i in range(n) if col[i] == col[i]), None)
        fill = 0.0 if first is None else col[first]
        stop = n if first is None else first
        for i in range(stop):
            col[i] = fill
        last_unknown = max(last_unknown, stop - 1)
    for i in range(last_unknown + 1):
        start = moves.start_of(i)
        end = moves.end_of(i)
        moves.kind[i] = classify(moves.kind[i] in (0, 3), *start, *end)


def _arc(add, x0, y0, z0, x1, y1, z1, i, j, clockwise, feed, line_no) -> None:
    cx, cy = x0 + i, y0 + j
    r = math.hypot(i, j)
    a0 = math.atan2(y0 - cy, x0 - cx)
    a1 = math.atan2(y1 - cy, x1 - cx)
    sweep = a1 - a0
    if clockwise and sweep >= 0:
        sweep -= 2 * math.pi
    elif not clockwise and sweep <= 0:
        sweep += 2 * math.pi
    n = max(1, min(MAX_ARC_SEGMENTS, math.ceil(abs(sweep) * r / ARC_SEGMENT_MM)))
    for k in range(1, n):
        a = a0 + sweep * k / n
        add(FEED, cx + r * math.cos(a), cy + r * math.sin(a), z0 + (z1 - z0) * k / n, feed, line_no)
    add(FEED, x1, y1, z1, feed, line_no)
