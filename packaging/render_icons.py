"""Render the app icon's PNG sizes from its SVG with Qt, into the hicolor layout under resources/icons.

Run after changing the SVG, then commit the PNGs:  uv run python packaging/render_icons.py
`--check` renders into memory and exits 1 if a committed PNG is missing or differs in size.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rmos_desktop.gui.app import APP_ID, ICON_SIZES  # noqa: E402

ICONS = REPO / "resources" / "icons" / "hicolor"
SVG = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"


def png_path(size: int) -> Path:
    return ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int):
    """The icon at `size` × `size` pixels, transparent background, antialiased."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that every size exists")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([])
    problems = []
    for size in ICON_SIZES:
        path = png_path(size)
        if args.check:
            image = QImage(str(path))
            if image.isNull() or (image.width(), image.height()) != (size, size):
                problems.append(f"{path.relative_to(REPO)}: missing or not {size}x{size}")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path), "PNG"):
            problems.append(f"{path}: could not be written")
        else:
            print(path.relative_to(REPO))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
