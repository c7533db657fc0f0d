"""The shop server's user actions, one small function each, run on the task runner (never the GUI thread):
each opens a short connection, does one thing through core.shop, and returns plain data. Connection and server
errors come back as ShopUnavailable with a password-free message; a refused action as JobOrderError."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from rmos_desktop.core.shop import jobs, queries
from rmos_desktop.core.shop.config import ShopConfig, ShopUnavailable, connect, describe_error

CONNECT_TIMEOUT_S = 4.0
COUNT_CAP = 100_000  # the listing says "100,000+ runs" past it
T = TypeVar("T")


@contextmanager
def shop_connection(config: ShopConfig, timeout: float = CONNECT_TIMEOUT_S) -> Iterator[Any]:
    """A connection to the shop server; psycopg and socket errors become ShopUnavailable (no password)."""
    import psycopg

    try:
        with connect(config.url, connect_timeout=timeout) as conn:
            yield conn
    except (psycopg.Error, OSError) as exc:
        raise ShopUnavailable(describe_error(exc, config.url)) from None


def with_shop(config: ShopConfig, fn: Callable[[Any], T], timeout: float = CONNECT_TIMEOUT_S) -> T:
    with shop_connection(config, timeout) as conn:
        return fn(conn)


# -- job orders ----------------------------------------------------------------------------------------------
def load_orders(config: ShopConfig) -> list[dict[str, Any]]:
    return with_shop(config, jobs.list_orders)


def claim_order(config: ShopConfig, job_id: str) -> jobs.ClaimResult:
    return with_shop(config, lambda c: jobs.claim(c, job_id, config.station))


def renew_claims(config: ShopConfig, job_ids: list[str]) -> dict[str, jobs.ClaimResult | str]:
    """Renew this station's leases; per job, the claim or why it could not be renewed (ended, taken)."""
    out: dict[str, jobs.ClaimResult | str] = {}
    with shop_connection(config) as conn:
        for job_id in job_ids:
            try:
                out[job_id] = jobs.claim(conn, job_id, config.station)
            except jobs.JobOrderError as exc:
                out[job_id] = str(exc)
    return out


def release_order(config: ShopConfig, job_id: str) -> None:
    with_shop(config, lambda c: jobs.release(c, job_id, config.station))


def complete_order(config: ShopConfig, job_id: str, quantity: int) -> dict[str, Any]:
    return with_shop(config, lambda c: jobs.complete(c, job_id, config.station, quantity))


def open_order(config: ShopConfig, job_id: str) -> dict[str, Any]:
    """The order with its job (a dict the job form opens)."""
    return with_shop(config, lambda c: jobs.get_order(c, job_id))


# -- shop-wide history ---------------------------------------------------------------------------------------
def list_page(config: ShopConfig, query: queries.ShopQuery) -> dict[str, Any]:
    """One page of the shop-wide listing: {"runs": [...], "next_cursor": ...}."""
    return with_shop(config, lambda c: queries.list_runs(c, query))


def shop_counts(config: ShopConfig, query: queries.ShopQuery, cap: int | None = None) -> dict[str, Any]:
    """What the summary row shows for a listing: how many match (up to `cap`; `capped` when there are more),
    the whole shop's blocked runs awaiting review, and the stations the server knows. Asked after the first
    page, so the rows never wait for a count over a million runs."""
    cap = cap or COUNT_CAP
    with shop_connection(config) as conn:
        count = queries.count_runs(conn, query, cap=cap)
        return {
            "count": min(count, cap),
            "capped": count > cap,
            "awaiting": queries.awaiting_review(conn),
            "stations": queries.stations(conn),
        }


def show_run(config: ShopConfig, run_id: str, station: str) -> dict[str, Any] | None:
    return with_shop(config, lambda c: queries.show_run(c, run_id, station))
