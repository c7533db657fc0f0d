"""core.numbers.honest_decimals: exact values read together get the digits it takes to stay apart."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from rmos_desktop.core.numbers import honest_decimals


def F(text: str) -> Fraction:
    return Fraction(Decimal(text))


@pytest.mark.parametrize(
    "values, places, expected",
    [
        (["10000.001", "10000"], [0, 0], ["10000.001", "10000"]),
        # 10.0001 mm and 10 mm in inches (÷ 25.4) at 4 places: both 0.3937; one more decimal tells them apart
        (["0.393704724409", "0.393700787401"], [4, 4], ["0.393705", "0.393701"]),
        (["0.5", "0.25"], [1, 1], ["0.5", "0.25"]),  # exact at 2 places: not lengthened further
        (["-0.00004", "0"], [3, 3], ["-0.00004", "0"]),  # never -0, never 0 for a nonzero value
        (["0.0000000000000000000039"], [5], ["3.9e-21"]),  # tiny values in exponent form
        (["123.456", "123.456"], [0, 2], ["123.46", "123.46"]),  # equal values show one text
        (["0.0996"], [2], ["0.1"]),  # two significant digits untrimmed (0.10)
        (["0.123456"], [1], ["0.12"]),
        (["2", "1.96"], [0, 0], ["2", "1.96"]),  # both grow until they part; "2.00" trimmed
    ],
)
def test_hand_worked(values, places, expected):
    assert honest_decimals([F(v) for v in values], places) == expected


def test_fixed_texts_are_kept_and_the_others_move_away_from_them():
    # a value 0.001 over a limit printed as "10000" in a message: the value takes the digits
    assert honest_decimals([F("10000.001"), F("10000")], [0, 0], [None, "10000"]) == ["10000.001", "10000"]
    # two fixed texts are never rewritten, even if they meet
    assert honest_decimals([F("1.5"), F("1.6")], [0, 0], ["1.5", "1.6"]) == ["1.5", "1.6"]
    # a value just under a fixed bound does not show on or over it
    assert honest_decimals([F("9.5999"), F("9.6")], [1, 1], [None, "9.6"]) == ["9.5999", "9.6"]


values = st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=10**12)


def _decimals(text: str) -> int:
    return max(0, -Decimal(text).as_tuple().exponent)


@given(st.lists(values, min_size=1, max_size=6), st.lists(st.integers(0, 6), min_size=6, max_size=6))
@example([Fraction(1, 3), Fraction(1, 3) + Fraction(1, 10**15)], [0] * 6)
@example([Fraction(-1, 10**9), Fraction(0)], [0] * 6)
def test_values_that_differ_show_differently_in_order_and_read_back(vals, places):
    texts = honest_decimals(vals, places[: len(vals)])
    shown = [Fraction(Decimal(t)) for t in texts]
    for i, (v, t, s) in enumerate(zip(vals, texts, shown, strict=True)):
        assert not (t.startswith("-") and s == 0), t  # no -0
        assert (s == 0) == (v == 0), (v, t)  # a nonzero value never shows as 0
        assert abs(s - v) <= Fraction(1, 2) / 10 ** _decimals(t), (v, t)  # within its last printed digit
        assert abs(s - v) <= Fraction(1, 2) / 10 ** places[i], (v, t)  # at least the places asked for
        for w, u in zip(vals, shown, strict=True):
            if v != w:
                assert s != u and (s < u) == (v < w), (vals, texts)
            else:
                assert s == u
