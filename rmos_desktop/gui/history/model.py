"""The history table: a thin Qt adapter over the run index's query API that fetches pages lazily
(canFetchMore/fetchMore), so 100,000 runs open as fast as 100. It never parses JSON itself. The shop-wide
source (shop_source.py) hands it pages instead, fetched off the GUI thread: `fetcher` asks for the next one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from rmos_desktop.core.runs.describe import review_state
from rmos_desktop.core.runs.index import RunIndex, RunQuery, RunRow
from rmos_desktop.gui.fit import scaled
from rmos_desktop.gui.theme import level_colours, level_icon
from rmos_desktop.gui.timefmt import local_text, time_tooltip

PAGE_SIZE = 200
_ROOT = QModelIndex()  # the table's invisible root (default parent)
ROW_ROLE = Qt.ItemDataRole.UserRole  # the RunRow of a row
RUN_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# the supervisor's columns first (status, risk, job, review); the rest scroll on a narrow screen
COL_TIME, COL_STATUS, COL_RISK, COL_JOB, COL_TOOL, COL_REVIEW, COL_OPERATOR, COL_MATERIAL, COL_STORED = range(9)
COL_STATION = 9  # the shop's runs only (hidden otherwise); the table shows it second
LEVELS = ("OK", "BLOCKED", "ERROR", "GREEN", "YELLOW", "RED", "UNKNOWN")
_LEVEL_ROLES = (
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
)


def review_text(row: RunRow) -> str:
    return f"✔ {review_state(row)}" if row.review_count else review_state(row)


def stored_text(row: RunRow) -> str:
    if row.location == "archived":
        return f"archived: {row.archive_name}"
    if row.location == "missing":
        return "MISSING (no archive record)"
    return ""


class HistoryModel(QAbstractTableModel):
    """Rows of one query, newest first, fetched PAGE_SIZE at a time."""

    sig_loaded = Signal()
    """The rows were replaced (a new query or a refresh)."""

    # shown through self.tr (context HistoryModel); QT_TRANSLATE_NOOP marks them there for pyside6-lupdate
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Time (local)"),
        QT_TRANSLATE_NOOP("HistoryModel", "Status"),
        QT_TRANSLATE_NOOP("HistoryModel", "Risk"),
        QT_TRANSLATE_NOOP("HistoryModel", "Job / order"),
        QT_TRANSLATE_NOOP("HistoryModel", "Tool"),
        QT_TRANSLATE_NOOP("HistoryModel", "Review"),
        QT_TRANSLATE_NOOP("HistoryModel", "Operator"),
        QT_TRANSLATE_NOOP("HistoryModel", "Material"),
        QT_TRANSLATE_NOOP("HistoryModel", "Stored"),
        QT_TRANSLATE_NOOP("HistoryModel", "Station"),
    )

    def __init__(self, index: RunIndex | None, parent: QObject | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.run_index = index
        self.page_size = page_size
        self.query = RunQuery()
        self._rows: list[RunRow] = []
        self._cursor: str | None = None
        self.fetcher: Callable[[str], None] | None = None
        """Set by a remote source: asked for the page after this cursor; it answers with `append_page`."""
        self._fetching = False
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading ------------------------------------------------------------------------------------------
    def set_query(self, query: RunQuery) -> None:
        """Show the first page of `query` (replacing the rows). A query the index refuses (ValueError: a date
        out of range, say) raises and leaves the rows, the query and its cursor as they were."""
        self.reload(query)

    def reload(self, query: RunQuery | None = None) -> None:
        query = query or self.query
        page = self.run_index.query(query, limit=self.page_size) if self.run_index is not None else None
        self.query = query
        self.beginResetModel()
        self._rows = page.rows if page else []
        self._cursor = page.next_cursor if page else None
        self._fetching = False
        self.endResetModel()
        self.sig_loaded.emit()

    def show_page(self, rows: list[RunRow], cursor: str | None) -> None:
        """Replace the rows with a first page fetched elsewhere (the shop server)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._cursor = cursor
        self._fetching = False
        self.endResetModel()
        self.sig_loaded.emit()

    def append_page(self, rows: list[RunRow], cursor: str | None) -> None:
        """Add the page a `fetcher` was asked for."""
        self._fetching = False
        self._cursor = cursor
        self._append(rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and self._cursor is not None and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if parent.isValid() or self._cursor is None or self._fetching:
            return
        if self.fetcher is not None:
            self._fetching = True
            self.fetcher(self._cursor)
            return
        if self.run_index is None:
            return
        page = self.run_index.query(self.query, limit=self.page_size, cursor=self._cursor)
        self._cursor = page.next_cursor
        self._append(page.rows)

    def _append(self, rows: list[RunRow]) -> None:
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)  # last row is start + n - 1
        self._rows.extend(rows)
        self.endInsertRows()

    def query_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.AscendingOrder if self.query.oldest_first else Qt.SortOrder.DescendingOrder

    def row_at(self, row: int) -> RunRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, run_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.run_id == run_id), -1)

    # -- Qt model -------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(self.HEADERS[section])
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return row
        if role == RUN_ID_ROLE:
            return row.run_id
        level = row.status if col == COL_STATUS else (row.risk_level or "UNKNOWN") if col == COL_RISK else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if level in LEVELS and role in _LEVEL_ROLES:
            return self._level_role(level, role)
        if role == Qt.ItemDataRole.FontRole and col == COL_REVIEW and row.awaiting_review:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, col)
        return None

    def _tooltip(self, row: RunRow, col: int) -> str | None:
        if row.problem:
            return self.tr("Unreadable file %1: %2").replace("%1", row.path).replace("%2", row.problem)
        if col == COL_TIME:
            return time_tooltip(row.created_at_utc)
        if col == COL_STATUS and row.block_reason:
            return row.block_reason
        if col == COL_STORED and row.archive_path:
            return row.archive_path
        if col == COL_REVIEW and getattr(row, "last_review_station", None) and not getattr(row, "station", None):
            return self.tr("Reviewed on %1 and brought home by the shop sync; this workstation's records are as"
                           " they were").replace("%1", row.last_review_station)  # fmt: skip
        return None

    def _level_role(self, level: str, role: int):
        """Status and risk cells: the level's colours, its icon and bold text."""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(level_colours(level)[0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(level_colours(level)[1])
        if role == Qt.ItemDataRole.DecorationRole:
            return level_icon(level, scaled(20))
        return self._bold

    def _display(self, row: RunRow, col: int) -> str:
        if col == COL_TIME:
            return local_text(row.created_at_utc)
        if col == COL_STATUS:
            return row.status  # the icon beside it carries the shape
        if col == COL_RISK:
            return row.risk_level or "—"
        if col == COL_TOOL:
            return row.tool_id or "—"
        if col == COL_MATERIAL:
            return row.material or "—"
        if col == COL_JOB:
            return " / ".join(x for x in (row.job_name, row.order_ref) if x) or "—"
        if col == COL_OPERATOR:
            return row.operator or "—"
        if col == COL_REVIEW:
            return review_text(row)
        if col == COL_STORED:
            return stored_text(row)
        if col == COL_STATION:
            return getattr(row, "station", "") or "—"
        return ""
