"""Numbers in messages: as many digits as it takes to be honest about a value and the limit it is judged by.

A message never rounds a value onto its limit ("10000.001 rpm exceeds 10000 rpm", not "10000.0 rpm exceeds
10000 rpm"), never says "-0.0", and never turns a small nonzero value into 0. For ordinary values the text is
what a machinist expects: whole numbers without decimals, others to the caller's number of places.
"""

from __future__ import annotations

import math
from decimal import Decimal

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
