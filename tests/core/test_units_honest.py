"""A value and its limit in either unit system: converted exactly, then told apart (issue 14 items 1 and 6).

The property tests put values next to their limits by a few ulps and by 1e-4 … 1e-9 mm (or its unit), for every
quantity, and check what a machinist reads: different values show different numbers on the right side of each
other, each number reads back (core.units.parse_exact) within its last printed digit, and nothing shows "-0".
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from rmos_desktop.core.numbers import fmt_pair
from rmos_desktop.core.units import (
    BASE_UNIT,
    QUANTITIES,
    UNITS,
    convert_limit,
    convert_row,
    convert_text,
    display_number,
    format_pair,
    format_values,
    parse_exact,
    unit_label,
)

# one display unit in base units, worked out by hand (1 in = 25.4 mm, 1 ft = 0.3048 m)
PER_DISPLAY_UNIT = {
    "mm": 1,
    "in": Fraction(254, 10),
    "mm/min": 1,
    "in/min": Fraction(254, 10),
    "m/s": 1,
    "ft/min": Fraction(3048, 10000 * 60),
    "mm/tooth": 1,
    "in/tooth": Fraction(254, 10),
    "rpm": 1,
}
NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def exact(x: float) -> Fraction:
    return Fraction(repr(x))


def number_of(text: str) -> str:
    number, _, _ = text.partition(" ")
    return number


def decimals(number: str) -> int:
    return max(0, -Decimal(number).as_tuple().exponent)


def check_reads_back(text: str, value: float | Fraction, quantity: str, units: str) -> Fraction:
    """`text` (number and unit) parses to `value` within half its last printed digit; returns the parsed value."""
    number = number_of(text)
    assert text == f"{number} {unit_label(quantity, units)}"
    assert not (number.startswith("-") and Decimal(number) == 0), text
    parsed = parse_exact(text, quantity, units)  # base unit, exactly
    half_digit = Fraction(1, 2) / 10 ** decimals(number) * PER_DISPLAY_UNIT[unit_label(quantity, units)]
    assert abs(parsed - (exact(value) if isinstance(value, float) else value)) <= half_digit, (text, value)
    return parsed


def near(limit: float, data) -> float:
    """A value next to `limit`: k ulps away, or 1e-4 … 1e-9 of the base unit away, or the limit itself."""
    how = data.draw(st.sampled_from(["ulp", "step", "same"]))
    if how == "same":
        return limit
    sign = data.draw(st.sampled_from([-1, 1]))
    if how == "ulp":
        value = limit
        for _ in range(data.draw(st.integers(1, 4))):
            value = math.nextafter(value, sign * math.inf)
        return value
    return limit + sign * 10.0 ** -data.draw(st.integers(4, 9))


limits = st.floats(min_value=0.001, max_value=100_000, allow_nan=False, allow_infinity=False)


@given(limit=limits, quantity=st.sampled_from(QUANTITIES), units=st.sampled_from(UNITS), data=st.data())
@example(limit=10.0, quantity="length", units="in", data=None)  # 0.3937 in "exceeds" 0.3937 in, before
def test_a_value_near_its_limit_never_shows_as_the_limit(limit, quantity, units, data):
    value = 10.0001 if data is None else near(limit, data)
    value_text, limit_text = format_pair(value, limit, quantity, units)
    if value != limit:
        assert value_text != limit_text
    else:
        assert value_text == limit_text
    v = check_reads_back(value_text, value, quantity, units)
    lim = check_reads_back(limit_text, limit, quantity, units)
    assert (v > lim) == (value > limit) and (v < lim) == (value < limit)


def test_the_brief_example_in_inches():
    # 10.0001 mm / 25.4 = 0.3937047…, 10 mm / 25.4 = 0.3937007…: at the usual 4 places both 0.3937
    assert format_pair(10.0001, 10.0, "length", "in") == ("0.393705 in", "0.393701 in")
    assert format_pair(10000.001, 10000.0, "rpm", "in") == ("10000.001 rpm", "10000 rpm")
    # 5000.0001 mm/min / 25.4 = 196.850398…, 5000 / 25.4 = 196.850394…; both 196.85 at the usual 2 places,
    # both 196.8504 at 4; at 5 196.85040 (trailing zero trimmed) and 196.85039
    assert format_pair(5000.0001, 5000.0, "feed", "in") == ("196.8504 in/min", "196.85039 in/min")
    # 100.0001 m/s / 0.00508 = 19685.059…, 100 m/s = 19685.039…: one decimal parts them (19685.0 trimmed)
    assert format_pair(100.0001, 100.0, "rim_speed", "in") == ("19685.1 ft/min", "19685 ft/min")
    assert format_pair(0.0, -1e-7, "length", "in") == ("0 in", "-3.9e-9 in")
    assert format_values([0.1, 0.25, 0.375], "bite", "in") == [
        "0.00394 in/tooth",
        "0.00984 in/tooth",
        "0.01476 in/tooth",
    ]


@pytest.mark.parametrize("unit", ["mm", "mm/min", "m/s", "mm/tooth"])
@given(limit=limits, data=st.data(), units=st.sampled_from(UNITS))
def test_messages_keep_the_core_numbers_apart_after_conversion(unit, limit, data, units):
    """A core message with a value and its limit (written by core.numbers, honest in millimetres) reads with
    the two numbers apart in either system, on the right side, each within its last digit of what it says."""
    value = near(limit, data)
    v_mm, l_mm = fmt_pair(value, limit, 2)
    text = convert_text(f"Value {v_mm} {unit} is beyond the limit {l_mm} {unit}", units)
    quantity = {"mm": "length", "mm/min": "feed", "m/s": "rim_speed", "mm/tooth": "bite"}[unit]
    label = unit_label(quantity, units)
    m = re.fullmatch(rf"Value (\S+) {re.escape(label)} is beyond the limit (\S+) {re.escape(label)}", text)
    assert m, text
    shown = [
        check_reads_back(f"{n} {label}", Fraction(Decimal(w)), quantity, units)
        for n, w in zip(m.groups(), (v_mm, l_mm), strict=True)
    ]
    if Decimal(v_mm) != Decimal(l_mm):
        assert shown[0] != shown[1] and (shown[0] > shown[1]) == (Decimal(v_mm) > Decimal(l_mm)), text


@pytest.mark.parametrize("unit", ["mm", "mm/min", "m/s", "mm/tooth", "rpm"])
@given(limit=limits, data=st.data(), units=st.sampled_from(UNITS))
def test_a_row_value_never_meets_its_limit_or_its_explanation(unit, limit, data, units):
    value = round(near(limit, data), 6)  # a row's value is recorded to 6 decimals
    l_mm = fmt_pair(value, limit)[1]
    v_mm = fmt_pair(value, limit)[0]
    value_text, limit_text, why = convert_row(
        value, unit, f"≤ {l_mm} (max {l_mm})", f"X {v_mm} {unit} over {l_mm} {unit}", units
    )
    numbers = [Decimal(n) for n in NUMBER.findall(limit_text)] + [Decimal(n) for n in NUMBER.findall(why)]
    shown = Decimal(number_of(value_text))
    exact_limit = Decimal(l_mm)
    for n in numbers[:2] + numbers[3:]:  # the limit as the row and the message show it
        if Decimal(repr(value)) != exact_limit:
            assert n != shown, (value_text, limit_text, why)
            assert (shown > n) == (Decimal(repr(value)) > exact_limit), (value_text, limit_text, why)
    for text in (value_text, limit_text, why):
        assert not any(n.startswith("-") and Decimal(n) == 0 for n in NUMBER.findall(text)), text


def test_rows_as_the_cli_shows_them():
    row = convert_row(0.5001, "mm", "≤ 0.50 mm (thickness)", "Depth 0.5001 mm is deeper than the 0.5000 mm stock", "in")
    # before: "0.019689 in" against "≤ 0.0197 in", the value below a limit it is over
    assert row == ("0.019689 in", "≤ 0.019685 in (thickness)", "Depth 0.019689 in is deeper than the 0.019685 in stock")
    row = convert_row(10000.001, "rpm", "≤ 9000 (max 10000)", "Blade speed 10000.001 rpm exceeds 10000 rpm", "mm")
    assert row[0] == "10000.001 rpm" and row[1] == "≤ 9000 (max 10000)"  # the core's texts unchanged in mm
    assert convert_row(None, "mm", "", "One cut: no pitch to check", "in") == ("—", "", "One cut: no pitch to check")
    assert convert_row(1.33333, "", "≥ 1.1", "Kerf 2.4 mm clears the plate 1.8 mm", "in") == (
        "1.33333",
        "≥ 1.1",
        "Kerf 0.0945 in clears the plate 0.0709 in",
    )


def test_text_and_limit_conversion_details():
    assert convert_text("Bite 1.23e-13 mm/tooth", "in") == "Bite 4.84e-15 in/tooth"  # exponent read whole
    assert convert_text("X -0.00001 mm is below the travel's 0 mm", "in") == "X -3.9e-7 in is below the travel's 0 in"
    assert convert_text("10-20 mm", "in") == "10-0.7874 in"  # a hyphen after a digit is not a minus sign
    assert convert_limit("≤ 9.6 (exposure 9.6012)", "mm", "in") == "≤ 0.37795 (exposure 0.378)"
    assert display_number(-0.0, "mm", "mm") == "0 mm" and display_number(-0.0, "W", "in") == "0 W"
    assert display_number(0.00001, "mm", "in") == "3.9e-7 in"
    assert display_number(10000.001, "rpm", "in", decimals=3) == "10000.001 rpm"
    assert BASE_UNIT["length"] == "mm"
