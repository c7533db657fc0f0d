"""Export speed: export + read-back verification of a 1,000,000-line program, as throughput, and the
ratio to raw hashlib.sha256 throughput over the same bytes (the limit: the export must at least hash it);
and the ledger check an export makes for its one artifact on a 100,000-line ledger, against reading and
re-hashing the whole ledger (what it did before `ledger_file_hashes(only=...)`).

    uv run python bench/bench_export.py
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_core import BIG_JOB, big_catalog

from rmos_desktop.core.export import export_run
from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.core.runs.recorder import RunRecorder


def main() -> None:
    catalog = big_catalog()
    with tempfile.TemporaryDirectory() as tmp:
        recorder = RunRecorder.open(Path(tmp) / "runs")
        out = rmos_toolpaths(BIG_JOB, recorder=recorder, catalog=catalog)
        data = out["gcode_text"].encode()
        mb = len(data) / 1e6
        print(f"program: {out['toolpaths']['line_count']:,} lines, {mb:.1f} MB")
        times = []
        for i in range(3):
            dest = Path(tmp) / f"usb{i}"
            dest.mkdir()
            t0 = time.perf_counter()
            result = export_run(recorder, out["_run_id"], dest)
            times.append(time.perf_counter() - t0)
            assert result.verified
        best = min(times)
        t0 = time.perf_counter()
        for _ in range(5):
            hashlib.sha256(data).hexdigest()
        hash_s = (time.perf_counter() - t0) / 5
        print(
            f"export + read-back verify (3 files, fsync each, page cache dropped before reading back): "
            f"best {best:.3f} s of {len(times)} → {mb / best:.0f} MB/s"
        )
        print(f"raw hashlib.sha256 over the same bytes: {hash_s * 1000:.1f} ms → {mb / hash_s:.0f} MB/s")
        print(
            f"ratio export / raw hash: {best / hash_s:.1f}× (the export also checks the artifact, rehashes the "
            "stored G-code, writes, fsyncs and reads back)"
        )


def ledger_check(lines: int = 100_000) -> None:
    import json

    from rmos_desktop.core.runs.integrity import ledger_file_hashes
    from rmos_desktop.core.runs.ledger import GENESIS, Ledger, line_hash

    with tempfile.TemporaryDirectory() as tmp:
        root, prev = Path(tmp), GENESIS
        with open(root / "ledger.jsonl", "w", encoding="utf-8") as fh:
            for i in range(1, lines + 1):
                entry = {
                    "seq": i,
                    "kind": "artifact",
                    "run_id": f"{i:032x}",
                    "path": f"2026-11-30/{i:032x}.json",
                    "sha256": hashlib.sha256(str(i).encode()).hexdigest(),
                    "prev": prev,
                }
                entry["hash"] = prev = line_hash(entry)
                fh.write(json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n")
        ledger, wanted = Ledger(root), f"2026-11-30/{lines // 2:032x}.json"
        t0 = time.perf_counter()
        full = ledger_file_hashes(ledger)
        full_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        one = ledger_file_hashes(ledger, only=[wanted])
        one_s = time.perf_counter() - t0
        assert one[wanted] == full[wanted]
        print(
            f"ledger check of one artifact in a {lines:,}-line ledger: {one_s:.3f} s "
            f"(whole ledger parsed and re-hashed: {full_s:.3f} s, ratio {full_s / one_s:.1f}×)"
        )


if __name__ == "__main__":
    main()
    ledger_check()
