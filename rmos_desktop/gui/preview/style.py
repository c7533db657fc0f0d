"""How the preview draws each move kind and overlay: colour, line style and marker together, so kinds
stay apart for colour-blind eyes and on a dim shop screen (UI.md: rapids dashed grey, plunges orange,
feeds blue)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from rmos_desktop.core.toolpaths.moves import FEED, PLUNGE, RAPID, RETRACT


@dataclass(frozen=True)
class KindStyle:
    colour: str
    width: float
    line: Qt.PenStyle
    symbol: str  # pyqtgraph symbol for moves that are a point in a view (a plunge seen from above)
    z: float  # drawing order: feeds on top of rapids

    def pen(self, width: float | None = None) -> QPen:
        pen = QPen(QColor(self.colour))
        pen.setWidthF(width or self.width)
        pen.setStyle(self.line)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen


KIND_STYLES: dict[int, KindStyle] = {
    RAPID: KindStyle("#6b6b6b", 1.6, Qt.PenStyle.DashLine, "o", 10),
    PLUNGE: KindStyle("#e66100", 2.6, Qt.PenStyle.SolidLine, "t", 30),
    FEED: KindStyle("#0b57d0", 3.0, Qt.PenStyle.SolidLine, "s", 40),
    RETRACT: KindStyle("#7b1fa2", 1.8, Qt.PenStyle.DashDotLine, "t1", 20),
}

STOCK_PEN = "#8d6e63"
STOCK_FILL = QColor(215, 180, 140, 90)
FOOTPRINT_PEN = QColor(0, 121, 107, 200)
FOOTPRINT_FILL = QColor(0, 150, 136, 70)
ENVELOPE_COLOUR = "#b71c1c"
OUTSIDE_COLOUR = "#d50000"
HIGHLIGHT_COLOUR = QColor(255, 0, 170, 150)  # see-through: the selected kind still shows under it
MARKER_BRUSH = QBrush(QColor("#ffd600"))
MARKER_PEN = "#000000"
PLOT_BACKGROUND = "#ffffff"
AXIS_COLOUR = "#222222"
GRID_ALPHA = 0.18
BLADE_COLOUR = "#37474f"  # the blade disc outline in the side view
OVERRUN_COLOUR = "#d84315"  # the kerf's reach beyond the blade centre's travel at the top surface
