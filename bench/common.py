"""Helpers shared by the bench scripts (run on demand, never by pytest)."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

TOOLS = [
    "saw:veneer_160",
    "saw:ultra_thin_140",
    "saw:rosette_180",
    "saw:slitting_75",
    "saw:purfling_50",
    "saw:kerf_cut_v1",
]
MATERIALS = ["softwood", "hardwood", "plywood", "mdf"]


def random_request(rng: random.Random) -> dict:
    """A valid request drawn like tests/fuzz/strategies.valid_requests (without hypothesis)."""
    kind = rng.choice(["line", "kerf_array", "fret_slots"])
    if kind == "line":
        cut = {
            "kind": "line",
            "x0_mm": rng.uniform(-50, 1300),
            "y0_mm": rng.uniform(-50, 650),
            "x1_mm": rng.uniform(-50, 1300),
        }
        cut["y1_mm"] = cut["y0_mm"] + rng.choice([0.0, 0.0, 5.0])
    elif kind == "kerf_array":
        cut = {
            "kind": kind,
            "x_mm": rng.uniform(0, 600),
            "y_mm": rng.uniform(0, 300),
            "length_mm": rng.uniform(1, 600),
            "pitch_mm": rng.uniform(0.2, 40),
            "count": rng.randint(1, 10000),
        }
    else:
        cut = {
            "kind": kind,
            "x_mm": rng.uniform(0, 600),
            "y_mm": rng.uniform(0, 300),
            "scale_length_mm": rng.uniform(100, 900),
            "frets": rng.randint(1, 30),
            "slot_length_mm": rng.uniform(1, 300),
        }
    req = {
        "tool_id": rng.choice(TOOLS),
        "material": rng.choice(MATERIALS),
        "rpm": rng.uniform(500, 40000),
        "feed_mm_min": rng.uniform(50, 20000),
        "depth_mm": rng.uniform(0.1, 80),
        "cut": cut,
    }
    if rng.random() < 0.5:
        req["stepdown_mm"] = rng.uniform(0.5, 20)
    if rng.random() < 0.3:
        req["stock"] = {"length_mm": 600, "width_mm": 300, "thickness_mm": rng.uniform(1, 40)}
    return req


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def pct(samples: list[float], q: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, round(q / 100 * (len(s) - 1)))]


def report(name: str, samples: list[float], target_ms: float | None = None, q: float = 99) -> None:
    p50, pq = pct(samples, 50) * 1000, pct(samples, q) * 1000
    target = f"  target p{q:g} < {target_ms:g} ms ({'MET' if pq < target_ms else 'MISSED'})" if target_ms else ""
    print(
        f"{name:<46} n={len(samples):>6}  p50 {p50:8.3f} ms  p{q:g} {pq:8.3f} ms  "
        f"mean {statistics.fmean(samples) * 1000:8.3f} ms{target}"
    )
