"""A row's limit is never written so that the value reads as on it or on its wrong side (issue 14 item 6): the
limit texts of the calculators get the digits that part them from the value, as the explanations already did.
Expected texts worked out by hand from the catalog's numbers."""

from __future__ import annotations

from rmos_desktop.core.assess import assess
from tests.conftest import load_example


def row(raw: dict, catalog, calc_id: str):
    report = assess(raw, catalog).report
    return next(c for c in report.calculators if c.id == calc_id)


def test_a_depth_just_past_the_stock_is_not_shown_within_it(catalog):
    raw = {**load_example("green-veneer-line"), "depth_mm": 0.5001}
    raw["stock"] = {"length_mm": 400, "width_mm": 100, "thickness_mm": 0.5}
    r = row(raw, catalog, "stock")
    assert r.limit == "≤ 0.5000 mm (thickness)"  # "0.50" would read as if 0.5001 were within it
    raw["stock"]["thickness_mm"] = 0.4999
    raw["depth_mm"] = 0.5
    assert row(raw, catalog, "stock").limit == "≤ 0.4999 mm (thickness)"  # not "0.50", the depth itself


def test_far_from_its_limit_a_row_keeps_the_short_form(catalog):
    raw = {**load_example("green-veneer-line")}
    raw["stock"] = {"length_mm": 400, "width_mm": 100, "thickness_mm": 12}
    assert row(raw, catalog, "stock").limit == "≤ 12 mm (thickness)"
