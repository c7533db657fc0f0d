"""The preview writes its numbers as the interface's locale does (issue 14 item 7): counts with the locale's
grouping, lengths and coordinates with its decimal sign (no grouping in a coordinate), a true minus sign and
never "−0"; the G-code text itself stays as the controller reads it (dots, G21)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from rmos_desktop.gui.i18n import decimal_text, number_text
from rmos_desktop.gui.preview.controls import fmt_len
from tests.gui.test_shop_floor import ok_run


@pytest.fixture
def locale():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "count", "length", "coordinate", "negative"),
    [
        ("en_US", "12,345", "5,601.8", "1234.567", "−3.000"),
        ("de_DE", "12.345", "5.601,8", "1234,567", "−3,000"),
        ("fr_FR", "12\u202f345", "5\u202f601,8", "1234,567", "−3,000"),
        ("es_ES", "12.345", "5601,8", "1234,567", "−3,000"),
    ],
)
def test_numbers_follow_the_locale(locale, name, count, length, coordinate, negative):
    locale(name)
    assert number_text(12345) == count
    assert decimal_text(5601.8, 1) == length
    assert fmt_len(1234.567) == coordinate
    assert fmt_len(-3.0) == negative
    assert fmt_len(-0.0001) == fmt_len(0.0) == ("0.000" if name == "en_US" else "0,000")


def test_the_german_preview_writes_german_numbers_and_keeps_the_gcode(window, qtbot, locale):
    locale("de_DE")
    ok_run(window, qtbot)
    preview = window.preview
    extents = preview.readouts["extents"].text()
    assert extents.startswith("X 40,273 … 149,727 mm"), extents
    assert "Z −3,000 … 5,000 mm" in extents
    lengths = preview.readouts["lengths"].text()
    assert "5.601,8" in lengths and "5.496,1" in lengths, lengths
    text = "\n".join(preview.text.model().line_text(r) for r in range(40))
    assert "G21" in text and "X40.273" in text.replace(" ", "")  # the program is what the controller reads
    preview.select_line(13)
    assert "," in preview.move_label.text() and "." not in preview.move_label.text().split("→")[-1]
