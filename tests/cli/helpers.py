"""Run the real `rmos` command in a subprocess, with private config folders."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def rmos(*args, runs_dir: Path | None = None, env: dict | None = None, input_text: str | None = None):
    full_env = {**os.environ, **(env or {})}
    if runs_dir is not None:
        full_env["RMOS_RUNS_DIR"] = str(runs_dir)
    proc = subprocess.run(
        [sys.executable, "-m", "rmos_desktop.cli", *map(str, args)],
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
