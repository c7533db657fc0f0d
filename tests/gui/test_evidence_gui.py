"""The signed evidence in the GUI (issue 16 items 1 and 4, M7): the station key id and a shop catalog in force in
About, the audit dialog's latest checkpoint, Make checkpoint now and Cosign with a key on a stick, and the daily
checkpoint at start. Real widgets (pytest-qt), real keys and records; each check is computed independently."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths
from rmos_desktop.core.runs.checkpoints import check_checkpoints, recorded_checkpoints, verify_checkpoint
from rmos_desktop.core.runs.keys import init_key_pair, load_public_key, load_signing_key, station_key_path
from rmos_desktop.core.services import AppServices
from rmos_desktop.core.settings import Settings, save_settings
from rmos_desktop.gui.tasks import TaskRunner
from rmos_desktop.gui.theme import apply_theme
from tests.conftest import load_example

SHOTS = Path(os.environ.get("RMOS_SHOTS", "/tmp/rmos-shots"))
SHOP_BLADE = {
    "blades": {
        "saw:fret_058": {
            "tool_id": "saw:fret_058",
            "name": "Fret slot 0.58",
            "diameter_mm": 80,
            "teeth": 60,
            "kerf_mm": 0.58,
            "plate_mm": 0.5,
            "bore_mm": 16,
            "flange_diameter_mm": 25,
            "max_rpm": 15000,
        }
    }
}


@pytest.fixture
def own_config(tmp_path, monkeypatch) -> Path:
    """A config folder of this test's own: its station key and shop catalog files."""
    config = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.delenv("RMOS_SHOP_URL", raising=False)
    monkeypatch.delenv("RMOS_STATION", raising=False)
    return config / "rmos-desktop"


@pytest.fixture
def station_services(tmp_path, own_config) -> AppServices:
    settings_path = tmp_path / "settings.json"
    save_settings(Settings(runs_dir=str(tmp_path / "runs"), operator="Dana"), settings_path)
    return AppServices.load(settings_path=settings_path)  # the real catalog load: shipped + the shop's files


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.wait_all(20000)


def record(services: AppServices, *names: str) -> None:
    for name in names:
        with contextlib.suppress(PipelineOutcome):  # BLOCKED is recorded too
            rmos_toolpaths(load_example(name), recorder=services.recorder, catalog=services.catalog)


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


# -- About ---------------------------------------------------------------------------------------------------
def test_about_names_the_station_key_the_shop_catalog_in_force_and_the_shop(qtbot, tmp_path, own_config, monkeypatch):
    from rmos_desktop.gui.main_window import MainWindow

    shop_file = own_config / "catalog" / "shop.json"
    shop_file.parent.mkdir(parents=True)
    shop_file.write_text(json.dumps({"version": "shop-7", **SHOP_BLADE}), encoding="utf-8")
    loosening = own_config / "catalog" / "zz-loose.json"  # left out (M7): never "in force"
    loosening.write_text(json.dumps({"blades": {"saw:kerf_cut_v1": {"max_rpm": 20000}}}), encoding="utf-8")
    settings_path = tmp_path / "settings.json"
    save_settings(Settings(runs_dir=str(tmp_path / "runs"), operator="Dana"), settings_path)
    services = AppServices.load(settings_path=settings_path)
    w = MainWindow(services)
    qtbot.addWidget(w)

    key_id = load_signing_key(own_config / "keys" / "station.key").key_id_hex  # read from the key file itself
    text = w.about_text()
    assert f"Station key: {key_id}" in text
    assert str(own_config / "keys" / "station.pub") in text
    assert f"Shop catalog in force: {shop_file} (SHA-256 {hashlib.sha256(shop_file.read_bytes()).hexdigest()})" in text
    assert "zz-loose.json (SHA" not in text  # the loosening file is not in force
    assert "Shop server" not in text  # no shop configured

    monkeypatch.setenv("RMOS_SHOP_URL", "postgresql://saw:s3cret@shop.local:5432/rmos")
    monkeypatch.setenv("RMOS_STATION", "saw-2")
    text = w.about_text()
    assert "Shop server: postgresql://saw:***@shop.local:5432/rmos · station saw-2 (from the environment)" in text
    assert "s3cret" not in text

    for scale, name in ((100, "about-evidence-1366x768@100"), (150, "about-evidence-1920x1080@150")):
        apply_theme(QApplication.instance(), scale)
        dialog = w.show_about()
        qtbot.waitExposed(dialog)
        assert key_id in dialog.text.text() and "shop.json" in dialog.text.text()
        shot(dialog, name)
        dialog.close()
    apply_theme(QApplication.instance(), 100)


def test_about_says_so_when_there_is_no_usable_station_key(window):
    window.services.recorder.ledger.signer = None
    assert "Station key: none usable" in window.about_text()


# -- the audit dialog ----------------------------------------------------------------------------------------
def open_audit(services, runner, qtbot):
    from rmos_desktop.gui.audit_dialog import AuditDialog

    dialog = AuditDialog(services, tasks=runner, autostart=False)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_evidence_shown, timeout=10000):
        dialog.show()
    return dialog


def press(dialog, qtbot, button):
    with qtbot.waitSignal(dialog.sig_evidence_done, timeout=30000) as blocker:
        button.click()
    with qtbot.waitSignal(dialog.sig_evidence_shown, timeout=10000):
        pass
    return blocker.args[0]


def test_audit_dialog_makes_a_checkpoint_and_cosigns_with_a_key_from_a_stick(
    qtbot, tmp_path, own_config, station_services, runner
):
    from rmos_desktop.gui.audit_dialog import CosignOutcome

    services = station_services
    record(services, "green-veneer-line", "red-kerfcut-overspeed")
    station_pub = load_public_key(own_config / "keys" / "station.pub")
    dialog = open_audit(services, runner, qtbot)
    assert dialog.key_label.text() == station_pub.key_id_hex
    assert str(own_config / "keys" / "station.pub") in dialog.key_label.toolTip()
    assert dialog.checkpoint_label.text() == "none yet"

    # Make checkpoint now: signed by the station key over the whole ledger, and recorded
    head = services.recorder.head()
    result = press(dialog, qtbot, dialog.checkpoint_button)
    assert result.checkpoint.size == head.seq == 2 and result.checkpoint.head_hash == head.hash
    assert services.recorder.head().seq == 3  # the checkpoint's own record is a ledger line
    recorded = recorded_checkpoints(services.runs_dir)
    assert len(recorded) == 1 and verify_checkpoint(recorded[0][1], [station_pub]).ok
    assert station_pub.key_id_hex in dialog.status.text() and "ledger line 2" in dialog.status.text()
    assert str(result.record_path) in dialog.status.toolTip()
    assert dialog.checkpoint_label.text().startswith("size 2 (ledger lines 1–2)")
    assert "not cosigned" in dialog.checkpoint_label.text()

    # a run more: the latest checkpoint no longer covers the head, so cosigning makes one first
    record(services, "kerf-array-side-kerfs")
    stick = tmp_path / "stick"
    stick.mkdir()
    key_file, pub_file = init_key_pair(stick / "supervisor")
    supervisor = load_public_key(pub_file)
    dialog.pick_key_file = lambda: key_file  # the file picker's answer
    outcome = press(dialog, qtbot, dialog.cosign_button)
    assert isinstance(outcome, CosignOutcome), outcome
    assert outcome.made_first is not None and outcome.made_first.checkpoint.size == 4  # 3 records + 1 checkpoint
    assert outcome.key_id == supervisor.key_id_hex
    check = verify_checkpoint(outcome.result.text, [station_pub, supervisor])
    assert check.ok and {k for _, k in check.verified} == {station_pub.key_id_hex, supervisor.key_id_hex}
    assert len(recorded_checkpoints(services.runs_dir)) == 3  # the first, the one made first, the cosigned one
    findings = check_checkpoints(services.runs_dir, [station_pub, supervisor])
    assert findings and all(f.ok for f in findings), [f.problem for f in findings]
    status = dialog.status.text()
    assert "one of line 4 was made first" in status and supervisor.key_id_hex in status
    assert f"rmos-cosigner/{supervisor.key_id_hex}" in dialog.checkpoint_label.text()
    assert dialog.checkpoint_label.text().startswith("size 4 ")
    shot(dialog, "audit-evidence-1366x768@100")
    apply_theme(QApplication.instance(), 150)
    try:
        big = open_audit(services, runner, qtbot)
        big._show("ok", dialog.status.text())
        shot(big, "audit-evidence-1920x1080@150")
        big.close()
    finally:
        apply_theme(QApplication.instance(), 100)

    # cosigning again, no run since (only checkpoint records): the latest checkpoint is cosigned, none is made
    outcome = press(dialog, qtbot, dialog.cosign_button)
    assert outcome.made_first is None and outcome.result.checkpoint.size == 4
    assert len(recorded_checkpoints(services.runs_dir)) == 4


def test_audit_dialog_refuses_the_station_key_and_a_file_that_is_no_key(
    qtbot, tmp_path, own_config, station_services, runner
):
    services = station_services
    record(services, "green-veneer-line")
    dialog = open_audit(services, runner, qtbot)
    dialog.pick_key_file = station_key_path
    exc = press(dialog, qtbot, dialog.cosign_button)
    assert isinstance(exc, Exception)
    text = dialog.status.text()
    assert "Nothing was signed" in text and "this workstation's station key" in text
    assert recorded_checkpoints(services.runs_dir) == []  # nothing made, nothing recorded

    junk = tmp_path / "notes.key"
    junk.write_text("hello", encoding="utf-8")
    dialog.pick_key_file = lambda: junk
    exc = press(dialog, qtbot, dialog.cosign_button)
    assert isinstance(exc, Exception) and "Nothing was signed" in dialog.status.text()
    assert recorded_checkpoints(services.runs_dir) == []
    assert dialog.cosign_button.isEnabled() and dialog.checkpoint_button.isEnabled()

    dialog.pick_key_file = lambda: None  # the picker cancelled: nothing happens
    dialog.cosign_button.click()
    assert not dialog._evidence_busy


def test_audit_dialog_checkpoint_of_an_empty_ledger_is_refused_plainly(qtbot, own_config, station_services, runner):
    dialog = open_audit(station_services, runner, qtbot)
    exc = press(dialog, qtbot, dialog.checkpoint_button)
    assert isinstance(exc, Exception)
    assert "Nothing was signed" in dialog.status.text() and "Traceback" not in dialog.status.text()


# -- the daily checkpoint at start ---------------------------------------------------------------------------
def test_the_daily_checkpoint_is_made_once_at_start(qtbot, own_config, station_services):
    from rmos_desktop.gui.main_window import MainWindow

    services = station_services
    record(services, "green-veneer-line", "red-kerfcut-overspeed")
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    head = services.recorder.head()
    with qtbot.waitSignal(w.sig_daily_checkpoint, timeout=30000) as blocker:
        w.start_daily_checkpoint()
    result = blocker.args[0]
    assert result is not None and (result.checkpoint.size, result.checkpoint.head_hash) == (2, head.hash)
    station_pub = load_public_key(own_config / "keys" / "station.pub")
    recorded = recorded_checkpoints(services.runs_dir)
    assert len(recorded) == 1 and verify_checkpoint(recorded[0][1], [station_pub]).ok
    assert "Daily checkpoint of ledger line 2 signed" in w.statusBar().currentMessage()
    # started again the same day (a second start): nothing new
    with qtbot.waitSignal(w.sig_daily_checkpoint, timeout=30000) as blocker:
        w.start_daily_checkpoint()
    assert blocker.args[0] is None and len(recorded_checkpoints(services.runs_dir)) == 1
    w.tasks.wait_all(10000)


def test_a_failed_daily_checkpoint_shows_in_the_status_bar_not_a_dialog(qtbot, own_config, station_services):
    from rmos_desktop.gui.main_window import MainWindow

    services = station_services
    record(services, "green-veneer-line")
    artifact = next(p for p in services.runs_dir.rglob("*.json") if "records" not in p.parts)
    artifact.chmod(0o644)
    artifact.write_bytes(artifact.read_bytes().replace(b"Dana", b"Eve!") + b" ")  # a record not intact
    w = MainWindow(services)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.sig_daily_checkpoint, timeout=30000) as blocker:
        w.start_daily_checkpoint()
    assert isinstance(blocker.args[0], Exception)
    assert w.statusBar().currentMessage().startswith("Daily checkpoint not made: ")
    assert recorded_checkpoints(services.runs_dir) == []
    assert not [d for d in QApplication.topLevelWidgets() if d.isVisible() and d.isModal()]
    w.tasks.wait_all(10000)


def test_app_start_makes_the_daily_checkpoint_on_the_task_runner(monkeypatch):
    """gui/app.py asks for it right after the window shows (the window itself never blocks on it)."""
    import inspect

    from rmos_desktop.gui import app

    source = inspect.getsource(app.main)
    assert source.index("window.show()") < source.index("window.start_daily_checkpoint()")
