"""Screenshots of the main window in millimetres and in inches (issue 14 item 1), from the real app, offscreen.

    uv run python docs/screenshots_units.py            # writes docs/screenshots/units/*.png
    uv run python docs/screenshots_units.py OUT_DIR    # somewhere else

1366 x 768 (the window maximised: 1366 x 688) in mm and in inches, with a fret-slot job generated (the form,
the risk panel and the preview's positions table), the same job RED (a depth beyond the blade, the range hint
beside the field), and 1920 x 1080 at 150 % in inches. Throwaway runs directory and settings, as screenshots.py.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
for folder in (REPO, REPO / "docs"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import LARGE_SIZE, WINDOW_SIZE, Session, save, settle, wait_until  # noqa: E402

JOB = "fret-slots-648"


def _session(work: Path, units: str, size=WINDOW_SIZE, scale: int = 100) -> Session:
    s = Session(work, size, scale)
    s.window.apply_settings(s.services.settings.model_copy(update={"units": units}))
    settle()
    return s


def _generated(s: Session) -> None:
    w = s.window
    s.open_job(JOB)
    s.generate()
    wait_until(lambda: w.preview.loaded is not None and not w.preview.loading, "the preview to draw the program")
    w.preview.view_tabs.setCurrentIndex(2)  # the positions table: fret distances from the nut
    settle(300)


def shoot(out_dir: Path) -> list[Path]:
    from rmos_desktop.gui.theme import apply_theme

    QApplication.instance() or QApplication(["rmos-desktop-screenshots"])
    out_dir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    for units in ("mm", "in"):
        with tempfile.TemporaryDirectory(prefix=f"rmos-shots-{units}-") as tmp:
            s = _session(Path(tmp), units)
            w = s.window
            s.open_job(JOB)
            w.form.edits["depth_mm"].setText("1/2" if units == "in" else "12.7")  # beyond the blade: RED
            w.evaluate_now()
            shots.append(save(w, out_dir, f"red-form-{units}-1366x768"))
            _generated(s)
            shots.append(save(w, out_dir, f"generated-fret-slots-{units}-1366x768"))
            s.close()
    with tempfile.TemporaryDirectory(prefix="rmos-shots-in-150-") as tmp:
        s = _session(Path(tmp), "in", LARGE_SIZE, 150)
        _generated(s)
        shots.append(save(s.window, out_dir, "generated-fret-slots-in-1920x1080-150"))
        s.close()
        apply_theme(QApplication.instance(), 100)
    return shots


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else Path(__file__).resolve().parent / "screenshots" / "units"
    for path in shoot(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
