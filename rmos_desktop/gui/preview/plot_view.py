"""One toolpath view (top XY or side XZ) drawn with pyqtgraph: a handful of items whatever the program's
size — one NaN-broken curve per move kind (connect="finite"), one marker set per kind, and the overlays
(stock, kerf footprint, machine travel, moves outside it, the selected move and the current position)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from rmos_desktop.core.toolpaths.moves import FEED, PLUNGE, RAPID, RETRACT
from rmos_desktop.core.toolpaths.preview_data import Polyline, ViewGeometry
from rmos_desktop.gui.preview import style

KINDS = (RAPID, PLUNGE, FEED, RETRACT)
PICK_PIXELS = 10  # how near a click must be to a segment, in screen pixels
SMOOTH_LIMIT = 20_000  # antialias solid curves with fewer vertices than this (it costs time on big programs)
# Qt strokes dashed pens wider than 1 px, or antialiased, through its general path stroker: ~0.7 ms per long
# segment (bench/bench_preview.py). Dashed kinds are therefore never antialiased, and past this many
# vertices they are drawn 1 px wide, which Qt's raster engine dashes directly (about 40x faster).
THIN_DASH_LIMIT = 4_000
VIEW_TITLES = {  # translated where shown (ToolpathPlot context)
    "top": QT_TRANSLATE_NOOP("ToolpathPlot", "Top view (X–Y)"),
    "side": QT_TRANSLATE_NOOP("ToolpathPlot", "Side view (X–Z)"),
}


def cosmetic_pen(colour, width: float, line: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    pen.setStyle(line)
    pen.setCosmetic(True)
    return pen


class ToolpathPlot(pg.PlotWidget):
    """A pyqtgraph plot of one projection, aspect ratio locked (1 mm is 1 mm both ways)."""

    sig_clicked = Signal(float, float, float)
    """A left click in the plot at (u, v) in mm; the third value is the pick tolerance in mm."""

    def __init__(self, name: str, axes: tuple[str, str], parent=None):
        super().__init__(parent=parent, background=style.PLOT_BACKGROUND)
        self.setObjectName(f"plot_{name}")
        self.view_name = name
        self.axes = axes
        item = self.getPlotItem()
        self.vb = item.getViewBox()
        item.setAspectLocked(True, 1.0)
        item.showGrid(x=True, y=True, alpha=style.GRID_ALPHA)
        item.setMenuEnabled(False)
        item.hideButtons()
        # no title inside the plot: its tab names the view, and the drawing gets the height
        self.setToolTip(self.tr(VIEW_TITLES.get(name, name)))
        font = QFont(self.font())
        font.setPointSizeF(max(10.0, font.pointSizeF()))
        for side, axis_name in (("bottom", axes[0]), ("left", axes[1])):
            axis = item.getAxis(side)
            axis.setTickFont(font)
            axis.setTextPen(style.AXIS_COLOUR)
            axis.setPen(style.AXIS_COLOUR)
            item.setLabel(side, self.tr("%s (mm)") % axis_name.upper(), color=style.AXIS_COLOUR, size="12pt")
        self._add_overlays(item)
        self._add_moves(item)
        self._add_marks(item)
        self._job_rect = QRectF()
        self._machine_rect = QRectF()
        self.reserve_right_px = 0  # the width the floating legend covers at the right: Fit job draws clear of it
        self.scene().sigMouseClicked.connect(self._on_click)

    def _add_overlays(self, item) -> None:

        self.envelope_item = QGraphicsRectItem()
        self.envelope_item.setPen(cosmetic_pen(style.ENVELOPE_COLOUR, 2.0, Qt.PenStyle.DashLine))
        self.envelope_item.setZValue(-20)
        self.stock_item = QGraphicsRectItem()
        self.stock_item.setPen(cosmetic_pen(style.STOCK_PEN, 2.0))
        self.stock_item.setBrush(QBrush(style.STOCK_FILL))
        self.stock_item.setZValue(-30)
        self.footprint_item = QGraphicsPathItem()
        self.footprint_item.setPen(cosmetic_pen(style.FOOTPRINT_PEN, 1.0))
        self.footprint_item.setBrush(QBrush(style.FOOTPRINT_FILL))
        self.footprint_item.setZValue(-10)
        for overlay in (self.envelope_item, self.stock_item, self.footprint_item):
            overlay.hide()
            item.addItem(overlay, ignoreBounds=True)

    def _add_moves(self, item) -> None:
        self.curves: dict[int, pg.PlotCurveItem] = {}
        self.markers: dict[int, pg.ScatterPlotItem] = {}
        for kind in KINDS:
            kind_style = style.KIND_STYLES[kind]
            curve = pg.PlotCurveItem(pen=kind_style.pen(), connect="finite", skipFiniteCheck=True)
            curve.setZValue(kind_style.z)
            self.curves[kind] = curve
            item.addItem(curve)
            marker = pg.ScatterPlotItem(
                symbol=kind_style.symbol,
                size=13,
                pen=pg.mkPen("#000000", width=1),
                brush=pg.mkBrush(kind_style.colour),
            )
            marker.setZValue(kind_style.z + 1)
            self.markers[kind] = marker
            item.addItem(marker)

    def _add_marks(self, item) -> None:
        """Outside-travel marks, the selection, the position, and the blade disc with its overrun."""
        self.outside_item = pg.ScatterPlotItem(
            symbol="x", size=18, pen=pg.mkPen(style.OUTSIDE_COLOUR, width=2), brush=pg.mkBrush(style.OUTSIDE_COLOUR)
        )
        self.outside_item.setZValue(60)
        item.addItem(self.outside_item)
        self.highlight_item = pg.PlotCurveItem(
            pen=cosmetic_pen(style.HIGHLIGHT_COLOUR, 9.0), connect="finite", skipFiniteCheck=True
        )
        self.highlight_item.setZValue(50)  # above every kind: a selection must show in a dense program
        item.addItem(self.highlight_item)
        self.position_item = pg.ScatterPlotItem(symbol="o", size=18, pen=pg.mkPen(style.MARKER_PEN, width=2))
        self.position_item.setBrush(style.MARKER_BRUSH)
        self.position_item.setZValue(80)
        item.addItem(self.position_item)
        self.blade_item = pg.PlotCurveItem(
            pen=cosmetic_pen(style.BLADE_COLOUR, 2.0, Qt.PenStyle.DashLine), connect="finite", skipFiniteCheck=True
        )
        self.blade_item.setZValue(5)
        item.addItem(self.blade_item)
        self.overrun_item = pg.PlotCurveItem(
            pen=cosmetic_pen(style.OVERRUN_COLOUR, 7.0), connect="finite", skipFiniteCheck=True
        )
        self.overrun_item.setZValue(45)
        item.addItem(self.overrun_item)

    # -- content ---------------------------------------------------------------------------------------
    def clear_program(self) -> None:
        empty = np.zeros(0)
        for kind in KINDS:
            self.curves[kind].setData(empty, empty)
            self.markers[kind].setData([], [])
        self.outside_item.setData([], [])
        self.highlight_item.setData(empty, empty)
        self.position_item.setData([], [])
        self.blade_item.setData(empty, empty)
        self.overrun_item.setData(empty, empty)
        for overlay in (self.envelope_item, self.stock_item, self.footprint_item):
            overlay.hide()
        self._job_rect = QRectF()
        self._machine_rect = QRectF()

    def set_geometry(self, view: ViewGeometry) -> None:
        for kind in KINDS:
            line = view.lines.get(kind)
            curve = self.curves[kind]
            if line is None or not len(line.xs):
                curve.setData(np.zeros(0), np.zeros(0))
            else:
                kind_style = style.KIND_STYLES[kind]
                dashed = kind_style.line != Qt.PenStyle.SolidLine
                size = len(line.xs)
                curve.setPen(kind_style.pen(1.0 if dashed and size > THIN_DASH_LIMIT else None))
                smooth = not dashed and size < SMOOTH_LIMIT
                curve.setData(line.xs, line.ys, connect="finite", skipFiniteCheck=True, antialias=smooth)
            points = view.points.get(kind)
            if points is None or not len(points.xs):
                self.markers[kind].setData([], [])
            else:
                self.markers[kind].setData(points.xs, points.ys)

    def set_overlays(
        self,
        *,
        job: QRectF,
        stock: QRectF | None,
        envelope: QRectF | None,
        footprint: Polyline | None,
        outside: tuple[np.ndarray, np.ndarray] | None,
    ) -> None:
        """Stock and machine travel as rectangles (mm), the kerf footprint outlines, outside-travel marks."""
        self._job_rect = QRectF(job)
        if stock is not None:
            self.stock_item.setRect(stock)
            self.stock_item.show()
            self._job_rect = self._job_rect.united(stock)
        else:
            self.stock_item.hide()
        if envelope is not None:
            self.envelope_item.setRect(envelope)
            self.envelope_item.show()
            self._machine_rect = QRectF(envelope)
        else:
            self.envelope_item.hide()
            self._machine_rect = QRectF()
        if footprint is not None and len(footprint.xs):
            path = pg.arrayToQPath(footprint.xs, footprint.ys, connect="finite")
            path.setFillRule(Qt.FillRule.WindingFill)  # overlapping outlines add up, never cancel out
            self.footprint_item.setPath(path)
            self.footprint_item.show()
            self._job_rect = self._job_rect.united(path.boundingRect())
        else:
            self.footprint_item.setPath(QPainterPath())
            self.footprint_item.hide()
        if outside is not None and len(outside[0]):
            self.outside_item.setData(outside[0], outside[1])
        else:
            self.outside_item.setData([], [])

    def set_blade(self, disc) -> None:
        """The blade disc at the first cut's start and end and its overrun at Z 0 (side view; None: none)."""
        if disc is None:
            self.blade_item.setData(np.zeros(0), np.zeros(0))
            self.overrun_item.setData(np.zeros(0), np.zeros(0))
            return
        self.blade_item.setData(disc.disc_xs, disc.disc_zs, connect="finite", skipFiniteCheck=True)
        self.overrun_item.setData(disc.overrun_xs, disc.overrun_zs, connect="finite", skipFiniteCheck=True)
        finite = np.isfinite(disc.disc_xs)
        xs, zs = disc.disc_xs[finite], disc.disc_zs[finite]
        bounds = QRectF(float(xs.min()), float(zs.min()), float(np.ptp(xs)), float(np.ptp(zs)))
        self._job_rect = self._job_rect.united(bounds.normalized())

    def set_selection(self, xs: np.ndarray, ys: np.ndarray, position: tuple[float, float] | None) -> None:
        """Highlight the selected moves (NaN-broken segments) and put the marker at `position`."""
        if len(xs):
            self.highlight_item.setData(xs, ys, connect="finite", skipFiniteCheck=True)
        else:
            self.highlight_item.setData(np.zeros(0), np.zeros(0))
        if position is None:
            self.position_item.setData([], [])
        else:
            self.position_item.setData([position[0]], [position[1]])

    def set_kind_visible(self, kind: int, visible: bool) -> None:
        self.curves[kind].setVisible(visible)
        self.markers[kind].setVisible(visible)

    # -- view ------------------------------------------------------------------------------------------
    def fit_job(self) -> None:
        self._fit(self._job_rect)

    def fit_machine(self) -> None:
        rect = self._machine_rect if self._machine_rect.isValid() else QRectF()
        self._fit(rect.united(self._job_rect) if rect.isValid() else self._job_rect)

    def _fit(self, rect: QRectF) -> None:
        if not rect.isValid() or rect.isNull():
            rect = QRectF(rect.x() - 5, rect.y() - 5, 10, 10)
        if rect.width() < 1e-6:
            rect.adjust(-5, 0, 5, 0)
        if rect.height() < 1e-6:
            rect.adjust(0, -5, 0, 5)
        # With the legend over the top-right corner, the job is fitted into the part of the view left of it.
        width_px, height_px = self.vb.width(), self.vb.height()
        free_px = width_px - self.reserve_right_px
        if not self.reserve_right_px or free_px < width_px / 2 or height_px <= 0:
            self.vb.setRange(rect=rect, padding=0.06)
            return
        padded = rect.adjusted(-0.06 * rect.width(), -0.06 * rect.height(), 0.06 * rect.width(), 0.06 * rect.height())
        per_mm = min(free_px / padded.width(), height_px / padded.height())  # 1 mm is 1 mm both ways
        left = padded.center().x() - free_px / per_mm / 2
        bottom = padded.center().y() - height_px / per_mm / 2
        self.vb.setRange(
            xRange=(left, left + width_px / per_mm), yRange=(bottom, bottom + height_px / per_mm), padding=0
        )

    # -- picking ---------------------------------------------------------------------------------------
    def view_to_widget(self, u: float, v: float):
        """Where the point (u, v) mm is in this widget's viewport (for tests and tooltips)."""
        scene = self.vb.mapViewToScene(pg.Point(u, v))
        return self.mapFromScene(scene)

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        pos = event.scenePos()
        if not self.vb.sceneBoundingRect().contains(pos):
            return
        point = self.vb.mapSceneToView(pos)
        px = self.vb.viewPixelSize()
        tolerance = PICK_PIXELS * max(px[0], px[1])
        event.accept()
        self.sig_clicked.emit(float(point.x()), float(point.y()), float(tolerance))
