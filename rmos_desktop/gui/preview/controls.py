"""The preview's small widgets: the header (title, what is drawn, loading progress) on the row of the view
tabs, the readouts (wrapping), the move-by-move step bar (its buttons never move when the readout changes),
the list of lines the reader did not understand, and the positions table of kerf arrays and fret slots."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.units import to_display
from rmos_desktop.gui.i18n import decimal_text, number_text
from rmos_desktop.gui.preview.saw_geometry import CutPosition
from rmos_desktop.gui.theme import TOUCH_MIN_PX

READOUT_KEYS = ("extents", "envelope", "lengths", "counts", "time")


def fmt_len(value: float, units: str = "mm") -> str:
    """A length (mm) as a readout shows it: 0.001 mm, or 0.0001 in (the G-code's own resolution is 0.001 mm),
    with the locale's decimal sign and no digit grouping; never "−0.000"."""
    if units == "in":
        return decimal_text(to_display(value, "length", "in"), 4, grouped=False)
    return decimal_text(value, 3, grouped=False)


class ElidedLabel(QLabel):
    """One line that never sets a minimum width: text too long for the space ends in "…" and the whole text
    is in the tooltip (text() is always the whole text)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 4)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.text()) + 8, self.fontMetrics().height() + 4)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.fontMetrics().horizontalAdvance(self.text()) > self.width() else "")

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
        painter.end()


class PreviewHeader(QWidget):
    """What the preview shows (title, what is drawn) and the loading progress, on one line that elides."""

    sig_cancel = Signal()
    """Cancel was pressed while a program loads."""

    def __init__(self, progress_scale: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        head = QHBoxLayout(self)
        head.setContentsMargins(6, 0, 6, 0)
        head.setSpacing(10)
        self.title_label = ElidedLabel()
        self.title_label.setObjectName("preview_title")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        head.addWidget(self.title_label, 3)
        self.drawn_label = ElidedLabel()
        self.drawn_label.setObjectName("preview_drawn")
        self.drawn_label.setProperty("role", "hint")
        head.addWidget(self.drawn_label, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("preview_progress")
        self.progress.setRange(0, progress_scale)
        self.progress.setMaximumWidth(200)
        self.progress.setFormat(self.tr("reading %p%"))
        self.progress.hide()
        head.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("preview_cancel")
        self.cancel_button.clicked.connect(self.sig_cancel)
        self.cancel_button.hide()
        head.addWidget(self.cancel_button)

    def set_loading(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)


class ViewStack(QStackedWidget):
    """The views' stack; says when it is resized (the floating legend keeps to its corner)."""

    sig_resized = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.sig_resized.emit()


class ViewTabs(QWidget):
    """The views (top, side, positions) as tabs whose bar shares its row with the preview's title and the Fit
    buttons, so the drawing gets the height a separate title row would take. Its API is QTabWidget's subset
    the preview uses."""

    currentChanged = Signal(int)  # noqa: N815  (QTabWidget's name: callers treat this as one)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.bar_row = QHBoxLayout()
        self.bar_row.setContentsMargins(0, 0, 0, 0)
        self.bar_row.setSpacing(6)
        self.bar = QTabBar()
        self.bar.setObjectName("preview_view_bar")
        self.bar.setExpanding(False)
        self.bar.setDrawBase(False)
        self.bar_row.addWidget(self.bar)
        self.stack = ViewStack()
        outer.addLayout(self.bar_row)
        outer.addWidget(self.stack, 1)
        self.bar.currentChanged.connect(self._changed)

    def add_to_bar(self, widget: QWidget, stretch: int = 0) -> None:
        self.bar_row.addWidget(widget, stretch)

    def addTab(self, widget: QWidget, text: str) -> int:
        self.stack.addWidget(widget)
        return self.bar.addTab(text)

    def _changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.currentChanged.emit(index)

    def setCurrentIndex(self, index: int) -> None:
        self.bar.setCurrentIndex(index)

    def currentIndex(self) -> int:
        return self.bar.currentIndex()

    def currentWidget(self) -> QWidget | None:
        return self.stack.currentWidget()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def count(self) -> int:
        return self.bar.count()

    def tabText(self, index: int) -> str:
        return self.bar.tabText(index)


class ReadoutBar(QWidget):
    """Extents, travel check, lengths, then counts and time side by side; each wraps in a narrow column."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(1)
        self.labels: dict[str, QLabel] = {}
        # counts and time are short: side by side on the last line, packed to the left
        places = {"extents": (0, 0, 1, 3), "envelope": (1, 0, 1, 3), "lengths": (2, 0, 1, 3), "counts": (3, 0, 1, 1)}
        for key in READOUT_KEYS:
            label = QLabel()
            label.setObjectName(f"readout_{key}")
            label.setWordWrap(key not in ("counts", "time"))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            grid.addWidget(label, *places.get(key, (3, 1, 1, 1)))
        grid.setColumnStretch(2, 1)

    # A splitter's column does not ask its children for their height at a width: the bar asks itself, so its
    # wrapped lines always get their height (on a resize, and when a text changes).
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return super().event(event)

    def _fit_height(self) -> None:
        need = self.layout().heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


class StepBar(QWidget):
    """|◀ ◀ ▶ ▶| on one row, the slider under them, and the current move's readout under that in a box of fixed
    height (so the buttons never move when the readout changes)."""

    sig_step = Signal(int)
    """Step by n moves (−1 back, +1 forward)."""
    sig_first = Signal()
    sig_last = Signal()
    sig_slider = Signal(int)
    """The slider was moved by the user to a move index."""

    MOVE_LINES = 3  # the idle hint takes three lines in German and French

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        steps = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip, delta in (
            ("first", "|◀", self.tr("First move"), None),
            ("back", "◀", self.tr("Previous move"), -1),
            ("forward", "▶", self.tr("Next move"), 1),
            ("last", "▶|", self.tr("Last move"), None),
        ):
            button = QToolButton()
            button.setObjectName(f"step_{key}")
            button.setText(text)
            button.setToolTip(tip)
            button.setMinimumSize(48, TOUCH_MIN_PX)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            if delta is not None:
                button.clicked.connect(lambda _=False, d=delta: self.sig_step.emit(d))
                button.setAutoRepeat(True)
            else:
                button.clicked.connect(self.sig_first if key == "first" else self.sig_last)
            self.buttons[key] = button
            steps.addWidget(button)
        outer.addLayout(steps)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("move_slider")
        self.slider.setMinimumHeight(TOUCH_MIN_PX)
        self.slider.setToolTip(self.tr("Walk through the program move by move"))
        self._quiet = False
        self.slider.valueChanged.connect(self._moved)
        outer.addWidget(self.slider)
        self.move_label = QLabel()
        self.move_label.setObjectName("move_label")
        self.move_label.setWordWrap(True)
        self.move_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.move_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.move_label.setFixedHeight(self.move_label.fontMetrics().lineSpacing() * self.MOVE_LINES + 4)
        self.move_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.move_label)

    def set_count(self, n: int) -> None:
        self._quiet = True
        try:
            self.slider.setRange(0, max(0, n - 1))
            self.slider.setValue(0)
            self.slider.setPageStep(max(1, n // 50))
        finally:
            self._quiet = False
        self.slider.setEnabled(n > 0)
        for button in self.buttons.values():
            button.setEnabled(n > 0)

    def set_value(self, value: int) -> None:
        self._quiet = True
        try:
            self.slider.setValue(value)
        finally:
            self._quiet = False

    def _moved(self, value: int) -> None:
        if not self._quiet:
            self.sig_slider.emit(value)


class ProblemsPanel(QWidget):
    """Lines the reader did not understand: a summary and a list; choosing one goes to its line."""

    sig_line_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("preview_problem_summary")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        layout.addWidget(self.label)
        self.list = QListWidget()
        self.list.setObjectName("preview_problems")
        self.list.setMaximumHeight(120)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout.addWidget(self.list)
        self.clear()

    def clear(self) -> None:
        self.label.hide()
        self.list.clear()
        self.list.hide()

    def show_problems(self, problems, total: int) -> None:
        if not total:
            return
        text = self.tr("%s lines were not understood (marked ! in the text); the plot leaves out what they mean.") % (
            number_text(total)
        )
        if len(problems) < total:
            text += " " + self.tr("The first %d are listed.") % len(problems)
        self.label.setText("⚠ " + text)
        self.label.show()
        for p in problems:
            item = QListWidgetItem(self.tr("line %d: %s — %s") % (p.line, p.reason, p.text))
            item.setData(Qt.ItemDataRole.UserRole, p.line)
            self.list.addItem(item)
        self.list.show()

    def _chosen(self, item: QListWidgetItem) -> None:
        self.sig_line_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))


class PositionsTable(QTableWidget):
    """Cut n → X from/to, Y (and for fret slots the distance from the nut); choosing a row goes to its line."""

    sig_line_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 5, parent)
        self.setObjectName("positions")
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # "cut": a count
        self.cellClicked.connect(self._chosen)
        self.positions: list[CutPosition] = []
        self.units = "mm"
        self.set_positions([])

    def set_units(self, units: str) -> None:
        """Show the positions in mm or in (the same numbers, read again)."""
        self.units = "in" if units == "in" else "mm"
        self.set_positions(self.positions)

    def set_positions(self, positions: list[CutPosition]) -> None:
        self.positions = positions
        frets = any(p.from_nut is not None for p in positions)
        surface = any(p.at_surface for p in positions)
        ends = self.tr("kerf at the surface") if surface else self.tr("blade centre")
        u = self.units
        # two lines per header: the columns share a third of the window and the words must not be cut off
        if u == "in":
            headers = [self.tr("cut"), ends + "\n" + self.tr("X from (in)"), ends + "\n" + self.tr("X to (in)")]
            headers += [self.tr("Y (in)"), self.tr("from the nut (in)") if frets else self.tr("G-code line")]
        else:
            headers = [self.tr("cut"), ends + "\n" + self.tr("X from (mm)"), ends + "\n" + self.tr("X to (mm)")]
            headers += [self.tr("Y (mm)"), self.tr("from the nut (mm)") if frets else self.tr("G-code line")]
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(positions))
        for row, p in enumerate(positions):
            last = fmt_len(p.from_nut, u) if frets and p.from_nut is not None else str(p.line)
            cells = (str(p.n), fmt_len(p.x_from, u), fmt_len(p.x_to, u), fmt_len(p.y, u), last)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, col, item)

    def _chosen(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.positions):
            self.sig_line_chosen.emit(self.positions[row].line)
