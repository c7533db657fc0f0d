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
print("connecting", flush=True)
push(Path(sys.argv[1]), ShopConfig(sys.argv[2], "saw-1", "environment"), batch=1,
     on_batch=lambda n: print(n, flush=True))
print("done", flush=True)
"""


def server_lines(url: str) -> list[tuple[int, str]]:
    with connect(url) as conn:
        return conn.execute("SELECT seq, hash FROM ledger_lines WHERE station = 'saw-1' ORDER BY seq").fetchall()


def test_killed_syncs_never_duplicate_or_skip(shop_url, tmp_path, catalog):
    """Each child pushes one line per transaction and says so; it is killed after a random number of them plus a
    random fraction of a millisecond or two, so kills land between and inside transactions."""
    runs = tmp_path / "saw-1"
    runs.mkdir()
    make_runs(runs, catalog, ["green-veneer-line", "red-kerfcut-overspeed", "kerf-array-side-kerfs"] * 10)
    local = [(line.seq, line.entry["hash"]) for line in read_local_lines(runs)]
    rng = random.Random(1705)
    partial = []
    for _ in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(runs), shop_url], cwd=REPO, stdout=subprocess.PIPE, text=True
        )
        wait_for = rng.randint(1, 4)
        for line in child.stdout:
            if line.strip().isdigit():
                wait_for -= 1
            if wait_for == 0 or line.strip() == "done":
                break
        time.sleep(rng.uniform(0, 0.002))
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        on_server = server_lines(shop_url)
        assert on_server == local[: len(on_server)], "the server's copy is not a prefix of the ledger"
        if 0 < len(on_server) < len(local):
            partial.append(len(on_server))
    result = push(runs, ShopConfig(shop_url, "saw-1", "environment"))
    with connect(shop_url) as conn:
        files = conn.execute("SELECT count(*), count(DISTINCT seq) FROM record_files").fetchone()
        runs_rows = conn.execute("SELECT count(*) FROM runs").fetchone()[0]
    assert len(partial) >= 3, f"too few syncs were cut short: {partial}"
    assert server_lines(shop_url) == local and result.waiting == 0
    assert files == (30, 30) and runs_rows == 30
