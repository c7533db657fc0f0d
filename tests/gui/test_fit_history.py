"""The run history and the secondary dialogs fit the shop's screens: 1366×768 and 1280×1024 at 100 %,
1920×1080 at 150 %, 2560×1440 at 200 %, with realistic content (long job names, 32-hex run ids, many reviews,
long paths and hashes in the banners).

How the scale is applied: exactly as the app does it, `apply_theme(app, scale)` (the application font and the
stylesheet at 12 pt × scale), before the windows are built. The screen is the target's full size in device
pixels; its free area keeps a 40 px taskbar, and a window's client area a title bar of 32 px × scale and a
4 px frame each side. Offscreen has no real screen of that size, so `fit.available_size` (what the windows
ask when they open) is pointed at the target's free area, and minimumSizeHint is compared against it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths
from rmos_desktop.core.provenance import RunMatch, VerifyReport
from rmos_desktop.gui import fit
from rmos_desktop.gui.archive_dialog import ArchiveDialog
from rmos_desktop.gui.audit_dialog import AuditDialog
from rmos_desktop.gui.history import HistoryWindow
from rmos_desktop.gui.settings_dialog import SettingsDialog
from rmos_desktop.gui.tasks import TaskRunner
from rmos_desktop.gui.theme import apply_theme
from rmos_desktop.gui.verify_dialog import VerifyDialog, verify_with_services
from tests.conftest import load_example

TASKBAR = 40
TITLE = 32
FRAME = 4
LONG_JOB = "Side kerfs for the OM-28 reissue, Indian rosewood back and sides, batch of twelve (second try)"
LONG_ORDER = "ORD-2026-000231-REWORK-B"
LONG_PATH = "/media/dana/KINGSTON-64GB/shop/orders/2026/december/ORD-2026-000231-REWORK-B/programs/side-kerfs.nc"
HASH = "7be104ef" * 8


@dataclass(frozen=True)
class Screen:
    width: int
    height: int
    scale: int

    @property
    def free(self) -> QSize:
        """The desktop's free area (the taskbar taken)."""
        return QSize(self.width, self.height - TASKBAR)

    @property
    def client(self) -> QSize:
        """The most a window's contents get: the free area less the title bar and frame."""
        return QSize(self.width - 2 * FRAME, self.height - TASKBAR - round(TITLE * self.scale / 100) - FRAME)

    def __str__(self) -> str:
        return f"{self.width}x{self.height}@{self.scale}%"


SCREENS = [Screen(1366, 768, 100), Screen(1280, 1024, 100), Screen(1920, 1080, 150), Screen(2560, 1440, 200)]


def run(services, catalog, raw: dict, operator: str = "Dana") -> str:
    try:
        return rmos_toolpaths(raw, recorder=services.recorder, catalog=catalog, operator=operator)["_run_id"]
    except PipelineOutcome as outcome:
        return outcome.detail["run_id"]


@pytest.fixture
def shop(services, catalog):
    """Long job names and orders, an OK and a BLOCKED attempt of the same job, and a dozen reviews."""
    green = {**load_example("green-veneer-line"), "job_name": LONG_JOB, "order_ref": LONG_ORDER}
    ids = {
        "ok": run(services, catalog, green),
        "blocked": run(services, catalog, {**green, "rpm": 20000}, operator="Dana Kowalczyk-Fernández"),
    }
    for i in range(12):
        services.recorder.record_review(
            ids["blocked"],
            reviewer=f"Sam Okonkwo-Lindqvist (supervisor, shift {i})",
            disposition="policy_change_needed",
            note="The blade's rpm limit for this thin veneer blade is conservative; " * 3,
        )
    return ids


@pytest.fixture(params=SCREENS, ids=str)
def screen(request, qapp, monkeypatch):
    s: Screen = request.param
    apply_theme(qapp, s.scale)
    monkeypatch.setattr(fit, "available_size", lambda _w: s.free)
    yield s
    apply_theme(qapp, 100)


def needed(widget: QWidget) -> QSize:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def assert_fits(widget: QWidget, screen: Screen, name: str) -> None:
    need, room = needed(widget), screen.client
    assert need.width() <= room.width() and need.height() <= room.height(), (
        f"{name} needs {need.width()}x{need.height()} but {screen} leaves {room.width()}x{room.height()}"
    )
    opened = widget.size()  # as it opened (fit_to_screen), before anyone resized it
    assert opened.width() <= screen.free.width() and opened.height() <= screen.free.height(), (
        f"{name} opened at {opened.width()}x{opened.height()} on {screen}"
    )


def touch_controls(widget: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)
    found = [w for w in widget.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(widget)]
    # the line edit inside a combo box or a spin box is part of that control
    return [w for w in found if not isinstance(w.parent(), QComboBox | QAbstractSpinBox)]


def assert_usable(widget: QWidget, screen: Screen, name: str) -> None:
    """At the screen's client size: every control inside the window, unclipped, and tall enough to touch."""
    room = screen.client
    widget.resize(room)
    widget.show()
    QApplication.processEvents()
    inside = QRect(QPoint(0, 0), widget.size())
    touch = round(34 * screen.scale / 100)
    for control in touch_controls(widget):
        if not control.isVisible() or control.window() is not widget:
            continue
        geo = QRect(control.mapTo(widget, QPoint(0, 0)), control.size())
        label = f"{name}: {type(control).__name__} {control.objectName() or getattr(control, 'text', lambda: '')()!r}"
        assert inside.contains(geo), f"{label} at {geo} is outside the window {inside} on {screen}"
        if isinstance(control, QAbstractButton) and control.parent() is not None:
            assert control.width() >= control.minimumSizeHint().width(), f"{label} is cut short on {screen}"
        assert control.height() >= touch, f"{label} is {control.height()} px tall on {screen} (< {touch})"


def history(qtbot, services, shop) -> HistoryWindow:
    w = HistoryWindow(services, TaskRunner())
    w.tasks.setParent(w)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.model.rowCount() == 2 and not w._reconciling, timeout=10000)
    assert w.select_run(shop["blocked"])
    return w


def test_history_window_fits(qtbot, services, shop, screen):
    w = history(qtbot, services, shop)
    w.banner.setText(f"Report written to {LONG_PATH}.pdf — SHA-256 {HASH}")  # the longest banner it shows
    w.banner.show()
    assert_fits(w, screen, "Run history")
    assert_usable(w, screen, "Run history")
    for button in w.actions_bar.buttons:
        assert button.isVisible()
    w.tasks.wait_all(5000)


def test_review_and_compare_dialogs_fit(qtbot, services, shop, screen):
    w = history(qtbot, services, shop)
    review = w.start_review()
    assert review is not None
    assert_fits(review, screen, "Review")
    assert_usable(review, screen, "Review")
    review.reject()
    compare = w.compare_with(shop["ok"])
    assert compare is not None and compare.table.rowCount() > 3
    assert_fits(compare, screen, "Compare")
    assert_usable(compare, screen, "Compare")
    # the two run columns are wide enough for their headers ("A: BLOCKED 3b97…48bd")
    header = compare.table.horizontalHeader()
    fm = header.fontMetrics()
    for col in (2, 3):
        text = compare.table.horizontalHeaderItem(col).text()
        assert header.sectionSize(col) >= fm.horizontalAdvance(text), f"header {text!r} cut on {screen}"
    compare.close()
    w.tasks.wait_all(5000)


def test_supervisor_dialogs_fit(qtbot, services, shop, screen, tmp_path):
    tasks = TaskRunner()
    audit = AuditDialog(services, tasks, autostart=False)
    qtbot.addWidget(audit)
    stray = services.runs_dir / next(services.runs_dir.glob("20*")).name / ("ab" * 16 + ".json")
    stray.write_text("{}", encoding="utf-8")  # a planted file: the problem list and the details show
    with qtbot.waitSignal(audit.sig_finished, timeout=15000):
        audit.start()
    assert not audit.problems.isHidden()
    assert_fits(audit, screen, "Audit")
    assert_usable(audit, screen, "Audit")

    archive = ArchiveDialog(services, tasks=tasks)
    qtbot.addWidget(archive)
    archive.dest.setText(LONG_PATH)
    archive._show("ok", f"Archived 120 run(s) from 31 day(s) into {LONG_PATH}.zip\nSHA-256 {HASH}")
    assert_fits(archive, screen, "Archive")
    assert_usable(archive, screen, "Archive")

    gcode = tmp_path / ("very-long-folder-name-" * 3) / "side-kerfs-OM-28-reissue-ORD-2026-000231.nc"
    gcode.parent.mkdir(parents=True)
    gcode.write_bytes(b"G21\nG90\nM2\n")  # no run made it: the long "no match" verdict
    verify = VerifyDialog(verify_with_services(services, gcode))
    qtbot.addWidget(verify)
    assert_fits(verify, screen, "Verify")
    assert_usable(verify, screen, "Verify")

    settings = SettingsDialog(services.settings, services.catalog, services.runs)
    qtbot.addWidget(settings)
    assert_fits(settings, screen, "Settings")
    assert_usable(settings, screen, "Settings")
    tasks.wait_all(5000)


def test_no_window_resizes_itself_when_a_banner_grows(qtbot, services, shop):
    w = history(qtbot, services, shop)
    room = SCREENS[0].client
    w.resize(room)
    w.show()
    QApplication.processEvents()
    before = w.size()
    w.banner.setText(("The report could not be written: " + LONG_PATH + " " + HASH + " ") * 4)
    w.banner.show()
    QApplication.processEvents()
    assert w.size() == before
    compare = w.compare_with(shop["ok"])
    compare.resize(900, 600)
    QApplication.processEvents()
    before = compare.size()
    compare.status.setText("Cannot read the run: " + LONG_PATH * 3)
    QApplication.processEvents()
    assert compare.size() == before
    compare.close()
    w.tasks.wait_all(5000)


# -- local time ------------------------------------------------------------------------------------------------
@pytest.fixture
def six_hours_west(monkeypatch):
    """A workstation clock six hours behind UTC, so local and UTC differ in every assertion."""
    monkeypatch.setenv("TZ", "XST6")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_verify_shows_local_time_to_the_second_with_utc_beside(qtbot, six_hours_west):
    match = RunMatch(
        run_id="3b97" + "0" * 24 + "48bd",
        status="OK",
        risk_level="GREEN",
        created_at_utc="2026-03-02T09:00:05.123456Z",
        tool_id="saw:veneer_160",
        job_name=LONG_JOB,
        block_reason=None,
        artifact_path="2026-03-02/x.json",
        exports=[{"created_at_utc": "2026-03-02T10:30:00.5Z", "destination": "/media/usb", "verified": True}],
    )
    report = VerifyReport(path=LONG_PATH, sha256=HASH, size=12, matches=[match], verdict="MATCH", ok=True)
    dialog = VerifyDialog(report)
    qtbot.addWidget(dialog)
    text = dialog.details.toPlainText()
    assert "Mon 2026-03-02 03:00:05 (UTC 2026-03-02 09:00:05)" in text  # 09:00 UTC is 03:00 six hours west
    assert "exported Mon 2026-03-02 04:30:00 (UTC 2026-03-02 10:30:00)" in text
    assert ".123456" not in text and "T09:00" not in text


def test_history_and_compare_show_local_time(qtbot, services, catalog, six_hours_west):
    from rmos_desktop.gui.history.model import COL_TIME
    from tests.core.test_index import add_runs

    created = [datetime(2026, 3, 2, 9, 0, 5, tzinfo=UTC), datetime(2026, 3, 2, 23, 59, 59, 250000, tzinfo=UTC)]
    a, b = add_runs(services.recorder, [{"created": t, "job_name": "same job"} for t in created])
    w = HistoryWindow(services, TaskRunner())
    w.tasks.setParent(w)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.model.rowCount() == 2 and not w._reconciling, timeout=10000)
    shown = [w.model.data(w.model.index(r, COL_TIME)) for r in range(2)]
    assert shown == ["Mon 2026-03-02 17:59:59", "Mon 2026-03-02 03:00:05"]  # newest first, local
    tip = w.model.data(w.model.index(1, COL_TIME), Qt.ItemDataRole.ToolTipRole)
    assert tip == "2026-03-02 09:00:05 UTC"
    assert w.select_run(a.run_id)
    compare = w.compare_with(b.run_id)
    (created_row,) = [r for r in range(compare.table.rowCount()) if compare.table.item(r, 1).text().endswith("created")]
    assert compare.table.item(created_row, 2).text() == "Mon 2026-03-02 03:00:05"
    assert compare.table.item(created_row, 3).text() == "Mon 2026-03-02 17:59:59"
    assert "2026-03-02 23:59:59 UTC" in compare.table.item(created_row, 3).toolTip()
    assert "03:00:05" in compare.run_a.text()
    compare.close()
    w.tasks.wait_all(5000)


def test_timefmt_reads_what_the_records_hold(six_hours_west):
    from rmos_desktop.gui.timefmt import local_text, time_tooltip, utc_text

    assert local_text("2026-12-01T14:02:33Z") == "Tue 2026-12-01 08:02:33"
    assert local_text(datetime(2026, 12, 1, 14, 2, 33, 999999, tzinfo=UTC)) == "Tue 2026-12-01 08:02:33"
    assert utc_text("2026-12-01T14:02:33+00:00") == "2026-12-01 14:02:33 UTC"
    assert time_tooltip("2026-12-01T14:02:33.5Z") == "2026-12-01 14:02:33 UTC\n2026-12-01T14:02:33.500000Z"
    assert local_text(None) == "—" and local_text("not a time") == "not a time" and utc_text("x") == ""


@pytest.mark.slow
def test_the_history_screenshot_script_takes_every_shot(qapp, tmp_path):
    """docs/screenshots_history.py runs end to end (so it does not rot) and writes non-blank pictures."""
    import importlib.util

    from PySide6.QtGui import QImage

    spec = importlib.util.spec_from_file_location("screenshots_history", Path("docs/screenshots_history.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        shots = module.shoot(tmp_path / "shots")
    finally:
        apply_theme(qapp, 100)
    names = {p.name for p in shots}
    assert {"history-1366x768.png", "history-1920x1080-150pc.png", "compare-1920x1080-150pc.png"} <= names
    assert len(shots) == 14
    image = QImage(str(tmp_path / "shots" / "history-1920x1080-150pc.png"))
    assert (image.width(), image.height()) == (1920, 1080 - TASKBAR - 48)


@pytest.mark.parametrize("key", ["Esc", "Ctrl+W"])
@pytest.mark.parametrize("which", ["audit", "archive", "verify", "settings"])
def test_esc_and_ctrl_w_close_the_supervisor_dialogs(qtbot, services, tmp_path, which, key):
    from PySide6.QtGui import QKeySequence

    tasks = TaskRunner()
    gcode = tmp_path / "prog.nc"
    gcode.write_bytes(b"G21\nM2\n")
    dialog = {
        "audit": lambda: AuditDialog(services, tasks, autostart=False),
        "archive": lambda: ArchiveDialog(services, tasks=tasks),
        "verify": lambda: VerifyDialog(verify_with_services(services, gcode)),
        "settings": lambda: SettingsDialog(services.settings, services.catalog, services.runs),
    }[which]()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    focus = dialog.focusWidget() or dialog
    combo = QKeySequence(key)[0]
    qtbot.keyClick(focus, combo.key(), combo.keyboardModifiers())
    assert not dialog.isVisible(), f"{key} left the {which} dialog open (focus on {type(focus).__name__})"
    tasks.wait_all(5000)


# -- a real X server -------------------------------------------------------------------------------------------
CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
app = QApplication(["rmos-fit"])
from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths
from rmos_desktop.core.resources import resources_dir
from rmos_desktop.core.services import AppServices
from rmos_desktop.core.settings import Settings, save_settings
from rmos_desktop.gui.history import HistoryWindow
from rmos_desktop.gui.tasks import TaskRunner
from rmos_desktop.gui.theme import apply_theme

work, scale = Path(sys.argv[1]), int(sys.argv[2])
apply_theme(app, scale)
save_settings(Settings(runs_dir=str(work / "runs"), operator="Dana"), work / "settings.json")
services = AppServices.load(settings_path=work / "settings.json")
green = json.loads((resources_dir() / "examples" / "green-veneer-line.json").read_text())
green.update(job_name=sys.argv[3], order_ref="ORD-2026-000231-REWORK-B")
for raw in (green, {**green, "rpm": 20000}):
    try:
        rmos_toolpaths(raw, recorder=services.recorder, catalog=services.catalog, operator="Dana")
    except PipelineOutcome:
        pass
w = HistoryWindow(services, TaskRunner())
w.show()
deadline = time.monotonic() + 20
while (w.model.rowCount() < 2 or w._reconciling) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
w.select_run(w.model.row_at(0).run_id)
compare = w.compare_with(w.model.row_at(1).run_id)
for _ in range(20):
    app.processEvents()
    time.sleep(0.01)

def rect(r):
    return [r.x(), r.y(), r.width(), r.height()]

out = {"screen": rect(w.screen().availableGeometry()), "history": rect(w.frameGeometry()),
       "compare": rect(compare.frameGeometry()), "buttons": {}}
for b in w.actions_bar.buttons:
    out["buttons"][b.objectName()] = rect(QRect(b.mapToGlobal(QPoint(0, 0)), b.size()))
print(json.dumps(out))
w.tasks.wait_all(10000)
"""


def start_xvfb(width: int, height: int):
    import os
    import subprocess

    from tests.tools import need_tool

    need_tool("Xvfb", "xvfb")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    return server, f":{number}"


@pytest.mark.slow
@pytest.mark.parametrize("screen", [SCREENS[0], SCREENS[2]], ids=str)
def test_history_and_compare_open_inside_a_real_screen(tmp_path, screen):
    """Under Xvfb at the shop screen's size (xcb, so the windows ask the real screen where they may open):
    the history and Compare open inside it and every action of the bar is on it."""
    import json
    import subprocess
    import sys

    from tests.gui.test_app_startup import private_env

    server, display = start_xvfb(screen.width, screen.height)
    try:
        env = private_env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=display, RMOS_CACHE_DIR=str(tmp_path / "cache"))
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, str(tmp_path), str(screen.scale), LONG_JOB],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        server.terminate()
        server.wait(10)
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    sx, sy, sw, sh = got["screen"]
    assert (sw, sh) == (screen.width, screen.height)  # no window manager, no taskbar: the whole screen

    def on_screen(r) -> bool:
        x, y, w, h = r
        return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh

    assert on_screen(got["history"]), f"history at {got['history']} on {screen}"
    assert on_screen(got["compare"]), f"compare at {got['compare']} on {screen}"
    assert len(got["buttons"]) == 6
    for name, r in got["buttons"].items():
        assert on_screen(r), f"{name} at {r} is off the {screen} screen"


def test_compare_tells_two_attempts_in_one_second_apart(qtbot, services, six_hours_west):
    from tests.core.test_index import add_runs

    created = [datetime(2026, 3, 2, 9, 0, 5, 120000, tzinfo=UTC), datetime(2026, 3, 2, 9, 0, 5, 870000, tzinfo=UTC)]
    a, b = add_runs(services.recorder, [{"created": t, "job_name": "same job"} for t in created])
    w = HistoryWindow(services, TaskRunner())
    w.tasks.setParent(w)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.model.rowCount() == 2 and not w._reconciling, timeout=10000)
    assert w.select_run(a.run_id)
    compare = w.compare_with(b.run_id)
    (row,) = [r for r in range(compare.table.rowCount()) if compare.table.item(r, 1).text() == "≠ created"]
    assert compare.table.item(row, 2).text() == "Mon 2026-03-02 03:00:05.120"
    assert compare.table.item(row, 3).text() == "Mon 2026-03-02 03:00:05.870"
    compare.close()
    w.tasks.wait_all(5000)
