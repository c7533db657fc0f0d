"""The history, the PDF report and the risk panel read values and limits through report/units_text.py and the
core: a value a hair over its limit reads over it in millimetres and in inches (issue 14 items 1 and 6)."""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmos_desktop.core.numbers import fmt_pair
from rmos_desktop.core.pipeline import SafetyBlocked, rmos_toolpaths
from rmos_desktop.core.runs.describe import Table, describe_run
from rmos_desktop.core.units import convert_text, display_number
from rmos_desktop.report.units import in_units
from rmos_desktop.report.units_text import pad_mm, row_extra, row_limit, row_texts
from tests.conftest import load_example

NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:e-?\d+)?")


def calculators(desc) -> dict[str, list[str]]:
    section = next(s for s in desc.sections if s.title == "Decision — every calculator")
    table = next(b for b in section.blocks if isinstance(b, Table))
    return {r[0].text: [c.text for c in r] for r in table.rows}


def test_the_history_and_report_keep_a_value_off_its_limit(recorder, catalog):
    # the veneer blade: marked maximum 10000 rpm, exposure (160 − 50)/2 − 5 = 50 mm
    job = {**load_example("green-veneer-line"), "rpm": 10000.001, "depth_mm": 50.0001}
    with pytest.raises(SafetyBlocked) as exc:
        rmos_toolpaths(job, recorder=recorder, catalog=catalog)
    path = next(recorder.runs_dir.glob(f"*/{exc.value.detail['run_id']}.json"))
    artifact, data = recorder.store.read_artifact_file(path)
    desc = describe_run(artifact, hashlib.sha256(data).hexdigest())
    mm = calculators(desc)
    assert mm["blade speed"][1:3] == ["10000.001 rpm", "≤ 9000 (max 10000)"]  # before: "10000 rpm" (6 digits)
    assert mm["depth"][1] == "50.0001 mm"
    inches = calculators(in_units(desc, "in"))
    # 50.0001 / 25.4 = 1.9685079; 50 / 25.4 = 1.9685039; 40 / 25.4 = 1.5748031
    assert inches["depth"][1:3] == ["1.968508 in", "≤ 1.5748 (exposure 1.9685)"]
    assert inches["depth"][4] == "Depth 1.968508 in is beyond the blade's exposure 1.9685 in: the flange hits the work"
    assert inches["blade speed"][1] == "10000.001 rpm"


def _six(value: float) -> int:
    written = f"{value:.6g}"
    return len(written.split(".")[1]) if "." in written and "e" not in written else 0


limits = st.floats(min_value=0.01, max_value=10_000, allow_nan=False)
steps = st.sampled_from([1e-4, 1e-5, 1e-6, -1e-4, -1e-5, -1e-6, 0.0])


@pytest.mark.parametrize("unit", ["mm", "mm/min", "m/s", "mm/tooth", "rpm"])
@given(limit=limits, step=steps, digits=st.integers(0, 3))
def test_cells_converted_one_by_one_with_row_extra_stay_apart(unit, limit, step, digits):
    """What the risk panel does today (row_extra, then each cell on its own) and what row_texts does: the value
    never shows equal to, or on the other side of, a limit it differs from."""
    value = round(limit + step, 6)
    v_mm, l_mm = fmt_pair(value, limit, digits)
    limit_text = f"≤ {l_mm} (max {l_mm})"
    why = f"Value {v_mm} {unit} against {l_mm} {unit}"
    extra = row_extra(value, unit, limit_text, why, "in")
    one_by_one = (
        display_number(value, unit, "in", decimals=_six(value) + extra),
        row_limit(limit_text, unit, "in", extra),
        convert_text(pad_mm(why, extra), "in"),
    )
    for cells in (one_by_one, row_texts(value, unit, limit_text, why, "in")):
        shown = Decimal(cells[0].split()[0])
        limit_numbers = [Decimal(n) for n in NUMBER.findall(cells[1])] + [Decimal(NUMBER.findall(cells[2])[1])]
        for n in limit_numbers:
            if Decimal(repr(value)) != Decimal(l_mm):
                assert shown != n and (shown > n) == (Decimal(repr(value)) > Decimal(l_mm)), cells
