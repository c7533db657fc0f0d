"""The shop theme: risk colours, risk icons (shape + colour + word, readable for colour-blind users),
the stylesheet from resources/style (light, or dark for a dim shop), the UI scale, and the few display
helpers every window shares (short run ids, local times with UTC in the tooltip, splitter handles)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QLabel

from rmos_desktop.core.resources import resources_dir
from rmos_desktop.report.html import LEVEL_COLOURS  # one palette for screen and paper

LEVEL_SYMBOL = {
    "GREEN": "✔",
    "YELLOW": "⚠",
    "RED": "✖",
    "UNKNOWN": "?",
    "NA": "–",
    "OK": "✔",
    "BLOCKED": "✖",
    "ERROR": "⛔",
}
BASE_POINT_SIZE = 12.0
THEMES = ("light", "dark")
TOUCH_MIN_PX = 34  # 9 mm on a 96-dpi screen at 100 %: the height of anything meant to be touched
HANDLE_PX = 8  # splitter handles at 100 %, grown with the UI scale


def level_colours(level: str) -> tuple[QColor, QColor]:
    bg, fg = LEVEL_COLOURS.get(level, LEVEL_COLOURS["UNKNOWN"])
    return QColor(bg), QColor(fg)


def paint_level_icon(painter: QPainter, rect: QRectF, level: str) -> None:
    """A distinct shape per level: circle+check (GREEN), triangle+! (YELLOW), octagon+X (RED),
    diamond+? (UNKNOWN). Drawn, not a font glyph, so it looks the same on every machine."""
    bg, fg = level_colours(level)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = min(rect.width(), rect.height())
    r = QRectF(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s)
    painter.setPen(QPen(QColor("#000000") if level == "YELLOW" else fg, max(1.0, s / 16)))
    painter.setBrush(bg)
    c = r.center()
    if level in ("GREEN", "OK"):
        painter.drawEllipse(r.adjusted(1, 1, -1, -1))
    elif level == "YELLOW":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), r.top() + 1),
                    QPointF(r.right() - 1, r.bottom() - 1),
                    QPointF(r.left() + 1, r.bottom() - 1),
                ]
            )
        )
    elif level in ("RED", "BLOCKED", "ERROR"):
        k = s * 0.29
        pts = [(-k, -s / 2), (k, -s / 2), (s / 2, -k), (s / 2, k), (k, s / 2), (-k, s / 2), (-s / 2, k), (-s / 2, -k)]
        painter.drawPolygon(QPolygonF([QPointF(c.x() + x * 0.95, c.y() + y * 0.95) for x, y in pts]))
    else:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), r.top() + 1),
                    QPointF(r.right() - 1, c.y()),
                    QPointF(c.x(), r.bottom() - 1),
                    QPointF(r.left() + 1, c.y()),
                ]
            )
        )
    pen = QPen(fg, max(2.0, s / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if level in ("GREEN", "OK"):
        path = QPainterPath(QPointF(c.x() - s * 0.22, c.y()))
        path.lineTo(QPointF(c.x() - s * 0.05, c.y() + s * 0.17))
        path.lineTo(QPointF(c.x() + s * 0.24, c.y() - s * 0.17))
        painter.drawPath(path)
    elif level in ("RED", "BLOCKED", "ERROR"):
        d = s * 0.18
        painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
        painter.drawLine(QPointF(c.x() + d, c.y() - d), QPointF(c.x() - d, c.y() + d))
    else:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(s * (0.5 if level == "YELLOW" else 0.55))))
        painter.setFont(font)
        text_rect = QRectF(r)
        if level == "YELLOW":
            text_rect.adjust(0, s * 0.18, 0, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, "!" if level == "YELLOW" else "?")
    painter.restore()


@cache
def level_icon(level: str, size: int = 32) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    paint_level_icon(painter, QRectF(0, 0, size, size), level)
    painter.end()
    return QIcon(pix)


def banner_label() -> QLabel:
    """A QLabel#banner, hidden until `show_banner` gives it a kind and a text: wrapped and selectable, so
    a run id or a path in it can be copied."""
    label = QLabel()
    label.setObjectName("banner")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_banner(label, kind: str | None, text: str) -> None:
    """Style a QLabel#banner as kind (ok, warning, blocked, error, info) and show it; None hides it."""
    if not kind:
        label.hide()
        label.setText("")
        return
    label.setProperty("kind", kind)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.show()


def stylesheet(scale_percent: int = 100, theme: str = "light") -> str:
    folder = resources_dir() / "style"
    text = (folder / "shop.qss").read_text(encoding="utf-8")
    if theme == "dark":
        text += "\n" + (folder / "shop-dark.qss").read_text(encoding="utf-8")
    base = BASE_POINT_SIZE * scale_percent / 100
    touch = round(TOUCH_MIN_PX * scale_percent / 100)
    return (
        text.replace("@BASE_PT@", f"{base:.1f}")
        .replace("@BANNER_PT@", f"{base * 1.2:.1f}")
        .replace("@HANDLE_PX@", str(handle_width(scale_percent)))
        .replace("@TOUCH_PX@", str(touch))  # 9 mm at every scale
        # a control's content height: the touch height less a line edit's padding and border (4+4, 2+2 px)
        .replace("@CONTROL_PX@", str(touch - 12))
    )


_current = {"scale": 100, "theme": "light"}


def apply_theme(app: QApplication, scale_percent: int = 100, theme: str = "light") -> None:
    """The shop's font size and stylesheet; a no-op when they are already in force (setting either again
    re-polishes every widget of the application)."""
    theme = theme if theme in THEMES else "light"
    _current.update(scale=scale_percent, theme=theme)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale_percent / 100)
    if app.font() != font:
        app.setFont(font)
    sheet = stylesheet(scale_percent, theme)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def current_scale() -> int:
    """The UI scale (percent) last applied."""
    return int(_current["scale"])


def current_theme() -> str:
    return str(_current["theme"])


def handle_width(scale_percent: int | None = None) -> int:
    """Splitter handle width in pixels: at least 8, grown with the UI scale (a glove finds it)."""
    scale = current_scale() if scale_percent is None else scale_percent
    return max(HANDLE_PX, round(HANDLE_PX * scale / 100))


# -- contrast (WCAG 2.x) --------------------------------------------------------------------------------------
def relative_luminance(colour: str | QColor) -> float:
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: str | QColor, b: str | QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21); text needs 4.5 for AA."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# -- display helpers ------------------------------------------------------------------------------------------
def short_id(value: str, head: int = 4, tail: int = 4) -> str:
    """A long id or hash as a machinist reads it out: `3b97…48bd` (the whole value goes in the tooltip)."""
    return value if len(value) <= head + tail + 1 else f"{value[:head]}…{value[-tail:]}"


def parse_utc(value: str | datetime | None) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def local_time(value: str | datetime | None) -> tuple[str, str]:
    """(local time as shown on screen, the UTC time for its tooltip); records keep UTC."""
    when = parse_utc(value)
    if when is None:
        return (str(value or ""), "")
    utc = when.astimezone(UTC)
    return (
        when.astimezone().strftime("%a %d %b %Y %H:%M:%S"),
        utc.strftime("%Y-%m-%d %H:%M:%S UTC"),
    )
