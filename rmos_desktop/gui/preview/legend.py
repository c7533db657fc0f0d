"""The preview's legend as ordinary widgets (big type) floating in the plot's top-right corner, foldable:
a swatch with each kind's colour, line style and marker, its count, and a box to show or hide it. Fit job keeps
the toolpath clear of it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from rmos_desktop.core.toolpaths.moves import KIND_NAMES
from rmos_desktop.gui.i18n import number_text
from rmos_desktop.gui.preview import style
from rmos_desktop.gui.preview.plot_view import KINDS


def draw_symbol(painter: QPainter, symbol: str, centre: QPointF, size: float) -> None:
    """The pyqtgraph marker shapes the plots use, drawn with the painter's pen and brush."""
    h = size / 2
    c = centre
    if symbol == "o":
        painter.drawEllipse(c, h, h)
    elif symbol == "s":
        painter.drawRect(QRectF(c.x() - h, c.y() - h, size, size))
    elif symbol == "t":  # pointing down: a plunge
        painter.drawPolygon(
            QPolygonF([QPointF(c.x() - h, c.y() - h), QPointF(c.x() + h, c.y() - h), QPointF(c.x(), c.y() + h)])
        )
    elif symbol == "t1":  # pointing up: a retract
        painter.drawPolygon(
            QPolygonF([QPointF(c.x() - h, c.y() + h), QPointF(c.x() + h, c.y() + h), QPointF(c.x(), c.y() - h)])
        )
    elif symbol == "x":
        painter.drawLine(QPointF(c.x() - h, c.y() - h), QPointF(c.x() + h, c.y() + h))
        painter.drawLine(QPointF(c.x() - h, c.y() + h), QPointF(c.x() + h, c.y() - h))


class Swatch(QWidget):
    """A small picture of how one thing is drawn: a line, a filled box, or a marker (or a line and marker)."""

    def __init__(
        self,
        *,
        pen: QPen | None = None,
        brush: QBrush | None = None,
        symbol: str | None = None,
        symbol_brush: QBrush | None = None,
        box: bool = False,
        parent=None,
    ):
        super().__init__(parent)
        self.pen, self.brush, self.symbol, self.symbol_brush, self.box = pen, brush, symbol, symbol_brush, box
        self.setFixedSize(QSize(56, 22))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(3, 4, -3, -4)
        if self.box:
            painter.setPen(self.pen or Qt.PenStyle.NoPen)
            painter.setBrush(self.brush or Qt.BrushStyle.NoBrush)
            painter.drawRect(r)
        elif self.pen is not None:
            pen = QPen(self.pen)
            pen.setCosmetic(True)
            painter.setPen(pen)
            y = r.center().y()
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right() - (16 if self.symbol else 0), y))
        if self.symbol:
            painter.setPen(QPen(QColor("#000000"), 1))
            painter.setBrush(self.symbol_brush or QBrush(QColor("#000000")))
            draw_symbol(painter, self.symbol, QPointF(r.right() - 6, r.center().y()), 11)
        painter.end()


class LegendPanel(QWidget):
    """One row per move kind (with its count and a show/hide box) and one per overlay."""

    sig_kind_toggled = Signal(int, bool)
    """The user showed (True) or hid (False) a move kind in both plots."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preview_legend")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setVerticalSpacing(1)
        self.kind_boxes: dict[int, QCheckBox] = {}
        names = {
            0: self.tr("rapid"),
            1: self.tr("plunge"),
            2: self.tr("feed (cut)"),
            3: self.tr("retract"),
        }
        row = 0
        for kind in KINDS:
            kind_style = style.KIND_STYLES[kind]
            swatch = Swatch(
                pen=kind_style.pen(),
                symbol=kind_style.symbol if kind in (1, 3) else None,
                symbol_brush=QBrush(QColor(kind_style.colour)),
            )
            swatch.setToolTip(
                self.tr("Seen from above, a %s is a point: drawn as this marker") % KIND_NAMES[kind]
                if kind in (1, 3)
                else ""
            )
            box = QCheckBox(names[kind])
            box.setObjectName(f"legend_{KIND_NAMES[kind]}")
            box.setChecked(True)
            box.toggled.connect(lambda on, k=kind: self.sig_kind_toggled.emit(k, on))
            self.kind_boxes[kind] = box
            grid.addWidget(swatch, row, 0)
            grid.addWidget(box, row, 1)
            row += 1
        self.overlay_rows: dict[str, tuple[Swatch, QLabel]] = {}
        overlays = [
            (
                "footprint",
                Swatch(pen=QPen(style.FOOTPRINT_PEN), brush=QBrush(style.FOOTPRINT_FILL), box=True),
                self.tr("kerf at the top surface"),
            ),
            (
                "stock",
                Swatch(pen=QPen(QColor(style.STOCK_PEN), 2), brush=QBrush(style.STOCK_FILL), box=True),
                self.tr("stock"),
            ),
            (
                "envelope",
                Swatch(pen=QPen(QColor(style.ENVELOPE_COLOUR), 2, Qt.PenStyle.DashLine)),
                self.tr("machine travel"),
            ),
            (
                "outside",
                Swatch(symbol="x", symbol_brush=QBrush(QColor(style.OUTSIDE_COLOUR))),
                self.tr("outside the travel"),
            ),
            (
                "blade",
                Swatch(pen=QPen(QColor(style.BLADE_COLOUR), 2, Qt.PenStyle.DashLine)),
                self.tr("blade at the first cut"),
            ),
            ("overrun", Swatch(pen=QPen(QColor(style.OVERRUN_COLOUR), 6)), self.tr("kerf overrun at Z 0")),
            ("selected", Swatch(pen=QPen(style.HIGHLIGHT_COLOUR, 7)), self.tr("selected line")),
            ("position", Swatch(symbol="o", symbol_brush=style.MARKER_BRUSH), self.tr("position")),
        ]
        for key, swatch, text in overlays:
            label = QLabel(text)
            label.setObjectName(f"legend_{key}")
            grid.addWidget(swatch, row, 0)
            grid.addWidget(label, row, 1)
            self.overlay_rows[key] = (swatch, label)
            row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(1, 1)

    def set_counts(self, counts: dict[str, int]) -> None:
        names = {0: self.tr("rapid"), 1: self.tr("plunge"), 2: self.tr("feed (cut)"), 3: self.tr("retract")}
        for kind, box in self.kind_boxes.items():
            box.setText(f"{names[kind]} · {number_text(counts.get(KIND_NAMES[kind], 0))}")
        self._changed()

    def show_overlay(self, key: str, shown: bool, tooltip: str = "") -> None:
        swatch, label = self.overlay_rows[key]
        swatch.setVisible(shown)
        label.setVisible(shown)
        label.setToolTip(tooltip)
        swatch.setToolTip(tooltip)
        self._changed()

    def _changed(self) -> None:
        """Rows or texts changed: the floating frame around the legend takes the new size."""
        overlay = self.parentWidget()
        if isinstance(overlay, LegendOverlay):
            overlay.place()


class LegendOverlay(QFrame):
    """The legend floating in the top-right corner of the plot (the drawing keeps the whole width): a heading
    button folds it to one line and unfolds it again."""

    def __init__(self, legend: LegendPanel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legend_overlay")
        self.setAutoFillBackground(True)
        self.legend = legend
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(0)
        self.fold_button = QToolButton()
        self.fold_button.setObjectName("legend_fold")
        self.fold_button.setCheckable(True)
        self.fold_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.fold_button.setToolTip(self.tr("Fold or unfold the legend"))
        self.fold_button.toggled.connect(self.set_folded)
        layout.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(legend)
        self.set_folded(False)

    @property
    def folded(self) -> bool:
        return self.fold_button.isChecked()

    def set_folded(self, on: bool) -> None:
        if self.fold_button.isChecked() != on:
            self.fold_button.setChecked(on)  # comes back here through toggled
            return
        self.legend.setVisible(not on)
        self.fold_button.setText(self.tr("Legend ◂") if on else self.tr("Legend ▾"))
        self.adjustSize()
        self.place()

    def place(self) -> None:
        """Top-right corner of the parent (the plot area), inside its margins; never taller than it."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.layout().activate()
        hint = self.sizeHint()
        height = min(hint.height(), max(0, parent.height() - 16))
        self.setGeometry(parent.width() - hint.width() - 12, 8, hint.width(), height)
        self.raise_()


class PlotNote(QLabel):
    """What the preview's one-line title cannot hold in full, on the plot where it is read: why nothing is drawn,
    and notes about the program (its G-code no longer matches its record, it was read as Latin-1). Top-left,
    clear of the Y axis and of the floating legend."""

    def __init__(self, legend: LegendOverlay, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("plot_note")
        self.legend = legend
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_text(self, text: str, kind: str = "info") -> None:
        """Show `text` ("" hides the note) as kind "info" or "warning"."""
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setVisible(bool(text))
        self.place()

    def place(self) -> None:
        parent = self.parentWidget()
        if not self.text() or parent is None:
            return
        legend = 0 if self.legend.isHidden() else self.legend.width() + 12
        width = max(160, min(parent.width() - legend - 24, 80 * self.fontMetrics().averageCharWidth()))
        self.setFixedWidth(width)
        self.setFixedHeight(self.heightForWidth(width))
        self.move(72, 8)  # clear of the Y axis
        self.raise_()
