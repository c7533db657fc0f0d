"""The risk panel's value cell never shows a value on its limit when it is past it (issue 14 item 6), in
millimetres as in inches: a spindle 0.001 rpm over the blade's marked maximum reads 7000.001 rpm, not 7000."""

from __future__ import annotations

import pytest

from rmos_desktop.core.assess import assess
from rmos_desktop.gui.risk_panel import RiskPanel
from tests.conftest import load_example


@pytest.mark.parametrize("units", ["mm", "in"])
def test_a_spindle_a_hair_over_the_blades_maximum_reads_over_it(qtbot, catalog, units):
    raw = load_example("red-kerfcut-overspeed")
    blade = catalog.blade(raw["tool_id"])
    a = assess({**raw, "rpm": blade.max_rpm + 0.001}, catalog)
    panel = RiskPanel()
    qtbot.addWidget(panel)
    panel.set_units(units)
    panel.show_report(a.report, a.decision, a.blocked)
    rows = {r[0]: r for r in panel.rows()}
    value, limit, status = rows["blade speed"][1:4]
    assert value == f"{blade.max_rpm:.0f}.001 rpm", value  # was "7000 rpm" beside "max 7000"
    assert f"(max {blade.max_rpm:.0f})" in limit and status == "RED"
