"""Secondary windows on shop screens: open no larger than the screen, close on Esc / Ctrl+W, and give the
controls a glove can hit (34 px at 100 %, about 9 mm on a 96-dpi screen) at the current UI scale."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QFormLayout, QLabel, QSizePolicy, QWidget

from rmos_desktop.gui.theme import BASE_POINT_SIZE

TOUCH_PX = 34  # at 100 %: 9 mm at 96 dpi
CLOSE_KEYS = ("Esc", "Ctrl+W")


def ui_scale() -> float:
    """The UI scale in force (1.0 at 100 %), read from the application font apply_theme set."""
    font = QGuiApplication.font()
    size = font.pointSizeF() if font.pointSizeF() > 0 else BASE_POINT_SIZE
    return max(1.0, size / BASE_POINT_SIZE)


def scaled(px: int) -> int:
    """A length in pixels at 100 %, at the current UI scale."""
    return round(px * ui_scale())


def touch_height() -> int:
    return scaled(TOUCH_PX)


def make_touchable(widgets: Iterable[QWidget]) -> None:
    """At least the touch height (buttons, check boxes, pickers the operator presses); a check box's box and
    a button's icon grow with the UI scale too (the stylesheet gives them fixed pixels)."""
    h = touch_height()
    box = scaled(20)
    for w in widgets:
        w.setMinimumHeight(max(h, w.minimumHeight()))
        if isinstance(w, QCheckBox):
            w.setStyleSheet(f"QCheckBox::indicator {{ width: {box}px; height: {box}px; }}")
        elif isinstance(w, QAbstractButton) and not w.icon().isNull():
            w.setIconSize(QSize(box, box))


def install_close_keys(widget: QWidget, close: Callable[[], object] | None = None) -> list[QShortcut]:
    """Esc and Ctrl+W close the window from any of its widgets (a dialog's Esc is its reject())."""
    slot = close or widget.close
    shortcuts = []
    for key in CLOSE_KEYS:
        sc = QShortcut(QKeySequence(key), widget)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(slot)
        shortcuts.append(sc)
    return shortcuts


def available_size(widget: QWidget) -> QSize:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1280, 720)


def fit_to_screen(widget: QWidget, width: int, height: int = 0) -> None:
    """Open at (width, height) at 100 % scaled by the UI scale (height 0: what the layout asks for at that
    width), but never larger than the screen's free area (a title bar's worth kept free) and never smaller
    than the layout's minimum."""
    free = available_size(widget)
    hint = widget.minimumSizeHint()
    w = min(scaled(width), free.width())
    if height:
        h = scaled(height)
    else:
        layout = widget.layout()
        h = layout.heightForWidth(w) if layout is not None and layout.hasHeightForWidth() else -1
        h = h if h > 0 else widget.sizeHint().height()
    h = min(h, free.height() - 32)
    widget.resize(max(w, hint.width()), max(h, hint.height()))


def unwidened(label: QLabel) -> QLabel:
    """A wrapped label (a banner) whose text never widens its window: a long path or hash wraps or is cut
    at the window's edge instead (the text stays selectable and copyable in full)."""
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    label.setWordWrap(True)
    return label


def centre_labels(form: QFormLayout) -> None:
    """Labels level with the middle of their touch-tall fields (QFormLayout puts them at the top), as the eye
    expects. Call once the rows are in."""
    h = touch_height()
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setMinimumHeight(max(h, label.minimumHeight()))
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
