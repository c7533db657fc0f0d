"""Which form fields a RED or UNKNOWN calculator row is about, and the allowed range to show beside each
("blade speed ≤ 6300 (max 7000) rpm for this blade"), so a RED verdict leads to the field to change."""

from __future__ import annotations

import re
from typing import NamedTuple

from rmos_desktop.core.feasibility import FeasibilityReport
from rmos_desktop.core.units import QUANTITY_OF_UNIT, Units, unit_label
from rmos_desktop.report.units_text import honest_text, row_extra, row_limit

_CANNOT_CHECK = re.compile(r"Cannot check: ([A-Za-z_][\w.]*)")


class Mark(NamedTuple):
    text: str
    red: bool  # a RED row's allowed range (always shown); else an UNKNOWN row (shown once the field is touched)


CUT_GEOMETRY = {
    "line": ["cut.x0_mm", "cut.y0_mm", "cut.x1_mm", "cut.y1_mm"],
    "kerf_array": ["cut.x_mm", "cut.y_mm", "cut.length_mm", "cut.pitch_mm", "cut.count"],
    "fret_slots": ["cut.x_mm", "cut.y_mm", "cut.scale_length_mm", "cut.frets", "cut.slot_length_mm"],
}
CUT_LENGTH = {"line": ["cut.x1_mm"], "kerf_array": ["cut.length_mm"], "fret_slots": ["cut.slot_length_mm"]}
# calculator id → the fields a machinist changes to fix it ("@geometry"/"@length": the cut kind's fields)
CALCULATOR_FIELDS: dict[str, list[str]] = {
    "blade_speed": ["rpm"],
    "rim_speed": ["rpm"],
    "bite": ["feed_mm_min", "rpm"],
    "depth": ["depth_mm"],
    "power": ["depth_mm", "feed_mm_min"],
    "feed": ["feed_mm_min"],
    "envelope": ["@geometry"],
    "cut_length": ["@length"],
    "kerf_pitch": ["cut.pitch_mm"],
    "kerf_plate": ["tool_id"],
    "stock": ["depth_mm", "stock.thickness_mm"],
    "direction": [],
}
FOR_THIS = {"blade_speed": "for this blade", "depth": "for this blade", "feed": "for this machine"}


def _fields(calc_id: str, cut_kind: str) -> list[str]:
    out = []
    for key in CALCULATOR_FIELDS.get(calc_id, []):
        if key == "@geometry":
            out += CUT_GEOMETRY.get(cut_kind, [])
        elif key == "@length":
            out += CUT_LENGTH.get(cut_kind, [])
        else:
            out.append(key)
    return out


def field_marks(report: FeasibilityReport, cut_kind: str, units: Units = "mm") -> dict[str, Mark]:
    """Form field key (as JobForm.show_limits takes it) → what to show beside it, for every field a RED or
    UNKNOWN row names: a RED row's allowed range at the fields that fix it; an UNKNOWN row at the field it
    could not read ("needed for blade speed, rim speed"). Ranges in lengths and feeds are shown in `units`."""
    red: dict[str, list[str]] = {}
    unknown: dict[str, list[str]] = {}
    for c in report.calculators:
        if c.status == "RED" and c.limit:
            limit, shown_unit = c.limit, c.unit
            if units != "mm" and c.unit in QUANTITY_OF_UNIT:
                limit = row_limit(c.limit, c.unit, units, row_extra(c.value, c.unit, c.limit, c.explanation, units))
                shown_unit = unit_label(QUANTITY_OF_UNIT[c.unit], units)
            unit = f" {shown_unit}" if shown_unit and shown_unit not in limit else ""
            tail = f" {FOR_THIS[c.id]}" if c.id in FOR_THIS else ""
            for key in _fields(c.id, cut_kind):
                red.setdefault(key, []).append(honest_text(f"{c.label} {limit}{unit}{tail}", units))
        elif c.status == "UNKNOWN":
            m = _CANNOT_CHECK.search(c.explanation)
            if m:
                unknown.setdefault(m.group(1), []).append(c.label)
    marks = {key: Mark("; ".join(texts), True) for key, texts in red.items()}
    for key, labels in unknown.items():
        if key not in marks:
            marks[key] = Mark("needed for " + ", ".join(labels), False)
    return marks
