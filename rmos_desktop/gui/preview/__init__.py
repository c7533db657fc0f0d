"""The G-code preview: text and toolpath plot in sync (issue 5). pyqtgraph is imported only here,
bound to the app's Qt binding."""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from rmos_desktop.gui.preview.widget import PreviewWidget

__all__ = ["PreviewWidget"]
