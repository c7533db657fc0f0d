"""Desktop integration: one reverse-DNS id for the .desktop file, the AppStream metainfo and the icon, and both
files pass the freedesktop validators (skipped naming the Debian package on a bare machine; .ci/run installs them
and makes a missing validator a failure)."""

from __future__ import annotations

import configparser
import re
import subprocess
import xml.etree.ElementTree as ET

import numpy as np

from rmos_desktop import __version__
from rmos_desktop.gui.app import APP_ID, ICON_SIZES
from tests.conftest import REPO
from tests.tools import need_tool

LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = REPO / "resources" / "icons" / "hicolor"
# AppStream 0.16 (Debian 12) predates the <developer> tag that AppStream 1.0 and Flathub require.
KNOWN_INFOS = {"unknown-tag developer"}
ICON_TOLERANCE = 8  # per channel, out of 255


def test_one_reverse_dns_id_everywhere():
    assert re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+\.[A-Za-z][A-Za-z0-9_]*", APP_ID)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"].split()[0] == "rmos-desktop"
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"
    assert component.find("icon").text == APP_ID
    assert component.find("releases/release").get("version") == __version__
    assert (ICONS / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_icons_exist_in_every_size():
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        image = QImage(str(ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size), size
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # transparent corner: a shape, not a tile


def test_icon_pngs_match_the_svg(qapp):
    """The committed PNGs are what packaging/render_icons.py makes from the SVG today."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("render_icons", REPO / "packaging" / "render_icons.py")
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    from PySide6.QtGui import QImage

    for size in (16, 48):
        fresh = _rgba(render_icons.render(size).convertToFormat(QImage.Format.Format_ARGB32))
        committed = _rgba(QImage(str(render_icons.png_path(size))).convertToFormat(QImage.Format.Format_ARGB32))
        assert fresh.shape == committed.shape == (size, size, 4)
        problem = _difference(fresh, committed)
        assert problem is None, f"{size} px PNG is stale ({problem}): run `uv run python packaging/render_icons.py`"


def _difference(a: np.ndarray, b: np.ndarray) -> str | None:
    """None when two renderings are the same icon; else what differs.

    Rasterisers differ by a colour step on a few anti-aliased edge pixels across machines (FreeType, Qt builds);
    a stale PNG differs by far more, on many pixels."""
    diff = np.abs(a.astype(int) - b.astype(int))
    changed = float((diff > 0).any(axis=2).mean())
    if diff.max() <= ICON_TOLERANCE and changed < 0.05:
        return None
    return f"max channel difference {diff.max()}, {changed:.1%} of pixels differ"


def _rgba(image) -> np.ndarray:
    """The image's pixels as a height x width x 4 array of 0-255 channels."""
    width, height = image.width(), image.height()
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return buffer.reshape(height, image.bytesPerLine())[:, : width * 4].reshape(height, width, 4).copy()


def test_the_icon_comparison_catches_a_changed_icon(qapp):
    """The tolerance is small: a visibly changed icon (a filled square in one corner) still fails."""
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(str(ICONS / "48x48" / "apps" / f"{APP_ID}.png")).convertToFormat(QImage.Format.Format_ARGB32)
    before = _rgba(image)
    painter = QPainter(image)
    painter.fillRect(0, 0, 12, 12, QColor("red"))
    painter.end()
    assert _difference(_rgba(image), before) is not None
    assert _difference(before, before.copy()) is None
    off_by_one = before.copy()
    off_by_one[5, 5, :3] = np.minimum(off_by_one[5, 5, :3].astype(int) + 1, 255)
    assert _difference(off_by_one, before) is None


def test_desktop_file_validates():
    proc = subprocess.run(
        [need_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "", proc.stdout + proc.stderr


def test_metainfo_validates():
    proc = subprocess.run(
        [need_tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    issues = re.findall(r"^([EWI]): \S+?(?::\d+)?: (.+)$", proc.stdout, re.M)
    unexpected = [f"{level}: {text}" for level, text in issues if text.strip() not in KNOWN_INFOS]
    assert not unexpected, proc.stdout


def test_pyinstaller_spec_ships_resources_and_uses_the_launcher():
    spec = (REPO / "packaging" / "rmos-desktop.spec").read_text(encoding="utf-8")
    assert '(str(REPO / "resources"), "resources")' in spec  # core/resources.py looks in _MEIPASS/resources
    assert "launcher.py" in spec and (REPO / "packaging" / "launcher.py").is_file()
