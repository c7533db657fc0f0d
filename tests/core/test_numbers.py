"""Honest numbers in messages (issue 14 item 6): no value rounded onto its limit, no -0.0, no small value as 0."""

import json
import math
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmos_desktop.core.catalog import load_catalog
from rmos_desktop.core.feasibility import evaluate_feasibility
from rmos_desktop.core.numbers import fmt_pair, fmt_value
from rmos_desktop.core.safety import compute_saw_safety_decision
from tests.conftest import REPO

BASE = json.loads((REPO / "resources" / "examples" / "green-veneer-line.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(user_dir=False).catalog


def judge(catalog, **changes):
    report = evaluate_feasibility({**BASE, **changes}, catalog)
    return report, compute_saw_safety_decision(report)


# -- the three examples of the issue, through the calculators and the block reason ---------------------------
def test_blade_speed_a_thousandth_over_the_marked_maximum(catalog):
    report, decision = judge(catalog, rpm=10000.001)  # saw:veneer_160 is marked 10,000 rpm
    text = "Blade speed 10000.001 rpm exceeds the blade's marked maximum 10000 rpm"
    assert report.calculator("blade_speed").explanation == text
    assert decision.block_reason == text


def test_depth_a_thousandth_beyond_the_exposure(catalog):
    report, decision = judge(catalog, depth_mm=50.001)  # (160 − 50) / 2 − 5 = 50 mm exposure
    text = "Depth 50.001 mm is beyond the blade's exposure 50 mm: the flange hits the work"
    assert report.calculator("depth").explanation == text
    assert text in decision.block_reason


def test_a_position_just_below_zero_is_not_minus_zero(catalog):
    # Where the cut from x0 = 10 reaches furthest left (the kerf's overrun before the start), then start the
    # cut so that this point lies 0.04 mm left of the travel's 0.
    from rmos_desktop.core.jobs import parse_job
    from rmos_desktop.core.toolpaths.opplan import plan_job

    request = parse_job(BASE).request
    blade, machine = catalog.blade(request.tool_id), catalog.machine(request.machine)
    plan = plan_job(request.cut, depth_mm=request.depth_mm, stepdown_mm=None, blade=blade, machine=machine)
    x0 = BASE["cut"]["x0_mm"] - plan.extents.xmin - 0.04
    report, decision = judge(catalog, cut={**BASE["cut"], "x0_mm": x0})
    text = report.calculator("envelope").explanation
    assert re.fullmatch(r"Leaves the machine's travel: X -0\.040* mm is below the travel's 0 mm", text), text
    assert "-0.0 " not in decision.block_reason and text in decision.block_reason


def test_tiny_bite_and_power_show_their_significant_digits(catalog):
    report, _ = judge(catalog, feed_mm_min=1, rpm=10000)
    bite = report.calculator("bite").explanation
    power = report.calculator("power").explanation
    # 1 / (10000 × 96) = 1.0416… e-6 mm/tooth; P = kc · kerf · 1 mm · 1 mm/min / 60000
    assert bite.startswith("Bite 0.000001042 mm/tooth is below")
    p = report.calculator("power").value
    assert power.startswith(f"Estimated {p:.2g} W ") and not power.startswith("Estimated 0 W")


# -- the function itself ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args, kw, expected",
    [
        ((10000.001, 10000), {}, "10000.001"),
        ((10000.0004, 10000), {}, "10000.0004"),
        ((9999.9996, 10000), {}, "9999.9996"),
        ((50.001, 50, 2), {}, "50.001"),
        ((-0.04, 0), {}, "-0.04"),
        ((-0.0,), {}, "0"),
        ((-1e-9, 0), {}, "-0.000000001"),
        ((0.38, None, 0), {}, "0.38"),
        ((6000.0,), {}, "6000"),
        ((3.5, None, 2), {}, "3.50"),
        ((287.39, None, 1), {}, "287.4"),
        ((0.0052083333, 0.005), {"sig": 4}, "0.005208"),
        ((0.0300001, 0.03), {"sig": 4}, "0.0300001"),
        ((1.23456e-13, None, 0), {}, "1.23e-13"),
        ((math.inf,), {}, "inf"),
    ],
)
def test_fmt_value(args, kw, expected):
    assert fmt_value(*args, **kw) == expected


def test_fmt_pair_gives_both_sides_enough_digits():
    assert fmt_pair(10000.001, 10000) == ("10000.001", "10000")
    assert fmt_pair(10000.0004, 10000.001) == ("10000.000", "10000.001")


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@given(value=finite, limit=finite, digits=st.integers(0, 3), sig=st.none() | st.integers(2, 6))
def test_a_value_never_reads_as_its_limit_or_across_it(value, limit, digits, sig):
    text = fmt_value(value, limit, digits, sig=sig)
    assert not text.startswith("-0") or Decimal(text) != 0
    shown = Decimal(text)
    if value != 0:
        assert shown != 0
    if value != limit:
        assert shown != Decimal(repr(limit))
        assert (shown > Decimal(repr(limit))) == (value > limit)
        value_text, limit_text = fmt_pair(value, limit, digits, sig=sig)
        assert Decimal(value_text) != Decimal(limit_text)


@given(value=st.floats(allow_nan=True, allow_infinity=True), limit=st.none() | st.floats())
def test_any_float_formats_without_raising(value, limit):
    assert isinstance(fmt_value(value, limit), str)
