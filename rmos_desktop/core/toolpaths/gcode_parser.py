"""A small G-code reader for the preview and for checking files: it understands what our
post-processors emit (and common senders' words) and reports every line it does not understand.

Understood: G0 G1 G2 G3 (XY-plane arcs with I/J, drawn as short segments), G4, G17, G20/G21, G90/G91,
G94, G40 G49 G80 G54–G59 (no motion effect), F, S, T, N, M0 M1 M2 M3 M4 M5 M6 M30, comments in
parentheses or after ';', and '%' lines. The position is unknown until the program sets each axis;
leading moves take each axis's first known value (as the planner records them), never an assumed origin.

Speed: lines of the exact shape our post-processors write ("G0 X1.000 Y2.000", "G1 Z-1.500 F600", …:
one G0/G1 word, then X/Y/Z/F words with plain decimal numbers, single spaces) are recognised and read
with NumPy over the whole text, then applied in batches while the program is in absolute millimetres.
Every other line goes through the general reader below, in order, so both paths give the same moves and
problems (tests/core/test_gcode_parser.py checks them against each other on fuzzed programs).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rmos_desktop.core.toolpaths.moves import FEED, PLUNGE, RAPID, RETRACT, MoveList, classify

MAX_REPORTED = 200  # problems listed one by one; the total is always counted
ARC_SEGMENT_MM = 1.0
MAX_ARC_SEGMENTS = 256
PROGRESS_EVERY = 65536  # lines between progress reports
MIN_BATCH = 16  # shorter runs of fast lines go through the general reader (NumPy has a fixed cost per call)
FAST_MIN_CHARS = 4096  # shorter programs are read by the general reader alone

_COMMENT = re.compile(r"\([^)]*\)|;.*$")
_WORD = re.compile(r"([A-Za-z])\s*([-+]?(?:\d+\.?\d*|\.\d+))")
_LEFTOVER = re.compile(r"\S")
_NO_MOTION_G = {17.0, 21.0, 20.0, 90.0, 91.0, 94.0, 40.0, 49.0, 80.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 4.0}
_KNOWN_M = {0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 30.0}
_NO_FEED = "feed move without a feed rate (GRBL error 22)"

Progress = Callable[[int, int], None]


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


def parse_gcode(
    text: str, *, rapid_mm_min: float = 20000.0, progress: Progress | None = None, fast: bool = True
) -> ParsedProgram:
    """Read a program into a move list. Never raises on content; problems are reported per line.

    `progress(done_lines, total_lines)` is called now and then (it may raise to cancel); `fast=False`
    reads every line with the general reader (the reference the fast path is tested against).
    """
    out = ParsedProgram(MoveList())
    lanes = _FastLines.scan(text) if fast else None
    if lanes is None:
        lines = text.splitlines()
        out.line_count = len(lines)
        items: Iterator[tuple[int, Any]] = enumerate(lines, start=1)
    else:
        out.line_count = lanes.line_count
        items = lanes.items()
    _interpret(out, items, lanes, rapid_mm_min, progress)
    _fill_unknown_start(out.moves)
    if progress is not None:
        progress(out.line_count, out.line_count)
    return out


@dataclass(slots=True)
class _Modal:
    """The reader's modal state from line to line. The position is unknown (NaN) until the program sets it."""

    x: float = math.nan
    y: float = math.nan
    z: float = math.nan
    motion: float | None = None  # modal G0/G1/G2/G3
    absolute: bool = True
    scale: float = 1.0  # mm per program unit (25.4 after G20)
    feed: float | None = None


@dataclass(slots=True)
class _Words:
    """What one line's words asked for, gathered before the move is made."""

    target: dict[str, float] = field(default_factory=dict)  # X/Y/Z in mm
    arc: dict[str, float] = field(default_factory=dict)  # I/J/R in mm
    motion: float | None = None
    dwell: bool = False
    bad: str | None = None  # the line's last word this preview does not understand


# One small function per word letter (and per G number with an effect), so the reader is a dispatch.
WordHandler = Callable[[str, float, _Modal, _Words, ParsedProgram], None]


def _g_motion(value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    w.motion = value


def _g_inch(value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    st.scale, out.units = 25.4, "inch"


def _g_mm(value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    st.scale, out.units = 1.0, "mm"


def _g_absolute(value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    st.absolute = True


def _g_incremental(value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    st.absolute = False


def _g_dwell(value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    w.dwell = True


_G_EFFECTS = {
    0.0: _g_motion,
    1.0: _g_motion,
    2.0: _g_motion,
    3.0: _g_motion,
    20.0: _g_inch,
    21.0: _g_mm,
    90.0: _g_absolute,
    91.0: _g_incremental,
    4.0: _g_dwell,
}


def _word_g(letter: str, value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    effect = _G_EFFECTS.get(value)
    if effect is not None:
        effect(value, st, w, out)
    elif value not in _NO_MOTION_G:
        w.bad = f"G{value:g} is not understood by this preview"


def _word_axis(letter: str, value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    w.target[letter] = value * st.scale


def _word_arc(letter: str, value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    w.arc[letter] = value * st.scale


def _word_feed(letter: str, value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    st.feed = value * st.scale


def _word_spindle(letter: str, value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    out.spindle_rpm = value


def _word_dwell_time(letter: str, value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    if w.dwell:
        out.dwell_s += value


def _word_m(letter: str, value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    if value not in _KNOWN_M:
        w.bad = f"M{value:g} is not understood by this preview"


def _word_ignored(letter: str, value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    """N (line number) and T (tool: the preview draws the blade centre whatever the tool)."""


def _word_unknown(letter: str, value: float, st: _Modal, w: _Words, out: ParsedProgram) -> None:
    w.bad = f"word {letter}{value:g} is not understood by this preview"


_WORDS: dict[str, WordHandler] = {
    "G": _word_g,
    "X": _word_axis,
    "Y": _word_axis,
    "Z": _word_axis,
    "I": _word_arc,
    "J": _word_arc,
    "R": _word_arc,
    "F": _word_feed,
    "S": _word_spindle,
    "P": _word_dwell_time,
    "M": _word_m,
    "N": _word_ignored,
    "T": _word_ignored,
}


def _interpret(
    out: ParsedProgram,
    items: Iterator[tuple[int, Any]],
    lanes: _FastLines | None,
    rapid_mm_min: float,
    progress: Progress | None,
) -> None:
    """The general reader: one line at a time, each word dispatched by its letter. A negative line number
    marks a batch of fast lines, applied at once when the program is in absolute mm."""
    st = _Modal()
    cache: dict[str, tuple[tuple[tuple[str, float], ...], str | None]] = {}
    next_report = PROGRESS_EVERY
    total = out.line_count
    for line_no, raw in items:
        if line_no < 0:  # a batch of fast lines (raw holds its bounds)
            assert lanes is not None
            _apply_batch(out, lanes, raw, st, rapid_mm_min)
            if progress is not None:
                progress(lanes.last_line(raw[1]), total)
            continue
        if progress is not None and line_no >= next_report:
            next_report = line_no + PROGRESS_EVERY
            progress(line_no, total)
        parsed = cache.get(raw)
        if parsed is None:
            parsed = _tokenize(raw)
            if len(cache) < 50_000:
                cache[raw] = parsed
        words, error = parsed
        if error:
            out.report(line_no, raw, error)
        elif words:
            _line(out, st, words, line_no, raw, rapid_mm_min)


def _apply_batch(out: ParsedProgram, lanes: _FastLines, bounds: tuple[int, int], st: _Modal, rapid: float) -> None:
    lo, hi = bounds
    if st.absolute and st.scale == 1.0:
        st.x, st.y, st.z, st.motion, st.feed = lanes.apply(out, lo, hi, st.x, st.y, st.z, st.motion, st.feed, rapid)
    else:
        lanes.expand_next = True  # the generator then yields these lines one by one


def _line(
    out: ParsedProgram, st: _Modal, words: tuple[tuple[str, float], ...], line_no: int, raw: str, rapid: float
) -> None:
    """Apply one line's words to the modal state, then make its move (if it names a position)."""
    w = _Words()
    for letter, value in words:
        _WORDS.get(letter, _word_unknown)(letter, value, st, w, out)
    if w.bad:
        out.report(line_no, raw, w.bad)
    if w.motion is not None:
        st.motion = w.motion
    if not w.target:
        return
    if st.motion is None:
        out.report(line_no, raw, "coordinates without a motion mode (G0/G1/G2/G3)")
        return
    nx, ny, nz = _target(st, w.target)
    if st.motion == 0.0:
        out.moves.append(classify(True, st.x, st.y, st.z, nx, ny, nz), nx, ny, nz, rapid, line_no)
    else:
        _feed_move(out, st, w.arc, (nx, ny, nz), line_no, raw)
    st.x, st.y, st.z = nx, ny, nz


def _target(st: _Modal, target: dict[str, float]) -> tuple[float, float, float]:
    if st.absolute:
        return target.get("X", st.x), target.get("Y", st.y), target.get("Z", st.z)
    # incremental from an unknown position counts from 0
    return (
        (0.0 if math.isnan(st.x) else st.x) + target.get("X", 0.0),
        (0.0 if math.isnan(st.y) else st.y) + target.get("Y", 0.0),
        (0.0 if math.isnan(st.z) else st.z) + target.get("Z", 0.0),
    )


def _feed_move(
    out: ParsedProgram, st: _Modal, arc: dict[str, float], end: tuple[float, float, float], line_no: int, raw: str
) -> None:
    """A G1 line, or a G2/G3 arc (drawn as short segments; straight when it cannot be drawn, with the reason)."""
    add = out.moves.append
    x, y, z = st.x, st.y, st.z
    nx, ny, nz = end
    if st.feed is None or st.feed <= 0:
        out.report(line_no, raw, _NO_FEED)
    f = st.feed or 0.0
    has_centre = "I" in arc or "J" in arc
    if st.motion == 1.0:
        add(classify(False, x, y, z, nx, ny, nz), nx, ny, nz, f, line_no)
    elif has_centre and (math.isnan(x) or math.isnan(y)):
        out.report(line_no, raw, "arc from an unknown position (drawn as a straight move)")
        add(FEED, nx, ny, nz, f, line_no)
    elif has_centre:
        _arc(add, x, y, z, nx, ny, nz, arc.get("I", 0.0), arc.get("J", 0.0), st.motion == 2.0, f, line_no)
    else:
        out.report(line_no, raw, "arc without I/J centre offsets (R arcs are not drawn)")
        add(FEED, nx, ny, nz, f, line_no)


def _classify_many(rapid: np.ndarray, x0, y0, z0, x1, y1, z1) -> np.ndarray:
    """`moves.classify` over arrays (NaN compares unequal, as in the scalar version)."""
    z_only = (x0 == x1) & (y0 == y1)
    return np.where(
        rapid,
        np.where(z_only & (z1 > z0), RETRACT, RAPID),
        np.where(z_only & (z1 < z0), PLUNGE, FEED),
    ).astype(np.int8)


def _ffill(values: np.ndarray, before: float) -> np.ndarray:
    """Carry the last non-NaN value forward; `before` stands in front of the first."""
    if values.size == 0:
        return values.copy()
    padded = np.empty(values.size + 1)
    padded[0] = before
    padded[1:] = values
    idx = np.where(np.isnan(padded), 0, np.arange(padded.size))
    np.maximum.accumulate(idx, out=idx)
    return padded[idx][1:]


def _fill_unknown_start(moves: MoveList) -> None:
    """Give leading moves' unknown axes the axis's first known value, then classify them again."""
    n = len(moves)
    if n == 0:
        return
    last_unknown = -1
    for col in (moves.x, moves.y, moves.z):
        values = np.frombuffer(col, dtype=np.float64)
        known = ~np.isnan(values)
        if known.all():
            continue
        stop = int(np.argmax(known)) if known.any() else n
        values[:stop] = values[stop] if stop < n else 0.0
        last_unknown = max(last_unknown, stop - 1)
        del values
    if last_unknown < 0:
        return
    m = last_unknown + 1
    a = moves.arrays()
    kinds = np.frombuffer(moves.kind, dtype=np.int8)
    rapid = (kinds[:m] == RAPID) | (kinds[:m] == RETRACT)
    kinds[:m] = _classify_many(rapid, a["x0"][:m], a["y0"][:m], a["z0"][:m], a["x"][:m], a["y"][:m], a["z"][:m])
    del a, kinds


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


# -- the fast path ---------------------------------------------------------------------------------------
# Byte classes. A fast line is "G0" or "G1" followed by " <letter><number>" words with letters X, Y, Z, F
# (each at most once) and numbers -?digits[.digits]; anything else is read by the general reader.
_OTHER, _SPACE, _DIGIT, _DOT, _MINUS, _G, _X, _Y, _Z, _F, _NL = range(11)
_CLASS = np.zeros(256, dtype=np.uint8)
_CLASS[ord(" ")] = _SPACE
_CLASS[ord("0") : ord("9") + 1] = _DIGIT
_CLASS[ord(".")] = _DOT
_CLASS[ord("-")] = _MINUS
for _letter, _cls in zip("GXYZF", (_G, _X, _Y, _Z, _F), strict=True):
    _CLASS[ord(_letter)] = _cls
_CLASS[ord("\n")] = _NL
_NCLASS = 11
# Which class may follow which inside a fast line ("\n" before the first byte and after the last).
_FOLLOWS = {
    _NL: (_G, _X, _Y, _Z, _F, _NL),
    _G: (_DIGIT, _MINUS),
    _X: (_DIGIT, _MINUS),
    _Y: (_DIGIT, _MINUS),
    _Z: (_DIGIT, _MINUS),
    _F: (_DIGIT, _MINUS),
    _MINUS: (_DIGIT,),
    _DIGIT: (_DIGIT, _DOT, _SPACE, _NL),
    _DOT: (_DIGIT, _SPACE, _NL),
    _SPACE: (_G, _X, _Y, _Z, _F),
}
_BAD_PAIR = np.ones(_NCLASS * _NCLASS, dtype=bool)
for _before, _afters in _FOLLOWS.items():
    for _after in _afters:
        _BAD_PAIR[_before * _NCLASS + _after] = False
_NUMERIC = np.zeros(_NCLASS, dtype=bool)
_NUMERIC[[_DIGIT, _DOT, _MINUS]] = True
_ODD_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e"  # str.splitlines() breaks there too; such text takes the general path


class _FastLines:
    """The fast lines of one program, read with NumPy: per line its G (0/1) and X/Y/Z/F (NaN when absent)."""

    def __init__(self, text: str, starts: np.ndarray, ends: np.ndarray, fast: np.ndarray, general: np.ndarray):
        self.text = text
        self.line_count = len(starts)
        self._starts = starts
        self._ends = ends
        self.fast_lines = np.flatnonzero(fast) + 1  # 1-based line numbers
        self.general_lines = np.flatnonzero(general) + 1
        self.g = np.zeros(0, np.int8)
        self.xyzf = np.zeros((4, 0))
        self.expand_next = False

    @classmethod
    def scan(cls, text: str) -> _FastLines | None:
        """Find and read the fast lines, or None when the text has none worth it (or odd line breaks)."""
        if "\r" in text:  # CRLF files (Windows CAM): the same lines as str.splitlines() sees them
            text = text.replace("\r\n", "\n")
        if len(text) < FAST_MIN_CHARS or not text or not text.isascii() or any(ch in text for ch in _ODD_BREAKS):
            return None
        data = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
        size = data.size
        breaks = np.flatnonzero(data == 10)
        starts = np.concatenate(([0], breaks + 1))
        ends = np.concatenate((breaks, [size]))
        if text.endswith("\n"):
            starts, ends = starts[:-1], ends[:-1]
        lengths = ends - starts
        kind = _CLASS[data]
        bad_line = np.logical_or.reduceat(cls._bad_bytes(kind), starts)
        # the first word is exactly G0 or G1 (short lines only: the letter counts below are 8-bit)
        second = data[np.minimum(starts + 1, size - 1)]
        third = data[np.minimum(starts + 2, size - 1)]
        fast = (
            (lengths >= 2)
            & (lengths < 256)
            & (data[starts] == ord("G"))
            & ((second == ord("0")) | (second == ord("1")))
            & ((lengths == 2) | (third == ord(" ")))
            & ~bad_line
        )
        del bad_line, second, third
        # each letter at most once (G exactly once): 8-bit counters per letter, summed per line
        letter_pos = np.flatnonzero((kind >= _G) & (kind <= _F))
        if letter_pos.size == 0:
            return None
        letter_code = kind[letter_pos] - np.uint8(_G)
        packed = np.left_shift(np.int64(1), letter_code.astype(np.int64) * 8)
        first_letter = np.searchsorted(letter_pos, starts)
        has_letter = first_letter < np.append(first_letter[1:], letter_pos.size)
        per_line = np.add.reduceat(np.append(packed, 0), first_letter)  # the 0 ends the last segment
        per_line[~has_letter] = 0
        fast &= per_line & 0xFF == 1
        fast &= (per_line >> 8) & 0xFF <= 1
        fast &= (per_line >> 16) & 0xFF <= 1
        fast &= (per_line >> 24) & 0xFF <= 1
        fast &= (per_line >> 32) & 0xFF <= 1
        # at most one '.' per number: two points after the same letter are one word's
        dots = np.flatnonzero(kind == _DOT)
        if dots.size > 1:
            word = np.searchsorted(letter_pos, dots, side="right")
            twice = np.flatnonzero(word[1:] == word[:-1])
            doubtful = np.concatenate((dots[twice], dots[twice + 1]))
            fast[np.searchsorted(starts, doubtful, side="right") - 1] = False
        if np.count_nonzero(fast) < MIN_BATCH:
            return None
        noop = cls._noop_lines(data, kind, starts, lengths)
        lanes = cls(text, starts, ends, fast, ~fast & ~noop)
        if not lanes._read_numbers(data, kind, starts, fast, per_line, letter_pos, letter_code):
            return None
        return lanes

    @staticmethod
    def _bad_bytes(kind: np.ndarray) -> np.ndarray:
        """Bytes that cannot be part of a fast line: each byte is judged by the byte before it (a line's
        '\n' carries the verdict on how the line ends, and belongs to that line)."""
        bad = np.empty(kind.size, dtype=bool)
        bad[0] = _BAD_PAIR[_NL * _NCLASS + kind[0]]
        pair = kind[:-1] * np.uint8(_NCLASS)
        pair += kind[1:]
        bad[1:] = _BAD_PAIR[pair]
        if kind[-1] != _NL:  # the last line has no '\n': judge its end here
            bad[-1] |= _BAD_PAIR[kind[-1] * _NCLASS + _NL]
        return bad

    @staticmethod
    def _noop_lines(data: np.ndarray, kind: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Lines the general reader would skip without effect: empty, '%', ';…' or one '(…)' comment."""
        size = data.size
        first = data[np.minimum(starts, size - 1)]
        last = data[np.maximum(np.minimum(starts + lengths - 1, size - 1), 0)]
        n = len(starts)
        opens = np.bincount(np.searchsorted(starts, np.flatnonzero(data == ord("(")), side="right") - 1, minlength=n)
        closes = np.bincount(np.searchsorted(starts, np.flatnonzero(data == ord(")")), side="right") - 1, minlength=n)
        comment = (first == ord("(")) & (last == ord(")")) & (opens == 1) & (closes == 1)
        return (lengths == 0) | ((lengths == 1) & (first == ord("%"))) | ((lengths > 0) & (first == ord(";"))) | comment

    def _read_numbers(self, data, kind, starts, fast, per_line, letter_pos, letter_code) -> bool:
        """Parse every X/Y/Z/F number of the fast lines in one NumPy call."""
        keep = np.repeat(fast, np.diff(np.append(starts, data.size)))
        fast_starts = starts[fast]
        self.g = (data[fast_starts + 1] - ord("0")).astype(np.int8)
        buf = np.where(keep & _NUMERIC[kind], data, np.uint8(32))
        buf[fast_starts + 1] = 32  # the G number is known already
        numbers = np.fromstring(buf.tobytes(), dtype=np.float64, sep=" ")
        del buf
        mine = keep[letter_pos] & (letter_code > 0)
        codes = letter_code[mine].astype(np.intp) - 1  # 0..3 = X, Y, Z, F
        counts = per_line[fast]
        words = sum((counts >> shift) & 0xFF for shift in (8, 16, 24, 32))
        if numbers.size != codes.size or int(words.sum()) != codes.size:
            return False  # a shape the byte rules missed: the general reader reads everything
        rows = np.repeat(np.arange(fast_starts.size), words)
        xyzf = np.full((4, fast_starts.size), np.nan)
        xyzf[codes, rows] = numbers
        self.xyzf = xyzf
        return True

    def raw(self, line_no: int) -> str:
        i = line_no - 1
        return self.text[int(self._starts[i]) : int(self._ends[i])]

    def last_line(self, hi: int) -> int:
        return int(self.fast_lines[hi - 1]) if hi > 0 else 0

    def items(self) -> Iterator[tuple[int, Any]]:
        """General lines as (line_no, text) and runs of fast lines as (-1, (lo, hi)), in program order."""
        fast_lines = self.fast_lines
        general = self.general_lines.tolist()
        before = np.searchsorted(fast_lines, self.general_lines).tolist()
        pos = 0
        for line_no, k in zip([*general, None], [*before, len(fast_lines)], strict=True):
            if k > pos:
                yield from self._run(pos, k)
                pos = k
            if line_no is not None:
                yield line_no, self.raw(line_no)

    def _run(self, lo: int, hi: int) -> Iterator[tuple[int, Any]]:
        if hi - lo >= MIN_BATCH:
            yield -1, (lo, hi)
            if not self.expand_next:
                return
            self.expand_next = False
        for line_no in self.fast_lines[lo:hi].tolist():
            yield line_no, self.raw(line_no)

    def apply(self, out: ParsedProgram, lo: int, hi: int, x, y, z, motion, feed, rapid_mm_min: float):
        """Apply fast lines lo..hi (absolute mm) to the move list; return the new modal state."""
        g = self.g[lo:hi]
        xs, ys, zs, fs = self.xyzf[:, lo:hi]
        lines = self.fast_lines[lo:hi]
        feeds = _ffill(fs, math.nan if feed is None else feed)
        moving = np.flatnonzero(~(np.isnan(xs) & np.isnan(ys) & np.isnan(zs)))
        new_motion = float(g[-1])
        new_feed = feed if math.isnan(feeds[-1]) else float(feeds[-1])
        if moving.size == 0:
            return x, y, z, new_motion, new_feed
        ex, ey, ez = _ffill(xs[moving], x), _ffill(ys[moving], y), _ffill(zs[moving], z)
        sx, sy, sz = np.append(x, ex[:-1]), np.append(y, ey[:-1]), np.append(z, ez[:-1])
        rapid = g[moving] == 0
        kinds = _classify_many(rapid, sx, sy, sz, ex, ey, ez)
        f = feeds[moving]
        no_feed = ~rapid & ~(f > 0)
        for line_no in lines[moving][no_feed].tolist():
            out.report(line_no, self.raw(line_no), _NO_FEED)
        fcol = np.where(rapid, rapid_mm_min, np.where(np.isnan(f), 0.0, f))
        moves = out.moves
        moves.kind.frombytes(kinds.tobytes())
        moves.x.frombytes(ex.tobytes())
        moves.y.frombytes(ey.tobytes())
        moves.z.frombytes(ez.tobytes())
        moves.feed.frombytes(fcol.astype(np.float64).tobytes())
        moves.line.frombytes(lines[moving].astype(np.int64).tobytes())
        return float(ex[-1]), float(ey[-1]), float(ez[-1]), new_motion, new_feed
