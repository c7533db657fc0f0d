"""Planning geometry: fret positions (12-TET), blade overrun, passes, one cut direction."""

import math

import pytest

from rmos_desktop.core.jobs import parse_job
from rmos_desktop.core.toolpaths.opplan import blade_overrun_mm, fret_position_mm, plan_job


def test_fret_positions_follow_12_tet():
    scale = 648.0
    # Independently: the 12th fret halves the string; each fret shortens the remaining length by 2^(-1/12).
    assert fret_position_mm(scale, 12) == pytest.approx(324.0)
    assert fret_position_mm(scale, 24) == pytest.approx(486.0)
    remaining = scale
    for n in range(1, 25):
        remaining /= 2 ** (1 / 12)
        assert fret_position_mm(scale, n) == pytest.approx(scale - remaining, abs=1e-9)
    assert fret_position_mm(scale, 1) == pytest.approx(36.37, abs=0.01)  # the rule-of-18 neighbourhood


def test_blade_overrun_matches_the_reference_example():
    # 160 mm blade at 1 mm: sqrt(2·80·1 − 1) = sqrt(159) = 12.61 mm
    assert blade_overrun_mm(160, 1.0) == pytest.approx(math.sqrt(159))
    assert blade_overrun_mm(160, 1.0) == pytest.approx(12.6, abs=0.05)
    assert blade_overrun_mm(100, 80) == pytest.approx(50)  # deeper than the radius: the whole radius


def _plan(catalog, raw):
    req = parse_job(raw).request
    return plan_job(
        req.cut,
        depth_mm=req.depth_mm,
        stepdown_mm=req.stepdown_mm,
        blade=catalog.blade(req.tool_id),
        machine=catalog.machine(req.machine),
    )


BASE = {
    "tool_id": "saw:veneer_160",
    "material": "hardwood",
    "rpm": 6000,
    "feed_mm_min": 5000,
    "depth_mm": 1.0,
}


def test_line_is_shortened_by_the_overrun_and_runs_plus_x(catalog):
    p = _plan(catalog, {**BASE, "cut": {"kind": "line", "x0_mm": 300, "y0_mm": 10, "x1_mm": 10, "y1_mm": 10}})
    (seg,) = list(p.segments())
    o = math.sqrt(159)
    assert (seg.x0, seg.x1) == (pytest.approx(10 + o), pytest.approx(300 - o))  # reversed to run in +X
    assert seg.y0 == seg.y1 == 10


def test_stepdown_gives_equal_passes_ending_at_the_depth(catalog):
    p = _plan(
        catalog,
        {
            **BASE,
            "depth_mm": 3.0,
            "stepdown_mm": 1.4,
            "cut": {"kind": "line", "x0_mm": 10, "y0_mm": 10, "x1_mm": 300, "y1_mm": 10},
        },
    )
    assert p.passes == 3  # ceil(3 / 1.4)
    assert p.pass_depths_mm == pytest.approx((1.0, 2.0, 3.0))
    assert p.max_pass_depth_mm == pytest.approx(1.0)


def test_kerf_array_and_fret_slots_geometry(catalog):
    p = _plan(
        catalog,
        {
            **BASE,
            "cut": {
                "kind": "kerf_array",
                "x_mm": 20,
                "y_mm": 20,
                "length_mm": 150,
                "pitch_mm": 6,
                "count": 5,
            },
        },
    )
    segs = list(p.segments())
    assert [s.y0 for s in segs] == [20, 26, 32, 38, 44]
    assert all(s.x1 > s.x0 for s in segs)
    assert p.min_spacing_mm == 6
    f = _plan(
        catalog,
        {
            **BASE,
            "cut": {
                "kind": "fret_slots",
                "x_mm": 10,
                "y_mm": 20,
                "scale_length_mm": 648,
                "frets": 3,
                "slot_length_mm": 60,
            },
        },
    )
    ys = [s.y0 for s in f.segments()]
    assert ys == pytest.approx([20 + 648 - 648 / 2 ** (n / 12) for n in (1, 2, 3)])
    assert f.min_spacing_mm == pytest.approx(ys[2] - ys[1])


def test_extents_bound_every_planned_segment(catalog):
    p = _plan(
        catalog,
        {
            **BASE,
            "cut": {
                "kind": "fret_slots",
                "x_mm": 10,
                "y_mm": 20,
                "scale_length_mm": 648,
                "frets": 22,
                "slot_length_mm": 60,
            },
        },
    )
    e = p.extents
    for s in p.segments():
        assert e.xmin - 1e-9 <= min(s.x0, s.x1) and max(s.x0, s.x1) <= e.xmax + 1e-9
        assert e.ymin - 1e-9 <= min(s.y0, s.y1) and max(s.y0, s.y1) <= e.ymax + 1e-9
