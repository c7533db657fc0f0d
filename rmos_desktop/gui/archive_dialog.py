"""Supervisor action: archive old day folders into a verified zip (or restore one), off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.runs.archive import ArchiveAborted, archive_runs, restore_archive
from rmos_desktop.core.services import AppServices
from rmos_desktop.gui.fit import centre_labels, fit_to_screen, install_close_keys, make_touchable, unwidened
from rmos_desktop.gui.i18n import fill, number_text
from rmos_desktop.gui.tasks import TaskRunner
from rmos_desktop.gui.theme import banner_label, show_banner


class ArchiveDialog(QDialog):
    sig_finished = Signal(object)
    """An archive or restore finished; carries its ArchiveResult or RestoreResult."""

    def __init__(self, services: AppServices, *, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.setWindowTitle(self.tr("Archive old runs"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Moves whole days of runs out of the runs directory into one zip file. Every artifact is checked "
                "against the audit ledger first; the zip is read back and checked; an archive record is kept in the "
                "runs directory; only then are the day folders removed. Archived runs stay listed in the history. "
                "Nothing is deleted if any step fails. Today's runs are never archived."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.before = QDateEdit()
        self.before.setObjectName("archive_before")
        self.before.setCalendarPopup(True)
        self.before.setDisplayFormat("yyyy-MM-dd")  # ISO in every language, like the day folders it archives
        self.before.setDate(QDate.currentDate().addDays(-90))
        form.addRow(self.tr("Archive days before"), self.before)
        self.dest = QLineEdit()
        self.dest.setObjectName("archive_dest")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.dest, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Archive folder"), row)
        centre_labels(form)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setProperty("role", "primary")
        self.archive_button.clicked.connect(self.start_archive)
        self.restore_button = QPushButton(self.tr("Restore from an archive…"))
        self.restore_button.clicked.connect(self._pick_restore)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.status = banner_label()
        unwidened(self.status)
        layout.addWidget(self.status)
        layout.addStretch(1)
        make_touchable([self.before, self.dest, browse, self.archive_button, self.restore_button, close])
        install_close_keys(self, self.reject)
        fit_to_screen(self, 820)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Archive folder"), self.dest.text())
        if folder:
            self.dest.setText(folder)

    def _show(self, kind: str, text: str) -> None:
        show_banner(self.status, kind, text)

    def _busy(self, on: bool) -> None:
        self.archive_button.setEnabled(not on)
        self.restore_button.setEnabled(not on)

    def start_archive(self) -> None:
        dest = self.dest.text().strip()
        if not dest:
            self._show("warning", self.tr("Choose the folder the archive goes to (a network share or a disk)."))
            return
        q = self.before.date()
        before = date(q.year(), q.month(), q.day())
        recorder, operator = self.services.recorder, self.services.settings.operator or None
        self._busy(True)
        self._show("info", self.tr("Checking and archiving…"))
        self.tasks.run(
            lambda h: archive_runs(recorder, before, Path(dest), operator=operator),
            on_success=self._archived,
            on_failure=self._failed,
        )

    def _archived(self, result) -> None:
        self._busy(False)
        self._show(
            "ok",
            fill(
                self.tr("Archived %Ln run(s) from %1 day(s) into %2\nSHA-256 %3", "", len(result.runs)),
                number_text(len(result.days)),
                result.archive_path,
                result.archive_sha256,
            ),
        )
        self.sig_finished.emit(result)

    def _pick_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from archive"), self.dest.text(), self.tr("RMOS archives (*.zip)")
        )
        if path:
            self.start_restore(Path(path))

    def start_restore(self, path: Path) -> None:
        recorder, operator = self.services.recorder, self.services.settings.operator or None
        self._busy(True)
        self._show("info", self.tr("Verifying and restoring…"))
        self.tasks.run(
            lambda h: restore_archive(recorder, path, operator=operator),
            on_success=self._restored,
            on_failure=self._failed,
        )

    def _restored(self, result) -> None:
        self._busy(False)
        self._show("ok", fill(self.tr("Restored %Ln file(s) from %1", "", len(result.restored)), result.archive_path))
        self.sig_finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        kind = "blocked" if isinstance(exc, ArchiveAborted) else "error"
        self._show(kind, f"✖ {exc}")
