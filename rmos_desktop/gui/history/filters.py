"""The history's filter bar: status chips, tool and material pickers, a local date range, a text search and
"blocked runs awaiting review first". It emits one RunQuery whenever any of them changes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.runs.index import RunQuery
from rmos_desktop.gui.fit import make_touchable, scaled
from rmos_desktop.gui.theme import level_icon

TEXT_DEBOUNCE_MS = 250
CHIP_STATUSES = ("OK", "BLOCKED", "ERROR", "UNREADABLE")
# A chip that is on must not look like a focused one: the palette's selection colours (so a dark theme
# keeps them readable), bold, a thick border, and a check mark in the text.
CHIP_STYLE = (
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " font-weight: bold; border: 3px solid palette(text); }"
)


class FilterBar(QWidget):
    """Two rows: [Status chips] [Tool] [Material] / [From] [To] [search…] [awaiting review first]."""

    sig_query_changed = Signal(object)
    """The filters changed; carries the new RunQuery (the time order is the table's: oldest_first False)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._suspended = False  # several widgets change at once: one query at the end
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DEBOUNCE_MS)
        self._text_timer.timeout.connect(self.emit_query)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._status_row())
        outer.addLayout(self._date_search_row())
        make_touchable(
            [*self.chips.values(), self.station, self.tool, self.material, self.search, self.unreviewed_first]
        )
        make_touchable([self.from_on, self.from_date, self.to_on, self.to_date])

    # -- layout -----------------------------------------------------------------------------------------------
    def _status_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Status")))
        self.chips: dict[str, QPushButton] = {}
        for status in CHIP_STATUSES:
            self.chips[status] = self._chip(status)
            row.addWidget(self.chips[status])
        row.addSpacing(scaled(8))
        self.station = self._picker("filter_station", 8, self.tr("Station (the whole shop's runs only)"))
        self.station.blockSignals(True)  # the other filters are not built yet
        self.station.addItem(self.tr("All stations"), None)
        self.station.blockSignals(False)
        self.station.hide()  # shown by the shop source switch
        row.addWidget(self.station, 1)
        self.tool = self._picker("filter_tool", 14, self.tr("Tool, or every tool of a family"))
        self.material = self._picker("filter_material", 10, self.tr("Material"))
        row.addWidget(self.tool, 1)
        row.addWidget(self.material, 1)
        return row

    def _chip(self, status: str) -> QPushButton:
        chip = QPushButton(level_icon(status if status != "UNREADABLE" else "UNKNOWN", 20), status)
        chip.setObjectName(f"chip_{status}")
        chip.setCheckable(True)
        chip.setStyleSheet(CHIP_STYLE)
        chip.ensurePolished()  # the stylesheet's font, not the default one
        bold = chip.font()
        bold.setBold(True)
        # the checked text is bold with a check mark; Qt sizes the button for the plain text, so reserve it:
        # the icon, the icon-text gap, 2 × 14 px padding and 2 × 3 px border of the checked style, and slack
        chip.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(f"✔ {status}") + scaled(20) + 8 + 28 + 6 + 12)
        chip.setToolTip(self.tr("Show only %1 runs (several chips combine; none shows all)").replace("%1", status))
        chip.toggled.connect(lambda on, c=chip, s=status: c.setText(f"✔ {s}" if on else s))
        chip.toggled.connect(self.emit_query)
        return chip

    def _picker(self, name: str, chars: int, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setToolTip(tip)
        # the width follows a fixed number of characters, never the longest item (a long name in the index
        # must not widen the window); the popup list shows the whole names
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        combo.currentIndexChanged.connect(self.emit_query)
        return combo

    def _date_search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.from_on, self.from_date = self._date_filter(self.tr("From"), "filter_from", -7)
        self.to_on, self.to_date = self._date_filter(self.tr("To"), "filter_to", 0)
        for w in (self.from_on, self.from_date, self.to_on, self.to_date):
            row.addWidget(w)
        self.search = QLineEdit()
        self.search.setObjectName("filter_text")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search run id, job, order, warnings…"))
        self.search.setMinimumWidth(scaled(160))
        self.search.textChanged.connect(lambda _t: self._text_timer.start())
        self.search.returnPressed.connect(self.emit_query)
        row.addWidget(self.search, 1)
        self.unreviewed_first = QCheckBox(self.tr("Awaiting review first"))
        self.unreviewed_first.setObjectName("unreviewed_first")
        self.unreviewed_first.setToolTip(self.tr("Blocked runs nobody has reviewed yet come first"))
        self.unreviewed_first.toggled.connect(self.emit_query)
        row.addWidget(self.unreviewed_first)
        return row

    def _date_filter(self, text: str, name: str, days: int) -> tuple[QCheckBox, QDateEdit]:
        on = QCheckBox(text)
        on.setObjectName(name + "_on")
        edit = QDateEdit(QDate.currentDate().addDays(days))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd yyyy-MM-dd")
        edit.setEnabled(False)
        edit.setToolTip(self.tr("A whole day on this workstation's clock"))
        on.toggled.connect(edit.setEnabled)
        on.toggled.connect(self.emit_query)
        edit.dateChanged.connect(lambda _d: on.isChecked() and self.emit_query())
        return on, edit

    # -- choices and the query ------------------------------------------------------------------------------
    def set_choices(self, tools: list[str], materials: list[str]) -> None:
        """Tool and material lists from what the index holds (the current pick kept when still there)."""
        for combo, everything, values, families in (
            (self.tool, self.tr("All tools"), tools, True),
            (self.material, self.tr("All materials"), materials, False),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            if families:
                for family in sorted({v.split(":", 1)[0] + ":" for v in values if ":" in v}):
                    combo.addItem(self.tr("every %1 tool").replace("%1", family.rstrip(":")), family)
            for v in values:
                combo.addItem(v, v)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def set_stations(self, stations: list[str]) -> None:
        """The shop's stations (the current pick kept when still there)."""
        current = self.station.currentData()
        self.station.blockSignals(True)
        self.station.clear()
        self.station.addItem(self.tr("All stations"), None)
        for name in stations:
            self.station.addItem(name, name)
        self.station.setCurrentIndex(max(self.station.findData(current), 0))
        self.station.blockSignals(False)

    def query(self) -> RunQuery:
        since = self.from_date.date().toPython() if self.from_on.isChecked() else None
        until = self.to_date.date().toPython() if self.to_on.isChecked() else None
        return RunQuery(
            status=tuple(s for s, chip in self.chips.items() if chip.isChecked()),
            tool_prefix=self.tool.currentData(),
            material=self.material.currentData(),
            since=since,
            until=until,
            text=self.search.text().strip() or None,
            unreviewed_first=self.unreviewed_first.isChecked(),
        )

    def emit_query(self) -> None:
        if self._suspended:
            return
        self._text_timer.stop()
        self.sig_query_changed.emit(self.query())

    def show_awaiting_review(self) -> None:
        """BLOCKED runs only, those nobody reviewed first (one query, not one per chip)."""
        self._suspended = True
        try:
            for status, chip in self.chips.items():
                chip.setChecked(status == "BLOCKED")
            self.unreviewed_first.setChecked(True)
        finally:
            self._suspended = False
        self.emit_query()


def ordered(query: RunQuery, oldest_first: bool) -> RunQuery:
    return replace(query, oldest_first=oldest_first)
