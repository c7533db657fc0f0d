"""The history table: one run per row over the lazy HistoryModel; the time header is the only sort."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from rmos_desktop.core.runs.index import RunRow
from rmos_desktop.gui.fit import scaled, touch_height
from rmos_desktop.gui.history.model import COL_STATION, COL_TIME, HistoryModel
from rmos_desktop.gui.timefmt import LONGEST_LOCAL

# widest expected text per column (+ room for an icon or the header's sort arrow)
_COLUMN_TEXT = (
    (LONGEST_LOCAL, 28),
    ("UNREADABLE", 44),
    ("UNKNOWN", 44),
    ("Veneer trim / order 2231", 16),
    ("saw:veneer_160", 24),
    ("awaiting review", 40),
    ("Operator", 30),
    ("Material", 30),
    ("archived: rmos-runs-2026-01-01", 16),
    ("saw-12 office", 16),
)


class HistoryTable(QTableView):
    sig_row_selected = Signal(object)
    """The current row changed; carries its RunRow (None when nothing is selected)."""
    sig_order_clicked = Signal()
    """The time header was clicked: the listing order flips (the model's query is reloaded by the window)."""

    def __init__(self, model: HistoryModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_table")
        self.setModel(model)
        self.history_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(touch_height())  # a row is a touch target
        self.setIconSize(QSize(scaled(20), scaled(20)))
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_TIME, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._header_clicked)
        header.setMinimumHeight(touch_height())  # the time header is pressed to flip the order
        fm = self.fontMetrics()
        for col, (text, pad) in enumerate(_COLUMN_TEXT):
            self.setColumnWidth(col, fm.horizontalAdvance(text) + pad)
        header.moveSection(COL_STATION, 1)  # the shop's station column shows second (UI.md), when shown
        self.setColumnHidden(COL_STATION, True)
        self.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self.sig_row_selected.emit(model.row_at(cur.row()))
        )

    def oldest_first(self) -> bool:
        return self.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder

    def _header_clicked(self, section: int) -> None:
        if section != COL_TIME:  # only time sorts (the index pages in time order): put the arrow back
            self.horizontalHeader().setSortIndicator(COL_TIME, self.history_model.query_order())
            return
        self.sig_order_clicked.emit()

    def selected_row(self) -> RunRow | None:
        cur = self.selectionModel().currentIndex()
        return self.history_model.row_at(cur.row()) if cur.isValid() else None

    def select_row(self, r: int) -> None:
        index = self.history_model.index(r, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.scrollTo(index)

    def select_run(self, run_id: str) -> bool:
        """Select a listed run (fetching further pages until it appears); False if it is not listed."""
        model = self.history_model
        while (r := model.row_of(run_id)) < 0 and model.canFetchMore():
            model.fetchMore()
        if r < 0:
            return False
        self.select_row(r)
        return True
