"""The history's action bar (always at the top, whatever the window's height) and its summary row: how many
runs are listed and the counter of blocked runs awaiting review."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QWidget

from rmos_desktop.gui.fit import make_touchable
from rmos_desktop.gui.theme import level_colours

REVIEW_KEY = "Ctrl+R"
REFRESH_KEY = "F5"


class ActionBar(QWidget):
    """[Review… Ctrl+R] [Compare…] [Open in preview] [Open G-code file] [Export to USB…] [Report…]  [Refresh]"""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.review_button = self._button(row, self.tr("Review…  %1").replace("%1", REVIEW_KEY), "review")
        self.review_button.setProperty("role", "primary")
        self.review_button.setToolTip(
            self.tr("Record a supervisor's review of the selected run (%1)").replace("%1", REVIEW_KEY)
        )
        self.compare_button = self._button(row, self.tr("Compare…"), "compare")
        self.compare_button.setToolTip(self.tr("The selected run beside another: only what differs"))
        self.open_button = self._button(row, self.tr("Open in preview"), "open_preview")
        self.gcode_button = self._button(row, self.tr("Open G-code file"), "open_gcode")
        self.export_button = self._button(row, self.tr("Export to USB…"), "export_usb")
        self.report_button = self._button(row, self.tr("Report…"), "report")
        self.report_button.setToolTip(self.tr("Write the selected run's PDF report"))
        row.addStretch(1)
        self.refresh_button = self._button(row, self.tr("Refresh"), "refresh")
        self.refresh_button.setToolTip(
            self.tr("Read runs other workstations or programs added (%1)").replace("%1", REFRESH_KEY)
        )
        make_touchable(self.findChildren(QPushButton))

    def _button(self, row: QHBoxLayout, text: str, name: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        row.addWidget(b)
        return b

    @property
    def buttons(self) -> list[QPushButton]:
        return [
            self.review_button,
            self.compare_button,
            self.open_button,
            self.gcode_button,
            self.export_button,
            self.report_button,
        ]


class SourceSwitch(QWidget):
    """Source: (•) This workstation ( ) Whole shop — shown only when a shop server is configured."""

    sig_source_changed = Signal(bool)
    """The user picked a source: True for the whole shop, False for this workstation."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Source:")))
        self.local_button = QRadioButton(self.tr("This workstation"))
        self.local_button.setObjectName("source_local")
        self.shop_button = QRadioButton(self.tr("Whole shop"))
        self.shop_button.setObjectName("source_shop")
        self.shop_button.setToolTip(self.tr("Every station's runs, from the shop server"))
        self.local_button.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.local_button, self.shop_button):
            group.addButton(b)
            row.addWidget(b)
        self.shop_button.toggled.connect(self.sig_source_changed)
        make_touchable([self.local_button, self.shop_button])

    def set_shop(self, on: bool) -> None:
        (self.shop_button if on else self.local_button).setChecked(True)


class SummaryRow(QWidget):
    """ "12 run(s) listed", the awaiting-review counter (a button that filters to exactly those runs) and,
    with a shop server, the source switch."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.counter = QPushButton()
        self.counter.setObjectName("awaiting_counter")
        self.counter.setToolTip(self.tr("Show the blocked runs nobody has reviewed yet"))
        row.addWidget(self.counter)
        self.match_count = QLabel()
        self.match_count.setObjectName("match_count")
        row.addWidget(self.match_count, 1)
        self.source = SourceSwitch()
        self.source.hide()
        row.addWidget(self.source)
        make_touchable([self.counter])
        self.awaiting = 0

    def set_listed(self, n: int) -> None:
        self.match_count.setText(self.tr("%n run(s) listed", "", n))

    def set_awaiting(self, n: int) -> None:
        self.awaiting = n
        # the risk colours come from the theme, so a dark or high-contrast theme restyles the counter too
        level = "BLOCKED" if n else "OK"
        bg, fg = level_colours(level)
        self.counter.setStyleSheet(
            f"QPushButton {{ background: {bg.name()}; color: {fg.name()}; font-weight: bold; padding: 6px 14px; }}"
        )
        if n:
            self.counter.setText(self.tr("%n blocked run(s) awaiting review ▸", "", n))
        else:
            self.counter.setText(self.tr("No blocked runs awaiting review"))
