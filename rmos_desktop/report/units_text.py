"""The core's millimetre texts in a workstation's units, never rounding a value into its limit.

The rule lives in the core: `core.units.convert_row` (a calculator row: value, limit, explanation read together),
`convert_text` (a message), `convert_limit` (a band) and `format_pair` convert exactly (1 in = 25.4 mm) and then
give numbers that differ in millimetres the digits it takes to differ on screen, in the same order
(`core.numbers.honest_decimals`). This module is what the report, the history and the GUI call: `row_texts` for a
row, `honest_text` for a message. `row_extra` / `row_limit` / `pad_mm` remain for callers that still convert a
row's cells one by one: `row_extra` finds the extra decimals that make exactly those calls honest across the row.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction

from rmos_desktop.core.units import (
    QUANTITY_OF_UNIT,
    Units,
    as_written,
    convert_limit,
    convert_row,
    convert_text,
    display_number,
)

_NUM = r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?"
_MM_NUM = re.compile(rf"(?<![\w.])({_NUM})(?=\s?(?:mm/min|mm/tooth|mm/t|mm|m/s)(?![\w/]))")
_MM_UNIT = re.compile(rf"(?<![\w.])({_NUM})\s?(mm/min|mm/tooth|mm/t|mm|m/s)(?![\w/])")
_IN_NUM = re.compile(rf"(?<![\w.])({_NUM})(?=\s?(?:in/min|in/tooth|in|ft/min)(?![\w/]))")
_ANY_NUM = re.compile(rf"(?<![\w.])({_NUM})(?![\w.])")
_PLAIN = re.compile(r"-?\d+(?:\.\d+)?$")
MAX_EXTRA = 24  # decimals; a value 1e-9 mm from its limit needs about 12 more in inches


def row_texts(value: float | None, unit: str, limit: str, explanation: str, units: Units) -> tuple[str, str, str]:
    """A calculator row's (value, limit, explanation) in `units`, read together (core.units.convert_row); the
    limit is "—" when the row has none."""
    value_text, limit_text, why = convert_row(value, unit, limit, explanation, units)
    return value_text, limit_text or "—", why


def honest_text(text: str, units: Units) -> str:
    """A core message in `units`; numbers that differ in millimetres differ on screen (core.units.convert_text)."""
    return convert_text(text, units)


def honest_limit(limit: str, unit: str, units: Units) -> str:
    """A limit or band in `units`, its bounds kept apart (core.units.convert_limit)."""
    return convert_limit(limit, unit, units)


# -- the row's cells converted one by one (callers that have not moved to row_texts) ---------------------------
def _pad(pattern: re.Pattern[str], text: str, extra: int) -> str:
    """Plain decimals matched by `pattern` written with `extra` more decimals (trailing zeros); a number in
    exponent form is left as it is (it already carries all its digits)."""
    if extra == 0:
        return text
    return pattern.sub(
        lambda m: m[1] + ("" if "." in m[1] else ".") + "0" * extra if _PLAIN.match(m[1]) else m[1], text
    )


def pad_mm(text: str, extra: int) -> str:
    """Every `<n> mm|mm/min|m/s|mm/tooth` of `text` written with `extra` more decimals (trailing zeros)."""
    return _pad(_MM_NUM, text, extra)


def pad_numbers(text: str, extra: int) -> str:
    """Every number of `text` written with `extra` more decimals (a limit: all its numbers share one unit)."""
    return _pad(_ANY_NUM, text, extra)


def with_units(limit: str, unit: str) -> str:
    """A limit's bare numbers each followed by the row's unit (to compare them with the value and the text)."""
    return _ANY_NUM.sub(lambda m: f"{m[1]} {unit}", limit)


def row_limit(limit: str, unit: str, units: Units, extra: int) -> str:
    """A row's limit in `units` with `extra` more decimals; unchanged for units that do not convert."""
    return convert_limit(pad_numbers(limit, extra), unit, units)


def _six(value: float) -> int:
    written = f"{value:.6g}"
    return len(written.split(".")[1]) if "." in written and "e" not in written else 0


def _cells(value: float | None, unit: str, limit: str, explanation: str, units: Units, extra: int):
    """(quantity, before, after) for every number of a row as the one-by-one calls show it with `extra`."""
    quantity = QUANTITY_OF_UNIT.get(unit)
    key = quantity or unit
    out: list[tuple[str, Fraction, Fraction]] = []
    if value is not None and math.isfinite(value) and unit:
        shown = display_number(value, unit, units, decimals=_six(value) + extra).rsplit(" ", 1)[0]
        out.append((key, as_written(value), _number(shown)))
    if limit and unit:
        before = _ANY_NUM.findall(limit)
        after = _ANY_NUM.findall(row_limit(limit, unit, units, extra) if quantity else limit)
        out += [(key, _number(b), _number(a)) for b, a in zip(before, after, strict=False)]
    converted = convert_text(pad_mm(explanation, extra), units)
    mm = _MM_UNIT.findall(explanation)
    shown_in = _IN_NUM.findall(converted)
    out += [(QUANTITY_OF_UNIT[u], _number(b), _number(a)) for (b, u), a in zip(mm, shown_in, strict=False)]
    if unit and quantity is None:
        kept = re.findall(rf"(?<![\w.])({_NUM})\s?{re.escape(unit)}(?![\w/])", explanation)
        out += [(key, _number(b), _number(b)) for b in kept]
    return out


def _number(text: str) -> Fraction:
    return Fraction(Decimal(text))


def _honest(cells: list[tuple[str, Fraction, Fraction]]) -> bool:
    for i, (qi, bi, ai) in enumerate(cells):
        for qj, bj, aj in cells[i + 1 :]:
            if qi == qj and bi != bj and (ai == aj or (ai < aj) != (bi < bj)):
                return False
    return True


def row_extra(value: float | None, unit: str, limit: str, explanation: str, units: Units) -> int:
    """The extra decimals one calculator row needs in `units` when its cells are converted one by one
    (`display_number(value, decimals=<its 6-digit decimals> + extra)`, `row_limit(…, extra)`,
    `convert_text(pad_mm(explanation, extra))`) for every two numbers of one quantity that differ to show
    differently, in the same order, across the row. 0 in millimetres, where only the value is formatted."""
    if units == "mm":
        return 0
    for extra in range(MAX_EXTRA + 1):
        if _honest(_cells(value, unit, limit, explanation, units, extra)):
            return extra
    return MAX_EXTRA


def extra_places(texts: list[str], units: Units) -> int:
    """How many more decimals texts read together (all with their mm units) need to keep different values
    different once each is converted on its own."""
    if units == "mm":
        return 0
    for extra in range(MAX_EXTRA + 1):
        cells = []
        for text in texts:
            converted = convert_text(pad_mm(text, extra), units)
            for (b, u), a in zip(_MM_UNIT.findall(text), _IN_NUM.findall(converted), strict=False):
                cells.append((QUANTITY_OF_UNIT[u], _number(b), _number(a)))
        if _honest(cells):
            return extra
    return MAX_EXTRA
