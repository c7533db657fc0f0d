"""The G-code text of the preview: a list model over one text and its line offsets, a delegate that
paints line numbers and highlighted words for the visible rows only, and find / go-to-line.

A million lines cost two offset arrays, not a million widgets or text blocks (bench/bench_preview.py
compares it with QPlainTextEdit.setPlainText).
"""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QIntValidator, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

LINE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 2

_TOKEN = re.compile(
    r"(?P<comment>\([^)]*\)|;.*$)|(?P<word>(?P<letter>[A-Za-z])\s*[-+]?(?:\d+\.?\d*|\.\d+))|(?P<space>\s+)|(?P<other>.)"
)
# colour, bold for each kind of word (contrast >= 4.5:1 on white and on the selection colour)
_WORD_STYLE = {
    "G": ("#0b46a8", True),
    "M": ("#7b1fa2", True),
    "X": ("#00574b", False),
    "Y": ("#00574b", False),
    "Z": ("#00574b", False),
    "I": ("#00574b", False),
    "J": ("#00574b", False),
    "F": ("#9a4a00", True),
    "S": ("#2e6b1f", True),
}
_OTHER_WORD = ("#444444", False)
_COMMENT = ("#5f5f5f", False)
_UNREADABLE = ("#b71c1c", True)
SELECTED_BG = QColor("#cfe0ff")
PROBLEM_BG = QColor("#ffe3e3")
GUTTER_BG = QColor("#ececec")
GUTTER_FG = QColor("#555555")
ACCENT = QColor("#0b57d0")


def monospace_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setFamily("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    return font


def tokens(line: str) -> list[tuple[str, str, bool, bool]]:
    """(text, colour, bold, italic) runs of one line, for painting."""
    out = []
    for m in _TOKEN.finditer(line):
        if m.group("comment") is not None:
            out.append((m.group(0), _COMMENT[0], False, True))
        elif m.group("word") is not None:
            colour, bold = _WORD_STYLE.get(m.group("letter").upper(), _OTHER_WORD)
            out.append((m.group(0), colour, bold, False))
        elif m.group("space") is not None:
            out.append((m.group(0), "#000000", False, False))
        else:
            out.append((m.group(0), _UNREADABLE[0], True, False))
    return out


class GcodeLineModel(QAbstractListModel):
    """One row per G-code line, read from the text through its offsets; read-only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self._starts = np.zeros(0, np.int64)
        self._ends = np.zeros(0, np.int64)
        self._rows = 0
        self._problems: dict[int, str] = {}
        self._lower: str | None = None
        self._exact = False  # search matches case (only where lower-casing would move offsets)
        self.longest = 0

    def set_program(self, text: str, starts: np.ndarray, ends: np.ndarray, problems: dict[int, str]) -> None:
        self.beginResetModel()
        self._text, self._starts, self._ends = text, starts, ends
        self._rows = len(starts)
        self._problems = dict(problems)
        self._lower = None
        self.longest = int((ends - starts).max()) if len(starts) else 0
        self.endResetModel()

    def clear(self) -> None:
        self.set_program("", np.zeros(0, np.int64), np.zeros(0, np.int64), {})

    # -- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._starts):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.line_text(row)
        if role == LINE_NUMBER_ROLE:
            return row + 1
        if role == PROBLEM_ROLE:
            return self._problems.get(row + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self._problems.get(row + 1)
            return self.tr("Line %d: %s") % (row + 1, problem) if problem else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- plain look-ups ------------------------------------------------------------------------------
    def line_text(self, row: int) -> str:
        return self._text[int(self._starts[row]) : int(self._ends[row])]

    def find(self, needle: str, from_row: int, *, backwards: bool = False) -> int | None:
        """The row of the next (or previous) line containing `needle` (any case), wrapping around."""
        if not needle or not len(self._starts):
            return None
        if self._lower is None:
            self._lower = self._folded()
        text, needle = self._lower, self._fold(needle)
        if backwards:
            limit = int(self._starts[from_row]) if 0 <= from_row < len(self._starts) else len(text)
            at = text.rfind(needle, 0, limit)
            if at < 0:
                at = text.rfind(needle)
        else:
            begin = int(self._starts[from_row + 1]) if 0 <= from_row + 1 < len(self._starts) else 0
            at = text.find(needle, begin)
            if at < 0:
                at = text.find(needle)
        if at < 0:
            return None
        return int(np.searchsorted(self._starts, at, side="right")) - 1

    def _fold(self, needle: str) -> str:
        return needle if self._exact else needle.lower()

    def _folded(self) -> str:
        """The text in lower case, offset for offset (as is, in the rare text where lowering changes lengths)."""
        lower = self._text.lower()
        self._exact = len(lower) != len(self._text)
        return self._text if self._exact else lower

    def count(self, needle: str) -> int:
        if not needle:
            return 0
        if self._lower is None:
            self._lower = self._folded()
        return self._lower.count(self._fold(needle))


class GcodeDelegate(QStyledItemDelegate):
    """Paints the gutter (line number, problem mark) and the line's words in their colours."""

    def __init__(self, model: GcodeLineModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.current_row = lambda: -1  # the view's current row: the one row painted as selected
        self.font = QFont()
        self.bold = QFont()
        self.italic = QFont()
        self.set_font(QFont())

    def set_font(self, font: QFont) -> None:
        self.font = monospace_font(font)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.italic = QFont(self.font)
        self.italic.setItalic(True)
        self.metrics = QFontMetrics(self.font)
        self.char_w = max(1, self.metrics.horizontalAdvance("0"))
        self.row_h = self.metrics.height() + 6

    def gutter_width(self) -> int:
        digits = max(3, len(str(self.model.rowCount())))
        return (digits + 2) * self.char_w + 8

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(self.gutter_width() + (self.model.longest + 2) * self.char_w, self.row_h)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        rect = option.rect
        row = index.row()
        # The highlight is the current line, never a separate selection: a drag or a scroll under a held
        # button must not leave one line highlighted while the readout names another.
        selected = row == self.current_row()
        problem = self.model.data(index, PROBLEM_ROLE)
        painter.save()
        if selected:
            painter.fillRect(rect, SELECTED_BG)
        elif problem:
            painter.fillRect(rect, PROBLEM_BG)
        gutter = self.gutter_width()
        gutter_rect = rect.adjusted(0, 0, 0, 0)
        gutter_rect.setWidth(gutter)
        painter.fillRect(gutter_rect, ACCENT if selected else GUTTER_BG)
        painter.setFont(self.font)
        painter.setPen(QColor("#ffffff") if selected else GUTTER_FG)
        number_rect = gutter_rect.adjusted(0, 0, -self.char_w, 0)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(row + 1))
        if problem:
            painter.setFont(self.bold)
            painter.setPen(QColor("#b71c1c") if not selected else QColor("#ffffff"))
            painter.drawText(gutter_rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, "!")
        baseline = rect.top() + (rect.height() + self.metrics.ascent() - self.metrics.descent()) / 2
        x = rect.left() + gutter + self.char_w
        for text, colour, bold, italic in tokens(self.model.line_text(row)):
            font = self.bold if bold else (self.italic if italic else self.font)
            painter.setFont(font)
            painter.setPen(QPen(QColor(colour)))
            painter.drawText(QPointF(x, baseline), text)
            x += QFontMetrics(font).horizontalAdvance(text)
            if x > rect.right():
                break
        painter.restore()


class GcodeTextView(QTableView):
    """Read-only G-code with line numbers; selecting a line tells the preview which line it is."""

    sig_line_selected = Signal(int)
    """The user made G-code line n (1-based) current: by click, arrow keys, find or go-to-line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("gcode_lines")
        self.line_model = GcodeLineModel(self)
        self.setModel(self.line_model)
        self.line_delegate = GcodeDelegate(self.line_model, self)
        self.line_delegate.set_font(self.font())
        self.setItemDelegate(self.line_delegate)
        # A table with fixed row heights: its header keeps one size for every row, so a million rows cost
        # nothing to lay out (a QListView visits each row; bench/bench_preview.py).
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.hide()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.line_delegate.current_row = lambda: self.currentIndex().row()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setWordWrap(False)
        self._quiet = False
        self.selectionModel().currentRowChanged.connect(self._row_changed)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.line_delegate.set_font(self.font())
            QTimer.singleShot(0, self, self._fit_rows)  # not from inside the style's polish

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """Scroll rows into view, never sideways (the one column is as wide as the longest line)."""
        bar = self.horizontalScrollBar()
        keep = bar.value()
        super().scrollTo(index, hint)
        bar.setValue(keep)

    def _fit_rows(self) -> None:
        """One row height for all; the column as wide as the longest line (at least the view)."""
        delegate = self.line_delegate
        self.verticalHeader().setDefaultSectionSize(delegate.row_h)
        if self.horizontalHeader().count():
            width = delegate.gutter_width() + (self.line_model.longest + 2) * delegate.char_w
            self.horizontalHeader().resizeSection(0, max(width, self.viewport().width()))

    def set_program(self, text: str, starts: np.ndarray, ends: np.ndarray, problems: dict[int, str]) -> None:
        self.line_delegate.set_font(self.font())
        self.line_model.set_program(text, starts, ends, problems)
        self._fit_rows()

    def current_line(self) -> int | None:
        index = self.currentIndex()
        return index.row() + 1 if index.isValid() else None

    def select_line(self, line_no: int, *, notify: bool = False) -> bool:
        """Make `line_no` current and scroll it into the middle of the view."""
        if not 1 <= line_no <= self.line_model.rowCount():
            return False
        index = self.line_model.index(line_no - 1)
        self._quiet = not notify
        try:
            self.setCurrentIndex(index)
        finally:
            self._quiet = False
        # Centre a line chosen elsewhere (plot, slider, find); a line already in view stays where it is, so
        # the row under a clicking finger does not move away from it.
        if not self.viewport().rect().contains(self.visualRect(index)):
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.sig_line_selected.emit(current.row() + 1)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            line = self.current_line()
            if line is not None:
                QGuiApplication.clipboard().setText(self.line_model.line_text(line - 1))
            event.accept()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Find (Ctrl+F, Enter / F3 for the next match) and go to line (Ctrl+G) for a GcodeTextView."""

    sig_not_found = Signal(str)
    """A search found nothing; carries the text searched for."""

    def __init__(self, view: GcodeTextView, parent=None):
        super().__init__(parent)
        self.view = view
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("find_text")
        self.find_edit.setPlaceholderText(self.tr("Find (Ctrl+F)"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(110)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textChanged.connect(lambda _t: self.status.clear())
        row.addWidget(self.find_edit, 3)
        self.prev_button = QToolButton()
        self.prev_button.setText("▲")
        self.prev_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.prev_button.clicked.connect(self.find_previous)
        row.addWidget(self.prev_button)
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.next_button.clicked.connect(self.find_next)
        row.addWidget(self.next_button)
        self.status = QLabel()
        self.status.setObjectName("find_status")
        self.status.setProperty("role", "hint")
        self.status.setMinimumWidth(0)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.status, 1)
        self.goto_edit = QLineEdit()
        self.goto_edit.setObjectName("goto_line")
        self.goto_edit.setPlaceholderText(self.tr("Go to line"))
        self.goto_edit.setToolTip(self.tr("Go to line (Ctrl+G)"))
        self.goto_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.goto_edit.setMinimumWidth(90)
        self.goto_edit.setMaximumWidth(190)
        self.goto_edit.returnPressed.connect(self.go_to_line)
        row.addWidget(self.goto_edit)

    def focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def focus_goto(self) -> None:
        self.goto_edit.setFocus()
        self.goto_edit.selectAll()

    def find_next(self) -> int | None:
        return self._find(backwards=False)

    def find_previous(self) -> int | None:
        return self._find(backwards=True)

    def _find(self, *, backwards: bool) -> int | None:
        needle = self.find_edit.text()
        if not needle:
            return None
        current = (self.view.current_line() or 0) - 1
        row = self.view.line_model.find(needle, current, backwards=backwards)
        if row is None:
            self.status.setText(self.tr("not found"))
            self.sig_not_found.emit(needle)
            return None
        count = self.view.line_model.count(needle)
        self.status.setText(self.tr("line %d · %d matches") % (row + 1, count))
        self.view.select_line(row + 1, notify=True)
        return row + 1

    def go_to_line(self) -> bool:
        text = self.goto_edit.text().strip()
        if not text:
            return False
        line = int(text)
        total = self.view.line_model.rowCount()
        if not self.view.select_line(min(max(line, 1), total), notify=True):
            self.status.setText(self.tr("no line %d") % line)
            return False
        self.status.setText(self.tr("line %d of %d") % (min(max(line, 1), total), total))
        return True
