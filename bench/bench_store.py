"""Durable storage speed: artifact + ledger writes per second with one process and with two on one runs
directory, the ratio to the same writes without fsync (the price of durability), the same writes with every
ledger line signed by a station key against unsigned ones (the price of signatures), and how long
`rmos audit verify` takes over many records, checking every signature and without.

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
from rmos_desktop.core.runs.keys import SigningKey
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


def write_many(runs_dir: Path, artifact: RunArtifact, n: int, signer=None) -> float:
    """Seconds to record n copies of `artifact` (new run ids) durably through the recorder."""
    recorder = RunRecorder.open(runs_dir, signer=signer)
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


def check_chain(runs_dir: Path, expected: int, trust=()) -> None:
    report = audit_runs(runs_dir, trust=list(trust))
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


def measure_signing(artifact: RunArtifact, n: int, rounds: int = 3) -> dict[str, float]:
    """Writes per second (one process, fsync on) with and without a signature on every ledger line, best of
    `rounds` alternating runs (the disk's noise is larger than the signature), and the bare cost of one
    Ed25519 signature."""
    key = SigningKey.generate()
    best = {"unsigned": 0.0, "signed": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        write_many(Path(tmp) / "warm", artifact, 20, key)
        for r in range(rounds):
            for label, signer in (("unsigned", None), ("signed", key)):
                folder = Path(tmp) / f"{label}-{r}"
                best[label] = max(best[label], n / write_many(folder, artifact, n, signer))
        check_chain(Path(tmp) / "signed-0", n, [key.public()])
    t0 = time.perf_counter()
    for i in range(2000):
        key.sign(b"rmos-ledger-line-v1:" + f"{i:064x}".encode())
    best["sign_us"] = (time.perf_counter() - t0) / 2000 * 1e6
    return best


def measure_audit(artifact: RunArtifact, n: int) -> tuple[float, float, float]:
    """(seconds to audit n signed records checking every signature, peak RSS MB of that fresh audit process,
    seconds for the same audit with no trusted key, so no signature is checked)."""
    key = SigningKey.generate()
    with tempfile.TemporaryDirectory() as tmp:
        runs = Path(tmp) / "runs"
        (Path(tmp) / "station.pub").write_text(key.public().to_minisign_pub())
        real_fsync = os.fsync
        os.fsync = no_fsync  # building the directory is not what is measured
        try:
            recorder = RunRecorder.open(runs, signer=key)
            days = [f"2026-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 29)]
            for i in range(n):
                day = days[i * len(days) // n]
                created = artifact.created_at_utc.replace(month=int(day[5:7]), day=int(day[8:10]))
                recorder.record_artifact(artifact.model_copy(update={"run_id": new_id(), "created_at_utc": created}))
        finally:
            os.fsync = real_fsync
        code = (
            "import sys, time, resource; from rmos_desktop.core.runs.audit import audit_runs; "
            "from rmos_desktop.core.runs.keys import load_public_key; "
            "trust = [load_public_key(sys.argv[2])] if sys.argv[2] != '-' else []; "
            "t = time.perf_counter(); r = audit_runs(sys.argv[1], trust=trust); s = time.perf_counter() - t; "
            "assert r.ok, r.problems[:3]; assert r.signed == (len(r.problems) + r.ledger_lines if trust else 0); "
            "print(s, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
        )
        times = []
        for pub in (str(Path(tmp) / "station.pub"), "-"):
            out = subprocess.run(
                [sys.executable, "-c", code, str(runs), pub], capture_output=True, text=True, check=True
            )
            times.append([float(x) for x in out.stdout.split()])
        return times[0][0], times[0][1], times[1][0]


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
    signing = measure_signing(artifact, args.writes)
    print(f"the price of signatures ({args.writes} records, one process, fsync on, best of 3):")
    print(f"  unsigned ledger lines {signing['unsigned']:8.0f} writes/s")
    cost = signing["unsigned"] / signing["signed"]
    print(f"  signed ledger lines   {signing['signed']:8.0f} writes/s   → signing costs {cost:.2f}×")
    print(f"  one Ed25519 signature {signing['sign_us']:8.0f} µs")
    seconds, rss, unchecked = measure_audit(artifact, args.audit_records)
    per = seconds / args.audit_records
    print(
        f"audit of {args.audit_records} signed records, every signature checked: {seconds:.2f} s ({per * 1e6:.0f} µs "
        f"per record; 100,000 records ≈ {per * 100_000:.0f} s), peak RSS {rss:.0f} MB"
    )
    print(f"  the same audit without a trusted key (no signature checked): {unchecked:.2f} s")


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
