"""Units for entry and display: exact conversions (1 in = 25.4 mm) and what an inch shop types."""

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from rmos_desktop.core.units import (
    QUANTITIES,
    UNITS,
    UnitsError,
    exact_text,
    format_value,
    from_display,
    parse_exact,
    parse_length,
    parse_value,
    to_display,
    unit_label,
)


@pytest.mark.parametrize(
    "text, units, mm",
    [
        ("0.03125", "in", Fraction(127, 160)),  # 1/32 in = 0.79375 mm exactly
        ("1/32", "in", Fraction(127, 160)),
        ('1/32"', "in", Fraction(127, 160)),
        ("1/32 in", "mm", Fraction(127, 160)),
        ("1/32″", "mm", Fraction(127, 160)),
        ("3/64", "in", Fraction(1190625, 1000000)),
        ("3 1/2", "in", Fraction(889, 10)),
        ("3 1/2 in", "in", Fraction(889, 10)),
        ('1-1/2"', "in", Fraction(381, 10)),
        ("1 - 1/2 inches", "mm", Fraction(381, 10)),
        ("-1 1/2", "in", Fraction(-381, 10)),
        ("−0.5", "in", Fraction(-127, 10)),  # Unicode minus
        ("3 mm", "in", Fraction(3)),
        ("0.5 in", "mm", Fraction(127, 10)),
        ("0,5", "mm", Fraction(1, 2)),
        ("0,5 in", "mm", Fraction(127, 10)),
        ("  12.5  ", "mm", Fraction(25, 2)),
        (".5", "mm", Fraction(1, 2)),
        ("5.", "in", Fraction(127)),
        ("1.5 cm", "in", Fraction(15)),
        ("2.5e-3", "mm", Fraction(1, 400)),
        ("1 INCH", "mm", Fraction(254, 10)),
        ("1½", "in", Fraction(381, 10)),
        ("1 ½ in", "mm", Fraction(381, 10)),
        ("⅜", "in", Fraction(3 * 254, 80)),
        ('3⁄8"', "mm", Fraction(3 * 254, 80)),
    ],
)
def test_length_entry(text, units, mm):
    assert parse_exact(text, "length", units) == mm
    assert parse_length(text, units) == float(mm)


def test_one_thirty_second_is_exactly_the_float_a_job_file_carries():
    assert repr(parse_length("1/32", "in")) == "0.79375"
    assert repr(parse_length("3/64", "in")) == "1.190625"


@pytest.mark.parametrize(
    "text, quantity, units, base",
    [
        ("200", "feed", "in", Fraction(5080)),
        ("200 ipm", "feed", "mm", Fraction(5080)),
        ("200 in/min", "feed", "mm", Fraction(5080)),
        ("5000 mm/min", "feed", "in", Fraction(5000)),
        ("2 m/min", "feed", "in", Fraction(2000)),
        ("3000", "rim_speed", "in", Fraction(3000 * 3048, 10000 * 60)),  # ft/min -> m/s: 15.24
        ("3000 sfm", "rim_speed", "mm", Fraction(381, 25)),
        ("50 m/s", "rim_speed", "in", Fraction(50)),
        ("0.001", "bite", "in", Fraction(254, 10000)),
        ("0.001 in/tooth", "bite", "mm", Fraction(254, 10000)),
        ("0.02 mm", "bite", "in", Fraction(2, 100)),
        ("6000", "rpm", "in", Fraction(6000)),
        ("6000 rpm", "rpm", "mm", Fraction(6000)),
        ("6000 1/min", "rpm", "mm", Fraction(6000)),
    ],
)
def test_other_quantities(text, quantity, units, base):
    assert parse_exact(text, quantity, units) == base


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "enter a value"),
        ("   ", "enter a value"),
        ("abc", "“abc” is not a number"),
        ("1/0", "denominator must not be 0"),
        ("3 m/s", "“m/s” is not a unit of length; use mm or in"),
        ("1,234.5", "more than one decimal mark"),
        ("1.2.3", "more than one decimal mark"),
        ("1e999", "too large"),
        ("nan", "is not a number"),
        ("inf", "is not a number"),
        ("--1", "is not a number"),
        ("1" * 101, "too long"),
    ],
)
def test_bad_entries_say_why(text, message):
    with pytest.raises(UnitsError) as exc:
        parse_value(text, "length", "in")
    assert message in str(exc.value)


def test_rpm_has_no_inch_unit_to_suggest():
    with pytest.raises(UnitsError) as exc:
        parse_value("6000 in", "rpm", "in")
    assert str(exc.value) == "“in” is not a unit of rpm; use rpm"


@pytest.mark.parametrize(
    "value, quantity, units, text",
    [
        (0.79375, "length", "in", "0.0313 in"),  # 1/32 in to 4 places (half up, on the exact 0.03125)
        (25.4, "length", "in", "1 in"),
        (25.4, "length", "mm", "25.4 mm"),
        (-0.0001, "length", "mm", "0 mm"),
        (5000.0, "feed", "in", "196.85 in/min"),
        (50.0, "rim_speed", "in", "9843 ft/min"),
        (0.0254, "bite", "in", "0.001 in/tooth"),
        (6000.0, "rpm", "in", "6000 rpm"),
    ],
)
def test_display(value, quantity, units, text):
    assert format_value(value, quantity, units) == text


def test_display_places_and_no_unit():
    assert format_value(0.79375, "length", "in", places=5, unit=False) == "0.03125"
    assert format_value(float("nan"), "length", "in") == "— in"
    assert exact_text(0.79375, "length", "in") == "0.03125"
    assert exact_text(88.9, "length", "in") == "3.5"
    assert unit_label("rim_speed", "in") == "ft/min" and unit_label("bite", "mm") == "mm/tooth"


# -- properties ------------------------------------------------------------------------------------------------
quantities = st.sampled_from(QUANTITIES)
units = st.sampled_from(UNITS)


@given(text=st.text(max_size=40), quantity=quantities, units=units)
@example(text="1/" + "0" * 30, quantity="length", units="in")
@example(text="9" * 99, quantity="length", units="in")
@example(text="1e-999", quantity="bite", units="in")
@example(text="٣", quantity="length", units="mm")
@example(text="\x00", quantity="rpm", units="mm")
def test_garbage_never_raises_anything_but_units_error(text, quantity, units):
    try:
        value = parse_value(text, quantity, units)
    except UnitsError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(value, float) and math.isfinite(value)


@given(
    whole=st.integers(0, 100),
    num=st.integers(0, 127),
    den=st.sampled_from([2, 4, 8, 16, 32, 64, 128]),
    sep=st.sampled_from([" ", "-", " - "]),
    suffix=st.sampled_from(["", '"', " in", "″", " inch"]),
)
def test_typed_fractions_are_exact(whole, num, den, sep, suffix):
    text = f"{whole}{sep}{num}/{den}{suffix}"
    expected = (whole + Fraction(num, den)) * Fraction(254, 10)
    assert parse_exact(text, "length", "in") == expected
    # and back: the exact value in inches, as a decimal, reads back to the same millimetres
    inches = expected / Fraction(254, 10)
    assert parse_exact(str(Decimal(inches.numerator) / Decimal(inches.denominator)), "length", "in") == expected


@given(places=st.integers(0, 6), n=st.integers(-(10**9), 10**9), units=units, quantity=quantities)
def test_a_typed_decimal_round_trips_through_the_float_a_request_carries(places, n, units, quantity):
    typed = Decimal(n).scaleb(-places)
    base = parse_value(str(typed), quantity, units)
    # The float a request stores, shown back in the same units with the same places, is what was typed.
    assert Decimal(format_value(base, quantity, units, places=places, unit=False)) == typed
    assert abs(to_display(base, quantity, units) - float(typed)) <= abs(float(typed)) * 1e-15


@given(value=st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), quantity=quantities, units=units)
def test_exact_text_reads_back_as_the_nearest_float(value, quantity, units):
    text = exact_text(value, quantity, units)
    shown = to_display(value, quantity, units)
    assert float(text) == shown
    assert parse_value(text, quantity, units) == from_display(shown, quantity, units)


@given(value=st.floats(min_value=0.001, max_value=10000, allow_nan=False), quantity=quantities)
def test_mm_units_are_the_identity(value, quantity):
    assert parse_value(repr(value), quantity, "mm") == value
    assert float(exact_text(value, quantity, "mm")) == value
