"""Pipeline speed: a typical job end to end (durable write included; target p50 < 30 ms), and
generation + hashing of a 1,000,000-line program (target < 3 s, < 500 MB peak), with the ratio to
writing the same number of lines with "\\n".join (the baseline).

    uv run python bench/bench_core.py
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report, timed

from rmos_desktop.core.catalog import load_catalog
from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.core.resources import examples_dir
from rmos_desktop.core.runs.recorder import RunRecorder

# 10,000 kerfs × 25 passes × 4 lines + header ≈ 1,000,000 lines, on a bench-only machine whose travel
# holds a 20 m kerf array.
BIG_JOB = {
    "tool_id": "saw:ultra_thin_140",
    "material": "plywood",
    "rpm": 9000,
    "feed_mm_min": 6000,
    "depth_mm": 25.0,
    "stepdown_mm": 1.0,
    "machine": "bench_big",
    "cut": {"kind": "kerf_array", "x_mm": 20, "y_mm": 20, "length_mm": 150, "pitch_mm": 2, "count": 10000},
}

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from bench_core import big_catalog, BIG_JOB
from rmos_desktop.core.jobs import parse_job
from rmos_desktop.core.pipeline import build_program
from rmos_desktop.core.hashing import sha256_text
from rmos_desktop.core.toolpaths.moves import move_stats
catalog = big_catalog()
req = parse_job(BIG_JOB).request
machine = catalog.machine(req.machine)
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
mode = sys.argv[2]
t0 = time.perf_counter()
if mode == "generate":
    prog = build_program(req, catalog).program
    stats = move_stats(prog.moves, accel_mm_s2=machine.accel_mm_s2, dwell_s=machine.spinup_dwell_s)
    digest = sha256_text(prog.gcode_text)
    lines = prog.line_count
else:
    n = int(sys.argv[3])
    text = "\n".join("G1 X149.727 Y20.000 F6000" for _ in range(n)) + "\n"
    digest = sha256_text(text)
    lines = n
elapsed = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": elapsed, "lines": lines, "peak_rss_mb": rss / 1024, "import_rss_mb": rss0 / 1024}))
"""


def big_catalog():
    catalog = load_catalog(user_dir=False).catalog
    big = catalog.machine("default").model_copy(
        update={
            "id": "bench_big",
            "name": "bench only",
            "travel_y_mm": catalog.machine("default").travel_y_mm.model_copy(update={"max": 30000.0}),
        }
    )
    return catalog.model_copy(update={"machines": {**catalog.machines, "bench_big": big}})


def child(mode: str, *extra: str) -> dict:
    here = str(Path(__file__).resolve().parent)
    proc = subprocess.run([sys.executable, "-c", CHILD, here, mode, *extra], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def main() -> None:
    catalog = load_catalog(user_dir=False).catalog
    job = json.loads((examples_dir() / "kerf-array-side-kerfs.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        recorder = RunRecorder.open(Path(tmp))
        rmos_toolpaths(job, recorder=recorder, catalog=catalog)  # warm up
        samples = timed(lambda: rmos_toolpaths(job, recorder=recorder, catalog=catalog), 200)
    report("pipeline, typical job (kerf array, durable)", samples, target_ms=30.0, q=50)
    print(f"{'':<46} p99 {sorted(samples)[int(0.99 * (len(samples) - 1))] * 1000:.2f} ms")

    gen = child("generate")
    base = child("join", str(gen["lines"]))
    ok_t = "MET" if gen["seconds"] < 3 else "MISSED"
    ok_m = "MET" if gen["peak_rss_mb"] < 500 else "MISSED"
    print(
        f"1M-line program: {gen['lines']:,} lines generated + stats + hashed in {gen['seconds']:.2f} s "
        f"(target < 3 s: {ok_t}); peak RSS {gen['peak_rss_mb']:.0f} MB (after imports {gen['import_rss_mb']:.0f} MB;"
        f" target < 500 MB: {ok_m})"
    )
    print(
        f"baseline '\\n'.join of {base['lines']:,} lines + hash: {base['seconds']:.2f} s, "
        f"peak {base['peak_rss_mb']:.0f} MB"
        f"  → ratio {gen['seconds'] / base['seconds']:.1f}×"
    )


if __name__ == "__main__":
    t = time.perf_counter()
    main()
    print(
        f"(bench took {time.perf_counter() - t:.1f} s; peak RSS of this process "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
    )
