"""Numbers in messages: as many digits as it takes to be honest about a value and the limit it is judged by.

A message never rounds a value onto its limit ("10000.001 rpm exceeds 10000 rpm", not "10000.0 rpm exceeds
10000 rpm"), never says "-0.0", and never turns a small nonzero value into 0. For ordinary values the text is
what a machinist expects: whole numbers without decimals, others to the caller's number of places.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

MAX_PLACES = 12  # beyond this a value is shown in exponent form (1.23e-13) rather than as a row of zeros
MIN_SIGNIFICANT = 2  # a rounded value below 1 keeps at least this many significant digits


def fmt_value(value: float, limit: float | None = None, digits: int = 1, *, sig: int | None = None) -> str:
    """`value` for a message: `digits` decimal places (or `sig` significant digits, trailing zeros trimmed),
    with more places whenever fewer would show it equal to `limit`, on the wrong side of it, as zero, or (below
    1) with fewer than two significant digits. Whole numbers are shown without decimals."""
    v = float(value)
    if not math.isfinite(v):
        return str(v)
    if v == 0:
        return "0"  # also for -0.0
    if abs(v) >= 1e15:
        return repr(v)
    if v.is_integer():
        return str(int(v))
    lim = None if limit is None or not math.isfinite(float(limit)) else float(limit)
    places = max(0, digits if sig is None else _sig_places(v, sig))
    while places <= MAX_PLACES:
        text = _fixed(v, places, trim=sig is not None)
        if not _misleading(text, v, lim, places):
            return text
        places += 1
    short = f"{v:.{max(sig or 0, 3)}g}"  # far below any place value: exponent form, e.g. 1.23e-13
    return repr(v) if _misleading(short, v, lim, MAX_PLACES) else short


def fmt_pair(value: float, limit: float, digits: int = 1, *, sig: int | None = None) -> tuple[str, str]:
    """A value and its limit for one sentence, each with enough digits to differ from the other."""
    return fmt_value(value, limit, digits, sig=sig), fmt_value(limit, value, digits, sig=sig)


def _sig_places(v: float, sig: int) -> int:
    return sig - 1 - math.floor(math.log10(abs(v)))


def _fixed(v: float, places: int, *, trim: bool) -> str:
    """`v` to `places` decimals as Python formats the float (what the messages always showed); never "-0"."""
    text = f"{v:.{places}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.startswith("-") and Decimal(text) == 0:
        text = text[1:]
    return text


def _significant(text: str) -> int:
    digits = text.lstrip("-").replace(".", "").lstrip("0")
    return len(digits)


def _misleading(text: str, v: float, limit: float | None, places: int) -> bool:
    shown = Decimal(text)
    written = Decimal(repr(v))
    if shown == 0:
        return True  # a nonzero value shown as 0
    if abs(v) < 1 and shown != written and _significant(text) < MIN_SIGNIFICANT:
        return True  # a small value rounded to one digit (0.38 W as "0.4"): too few to be read as the value
    if limit is None or v == limit:
        return False
    lim_written = Decimal(repr(limit))
    if shown == lim_written or (shown > lim_written) != (v > limit):
        return True  # rounded onto the limit or across it
    return shown == Decimal(_fixed(limit, places, trim=False))  # reads the same as the limit at this precision


# -- exact values, after any conversion ----------------------------------------------------------------------
MAX_DECIMALS = 400  # far past any two floats' difference (5e-324), so the search below always ends with an answer
EXPONENT_BELOW = Fraction(1, 10**6)  # a nonzero shown value below this is written 3.9e-7, not 0.00000039


def honest_decimals(
    values: Sequence[Fraction], places: Sequence[int], fixed: Sequence[str | None] | None = None
) -> list[str]:
    """Exact values that are read together (a value and its limit, the numbers of one message) as decimal texts:
    each to at least its `places`, with more until every two values that differ show different numbers on the
    right side of each other (equal values may show equal), no nonzero value shows as 0, a value below 1 keeps
    two significant digits, and nothing shows as "-0". Trailing zeros are trimmed.

    `fixed[i]`, when given, is a text already on screen for value i (a number of a message that is not
    re-rendered): it is returned as it is, and the others get the digits it takes to stay apart from it."""
    n = len(values)
    fixed = list(fixed) if fixed is not None else [None] * n
    places = [_own_places(v, p) for v, p in zip(values, places, strict=True)]
    free = [i for i in range(n) if fixed[i] is None]
    _share(values, places, free, set(free))
    # Of two values that differ but show the same (or crossed), the coarser one gets one more decimal (both when
    # they have as many), until none clash; a value clashing with nothing keeps its own digits.
    while True:
        shown = [values[i] if fixed[i] is not None else _round(values[i], places[i]) for i in range(n)]
        grow = {i for i in _clashes(values, shown, fixed, places) if places[i] < MAX_DECIMALS}
        if not grow:
            break
        for i in grow:
            places[i] += 1
        _share(values, places, free, grow)
    return [fixed[i] if fixed[i] is not None else _decimal(values[i], places[i]) for i in range(n)]


def _share(values: Sequence[Fraction], places: list[int], free: list[int], changed: set[int]) -> None:
    """Equal values show one text: each changed value's places go to every free value equal to it."""
    for i in changed:
        same = [j for j in free if values[j] == values[i]]
        most = max(places[j] for j in same)
        for j in same:
            places[j] = most


def _own_places(value: Fraction, places: int) -> int:
    """At least `places`; more while a nonzero value would show as 0 or (below 1, not exactly) with fewer than
    two significant digits."""
    places = max(0, places)
    if value == 0:
        return places
    while places < MAX_DECIMALS:
        digits = _scaled(value, places)
        if digits != 0 and (abs(value) >= 1 or len(str(digits)) >= MIN_SIGNIFICANT or _round(value, places) == value):
            break
        places += 1
    return places


def _scaled(value: Fraction, places: int) -> int:
    """|value| × 10^places rounded half away from zero (on the exact value)."""
    return math.floor(abs(value) * 10**places + Fraction(1, 2))


def _round(value: Fraction, places: int) -> Fraction:
    shown = Fraction(_scaled(value, places), 10**places)
    return -shown if value < 0 else shown


def _clashes(
    values: Sequence[Fraction], shown: Sequence[Fraction], fixed: Sequence[str | None], places: Sequence[int]
) -> set[int]:
    """Of each two values that differ but show the same number (or each other's side), the free one with fewer
    decimals (both free ones when they have as many)."""
    n = len(values)
    out: set[int] = set()
    for i in range(n):
        for j in range(i + 1, n):
            if values[i] == values[j] or (fixed[i] is not None and fixed[j] is not None):
                continue
            if shown[i] == shown[j] or (shown[i] < shown[j]) != (values[i] < values[j]):
                pair = [k for k in (i, j) if fixed[k] is None]
                least = min(places[k] for k in pair)
                out.update(k for k in pair if places[k] == least)
    return out


def _decimal(value: Fraction, places: int) -> str:
    digits = _scaled(value, places)
    if digits == 0:
        return "0"
    sign = "-" if value < 0 else ""
    if Fraction(digits, 10**places) < EXPONENT_BELOW:
        mantissa = str(digits).rstrip("0")
        exponent = len(str(digits)) - 1 - places
        text = mantissa[0] + ("." + mantissa[1:] if len(mantissa) > 1 else "")
        return f"{sign}{text}e{exponent}"
    text = str(digits).rjust(places + 1, "0")
    if places:
        text = f"{text[:-places]}.{text[-places:]}".rstrip("0").rstrip(".")
    return sign + text
