"""Where the shop server is and who this workstation is: RMOS_SHOP_URL / RMOS_STATION > settings file.

Connections get short timeouts (a shop server that is down must never hold up the saw) and the URL's password
is never shown: `redact` is what logs, dialogs and artifacts get.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

ENV_SHOP_URL = "RMOS_SHOP_URL"
ENV_STATION = "RMOS_STATION"
STATION_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,31}$")
CONNECT_TIMEOUT_S = 4
STATEMENT_TIMEOUT_MS = 15000


class ShopConfigError(ValueError):
    """A shop URL or station name that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class ShopConfig:
    url: str
    station: str
    source: str  # "environment" or "settings file"

    @property
    def shown_url(self) -> str:
        return redact(self.url)


def redact(url: str) -> str:
    """The URL with any password replaced by ***, in the netloc and in a `password=` query parameter."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable shop URL>"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":***"
        netloc = f"{userinfo}@{host}"
    query = "&".join(
        f"{k}={'***' if k.lower() == 'password' else v}" for k, v in parse_qsl(parts.query, keep_blank_values=True)
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def check_station(name: str) -> str:
    name = name.strip()
    if not STATION_RE.match(name):
        raise ShopConfigError(
            f"station name {name[:40]!r} is not usable: 1-32 characters, lower-case letters, digits, '.', '_' or '-'"
        )
    return name


def check_url(url: str) -> str:
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise ShopConfigError(f"shop URL {redact(url)} cannot be read: {exc}") from None
    if parts.scheme not in ("postgresql", "postgres"):
        raise ShopConfigError(f"shop URL {redact(url)} must start with postgresql://")
    if not parts.hostname and "host=" not in parts.query:
        raise ShopConfigError(f"shop URL {redact(url)} names no server")
    return url


def resolve_shop(settings: Any | None = None, env: Mapping[str, str] | None = None) -> ShopConfig | None:
    """The shop this workstation joins, or None (no shop: everything works as without a server).

    The environment wins over the settings file, each value on its own."""
    env = os.environ if env is None else env
    url = env.get(ENV_SHOP_URL) or (getattr(settings, "shop_url", "") or "")
    station = env.get(ENV_STATION) or (getattr(settings, "station", "") or "")
    if not url:
        return None
    source = "environment" if env.get(ENV_SHOP_URL) else "settings file"
    if not station:
        raise ShopConfigError(f"a shop URL is set ({source}) but no station name: set RMOS_STATION or Settings")
    return ShopConfig(check_url(url), check_station(station), source)


def connect(url: str, *, autocommit: bool = True, connect_timeout: float = CONNECT_TIMEOUT_S):
    """A psycopg connection with the shop's defaults: a few seconds to connect, statements bounded, TLS as the
    URL asks (`sslmode=require` / `verify-full` in the URL are honoured by libpq). Autocommit: every
    multi-statement change is an explicit `conn.transaction()`, so no read leaves a transaction (and its locks)
    open between calls."""
    import psycopg

    options = f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={STATEMENT_TIMEOUT_MS}"
    return psycopg.connect(
        url,
        autocommit=autocommit,
        connect_timeout=max(1, round(connect_timeout)),
        application_name="rmos-desktop",
        options=options,
    )


class ShopUnavailable(ConnectionError):
    """The shop server cannot be reached or refused us; the message is plain and has no password."""


def describe_error(exc: BaseException, url: str) -> str:
    """A one-line, password-free account of a connection or server error."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    for secret in _secrets(url):
        text = text.replace(secret, "***")
    return f"shop server {redact(url)}: {text}"


def _secrets(url: str) -> list[str]:
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    found = [parts.password] if parts.password else []
    found += [v for k, v in parse_qsl(parts.query) if k.lower() == "password" and v]
    return found
