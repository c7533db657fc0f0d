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
def list_page(config: ShopConfig, query: queries.ShopQuery, *, with_counts: bool) -> dict[str, Any]:
    """One page of the shop-wide listing; with the match count, the whole shop's awaiting-review count and the
    stations known to the server when `with_counts` (a first page)."""
    with shop_connection(config) as conn:
        page = queries.list_runs(conn, query)
        if with_counts:
            page["count"] = queries.count_runs(conn, query)
            page["awaiting"] = queries.awaiting_review(conn)
            page["stations"] = queries.stations(conn)
        return page


def show_run(config: ShopConfig, run_id: str, station: str) -> dict[str, Any] | None:
    return with_shop(config, lambda c: queries.show_run(c, run_id, station))
