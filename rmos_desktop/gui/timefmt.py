"""Times as a person at the saw reads them: the workstation's local clock to the second, with the UTC instant
(what the records store) in the tooltip. One helper for every window, so no screen shows raw ISO strings."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

LOCAL_FORMAT = "%a %Y-%m-%d %H:%M:%S"  # "Tue 2026-12-01 14:02:33"
UTC_FORMAT = "%Y-%m-%d %H:%M:%S UTC"
LONGEST_LOCAL = "Wed 2026-12-30 23:59:59"  # for column widths


def as_utc(value: Any) -> datetime | None:
    """A datetime (naive means UTC) or an ISO-8601 text ("…Z" or "+00:00") as an aware UTC datetime;
    None for anything else (nothing to show, or text that is not a time)."""
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str) and value.strip():
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def local_text(value: Any, *, with_weekday: bool = True) -> str:
    """Local time, seconds resolution. Text that is not a time comes back unchanged; None becomes "—"."""
    dt = as_utc(value)
    if dt is None:
        return "—" if value is None or value == "" else str(value)
    fmt = LOCAL_FORMAT if with_weekday else LOCAL_FORMAT[3:]
    return dt.astimezone().strftime(fmt)


def utc_text(value: Any) -> str:
    """The same instant in UTC, seconds resolution (for the tooltip): "2026-12-01 13:02:33 UTC"."""
    dt = as_utc(value)
    return dt.strftime(UTC_FORMAT) if dt is not None else ""


def time_tooltip(value: Any) -> str:
    """Tooltip text for a shown local time: the UTC instant and, when there are any, its microseconds."""
    dt = as_utc(value)
    if dt is None:
        return ""
    exact = dt.isoformat().replace("+00:00", "Z")
    return f"{utc_text(dt)}\n{exact}" if dt.microsecond else utc_text(dt)
