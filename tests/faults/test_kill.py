"""The kill test: a process generating runs in a loop is SIGKILLed at random moments, 50 times.

After each kill, before any repair: every run the writer reported OK (it reports only after rmos_toolpaths
returned) has its artifact, and G-code file, whole on disk. Then start-up recovery runs: no temp file
survives it and the audit finds everything consistent. At the end every artifact parses and
`rmos audit verify` passes. (A kill cannot catch a missing fsync; tests/core/test_pipeline.py checks the
write order by spying on the calls.)
"""

import json
import logging
import random
from collections import Counter
from pathlib import Path

from rmos_desktop.core.hashing import sha256_bytes
from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.recorder import RunRecorder
from tests.cli.helpers import rmos
from tests.faults.forkserver import fork_server, kill_one

log = logging.getLogger(__name__)

KILLS = 50
MAX_DELAY_S = 0.12


class ReportedRuns:
    """Reads the writer's report file as it grows (a line cut by the kill is not a report)."""

    def __init__(self, path: Path):
        self.path = path
        self.offset = 0
        self.seen: list[tuple[str, str]] = []

    def new(self) -> list[tuple[str, str]]:
        if not self.path.exists():
            return []
        data = self.path.read_bytes()[self.offset :]
        complete = data[: data.rfind(b"\n") + 1]
        self.offset += len(complete)
        lines = [line.split() for line in complete.decode().splitlines()]
        fresh = [(run_id, rel) for status, run_id, rel in lines if status == "OK"]
        self.seen.extend(fresh)
        return fresh


def ledger_hashes(runs_dir: Path) -> dict[str, str]:
    entries = [json.loads(line) for line in (runs_dir / "ledger.jsonl").read_text().splitlines()]
    return {e["path"]: e["sha256"] for e in entries if e["kind"] != "void"}


def assert_reported_runs_are_whole(runs_dir: Path, fresh: list[tuple[str, str]]) -> None:
    if not fresh:
        return
    listed = ledger_hashes(runs_dir)
    for run_id, rel in fresh:
        path = runs_dir / rel
        assert path.is_file(), f"run {run_id} was reported OK but {rel} is not on disk"
        data = path.read_bytes()
        assert listed.get(rel) == sha256_bytes(data), f"run {run_id} was reported OK but {rel} is not as recorded"
        artifact = json.loads(data)
        assert artifact["status"] == "OK"
        if artifact["outputs"]["gcode_path"]:
            nc = path.parent / artifact["outputs"]["gcode_path"]
            assert sha256_bytes(nc.read_bytes()) == artifact["hashes"]["gcode_sha256"], f"{nc} is not whole"


def test_sigkill_at_random_moments_loses_nothing(tmp_path):
    runs = tmp_path / "runs"
    runs.mkdir()
    reported = ReportedRuns(tmp_path / "reported.txt")
    rng = random.Random(9)
    recorder = RunRecorder.open(runs)
    totals: Counter = Counter()
    with fork_server("tests.faults.writer_child", runs, reported.path) as ask:
        for i in range(KILLS):
            kill_one(ask, i, rng, 0.002, MAX_DELAY_S)
            totals["kills"] += 1

            assert_reported_runs_are_whole(runs, reported.new())  # before any repair

            repair = recorder.recover()
            assert not repair.errors, repair.errors
            totals["completed"] += len(repair.completed)
            totals["removed"] += len(repair.removed)
            totals["torn"] += bool(repair.ledger_bytes_removed)
            assert not list(runs.rglob("*.tmp")), "a temp file survived start-up recovery"
            report = audit_runs(runs)
            assert report.ok, [str(p) for p in report.problems]

    from rmos_desktop.core.runs.store import RunStore

    store = RunStore(runs)
    artifacts = list(store.iter_artifact_paths())
    for path in artifacts:
        store.read_artifact_file(path)  # parses and validates
    final = audit_runs(runs)
    assert final.ok and final.records == len(ledger_hashes(runs))
    proc = rmos("audit", "verify", "--runs-dir", runs)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert reported.seen and len(artifacts) >= len(reported.seen)
    log.info(
        "kill test: %d kills survived, %d runs reported OK, %d artifacts and %d records in the ledger; recovery "
        "completed %d interrupted writes, removed %d temp files, cut %d torn ledger lines",
        totals["kills"],
        len(reported.seen),
        len(artifacts),
        final.records,
        totals["completed"],
        totals["removed"],
        totals["torn"],
    )
