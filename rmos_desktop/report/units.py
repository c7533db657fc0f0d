"""A run description (core.runs.describe, always millimetres as recorded) shown in a workstation's units: the
calculators' values, limits and explanations, the request's lengths and feeds and the outputs' extents and path
lengths in inches, with a note that the record itself is in millimetres. Ids, hashes, names and every other
value stay verbatim; the request keeps its recorded millimetres beside the inch value."""

from __future__ import annotations

import dataclasses
import math
import re

from rmos_desktop.core.runs.describe import Note, RunDescription, Section, Table
from rmos_desktop.core.units import Units, convert_limit, convert_text, display_number, format_value, unit_label
from rmos_desktop.report.labels import label
from rmos_desktop.report.units_text import honest_text, pad_mm, row_extra, row_limit

IN_INCHES = "Values in inches; the record is in millimetres."
_CALCULATORS = "Decision — every calculator"
_UNIT_WORDS = ("mm/min", "mm/tooth", "m/s", "mm")
_NESTED = re.compile(r"(?<![\w.])(?P<key>\w+_mm) (?P<num>-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?=,|$)")  # cut, stock


def in_units(desc: RunDescription, units: Units) -> RunDescription:
    """`desc` with its lengths and feeds in `units`; the same description for millimetres."""
    if units != "in":
        return desc
    sections = [_section(s) for s in desc.sections]
    note = Note("Units", label(IN_INCHES), highlight=True)
    if sections:
        first = sections[0]
        sections[0] = dataclasses.replace(first, blocks=(note, *first.blocks))
    return dataclasses.replace(desc, sections=tuple(sections))


def _section(section: Section) -> Section:
    if section.title == _CALCULATORS:
        blocks = tuple(_calculators(b) if isinstance(b, Table) else _note(b) for b in section.blocks)
    elif section.title == "Request":
        blocks = tuple(_request(b) if isinstance(b, Table) else b for b in section.blocks)
    elif section.title == "Outputs":
        blocks = tuple(_outputs(b) if isinstance(b, Table) else b for b in section.blocks)
    else:
        return section
    return dataclasses.replace(section, blocks=blocks)


def _note(note: Note) -> Note:
    return dataclasses.replace(note, text=honest_text(note.text, "in"))


def _calculators(table: Table) -> Table:
    rows = []
    for row in table.rows:
        if len(row) < 5:
            rows.append(row)
            continue
        name, value, limit, status, why = row[:5]
        unit = next((u for u in _UNIT_WORDS if value.text.endswith(" " + u)), "")
        number = value.text[: -len(unit) - 1] if unit else ""
        try:
            shown = float(number) if unit else math.nan
        except ValueError:
            shown = math.nan
        finite = math.isfinite(shown)
        # the digits it takes for a value and its limit that differ in millimetres to differ in inches
        extra = row_extra(shown if finite else None, unit, limit.text if unit else "", why.text, "in")
        if finite:
            decimals = len(number.split(".")[1]) if "." in number and "e" not in number else 0
            value = dataclasses.replace(value, text=display_number(shown, unit, "in", decimals=decimals + extra))
        if unit:
            limit = dataclasses.replace(limit, text=row_limit(limit.text, unit, "in", extra))
        why = dataclasses.replace(why, text=convert_text(pad_mm(why.text, extra), "in"))
        rows.append((name, value, limit, status, why, *row[5:]))
    return dataclasses.replace(table, rows=tuple(rows))


def _request(table: Table) -> Table:
    rows = []
    for row in table.rows:
        field, value = row[0].text, row[1].text if len(row) > 1 else ""
        quantity = "feed" if field == "feed_mm_min" else "length" if field.endswith("_mm") else None
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if quantity and math.isfinite(number):
            shown = _both(number, value, quantity)
            rows.append((row[0], dataclasses.replace(row[1], text=shown), *row[2:]))
        elif _NESTED.search(value):
            shown = _NESTED.sub(lambda m: f"{m['key']} {_both(float(m['num']), m['num'], 'length')}", value)
            rows.append((row[0], dataclasses.replace(row[1], text=shown), *row[2:]))
        else:
            rows.append(row)
    return dataclasses.replace(table, rows=tuple(rows))


def _both(number: float, recorded: str, quantity) -> str:
    """The inch value (to a millionth of an inch) with the record's millimetres beside it."""
    base = "mm/min" if quantity == "feed" else "mm"
    inches = format_value(number, quantity, "in", places=6, unit=False)
    return f"{inches} {unit_label(quantity, 'in')}  ({recorded} {base})"


def _outputs(table: Table) -> Table:
    rows = []
    for row in table.rows:
        name = row[0].text
        if name == "Extents" and len(row) > 1:
            rows.append((row[0], dataclasses.replace(row[1], text=convert_limit(row[1].text, "mm", "in")), *row[2:]))
        elif name == "Path length" and len(row) > 1:
            rows.append((row[0], dataclasses.replace(row[1], text=convert_text(row[1].text, "in")), *row[2:]))
        else:
            rows.append(row)
    return dataclasses.replace(table, rows=tuple(rows))
