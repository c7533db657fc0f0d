"""Run the real `rmos` command in a subprocess, with private config folders."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def rmos(
    *args,
    runs_dir: Path | None = None,
    env: dict | None = None,
    input_text: str | None = None,
    entry: tuple[str, ...] = ("-m", "rmos_desktop.cli"),
):
    """`rmos ARGS` (or `python ENTRY ARGS`: a script that wraps the CLI) as a finished process."""
    full_env = {**os.environ, **(env or {})}
    if runs_dir is not None:
        full_env["RMOS_RUNS_DIR"] = str(runs_dir)
    proc = subprocess.run(
        [sys.executable, *entry, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=full_env,
        input=input_text,
        timeout=120,
        check=False,
    )
    return proc


def rmos_json(*args, **kw):
    proc = rmos(*args, "--json", **kw)
    return proc.returncode, (json.loads(proc.stdout) if proc.stdout.strip() else None), proc.stderr


EXAMPLES = REPO / "resources" / "examples"


def generate_three_runs(base: Path) -> tuple[Path, dict, dict[str, str]]:
    """Two OK runs and one BLOCKED run written by `rmos generate` into base/runs, with a private index cache
    (base/cache): (runs folder, the env to pass, run ids by name: ok1, blocked, ok2)."""
    runs = base / "runs"
    env = {"RMOS_CACHE_DIR": str(base / "cache")}
    green = EXAMPLES / "green-veneer-line.json"
    red = json.loads(green.read_text())
    red.update(rpm=20000, order_ref="2231")
    red_path = base / "red.json"
    red_path.write_text(json.dumps(red))
    ids = {}
    for name, job, code in (("ok1", green, 0), ("blocked", red_path, 3), ("ok2", green, 0)):
        rc, out, err = rmos_json("generate", job, runs_dir=runs, env=env)
        assert rc == code, err
        ids[name] = out.get("_run_id") or out.get("run_id")
    return runs, env, ids


def render_page(pdf: Path, index: int = 0, dpi: int = 50):
    """One page of a PDF as an RGB numpy array (pypdfium2 from PyPI: no poppler needed)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        bitmap = doc[index].render(scale=dpi / 72, rev_byteorder=True)  # RGB(x), not pdfium's native BGR(x)
        return bitmap.to_numpy()[:, :, :3].copy()
    finally:
        doc.close()


def has_colour(pixels, rgb: tuple[int, int, int], *, tolerance: int = 12, at_least: int = 20) -> bool:
    """Whether at least `at_least` pixels are within `tolerance` of `rgb` in every channel."""
    import numpy as np

    close = np.all(np.abs(pixels.astype(int) - np.array(rgb)) <= tolerance, axis=2)
    return int(close.sum()) >= at_least
