"""GUI speed: cold start to the first shown window (target < 1.5 s), and risk-panel update latency from a
field change to the repainted panel, debounce included (target p99 < 50 ms).

    uv run python bench/bench_gui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import pct

CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from rmos_desktop.gui import app as app_mod
from PySide6.QtWidgets import QApplication
def shown():
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and w.windowTitle().startswith("RMOS Desktop"):
            w.repaint()
            sys.stdout.write("SHOWN\n"); sys.stdout.flush()
            QApplication.instance().quit()
            return
    QTimer.singleShot(1, shown)
QTimer.singleShot(0, shown)
app_mod.main([])
"""


def cold_start(runs: int = 7) -> list[float]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "RMOS_RUNS_DIR": str(Path(tmp) / "runs"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "cfg"),
            "XDG_CACHE_HOME": str(Path(tmp) / "cache"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        for _ in range(runs):
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True, env=env, stderr=subprocess.DEVNULL
            )
            line = proc.stdout.readline()
            elapsed = time.perf_counter() - t0
            proc.wait(30)
            assert line.strip() == "SHOWN", line
            out.append(elapsed)
    return out


def panel_latency(n: int = 300) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from rmos_desktop.core.services import AppServices
    from rmos_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        services = AppServices.load(runs_dir=Path(tmp) / "runs", settings_path=Path(tmp) / "s.json")
        w = MainWindow(services)
        w.resize(1500, 950)
        w.show()
        w.open_job_file(Path(__file__).resolve().parents[1] / "resources/examples/kerf-array-side-kerfs.json")
        samples = []
        done = {"t": None}
        w.sig_evaluated.connect(lambda: done.__setitem__("t", time.perf_counter()))
        edit = w.form.edits["rpm"]
        for i in range(n):
            done["t"] = None
            t0 = time.perf_counter()
            edit.setText(str(8000 + (i % 50) * 37))
            while done["t"] is None:
                app.processEvents()
            w.panel.repaint()
            samples.append(time.perf_counter() - t0)
        w.close()
    return samples


def main() -> None:
    cs = cold_start()
    print(
        f"cold start to first shown window: median {statistics.median(cs) * 1000:.0f} ms, "
        f"max {max(cs) * 1000:.0f} ms over {len(cs)} starts (target < 1500 ms: "
        f"{'MET' if statistics.median(cs) < 1.5 else 'MISSED'})"
    )
    lat = panel_latency()
    p50, p99 = pct(lat, 50) * 1000, pct(lat, 99) * 1000
    print(
        f"panel update after a field change (30 ms debounce + evaluate + repaint): p50 {p50:.1f} ms, "
        f"p99 {p99:.1f} ms over {len(lat)} edits (target p99 < 50 ms: {'MET' if p99 < 50 else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
