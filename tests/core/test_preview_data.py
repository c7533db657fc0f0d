"""The preview's arrays: every move counted, exact duplicates drawn once, thinning only past the budget
and then said, the kerf footprint's geometry, and the look-ups that keep text and plot in step."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rmos_desktop.core.toolpaths.moves import FEED, PLUNGE, RAPID, RETRACT, MoveList
from rmos_desktop.core.toolpaths.preview_data import (
    build_preview,
    format_duration,
    kerf_footprint,
    line_spans,
    moves_of_line,
    nearest_moves,
    view_geometry,
)


def move_list(rows) -> MoveList:
    moves = MoveList()
    for kind, x, y, z, line in rows:
        moves.append(kind, x, y, z, 1000.0, line)
    return moves


def drawn_segments(xs: np.ndarray, ys: np.ndarray) -> set:
    """Segments of a NaN-broken polyline, as unordered pairs of end points."""
    out = set()
    for i in range(len(xs) - 1):
        a, b = (xs[i], ys[i]), (xs[i + 1], ys[i + 1])
        if not (math.isnan(a[0]) or math.isnan(b[0])):
            out.add(frozenset((a, b)) if a != b else frozenset((a,)))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "a",
        "a\n",
        "a\nb",
        "a\r\nb\r\n",
        "a\r\nb",
        "\r\n\r\n",
        "a\rb\r\n",
        "x\r",
        "\r\n\n\r",
        "G0 X1\n\nG1 Y2\n",
        "é\nü\rx\u2028y\n",
        "x\n" * 5000,
    ],
)
def test_line_spans_split_like_splitlines(text):
    starts, ends = line_spans(text)
    assert [text[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)] == text.splitlines()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([RAPID, PLUNGE, FEED, RETRACT]),
            st.integers(0, 4),
            st.integers(0, 4),
            st.integers(-2, 1),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_every_move_is_counted_and_each_distinct_segment_drawn(rows):
    moves = move_list([(k, float(x), float(y), float(z), i + 1) for i, (k, x, y, z) in enumerate(rows)])
    a = moves.arrays()
    view = view_geometry(a, "top", ("x", "y"))
    for kind in (RAPID, PLUNGE, FEED, RETRACT):
        mine = [i for i, r in enumerate(rows) if r[0] == kind]
        line = view.lines.get(kind)
        points = view.points.get(kind)
        assert (line.total if line else 0) + (points.total if points else 0) == len(mine)
        expected = set()
        expected_points = set()
        for i in mine:
            start = (float(rows[i - 1][1]), float(rows[i - 1][2])) if i else (float(rows[i][1]), float(rows[i][2]))
            end = (float(rows[i][1]), float(rows[i][2]))
            if start == end:
                expected_points.add(end)
            else:
                expected.add(frozenset((start, end)))
        assert (drawn_segments(line.xs, line.ys) if line else set()) == expected
        assert (set(zip(points.xs.tolist(), points.ys.tolist(), strict=True)) if points else set()) == expected_points
    assert not view.decimated and view.drawn == view.total == len(rows)


def test_thinning_happens_only_past_the_budget_and_is_counted():
    rows = [(FEED, float(i % 2) * 10, float(i), -1.0, i + 1) for i in range(1000)]  # 999 distinct zig-zag lines
    a = move_list(rows).arrays()
    full = view_geometry(a, "top", ("x", "y"))
    assert not full.decimated and full.lines[FEED].total == 999
    thin = view_geometry(a, "top", ("x", "y"), max_drawn={FEED: 100})
    feed = thin.lines[FEED]
    assert feed.decimated and thin.decimated
    assert feed.total == 999 and feed.drawn == len(drawn_segments(feed.xs, feed.ys)) <= 100


def test_passes_over_the_same_line_are_drawn_once_but_counted_each():
    rows = []
    for p in range(5):
        rows += [(RAPID, 0.0, 0.0, 5.0, 4 * p + 1), (PLUNGE, 0.0, 0.0, -p - 1.0, 4 * p + 2)]
        rows += [(FEED, 100.0, 0.0, -p - 1.0, 4 * p + 3), (RETRACT, 100.0, 0.0, 5.0, 4 * p + 4)]
    view = view_geometry(move_list(rows).arrays(), "top", ("x", "y"))
    feed = view.lines[FEED]
    assert feed.total == 5 and feed.drawn == 5 and len(drawn_segments(feed.xs, feed.ys)) == 1


def test_kerf_footprint_reaches_the_overrun_beyond_each_cut():
    # one feed 0→100 along X at depth 3 with a 160 mm blade, 2 mm kerf
    a = move_list([(PLUNGE, 0.0, 10.0, -3.0, 1), (FEED, 100.0, 10.0, -3.0, 2)]).arrays()
    fp = kerf_footprint(a, blade_diameter_mm=160.0, kerf_mm=2.0)
    over = math.sqrt(80.0**2 - (80.0 - 3.0) ** 2)  # chord half-length at the top surface
    xs, ys = fp.xs[:5], fp.ys[:5]
    assert min(xs) == pytest.approx(-over) and max(xs) == pytest.approx(100.0 + over)
    assert min(ys) == pytest.approx(9.0) and max(ys) == pytest.approx(11.0)
    assert fp.total == 1 and math.isnan(fp.xs[5])


def test_moves_outside_the_travel_are_found_and_lookups_work():
    rows = [(RAPID, 0.0, 0.0, 5.0, 3), (RAPID, 900.0, 0.0, 5.0, 4), (PLUNGE, 900.0, 0.0, -1.0, 5)]
    rows += [(FEED, 900.0, 50.0, -1.0, 7), (FEED, 900.0, 60.0, -1.0, 7)]
    text = "\n".join(f"line {i}" for i in range(1, 9)) + "\n"
    data = build_preview(text, move_list(rows), travel={"x": (0, 800), "y": (0, 600), "z": (-50, 10)})
    assert data.outside.tolist() == [1, 2, 3, 4] and data.envelope_checked
    lines = data.arrays["line"]
    assert moves_of_line(lines, 7) == (3, 5) and moves_of_line(lines, 6) == (3, 3)
    assert data.line_count == 8 and data.line_text(4) == "line 4"
    near = nearest_moves(data.arrays, ("x", "y"), 901.0, 55.0, 2.0)
    assert near.tolist() == [4]  # (900,50)→(900,60) passes 1 mm away; (900,0)→(900,50) ends 5.1 mm away
    assert nearest_moves(data.arrays, ("x", "y"), 900.5, 50.0, 2.0).tolist() == [3, 4]  # equally near: in order
    assert nearest_moves(data.arrays, ("x", "y"), 400.0, 300.0, 2.0).tolist() == []


def test_format_duration():
    assert format_duration(0) == "0:00"
    assert format_duration(59.5) == "1:00"
    assert format_duration(155.2) == "2:35"
    assert format_duration(3600 + 61) == "1:01:01"


def test_duplicate_finding_survives_hash_collisions():
    from unittest import mock

    from rmos_desktop.core.toolpaths import preview_data

    rng = np.random.default_rng(3)
    keys = rng.integers(0, 4, size=(500, 4)).astype(float)
    keys[::7, 0] = -0.0  # -0.0 and 0.0 are one key
    expected_heads, expected_counts = {}, {}
    for i, row in enumerate(map(tuple, (keys + 0.0).tolist())):
        expected_heads.setdefault(row, i)
        expected_counts[row] = expected_counts.get(row, 0) + 1
    want = sorted(expected_heads.values())
    want_counts = [expected_counts[tuple((keys[i] + 0.0).tolist())] for i in want]
    for mix in (preview_data._MIX, (np.uint64(0),) * 4):  # real hashes, then every row colliding
        with mock.patch.object(preview_data, "_MIX", mix):
            heads, counts = preview_data._first_of_each(keys)
        assert heads.tolist() == want and counts.tolist() == want_counts
