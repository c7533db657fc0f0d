"""The host of the history's detail pane: shows the selected run as detail.py renders it, or says why it
cannot (unreadable, archived, missing), with "Read it from the archive" for archived runs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from rmos_desktop.core.runs.index import RunIndex, RunRow
from rmos_desktop.gui.fit import make_touchable
from rmos_desktop.gui.history.detail import COPY_SCHEME, RunDetail, detail_html, load_detail, unreadable_html


class DetailPane(QWidget):
    sig_read_archive = Signal()
    """Read it from the archive was pressed (the window reads the zip off the GUI thread)."""
    sig_copied = Signal(str)
    """A copy link put this text on the clipboard."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.units = "mm"  # lengths and feeds of the detail (the workstation's units; the record is mm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QTextBrowser()
        self.view.setObjectName("detail")
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._link)
        layout.addWidget(self.view, 1)
        self.read_archive_button = QPushButton(self.tr("Read it from the archive"))
        self.read_archive_button.setObjectName("read_archive")
        self.read_archive_button.clicked.connect(self.sig_read_archive)
        self.read_archive_button.hide()
        make_touchable([self.read_archive_button])
        layout.addWidget(self.read_archive_button)
        self.detail: RunDetail | None = None

    def show_row(self, index: RunIndex, row: RunRow | None) -> RunDetail | None:
        """Show a listed row: its whole detail when its file is here, otherwise what can be said of it."""
        self.detail = None
        self.read_archive_button.hide()
        if row is None:
            self.view.setHtml(self.tr("<p>Select a run to see its decision, request, hashes and records.</p>"))
        elif not row.readable:
            self.view.setHtml(unreadable_html(row))
        elif row.location == "archived" and not (index.runs_dir / row.path).is_file():
            self.view.setHtml(
                self.tr(
                    "<h2>Archived run</h2><p>This run was moved into the archive <b>%1</b>.</p>"
                    "<p>%2</p><p>Reading it opens the archive file and checks it against its manifest.</p>"
                )
                .replace("%1", escape(row.archive_name or "?"))
                .replace("%2", escape(row.archive_path or ""))
            )
            self.read_archive_button.show()
        elif row.location == "missing":
            self.view.setHtml(
                self.tr(
                    "<h2>File missing</h2><p>%1 is no longer in the runs folder and no archive record names "
                    "it. Run <tt>rmos audit verify</tt>.</p>"
                ).replace("%1", escape(row.path))
            )
        else:
            try:
                self.show_detail(load_detail(index, row))
            except Exception as exc:  # a file damaged since it was indexed is shown, not raised
                self.view.setHtml(self.tr("<h2>Cannot read this run</h2><p>%1</p>").replace("%1", escape(str(exc))))
        return self.detail

    def show_message(self, html: str) -> None:
        """No run detail, only a message (a shop run being read, or why it cannot be)."""
        self.detail = None
        self.read_archive_button.hide()
        self.view.setHtml(html)

    def set_units(self, units: str) -> None:
        """Lengths and feeds in `units`; the run on screen is shown again."""
        self.units = "in" if units == "in" else "mm"
        if self.detail is not None:
            self.view.setHtml(detail_html(self.detail, self.units))

    def show_detail(self, detail: RunDetail) -> None:
        self.detail = detail
        self.view.setHtml(detail_html(detail, self.units))
        self.read_archive_button.hide()

    def _link(self, url: QUrl) -> None:
        if url.scheme() == COPY_SCHEME:
            text = url.toString()[len(COPY_SCHEME) + 1 :]
            QGuiApplication.clipboard().setText(text)
            self.sig_copied.emit(text)
