"""SIGKILL a sync at random points: the server ends with every line exactly once, in chain, with its files."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

from rmos_desktop.core.shop.config import ShopConfig, connect
from rmos_desktop.core.shop.sync import push, read_local_lines
from tests.conftest import REPO
from tests.shop.test_shop_core import make_runs

CHILD = """
import sys
from pathlib import Path
from rmos_desktop.core.shop.config import ShopConfig
from rmos_desktop.core.shop.sync import push
push(Path(sys.argv[1]), ShopConfig(sys.argv[2], "saw-1", "environment"), batch=1)
"""


def test_killed_syncs_never_duplicate_or_skip(shop_url, tmp_path, catalog):
    runs = tmp_path / "saw-1"
    runs.mkdir()
    make_runs(runs, catalog, ["green-veneer-line", "red-kerfcut-overspeed", "kerf-array-side-kerfs"] * 8)
    rng = random.Random(1705)
    kills = 0
    for _ in range(8):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(runs), shop_url], cwd=REPO)
        time.sleep(rng.uniform(0.3, 1.2))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait(30)
    result = push(runs, ShopConfig(shop_url, "saw-1", "environment"))
    local = [(line.seq, line.entry["hash"]) for line in read_local_lines(runs)]
    with connect(shop_url) as conn:
        server = conn.execute("SELECT seq, hash FROM ledger_lines WHERE station = 'saw-1' ORDER BY seq").fetchall()
        files = conn.execute("SELECT count(*), count(DISTINCT seq) FROM record_files").fetchone()
        runs_rows = conn.execute("SELECT count(*) FROM runs").fetchone()[0]
    assert kills >= 1, "no sync was killed mid-way: make the child slower or the kills earlier"
    assert server == local and result.waiting == 0
    assert files == (24, 24) and runs_rows == 24
