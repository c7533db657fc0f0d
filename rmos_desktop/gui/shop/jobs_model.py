"""The job orders table: a thin Qt adapter over core.shop.jobs.list_orders' rows (plain dicts)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from rmos_desktop.gui.i18n import fill

_ROOT = QModelIndex()
translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts
ORDER_ROLE = Qt.ItemDataRole.UserRole  # the order's dict
# the state column says who holds a claimed order (UI.md: "Running on saw-2 since 10:42 (lease)"); it comes
# third so a narrow dock still shows it
COL_ORDER, COL_JOB, COL_STATE, COL_QTY, COL_DUE = range(5)
COL_HOLDER = COL_STATE


def _hhmm(iso: str | None) -> str:
    return datetime.fromisoformat(iso).astimezone().strftime("%H:%M") if iso else "?"


def held_here(order: dict[str, Any], station: str) -> bool:
    return order.get("claimed_by") == station and not order.get("lease_expired")


def held_elsewhere(order: dict[str, Any], station: str) -> bool:
    return bool(order.get("claimed_by")) and order.get("claimed_by") != station and not order.get("lease_expired")


def holder_text(order: dict[str, Any], station: str) -> str:
    """ "Running on saw-2 since 10:42 (lease)", "Running here since 10:42 (lease)", or the
    order's state when nobody holds it (the state word verbatim, as the server and `rmos shop jobs` say it)."""
    holder = order.get("claimed_by")
    if not holder:
        return order.get("state") or "—"
    since, until = _hhmm(order.get("claimed_at_utc")), _hhmm(order.get("lease_until_utc"))
    if order.get("lease_expired"):
        return fill(translate("JobsModel", "%1's lease ran out at %2 (stale: can be claimed)"), holder, until)
    if holder == station:
        return translate("JobsModel", "Running here since %1 (lease)").replace("%1", since)
    return fill(translate("JobsModel", "Running on %1 since %2 (lease)"), holder, since)


def due_text(due: str | None) -> str:
    if not due:
        return "—"
    day = date.fromisoformat(due)
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd yyyy-MM-dd")  # the locale's weekday


class JobsModel(QAbstractTableModel):
    # shown through self.tr (context JobsModel); QT_TRANSLATE_NOOP marks them there for pyside6-lupdate
    HEADERS = (
        QT_TRANSLATE_NOOP("JobsModel", "Order"),
        QT_TRANSLATE_NOOP("JobsModel", "Job"),
        QT_TRANSLATE_NOOP("JobsModel", "State"),
        QT_TRANSLATE_NOOP("JobsModel", "Done / total"),
        QT_TRANSLATE_NOOP("JobsModel", "Due"),
    )

    def __init__(self, station: str, parent: QObject | None = None):
        super().__init__(parent)
        self.station = station
        self._orders: list[dict[str, Any]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_orders(self, orders: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._orders = list(orders)
        self.endResetModel()

    def order_at(self, row: int) -> dict[str, Any] | None:
        return self._orders[row] if 0 <= row < len(self._orders) else None

    def row_of(self, job_id: str) -> int:
        return next((i for i, o in enumerate(self._orders) if o["job_id"] == job_id), -1)

    @property
    def orders(self) -> list[dict[str, Any]]:
        return list(self._orders)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._orders)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._orders)):
            return None
        order = self._orders[index.row()]
        if role == ORDER_ROLE:
            return order
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(order, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == COL_STATE:
                tip = self.tr("State: %1").replace("%1", order.get("state") or "?")
                if order.get("lease_until_utc"):
                    tip += "\n" + self.tr("Lease until %1 (renewed every 2 minutes while the holder works)").replace(
                        "%1", _hhmm(order.get("lease_until_utc"))
                    )
                return tip
            name = order.get("order_ref") if index.column() == COL_ORDER else order.get("job_name")
            job_id = self.tr("job id %1").replace("%1", order["job_id"])
            return f"{name or '—'}\n{job_id}"
        if role == Qt.ItemDataRole.FontRole and index.column() == COL_HOLDER and held_here(order, self.station):
            return self._bold
        return None

    def _display(self, order: dict[str, Any], col: int) -> str:
        if col == COL_ORDER:
            return order.get("order_ref") or "—"
        if col == COL_JOB:
            return order.get("job_name") or "—"
        if col == COL_QTY:
            return f"{order.get('quantity_done', 0)} / {order.get('quantity', 0)}"
        if col == COL_DUE:
            return due_text(order.get("due"))
        if col == COL_STATE:
            return holder_text(order, self.station)
        return ""
