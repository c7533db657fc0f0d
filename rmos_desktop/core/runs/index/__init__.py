"""The run index: a rebuildable sqlite cache of the artifact files, so listing 100,000 runs stays instant.

`RunIndex` (front.py) is the one object callers hold; the package splits the work by concern:
db.py (schema, migrations by rebuild, per-thread connections, the in-memory fallback), rows.py (artifact and
record files -> sealed rows), reconcile.py (rebuild, reconcile, rows checked against their files) and
queries.py (filters, pages, cursors).
"""

from rmos_desktop.core.runs.index.db import ENV_CACHE_DIR, INDEX_SCHEMA, index_path
from rmos_desktop.core.runs.index.front import RunIndex
from rmos_desktop.core.runs.index.queries import (
    MAX_PAGE,
    REVIEW_STATES,
    RISK_LEVELS,
    STATUSES,
    InvalidCursor,
    Page,
    RunQuery,
)
from rmos_desktop.core.runs.index.reconcile import ReconcileReport
from rmos_desktop.core.runs.index.rows import RunRow, from_us, local_day_start, parse_local, to_us

__all__ = [
    "ENV_CACHE_DIR",
    "INDEX_SCHEMA",
    "MAX_PAGE",
    "REVIEW_STATES",
    "RISK_LEVELS",
    "STATUSES",
    "InvalidCursor",
    "Page",
    "ReconcileReport",
    "RunIndex",
    "RunQuery",
    "RunRow",
    "from_us",
    "index_path",
    "local_day_start",
    "parse_local",
    "to_us",
]
