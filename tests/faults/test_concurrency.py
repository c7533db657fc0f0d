"""Two processes × 200 generations on one runs directory, with start-up recovery and the audit running
in a third meanwhile: 400 artifacts, 400 ledger lines in one linear chain, nothing lost, duplicated or
interleaved, every audit taken during the writes finds the directory consistent, and the run index the two
writers updated lists the 400 runs."""

import json
import logging
import subprocess
import sys
from pathlib import Path

from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.index import RunIndex, RunQuery
from rmos_desktop.core.runs.ledger import GENESIS, line_hash
from rmos_desktop.core.runs.recorder import RunRecorder
from tests.conftest import REPO

log = logging.getLogger(__name__)

WRITERS = 2
PER_WRITER = 200


def assert_one_linear_chain(runs_dir: Path, run_ids: list[str]) -> None:
    """What two writers must leave: one ledger line and one artifact per run, chained in order."""
    raw = (runs_dir / "ledger.jsonl").read_bytes()
    assert raw.endswith(b"\n")
    entries = [json.loads(line) for line in raw.splitlines()]  # a torn or interleaved line would not parse
    assert [e["seq"] for e in entries] == list(range(1, len(run_ids) + 1))
    prev = GENESIS
    for e in entries:
        assert e["prev"] == prev and line_hash(e) == e["hash"]
        prev = e["hash"]
    assert all(e["kind"] == "artifact" for e in entries)
    assert sorted(e["run_id"] for e in entries) == sorted(run_ids)
    assert len(set(run_ids)) == len(run_ids)
    on_disk = sorted(p.stem for p in runs_dir.glob("20*/*.json"))
    assert on_disk == sorted(run_ids)


def assert_the_index_lists_them(runs_dir: Path, run_ids: list[str]) -> None:
    """The writers' own incremental index updates (no reconcile here: `use_as_is`) list every run once."""
    index = RunIndex.open(runs_dir)
    assert index.use_as_is()
    rows = list(index.iter_query(RunQuery()))
    assert sorted(row.run_id for row in rows) == sorted(run_ids)
    assert index.count(RunQuery()) == len(run_ids)


def test_two_writers_one_chain(tmp_path):
    runs = tmp_path / "runs"
    runs.mkdir()
    RunIndex.open(runs).ensure()  # an up-to-date (empty) index, as after the app's start-up
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.faults.writer_child", "count", str(runs), str(PER_WRITER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        for _ in range(WRITERS)
    ]
    try:
        for w in writers:
            assert w.stdout.readline().strip() == "ready"
        for w in writers:  # both start together
            w.stdin.write("go\n")
            w.stdin.flush()
        recorder = RunRecorder.open(runs)
        audits = 0
        while any(w.poll() is None for w in writers):
            recorder.recover()  # start-up recovery of a third instance must not disturb the writers
            report = audit_runs(runs)
            assert report.ok, [str(p) for p in report.problems]
            audits += 1
        outputs = [w.communicate(timeout=120)[0] for w in writers]
    finally:
        for w in writers:
            if w.poll() is None:
                w.kill()
                w.wait()
    assert [w.returncode for w in writers] == [0] * WRITERS
    reported = [line.split() for out in outputs for line in out.splitlines()]
    assert len(reported) == WRITERS * PER_WRITER
    assert {status for status, _ in reported} <= {"OK", "SAFETY_BLOCKED", "TOOLPATHS_ERROR"}
    run_ids = [run_id for _, run_id in reported]
    assert_one_linear_chain(runs, run_ids)
    assert_the_index_lists_them(runs, run_ids)
    final = audit_runs(runs)
    assert final.ok and final.records == WRITERS * PER_WRITER and final.in_flight == 0
    log.info(
        "concurrency: %d processes wrote %d records into one chain; %d audits during the writes were clean",
        WRITERS,
        len(run_ids),
        audits,
    )
