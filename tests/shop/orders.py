"""Job orders released straight into a test's shop database, as the office's `rmos shop jobs add` would."""

from __future__ import annotations

from rmos_desktop.core.shop import jobs
from rmos_desktop.core.shop.config import connect
from tests.conftest import load_example


def add_order(url: str, example: str, ref: str = "2231", quantity: int = 5) -> str:
    """Release the example job `example` as order `ref` for `quantity` pieces; returns its job id."""
    raw = load_example(example)
    with connect(url) as conn:
        return jobs.add_order(
            conn,
            job=raw,
            request_sha256=jobs.request_sha256_of(raw),
            order_ref=ref,
            quantity=quantity,
            due=None,
            created_by="office",
        )
