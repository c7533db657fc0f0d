"""An independent interpreter in the tests (issue 14 item 3): LinuxCNC's standalone `rs274` reads the example
programs, the golden files and a fuzzed sample of generated programs in both dialects (grbl and linuxcnc: rs274
reads both, the grbl preamble is plain RS-274) with zero interpreter messages, and its canonical moves
(STRAIGHT_TRAVERSE / STRAIGHT_FEED / ARC_FEED end points and feeds) equal the app's own parser's moves."""

import json
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rmos_desktop.core.catalog import load_catalog
from rmos_desktop.core.jobs import parse_job
from rmos_desktop.core.pipeline import build_program
from tests.conftest import REPO
from tests.fuzz.strategies import controller_requests
from tests.interop.rs274 import DEB, compare, interpret
from tests.tools import need_tool

log = logging.getLogger(__name__)


@pytest.fixture(autouse=True)
def _rs274_present() -> None:
    """Skip naming the Debian package where rs274 is absent (fail instead under .ci/run, which installs it)."""
    need_tool("rs274", DEB)


TOLERANCE_MM = 1e-6
GOLDEN = sorted((REPO / "tests" / "golden").glob("*.nc"))
# The examples that are whole jobs (red-missing-feed and unknown-missing-rpm leave a field out on purpose and
# generate no program).
EXAMPLES = [
    p
    for p in sorted((REPO / "resources" / "examples").glob("*.json"))
    if parse_job(json.loads(p.read_text(encoding="utf-8"))).ok
]
STATS = {"programs": 0, "motions": 0, "max_difference_mm": 0.0, "max_feed_difference": 0.0}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(user_dir=False).catalog


@pytest.fixture(scope="module", autouse=True)
def summary():
    yield
    log.info("rs274: %s", STATS)


def check(gcode: str, rapid_mm_min: float) -> None:
    result = compare(gcode, rapid_mm_min=rapid_mm_min)
    assert result.problems == []
    assert result.motions > 0
    assert result.max_difference_mm <= TOLERANCE_MM
    assert result.max_feed_difference <= TOLERANCE_MM
    STATS["programs"] += 1
    STATS["motions"] += result.motions
    STATS["max_difference_mm"] = max(STATS["max_difference_mm"], result.max_difference_mm)
    STATS["max_feed_difference"] = max(STATS["max_feed_difference"], result.max_feed_difference)


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.name)
def test_golden_files(path, catalog):
    machine = catalog.machine("linuxcnc" if ".linuxcnc." in path.name else "default")
    check(path.read_text(encoding="ascii"), machine.rapid_mm_min)


@pytest.mark.parametrize("machine_id", ["default", "linuxcnc"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_in_both_dialects(path, machine_id, catalog):
    parse = parse_job({**json.loads(path.read_text(encoding="utf-8")), "machine": machine_id})
    assert parse.ok, parse.errors
    built = build_program(parse.request, catalog)
    assert built.program.dialect == ("grbl" if machine_id == "default" else "linuxcnc")
    check(built.program.gcode_text, built.machine.rapid_mm_min)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(request=controller_requests(), machine_id=st.sampled_from(["default", "linuxcnc"]))
def test_a_fuzzed_sample_of_generated_programs(catalog, request, machine_id):
    parse = parse_job({**request, "machine": machine_id})
    if not parse.ok:
        return
    try:
        built = build_program(parse.request, catalog)
    except ValueError:  # geometry the planner refuses (the feasibility reports it); nothing to interpret
        return
    check(built.program.gcode_text, built.machine.rapid_mm_min)


def test_the_spindle_speed_rs274_reads_is_the_request_s(catalog):
    parse = parse_job(json.loads((REPO / "resources/examples/green-veneer-line.json").read_text()))
    request = parse.request.model_copy(update={"rpm": 6000.25})
    built = build_program(request, catalog)
    assert interpret(built.program.gcode_text).spindle == [6000.25]


# -- the comparison can fail -------------------------------------------------------------------------------------
def test_a_zero_feed_is_an_interpreter_message():
    result = compare("G21 G90\nG0 X1 Y1 Z5\nG1 Z-1 F0\nM2\n")
    assert any("zero feed rate" in p for p in result.problems)


def test_a_program_read_differently_shows_a_difference():
    # In G20 the app's parser scales to millimetres while rs274's canonical moves stay in inches.
    result = compare("G20 G90\nG0 X1 Y1 Z0.2\nG1 Z-0.04 F20\nG1 X2 F20\nG0 Z0.2\nM2\n")
    assert result.max_difference_mm > 1
