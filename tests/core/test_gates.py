"""Each hard gate on its own, with test-only catalog entries where no shipped blade can reach it."""

import pytest

from rmos_desktop.core.catalog import Blade, Material
from rmos_desktop.core.feasibility import evaluate_feasibility

BASE = {
    "tool_id": "saw:veneer_160",
    "material": "hardwood",
    "rpm": 6000,
    "feed_mm_min": 5000,
    "depth_mm": 1.0,
    "cut": {"kind": "line", "x0_mm": 10, "y0_mm": 10, "x1_mm": 300, "y1_mm": 10},
}


def statuses(report):
    return {c.id: c.status for c in report.calculators}


def only_red(report, calc_id):
    s = statuses(report)
    assert report.risk_level == "RED"
    assert s[calc_id] == "RED", s
    return s


def with_entries(catalog, *, blades=(), materials=(), machines=()):
    return catalog.model_copy(
        update={
            "blades": {**catalog.blades, **{b.tool_id: b for b in blades}},
            "materials": {**catalog.materials, **{m.id: m for m in materials}},
            "machines": {**catalog.machines, **{m.id: m for m in machines}},
        }
    )


def test_base_job_is_green(catalog):
    assert evaluate_feasibility(BASE, catalog).risk_level == "GREEN"


def test_blade_speed_over_the_marked_maximum(catalog):
    r = evaluate_feasibility({**BASE, "rpm": 10001, "feed_mm_min": 9000}, catalog)
    s = only_red(r, "blade_speed")
    assert s["rim_speed"] != "RED"  # 83.8 m/s: only the blade's marked maximum is exceeded


def test_blade_speed_at_exactly_the_marked_maximum_is_yellow(catalog):
    r = evaluate_feasibility({**BASE, "rpm": 10000, "feed_mm_min": 9000}, catalog)
    assert statuses(r)["blade_speed"] == "YELLOW"


def test_blade_speed_over_the_machine_maximum(catalog):
    slow = catalog.machine("default").model_copy(update={"id": "slow", "max_rpm": 5000})
    cat = with_entries(catalog, machines=[slow])
    r = evaluate_feasibility({**BASE, "machine": "slow"}, cat)
    only_red(r, "blade_speed")
    assert "machine's maximum 5000 rpm" in r.calculator("blade_speed").explanation


def test_rim_speed_over_100_m_s(catalog):
    # A test-only blade whose marked maximum allows a rim speed no shipped blade can reach.
    fast = Blade(
        tool_id="saw:test_fast",
        name="test",
        diameter_mm=200,
        teeth=60,
        kerf_mm=2.4,
        plate_mm=1.8,
        bore_mm=30,
        flange_diameter_mm=60,
        max_rpm=30000,
    )
    cat = with_entries(catalog, blades=[fast])
    rpm = 10000  # π·200·10000/60000 = 104.7 m/s; blade speed 10000 ≤ 0.9·30000 stays GREEN
    r = evaluate_feasibility({**BASE, "tool_id": "saw:test_fast", "rpm": rpm, "feed_mm_min": 60000 * 0.1}, cat)
    s = only_red(r, "rim_speed")
    assert s["blade_speed"] == "GREEN"


def test_bite_over_one_and_a_half_times_the_band(catalog):
    # veneer band max 0.03 → red above 0.045 mm/tooth; 0.05·96·6000 = 28800 mm/min (machine max 10000!)
    # so use a machine with a high feed limit, to isolate the bite gate
    quick = catalog.machine("default").model_copy(update={"id": "quick", "max_feed_mm_min": 50000})
    cat = with_entries(catalog, machines=[quick])
    r = evaluate_feasibility({**BASE, "machine": "quick", "feed_mm_min": 28800}, cat)
    s = only_red(r, "bite")
    assert s["feed"] == "GREEN"


def test_low_bite_is_only_a_warning(catalog):
    r = evaluate_feasibility({**BASE, "feed_mm_min": 1000}, catalog)  # 1000/(6000·96) = 0.0017 < 0.005
    assert statuses(r)["bite"] == "YELLOW"
    assert r.risk_level == "YELLOW"


def test_depth_beyond_exposure(catalog):
    r = evaluate_feasibility({**BASE, "depth_mm": 50.5}, catalog)  # exposure (160−50)/2 − 5 = 50
    only_red(r, "depth")
    r = evaluate_feasibility({**BASE, "depth_mm": 45}, catalog)  # between 40 and 50
    assert statuses(r)["depth"] == "YELLOW"


def test_power_over_the_usable_spindle_power(catalog):
    tough = Material(
        id="test_tough",
        name="Tough",
        rim_speed_band_m_s={"min": 45, "max": 70},
        bite_band_mm_per_tooth={"min": 0.06, "max": 0.18},
        kc_n_per_mm2=20000,
    )
    cat = with_entries(catalog, materials=[tough])
    # 20000·1.2·10·5000/60000 = 20000 W > 0.85·3000 W
    r = evaluate_feasibility({**BASE, "material": "test_tough", "depth_mm": 10}, cat)
    only_red(r, "power")


def test_feed_over_the_machine_maximum(catalog):
    r = evaluate_feasibility({**BASE, "rpm": 9000, "feed_mm_min": 10001}, catalog)
    s = only_red(r, "feed")
    assert s["bite"] == "GREEN"  # 10001/(9000·96) = 0.0116


def test_envelope_any_move_outside(catalog):
    cut = {"kind": "line", "x0_mm": 1000, "y0_mm": 10, "x1_mm": 1300, "y1_mm": 10}
    r = evaluate_feasibility({**BASE, "cut": cut}, catalog)
    only_red(r, "envelope")
    assert "1287.4" in r.calculator("envelope").explanation  # 1300 − 12.6 overrun


def test_envelope_counts_the_last_kerf_of_an_array(catalog):
    cut = {"kind": "kerf_array", "x_mm": 20, "y_mm": 20, "length_mm": 100, "pitch_mm": 10, "count": 60}
    r = evaluate_feasibility({**BASE, "cut": cut}, catalog)  # last kerf at y = 20 + 59·10 = 610 > 600
    only_red(r, "envelope")


def test_direction_not_parallel_to_the_blade_axis(catalog):
    cut = {"kind": "line", "x0_mm": 10, "y0_mm": 10, "x1_mm": 300, "y1_mm": 40}
    r = evaluate_feasibility({**BASE, "cut": cut}, catalog)
    only_red(r, "direction")


def test_kerf_pitch_not_wider_than_the_kerf(catalog):
    cut = {"kind": "kerf_array", "x_mm": 20, "y_mm": 20, "length_mm": 100, "pitch_mm": 1.2, "count": 5}
    r = evaluate_feasibility({**BASE, "cut": cut}, catalog)
    only_red(r, "kerf_pitch")
    cut["pitch_mm"] = 1.25
    assert statuses(evaluate_feasibility({**BASE, "cut": cut}, catalog))["kerf_pitch"] == "GREEN"


def test_kerf_plate_ratio_below_1_1(catalog):
    binding = Blade(
        tool_id="saw:test_binding",
        name="test",
        diameter_mm=160,
        teeth=96,
        kerf_mm=1.0,
        plate_mm=0.95,
        bore_mm=20,
        flange_diameter_mm=50,
        max_rpm=10000,
        bite_band_mm_per_tooth={"min": 0.005, "max": 0.03},
    )
    cat = with_entries(catalog, blades=[binding])
    only_red(evaluate_feasibility({**BASE, "tool_id": "saw:test_binding"}, cat), "kerf_plate")


def test_cut_shorter_than_the_blade_footprint(catalog):
    # footprint at 1 mm for a 160 mm blade: 2·sqrt(2·80·1 − 1) = 25.2 mm
    cut = {"kind": "line", "x0_mm": 10, "y0_mm": 10, "x1_mm": 35, "y1_mm": 10}
    r = evaluate_feasibility({**BASE, "cut": cut}, catalog)
    only_red(r, "cut_length")
    assert "shorter than the blade's footprint" in r.calculator("cut_length").explanation


def test_stock_thinner_than_the_depth_is_a_warning(catalog):
    stock = {"length_mm": 400, "width_mm": 200, "thickness_mm": 0.8}
    r = evaluate_feasibility({**BASE, "stock": stock}, catalog)
    assert statuses(r)["stock"] == "YELLOW" and r.risk_level == "YELLOW"


@pytest.mark.parametrize("tool", ["saw:nope", "router:flat_6"])
def test_unknown_or_unsupported_tools_are_unknown(catalog, tool):
    r = evaluate_feasibility({**BASE, "tool_id": tool}, catalog)
    assert r.risk_level == "UNKNOWN"
    assert statuses(r)["feed"] == "GREEN"  # calculators that do not need the blade still run


def test_a_calculator_that_raises_gives_unknown_never_a_guess(catalog, monkeypatch):
    from rmos_desktop.core.feasibility import rim_speed

    def boom(ctx):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(rim_speed, "evaluate", boom)
    r = evaluate_feasibility(BASE, catalog)
    assert statuses(r)["rim_speed"] == "UNKNOWN"
    assert r.risk_level == "UNKNOWN"
