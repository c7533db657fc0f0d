"""Run history: the table over the run index, the detail pane, reviews and comparisons."""

from rmos_desktop.gui.history.window import HistoryWindow

__all__ = ["HistoryWindow"]
