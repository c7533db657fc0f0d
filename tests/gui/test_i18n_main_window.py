"""The main window and the export dialog in German (the longest language) on the smallest shop screen,
1366 x 768 at 100 %: built with the German translator installed (as the app does at start), filled with a
generated run, a long job name, a long BLOCKED banner and the run's details open, they still fit, and their
main controls read the German text the committed rmos_de.ts gives (looked up in the .ts here, not in the
translator, so a missing or stale .qm fails)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from rmos_desktop.core.export import ExportResult
from rmos_desktop.gui.i18n import install_translators
from tests.conftest import REPO
from tests.gui.test_fit import LONG_NAME, RUN_ID, assert_fits, available, generated_window

DE_TS = REPO / "resources" / "i18n" / "rmos_de.ts"


def german(context: str, source: str) -> str:
    """The finished German translation of SOURCE in CONTEXT, read straight from the committed .ts."""
    for ctx in ET.parse(DE_TS).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                translation = message.find("translation")
                assert translation.get("type") is None, f"{context}: {source!r} is {translation.get('type')}"
                return translation.text
    raise AssertionError(f"{context}: {source!r} is not in {DE_TS.name}")


@pytest.fixture
def german_window(qapp, services, qtbot):
    """A main window built after the German translator is installed; English comes back afterwards."""
    from rmos_desktop.gui.main_window import MainWindow

    before = QLocale()
    assert install_translators(qapp, "de") == "de"
    w = MainWindow(services)
    w.confirm_repeat = lambda *_a: True
    qtbot.addWidget(w)
    yield w
    w.tasks.wait_all(10000)
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_the_lookup_can_fail():
    assert german("ExportDialog", "Export and verify") == "Exportieren und prüfen"
    with pytest.raises(AssertionError):
        german("ExportDialog", "no such text")


def test_the_german_main_window_fits_1366x768_and_reads_german(german_window, qtbot):
    w = german_window
    screen = available(1366, 768)
    generate = german("MainWindow", "Generate  (Ctrl+Enter)")
    assert generate != "Generate  (Ctrl+Enter)"
    # before any job the form judges UNKNOWN: the toolbar's button offers to record a blocked attempt
    assert w.generate_button.text() == german("MainWindow", "Record blocked attempt  (Ctrl+Enter)")
    outcome = generated_window(w, qtbot)
    assert outcome.status == "OK"
    assert w.generate_button.text() == generate  # and after Generate
    w.panel.set_banner(
        "blocked",
        german("MainWindow", "BLOCKED: %s\nRecorded as run %s for supervisor review. No G-code was produced.")
        % (f"Schnittgeschwindigkeit über dem Band ({LONG_NAME})", RUN_ID),
    )
    w.run_strip.show_details(True)  # Details ▸ open: the whole id and hash
    QApplication.processEvents()
    assert_fits(w, screen, "German main window at 1366x768")
    # the window's own texts are German (not the English source)
    assert w.run_strip.details_button.text() == german("RunStrip", "Details ▾")
    assert w.preview.fit_button.text() == german("PreviewWidget", "Fit job") == "Zoom Auftrag"
    # the menus and actions are built outside the class (main_menus.py), which names their context, MainWindow
    assert w.menu_file.title() == german("MainWindow", "&File") == "&Datei"
    assert w.act_new.text() == german("MainWindow", "&New job") == "&Neuer Auftrag"


def test_the_german_export_dialog_fits_1366x768_and_reads_german(german_window, qtbot):
    w = german_window
    outcome = generated_window(w, qtbot)
    export = w.open_export_dialog(outcome.run_id)
    try:
        QApplication.processEvents()
        assert_fits(export, available(1366, 768), "German export dialog at 1366x768")
        assert export.windowTitle() == german("ExportDialog", "Export to USB") == "Auf USB exportieren"
        assert export.export_button.text() == german("ExportDialog", "Export and verify")
        assert export.eject_button.text() == german("ExportDialog", "Safely remove")
        assert export.choose_folder.text() == german("ExportDialog", "Choose folder…")
        header = export.header.text()
        assert header.startswith("Lauf ") and header.endswith("exportieren nach:"), header
        done = ExportResult(outcome.run_id, "/media/usb", "x.nc", "ab" * 32, True, False, signed_by="K1")
        verified = german("ExportDialog", "Verified: sha256 %1 read back from %2")
        signed = german("ExportDialog", "; signed by station key %1")
        assert verified.startswith("Geprüft") and signed.startswith("; signiert")
        expected = verified.replace("%1", "ab" * 32).replace("%2", "/media/usb") + signed.replace("%1", "K1")
        assert export.done_text(done, "ab" * 32) == expected
    finally:
        export.close()


# -- the texts named under their run-time context (packaging/i18n.py keeps no entry by hand) --------------------
def _texts(services, qtbot, tmp_path) -> dict[str, str]:
    """Every text this round moved under the context the app looks it up in, keyed "Context|where it shows",
    from widgets built now (in the language installed)."""
    tmp_path.mkdir()
    return dict(_window_texts(services, qtbot)) | dict(_shop_texts(services, qtbot, tmp_path))


def _window_texts(services, qtbot):
    from PySide6.QtWidgets import QLabel, QRadioButton, QToolBar

    from rmos_desktop.gui.history.model import HistoryModel
    from rmos_desktop.gui.job_form import FIELD_LABELS, field_label
    from rmos_desktop.gui.main_window import MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    yield "MainWindow|toolbar", w.findChild(QToolBar, "main_toolbar").windowTitle()
    for name in ("menu_file", "menu_recent", "menu_job", "menu_tools", "menu_help"):
        yield f"MainWindow|{name}", getattr(w, name).title()
    for name in sorted(n for n in vars(w) if n.startswith("act_") and getattr(w, n) is not None):
        action = getattr(w, name)
        yield f"MainWindow|{name}", action.text()
        if action.statusTip():  # set with the tooltip (a tooltip of its own would be the text without "&")
            yield f"MainWindow|{name}.tip", action.toolTip()
    labels = [label.text() for label in w.form.findChildren(QLabel) if label.text()]
    for i, text in enumerate(labels):
        yield f"JobForm|label {i}", text
    for i, button in enumerate(w.form.findChildren(QRadioButton)):
        yield f"JobForm|kind {i}", button.text()
    for key in FIELD_LABELS:
        yield f"JobForm|field {key}", field_label(key)
    model = HistoryModel(None)
    for col in range(model.columnCount()):
        yield f"HistoryModel|column {col}", model.headerData(col, Qt.Orientation.Horizontal)
    for name, button in w.start_page.example_buttons.items():
        yield f"StartPage|{name}", button.text()
    about = w.about_text().splitlines()
    yield "ShopWorkflow|no override", about[-1]
    yield "ShopWorkflow|runs directory", next(line for line in about if str(services.runs_dir) in line)


def _shop_texts(services, qtbot, tmp_path):
    from rmos_desktop.core.shop.config import ShopConfig
    from rmos_desktop.core.shop.jobs import ClaimResult
    from rmos_desktop.core.shop.sync import SyncState
    from rmos_desktop.gui.shop.jobs_model import JobsModel, holder_text
    from rmos_desktop.gui.shop.jobs_panel import JobsPanel
    from rmos_desktop.gui.shop.status import ShopStatusLabel, ShopSync
    from rmos_desktop.gui.tasks import TaskRunner
    from rmos_desktop.gui.window_shop import shop_job_problem

    config = ShopConfig("postgresql://saw@shop.local/rmos", "saw-2", "environment")
    sync = ShopSync(TaskRunner(), tmp_path, config)  # never started: it asks the server nothing
    label = ShopStatusLabel(sync)
    qtbot.addWidget(label)
    yield "ShopStatusLabel|checking", label.text()
    sync.checked = True
    for name, state, refused in (
        ("up to date", SyncState(), False),
        ("1 waiting", SyncState(waiting=1), False),
        ("12 waiting", SyncState(waiting=12), False),
        ("offline", SyncState(offline_since=0.0), False),
        ("refused", SyncState(), True),
    ):
        sync.state, sync.refused = state, refused
        label.update_from_sync()
        yield f"ShopStatusLabel|{name}", label.text()
    yield "ShopStatusLabel|station", label.toolTip().splitlines()[1]
    jobs = JobsModel("saw-2")
    for col in range(jobs.columnCount()):
        yield f"JobsModel|column {col}", jobs.headerData(col, Qt.Orientation.Horizontal)
    claimed = {"claimed_by": "saw-1", "claimed_at_utc": "2026-12-05T10:42:00+00:00"}
    yield "JobsModel|elsewhere", holder_text(claimed, "saw-2")
    yield "JobsModel|here", holder_text(claimed, "saw-1")
    panel = JobsPanel(TaskRunner(), config)  # not started either
    qtbot.addWidget(panel)
    since = datetime(2026, 12, 5, 10, 42, tzinfo=UTC)
    yield "JobsPanel|claimed", panel.claim_text("ORD-7", ClaimResult(False, "saw-1", since, since))
    yield "JobsPanel|held", panel.claim_text("ORD-7", ClaimResult(True, "saw-2", since, since))
    yield "ShopIntegration|incomplete job", shop_job_problem(config, {}, "job-1")


def test_every_moved_text_reads_german_at_run_time(qapp, services, qtbot, tmp_path):
    """Menus and actions, the job form's labels and field names, the history's columns, the start page, the
    shop's status texts, job-order texts and refusals, About's lines: built in English and again with the
    German translator installed, each German text is the one rmos_de.ts gives for its English text under the
    context the code names (so a text that `update` would drop, or file under the wrong context, fails)."""
    from rmos_desktop.gui.window_workflow import NO_OVERRIDE_TEXT

    english = _texts(services, qtbot, tmp_path / "en")
    before = QLocale()
    assert install_translators(qapp, "de") == "de"
    try:
        deutsch = _texts(services, qtbot, tmp_path / "de")
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)
    assert english.keys() == deutsch.keys()
    assert len(english) > 90
    assert english["ShopWorkflow|no override"] == NO_OVERRIDE_TEXT
    moved = 0
    for key, text in english.items():
        context = key.split("|")[0]
        if context == "JobForm" and key.startswith("JobForm|label") and not _in_ts(context, text):
            continue  # a value beside a field (a blade summary, a unit shown as typed), not a label
        expected = _german_of(context, text)
        assert deutsch[key] == expected, f"{key}: {deutsch[key]!r}, rmos_de.ts gives {expected!r} for {text!r}"
        moved += deutsch[key] != text
    assert moved > 80, f"only {moved} texts differ from English"
    # spot checks against words a German shop floor uses (the glossary in packaging/i18n.py)
    assert deutsch["MainWindow|menu_file"] == "&Datei" and deutsch["MainWindow|act_new"] == "&Neuer Auftrag"
    assert deutsch["JobForm|field tool_id"] == "Sägeblatt" and deutsch["JobForm|field rpm"] == "Spindeldrehzahl"
    assert deutsch["HistoryModel|column 6"] == "Bediener"
    assert deutsch["StartPage|fret-slots-648"] == "Bundschlitze, 648 mm Mensur"
    assert deutsch["ShopStatusLabel|12 waiting"] == "Werkstatt: 12 Einträge warten"
    assert deutsch["ShopStatusLabel|1 waiting"] == "Werkstatt: 1 Eintrag wartet"
    assert deutsch["ShopStatusLabel|station"] == "Diese Station: saw-2 (aus der Umgebung)"
    assert deutsch["JobsModel|elsewhere"].startswith("Läuft auf saw-1 seit ")
    assert deutsch["JobsPanel|claimed"].startswith("Bestellung ORD-7 ist seit ")
    assert deutsch["ShopIntegration|incomplete job"].startswith("Nicht unter Bestellung job-1 erzeugt: ")
    assert deutsch["ShopWorkflow|runs directory"].endswith("(aus der Einstellungsdatei)")
    assert english["JobForm|kind 1"] == "Kerf array"
    # every label of the form's tables was among those checked (a label lupdate cannot see is not skipped)
    labels = {text for key, text in english.items() if key.startswith("JobForm|label") and _in_ts("JobForm", text)}
    assert table_labels() <= labels, sorted(table_labels() - labels)


def table_labels() -> set[str]:
    from rmos_desktop.gui.job_form import CUT_FIELDS, NUMBER_FIELDS, STOCK_FIELDS, TEXT_FIELDS

    cut = {label for fields in CUT_FIELDS.values() for _, label, *_ in fields}
    return cut | {label for _, label, _ in NUMBER_FIELDS + STOCK_FIELDS} | {label for _, label in TEXT_FIELDS}


def _in_ts(context: str, source: str) -> bool:
    try:
        german(context, source)
    except AssertionError:
        return False
    return True


def _word(value: str) -> str:
    """A value put into a text is itself translated when it is a text of its own ("the environment")."""
    found = {
        m.find("translation").text
        for ctx in ET.parse(DE_TS).getroot().iter("context")
        for m in ctx.iter("message")
        if m.findtext("source") == value
    }
    return found.pop() if len(found) == 1 else value


def _german_of(context: str, english: str) -> str:
    """The German for a text as shown: a whole source, or a source with its values (%1, %s …) filled in."""
    if _in_ts(context, english):
        return german(context, english)
    for ctx in ET.parse(DE_TS).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source")
            parts = re.split(r"(%[1-9s])", source)
            if len(parts) == 1:
                continue
            pattern = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(parts))
            found = re.fullmatch(pattern, english, flags=re.S)
            if not found:
                continue
            names, values = parts[1::2], [_word(v) for v in found.groups()]
            numbered = {n: v for n, v in zip(names, values, strict=True) if n != "%s"}
            positional = iter(v for n, v in zip(names, values, strict=True) if n == "%s")
            translation = german(context, source)
            return re.sub(
                r"%[1-9s]",
                lambda m, numbered=numbered, positional=positional: (
                    next(positional) if m[0] == "%s" else numbered[m[0]]
                ),
                translation,
            )
    raise AssertionError(f"{context}: no text of rmos_de.ts shows as {english!r}")


def test_a_german_machinist_may_type_the_unit_the_form_shows_beside_the_spindle(german_window, qtbot):
    """The form shows "U/min" beside the spindle field in German; "12000 U/min" typed there is 12000 rpm (the
    core reads English units: the form hands it "12000 rpm")."""
    w = german_window
    assert german("JobForm", "rpm") == "U/min"
    w.form.edits["rpm"].setText("12000 U/min")
    assert w.form.raw_request()["rpm"] == 12000.0 and "rpm" not in w.form.unit_errors
    w.form.edits["rpm"].setText("9000,5 u/min")
    assert w.form.raw_request()["rpm"] == 9000.5
    w.form.edits["rpm"].setText("12000 mm")  # any other unit is still refused, with the core's reason
    w.form.raw_request()
    assert "rpm" in w.form.unit_errors
