"""The fork server of the kill tests, both ends.

Child end (`serve`): imports everything once, says `ready`, then answers commands on stdin: `go SEED` forks a
child that runs `work(SEED)` until it is killed (it exits 3 only when `work` fails) and answers `pid <pid>`;
`reap PID` waits for that child (so its pid is really gone) and answers `reaped <status>`; any command in
`extra` answers what its function returns; `quit` ends. Forking keeps each kill from paying the interpreter's
start-up.

Test end (`fork_server`, `kill_one`): start `python -m MODULE serve ARGS`, ask it, kill its children.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from rmos_desktop.core.catalog import load_catalog

# not tests.conftest: importing it in the server would point the child at fresh private config folders (another
# station key than the test's)
REPO = Path(__file__).resolve().parents[2]


def serve(work: Callable[[int], None], extra: dict[str, Callable[[str], str]] | None = None) -> int:
    load_catalog(user_dir=False)  # warm every import before the first fork
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "go":
            pid = os.fork()
            if pid == 0:
                try:
                    work(int(arg))
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(3)  # only a failure ends the loop; the kill test sees the exit status
            print(f"pid {pid}", flush=True)
        elif command == "reap":
            _, status = os.waitpid(int(arg), 0)
            print(f"reaped {status}", flush=True)
        elif extra and command in extra:
            print(extra[command](arg), flush=True)
        elif command == "quit":
            return 0
    return 0


@contextlib.contextmanager
def fork_server(module: str, *args) -> Iterator[Callable[[str], str]]:
    """`python -m MODULE serve ARGS`, once it is ready: yields ask(command) -> its answer line; quits it after."""
    server = subprocess.Popen(
        [sys.executable, "-m", module, "serve", *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )

    def ask(command: str) -> str:
        server.stdin.write(command + "\n")
        server.stdin.flush()
        return server.stdout.readline().strip()

    try:
        assert server.stdout.readline().strip() == "ready"
        yield ask
    finally:
        if server.poll() is None:
            server.stdin.write("quit\n")
            server.stdin.close()
            server.wait(10)


def kill_one(ask: Callable[[str], str], seed: int, rng: random.Random, low_s: float, high_s: float) -> None:
    """Start a worker (`go SEED`), SIGKILL it after a random low_s..high_s, reap it; it must have died of the
    kill, not failed by itself."""
    pid = int(ask(f"go {seed}").split()[1])
    time.sleep(rng.uniform(low_s, high_s))
    os.kill(pid, signal.SIGKILL)
    status = int(ask(f"reap {pid}").split()[1])
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "the worker failed by itself"
