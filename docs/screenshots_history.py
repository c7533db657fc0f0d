"""Screenshots of the run history and the supervisor's dialogs at shop screen sizes, offscreen, so a person can
judge them: 1366×768 at 100 % and 1920×1080 at 150 % (the UI scale the app applies: font and stylesheet).

    uv run python docs/screenshots_history.py            # writes docs/screenshots/history/*.png
    uv run python docs/screenshots_history.py OUT_DIR    # somewhere else

Each window is shown at the size it opens at on that screen (no larger than the screen's free area, less a
40 px taskbar); the history window is shown maximised (the free area less a title bar). Everything runs against
a throwaway runs directory and settings file. A shot that cannot be taken fails loudly.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # `python docs/screenshots_history.py` from a checkout
    sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths  # noqa: E402
from rmos_desktop.core.resources import resources_dir  # noqa: E402
from rmos_desktop.core.services import AppServices  # noqa: E402
from rmos_desktop.core.settings import Settings, save_settings  # noqa: E402

SCREENS = ((1366, 768, 100), (1920, 1080, 150))
TASKBAR, TITLE = 40, 32
LONG_JOB = "Side kerfs for the OM-28 reissue, Indian rosewood back and sides"


def wait_until(predicate: Callable[[], bool], what: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"screenshot: gave up waiting for {what}")
        QTest.qWait(20)


def save(widget: QWidget, out_dir: Path, name: str) -> Path:
    widget.show()
    QTest.qWait(200)
    path = out_dir / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"screenshot: could not write {path}")
    return path


def record_runs(services: AppServices) -> dict[str, str]:
    """A morning at the saw: OK runs and BLOCKED attempts of long-named jobs, one reviewed."""
    examples = resources_dir() / "examples"

    def run(raw: dict, operator: str = "Dana") -> str:
        try:
            out = rmos_toolpaths(raw, recorder=services.recorder, catalog=services.catalog, operator=operator)
            return out["_run_id"]
        except PipelineOutcome as outcome:
            return outcome.detail["run_id"]

    import json

    green = json.loads((examples / "green-veneer-line.json").read_text(encoding="utf-8"))
    green = {**green, "job_name": LONG_JOB, "order_ref": "2231"}
    ids = {"ok": run(green)}
    ids["blocked"] = run({**green, "rpm": 20000}, operator="Lee")
    ids["ok2"] = run({**green, "rpm": 7000})
    ids["blocked2"] = run({**green, "feed_mm_min": 60000, "job_name": "Bridge slots"}, operator="Lee")
    services.recorder.record_review(
        ids["blocked2"], reviewer="Sam (supervisor)", disposition="false_positive", note="Feed typo, re-run at 6000"
    )
    return ids


def shoot_screen(services: AppServices, ids: dict[str, str], out_dir: Path, screen: tuple[int, int, int]):
    from rmos_desktop.gui import fit
    from rmos_desktop.gui.archive_dialog import ArchiveDialog
    from rmos_desktop.gui.audit_dialog import AuditDialog
    from rmos_desktop.gui.history import HistoryWindow
    from rmos_desktop.gui.settings_dialog import SettingsDialog
    from rmos_desktop.gui.tasks import TaskRunner
    from rmos_desktop.gui.theme import apply_theme
    from rmos_desktop.gui.verify_dialog import VerifyDialog, verify_with_services

    width, height, scale = screen
    tag = f"{width}x{height}" if scale == 100 else f"{width}x{height}-{scale}pc"
    apply_theme(QApplication.instance(), scale)
    fit.available_size = lambda _w: QSize(width, height - TASKBAR)  # the target screen, not offscreen's
    tasks = TaskRunner()
    shots = []

    history = HistoryWindow(services, tasks)
    history.resize(width, height - TASKBAR - round(TITLE * scale / 100))  # maximised
    history.show()
    wait_until(lambda: history.model.rowCount() >= 4 and not history._reconciling, "the history to list the runs")
    history.select_run(ids["blocked"])
    shots.append(save(history, out_dir, f"history-{tag}"))

    compare = history.compare_with(ids["ok"])
    shots.append(save(compare, out_dir, f"compare-{tag}"))
    compare.close()
    review = history.start_review()
    shots.append(save(review, out_dir, f"review-{tag}"))
    review.reject()

    audit = AuditDialog(services, tasks)
    audit.show()
    wait_until(lambda: audit.report is not None, "the audit to finish")
    shots.append(save(audit, out_dir, f"audit-{tag}"))
    audit.close()

    archive = ArchiveDialog(services, tasks=tasks)
    archive.dest.setText("/media/supervisor/ARCHIVE/rmos")
    shots.append(save(archive, out_dir, f"archive-{tag}"))
    archive.close()

    gcode = out_dir.parent / "_verify-sample.nc"
    index = services.index
    gcode.write_text(index.read_artifact(index.get(ids["ok"]))[0].outputs.gcode_text or "", encoding="utf-8")
    try:
        verify = VerifyDialog(verify_with_services(services, gcode))
        shots.append(save(verify, out_dir, f"verify-{tag}"))
        verify.close()
    finally:
        gcode.unlink(missing_ok=True)

    settings = SettingsDialog(services.settings, services.catalog, services.runs)
    shots.append(save(settings, out_dir, f"settings-{tag}"))
    settings.close()
    history.close()
    tasks.wait_all(30000)
    return shots


def shoot(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication(["rmos-desktop-screenshots"])
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="rmos-history-shots-") as tmp:
        work = Path(tmp)
        settings_path = work / "config" / "settings.json"
        save_settings(Settings(runs_dir=str(work / "runs"), operator="Dana"), settings_path)
        services = AppServices.load(settings_path=settings_path)
        ids = record_runs(services)
        from rmos_desktop.gui import fit

        real_screen = fit.available_size
        try:
            for screen in SCREENS:
                shots += shoot_screen(services, ids, out_dir, screen)
        finally:
            fit.available_size = real_screen
    return shots


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else Path(__file__).resolve().parent / "screenshots" / "history"
    for path in shoot(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
