"""Supervisor action: audit the runs directory (ledger and every file) off the GUI thread and list what
is wrong, or say that every record is consistent and quote the ledger head."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.runs.audit import AuditReport, audit_runs
from rmos_desktop.core.runs.ledger import LedgerHead
from rmos_desktop.core.services import AppServices
from rmos_desktop.gui.fit import centre_labels, fit_to_screen, install_close_keys, make_touchable, scaled, unwidened
from rmos_desktop.gui.i18n import fill
from rmos_desktop.gui.tasks import TaskHandle, TaskRunner
from rmos_desktop.gui.theme import banner_label, show_banner

log = logging.getLogger(__name__)
MAX_ROWS = 2000  # a list longer than this helps nobody; the CLI's --json gives all of them


class AuditDialog(QDialog):
    sig_finished = Signal(object)
    """An audit finished; carries its AuditReport."""

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        autostart: bool = True,
    ):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.report: AuditReport | None = None
        self._handle: TaskHandle | None = None
        self._autostart = autostart
        self.setWindowTitle(self.tr("Audit the run records"))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.expect_head = QLineEdit()
        self.expect_head.setObjectName("audit_expect_head")
        self.expect_head.setPlaceholderText(self.tr("optional: SEQ:HASH from an export statement or a report footer"))
        self.expect_head.returnPressed.connect(self.start)
        form.addRow(self.tr("Expected ledger head"), self.expect_head)
        centre_labels(form)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run audit"))
        self.run_button.setProperty("role", "primary")
        self.run_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = banner_label()
        unwidened(self.status)
        layout.addWidget(self.status)
        self._build_results(layout)
        # Takes the spare height while the problem list is hidden, so the verdict stays a compact banner
        # (a box layout grows only stretch>0 items while any is shown: the list, when there are problems).
        layout.addStretch(0)
        make_touchable([self.expect_head, self.run_button, self.close_button])
        install_close_keys(self, self.reject)
        self._update_intro()
        fit_to_screen(self, 1000, 600)

    def _build_results(self, layout: QVBoxLayout) -> None:
        """The problem list and the whole text of the selected problem (both hidden until there are any)."""
        self.problems = QTreeWidget()
        self.problems.setObjectName("audit_problems")
        self.problems.setColumnCount(2)
        self.problems.setHeaderLabels([self.tr("Problem"), self.tr("What is wrong")])
        self.problems.setRootIsDecorated(False)
        self.problems.setAlternatingRowColors(True)
        self.problems.setWordWrap(True)
        self.problems.setUniformRowHeights(False)
        self.problems.currentItemChanged.connect(self._show_details)
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        self.details = QPlainTextEdit()
        self.details.setObjectName("audit_problem_details")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(scaled(110))
        self.details.hide()
        layout.addWidget(self.details)

    def _update_intro(self) -> None:
        self.intro.setText(
            fill(
                self.tr(
                    "Checks the audit ledger and every run file in %1: modified, missing or planted files, edited, "
                    "deleted or reordered ledger lines. With an expected head (quoted by every export statement and "
                    "report) it also catches a ledger cut short or rewritten. This detects tampering; it does not "
                    "prevent it."
                ),
                self.services.runs_dir,
            )
        )

    # -- running ---------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._autostart:
            self._autostart = False
            self.start()

    @property
    def running(self) -> bool:
        return self._handle is not None and not self._handle.finished

    def start(self) -> None:
        """Run the audit in the background (no-op while one is running)."""
        if self.running:
            return
        text = self.expect_head.text().strip()
        head = None
        if text:
            try:
                head = LedgerHead.parse(text)
            except ValueError:
                self._show(
                    "warning",
                    self.tr("The expected head must look like 12:<64 hex digits>, as an export statement quotes it."),
                )
                return
        runs_dir = self.services.runs_dir
        self._update_intro()
        if not runs_dir.is_dir():
            self._show("info", fill(self.tr("Nothing has been recorded in %1 yet."), runs_dir))
            return
        self.run_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.problems.clear()
        self.problems.hide()
        self.details.hide()
        self._show("info", self.tr("Checking the ledger and every run file…"))
        self._handle = self.tasks.run(
            lambda h: audit_runs(runs_dir, head, progress=h.report_progress),
            on_success=self._finished,
            on_failure=self._failed,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, report: AuditReport) -> None:
        self.report = report
        self._idle()
        if report.ok:
            text = fill(
                self.tr("✔ All %Ln record(s) consistent, ledger head %1", "", report.records),
                report.head if report.head else self.tr("(no ledger yet)"),
            )
            self._show("ok", text)
        else:
            text = fill(
                self.tr("✖ %Ln problem(s) found. Ledger head %1.", "", len(report.problems)),
                report.head if report.head else self.tr("(none)"),
            )
            self._show("blocked", text)
            self._fill(report)
        self.sig_finished.emit(report)

    def _fill(self, report: AuditReport) -> None:
        self.problems.setUpdatesEnabled(False)
        try:
            for problem in report.problems[:MAX_ROWS]:
                item = QTreeWidgetItem([problem.code, problem.message])  # the message names the file or line
                item.setToolTip(1, problem.message)
                item.setData(0, Qt.ItemDataRole.UserRole, problem)
                self.problems.addTopLevelItem(item)
            hidden = len(report.problems) - MAX_ROWS
            if hidden > 0:
                more = self.tr("%Ln more problem(s): run `rmos audit verify --json` for the full list", "", hidden)
                self.problems.addTopLevelItem(QTreeWidgetItem(["…", more]))
            self.problems.resizeColumnToContents(0)
        finally:
            self.problems.setUpdatesEnabled(True)
        self.problems.show()
        self.details.show()
        self.problems.setCurrentItem(self.problems.topLevelItem(0))

    def _show_details(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        """The whole of the selected problem (the list cuts long messages short)."""
        problem = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if problem is None:
            self.details.setPlainText(item.text(1) if item is not None else "")
            return
        facts = (
            (self.tr("file"), problem.path),
            (self.tr("ledger seq"), problem.seq),
            (self.tr("ledger line"), problem.line),
        )
        where = [f"{label} {value}" for label, value in facts if value is not None]
        self.details.setPlainText(f"{problem.code}: {problem.message}" + ("\n" + " · ".join(where) if where else ""))

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        log.error("audit of %s failed: %s", self.services.runs_dir, exc)
        self._show("error", fill(self.tr("The audit could not run: %1"), exc))

    def _idle(self) -> None:
        self.run_button.setEnabled(True)
        self.progress.hide()

    def _show(self, kind: str, text: str) -> None:
        show_banner(self.status, kind, text)

    # -- closing ---------------------------------------------------------------------------------------------
    def _cancel(self) -> None:
        if self.running and self._handle is not None:
            self._handle.cancel()

    def reject(self) -> None:
        self._cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancel()
        super().closeEvent(event)
