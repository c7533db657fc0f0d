"""Durable storage speed: artifact + ledger writes per second with one process and with two on one runs
directory, the ratio to the same writes without fsync (the price of durability), and how long
`rmos audit verify` takes over many records.

    uv run python bench/bench_store.py [--writes 2000] [--audit-records 20000]

fsync is replaced by a no-op only inside this script, for the comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rmos_desktop.core.catalog import load_catalog
from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.core.resources import examples_dir
from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import RunArtifact


def sample_artifact() -> RunArtifact:
    """A real OK artifact of the kerf-array example (about 13 kB stored)."""
    job = json.loads((examples_dir() / "kerf-array-side-kerfs.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        recorder = RunRecorder.open(Path(tmp))
        out = rmos_toolpaths(job, recorder=recorder, catalog=load_catalog(user_dir=False).catalog)
        return recorder.store.read_artifact(out["_run_id"])


def no_fsync(fd: int) -> None:
    return None


def write_many(runs_dir: Path, artifact: RunArtifact, n: int) -> float:
    """Seconds to record n copies of `artifact` (new run ids) durably through the recorder."""
    recorder = RunRecorder.open(runs_dir)
    t0 = time.perf_counter()
    for _ in range(n):
        recorder.record_artifact(artifact.model_copy(update={"run_id": new_id()}))
    return time.perf_counter() - t0


def child(runs_dir: str, n: str, fsync: str) -> None:
    """One of the two writer processes: wait for 'go', write, print the seconds it took."""
    if fsync == "off":
        os.fsync = no_fsync
    artifact = sample_artifact()
    print("ready", flush=True)
    sys.stdin.readline()
    print(write_many(Path(runs_dir), artifact, int(n)), flush=True)


def two_processes(runs_dir: Path, n_each: int, fsync: str) -> float:
    """Wall-clock seconds for two processes writing n_each records each into one runs directory."""
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--child", str(runs_dir), str(n_each), fsync],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    t0 = time.perf_counter()
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        p.communicate(timeout=600)
        assert p.returncode == 0
    return time.perf_counter() - t0


def check_chain(runs_dir: Path, expected: int) -> None:
    report = audit_runs(runs_dir)
    assert report.ok and report.records == expected, report.problems[:5]


def measure_writes(artifact: RunArtifact, n: int) -> dict[str, float]:
    rates: dict[str, float] = {}
    real_fsync = os.fsync
    for fsync in ("on", "off"):
        os.fsync = real_fsync if fsync == "on" else no_fsync
        try:
            with tempfile.TemporaryDirectory() as tmp:
                write_many(Path(tmp) / "warm", artifact, 20)
                seconds = write_many(Path(tmp) / "one", artifact, n)
                rates[f"one-{fsync}"] = n / seconds
                check_chain(Path(tmp) / "one", n)
                seconds = two_processes(Path(tmp) / "two", n // 2, fsync)
                rates[f"two-{fsync}"] = (n // 2) * 2 / seconds
                check_chain(Path(tmp) / "two", (n // 2) * 2)
        finally:
            os.fsync = real_fsync
    return rates


def measure_audit(artifact: RunArtifact, n: int) -> tuple[float, float]:
    """(seconds to audit n records, peak RSS MB of a fresh audit process)."""
    with tempfile.TemporaryDirectory() as tmp:
        runs = Path(tmp) / "runs"
        real_fsync = os.fsync
        os.fsync = no_fsync  # building the directory is not what is measured
        try:
            recorder = RunRecorder.open(runs)
            days = [f"2026-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 29)]
            for i in range(n):
                day = days[i * len(days) // n]
                created = artifact.created_at_utc.replace(month=int(day[5:7]), day=int(day[8:10]))
                recorder.record_artifact(artifact.model_copy(update={"run_id": new_id(), "created_at_utc": created}))
        finally:
            os.fsync = real_fsync
        code = (
            "import sys, time, resource; from rmos_desktop.core.runs.audit import audit_runs; "
            "t = time.perf_counter(); r = audit_runs(sys.argv[1]); s = time.perf_counter() - t; "
            "assert r.ok, r.problems[:3]; "
            "print(s, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
        )
        out = subprocess.run([sys.executable, "-c", code, str(runs)], capture_output=True, text=True, check=True)
        seconds, rss = out.stdout.split()
        return float(seconds), float(rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=2000, help="records per measurement (default 2000)")
    parser.add_argument("--audit-records", type=int, default=20000, help="records audited (default 20000)")
    args = parser.parse_args()
    artifact = sample_artifact()
    size = len(artifact.model_dump_json(indent=2))
    rates = measure_writes(artifact, args.writes)
    print(f"durable artifact + ledger writes ({args.writes} records of ~{size / 1024:.0f} kB, fsync on):")
    print(f"  one process   {rates['one-on']:8.0f} writes/s   ({1000 / rates['one-on']:.2f} ms each)")
    print(f"  two processes {rates['two-on']:8.0f} writes/s   (both together, one chain)")
    print("the same writes with fsync replaced by a no-op:")
    for who, label in (("one", "one process  "), ("two", "two processes")):
        cost = rates[f"{who}-off"] / rates[f"{who}-on"]
        print(f"  {label} {rates[f'{who}-off']:8.0f} writes/s   → durability costs {cost:.1f}×")
    seconds, rss = measure_audit(artifact, args.audit_records)
    per = seconds / args.audit_records
    print(
        f"audit of {args.audit_records} records: {seconds:.2f} s ({per * 1e6:.0f} µs per record; 100,000 records "
        f"≈ {per * 100_000:.0f} s), peak RSS {rss:.0f} MB"
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
        raise SystemExit(0)
    t = time.perf_counter()
    main()
    print(
        f"(bench took {time.perf_counter() - t:.1f} s; peak RSS of this process "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
    )
