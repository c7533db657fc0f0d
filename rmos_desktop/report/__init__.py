"""Run reports on paper: the PDF writer, usable without the GUI (the `rmos` command line imports it).
It may import PySide6.QtGui and the core, never rmos_desktop.gui or rmos_desktop.cli."""

from rmos_desktop.report.pdf import ReportNotWritten, write_run_report

__all__ = ["ReportNotWritten", "write_run_report"]
