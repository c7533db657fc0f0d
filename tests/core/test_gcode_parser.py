"""The preview's G-code reader: it reads our own output back into exactly the moves the planner recorded,
its NumPy fast path agrees with the line-by-line reader on any program, and it reports what it cannot read."""

from __future__ import annotations

from contextlib import contextmanager, nullcontext
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rmos_desktop.core.toolpaths import gcode_parser
from rmos_desktop.core.toolpaths.gcode_parser import parse_gcode
from rmos_desktop.core.toolpaths.moves import FEED, PLUNGE, RAPID, RETRACT
from tests.conftest import load_example

EXAMPLES_WITH_GCODE = ["green-veneer-line", "kerf-array-side-kerfs", "fret-slots-648", "yellow-veneer-fast"]


def generated(catalog, raw: dict):
    """Plan and post-process a job directly (no pipeline, no store)."""
    from rmos_desktop.core.jobs import parse_job
    from rmos_desktop.core.pipeline import build_program

    req = parse_job(raw).request
    assert req is not None
    built = build_program(req, catalog)
    return built.program, built.machine, built.plan


def columns(moves) -> dict[str, list]:
    return {k: list(getattr(moves, k)) for k in ("kind", "x", "y", "z", "feed", "line")}


def assert_same_parse(a, b) -> None:
    assert columns(a.moves) == columns(b.moves)
    assert a.problems == b.problems
    assert (a.problem_count, a.line_count, a.units, a.spindle_rpm, a.dwell_s) == (
        b.problem_count,
        b.line_count,
        b.units,
        b.spindle_rpm,
        b.dwell_s,
    )


@contextmanager
def fast_path_for_small_programs():
    """Let the fast path take programs and batches of any size, so short fuzzed programs exercise it."""
    with (
        mock.patch.object(gcode_parser, "FAST_MIN_CHARS", 0),
        mock.patch.object(gcode_parser, "MIN_BATCH", 1),
    ):
        yield


@pytest.mark.parametrize("name", EXAMPLES_WITH_GCODE)
@pytest.mark.parametrize("fast", [True, False], ids=["fast", "general"])
def test_parse_of_generate_gives_the_planners_moves(catalog, name, fast):
    raw = load_example(name)
    raw["cut"] = {**raw["cut"], "count": 300} if raw["cut"]["kind"] == "kerf_array" else raw["cut"]
    prog, machine, plan = generated(catalog, raw)
    parsed = parse_gcode(prog.gcode_text, rapid_mm_min=machine.rapid_mm_min, fast=fast)
    assert parsed.problems == [] and parsed.problem_count == 0
    assert columns(parsed.moves) == columns(prog.moves)  # exact: the G-code carries what the planner recorded
    assert parsed.line_count == prog.line_count == len(prog.gcode_text.splitlines())
    assert parsed.spindle_rpm == raw["rpm"] and parsed.dwell_s == machine.spinup_dwell_s
    assert len(prog.moves) == 1 + 4 * plan.cut_count * plan.passes


def test_the_fast_path_is_taken_for_our_output(catalog):
    raw = load_example("kerf-array-side-kerfs")
    prog, _machine, _plan = generated(catalog, raw)
    assert gcode_parser._FastLines.scan(prog.gcode_text) is None  # small: the general reader is quicker
    with fast_path_for_small_programs():
        lanes = gcode_parser._FastLines.scan(prog.gcode_text)
    assert lanes is not None
    motion_lines = [n for n, line in enumerate(prog.gcode_text.splitlines(), 1) if line.startswith(("G0 ", "G1 "))]
    assert lanes.fast_lines.tolist() == motion_lines


def test_unknown_words_and_unreadable_lines_are_reported_never_raised():
    text = "\n".join(
        [
            "%",
            "G21 G90 (metric)",
            "G0 X0 Y0 Z5",
            "G28",  # home: not understood
            "M8",  # coolant: not understood
            "G1 Z-1 F300",
            "G1 X10 Q4",  # unknown word Q
            "this is not g-code",
            "G2 X20 Y0 R5",  # R arc: reported, drawn straight
            "G1 X1e3",  # an exponent is not G-code: read as X1 and an unknown word E3
            "G1 X30 ; done",
        ]
    )
    parsed = parse_gcode(text)
    reasons = {p.line: p.reason for p in parsed.problems}
    assert sorted(reasons) == [4, 5, 7, 8, 9, 10]
    assert "G28" in reasons[4] and "M8" in reasons[5] and "Q4" in reasons[7]
    assert "cannot read" in reasons[8] and "R arcs" in reasons[9] and "E3" in reasons[10]
    assert parsed.problem_count == 6
    assert parsed.problems[0].text == "G28"
    assert parsed.moves.x[-1] == 30.0


def test_many_problems_are_all_counted_and_the_first_are_listed():
    text = "\n".join(["G0 X0 Y0 Z0"] + ["G28"] * 1000)
    parsed = parse_gcode(text)
    assert parsed.problem_count == 1000
    assert len(parsed.problems) == gcode_parser.MAX_REPORTED
    assert parsed.problems[0].line == 2


def test_incremental_and_inch_modes_switch_midway():
    text = "G21 G90\nG0 X10 Y10 Z5\nG91\nG0 X5\nG1 Z-6 F100\nG20\nG1 Y1\nG90\nG0 Z1\nG21\nG0 X0\n"
    parsed = parse_gcode(text)
    got = list(zip(parsed.moves.x, parsed.moves.y, parsed.moves.z, strict=True))
    assert got == [(10, 10, 5), (15, 10, 5), (15, 10, -1), (15, 35.4, -1), (15, 35.4, 25.4), (0, 35.4, 25.4)]
    assert list(parsed.moves.kind) == [RAPID, RAPID, PLUNGE, FEED, RETRACT, RAPID]
    assert parsed.units == "mm"
    assert parsed.moves.feed[3] == 100  # a feed in mm/min stays as set when the units change later


def test_progress_reaches_the_end_and_can_cancel(catalog):
    prog, _machine, _plan = generated(catalog, {**load_example("kerf-array-side-kerfs")})
    seen = []
    parse_gcode(prog.gcode_text, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (prog.line_count, prog.line_count)

    class Stop(Exception):
        pass

    def stop(done, total):
        raise Stop

    with pytest.raises(Stop):
        parse_gcode(prog.gcode_text, progress=stop)


# -- the fast path against the general reader, on fuzzed programs -------------------------------------------
def _num(value: float, style: int) -> str:
    if style == 0:
        return f"{value:.3f}"
    if style == 1:
        return f"{round(value)}"
    if style == 2:
        return f"{value:.1f}".rstrip("0")  # "5." as well
    return f"{value:.4f}"


@st.composite
def fast_lines(draw):
    """Lines of (nearly) the shape our post-processors write."""
    g = draw(st.sampled_from(["G0", "G1"]))
    letters = draw(st.lists(st.sampled_from("XYZF"), unique=True, max_size=4))
    words = [g]
    for letter in letters:
        value = draw(st.floats(min_value=-500, max_value=500, allow_nan=False))
        if letter == "F":
            value = draw(st.sampled_from([0.0, 100.0, 600.0, 6000.0, value]))
        words.append(letter + _num(value, draw(st.integers(0, 3))))
    return " ".join(words)


ODD_LINES = st.sampled_from(
    [
        "",
        "%",
        "(a comment)",
        "; a comment",
        "G91",
        "G90",
        "G20",
        "G21",
        "G21 G90 G17 G94",
        "S9000 M3",
        "G4 P1.5",
        "M5",
        "M30",
        "G28",
        "M8",
        "G1X1Y2",
        "g0 x1 y2",
        "G0  X1",
        "G0 X1 ",
        "G0 X1 X2",
        "G0 X-.5",
        "G0 X1.2.3",
        "G00 X3",
        "G01 Z-1 F200",
        "N10 G1 X4 F300",
        "G1 X1e3",
        "G2 X5 Y5 I2.5 J0",
        "G3 X0 Y0 I-2.5 J0 F100",
        "G1 X7 (inline) Y8",
        "G1 F0",
        "G0 X1 F-5",
        "X3 Y4",
        "G1 X2 ; trailing",
        "(unclosed",
        "G0",
        "G1",
        "T1 M6",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(fast_lines(), fast_lines(), fast_lines(), ODD_LINES), min_size=1, max_size=60))
def test_fast_path_equals_the_general_reader(lines):
    text = "\n".join(lines) + ("\n" if len(lines) % 2 else "")
    with fast_path_for_small_programs():
        fast = parse_gcode(text, rapid_mm_min=12000.0)
    general = parse_gcode(text, rapid_mm_min=12000.0, fast=False)
    assert_same_parse(fast, general)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32 - 1), st.sampled_from(["\r\n", "\n"]))
def test_fast_path_equals_the_general_reader_at_full_size(seed, newline):
    """Realistic sizes (above the fast path's thresholds), odd lines sprinkled in, CRLF files too."""
    rng = np.random.default_rng(seed)
    odd = ["G91", "G90", "G20", "G21", "(c)", "M8", "G2 X1 Y1 I1 J0 F100", "", "g1 x1"]
    out = []
    for _ in range(int(rng.integers(300, 900))):
        r = rng.random()
        if r < 0.04:
            out.append(odd[int(rng.integers(len(odd)))])
        else:
            g = "G0" if r < 0.5 else "G1"
            words = [g] + [f"{a}{rng.uniform(-200, 200):.3f}" for a in "XYZ" if rng.random() < 0.6]
            if g == "G1" and rng.random() < 0.3:
                words.append(f"F{rng.integers(1, 9000)}")
            out.append(" ".join(words))
    text = newline.join(out) + newline
    assert_same_parse(parse_gcode(text), parse_gcode(text, fast=False))


def test_leading_moves_take_each_axis_first_known_value():
    parsed = parse_gcode("G0 Z5\nG0 X10 Y20\nG1 Z-1 F100\n")
    assert list(parsed.moves.x) == [10, 10, 10] and list(parsed.moves.y) == [20, 20, 20]
    assert list(parsed.moves.kind) == [RAPID, RAPID, PLUNGE]


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "general"])
@pytest.mark.parametrize(("word", "side"), [("G2", 1.0), ("G3", -1.0)], ids=["G2", "G3"])
def test_arcs_follow_the_circle_the_right_way_round(word, side, fast):
    """From (0, 0) to (10, 0) about the centre (5, 0), radius 5: clockwise (G2) goes over the top through
    (5, +5), counter-clockwise (G3) under it through (5, -5); every point drawn lies on that circle."""
    text = f"G21 G90\nG0 X0 Y0\n{word} X10 Y0 I5 J0 F100\n"
    with fast_path_for_small_programs() if fast else nullcontext():
        parsed = parse_gcode(text, fast=fast)
    assert parsed.problems == []
    xs, ys = np.array(parsed.moves.x), np.array(parsed.moves.y)
    assert (xs[0], ys[0]) == (0.0, 0.0) and parsed.moves.kind[0] == RAPID
    arc_x, arc_y = xs[1:], ys[1:]
    assert (arc_x[-1], arc_y[-1]) == (10.0, 0.0)  # ends exactly where the line says
    assert list(parsed.moves.line)[1:] == [3] * len(arc_x) and set(list(parsed.moves.kind)[1:]) == {FEED}
    assert set(list(parsed.moves.feed)[1:]) == {100.0} and set(parsed.moves.z) == {0.0}
    assert len(arc_x) >= 8  # a half circle of 15.7 mm is drawn as short chords, not one straight line
    # on the circle of radius 5 about (5, 0)
    assert np.allclose(np.hypot(arc_x - 5.0, arc_y), 5.0, atol=1e-9, rtol=0)
    # one half, left to right, on the expected side of the X axis
    path_x, path_y = np.concatenate(([0.0], arc_x)), np.concatenate(([0.0], arc_y))
    assert np.all(np.diff(path_x) > 0)
    assert np.all(side * arc_y >= -1e-9)
    # it passes through (5, 5 * side): a drawn point within half a chord of it
    chords = np.hypot(np.diff(path_x), np.diff(path_y))
    assert chords.max() <= gcode_parser.ARC_SEGMENT_MM + 1e-9
    assert np.hypot(arc_x - 5.0, arc_y - 5.0 * side).min() <= gcode_parser.ARC_SEGMENT_MM / 2


def test_every_word_letter_does_what_the_docstring_says():
    """One line per word kind, through the general reader's dispatch: modal state, units, dwell, spindle,
    ignored and refused words, each value worked out by hand."""
    text = "\n".join(
        [
            "N10 T1 M6 (tool change: no motion)",  # 1: N, T, M6 accepted silently
            "G21 G90 G17 G94 G54 S9000 M3",  # 2: spindle speed recorded
            "G0 X10 Y20 Z5",  # 3: rapid, absolute mm
            "G4 P1.5",  # 4: dwell 1.5 s
            "P9",  # 5: P without G4 is not a dwell
            "G1 Z-1 F300",  # 6: plunge at 300 mm/min
            "G91 X2",  # 7: incremental: X 12, still G1 at F300
            "G90 G20 X1 F10",  # 8: inches: X 25.4 mm, F 254 mm/min
            "G21 G0 Z5 M8",  # 9: M8 not understood (the move still happens)
            "G0 Q3",  # 10: an unknown word
            "G5",  # 11: an unknown G
        ]
    )
    out = parse_gcode(text, fast=False)
    m = out.moves.arrays()
    assert m["x"].tolist() == [10.0, 10.0, 12.0, 25.4, 25.4]
    assert m["y"].tolist() == [20.0] * 5
    assert m["z"].tolist() == [5.0, -1.0, -1.0, -1.0, 5.0]
    assert m["feed"].tolist()[1:4] == [300.0, 300.0, 254.0]
    assert m["line"].tolist() == [3, 6, 7, 8, 9]
    assert out.spindle_rpm == 9000.0 and out.dwell_s == 1.5 and out.units == "mm"
    assert [(p.line, p.reason) for p in out.problems] == [
        (9, "M8 is not understood by this preview"),
        (10, "word Q3 is not understood by this preview"),
        (11, "G5 is not understood by this preview"),
    ]
