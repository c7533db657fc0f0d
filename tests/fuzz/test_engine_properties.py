"""Property tests of the feasibility engine: never raises, and never GREEN/YELLOW past a hard gate.

Hard gates are recomputed here from the reference's formulas, independently of the engine.
"""

import itertools
import math

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from rmos_desktop.core.feasibility import evaluate_feasibility
from tests.fuzz.strategies import json_values, mutated_requests, valid_requests

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _passes(depth, stepdown):
    if stepdown is None or stepdown >= depth:
        return 1
    return math.ceil(depth / stepdown - 1e-9)


def exceeded_gates(req, catalog):
    """The hard gates a valid request exceeds, computed from the reference's formulas."""
    b = catalog.blade(req["tool_id"])
    m = catalog.material(req["material"])
    mc = catalog.machine(req.get("machine", "default"))
    n, vf, depth = req["rpm"], req["feed_mm_min"], req["depth_mm"]
    gates = []
    if n > b.max_rpm or n > mc.max_rpm:
        gates.append("blade_speed")
    if math.pi * b.diameter_mm * n / 60000 > 100:
        gates.append("rim_speed")
    band = b.bite_band_mm_per_tooth or m.bite_band_mm_per_tooth
    if vf / (n * b.teeth) > 1.5 * band.max:
        gates.append("bite")
    if depth > (b.diameter_mm - b.flange_diameter_mm) / 2 - 5:
        gates.append("depth")
    a_pass = depth / _passes(depth, req.get("stepdown_mm"))
    if m.kc_n_per_mm2 * b.kerf_mm * a_pass * vf / 60000 > mc.power_usable_share * mc.spindle_power_w:
        gates.append("power")
    if vf > mc.max_feed_mm_min:
        gates.append("feed")
    if b.kerf_mm / b.plate_mm < 1.1:
        gates.append("kerf_plate")
    cut = req["cut"]
    r = b.diameter_mm / 2
    a = min(depth, r)
    overrun = math.sqrt(2 * r * a - a * a)
    if cut["kind"] == "line":
        top = math.hypot(cut["x1_mm"] - cut["x0_mm"], cut["y1_mm"] - cut["y0_mm"])
        if abs(cut["y1_mm"] - cut["y0_mm"]) > 1e-9:
            gates.append("direction")
        ys = [cut["y0_mm"], cut["y1_mm"]]
        xs = [cut["x0_mm"], cut["x1_mm"]]
        x_lo, x_hi = min(xs) + overrun, max(xs) - overrun
        y_lo, y_hi = min(ys), max(ys)
        if top > 2 * overrun and abs(cut["y1_mm"] - cut["y0_mm"]) > 1e-9:
            # a slanted line is shortened along its own direction: its y extents shrink too
            k = overrun / top
            y_lo, y_hi = min(ys) + k * abs(ys[1] - ys[0]), max(ys) - k * abs(ys[1] - ys[0])
            x_lo, x_hi = min(xs) + k * abs(xs[1] - xs[0]), max(xs) - k * abs(xs[1] - xs[0])
    else:
        if cut["kind"] == "kerf_array":
            top, n_cuts = cut["length_mm"], cut["count"]
            ys = [cut["y_mm"] + i * cut["pitch_mm"] for i in (0, n_cuts - 1)]
            spacing = cut["pitch_mm"]
        else:
            top, n_cuts = cut["slot_length_mm"], cut["frets"]
            pos = [cut["y_mm"] + cut["scale_length_mm"] * (1 - 2 ** (-k / 12)) for k in range(1, n_cuts + 1)]
            ys = [pos[0], pos[-1]]
            spacing = min((q - p for p, q in itertools.pairwise(pos)), default=None)
        if n_cuts > 1 and spacing is not None and spacing <= b.kerf_mm:
            gates.append("kerf_pitch")
        x_lo, x_hi = cut["x_mm"] + overrun, cut["x_mm"] + top - overrun
        y_lo, y_hi = min(ys), max(ys)
    if top <= 2 * overrun:
        gates.append("cut_length")
        if cut["kind"] == "line":  # the blade centre sits at the middle of the line
            x_lo = x_hi = (cut["x0_mm"] + cut["x1_mm"]) / 2
            y_lo = y_hi = (cut["y0_mm"] + cut["y1_mm"]) / 2
        else:
            x_lo = x_hi = cut["x_mm"] + top / 2
    t = mc.travel_x_mm, mc.travel_y_mm, mc.travel_z_mm
    tol = 1e-6  # far below the G-code's 0.001 mm resolution
    if (
        x_lo < t[0].min - tol
        or x_hi > t[0].max + tol
        or y_lo < t[1].min - tol
        or y_hi > t[1].max + tol
        or -depth < t[2].min - tol
        or mc.safe_z_mm > t[2].max + tol
    ):
        gates.append("envelope")
    return gates


# The inputs each calculator reads (reference "Inputs"); the four that need the planned cut read every
# input of the plan. A calculator whose inputs are all valid must still run when another field is broken.
PLAN_INPUTS = {"tool_id", "machine", "cut", "depth_mm", "stepdown_mm"}
CALCULATOR_INPUTS = {
    "blade_speed": {"tool_id", "machine", "rpm"},
    "rim_speed": {"tool_id", "material", "rpm"},
    "bite": {"tool_id", "material", "rpm", "feed_mm_min"},
    "depth": {"tool_id", "depth_mm"},
    "power": {"material", "feed_mm_min"} | PLAN_INPUTS,
    "feed": {"machine", "feed_mm_min"},
    "envelope": PLAN_INPUTS,
    "direction": {"machine", "cut"},
    "cut_length": PLAN_INPUTS,
    "kerf_pitch": PLAN_INPUTS,
    "kerf_plate": {"tool_id"},
}
NOT_AN_INPUT = [1]  # invalid for every field of a request (no field is a list)


def _reds(report):
    return {c.id for c in report.calculators if c.status == "RED"}


@SETTINGS
@given(req=valid_requests)
@example(
    req={
        "tool_id": "saw:veneer_160",
        "material": "hardwood",
        "rpm": 12000.0,
        "feed_mm_min": 5000.0,
        "depth_mm": 1.0,
        "cut": {"kind": "line", "x0_mm": 10.0, "y0_mm": 10.0, "x1_mm": 300.0, "y1_mm": 10.0},
        "job_name": "nul \x00 in the name",  # invalid: the request is UNKNOWN, but the over-speed is known
    }
)
def test_no_request_past_a_hard_gate_is_green_or_yellow(catalog, req):
    report = evaluate_feasibility(req, catalog)
    gates = set(exceeded_gates(req, catalog))
    # The strategy's only way to an invalid request is a job name that is not valid text; it breaks no
    # calculator's input, so every gate is still judged.
    assert {e.field for e in report.input_errors} <= {"job_name"}, report.input_errors
    assert _reds(report) == gates, (sorted(_reds(report)), sorted(gates))
    if gates:
        assert report.risk_level == "RED", (gates, report.risk_level)
    elif report.input_errors:
        assert report.risk_level == "UNKNOWN"
    else:
        assert report.risk_level in ("GREEN", "YELLOW"), [
            (c.id, c.explanation) for c in report.calculators if c.status == "RED"
        ]


@SETTINGS
@given(req=valid_requests, data=st.data())
def test_a_broken_field_does_not_hide_an_exceeded_gate(catalog, req, data):
    """Break one field (or add a broken `machine`): every exceeded gate that does not read it stays RED."""
    gates = set(exceeded_gates(req, catalog))
    assume(gates)
    field = data.draw(st.sampled_from(sorted({*req, "machine"} - {"job_name"})))
    still_known = {g for g in gates if field not in CALCULATOR_INPUTS[g]}
    assume(still_known)
    report = evaluate_feasibility({**req, field: NOT_AN_INPUT}, catalog)
    assert any(e.field.split(".")[0] == field for e in report.input_errors), report.input_errors
    assert report.risk_level == "RED", (field, sorted(gates), report.risk_level)
    assert still_known <= _reds(report) <= gates, (field, sorted(still_known), sorted(_reds(report)))


@SETTINGS
@given(value=json_values)
def test_engine_never_raises_on_arbitrary_json(catalog, value):
    report = evaluate_feasibility(value, catalog)
    assert report.risk_level in ("GREEN", "YELLOW", "RED", "UNKNOWN")
    if not isinstance(value, dict):
        assert report.risk_level == "UNKNOWN"


@SETTINGS
@given(req=mutated_requests())
def test_engine_never_raises_on_mutated_requests(catalog, req):
    report = evaluate_feasibility(req, catalog)
    if report.input_errors:
        assert report.risk_level in ("RED", "UNKNOWN")
