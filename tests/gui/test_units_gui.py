"""Inches in the GUI (issue 14 item 1): the form takes what an inch shop types and sends millimetres, exactly;
the panel, the field hints and the preview readouts speak inches; the request, hashes and G-code stay mm."""

from __future__ import annotations

from fractions import Fraction

import pytest

from rmos_desktop.gui.settings_dialog import SettingsDialog
from tests.conftest import load_example
from tests.gui.conftest import fill, generate


def use_units(window, qtbot, units: str) -> None:
    """Switch the workstation's units the way Settings ▸ Save does (live)."""
    with qtbot.waitSignal(window.sig_evaluated, timeout=3000):
        window.apply_settings(window.services.settings.model_copy(update={"units": units}))


def type_into(window, qtbot, key: str, text: str) -> None:
    with qtbot.waitSignal(window.sig_evaluated, timeout=3000):
        window.form.edits[key].setText(text)


def mm(inches: str) -> float:
    """The millimetres an inch value stands for, computed here without core.units: 25.4 × the fraction."""
    return float(Fraction(inches) * Fraction(254, 10))


# -- the form ------------------------------------------------------------------------------------------------
def test_a_thirty_second_depth_typed_in_an_inch_form_is_exactly_0_79375_mm(window, qtbot):
    use_units(window, qtbot, "in")
    fill(window, qtbot, load_example("green-veneer-line"))
    type_into(window, qtbot, "depth_mm", "1/32")
    raw = window.form.raw_request()
    assert raw["depth_mm"] == 0.79375
    assert window.form.error_text("depth_mm") == ""
    assert window.form.findChild(type(window.form.form_error), "unit:depth_mm").text() == "in"


@pytest.mark.parametrize(
    "text, expected_mm",
    [
        ("3 1/2", mm("7/2")),  # 88.9
        ('1-1/2"', mm("3/2")),  # 38.1
        ("1 1/2 in", mm("3/2")),
        ("0.03125", 0.79375),
        ("3 mm", 3.0),  # an explicit unit of the other system
        ("12,7 mm", 12.7),
        ("1½″", mm("3/2")),
    ],
)
def test_what_an_inch_shop_types_becomes_exact_millimetres(window, qtbot, text, expected_mm):
    use_units(window, qtbot, "in")
    fill(window, qtbot, load_example("green-veneer-line"))
    type_into(window, qtbot, "cut[line].x1_mm", text)
    assert window.form.raw_request()["cut"]["x1_mm"] == expected_mm
    assert window.form.error_text("cut.x1_mm") == ""


def test_a_feed_in_an_inch_form_is_inches_per_minute(window, qtbot):
    use_units(window, qtbot, "in")
    fill(window, qtbot, load_example("green-veneer-line"))
    type_into(window, qtbot, "feed_mm_min", "200")
    assert window.form.raw_request()["feed_mm_min"] == 5080.0
    assert window.form.findChild(type(window.form.form_error), "unit:feed_mm_min").text() == "in/min"
    type_into(window, qtbot, "rpm", "6500")  # rpm is rpm in both systems
    assert window.form.raw_request()["rpm"] == 6500.0


def test_an_unreadable_inch_value_says_what_works(window, qtbot):
    use_units(window, qtbot, "in")
    fill(window, qtbot, load_example("green-veneer-line"))
    type_into(window, qtbot, "depth_mm", "1/0")
    assert "denominator" in window.form.error_text("depth_mm")
    type_into(window, qtbot, "depth_mm", "3 furlongs")
    message = window.form.error_text("depth_mm")
    assert "furlongs" in message and "in" in message
    assert window.panel.badge.level == "UNKNOWN"


def test_field_bounds_are_shown_in_inches_with_the_millimetres_beside(window, qtbot):
    use_units(window, qtbot, "in")
    fill(window, qtbot, load_example("green-veneer-line"))
    type_into(window, qtbot, "depth_mm", "0.00001")  # 0.000254 mm, below the 0.001 mm floor
    assert window.form.error_text("depth_mm") == "must be ≥ 0.000039 in (0.001 mm)"  # two significant digits


def test_loading_a_millimetre_job_shows_inches_and_sends_the_same_request(window, qtbot):
    use_units(window, qtbot, "in")
    job = load_example("fret-slots-648")
    with qtbot.waitSignal(window.sig_evaluated, timeout=3000):
        window.form.load_request(job)
    edits = window.form.edits
    # 3 mm, 648 mm, 4000 mm/min: the digits it takes to read back as the very same millimetres
    assert float(edits["depth_mm"].text()) == pytest.approx(3 / 25.4, rel=1e-15)
    assert float(edits["cut[fret_slots].scale_length_mm"].text()) == pytest.approx(648 / 25.4, rel=1e-15)
    assert float(edits["feed_mm_min"].text()) == pytest.approx(4000 / 25.4, rel=1e-15)
    assert (
        edits["cut[fret_slots].y_mm"].text() == "0.7874015748031496"
    )  # 20 mm (not …497: that reads 20.000000000000004)
    assert edits["rpm"].text() == "20000"
    assert edits["cut[fret_slots].frets"].text() == "20"  # counts have no unit
    assert window.form.raw_request() == {**job, "machine": "default"}


def test_switching_units_back_and_forth_keeps_every_value(window, qtbot):
    job = load_example("fret-slots-648")
    fill(window, qtbot, job)
    type_into(window, qtbot, "stepdown_mm", "0.79375")
    before = window.form.raw_request()
    for _ in range(3):
        use_units(window, qtbot, "in")
        assert window.form.edits["stepdown_mm"].text() == "0.03125"
        assert window.form.raw_request() == before
        use_units(window, qtbot, "mm")
        assert window.form.edits["stepdown_mm"].text() == "0.79375"
        assert window.form.raw_request() == before
    assert window.form.edits["cut[fret_slots].scale_length_mm"].text() == "648"


# -- the risk panel ------------------------------------------------------------------------------------------
def test_the_panel_shows_rim_speed_in_ft_min_and_bite_in_in_per_tooth(window, qtbot):
    fill(window, qtbot, load_example("green-veneer-line"))
    rows_mm = {r[0]: r for r in window.panel.rows()}
    use_units(window, qtbot, "in")
    rows = {r[0]: r for r in window.panel.rows()}
    assert rows["rim speed"][1].endswith(" ft/min")
    assert rows["bite"][1].endswith(" in/tooth")
    # the same numbers, converted: m/s → ft/min is ÷ 0.00508, mm → in is ÷ 25.4
    rim_ms = float(rows_mm["rim speed"][1].split()[0])
    assert abs(float(rows["rim speed"][1].split()[0]) - rim_ms / 0.00508) <= 0.05 / 0.00508 + 0.5
    assert "ft/min" in rows["rim speed"][2] and "m/s" not in rows["rim speed"][2]
    assert "mm" not in rows["depth"][4] and " in" in rows["depth"][4]
    assert rows["blade speed"][1] == rows_mm["blade speed"][1]  # rpm stays rpm


def test_a_red_depth_limit_beside_the_field_is_in_inches(window, qtbot):
    use_units(window, qtbot, "in")
    fill(window, qtbot, load_example("green-veneer-line"))
    type_into(window, qtbot, "depth_mm", "4")  # 101.6 mm: beyond any veneer blade's exposure
    assert window.panel.badge.level == "RED"
    hint = window.form.limit_text("depth_mm")
    assert hint and " in" in hint and " mm" not in hint


# -- the preview ---------------------------------------------------------------------------------------------
def test_preview_readouts_and_fret_positions_in_inches(window, qtbot):
    fill(window, qtbot, load_example("fret-slots-648"))
    outcome = generate(window, qtbot)
    assert outcome.status == "OK"
    preview = window.preview
    qtbot.waitUntil(lambda: preview.loaded is not None and not preview.loading, timeout=15000)
    table = preview.positions
    nut_mm = float(table.item(0, 4).text())
    assert "(mm)" in table.horizontalHeaderItem(4).text()
    use_units(window, qtbot, "in")
    assert "(in)" in table.horizontalHeaderItem(4).text()
    nut_in = float(table.item(0, 4).text())
    assert nut_in == pytest.approx(nut_mm / 25.4, abs=0.00006)
    assert table.item(0, 4).text().count(".") == 1 and len(table.item(0, 4).text().split(".")[1]) == 4
    extents = preview.readouts["extents"].text()
    assert extents.endswith(" in") and "mm" not in extents
    assert " in · rapid " in preview.readouts["lengths"].text()
    assert "G21" in preview.readouts["extents"].toolTip()
    assert "G21" in preview.text.toolTip()
    assert any("G21" in preview.text.model().line_text(r) for r in range(20))  # the program stays millimetres
    use_units(window, qtbot, "mm")
    assert float(table.item(0, 4).text()) == nut_mm


# -- generating ----------------------------------------------------------------------------------------------
INCH_JOB = {  # every value a whole number of 1/64 in or in/min: exact in millimetres
    "depth_mm": ("1/32", "0.79375"),
    "feed_mm_min": ("200", "5080"),
    "cut[line].x0_mm": ("1/2", "12.7"),
    "cut[line].y0_mm": ('1-1/2"', "38.1"),
    "cut[line].x1_mm": ("11 3/4", "298.45"),
    "cut[line].y1_mm": ("1 1/2 in", "38.1"),
}


def test_the_same_job_typed_in_inches_and_in_mm_gives_the_same_request_and_g_code(window, qtbot, services):
    window.confirm_repeat = lambda: True
    base = {k: v for k, v in load_example("green-veneer-line").items() if k not in ("feed_mm_min", "depth_mm")}
    results = {}
    for units, col in (("in", 0), ("mm", 1)):
        use_units(window, qtbot, units)
        fill(window, qtbot, base)
        for key, texts in INCH_JOB.items():
            type_into(window, qtbot, key, texts[col])
        assert window.current.risk_level == "GREEN", window.panel.rows()
        outcome = generate(window, qtbot)
        assert outcome.status == "OK", outcome.message
        artifact = services.recorder.store.read_artifact(outcome.run_id)
        results[units] = (window.current.request_sha256, artifact, outcome.payload["gcode_text"])
    (sha_in, art_in, gcode_in), (sha_mm, art_mm, gcode_mm) = results["in"], results["mm"]
    assert sha_in == sha_mm == art_in.request_sha256 == art_mm.request_sha256
    assert gcode_in.encode() == gcode_mm.encode()
    assert art_in.hashes.gcode_sha256 == art_mm.hashes.gcode_sha256
    assert art_in.meta["entry_unit"] == "in" and art_mm.meta["entry_unit"] == "mm"
    assert "G21" in gcode_in and "Z-0.794" in gcode_in  # 1/32 in deep, written in millimetres


# -- settings ------------------------------------------------------------------------------------------------
def test_the_settings_dialog_picks_units_and_keeps_the_rest(qtbot, services):
    dialog = SettingsDialog(services.settings, services.catalog, services.runs)
    qtbot.addWidget(dialog)
    assert dialog.units.currentData() == "mm"
    dialog.units.setCurrentIndex(dialog.units.findData("in"))
    result = dialog.result_settings()
    assert result.units == "in"
    assert result.model_dump(exclude={"units"}) == services.settings.model_dump(exclude={"units"})


def test_the_window_starts_in_the_saved_units(qtbot, services):
    from rmos_desktop.gui.main_window import MainWindow

    services.settings = services.settings.model_copy(update={"units": "in"})
    w = MainWindow(services)
    qtbot.addWidget(w)
    assert w.form.units == "in" and w.panel.units == "in"
    assert w.form.findChild(type(w.form.form_error), "unit:cut[line].x0_mm").text() == "in"


# -- history detail and the PDF report ---------------------------------------------------------------------
def _fret_run(services):
    from rmos_desktop.core.pipeline import rmos_toolpaths

    job = load_example("fret-slots-648")
    job["depth_mm"] = 0.79375  # 1/32 in
    out = rmos_toolpaths(job, recorder=services.recorder, catalog=services.catalog, entry_unit="in")
    return out["_run_id"]


def test_the_history_detail_shows_inches_and_says_the_record_is_mm(services):
    from rmos_desktop.core.hashing import sha256_bytes
    from rmos_desktop.gui.history.detail import RunDetail, detail_html

    run_id = _fret_run(services)
    path = services.recorder.store.find_artifact(run_id)
    artifact, data = services.recorder.store.read_artifact_file(path)

    class Row:
        location, archive_name = "live", None
        path = "x.json"

    detail = RunDetail(row=Row(), artifact=artifact, artifact_sha256=sha256_bytes(data), reviews=[], exports=[])
    html_mm, html_in = detail_html(detail), detail_html(detail, "in")
    assert "Values in inches; the record is in millimetres." in html_in
    assert "Values in inches" not in html_mm
    assert "0.03125 in  (0.79375 mm)" in html_in  # the request: inches, with the recorded mm beside
    assert "scale_length_mm 25.511811 in  (648 mm)" in html_in  # inside the cut
    assert "ft/min" in html_in and "in/tooth" in html_in
    assert artifact.request_sha256 in html_in and artifact.request_sha256 in html_mm  # hashes verbatim


def test_the_pdf_report_in_inches(qapp, services, tmp_path):
    from pypdf import PdfReader

    from rmos_desktop.report import write_run_report

    run_id = _fret_run(services)
    pdf = write_run_report(services.recorder, run_id, tmp_path / "in.pdf", "in")
    text = "".join("".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "Valuesininches;therecordisinmillimetres." in text
    assert "0.03125in(0.79375mm)" in text
    assert "ft/min" in text
    assert run_id in text


# -- fit -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, 100), (1920, 1080, 150)])
def test_the_inch_window_fits_the_screen(window, qtbot, width, height, scale):
    from rmos_desktop.gui.theme import apply_theme
    from tests.gui.test_fit import assert_fits, available, generated_window

    apply_theme(qtbot_app(), scale)
    try:
        use_units(window, qtbot, "in")
        outcome = generated_window(window, qtbot, "fret-slots-648")
        assert outcome.status == "OK"
        window.form.edits["feed_mm_min"].setText("157.48031496062993")  # a long converted value
        window.evaluate_now()
        assert window.form.findChild(type(window.form.form_error), "unit:feed_mm_min").text() == "in/min"
        assert_fits(window, available(width, height), f"main window in inches at {width}x{height} {scale}%")
        settings = SettingsDialog(window.services.settings, window.services.catalog, window.services.runs, window)
        qtbot.addWidget(settings)
        assert_fits(settings, available(width, height), "settings dialog with the units picker")
    finally:
        apply_theme(qtbot_app(), 100)


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_an_inch_field_says_what_it_sends(window, qtbot):
    use_units(window, qtbot, "in")
    fill(window, qtbot, load_example("green-veneer-line"))
    type_into(window, qtbot, "depth_mm", "1/32")
    assert window.form.edits["depth_mm"].toolTip() == "sent as 0.79375 mm"
    use_units(window, qtbot, "mm")
    assert window.form.edits["depth_mm"].toolTip() == ""


def test_an_open_history_window_follows_the_units(window, qtbot, services):
    run_id = _fret_run(services)
    history = window.open_history()
    qtbot.waitUntil(lambda: history.table.model().rowCount() > 0, timeout=10000)
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: history.pane.detail is not None, timeout=10000)
    assert history.pane.detail.artifact.run_id == run_id
    assert "ft/min" not in history.pane.view.toHtml()
    use_units(window, qtbot, "in")
    assert "ft/min" in history.pane.view.toHtml() and "Values in inches" in history.pane.view.toHtml()
    history.close()


def test_a_depth_just_over_its_limit_never_shows_equal_to_it_in_inches(window, qtbot):
    """0.378 in is 9.6012 mm, over the purfling blade's usable 9.6 mm (0.377953 in): rounded to the inch unit's
    usual 4 places both would read 0.378; the panel's value, limit and explanation keep them apart."""
    use_units(window, qtbot, "in")
    fill(window, qtbot, load_example("fret-slots-648"))
    type_into(window, qtbot, "depth_mm", "0.378")
    assert window.form.raw_request()["depth_mm"] == 9.6012
    row = {r[0]: r for r in window.panel.rows()}["depth"]
    assert row[3] == "YELLOW"
    value = float(row[1].removesuffix(" in"))
    bound = float(row[2].split()[1])  # "≤ 0.37795 (exposure 0.4724)"
    assert value > bound, row
    assert bound == pytest.approx(9.6 / 25.4, abs=0.000006)
    shown = [float(x) for x in __import__("re").findall(r"(\d+\.\d+) in", row[4])]
    assert len(set(shown)) == len(shown) >= 2, row[4]
    assert "mm" not in window.panel.warnings.text()


def test_honest_text_keeps_different_millimetres_different_in_inches():
    from rmos_desktop.core.units import convert_text
    from rmos_desktop.report.units_text import honest_text

    message = "Depth 9.6012 mm is beyond the usable depth 9.6 mm"
    assert convert_text(message, "in") == "Depth 0.378 in is beyond the usable depth 0.37795 in"  # no trap left
    assert honest_text(message, "in") == "Depth 0.378 in is beyond the usable depth 0.37795 in"
    assert honest_text(message, "mm") == message
    assert honest_text("Blade speed 12000 rpm exceeds 7000 rpm", "in") == "Blade speed 12000 rpm exceeds 7000 rpm"
