"""The run index package (being split by concern; see reconcile.py for now)."""

from rmos_desktop.core.runs.index.reconcile import (
    INDEX_SCHEMA,
    MAX_PAGE,
    InvalidCursor,
    Page,
    ReconcileReport,
    RunIndex,
    RunQuery,
    RunRow,
    index_path,
    parse_local,
)

__all__ = [
    "INDEX_SCHEMA",
    "MAX_PAGE",
    "InvalidCursor",
    "Page",
    "ReconcileReport",
    "RunIndex",
    "RunQuery",
    "RunRow",
    "index_path",
    "parse_local",
]
