"""The program is what the controller reads (issue 14 item 2): over the fuzzed request space, every valid
request the policy lets through generates (never exit 4 for a depth the post rounds), and every OK program
carries nonzero F and S words equal to the request's values as the post writes them, with every Z within
half of the post's 0.001 mm step of the planned passes, never deeper than the depth plus that half step."""

import logging
import math
import re
from collections import Counter
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, example, given, settings

from rmos_desktop.core.catalog import load_catalog
from rmos_desktop.core.jobs import parse_job
from rmos_desktop.core.pipeline import SafetyBlocked, ToolpathsError, rmos_toolpaths
from rmos_desktop.core.runs.recorder import RunRecorder
from tests.fuzz.strategies import controller_requests

log = logging.getLogger(__name__)

HALF_STEP = Fraction(1, 2000)  # half of 0.001 mm
SEEN: Counter = Counter()
LINE = {"kind": "line", "x0_mm": 10, "y0_mm": 10, "x1_mm": 300, "y1_mm": 10}
VENEER = {"tool_id": "saw:veneer_160", "material": "hardwood", "rpm": 6000, "feed_mm_min": 5000, "cut": LINE}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(user_dir=False).catalog


@pytest.fixture(scope="module")
def recorder(tmp_path_factory):
    yield RunRecorder.open(tmp_path_factory.mktemp("words") / "runs")
    log.info("program words: %s", dict(SEEN))
    if SEEN["fuzzed"]:  # the property test ran (not just a -k selection of the others)
        assert SEEN["fuzzed OK"] >= 50, f"too few OK programs to mean anything: {dict(SEEN)}"


def as_written(word: str, value: float) -> bool:
    """A feed or speed word says the request's value as written: nonzero, at most 3 decimals, no trailing
    zeros, and within half of the last place (0.0005) of the value's shortest decimal form."""
    if not re.fullmatch(r"[1-9]\d*(\.\d{0,2}[1-9])?|0\.\d{0,2}[1-9]", word):
        return False
    return abs(Decimal(word) - Decimal(repr(value))) <= Decimal("0.0005")


def words(gcode: str, letter: str) -> list[str]:
    return re.findall(
        rf"(?<![A-Z(]){letter}(-?\d+(?:\.\d+)?)", "\n".join(ln for ln in gcode.splitlines() if not ln.startswith("("))
    )


def check_ok_program(request: dict, gcode: str, passes: int) -> None:
    rpm, feed, depth = request["rpm"], request["feed_mm_min"], request["depth_mm"]
    s_words = words(gcode, "S")
    assert s_words and all(as_written(w, rpm) for w in s_words), (s_words, rpm)
    assert all(Decimal(w) > 0 for w in words(gcode, "F")), "an F0 word"
    cut_feeds = {m.group(1) for m in re.finditer(r"^G1 X\S+ Y\S+ F(\S+)$", gcode, re.M)}
    assert len(cut_feeds) == 1 and as_written(cut_feeds.pop(), feed), (cut_feeds, feed)
    plunges = [Fraction(Decimal(z)) for z in re.findall(r"^G1 Z(-?[\d.]+)", gcode, re.M)]
    assert plunges and len(plunges) % passes == 0
    d = Fraction(Decimal(repr(depth)))
    planned = [-d * (i + 1) / passes for i in range(passes)]  # equal passes, the last exactly at the depth
    for k, z in enumerate(plunges):
        assert abs(z - planned[k % passes]) <= HALF_STEP, (k, float(z), float(planned[k % passes]))
        assert z >= -d - HALF_STEP
    assert Fraction(Decimal(min(re.findall(r"Z(-?[\d.]+)", gcode), key=Decimal))) >= -d - HALF_STEP


def attempt(recorder, catalog, request) -> str:
    parse = parse_job(request)
    try:
        out = rmos_toolpaths(request, recorder=recorder, catalog=catalog)
    except SafetyBlocked:
        SEEN["BLOCKED"] += 1
        return "BLOCKED"
    except ToolpathsError as exc:  # never for a request the policy let through
        raise AssertionError(f"a valid, allowed request failed to generate: {exc.detail['message']}") from None
    assert parse.ok
    check_ok_program(request, out["gcode_text"], parse.request.passes)
    SEEN["OK"] += 1
    return "OK"


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(request=controller_requests())
@example(request={**VENEER, "depth_mm": 0.79375})  # 1/32 in: GREEN in check, exit 4 in generate before
@example(request={**VENEER, "depth_mm": 1.190625})  # 3/64 in
@example(request={**VENEER, "depth_mm": 3.96875, "stepdown_mm": 0.79375})
@example(request={**VENEER, "depth_mm": 0.001, "rpm": 1, "feed_mm_min": 1})  # the lower bounds
@example(request={**VENEER, "depth_mm": 0.0015, "feed_mm_min": 1.0004, "rpm": 2999.9995})
def test_every_ok_program_says_what_the_request_says(recorder, catalog, request):
    SEEN["fuzzed"] += 1
    if parse_job(request).ok:
        SEEN["fuzzed OK"] += attempt(recorder, catalog, request) == "OK"
    else:
        SEEN["invalid"] += 1


@pytest.mark.parametrize(
    "field, value",
    [("feed_mm_min", 0.0004), ("rpm", 0.0004), ("depth_mm", 5e-324), ("stepdown_mm", 0.0004), ("feed_mm_min", 0.9)],
)
def test_values_below_one_step_are_field_errors_never_a_program(recorder, catalog, field, value):
    request = {**VENEER, "depth_mm": 1.0, field: value}
    parse = parse_job(request)
    assert not parse.ok and [e.field for e in parse.errors] == [field]
    with pytest.raises(SafetyBlocked):  # invalid input is UNKNOWN, blocked; no G-code
        rmos_toolpaths(request, recorder=recorder, catalog=catalog)


def test_four_decimal_depths_all_generate(recorder, catalog):
    # The 12 % of 4-decimal depths that used to fail: every depth 1.0000..1.0100 mm in 0.0001 steps.
    for n in range(10000, 10101):
        depth = float(Fraction(n, 10000))
        assert attempt(recorder, catalog, {**VENEER, "depth_mm": depth}) == "OK", depth
    assert math.isclose(depth, 1.01)


@pytest.mark.parametrize(
    "depth, z, ok",
    [
        (0.79375, -0.794, True),  # the post's rounding of 1/32 in
        (0.7935, -0.794, True),  # exactly half a step deeper
        (0.7934, -0.794, False),  # 0.0006 deeper
        (1.0, -1.0005, True),
        (1.0, -1.001, False),
    ],
)
def test_the_program_check_tolerates_exactly_half_a_step(depth, z, ok):
    from rmos_desktop.core.jobs import JobRequest
    from rmos_desktop.core.pipeline import check_program
    from rmos_desktop.core.toolpaths.moves import FEED, PLUNGE, RAPID, MoveList

    request = JobRequest.model_validate({**VENEER, "depth_mm": depth})
    moves = MoveList()
    moves.append(RAPID, 10, 10, 5, 3000, 1)
    moves.append(PLUNGE, 10, 10, z, 600, 2)
    moves.append(FEED, 300, 10, z, 5000, 3)
    travel = {"x": (0, 1200), "y": (0, 600), "z": (-100, 100)}
    problems = check_program(moves, request, travel, 10000)
    assert (problems == []) is ok, problems
