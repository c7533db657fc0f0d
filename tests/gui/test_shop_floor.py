"""Issue 13 items 3-8 driven through the real widgets: one selection on repeated passes, a foreign file never
under a run's badge, RED leading to the field, typos and double presses not recorded, shortcuts from a line
edit, touch sizes and contrast, and the shop workflow (operator, recent jobs, start page, export defaults)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from rmos_desktop.core.resources import examples_dir, resources_dir
from rmos_desktop.gui.export_dialog import ExportDialog, Volume
from rmos_desktop.gui.theme import LEVEL_COLOURS, TOUCH_MIN_PX, contrast_ratio, local_time, stylesheet
from tests.conftest import load_example
from tests.gui.conftest import fill, generate


def recorded_runs(services) -> list[Path]:
    return sorted(p for p in services.runs_dir.rglob("*.json") if p.parent.name[:2].isdigit())


def ok_run(window, qtbot, name="kerf-array-side-kerfs"):
    fill(window, qtbot, load_example(name))
    outcome = generate(window, qtbot)
    assert outcome.status == "OK"
    qtbot.waitUntil(lambda: window.preview.loaded is not None and not window.preview.loading, timeout=15000)
    return outcome


# -- 3. one selection --------------------------------------------------------------------------------------------
def named_lines(preview) -> dict[str, int]:
    """The G-code line each part of the preview names: the text's current line, the line painted highlighted,
    the readout and the slider's move (worked out from the move arrays)."""
    text = preview.text
    painted = text.line_delegate.current_row() + 1
    readout = int(re.search(r"line (\d+)", preview.move_label.text()).group(1))
    slider = int(preview.loaded.data.arrays["line"][preview.slider.value()])
    return {"text": text.current_line(), "painted": painted, "readout": readout, "slider": slider}


def test_text_plot_readout_and_slider_name_one_line_on_repeated_passes(window, qtbot):
    ok_run(window, qtbot)
    preview = window.preview
    a = preview.loaded.data.arrays
    feed_lines = [int(a["line"][i]) for i in range(len(a["line"])) if a["kind"][i] == 2]
    first, again = feed_lines[0], feed_lines[1]  # pass 1 and pass 2 of kerf 1: the same drawn segment in X-Y
    i1, i2 = (int(list(a["line"]).index(n)) for n in (first, again))
    assert (a["x0"][i1], a["y0"][i1], a["x"][i1], a["y"][i1]) == (a["x0"][i2], a["y0"][i2], a["x"][i2], a["y"][i2])

    # a click on line `first`, then the finger drags a little while the view re-centres: one line named
    text = preview.text
    index = text.line_model.index(first - 1)
    text.scrollTo(index)
    centre = text.visualRect(index).center()
    QTest.mousePress(text.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseMove(text.viewport(), centre + QPoint(0, 5 * text.line_delegate.row_h))
    QTest.mouseRelease(text.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(0, 5 * text.line_delegate.row_h))
    names = named_lines(preview)
    assert len(set(names.values())) == 1, names  # wherever the drag (and the view's autoscroll) ended: one line
    text.scrollTo(index)
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=text.visualRect(index).center())
    assert set(named_lines(preview).values()) == {first}

    # the second pass over the same path, chosen in the text: everything names it, not the first pass
    preview.select_line(again)
    assert set(named_lines(preview).values()) == {again}
    # the slider steps forward one move: all follow
    preview.step_buttons["forward"].click()
    names = named_lines(preview)
    assert len(set(names.values())) == 1 and names["text"] != again

    # a click on the shared segment in the plot names one line everywhere (the first pass over it)
    plot = preview.plots["top"]
    u, v = (a["x0"][i1] + a["x"][i1]) / 2, a["y"][i1]
    pos = plot.view_to_widget(float(u), float(v))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(pos.x()), round(pos.y())))
    assert set(named_lines(preview).values()) == {first}


# -- 4. what is shown is what is judged --------------------------------------------------------------------------
def test_a_foreign_file_is_shown_as_a_file_and_cannot_be_exported(window, qtbot, tmp_path):
    outcome = ok_run(window, qtbot)
    assert window.export_button.isEnabled() and window.act_export.isEnabled()
    foreign = tmp_path / "prog.nc"
    foreign.write_text("G21 G90\nG0 X0 Y0 Z5\nG1 Z-1 F300\nG1 X5000 F1200\nG0 Z5\n", encoding="utf-8")
    with qtbot.waitSignal(window.preview.sig_loaded, timeout=15000):
        window.open_gcode_file(foreign)
    strip = window.run_strip
    qtbot.waitUntil(lambda: "not recorded here" in strip.run_label.text(), timeout=10000)
    assert strip.mode == "file" and strip.status.text() == "File" and "prog.nc" in strip.run_label.text()
    assert not strip.short_id.isVisibleTo(window) and strip.run_id_field.text() == ""
    assert not window.export_button.isEnabled() and not window.act_export.isEnabled()
    assert "OUTSIDE" in window.preview.readouts["envelope"].text()
    window.act_export.trigger()  # Ctrl+E: nothing to export while a file is shown
    assert getattr(window, "export_dialog", None) is None

    # the very bytes of the run, opened as a file: named as the run they match, still not exportable from here
    same = tmp_path / "copy.nc"
    same.write_text(outcome.payload["gcode_text"], encoding="utf-8")
    with qtbot.waitSignal(window.preview.sig_loaded, timeout=15000):
        window.open_gcode_file(same)
    qtbot.waitUntil(lambda: "same bytes as run" in strip.run_label.text(), timeout=10000)
    assert outcome.run_id[:4] in strip.run_label.text() and not window.export_button.isEnabled()

    # opening the run again from the history makes it exportable again
    window.open_run(outcome.run_id)
    assert strip.mode == "run" and window.export_button.isEnabled() and strip.run_id == outcome.run_id


# -- 5. RED leads to the fix -------------------------------------------------------------------------------------
def test_red_rows_first_fields_marked_and_generate_says_what_it_does(window, qtbot):
    fill(window, qtbot, load_example("red-kerfcut-overspeed"))
    statuses = [row[3] for row in window.panel.rows()]
    attention = [s for s in statuses if s in ("RED", "UNKNOWN", "YELLOW")]
    assert statuses[: len(attention)] == attention and attention[0] == "RED"
    table = window.panel.table
    shown = [r for r in range(table.rowCount()) if not table.isRowHidden(r)]
    per = 2 if window.panel.stacked else 1  # a narrow panel puts each explanation on its own row
    assert len(shown) == per * len(attention)  # the passing checks are folded
    greens = statuses.count("GREEN")
    assert (
        window.panel.fold_button.text().startswith(f"{greens} checks GREEN") and "▸" in window.panel.fold_button.text()
    )
    window.panel.fold_button.click()
    assert all(not table.isRowHidden(r) for r in range(table.rowCount()))
    # the blade's limit beside the rpm field, in the blade's own numbers
    blade = window.services.catalog.blade("saw:kerf_cut_v1")
    assert f"(max {blade.max_rpm:.0f}) rpm for this blade" in window.form.limit_text("rpm")
    assert window.form.limits["rpm"].isVisibleTo(window.form)
    assert window.generate_button.text().startswith("Record blocked attempt")
    # fixing the rpm clears the mark and the button says Generate again... once nothing is RED
    with qtbot.waitSignal(window.sig_evaluated, timeout=2000):
        window.form.edits["rpm"].setText("5000")
    assert window.form.limit_text("rpm") == ""


# -- 6. attempts, not typos ---------------------------------------------------------------------------------------
def test_a_typo_is_not_an_attempt(window, qtbot, services):
    fill(window, qtbot, load_example("green-veneer-line"))
    window.activateWindow()
    with qtbot.waitSignal(window.sig_evaluated, timeout=2000):
        window.form.edits["cut[line].x0_mm"].setText("abc")
    assert window.generate_button.text().startswith("Generate: fix")
    with qtbot.waitSignal(window.sig_refused, timeout=2000) as refused:
        window.generate_button.click()
    assert "start X" in refused.args[0] or "nothing recorded" in window.panel.banner.text()
    assert recorded_runs(services) == [] and window.last_outcome is None
    assert (
        window.form.edits["cut[line].x0_mm"].hasFocus()
        or QApplication.focusWidget() is window.form.edits["cut[line].x0_mm"]
    )
    # out of the field's physical range: also a typo
    with qtbot.waitSignal(window.sig_evaluated, timeout=2000):
        window.form.edits["cut[line].x0_mm"].setText("10")
        window.form.edits["rpm"].setText("-5")
    with qtbot.waitSignal(window.sig_refused, timeout=2000):
        window.generate_button.click()
    assert recorded_runs(services) == []
    # a complete job that is UNKNOWN (an empty field) is still an attempt, recorded as BLOCKED
    fill(window, qtbot, load_example("unknown-missing-rpm"))
    assert generate(window, qtbot).status == "BLOCKED" and len(recorded_runs(services)) == 1


def test_a_double_press_records_once_and_a_quick_repeat_asks(window, qtbot, services):
    fill(window, qtbot, load_example("green-veneer-line"))
    asked = []
    window.confirm_repeat = lambda: asked.append(1) or False
    with qtbot.waitSignal(window.sig_generation_finished, timeout=15000):
        window.generate_button.click()
        assert not window.generate_button.isEnabled() and not window.act_generate.isEnabled()
        window.generate()  # the second press of a double press (the button is already off)
        window.act_generate.trigger()
    assert len(recorded_runs(services)) == 1 and asked == []
    # the same request again within 10 s: asked first; "don't record" records nothing
    with qtbot.waitSignal(window.sig_refused, timeout=2000):
        window.generate_button.click()
    assert asked == [1] and len(recorded_runs(services)) == 1
    # later than 10 s: recorded without asking
    window.controller.clock = lambda: 1e12
    generate(window, qtbot)
    assert asked == [1] and len(recorded_runs(services)) == 2


# -- 7. keyboard and floor ergonomics -----------------------------------------------------------------------------
def test_ctrl_e_from_a_line_edit_opens_the_export_and_ctrl_w_closes_it(window, qtbot):
    ok_run(window, qtbot)
    window.show_form(True)
    edit = window.form.edits["rpm"]
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    QTest.keyClick(edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = getattr(window, "export_dialog", None)
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert edit.text() == "9000"  # the line edit did not take the key
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    QTest.keyClick(dialog.name, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


class X11LineEdit(QLineEdit):
    """What Qt's X11 key bindings make of a line edit offscreen: Ctrl+E is "end of line" and the line edit
    claims it through ShortcutOverride (on the offscreen platform it would not, and the test could not fail)."""

    def event(self, e):
        if e.type() == QEvent.Type.ShortcutOverride and QKeySequence(e.keyCombination()) == QKeySequence("Ctrl+E"):
            e.accept()
            return True
        return super().event(e)


def test_ctrl_e_wins_over_a_line_edit_that_claims_it(window, qtbot):
    ok_run(window, qtbot)
    window.show_form(True)
    edit = X11LineEdit()
    window.form.layout().addWidget(edit)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    QTest.keyClick(edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert getattr(window, "export_dialog", None) is None  # without the pass-through the line edit wins
    window.pass_shortcuts(window.form)
    QTest.keyClick(edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.export_dialog, ExportDialog) and window.export_dialog.isVisible()


XVFB_CTRL_E = """
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rmos_desktop.core.services import AppServices
from rmos_desktop.core.settings import Settings, save_settings
from rmos_desktop.gui.main_window import MainWindow
work = Path(sys.argv[1])
save_settings(Settings(runs_dir=str(work / "runs"), operator="Dana"), work / "s.json")
w = MainWindow(AppServices.load(settings_path=work / "s.json"))
w.show()
w.open_job_file(Path(sys.argv[2]))
w.generate()
while w.controller.generating:
    QTest.qWait(50)
w.show_form(True)
edit = w.form.edits["rpm"]
w.activateWindow()
edit.setFocus()
QTest.qWait(300)
QTest.keyClick(edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
QTest.qWait(300)
dialog = getattr(w, "export_dialog", None)
print(json.dumps({"focus": edit.hasFocus(), "export": dialog is not None and dialog.isVisible(), "rpm": edit.text()}))
w.tasks.wait_all(10000)
"""


@pytest.mark.slow
def test_ctrl_e_from_a_line_edit_on_a_real_x_server(tmp_path):
    import os
    import subprocess
    import sys

    from tests.tools import need_tool

    need_tool("Xvfb", "xvfb")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = ":" + pipe.readline().strip()
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
        proc = subprocess.run(
            [sys.executable, "-c", XVFB_CTRL_E, str(tmp_path), str(examples_dir() / "kerf-array-side-kerfs.json")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        server.terminate()
        server.wait(10)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"focus": True, "export": True, "rpm": "9000"}


def test_touch_controls_are_at_least_9_mm_tall(window, qtbot):
    ok_run(window, qtbot)
    touched = [window.generate_button, window.export_button, window.run_strip.copy_id, window.run_strip.details_button]
    touched += [*list(window.preview.step_buttons.values()), window.preview.fit_button, window.preview.slider]
    touched += [window.toolbar.widgetForAction(a) for a in (window.act_new, window.act_open, window.act_history)]
    touched += [window.operator_button]
    for widget in touched:
        assert widget.height() >= TOUCH_MIN_PX, (widget.objectName() or widget.text(), widget.height())


QSS_PAIR = re.compile(r'\[kind="(\w+)"\]\s*\{[^}]*background:\s*(#[0-9a-fA-F]{6});[^}]*color:\s*(#[0-9a-fA-F]{6})')


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_badge_and_banner_text_meets_wcag_aa_in_both_themes(theme):
    for level, (bg, fg) in LEVEL_COLOURS.items():
        assert contrast_ratio(fg, bg) >= 4.5, (level, contrast_ratio(fg, bg))
    pairs = QSS_PAIR.findall(stylesheet(100, theme))
    assert {"ok", "blocked", "error", "warning", "info", "file"} <= {kind for kind, _, _ in pairs}
    for kind, bg, fg in pairs:
        assert contrast_ratio(fg, bg) >= 4.5, (theme, kind, bg, fg, contrast_ratio(fg, bg))
    # the ratio itself, against WCAG's own figures
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_dark_theme_is_a_setting_and_keeps_the_risk_colours(window, qtbot, services):
    window.act_dark.trigger()
    assert services.settings.theme == "dark"
    assert json.loads(services.settings_path.read_text())["theme"] == "dark"
    sheet = QApplication.instance().styleSheet()
    assert (resources_dir() / "style" / "shop-dark.qss").read_text(encoding="utf-8").splitlines()[-1] in sheet
    assert 'QLabel#banner[kind="blocked"] { background: #b71c1c; color: #ffffff;' in sheet
    window.act_dark.trigger()
    assert services.settings.theme == "light"


# -- 8. shop workflow --------------------------------------------------------------------------------------------
def test_operator_is_asked_at_start_and_changed_from_the_toolbar(qtbot, services):
    from rmos_desktop.gui.main_window import MainWindow

    services.apply_settings(services.settings.model_copy(update={"operator": "", "recent_operators": ["Dana", "Sam"]}))
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(
        lambda: getattr(w, "operator_prompt", None) is not None and w.operator_prompt.isVisible(), timeout=3000
    )
    prompt = w.operator_prompt
    assert [prompt.names.itemText(i) for i in range(prompt.names.count())] == ["Dana", "Sam"]
    prompt.names.setCurrentText("Lee")
    prompt.ok_button.click()
    assert services.settings.operator == "Lee" and services.settings.recent_operators[:3] == ["Lee", "Dana", "Sam"]
    assert w.operator_button.text() == "operator: Lee ▾"
    w.fill_operator_menu()
    sam = next(a for a in w.operator_menu.actions() if a.text() == "Sam")
    sam.trigger()
    assert services.settings.operator == "Sam" and w.operator_button.text() == "operator: Sam ▾"
    w.tasks.wait_all(10000)


def test_skipping_the_operator_prompt_records_no_operator(qtbot, services):
    from rmos_desktop.gui.main_window import MainWindow

    services.apply_settings(services.settings.model_copy(update={"operator": ""}))
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(
        lambda: getattr(w, "operator_prompt", None) is not None and w.operator_prompt.isVisible(), timeout=3000
    )
    w.operator_prompt.skip_button.click()
    assert services.settings.operator == "" and w.operator_button.text() == "operator: not set ▾"
    w.tasks.wait_all(10000)


def test_recent_jobs_last_folder_and_new_job_asks(window, qtbot, tmp_path):
    assert window.controller.job_folder() == examples_dir()  # nothing opened yet: the examples
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    paths = []
    for name in ("green-veneer-line", "fret-slots-648"):
        path = jobs / f"{name}.json"
        path.write_text(json.dumps(load_example(name)), encoding="utf-8")
        assert window.open_job_file(path)
        paths.append(path.resolve())
    assert window.controller.job_folder() == jobs.resolve()
    window.fill_recent_jobs()
    entries = [a.text() for a in window.menu_recent.actions()]
    assert entries[0].startswith("&1 fret-slots-648.json") and entries[1].startswith("&2 green-veneer-line.json")
    assert window.services.settings.recent_jobs[:2] == [str(p) for p in reversed(paths)]
    # typed edits: New job asks, and "no" keeps them
    with qtbot.waitSignal(window.sig_evaluated, timeout=2000):
        window.form.edits["rpm"].setText("7777")
    asked = []
    window.confirm_discard = lambda: asked.append(1) or False
    window.new_job()
    assert asked == [1] and window.form.edits["rpm"].text() == "7777"
    window.confirm_discard = lambda: asked.append(2) or True
    window.new_job()
    assert asked == [1, 2] and window.form.edits["rpm"].text() == ""
    window.new_job()  # nothing typed since: no question
    assert asked == [1, 2]


def test_saved_jobs_go_through_the_durable_write_and_stay_editable(window, qtbot, tmp_path, monkeypatch):
    from rmos_desktop.gui import controller

    calls = []
    real = controller.prepare_write
    monkeypatch.setattr(controller, "prepare_write", lambda *a: calls.append(a[1]) or real(*a))
    fill(window, qtbot, load_example("green-veneer-line"))
    path = tmp_path / "job.json"
    assert window.save_job_file(path) and window.save_job_file(path)  # twice: a save replaces the old file
    assert calls == [".job.json.saving"] * 2
    assert json.loads(path.read_text()) == window.form.raw_request()
    assert path.stat().st_mode & 0o200  # still writable by its owner
    assert not list(tmp_path.glob(".job.json*"))  # no temp file left


def test_the_start_page_tells_the_truth(window, qtbot, services):
    page = window.start_page
    qtbot.waitUntil(lambda: "No runs are recorded here yet" in page.count_label.text(), timeout=5000)
    ok_run(window, qtbot, "green-veneer-line")
    assert window.preview_tabs.indexOf(page) < 0  # the program is shown instead
    window.act_start.trigger()
    assert window.preview_tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.count_label.text().startswith("1 run recorded here"), timeout=5000)


def test_export_never_preselects_a_fixed_disk_and_remembers_the_folder(window, qtbot, tmp_path):
    outcome = ok_run(window, qtbot)
    system = Volume(root="/", name="system", free_bytes=10**12, fs_type="ext4", read_only=False, removable=False)
    dialog = ExportDialog(window.services, outcome.run_id, volume_source=lambda: [system], parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.volumes.setFocus()  # focus must not make the system disk current either
    assert dialog.selected_root() is None and not dialog.export_button.isEnabled()
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog.use_folder(str(folder))
    with qtbot.waitSignal(dialog.sig_exported, timeout=15000):
        dialog.export_button.click()
    assert window.services.settings.last_export_folder == str(folder)
    dialog.close()
    again = ExportDialog(window.services, outcome.run_id, volume_source=lambda: [system], parent=window)
    qtbot.addWidget(again)
    assert again.selected_root() == str(folder)  # the last folder, per workstation
    stick = Volume(str(tmp_path), "STICK", 10**9, "vfat", read_only=False, removable=True, device="/dev/sdz1")
    third = ExportDialog(window.services, outcome.run_id, volume_source=lambda: [system, stick], parent=window)
    qtbot.addWidget(third)
    assert third.selected_root() == str(tmp_path)  # a stick in: the stick


def test_times_on_screen_are_local_with_utc_in_the_tooltip(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "America/Chicago")
    time.tzset()
    try:
        text, tip = local_time("2026-07-01T17:02:03.123456Z")
        assert text == "Wed 01 Jul 2026 12:02:03" and tip == "2026-07-01 17:02:03 UTC"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_step_buttons_stay_put_whatever_the_readout_says(window, qtbot):
    ok_run(window, qtbot)
    preview = window.preview
    qtbot.wait(100)  # the form has folded away: let the layout settle first
    before = {k: b.mapTo(window, b.rect().topLeft()) for k, b in preview.step_buttons.items()}
    for text in ("", "move 1 of 193 · line 13 · feed → X 149.727 Y 20.000 Z −1.500", "line 9: no motion " * 30):
        preview.move_label.setText(text)
        QApplication.processEvents()
        assert {k: b.mapTo(window, b.rect().topLeft()) for k, b in preview.step_buttons.items()} == before
    preview.step_buttons["last"].click()
    QApplication.processEvents()
    assert {k: b.mapTo(window, b.rect().topLeft()) for k, b in preview.step_buttons.items()} == before


def test_esc_and_ctrl_w_close_the_dialogs_of_the_main_window(window, qtbot):
    about = window.show_about()
    about.activateWindow()
    qtbot.waitUntil(about.isActiveWindow, timeout=2000)
    QTest.keyClick(about, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not about.isVisible(), timeout=2000)
    prompt = window.ask_operator()
    prompt.activateWindow()
    qtbot.waitUntil(prompt.isActiveWindow, timeout=2000)
    QTest.keyClick(prompt.names, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=2000)
    assert window.services.settings.operator == "Dana"  # closing is not choosing
