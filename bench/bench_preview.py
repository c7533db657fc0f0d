"""G-code preview speed on programs of 10k, 100k and 1M lines: parse time (fast path and the line-by-line
reader), array build time, time from "open file" to the first drawn frame (offscreen), the longest stall of
the GUI thread while loading, and peak memory. Targets for 1M lines: parse + arrays < 2 s, first frame < 3 s,
peak < 1 GB. Also the ratio against the `gcodeparser` package (PyPI) tokenising the same file, when it is
installed in the bench's own environment (never a project dependency):

    uv run --with gcodeparser python bench/bench_preview.py [--sizes 10000,100000,1000000]

Two program families: "ours" is what our post-processor writes (passes repeat each cut's lines), "unique"
is the same shape with every coordinate different (the worst case for the reader's per-line cache).
Each measurement runs in a fresh process, so peak memory is that program's alone.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path

path, family = Path(sys.argv[1]), sys.argv[2]
out = {"family": family}

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rmos_desktop.core.catalog import load_catalog
from rmos_desktop.gui.preview import PreviewWidget
from rmos_desktop.gui.tasks import TaskRunner
from rmos_desktop.gui.theme import apply_theme
apply_theme(app, 100)
machine = load_catalog(user_dir=False).catalog.machine("default")

# 1. the app's path: open the file, parse + arrays on the TaskRunner, show, paint the first frame
widget = PreviewWidget(TaskRunner())
widget.resize(1500, 850)
widget.show()
app.processEvents()
ticks = []
timer = QTimer()
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start(5)
from PySide6.QtCore import QEventLoop
loop = QEventLoop()
widget.sig_loaded.connect(loop.quit)
widget.sig_load_failed.connect(loop.quit)
t0 = time.perf_counter()
widget.open_file(path, machine)
loop.exec()  # an idle event loop, as in the app, until the program is on screen
t_loaded = time.perf_counter()
image = widget.grab()  # paints every visible item: plot curves, legend, text rows
t_frame = time.perf_counter()
timer.stop()
gaps = [b - a for a, b in zip([t0] + ticks, ticks + [t_loaded])]
out["first_frame_s"] = t_frame - t0
out["show_and_paint_s"] = t_frame - t_loaded
out["longest_gui_stall_s"] = max(gaps)
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
data = widget.loaded.data
out["lines"] = data.line_count
out["moves"] = len(data.moves)
out["problems"] = widget.loaded.problem_count
out["drawn"] = {name: [v.drawn, v.total] for name, v in data.views.items()}
out["drawn_label"] = widget.drawn_label.text()
assert not image.isNull()
del widget, data, image

# 2. the parts, timed alone (best of 3)
from rmos_desktop.core.toolpaths.gcode_parser import parse_gcode
from rmos_desktop.core.toolpaths.preview_data import build_preview
from rmos_desktop.gui.preview.loading import travel_of
text = path.read_text(encoding="utf-8")

def best(fn, n=3):
    times, result = [], None
    for _ in range(n):
        t = time.perf_counter(); result = fn(); times.append(time.perf_counter() - t)
    return min(times), result

out["parse_fast_s"], parsed = best(lambda: parse_gcode(text, rapid_mm_min=machine.rapid_mm_min))
out["parse_general_s"], general = best(lambda: parse_gcode(text, rapid_mm_min=machine.rapid_mm_min, fast=False), 1)
assert general.moves.same_moves(parsed.moves, tol=0)
del general
out["arrays_s"], _ = best(lambda: build_preview(text, parsed.moves, travel=travel_of(machine),
                                               accel_mm_s2=machine.accel_mm_s2))
try:
    from gcodeparser import parse_gcode_lines
except ImportError:
    out["gcodeparser_s"] = None
else:
    out["gcodeparser_s"], _ = best(lambda: sum(1 for _ in parse_gcode_lines(text)), 1)
print(json.dumps(out))
"""


def our_program(lines: int) -> str:
    """What the post-processor writes for a kerf array of about `lines` lines (4 lines per cut pass)."""
    from rmos_desktop.core.catalog import load_catalog
    from rmos_desktop.core.jobs import parse_job
    from rmos_desktop.core.pipeline import build_program

    catalog = load_catalog(user_dir=False).catalog
    passes = max(1, min(25, -(-lines // 40_000)))
    count = max(1, min(10_000, lines // (4 * passes)))
    raw = {
        "tool_id": "saw:ultra_thin_140",
        "material": "plywood",
        "rpm": 9000,
        "feed_mm_min": 6000,
        "depth_mm": float(passes),
        "stepdown_mm": 1.0,
        "cut": {"kind": "kerf_array", "x_mm": 20, "y_mm": 20, "length_mm": 150, "pitch_mm": 0.05, "count": count},
    }
    return build_program(parse_job(raw).request, catalog).program.gcode_text


def unique_program(lines: int) -> str:
    """Our line shapes, every coordinate different (a contour-like program), no repeated lines."""
    import numpy as np

    rng = np.random.default_rng(1)
    out = ["G21 G90 G17 G94", "G0 Z5.000", "S9000 M3"]
    n = lines // 4
    xs = rng.uniform(10, 1100, n)
    ys = rng.uniform(10, 550, n)
    zs = -rng.uniform(0.1, 3, n)
    for x, y, z in zip(xs.tolist(), ys.tolist(), zs.tolist(), strict=True):
        out += [f"G0 X{x:.3f} Y{y:.3f}", f"G1 Z{z:.3f} F600", f"G1 X{x + 30:.3f} Y{y + 7:.3f} F6000", "G0 Z5.000"]
    out += ["M5", "M30"]
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--families", default="ours,unique")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            for family in args.families.split(","):
                text = our_program(size) if family == "ours" else unique_program(size)
                path = Path(tmp) / f"{family}-{size}.nc"
                path.write_text(text, encoding="ascii")
                del text
                proc = subprocess.run(
                    [sys.executable, "-c", CHILD, str(path), family],
                    capture_output=True,
                    text=True,
                    cwd=ROOT,
                    env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                    check=False,
                )
                if proc.returncode:
                    print(proc.stderr, file=sys.stderr)
                    raise SystemExit(f"{family} {size}: child failed")
                row = json.loads(proc.stdout.strip().splitlines()[-1])
                row["mb"] = path.stat().st_size / 1e6
                rows.append(row)
                report(row)


def report(r: dict) -> None:
    parse_arrays = r["parse_fast_s"] + r["arrays_s"]
    ratio = f"{r['gcodeparser_s'] / r['parse_fast_s']:.1f}×" if r["gcodeparser_s"] else "n/a (not installed)"
    gp = f"{r['gcodeparser_s']:.2f} s" if r["gcodeparser_s"] else "-"
    print(
        f"{r['family']:>6} {r['lines']:>9,} lines ({r['mb']:.1f} MB, {r['moves']:,} moves, {r['problems']} problems)\n"
        f"    parse {r['parse_fast_s']:.3f} s (line reader alone {r['parse_general_s']:.3f} s) + arrays "
        f"{r['arrays_s']:.3f} s = {parse_arrays:.3f} s\n"
        f"    first frame {r['first_frame_s']:.3f} s (of which painting {r['show_and_paint_s']:.3f} s), "
        f"longest GUI stall while loading {1000 * r['longest_gui_stall_s']:.0f} ms, "
        f"peak RSS {r['peak_rss_mb']:.0f} MB\n"
        f"    gcodeparser {gp}: ours is {ratio} faster · {r['drawn_label']}",
        flush=True,
    )


if __name__ == "__main__":
    main()
