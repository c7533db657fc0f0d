"""A writer process for the fault tests: generates runs (and now and then a review) on one runs directory
and reports each run on its report stream only after rmos_toolpaths returned.

    python -m tests.faults.writer_child count RUNS_DIR N     # wait for "go" on stdin, write N runs, exit
    python -m tests.faults.writer_child serve RUNS_DIR REPORT  # fork server for the kill test (see below)

`serve` imports everything once, then answers commands on stdin: `go SEED` forks a child that writes
runs forever (appending `OK <run_id> <rel path>` lines to REPORT) and answers `pid <pid>`; `reap PID`
waits for that child (so its pid is really gone) and answers `reaped`; `quit` ends the server. Forking
keeps each of the kill test's 50 writers from paying the interpreter's start-up.
"""

from __future__ import annotations

import json
import os
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

from rmos_desktop.core.catalog import load_catalog
from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths
from rmos_desktop.core.resources import examples_dir
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import ReviewRecord
from tests.faults import forkserver


def load_example(name: str) -> dict:
    return json.loads((examples_dir() / f"{name}.json").read_text(encoding="utf-8"))


GREEN = load_example("green-veneer-line")
RED = load_example("red-kerfcut-overspeed")
KERFS = load_example("kerf-array-side-kerfs")
BIG = {
    **KERFS,
    "cut": {**KERFS["cut"], "count": 110, "pitch_mm": 5, "length_mm": 150},
    "depth_mm": 3.0,
    "stepdown_mm": 0.1,
}  # G-code over 200,000 characters: stored in a .nc sidecar
INVALID = {"tool_id": "saw:veneer_160", "rpm": "fast"}


def pick_job(rng: random.Random) -> dict:
    roll = rng.random()
    if roll < 0.5:
        return GREEN
    if roll < 0.7:
        return RED
    if roll < 0.8:
        return INVALID
    if roll < 0.9:
        return KERFS
    return BIG


def generate(recorder: RunRecorder, catalog, job: dict) -> tuple[str, str, str]:
    """(status, run id, artifact path) of one attempt; StorageError propagates (it must not happen here)."""
    try:
        out = rmos_toolpaths(job, recorder=recorder, catalog=catalog, operator="writer")
    except PipelineOutcome as outcome:
        detail = outcome.detail
        if detail["error"] == "STORAGE_ERROR":
            raise
        return detail["error"], detail["run_id"], detail["run_artifact_path"]
    return "OK", out["_run_id"], out["_run_artifact_path"]


def write_forever(runs_dir: Path, report: Path, seed: int) -> None:
    rng = random.Random(seed)
    catalog = load_catalog(user_dir=False).catalog
    recorder = RunRecorder.open(runs_dir)
    fd = os.open(report, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    while True:
        status, run_id, path = generate(recorder, catalog, pick_job(rng))
        rel = Path(path).relative_to(runs_dir).as_posix()
        if status == "OK":  # reported to "the caller" only now that rmos_toolpaths returned
            os.write(fd, f"OK {run_id} {rel}\n".encode())
        if rng.random() < 0.1:
            review = ReviewRecord(
                record_id=new_id(),
                run_id=run_id,
                artifact_sha256="0" * 64,
                reviewer="writer",
                disposition="acknowledged",
                created_at_utc=datetime.now(UTC),
            )
            recorder.record("review", review)


def serve(runs_dir: Path, report: Path) -> int:
    return forkserver.serve(lambda seed: write_forever(runs_dir, report, seed))


def count(runs_dir: Path, n: int) -> int:
    from rmos_desktop.core.services import open_recorder  # as the app opens it: with the run index

    catalog = load_catalog(user_dir=False).catalog
    recorder = open_recorder(runs_dir)
    rng = random.Random(os.getpid())
    jobs = [GREEN, RED, INVALID, KERFS]
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return 2
    for _ in range(n):
        status, run_id, _path = generate(recorder, catalog, rng.choice(jobs))
        print(f"{status} {run_id}", flush=True)
    return 0


def main(argv: list[str]) -> int:
    mode, runs_dir = argv[0], Path(argv[1])
    if mode == "serve":
        return serve(runs_dir, Path(argv[2]))
    if mode == "count":
        return count(runs_dir, int(argv[2]))
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
