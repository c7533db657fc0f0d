"""How the engine combines its calculators (reference "Combining"): the overall score is the catalog-weighted
mean of the rows that apply, any YELLOW row makes the job YELLOW with the score capped at 79, and every row's
score lies in its status band (GREEN 80–100, YELLOW 40–79, RED 0–39).

Expected scores are worked out here from the rows and from weights written in this file, never by the engine.
"""

import pytest
from hypothesis import HealthCheck, given, settings

from rmos_desktop.core.catalog import Catalog
from rmos_desktop.core.feasibility import evaluate_feasibility
from rmos_desktop.core.feasibility.base import CalculatorResult
from rmos_desktop.core.feasibility.engine import combine
from tests.fuzz.strategies import mutated_requests, valid_requests

# resources/catalog/weights.json, copied by hand
SHIPPED_WEIGHTS = {
    "blade_speed": 3,
    "rim_speed": 2,
    "bite": 2,
    "depth": 3,
    "power": 2,
    "feed": 1,
    "envelope": 3,
    "direction": 3,
    "cut_length": 2,
    "kerf_pitch": 1,
    "kerf_plate": 1,
    "stock": 1,
}
BANDS = {"GREEN": (80.0, 100.0), "YELLOW": (40.0, 79.0), "RED": (0.0, 39.0)}


def with_weights(catalog: Catalog, **changes: float) -> Catalog:
    data = catalog.model_dump(mode="json")
    data["weights"] = {**data["weights"], **changes}
    return Catalog.model_validate(data)


def weighted_mean(report, weights: dict[str, float]) -> float:
    rows = [c for c in report.calculators if c.status != "NA"]
    return sum(weights[c.id] * c.score for c in rows) / sum(weights[c.id] for c in rows)


def row(calc_id: str, status: str, score: float | None) -> CalculatorResult:
    return CalculatorResult(
        id=calc_id, label=calc_id, value=None, unit="", limit="", status=status, score=score, explanation=""
    )


def test_shipped_weights_are_the_ones_this_file_assumes(catalog):
    assert dict(catalog.weights) == SHIPPED_WEIGHTS


def test_overall_score_is_the_weighted_mean_with_a_changed_weight(catalog, example):
    # Envelope is the lowest-scoring row of the green example (10 mm from the travel's edge), so weighting it up
    # must pull the mean down. kerf_pitch and stock do not apply to a single line without stock: their weights
    # must not count, however large.
    weights = {**SHIPPED_WEIGHTS, "envelope": 40, "kerf_pitch": 100, "stock": 100}
    shipped = evaluate_feasibility(example("green-veneer-line"), catalog)
    changed = evaluate_feasibility(example("green-veneer-line"), with_weights(catalog, **weights))
    assert [(c.id, c.status, c.score) for c in changed.calculators] == [
        (c.id, c.status, c.score) for c in shipped.calculators
    ]
    assert {c.id for c in changed.calculators if c.status == "NA"} == {"kerf_pitch", "stock"}
    assert changed.risk_level == "GREEN"
    expected = weighted_mean(changed, weights)
    assert changed.score == pytest.approx(expected, abs=0.05)
    assert shipped.score == pytest.approx(weighted_mean(shipped, SHIPPED_WEIGHTS), abs=0.05)
    assert changed.score < shipped.score - 1  # the changed weight really moved it


def test_any_yellow_row_makes_the_job_yellow_with_the_score_capped_at_79(catalog, example):
    report = evaluate_feasibility(example("yellow-veneer-fast"), catalog)
    assert {c.id for c in report.calculators if c.status == "YELLOW"} == {"blade_speed", "rim_speed"}
    assert weighted_mean(report, SHIPPED_WEIGHTS) > 80  # the mean alone would say GREEN
    assert report.risk_level == "YELLOW"
    assert report.score == 79.0


def test_a_yellow_job_under_the_cap_keeps_its_weighted_mean(catalog, example):
    weights = {**SHIPPED_WEIGHTS, "blade_speed": 100}
    report = evaluate_feasibility(example("yellow-veneer-fast"), with_weights(catalog, **weights))
    expected = weighted_mean(report, weights)
    assert 40 < expected < 79
    assert report.risk_level == "YELLOW"
    assert report.score == pytest.approx(expected, abs=0.05)


def test_combine_rules_on_hand_built_rows():
    weights = {"a": 1.0, "b": 3.0, "c": 50.0}
    # (1·100 + 3·80) / 4 = 85; the NA row's weight does not count
    assert combine([row("a", "GREEN", 100), row("b", "GREEN", 80), row("c", "NA", None)], weights, False) == (
        "GREEN",
        85.0,
    )
    # (1·100 + 3·60) / 4 = 70: YELLOW, under the cap
    assert combine([row("a", "GREEN", 100), row("b", "YELLOW", 60)], weights, False) == ("YELLOW", 70.0)
    # (1·79 + 50·100) / 51 = 99.6: still YELLOW, capped at 79
    assert combine([row("a", "YELLOW", 79), row("c", "GREEN", 100)], weights, False) == ("YELLOW", 79.0)
    # RED wins over UNKNOWN and over input errors; its score is the lowest RED score
    assert combine([row("a", "RED", 30), row("b", "UNKNOWN", None), row("c", "RED", 12)], weights, True) == (
        "RED",
        12.0,
    )
    assert combine([row("a", "GREEN", 100), row("b", "UNKNOWN", None)], weights, False) == ("UNKNOWN", None)
    assert combine([row("a", "GREEN", 100)], weights, True) == ("UNKNOWN", None)


def assert_rows_in_their_bands(report):
    for c in report.calculators:
        if c.status in ("UNKNOWN", "NA"):
            assert c.score is None, (c.id, c.status, c.score)
        else:
            lo, hi = BANDS[c.status]
            assert c.score is not None and lo <= c.score <= hi, (c.id, c.status, c.score, c.explanation)
    if report.risk_level == "UNKNOWN":
        assert report.score is None
    else:
        lo, hi = BANDS[report.risk_level]
        assert report.score is not None and lo <= report.score <= hi, (report.risk_level, report.score)


BAND_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@BAND_SETTINGS
@given(req=valid_requests)
def test_every_score_lies_in_its_status_band(catalog, req):
    assert_rows_in_their_bands(evaluate_feasibility(req, catalog))


@BAND_SETTINGS
@given(req=mutated_requests())
def test_every_score_lies_in_its_status_band_for_broken_requests(catalog, req):
    assert_rows_in_their_bands(evaluate_feasibility(req, catalog))


def test_a_quantity_past_any_float_is_red_with_no_value_never_infinity(catalog):
    """rpm 2.2e-308 (valid: > 0) makes the bite feed/(rpm·z) overflow to inf. Found by the pipeline fuzz test:
    inf cannot be written to a JSON artifact, so the attempt crashed without its record."""
    import json

    tiny = {
        "tool_id": "saw:veneer_160",
        "material": "softwood",
        "rpm": 2.2250738585072014e-308,
        "feed_mm_min": 384.0,
        "depth_mm": 1.0,
        "cut": {"kind": "line", "x0_mm": 0.0, "y0_mm": 0.0, "x1_mm": 1.0, "y1_mm": 0.0},
    }
    report = evaluate_feasibility(tiny, catalog)
    bite = report.calculator("bite")
    assert (bite.status, bite.value, bite.score) == ("RED", None, 0.0)
    assert report.risk_level == "RED"
    json.dumps(report.model_dump(mode="json"), allow_nan=False)  # raises on inf or NaN anywhere
