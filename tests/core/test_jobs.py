"""JobRequest validation: every problem named by its field, physical bounds, no exceptions."""

import math

import pytest

from rmos_desktop.core.jobs import parse_job

GOOD = {
    "tool_id": "saw:veneer_160",
    "material": "hardwood",
    "rpm": 6000,
    "feed_mm_min": 5000,
    "depth_mm": 1.0,
    "cut": {"kind": "line", "x0_mm": 10, "y0_mm": 10, "x1_mm": 300, "y1_mm": 10},
}


def errors(raw):
    return {str(e) for e in parse_job(raw).errors}


def test_good_request_parses_with_defaults():
    p = parse_job(GOOD)
    assert p.ok and p.request.machine == "default" and p.request.stepdown_mm is None and p.request.passes == 1


@pytest.mark.parametrize("field", ["tool_id", "material", "rpm", "feed_mm_min", "depth_mm", "cut"])
def test_missing_required_field_is_named(field):
    assert f"{field}: field required" in errors({k: v for k, v in GOOD.items() if k != field})


@pytest.mark.parametrize(
    "raw, expected",
    [
        ({**GOOD, "rpm": 100_001}, "rpm: must be ≤ 100000"),
        ({**GOOD, "rpm": 0}, "rpm: must be ≥ 1"),
        ({**GOOD, "rpm": -5}, "rpm: must be ≥ 1"),
        ({**GOOD, "rpm": 0.0004}, "rpm: must be ≥ 1"),
        ({**GOOD, "feed_mm_min": 0.0004}, "feed_mm_min: must be ≥ 1"),
        ({**GOOD, "feed_mm_min": 0.999}, "feed_mm_min: must be ≥ 1"),
        ({**GOOD, "depth_mm": 5e-324}, "depth_mm: must be ≥ 0.001"),
        ({**GOOD, "depth_mm": 0.0009}, "depth_mm: must be ≥ 0.001"),
        ({**GOOD, "stepdown_mm": 0.0005}, "stepdown_mm: must be ≥ 0.001"),
        ({**GOOD, "rpm": "6000"}, "rpm: must be a number"),
        ({**GOOD, "rpm": True}, "rpm: must be a number"),
        ({**GOOD, "rpm": math.inf}, "rpm: must be a finite number"),
        ({**GOOD, "rpm": math.nan}, "rpm: must be a finite number"),
        ({**GOOD, "feed_mm_min": 1e308}, "feed_mm_min: must be ≤ 100000"),
        ({**GOOD, "depth_mm": 1001}, "depth_mm: must be ≤ 1000"),
        ({**GOOD, "job_name": "x" * 201}, "job_name: must be at most 200 characters"),
        ({**GOOD, "notes": "a\ud800"}, "notes: must be valid Unicode text"),
        ({**GOOD, "color": "red"}, "color: unknown field"),
        (
            {
                **GOOD,
                "cut": {
                    "kind": "kerf_array",
                    "x_mm": 0,
                    "y_mm": 0,
                    "length_mm": 10,
                    "pitch_mm": 2,
                    "count": 10_001,
                },
            },
            "cut.count: must be ≤ 10000",
        ),
        (
            {
                **GOOD,
                "cut": {
                    "kind": "kerf_array",
                    "x_mm": 0,
                    "y_mm": 0,
                    "length_mm": 10,
                    "pitch_mm": 2,
                    "count": 2.5,
                },
            },
            "cut.count: must be a whole number",
        ),
        ({**GOOD, "cut": {"kind": "circle"}}, "cut: kind must be one of line, kerf_array, fret_slots"),
        (
            {**GOOD, "cut": {"kind": "line", "x0_mm": 1, "y0_mm": 1, "x1_mm": 1, "y1_mm": 1}},
            "cut: the line has zero length (start and end are the same point)",
        ),
        (
            {**GOOD, "cut": {"kind": "line", "x0_mm": 20_000, "y0_mm": 1, "x1_mm": 1, "y1_mm": 1}},
            "cut.x0_mm: must be ≤ 10000",
        ),
        ({**GOOD, "stock": {"length_mm": 10, "width_mm": 10}}, "stock.thickness_mm: field required"),
    ],
)
def test_bad_values_are_named(raw, expected):
    assert expected in errors(raw)


def test_too_many_passes_is_a_named_bound():
    raw = {
        **GOOD,
        "depth_mm": 100,
        "stepdown_mm": 0.001,
        "cut": {"kind": "kerf_array", "x_mm": 0, "y_mm": 0, "length_mm": 100, "pitch_mm": 2, "count": 2000},
    }
    (msg,) = errors(raw)
    assert msg.startswith("stepdown_mm: 100000 passes × 2000 cuts")


def test_valid_fields_survive_next_to_invalid_ones():
    p = parse_job({**GOOD, "rpm": "fast", "color": 1})
    assert not p.ok
    assert p.value("feed_mm_min") == 5000 and p.value("cut").kind == "line"
    assert p.value("rpm") is None


@pytest.mark.parametrize("raw", [None, 1, "x", [GOOD], True])
def test_non_objects_are_named(raw):
    p = parse_job(raw)
    assert not p.ok and not p.raw_is_object
    assert "must be a JSON object" in p.errors[0].message


def test_unicode_in_text_fields_is_kept():
    p = parse_job({**GOOD, "job_name": "Gitarrenbünde – 琴", "notes": "ß ✓"})
    assert p.ok and p.request.job_name == "Gitarrenbünde – 琴"


def test_feasibility_key_is_dropped_before_validation():
    p = parse_job({**GOOD, "feasibility": {"anything": 1}})
    assert p.ok and p.dropped_feasibility


def test_the_lower_bounds_themselves_are_valid():
    p = parse_job({**GOOD, "rpm": 1, "feed_mm_min": 1, "depth_mm": 0.001, "stepdown_mm": 0.001})
    assert p.ok and p.request.rpm == 1 and p.request.depth_mm == 0.001
