"""The export kill test: a process exporting an OK run again and again is SIGKILLed at random moments, 20 times.

After each kill and start-up recovery, nothing at the destination or in the trail is silent: every export the
process reported done has its four files whole and a verified export record; every other file at the
destination (a complete NAME.nc never recorded, a `.NAME.PID.tmp` temp file) and every export intent without its
export record is named by `find_export_leftovers`; closing them (as the next export does) leaves no debris and
no open intent, and the audit finds the trail consistent.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
from collections import Counter
from pathlib import Path

from rmos_desktop.core.export_leftovers import close_export_leftovers, find_export_leftovers
from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.keys import init_key_pair
from rmos_desktop.core.runs.recorder import RunRecorder
from rmos_desktop.core.services import open_recorder
from tests.conftest import load_example
from tests.faults.forkserver import fork_server, kill_one

log = logging.getLogger(__name__)

KILLS = 20


def _records(runs: Path, kind: str) -> dict[str, dict]:
    out = {}
    for p in (runs / "records" / kind).glob("*/*.json"):
        data = json.loads(p.read_text())
        out[data["record_id"]] = data
    return out


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sigkill_mid_export_leaves_a_complete_export_or_named_leftovers(tmp_path, catalog):
    runs, usb = tmp_path / "runs", tmp_path / "usb"
    runs.mkdir()
    usb.mkdir()
    recorder = open_recorder(runs, index=False)
    rmos_toolpaths(load_example("kerf-array-side-kerfs"), recorder=recorder, catalog=catalog)
    key_file, _pub = init_key_pair(tmp_path / "station")
    report = tmp_path / "done.txt"
    rng = random.Random(16)
    totals: Counter = Counter()
    done_seen = 0
    with fork_server("tests.faults.export_child", runs, usb, key_file, report) as ask:
        took = max(float(ask("time 0").split()[1]), 0.005)
        for i in range(KILLS):
            kill_one(ask, i, rng, 0.001, 2.5 * took)  # up to a few exports in: every phase gets hit

            repair = RunRecorder.open(runs).recover()  # start-up recovery, as the app runs it (nothing is signed)
            assert not repair.errors, repair.errors
            exports = _records(runs, "exports")
            intents = _records(runs, "export_intents")

            # every export reported done is whole, with its verified record
            lines = report.read_text().splitlines() if report.exists() else []
            done = [line.split()[1] for line in lines[done_seen:] if line.startswith("DONE ")]
            done_seen = len(lines)
            verified = {r["file_name"]: r for r in exports.values() if r["verified"]}
            for name in done:
                rec = verified[name]
                for file, sha in rec["files"].items():
                    assert _sha(usb / file) == sha, f"{file} of a reported export is not whole"
            totals["reported"] += len(done)

            # every other file at the destination, and every open intent, is named
            leftovers = find_export_leftovers(recorder, also_destination=usb)
            named_files = {Path(d).name for lo in leftovers for d in lo.debris} | {
                f for lo in leftovers for f in lo.complete
            }
            recorded_files = {f for r in verified.values() for f in r["files"]} | {
                f
                for r in exports.values()
                for f in r["meta"].get("left_complete", {})  # closed earlier, named there
            }
            for entry in os.listdir(usb):
                assert entry in recorded_files or entry in named_files, f"{entry} at the destination is silent"
            open_intents = set(intents) - set(exports)
            assert open_intents == {lo.intent_id for lo in leftovers if lo.intent_id}, "an open intent is not named"
            if open_intents:
                totals["interrupted"] += 1
                totals["debris"] += sum(len(lo.debris) for lo in leftovers)
                totals["unrecorded_complete"] += sum(len(lo.complete) for lo in leftovers)
            else:
                totals["between_exports"] += 1

            # the next export's closing leaves nothing open and no debris
            close_export_leftovers(recorder, leftovers, found_by=f"kill test round {i}")
            assert find_export_leftovers(recorder, also_destination=usb) == []
            assert not [e for e in os.listdir(usb) if e.endswith(".tmp")]
            audit = audit_runs(runs)
            assert audit.ok, [str(p) for p in audit.problems]
    assert totals["interrupted"] > 0, "no kill landed inside an export: the test did not aim at export"
    log.info("export kill test: %d kills, one export takes %.3f s; %s", KILLS, took, dict(totals))
    print(f"export kill test: {KILLS} kills, one export {took:.3f} s, {dict(totals)}")
