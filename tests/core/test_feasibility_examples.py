"""The reference's worked examples. Expected numbers are computed here from the reference's formulas,
never by calling the code under test."""

import math

import pytest

from rmos_desktop.core.feasibility import evaluate_feasibility
from rmos_desktop.core.safety import SafetyPolicy, compute_saw_safety_decision
from tests.conftest import load_example

LINE = {"kind": "line", "x0_mm": 10, "y0_mm": 10, "x1_mm": 300, "y1_mm": 10}
EX1 = {
    "tool_id": "saw:veneer_160",
    "material": "hardwood",
    "rpm": 6000,
    "feed_mm_min": 5000,
    "depth_mm": 1.0,
    "cut": LINE,
}
EX2 = {**EX1, "rpm": 9500, "feed_mm_min": 8000}
EX3 = {
    "tool_id": "saw:kerf_cut_v1",
    "material": "softwood",
    "rpm": 12000,
    "feed_mm_min": 3000,
    "depth_mm": 3.0,
    "cut": LINE,
}


def calc(report, calc_id):
    return report.calculator(calc_id)


def test_example_1_is_green_with_the_reference_numbers(catalog):
    r = evaluate_feasibility(EX1, catalog)
    assert r.risk_level == "GREEN"
    assert calc(r, "rim_speed").value == pytest.approx(math.pi * 160 * 6000 / 60000, abs=1e-5)  # 50.27 m/s
    assert calc(r, "rim_speed").value == pytest.approx(50.27, abs=0.005)
    assert calc(r, "bite").value == pytest.approx(5000 / (6000 * 96), abs=1e-6)  # 0.00868
    assert calc(r, "power").value == pytest.approx(80 * 1.2 * 1.0 * 5000 / 60000)  # 8 W
    assert "exposure 50" in calc(r, "depth").limit  # (160 − 50)/2 − 5
    assert all(c.status in ("GREEN", "NA") for c in r.calculators)
    assert 80 <= r.score <= 100


def test_example_2_is_yellow_not_blocked(catalog):
    r = evaluate_feasibility(EX2, catalog)
    assert r.risk_level == "YELLOW"
    assert calc(r, "blade_speed").status == "YELLOW"  # 9500 > 0.9·10000
    assert calc(r, "rim_speed").value == pytest.approx(math.pi * 160 * 9500 / 60000, abs=1e-5)  # 79.6 > 70
    assert calc(r, "rim_speed").status == "YELLOW"
    assert calc(r, "bite").value == pytest.approx(8000 / (9500 * 96), abs=1e-6)  # 0.00877, in band
    assert calc(r, "bite").status == "GREEN"
    assert 40 <= r.score < 80
    d = compute_saw_safety_decision(r)
    assert not SafetyPolicy().should_block(d)
    assert len(d.warnings) == 2


def test_example_3_is_red_and_blocked(catalog):
    r = evaluate_feasibility(EX3, catalog)
    assert r.risk_level == "RED"
    assert calc(r, "blade_speed").status == "RED"
    assert calc(r, "rim_speed").value == pytest.approx(math.pi * 200 * 12000 / 60000, abs=1e-5)  # 125.7
    assert calc(r, "rim_speed").status == "RED"
    assert r.score is not None and r.score < 40
    d = compute_saw_safety_decision(r)
    assert SafetyPolicy().should_block(d)
    assert "12000 rpm exceeds the blade's marked maximum 7000 rpm" in d.block_reason


def test_example_4_missing_rpm_is_unknown_and_blocked_naming_rpm(catalog):
    r = evaluate_feasibility({k: v for k, v in EX1.items() if k != "rpm"}, catalog)
    assert r.risk_level == "UNKNOWN" and r.score is None
    assert [(e.field, e.message) for e in r.input_errors] == [("rpm", "field required")]
    d = compute_saw_safety_decision(r)
    assert SafetyPolicy().should_block(d)
    assert "rpm" in d.block_reason


def test_example_4_red_wins_over_unknown(catalog):
    r = evaluate_feasibility({k: v for k, v in EX3.items() if k != "feed_mm_min"}, catalog)
    assert r.risk_level == "RED"
    assert calc(r, "blade_speed").status == "RED"
    assert calc(r, "feed").status == "UNKNOWN"
    assert any(e.field == "feed_mm_min" for e in r.input_errors)


@pytest.mark.parametrize(
    "name, level",
    [
        ("green-veneer-line", "GREEN"),
        ("yellow-veneer-fast", "YELLOW"),
        ("red-kerfcut-overspeed", "RED"),
        ("unknown-missing-rpm", "UNKNOWN"),
        ("red-missing-feed", "RED"),
        ("kerf-array-side-kerfs", "GREEN"),
        ("fret-slots-648", "GREEN"),
    ],
)
def test_shipped_examples_have_their_documented_level(catalog, name, level):
    assert evaluate_feasibility(load_example(name), catalog).risk_level == level


def test_client_feasibility_is_ignored_and_noted(catalog):
    r = evaluate_feasibility({**EX3, "feasibility": {"risk_level": "GREEN", "score": 100}}, catalog)
    assert r.risk_level == "RED"
    assert any("client-supplied feasibility" in w for w in r.warnings)


def test_every_calculator_reports_value_unit_limit_status_score_explanation(catalog):
    r = evaluate_feasibility(load_example("kerf-array-side-kerfs"), catalog)
    assert [c.id for c in r.calculators] == [
        "blade_speed",
        "rim_speed",
        "bite",
        "depth",
        "power",
        "feed",
        "envelope",
        "direction",
        "cut_length",
        "kerf_pitch",
        "kerf_plate",
        "stock",
    ]
    for c in r.calculators:
        assert c.explanation and c.status == "GREEN" and 80 <= c.score <= 100
    assert r.entries["blade"]["tool_id"] == "saw:ultra_thin_140"
    assert r.entries["material"]["id"] == "plywood"
    assert r.entries["machine"]["id"] == "default"
    assert r.catalog == {"version": catalog.version, "sha256": catalog.sha256}
