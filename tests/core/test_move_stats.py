"""move_stats on hand-built move lists: extents, feed vs rapid path lengths and the estimated run time.

Time per move (moves.py): a trapezoidal speed profile at the profile's acceleration a — L/v + v/a when the
move is long enough to reach its speed v (L ≥ v²/a), else 2·sqrt(L/a) — plus the spin-up dwell once.
Every expected number is worked out by hand below.
"""

import math

import pytest

from rmos_desktop.core.toolpaths.moves import FEED, PLUNGE, RAPID, RETRACT, MoveList, move_stats

# Results are rounded: lengths and extents to 0.001 mm, the time to 0.1 s.
MM = 0.0005 + 1e-9
SECONDS = 0.05 + 1e-9


def moves(*rows) -> MoveList:
    out = MoveList()
    for line, (kind, x, y, z, feed) in enumerate(rows, start=1):
        out.append(kind, x, y, z, feed, line)
    return out


def one_cut() -> MoveList:
    return moves(
        (RAPID, 10.0, 10.0, 5.0, 20000.0),  # the first move: where the machine stood is unknown, length 0
        (PLUNGE, 10.0, 10.0, -1.0, 600.0),  # 6 mm down at 10 mm/s
        (FEED, 300.0, 10.0, -1.0, 6000.0),  # 290 mm along X at 100 mm/s
        (RETRACT, 300.0, 10.0, 5.0, 20000.0),  # 6 mm up at 333.3 mm/s: too short to reach that speed
        (RAPID, 20.0, 50.0, 5.0, 20000.0),  # back 280 mm in X and 40 mm in Y
    )


def test_counts_extents_and_path_lengths():
    stats = move_stats(one_cut(), accel_mm_s2=500, dwell_s=2)
    assert stats.moves == 5
    assert stats.counts == {"rapid": 2, "plunge": 1, "feed": 1, "retract": 1}
    assert stats.extents == {"xmin": 10.0, "xmax": 300.0, "ymin": 10.0, "ymax": 50.0, "zmin": -1.0, "zmax": 5.0}
    assert stats.feed_length_mm == pytest.approx(6 + 290, abs=MM)  # plunge + feed
    assert stats.rapid_length_mm == pytest.approx(0 + 6 + math.sqrt(280**2 + 40**2), abs=MM)  # 288.843


def test_estimated_time_adds_the_acceleration_allowance_and_the_dwell_once():
    a = 500.0
    v_rapid = 20000 / 60
    plunge = 6 / 10 + 10 / a  # reaches 10 mm/s (needs 10²/500 = 0.2 mm): 0.62 s
    feed = 290 / 100 + 100 / a  # reaches 100 mm/s (needs 20 mm): 3.1 s
    retract = 2 * math.sqrt(6 / a)  # needs 222 mm to reach 333 mm/s, has 6: 0.219 s
    rapid = math.sqrt(280**2 + 40**2) / v_rapid + v_rapid / a  # 282.8 mm ≥ 222 mm: 1.515 s
    expected = plunge + feed + retract + rapid + 2.0  # 7.454 s (L/v alone would give 4.37 + 2 s)
    stats = move_stats(one_cut(), accel_mm_s2=a, dwell_s=2)
    assert stats.estimated_time_s == pytest.approx(expected, abs=SECONDS)


@pytest.mark.parametrize(
    "length, expected",
    [
        (400.0, 400 / 10 + 10 / 1),  # 10 mm/s at 1 mm/s² is reached after 100 mm: 50 s (not 40 s)
        (50.0, 2 * math.sqrt(50 / 1)),  # too short for 10 mm/s: triangular, 14.1 s (not 15 s)
    ],
)
def test_time_of_one_move_on_each_side_of_reaching_speed(length, expected):
    stats = move_stats(moves((RAPID, 0.0, 0.0, 0.0, 20000.0), (FEED, length, 0.0, 0.0, 600.0)), accel_mm_s2=1)
    assert stats.estimated_time_s == pytest.approx(expected, abs=SECONDS)
    assert stats.feed_length_mm == pytest.approx(length, abs=MM)
    assert stats.rapid_length_mm == 0.0


def test_dwell_is_added_once_not_per_move():
    two = moves((RAPID, 0.0, 0.0, 0.0, 20000.0), (FEED, 100.0, 0.0, 0.0, 6000.0), (FEED, 200.0, 0.0, 0.0, 6000.0))
    stats = move_stats(two, accel_mm_s2=500, dwell_s=3)
    each = 100 / 100 + 100 / 500  # 1.2 s
    assert stats.estimated_time_s == pytest.approx(2 * each + 3, abs=SECONDS)


def test_empty_program():
    stats = move_stats(MoveList(), accel_mm_s2=500, dwell_s=2)
    assert (stats.moves, stats.extents, stats.feed_length_mm, stats.rapid_length_mm) == (0, None, 0.0, 0.0)
    assert stats.counts == {"rapid": 0, "plunge": 0, "feed": 0, "retract": 0}
    assert stats.estimated_time_s == 2.0


def test_negative_extents_and_no_negative_zero():
    stats = move_stats(moves((RAPID, -12.5, 0.0, 5.0, 20000.0), (PLUNGE, -12.5, 0.0, -0.0001, 600.0)), accel_mm_s2=500)
    assert stats.extents["xmin"] == stats.extents["xmax"] == -12.5
    assert stats.extents["zmin"] == 0.0 and math.copysign(1, stats.extents["zmin"]) == 1.0  # -0.0001 rounds to 0.0
    assert stats.feed_length_mm == pytest.approx(5.0001, abs=MM)
