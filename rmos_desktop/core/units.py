"""Units for entry and display: millimetres inside, inches as a way of typing and reading (1 in = 25.4 mm exactly).

Requests, artifacts, hashes and G-code stay in millimetres. A field parses what a shop types — `0.03125`, `1/32`,
`3 1/2`, `1-1/2"`, `1½`, `0,5` (decimal comma), with or without a unit, or with an explicit unit of the other system
(`3 mm` in an inch form) — into the base unit, exactly (Fractions throughout: 1/32 in is 0.79375 mm, not a float
near it), or raises UnitsError with a message a person can act on. Nothing else is ever raised.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Literal, get_args

from rmos_desktop.core.numbers import honest_decimals

Units = Literal["mm", "in"]
UNITS: tuple[Units, ...] = get_args(Units)
Quantity = Literal["length", "feed", "rim_speed", "bite", "rpm"]
QUANTITIES: tuple[Quantity, ...] = get_args(Quantity)

MM_PER_IN = Fraction(254, 10)  # exact, by definition (1959)
M_S_PER_FT_MIN = Fraction(3048, 10000) / 60  # 0.3048 m per foot, per minute -> m/s: 0.00508 exactly

MAX_TEXT = 100  # characters; anything longer is not a number a person typed
MAX_MAGNITUDE = Fraction(10**12)  # far beyond any field's range, small enough to stay a finite float

# Base unit of each quantity (what requests and calculators use) and the unit shown for each system.
BASE_UNIT: dict[Quantity, str] = {
    "length": "mm",
    "feed": "mm/min",
    "rim_speed": "m/s",
    "bite": "mm/tooth",
    "rpm": "rpm",
}
DISPLAY_UNIT: dict[tuple[Quantity, Units], str] = {
    ("length", "mm"): "mm",
    ("length", "in"): "in",
    ("feed", "mm"): "mm/min",
    ("feed", "in"): "in/min",
    ("rim_speed", "mm"): "m/s",
    ("rim_speed", "in"): "ft/min",
    ("bite", "mm"): "mm/tooth",
    ("bite", "in"): "in/tooth",
    ("rpm", "mm"): "rpm",
    ("rpm", "in"): "rpm",
}
# How many base units one display unit is (exact).
_FACTOR: dict[str, Fraction] = {
    "mm": Fraction(1),
    "in": MM_PER_IN,
    "mm/min": Fraction(1),
    "in/min": MM_PER_IN,
    "m/s": Fraction(1),
    "ft/min": M_S_PER_FT_MIN,
    "mm/tooth": Fraction(1),
    "in/tooth": MM_PER_IN,
    "rpm": Fraction(1),
}
# Default decimals for display: what a machinist reads in each unit (trailing zeros trimmed).
DISPLAY_PLACES: dict[str, int] = {
    "mm": 3,
    "in": 4,
    "mm/min": 1,
    "in/min": 2,
    "m/s": 1,
    "ft/min": 0,
    "mm/tooth": 4,
    "in/tooth": 5,
    "rpm": 0,
}

# Spellings a person may type after the number, per quantity: spelling -> unit (lower-cased, spaces removed).
_INCH = ["in", "in.", "inch", "inches", '"', "″", "”", "''"]
_SPELLINGS: dict[Quantity, dict[str, str]] = {
    "length": {
        **{s: "in" for s in _INCH},
        **{s: "mm" for s in ("mm", "millimetre", "millimetres", "millimeter", "millimeters")},
        "cm": "cm",
    },
    "feed": {
        **{s: "in/min" for s in ("in/min", "inch/min", "inches/min", "ipm", '"/min', "″/min")},
        "mm/min": "mm/min",
        "m/min": "m/min",
    },
    "rim_speed": {
        "m/s": "m/s",
        **{s: "ft/min" for s in ("ft/min", "fpm", "sfm", "sfpm", "'/min", "′/min")},
    },
    "bite": {
        **{s: "in/tooth" for s in ("in/tooth", "in/t", "ipt", *_INCH)},
        **{s: "mm/tooth" for s in ("mm/tooth", "mm/t", "mm")},
    },
    "rpm": {"rpm": "rpm", "1/min": "rpm", "min⁻¹": "rpm", "min-1": "rpm", "/min": "rpm"},
}
_EXTRA_FACTOR = {"cm": Fraction(10), "m/min": Fraction(1000)}

# A plain decimal (point or comma), with an optional exponent.
_DEC = r"(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d{1,3})?"
_NUMBER = re.compile(
    rf"""^(?P<sign>[+\-−]?)\s*
    (?:
        (?P<whole>\d+)(?:\s+|\s*-\s*)(?P<num>\d+)\s*/\s*(?P<den>\d+)   # 3 1/2, 1-1/2
      | (?P<fnum>\d+)\s*/\s*(?P<fden>\d+)                           # 1/32
      | (?P<dec>{_DEC})                                             # 0.03125, 0,5, 2.5e-3
    )
    \s*(?P<unit>.*)$""",
    re.VERBOSE,
)
# Fraction characters a keyboard or a copied drawing may give: 1½ is 1 1/2, 3⁄8 is 3/8.
_VULGAR = str.maketrans(
    {
        "½": " 1/2",
        "¼": " 1/4",
        "¾": " 3/4",
        "⅛": " 1/8",
        "⅜": " 3/8",
        "⅝": " 5/8",
        "⅞": " 7/8",
        "⅓": " 1/3",
        "⅔": " 2/3",
        "⁄": "/",
    }
)
_TWO_MARKS = re.compile(r"\d[.,]\d*[.,]")
_EXAMPLES = {"length": '12.5, 1/32, 3 1/2 or 1-1/2"', "bite": "0.005 or 1/256"}


class UnitsError(ValueError):
    """What a person typed is not a value of the quantity asked for; the message says why and what works."""


def unit_label(quantity: Quantity, units: Units) -> str:
    """The unit a value of `quantity` is shown in for `units` ("in/min", "ft/min", "rpm", …)."""
    return DISPLAY_UNIT[(quantity, units)]


def as_written(value: float | int | Fraction | Decimal) -> Fraction:
    """The exact value a number stands for: a float as its shortest decimal (0.79375, not the binary fraction
    just below it), so that 0.79375 mm is exactly 1/32 in."""
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(value)


def to_display_exact(value: float | Fraction, quantity: Quantity, units: Units) -> Fraction:
    """A base-unit value (mm, mm/min, m/s, mm/tooth, rpm) in the display unit of `units`, exactly."""
    return as_written(value) / _FACTOR[unit_label(quantity, units)]


def to_display(value: float, quantity: Quantity, units: Units) -> float:
    return float(to_display_exact(value, quantity, units))


def from_display_exact(value: float | Fraction | Decimal, quantity: Quantity, units: Units) -> Fraction:
    """A value in the display unit of `units` back in the base unit, exactly."""
    return as_written(value) * _FACTOR[unit_label(quantity, units)]


def from_display(value: float | Fraction, quantity: Quantity, units: Units) -> float:
    return float(from_display_exact(value, quantity, units))


def mm_to_in(mm: float | Fraction) -> Fraction:
    return as_written(mm) / MM_PER_IN


def in_to_mm(inches: float | Fraction) -> Fraction:
    return as_written(inches) * MM_PER_IN


def parse_exact(text: str, quantity: Quantity, units: Units) -> Fraction:
    """What a person typed in a field of `quantity` on a form in `units`, in the base unit, exactly.

    Raises UnitsError (and nothing else) when it is not a value of that quantity."""
    if not isinstance(text, str):
        raise UnitsError("enter a value")
    if quantity not in QUANTITIES or units not in UNITS:
        raise UnitsError(f"unknown quantity or units: {quantity!r}, {units!r}")
    raw = " ".join(text.translate(_VULGAR).split())
    if not raw:
        raise UnitsError("enter a value")
    if len(raw) > MAX_TEXT:
        raise UnitsError(f"too long for a number (at most {MAX_TEXT} characters)")
    if _TWO_MARKS.search(raw):
        raise UnitsError(f"{_quote(raw)} has more than one decimal mark; type one, e.g. 1234.5 or 1234,5")
    match = _NUMBER.match(raw)
    if match is None:
        raise UnitsError(f"{_quote(raw)} is not a number; type e.g. {_example(quantity)}")
    magnitude = _magnitude(match, raw)
    if match["sign"] in ("-", "−"):
        magnitude = -magnitude
    unit_text = match["unit"].strip()
    if unit_text:
        spelled = unit_text.lower().replace(" ", "")
        unit = _SPELLINGS[quantity].get(spelled)
        if unit is None:
            raise UnitsError(
                f"{_quote(unit_text)} is not a unit of {quantity.replace('_', ' ')}; use "
                f"{unit_label(quantity, 'mm')}" + ("" if quantity == "rpm" else f" or {unit_label(quantity, 'in')}")
            )
        factor = _FACTOR.get(unit) or _EXTRA_FACTOR[unit]
    else:
        factor = _FACTOR[unit_label(quantity, units)]
    value = magnitude * factor
    if abs(value) > MAX_MAGNITUDE:
        raise UnitsError(f"{_quote(raw)} is too large")
    return value


def parse_value(text: str, quantity: Quantity, units: Units) -> float:
    """parse_exact as the float a request carries (the nearest float to the exact value)."""
    return float(parse_exact(text, quantity, units))


def parse_length(text: str, units: Units) -> float:
    """A length field: millimetres."""
    return parse_value(text, "length", units)


def format_value(
    value: float | Fraction, quantity: Quantity, units: Units, *, places: int | None = None, unit: bool = True
) -> str:
    """A base-unit value for display in `units`: rounded to `places` decimals (default: the unit's usual
    precision), trailing zeros trimmed, never "-0", with the unit after a space unless `unit` is False."""
    if isinstance(value, float) and not math.isfinite(value):
        text = "—"
    else:
        label = unit_label(quantity, units)
        shown = to_display_exact(value, quantity, units)
        text = _decimal_text(shown, DISPLAY_PLACES[label] if places is None else places)
    return f"{text} {unit_label(quantity, units)}" if unit else text


def exact_text(value: float | Fraction, quantity: Quantity, units: Units) -> str:
    """The display-unit value with every digit it takes to read back as the same float (for putting a value
    back into a field): the shortest decimal that parses to the nearest float of the exact conversion."""
    shown = float(to_display_exact(value, quantity, units))
    if not math.isfinite(shown):
        return "—"
    text = repr(shown)  # shortest round-trip form; exponent form only far outside any field's range
    if "e" not in text:
        text = text.removesuffix(".0")
    return "0" if text == "-0" else text


def _decimal_text(value: Fraction, places: int) -> str:
    places = max(0, places)
    rounded = math.floor(abs(value) * 10**places + Fraction(1, 2))  # half away from zero, on the exact value
    if rounded == 0:
        return "0"
    sign = "-" if value < 0 else ""
    digits = str(rounded).rjust(places + 1, "0")
    text = digits if places == 0 else f"{digits[:-places]}.{digits[-places:]}".rstrip("0").rstrip(".")
    return sign + text


def _magnitude(match: re.Match[str], raw: str) -> Fraction:
    if match["dec"] is not None:
        dec = match["dec"]
        if dec.count(",") + dec.count(".") > 1:
            raise UnitsError(f"{_quote(raw)} has more than one decimal mark")
        try:
            return Fraction(Decimal(dec.replace(",", ".")))
        except (InvalidOperation, ValueError):
            raise UnitsError(f"{_quote(raw)} is not a number") from None
    num, den = (match["num"], match["den"]) if match["whole"] is not None else (match["fnum"], match["fden"])
    if len(num) > 12 or len(den) > 12 or (match["whole"] and len(match["whole"]) > 12):
        raise UnitsError(f"{_quote(raw)} has too many digits")
    if int(den) == 0:
        raise UnitsError(f"{_quote(raw)}: a fraction's denominator must not be 0")
    whole = int(match["whole"] or 0)
    return whole + Fraction(int(num), int(den))


def _example(quantity: Quantity) -> str:
    return _EXAMPLES.get(quantity, "12.5 or 1/2")


def _quote(text: str) -> str:
    shown = "".join(ch if ch.isprintable() else "?" for ch in text)
    return f"“{shown[:40]}…”" if len(shown) > 40 else f"“{shown}”"


# -- honest display: values and limits read together ---------------------------------------------------------------
# A value and the limit it is judged by are converted exactly, each to its unit's usual places (or the digits it
# was written with, plus what the unit needs), and then given more digits together until values that differ show
# differently, on the right side of each other (core.numbers.honest_decimals): 0.3937 in never "exceeds" 0.3937 in.
QUANTITY_OF_UNIT: dict[str, Quantity] = {
    "mm": "length",
    "mm/min": "feed",
    "m/s": "rim_speed",
    "mm/tooth": "bite",
    "mm/t": "bite",
}
_NUM = r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?"
_MM_TEXT = re.compile(rf"(?<![\w.])(?P<num>{_NUM})(?P<sp>\s?)(?P<unit>mm/min|mm/tooth|mm/t|mm|m/s)(?![\w/])")
_BARE_NUMBER = re.compile(rf"(?<![\w.])(?P<num>{_NUM})(?![\w.])")
_UNIT_WORD = re.compile(r"(?<![\w/])(mm/min|mm/tooth|mm/t|mm|m/s)(?![\w/])")

# How many more decimals a value needs in the inch unit than in the metric one to keep its digits (an inch is
# 25.4 mm: two more; a foot per minute is 1/197 m/s: two fewer).
_EXTRA_PLACES = {"in": 2, "in/min": 2, "in/tooth": 2, "ft/min": -2}


def display_places(source_decimals: int, label: str) -> int:
    """Decimals to show a converted value with at least: the unit's usual precision, or more when the value was
    written with more digits."""
    return max(DISPLAY_PLACES.get(label, 0), source_decimals + _EXTRA_PLACES.get(label, 0))


def format_pair(
    value: float | Fraction,
    limit: float | Fraction,
    quantity: Quantity,
    units: Units,
    *,
    places: int | None = None,
    unit: bool = True,
) -> tuple[str, str]:
    """A base-unit value and its limit for display in `units`, read together: both converted exactly (1 in =
    25.4 mm), each to `places` decimals (default: the unit's usual), then more digits on both until they differ
    whenever the values differ, in the right order (`0.39371 in` against `0.3937 in`, never both `0.3937`); no
    "-0", a small nonzero value with significant digits, never 0. With the unit after a space unless `unit` is
    False. Parsing either text back (parse_exact) gives the value within its last printed digit."""
    return tuple(format_values([value, limit], quantity, units, places=places, unit=unit))  # type: ignore[return-value]


def format_values(
    values: list[float | Fraction], quantity: Quantity, units: Units, *, places: int | None = None, unit: bool = True
) -> list[str]:
    """format_pair for any number of values read together (a band's bounds and the value inside it)."""
    label = unit_label(quantity, units)
    exact = [to_display_exact(v, quantity, units) for v in values]
    default = DISPLAY_PLACES[label] if places is None else places
    texts = honest_decimals(exact, [default] * len(exact))
    return [f"{t} {label}" if unit else t for t in texts]


def _decimals(text: str) -> int:
    """How many decimals a number was written with (2.5e-3: 4)."""
    return max(0, -Decimal(text).as_tuple().exponent)  # type: ignore[operator]


def _written(value: float) -> tuple[Fraction, int]:
    """A row's value as the app always showed it (6 significant digits) sets its usual decimals; the value
    itself stays exact."""
    short = f"{value:.6g}"
    return as_written(value), (_decimals(short) if "e" not in short else 0)


class _Group:
    """The numbers of one quantity across the texts read together: exact values, least places, fixed texts."""

    def __init__(self) -> None:
        self.values: list[Fraction] = []
        self.places: list[int] = []
        self.fixed: list[str | None] = []

    def add(self, value: Fraction, places: int, fixed: str | None = None) -> int:
        self.values.append(value)
        self.places.append(places)
        self.fixed.append(fixed)
        return len(self.values) - 1

    def texts(self) -> list[str]:
        return honest_decimals(self.values, self.places, self.fixed)


class _Honest:
    """Texts (messages with `<n> mm|mm/min|m/s|mm/tooth`, limits whose bare numbers are in one unit, values)
    converted to `units` together: every number of one quantity in any of them is told apart from the others."""

    def __init__(self, units: Units) -> None:
        self.units = units
        self.groups: dict[str, _Group] = {}
        self.pending: list[tuple[str, int]] = []

    def _group(self, key: str) -> _Group:
        return self.groups.setdefault(key, _Group())

    def number(self, text: str, unit: str) -> tuple[str, int] | None:
        """A number written in the app's `unit`: converted (its slot), or kept as written (its group still
        counts it)."""
        quantity = QUANTITY_OF_UNIT.get(unit)
        exact = Fraction(Decimal(text))
        if quantity is None or self.units == "mm":
            self._group(quantity or unit).add(exact, _decimals(text), fixed=text)
            return None
        label = unit_label(quantity, self.units)
        places = display_places(_decimals(text), label)
        return quantity, self._group(quantity).add(to_display_exact(exact, quantity, self.units), places)

    def value(self, value: float, unit: str) -> tuple[str, int]:
        """A measured value (always re-rendered, in either system)."""
        quantity = QUANTITY_OF_UNIT.get(unit)
        exact, decimals = _written(value)
        if quantity is None:
            return unit, self._group(unit).add(exact, decimals)
        label = unit_label(quantity, self.units)
        places = display_places(decimals, label) if self.units != "mm" else decimals
        return quantity, self._group(quantity).add(to_display_exact(exact, quantity, self.units), places)

    def render(self) -> dict[tuple[str, int], str]:
        return {(key, i): t for key, g in self.groups.items() for i, t in enumerate(g.texts())}


def _text_slots(h: _Honest, text: str, row_unit: str = "") -> Callable[[dict[tuple[str, int], str]], str]:
    """Register the `<n> <unit>` numbers of a message (and `<n> <row_unit>` of a unit that does not change, as
    written); the function writes the message in `units` once rendered."""
    if row_unit and row_unit not in QUANTITY_OF_UNIT:
        kept = re.compile(rf"(?<![\w.])(?P<num>{_NUM})\s?{re.escape(row_unit)}(?![\w/])")
        for m in kept.finditer(text):
            h.number(m["num"], row_unit)
    parts: list[str | tuple[tuple[str, int], str, str]] = []
    last = 0
    for m in _MM_TEXT.finditer(text):
        slot = h.number(m["num"], m["unit"])
        if slot is None:
            continue
        parts.append(text[last : m.start()])
        label = unit_label(QUANTITY_OF_UNIT[m["unit"]], h.units)
        parts.append((slot, m["sp"] or " ", label))
        last = m.end()
    parts.append(text[last:])

    def write(shown: dict[tuple[str, int], str]) -> str:
        return "".join(p if isinstance(p, str) else f"{shown[p[0]]}{p[1]}{p[2]}" for p in parts)

    return write


def _limit_slots(h: _Honest, limit: str, unit: str) -> Callable[[dict[tuple[str, int], str]], str]:
    """Register a limit's bare numbers (all in the row's `unit`); the function writes it in `units`."""
    slots = [(m, h.number(m["num"], unit)) for m in _BARE_NUMBER.finditer(limit)]
    quantity = QUANTITY_OF_UNIT.get(unit)

    def write(shown: dict[tuple[str, int], str]) -> str:
        out, last = [], 0
        for m, slot in slots:
            if slot is not None:
                out += [limit[last : m.start()], shown[slot]]
                last = m.end()
        text = "".join([*out, limit[last:]])
        if quantity is not None and h.units != "mm":
            text = _UNIT_WORD.sub(unit_label(quantity, h.units), text)
        return text

    return write


def convert_text(text: str, units: Units) -> str:
    """A message of the core's (always in millimetres) with every `<number> mm|mm/min|m/s|mm/tooth` shown in
    `units`, honestly: each number keeps at least the digits it was written with, and numbers of one quantity that
    differ in millimetres differ in inches too, in the same order. The unchanged text for millimetres."""
    if units == "mm" or not text:
        return text
    h = _Honest(units)
    write = _text_slots(h, text)
    return write(h.render())


def convert_limit(limit: str, unit: str, units: Units) -> str:
    """A calculator's limit or band (every number in it is in the row's `unit`, e.g. "45–80 m/s (hard 100)")
    shown in `units`, its numbers kept apart as in convert_text; unchanged for millimetres and for units that do
    not change (rpm, W, ratios)."""
    if units == "mm" or QUANTITY_OF_UNIT.get(unit) is None or not limit:
        return limit
    h = _Honest(units)
    write = _limit_slots(h, limit, unit)
    return write(h.render())


def convert_row(value: float | None, unit: str, limit: str, explanation: str, units: Units) -> tuple[str, str, str]:
    """One calculator row (value, limit or band, explanation) as `units` shows it, read together: every number
    of the row's quantity (the value, the limit's numbers, the explanation's) told apart from the others
    (core.numbers.honest_decimals), after the exact conversion. In millimetres the limit and the explanation are
    the core's own texts, unchanged, and the value gets the digits it takes to differ from them. A missing or
    non-finite value is "—"; units that do not change (rpm, W, ratios) are kept and still told apart."""
    h = _Honest(units)
    slot = h.value(value, unit) if value is not None and math.isfinite(value) else None
    write_limit = _limit_slots(h, limit, unit)
    write_text = _text_slots(h, explanation, unit)
    shown = h.render()
    if slot is None:
        value_text = "—"
    else:
        quantity = QUANTITY_OF_UNIT.get(unit)
        label = unit_label(quantity, units) if quantity is not None else unit
        value_text = f"{shown[slot]} {label}".strip()
    return value_text, write_limit(shown), write_text(shown)


def display_number(value: float, unit: str, units: Units, *, decimals: int | None = None) -> str:
    """`value` in the app's `unit` (mm, mm/min, m/s, mm/tooth, rpm, …) as `units` shows it, with its unit: at
    least `decimals` places (more in inches where the unit needs them), never "-0", a small nonzero value with
    significant digits. Units that do not change between systems (rpm, W, %) keep their number."""
    if not math.isfinite(value):
        return f"{value} {unit}".strip()
    quantity = QUANTITY_OF_UNIT.get(unit)
    if quantity is None or units == "mm":
        if decimals is not None:
            text = honest_decimals([as_written(value)], [decimals])[0]
        else:
            text = f"{value:g}"
            text = text[1:] if text.startswith("-") and float(text) == 0 else text
        return f"{text} {unit}".strip()
    label = unit_label(quantity, units)
    places = display_places(decimals if decimals is not None else 0, label)
    return f"{honest_decimals([to_display_exact(value, quantity, units)], [places])[0]} {label}"
