"""The main window driven through its real widgets (pytest-qt, offscreen)."""

import itertools
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.core.runs.index import RunQuery
from rmos_desktop.core.settings import Settings, load_settings
from tests.conftest import load_example
from tests.gui.conftest import fill, generate


def level(window):
    return window.panel.badge.level


@pytest.mark.parametrize(
    "name, expected",
    [
        ("green-veneer-line", "GREEN"),
        ("yellow-veneer-fast", "YELLOW"),
        ("red-kerfcut-overspeed", "RED"),
        ("unknown-missing-rpm", "UNKNOWN"),
        ("red-missing-feed", "RED"),
        ("kerf-array-side-kerfs", "GREEN"),
        ("fret-slots-648", "GREEN"),
    ],
)
def test_filling_the_form_updates_the_panel(window, qtbot, name, expected):
    fill(window, qtbot, load_example(name))
    assert level(window) == expected
    assert window.panel.badge.text().startswith(expected)
    assert window.form.raw_request() == {**load_example(name), "machine": "default"}


def test_panel_rows_show_value_limit_status_and_why(window, qtbot):
    fill(window, qtbot, load_example("red-kerfcut-overspeed"))
    rows = {r[0]: r for r in window.panel.rows()}
    assert rows["blade speed"][1] == "12000 rpm"
    assert rows["blade speed"][3] == "RED"
    assert "exceeds the blade's marked maximum 7000 rpm" in rows["blade speed"][4]
    assert rows["kerf pitch"][3] == "n/a"
    assert window.panel.banner.isVisible()
    assert "Blade speed 12000 rpm exceeds the blade's marked maximum 7000 rpm" in window.panel.banner.text()


def test_the_panel_follows_typing_and_goes_unknown_naming_the_field(window, qtbot):
    fill(window, qtbot, load_example("green-veneer-line"))
    with qtbot.waitSignal(window.sig_evaluated, timeout=2000):
        window.form.edits["rpm"].setText("abc")
    assert level(window) == "UNKNOWN"
    assert window.form.error_text("rpm") == "must be a number"
    assert window.form.edits["rpm"].property("invalid") is True
    with qtbot.waitSignal(window.sig_evaluated, timeout=2000):
        window.form.edits["rpm"].clear()
    assert window.form.error_text("rpm") == "field required"
    assert "rpm" in window.panel.banner.text()
    with qtbot.waitSignal(window.sig_evaluated, timeout=2000):
        window.form.edits["rpm"].setText("12000")  # above the blade's maximum: enterable, shown RED
    assert level(window) == "RED" and window.form.error_text("rpm") == ""


def test_cut_field_errors_show_at_the_cut_field(window, qtbot):
    job = load_example("kerf-array-side-kerfs")
    job["cut"]["count"] = 20000
    fill(window, qtbot, job)
    assert window.form.error_text("cut.count") == "must be ≤ 10000"
    assert level(window) == "UNKNOWN"


def test_generate_on_green_records_ok_and_shows_the_hash(window, qtbot, services):
    fill(window, qtbot, load_example("green-veneer-line"))
    outcome = generate(window, qtbot)
    assert outcome.status == "OK"
    art = json.loads(Path(outcome.payload["_run_artifact_path"]).read_text())
    assert art["status"] == "OK" and art["meta"]["operator"] == "Dana"
    assert window.hash_field.text() == art["hashes"]["gcode_sha256"]
    assert window.run_id_field.text() == art["run_id"]
    qtbot.waitUntil(lambda: window.preview.loaded is not None, timeout=10000)
    assert window.preview.loaded.data.text == art["outputs"]["gcode_text"]
    assert window.open_artifact_button.isEnabled()


def test_generate_on_red_records_blocked_and_the_banner_names_it(window, qtbot, services):
    fill(window, qtbot, load_example("red-kerfcut-overspeed"))
    assert window.generate_button.isEnabled()  # Generate stays enabled on RED: the attempt is recorded
    outcome = generate(window, qtbot)
    assert outcome.status == "BLOCKED"
    art = json.loads(Path(outcome.payload["run_artifact_path"]).read_text())
    assert art["status"] == "BLOCKED"
    text = window.panel.banner.text()
    assert "BLOCKED" in text and art["run_id"] in text and "7000 rpm" in text
    assert window.preview.loaded is None and window.preview.text.line_model.rowCount() == 0
    assert window.hash_field.text() == ""


def test_yellow_asks_once_per_request_and_records_the_acknowledgement(window, qtbot, services):
    asked = []
    window.ask_acknowledgement = lambda warnings: asked.append(warnings) or True
    window.confirm_repeat = lambda: True  # the same request twice within 10 s: the operator says yes
    fill(window, qtbot, load_example("yellow-veneer-fast"))
    first = generate(window, qtbot)
    second = generate(window, qtbot)
    assert len(asked) == 1 and len(asked[0]) == 2
    for outcome in (first, second):
        art = json.loads(Path(outcome.payload["_run_artifact_path"]).read_text())
        ack = art["meta"]["acknowledgement"]
        assert ack["by"] == "Dana" and ack["warnings"] == asked[0]
        assert ack["request_sha256"] == art["request_sha256"]


def test_yellow_not_acknowledged_generates_nothing(window, qtbot, services):
    window.ask_acknowledgement = lambda warnings: False
    fill(window, qtbot, load_example("yellow-veneer-fast"))
    window.generate_button.click()
    qtbot.wait(200)
    assert window.last_outcome is None
    assert not list(services.runs_dir.rglob("*.json"))


def test_storage_error_releases_no_gcode(window, qtbot, services, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    from rmos_desktop.core.services import open_recorder

    services.recorder = open_recorder(blocker)
    fill(window, qtbot, load_example("green-veneer-line"))
    outcome = generate(window, qtbot)
    assert outcome.status == "STORAGE_ERROR"
    assert window.preview.loaded is None and window.hash_field.text() == ""
    assert "no G-code was released" in window.panel.banner.text()


@pytest.mark.parametrize(
    "path", sorted((Path(__file__).parents[2] / "resources" / "examples").glob("*.json")), ids=lambda p: p.stem
)
def test_every_example_job_loads(window, qtbot, path):
    from rmos_desktop.core.feasibility import evaluate_feasibility

    assert window.open_job_file(path)
    window.evaluate_now()
    raw = json.loads(path.read_text())
    assert level(window) == str(evaluate_feasibility(raw, window.services.catalog).risk_level)
    assert window.form.raw_request() == {**raw, "machine": raw.get("machine", "default")}


def test_loading_a_job_with_errors_names_them_and_keeps_the_rest(window, qtbot, tmp_path):
    job = {**load_example("kerf-array-side-kerfs"), "rpm": "fast", "depth_mm": -2, "colour": "red"}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(job))
    assert window.open_job_file(path)
    assert window.form.error_text("rpm") == "must be a number"
    assert window.form.error_text("depth_mm") == "must be ≥ 0.001"
    assert "colour" in window.form.form_error.text()
    raw = window.form.raw_request()
    assert raw["feed_mm_min"] == 6000 and raw["cut"]["count"] == 24 and raw["tool_id"] == "saw:ultra_thin_140"
    assert level(window) == "UNKNOWN"


def test_opening_garbage_shows_a_message_not_a_dialog(window, qtbot, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{nope")
    assert not window.open_job_file(path)
    assert "not valid JSON" in window.panel.banner.text()


def test_save_then_open_round_trips(window, qtbot, tmp_path):
    fill(window, qtbot, load_example("fret-slots-648"))
    path = tmp_path / "saved.json"
    assert window.save_job_file(path)
    window.new_job()
    assert window.form.raw_request().get("rpm") is None
    assert window.open_job_file(path)
    assert window.form.raw_request() == json.loads(path.read_text())
    assert level(window) == "GREEN"


def test_unknown_blade_from_a_file_is_shown_not_dropped(window, qtbot, tmp_path):
    path = tmp_path / "j.json"
    path.write_text(json.dumps({**load_example("green-veneer-line"), "tool_id": "saw:mystery_99"}))
    window.open_job_file(path)
    assert window.form.raw_request()["tool_id"] == "saw:mystery_99"
    assert "not in the catalog" in window.form.blade.currentText()
    assert level(window) == "UNKNOWN"


def test_settings_round_trip(window, qtbot, services, tmp_path):
    from rmos_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services.settings, services.catalog, services.runs, window)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    effective = dialog.findChild(QLabel, "effective_runs_dir").text()
    assert str(services.runs_dir) in effective and "settings file" in effective
    dialog.runs_dir.setText(str(tmp_path / "other-runs"))
    dialog.operator.setText("Sam")
    dialog.scale.setValue(150)
    dialog.machine.setCurrentIndex(dialog.machine.findData("linuxcnc"))
    new = dialog.result_settings()
    window.apply_settings(new)
    on_disk = load_settings(services.settings_path).settings
    assert (
        on_disk
        == new
        == Settings(runs_dir=str(tmp_path / "other-runs"), default_machine="linuxcnc", operator="Sam", ui_scale=150)
    )
    assert services.runs_dir == (tmp_path / "other-runs").resolve()
    assert "Sam" in window.operator_label.text()
    fill(window, qtbot, {k: v for k, v in load_example("green-veneer-line").items()})
    window.form.new_job()
    assert window.form.machine.currentData() == "linuxcnc"


def test_invalid_settings_file_falls_back_with_a_visible_warning(qtbot, tmp_path, catalog):
    from rmos_desktop.core.services import AppServices
    from rmos_desktop.gui.main_window import MainWindow

    path = tmp_path / "settings.json"
    path.write_text('{"ui_scale": 900, "operator": 5}')
    services = AppServices.load(settings_path=path, catalog=catalog, runs_dir=tmp_path / "runs")
    assert services.settings == Settings()
    w = MainWindow(services)
    qtbot.addWidget(w)
    assert "invalid" in w.panel.banner.text() and "using defaults" in w.panel.banner.text()


def test_unwritable_runs_directory_is_reported_at_start(qtbot, tmp_path, catalog):
    from rmos_desktop.core.services import AppServices
    from rmos_desktop.gui.main_window import MainWindow

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    services = AppServices.load(settings_path=tmp_path / "s.json", catalog=catalog, runs_dir=blocker)
    w = MainWindow(services)
    qtbot.addWidget(w)
    assert "Runs cannot be recorded" in w.panel.banner.text() and "Settings" in w.panel.banner.text()


def test_actions_have_keyboard_shortcuts(window):
    assert QKeySequence("Ctrl+Return") in window.act_generate.shortcuts()
    assert QKeySequence("Ctrl+Enter") in window.act_generate.shortcuts()
    for action in (window.act_new, window.act_open, window.act_save, window.act_settings, window.act_about):
        assert action.shortcuts(), action.text()
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Job", "Tools", "Help"]


def test_generate_shortcut_generates(window, qtbot):
    fill(window, qtbot, load_example("green-veneer-line"))
    with qtbot.waitSignal(window.sig_generation_finished, timeout=15000) as blocker:
        window.act_generate.trigger()
    assert blocker.args[0].status == "OK"


def test_tab_order_follows_the_form(window):
    form = window.form
    order = [
        form.blade,
        form.material,
        form.machine,
        form.edits["rpm"],
        form.edits["feed_mm_min"],
        form.edits["depth_mm"],
        form.edits["stepdown_mm"],
    ]
    for a, b in itertools.pairwise(order):
        assert a.nextInFocusChain() is b or _next_focusable(a) is b


def _next_focusable(widget):
    w = widget.nextInFocusChain()
    while w is not None and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
        w = w.nextInFocusChain()
    return w


def test_geometry_and_splitters_persist(qtbot, services):
    from rmos_desktop.gui.main_window import MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    w.resize(780, 560)  # inside the offscreen platform's 800 x 600 screen (the window now fits it)
    w.show()
    w.main_split.setSizes([300, 470])
    w.right_split.setSizes([120, 300])
    sizes = (w.main_split.sizes(), w.right_split.sizes())
    w.save_state()
    w2 = MainWindow(services)
    qtbot.addWidget(w2)
    w2.show()
    assert w2.size() == w.size()
    assert w2.main_split.sizes() == sizes[0]
    share = sizes[1][0] / sum(sizes[1])
    assert abs(w2.right_split.sizes()[0] / sum(w2.right_split.sizes()) - share) < 0.06
    assert abs(share - 0.4) > 0.1  # not simply the first-start default


def test_about_names_versions_folders_and_no_override(window):
    text = window.about_text()
    assert "0.1.0" in text and str(window.services.runs_dir) in text and window.services.catalog.version in text
    assert "no override" in text
    from rmos_desktop.core.logsetup import log_file_path
    from rmos_desktop.core.settings import config_dir

    assert f"Log file: {log_file_path()}" in text and str(config_dir()) in text


def test_exception_in_a_slot_is_shown_and_the_app_keeps_running(qtbot, monkeypatch, caplog):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from rmos_desktop.gui import app as app_mod

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    old = sys.excepthook
    try:
        app_mod.install_exception_hook()
        try:
            raise ValueError("boom in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert shown and "boom in a slot" in shown[0]
    assert any("unhandled error" in r.message for r in caplog.records)


def test_screenshots_green_and_red(window, qtbot, tmp_path_factory):
    out = tmp_path_factory.mktemp("screens")
    fill(window, qtbot, load_example("kerf-array-side-kerfs"))
    generate(window, qtbot)
    qtbot.waitUntil(lambda: window.preview.loaded is not None, timeout=15000)  # the picture shows the program
    assert window.grab().save(str(out / "main-green.png"))
    fill(window, qtbot, load_example("red-kerfcut-overspeed"))
    generate(window, qtbot)
    assert window.grab().save(str(out / "main-red.png"))
    assert (out / "main-green.png").stat().st_size > 20_000


def test_first_run_offers_examples_and_says_where_data_lives(window, qtbot, services):
    assert window.preview_tabs.tabText(0) == "Start"
    page = window.start_page
    texts = " ".join(w.text() for w in page.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QLabel))
    assert str(services.runs_dir) in texts
    with qtbot.waitSignal(window.sig_evaluated, timeout=2000):
        window.example_buttons["kerf-array-side-kerfs"].click()
    assert level(window) == "GREEN" and window.form.raw_request()["cut"]["kind"] == "kerf_array"
    generate(window, qtbot)
    assert window.preview_tabs.currentWidget() is window.preview_page


def test_a_new_job_is_calm_until_generate_then_names_every_gap(window, qtbot, services):
    window.new_job()
    assert level(window) == "UNKNOWN"
    assert window.form.error_text("rpm") == ""  # untouched: not an error yet
    assert window.panel.banner.property("kind") == "info"
    assert "Still empty: blade, material, spindle rpm" in window.panel.banner.text()
    outcome = generate(window, qtbot)  # the attempt is still recorded, as BLOCKED
    assert outcome.status == "BLOCKED"
    assert window.form.error_text("rpm") == "field required"
    assert window.form.error_text("tool_id") == "field required"


def test_run_history_opens_from_the_menu_and_a_run_opens_in_the_preview(window, qtbot, services):
    fill(window, qtbot, load_example("kerf-array-side-kerfs"))
    generate(window, qtbot)
    ok_id = window.run_id_field.text()
    fill(window, qtbot, load_example("red-kerfcut-overspeed"))
    generate(window, qtbot)
    window.clear_program()
    assert window.act_history.shortcut().toString() == "Ctrl+H"
    assert window.act_history in window.menu_tools.actions()
    window.act_history.trigger()
    history = window.history_window
    assert history is not None and history.isVisible()
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=10000)
    assert {history.model.row_at(i).status for i in range(2)} == {"OK", "BLOCKED"}
    window.act_history.trigger()
    assert window.history_window is history  # one history window, raised again
    assert history.select_run(ok_id)
    history.open_button.click()
    qtbot.waitUntil(lambda: window.preview.loaded is not None and not window.preview.loading, timeout=15000)
    assert window.preview_tabs.currentWidget() is window.preview_page
    assert ok_id in window.preview.title_label.text()
    history.close()
    window.tasks.wait_all(10000)


def test_runs_written_elsewhere_are_in_the_index_after_start_up(qtbot, services, catalog):
    """Another instance (here: a recorder without an index, as a second process would be) wrote a run; the
    main window's start-up reconcile lists it without anyone opening the history."""
    from rmos_desktop.core.runs.recorder import RunRecorder
    from rmos_desktop.gui.main_window import MainWindow

    assert services.index.count(RunQuery()) == 0
    other = RunRecorder.open(services.runs_dir)
    run_id = rmos_toolpaths(load_example("green-veneer-line"), recorder=other, catalog=catalog)["_run_id"]
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w._index_reconciled, timeout=5000)
    w.tasks.wait_all(10000)
    assert [row.run_id for row in services.index.query(RunQuery()).rows] == [run_id]


def test_the_history_follows_a_runs_directory_changed_in_settings(window, qtbot, services, tmp_path):
    fill(window, qtbot, load_example("green-veneer-line"))
    generate(window, qtbot)
    window.act_history.trigger()
    old = window.history_window
    qtbot.waitUntil(lambda: old.model.rowCount() == 1, timeout=10000)
    window.apply_settings(services.settings.model_copy(update={"runs_dir": str(tmp_path / "other-runs")}))
    new = window.history_window
    assert new is not None and new is not old and new.isVisible()
    assert new.services_runs_dir == (tmp_path / "other-runs").resolve()
    qtbot.wait(200)
    window.tasks.wait_all(10000)
    assert new.model.rowCount() == 0  # the new folder has no runs yet
    new.close()
