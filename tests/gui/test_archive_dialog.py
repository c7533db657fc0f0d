"""The supervisor's archive action, driven through the dialog."""

from datetime import UTC, datetime

from PySide6.QtCore import QDate

from rmos_desktop.core.pipeline import rmos_toolpaths
from tests.conftest import load_example


def test_archive_then_restore_from_the_dialog(window, qtbot, services, tmp_path):
    rid = rmos_toolpaths(
        load_example("green-veneer-line"),
        recorder=services.recorder,
        catalog=services.catalog,
        now=lambda: datetime(2026, 1, 5, 9, tzinfo=UTC),
    )["_run_id"]
    dialog = window.open_archive_dialog()
    qtbot.addWidget(dialog)
    nas = tmp_path / "nas"
    nas.mkdir()
    dialog.dest.setText(str(nas))
    dialog.before.setDate(QDate(2026, 2, 1))
    with qtbot.waitSignal(dialog.sig_finished, timeout=10000) as blocker:
        dialog.archive_button.click()
    result = blocker.args[0]
    assert result.runs == [rid] and "Archived 1 run" in dialog.status.text()
    assert not (services.runs_dir / "2026-01-05").exists()
    with qtbot.waitSignal(dialog.sig_finished, timeout=10000):
        dialog.start_restore(__import__("pathlib").Path(result.archive_path))
    assert (services.runs_dir / "2026-01-05" / f"{rid}.json").is_file()
    assert "Restored 1 file" in dialog.status.text()


def test_archive_without_a_folder_says_what_to_do(window, qtbot):
    dialog = window.open_archive_dialog()
    qtbot.addWidget(dialog)
    dialog.archive_button.click()
    assert "Choose the folder" in dialog.status.text()


def test_settings_dialog_offers_the_archive_action(window, qtbot, services):
    from rmos_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services.settings, services.catalog, services.runs, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_archive_requested, timeout=1000):
        dialog.archive_button.click()
