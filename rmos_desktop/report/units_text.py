"""The core's millimetre texts in inches without rounding a value into its limit.

`core.units.convert_text` / `convert_limit` keep the digits a number was written with, plus the inch unit's
usual ones; two numbers that differ in millimetres can still meet in inches (a depth of 9.6012 mm against a usable
depth of 9.6 mm both show as 0.378 in). These wrappers give every number as many more decimals as it takes for
numbers that differ in millimetres to differ on screen too (by writing the millimetre numbers with trailing zeros
before converting, so the core's own conversion and trimming are used unchanged)."""

from __future__ import annotations

import re
from collections.abc import Callable

from rmos_desktop.core.units import Units, convert_limit, convert_text

_MM_NUM = re.compile(r"(?<![\w.])(-?\d+(?:\.\d+)?)(?=\s?(?:mm/min|mm/tooth|mm|m/s)(?![\w/]))")
_IN_NUM = re.compile(r"(?<![\w.])(-?\d+(?:\.\d+)?)(?=\s?(?:in/min|in/tooth|in|ft/min)(?![\w/]))")
_ANY_NUM = re.compile(r"(?<![\w.])(-?\d+(?:\.\d+)?)(?![\w.])")
MAX_EXTRA = 8


def _pad(pattern: re.Pattern[str], text: str, extra: int) -> str:
    if extra == 0:
        return text
    return pattern.sub(lambda m: m[1] + ("" if "." in m[1] else ".") + "0" * extra, text)


def _distinct(before: list[str], after: list[str]) -> bool:
    """Numbers that differ before conversion differ after it (same count, same order)."""
    if len(before) != len(after):
        return True  # cannot pair them up: nothing to improve
    pairs = {}
    for b, a in zip(before, after, strict=True):
        pairs.setdefault(a, set()).add(float(b))
    return all(len(values) == 1 for values in pairs.values())


def _honest(text: str, units: Units, find: re.Pattern[str], found: re.Pattern[str], fn: Callable[[str], str]) -> str:
    if units == "mm" or not text:
        return text
    before = find.findall(text)
    converted = fn(text)
    if len(set(map(float, before))) < 2:
        return converted
    for extra in range(MAX_EXTRA + 1):
        converted = fn(_pad(find, text, extra))
        if _distinct(before, found.findall(converted)):
            return converted
    return converted


def honest_text(text: str, units: Units) -> str:
    """`convert_text`, with the digits it takes for different values to stay different."""
    return _honest(text, units, _MM_NUM, _IN_NUM, lambda t: convert_text(t, units))


def honest_limit(limit: str, unit: str, units: Units) -> str:
    """`convert_limit`, with the digits it takes for different bounds to stay different."""
    return _honest(limit, units, _ANY_NUM, _ANY_NUM, lambda t: convert_limit(t, unit, units))


def extra_places(texts: list[str], units: Units) -> int:
    """How many more decimals a row's texts (all with their mm units) need to keep different values different
    across the row (a value in one cell, its limit in the next)."""
    if units == "mm":
        return 0
    joined = " ; ".join(texts)
    before = _MM_NUM.findall(joined)
    if len(set(map(float, before))) < 2:
        return 0
    for extra in range(MAX_EXTRA + 1):
        if _distinct(before, _IN_NUM.findall(convert_text(_pad(_MM_NUM, joined, extra), units))):
            return extra
    return MAX_EXTRA


def pad_mm(text: str, extra: int) -> str:
    """Every `<n> mm|mm/min|m/s|mm/tooth` of `text` written with `extra` more decimals (trailing zeros)."""
    return _pad(_MM_NUM, text, extra)


def pad_numbers(text: str, extra: int) -> str:
    """Every number of `text` written with `extra` more decimals (a limit: all its numbers share one unit)."""
    return _pad(_ANY_NUM, text, extra)


def with_units(limit: str, unit: str) -> str:
    """A limit's bare numbers each followed by the row's unit (to compare them with the value and the text)."""
    return _ANY_NUM.sub(lambda m: f"{m[1]} {unit}", limit)


def row_extra(value: float | None, unit: str, limit: str, explanation: str, units: Units) -> int:
    """The extra decimals one calculator row needs in `units` (its value, limit and explanation together)."""
    from rmos_desktop.core.units import QUANTITY_OF_UNIT

    if units == "mm":
        return 0
    row_mm = [explanation]
    if value is not None:
        row_mm.append(f"{value:.6g} {unit}")
    if limit and unit in QUANTITY_OF_UNIT:
        row_mm.append(with_units(limit, unit))
    return extra_places(row_mm, units)


def row_limit(limit: str, unit: str, units: Units, extra: int) -> str:
    """A row's limit in `units` with `extra` more decimals; unchanged for units that do not convert."""
    return convert_limit(pad_numbers(limit, extra), unit, units)
