"""Feasibility evaluation latency: p50/p99 over the example jobs and 10,000 random valid requests.
Target p99 < 1 ms, so the risk panel can be live on every keystroke.

    uv run python bench/bench_feasibility.py
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import random_request, report, timed

from rmos_desktop.core.catalog import load_catalog
from rmos_desktop.core.feasibility import evaluate_feasibility
from rmos_desktop.core.resources import examples_dir


def main() -> None:
    catalog = load_catalog(user_dir=False).catalog
    examples = [json.loads(p.read_text()) for p in sorted(examples_dir().glob("*.json"))]
    for job in examples:  # warm up
        evaluate_feasibility(job, catalog)
    samples = []
    for job in examples:
        samples += timed(lambda job=job: evaluate_feasibility(job, catalog), 200)
    report("examples (7 jobs × 200)", samples, target_ms=1.0)
    rng = random.Random(20261124)
    requests = [random_request(rng) for _ in range(10_000)]
    samples = []
    for req in requests:
        samples += timed(lambda req=req: evaluate_feasibility(req, catalog), 1)
    report("random valid requests", samples, target_ms=1.0)


if __name__ == "__main__":
    main()
