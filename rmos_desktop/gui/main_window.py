"""The main window: job form (left), live risk panel (right), G-code preview (below), and the
generate flow. A thin layer over the core: every number on screen comes from the core."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFontDatabase, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop import __version__
from rmos_desktop.core.feasibility import evaluate_feasibility
from rmos_desktop.core.hashing import sha256_json
from rmos_desktop.core.jobfile import JobFileError, read_job_file
from rmos_desktop.core.jobs import JobParse, parse_job
from rmos_desktop.core.logsetup import log_file_path
from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths
from rmos_desktop.core.safety import SafetyPolicy, compute_saw_safety_decision
from rmos_desktop.core.services import AppServices, runs_dir_problem
from rmos_desktop.core.settings import config_dir, data_dir
from rmos_desktop.gui.job_form import FIELD_LABELS, JobForm
from rmos_desktop.gui.risk_panel import RiskPanel
from rmos_desktop.gui.settings_dialog import SettingsDialog
from rmos_desktop.gui.tasks import TaskRunner
from rmos_desktop.gui.theme import apply_theme

log = logging.getLogger(__name__)
DEBOUNCE_MS = 30
PREVIEW_BUILD_DELAY_MS = 300  # after the window first shows, so it paints before pyqtgraph loads
NO_OVERRIDE_TEXT = (
    "There is no override of a safety block. A blocked job is recorded for supervisor review; the route to "
    "allowing it is a reviewed change to the shop's catalog (blade, material or machine entries) or to the "
    "safety policy."
)


@dataclass(frozen=True)
class GenerateOutcome:
    """What a Generate click produced, as plain data from the worker."""

    status: str  # OK, BLOCKED, ERROR, STORAGE_ERROR
    payload: dict[str, Any]


def run_generation(
    services: AppServices, raw: dict[str, Any], operator: str | None, acknowledgement: dict[str, Any] | None
) -> GenerateOutcome:
    """The worker side of Generate: the same pipeline the CLI runs."""
    try:
        out = rmos_toolpaths(
            raw,
            recorder=services.recorder,
            catalog=services.catalog,
            operator=operator,
            acknowledgement=acknowledgement,
        )
    except PipelineOutcome as outcome:
        status = {"SAFETY_BLOCKED": "BLOCKED", "TOOLPATHS_ERROR": "ERROR"}.get(
            outcome.detail["error"], outcome.detail["error"]
        )
        return GenerateOutcome(status, outcome.detail)
    return GenerateOutcome("OK", out)


class MainWindow(QMainWindow):
    sig_evaluated = Signal()
    """The risk panel now shows the feasibility of the form's current request."""
    sig_generation_finished = Signal(object)
    """A Generate finished; carries the GenerateOutcome."""
    sig_verified = Signal(object)
    """A dropped or chosen file was verified; carries the VerifyReport."""

    def __init__(self, services: AppServices, *, tasks: TaskRunner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks or TaskRunner(self)
        self.policy = SafetyPolicy()
        self.current: tuple[dict[str, Any], JobParse, Any, Any, bool] | None = None
        self.last_outcome: GenerateOutcome | None = None
        self._acknowledged: set[str] = set()
        self._generating = False
        self._job_path: Path | None = None
        self._load_notices: list[str] = []
        self._artifact_path: Path | None = None
        self._export_run_id: str | None = None
        self.startup_problem = ""
        self.ask_acknowledgement = self._ask_acknowledgement  # replaceable (tests)

        self.setWindowTitle("RMOS Desktop")
        self.setAcceptDrops(True)
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.evaluate_now)
        self.form.sig_changed.connect(self._debounce.start)
        self.form.sig_changed.connect(self._mark_stale_run)
        self._restore_state()
        self.evaluate_now()
        self._startup_messages()

    # -- construction --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.form = JobForm(self.services.catalog, default_machine=self.services.settings.default_machine)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll = form_scroll
        self._fit_form_width()
        self.panel = RiskPanel()

        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(4, 0, 4, 4)
        bl.addLayout(self._build_run_strip())
        self.preview_tabs = QTabWidget()
        self.preview_tabs.setObjectName("preview_tabs")
        # The preview is built on first use, or just after the window shows: pyqtgraph takes ~0.4 s to import.
        self.preview_page = QWidget()
        self.preview_page.setObjectName("preview_page")
        QVBoxLayout(self.preview_page).setContentsMargins(0, 0, 0, 0)
        self._preview = None
        self.history_window = None
        self._index_reconciled = False
        self.preview_tabs.addTab(self.preview_page, self.tr("Preview"))
        if not self._has_runs():
            self.start_page = self._make_start_page()
            self.preview_tabs.insertTab(0, self.start_page, self.tr("Start"))
            self.preview_tabs.setCurrentIndex(0)
        bl.addWidget(self.preview_tabs, 1)

        # The form runs the full height on the left (no scrolling to reach the cut); the risk panel sits
        # above the run strip and preview on the right, so the verdict and the program are seen together.
        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.setObjectName("right_split")
        self.right_split.addWidget(self.panel)
        self.right_split.addWidget(bottom)
        self.right_split.setStretchFactor(0, 1)
        self.right_split.setStretchFactor(1, 1)
        self.right_split.setChildrenCollapsible(False)

        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("form_split")
        self.main_split.addWidget(form_scroll)
        self.main_split.addWidget(self.right_split)
        self.main_split.setStretchFactor(0, 0)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_split)

        self._build_actions()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(200)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)

    def _has_runs(self) -> bool:
        try:
            return bool(self.services.recorder.store.day_folders())
        except OSError:  # an unusable runs directory is reported by the start-up banner
            return False

    def _make_start_page(self) -> QWidget:
        """First run: examples one click away, and where the records live."""
        from rmos_desktop.core.resources import examples_dir

        page = QWidget()
        page.setObjectName("start_page")
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Welcome to RMOS Desktop. No runs are recorded here yet."))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Open an example job to see how the risk panel judges it:")))
        row = QHBoxLayout()
        examples = [
            ("green-veneer-line", self.tr("Veneer trim (GREEN)")),
            ("kerf-array-side-kerfs", self.tr("Side kerfs (kerf array)")),
            ("fret-slots-648", self.tr("Fret slots, 648 mm scale")),
            ("red-kerfcut-overspeed", self.tr("Over-speed (RED, blocked)")),
        ]
        self.example_buttons = {}
        for name, label in examples:
            button = QPushButton(label)
            button.setObjectName(f"example:{name}")
            button.clicked.connect(lambda _=False, n=name: self.open_job_file(examples_dir() / f"{n}.json"))
            row.addWidget(button)
            self.example_buttons[name] = button
        row.addStretch(1)
        layout.addLayout(row)
        where = QLabel(
            self.tr(
                "Every attempt to generate is recorded in %s (change it in Tools ▸ Settings). "
                "More example jobs are in %s."
            )
            % (self.services.runs_dir, examples_dir())
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setProperty("role", "hint")
        layout.addWidget(where)
        layout.addStretch(1)
        return page

    def _fit_form_width(self) -> None:
        """The form never gets narrower than it needs at the current UI scale."""
        self.form.ensurePolished()
        self.form.adjustSize()
        scroll = self.form_scroll
        scrollbar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(self.form.sizeHint().width() + scrollbar + 2 * scroll.frameWidth() + 4)

    def _build_run_strip(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.run_label = QLabel(self.tr("No run yet"))
        self.run_label.setObjectName("run_label")
        row.addWidget(self.run_label)
        self.run_id_field = QLineEdit()
        self.run_id_field.setObjectName("run_id")
        self.run_id_field.setReadOnly(True)
        self.run_id_field.setPlaceholderText(self.tr("run id"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.run_id_field.font().pointSizeF())
        self.run_id_field.setFont(mono)
        # The whole id always shows: it is what a machinist reads out to the supervisor.
        self.run_id_field.setMinimumWidth(QFontMetrics(mono).horizontalAdvance("0" * 32) + 24)
        self.run_id_field.textChanged.connect(self.run_id_field.setToolTip)
        row.addWidget(self.run_id_field, 2)
        copy_id = QPushButton(self.tr("Copy id"))
        copy_id.clicked.connect(lambda: self._copy(self.run_id_field.text()))
        row.addWidget(copy_id)
        row.addWidget(QLabel(self.tr("G-code SHA-256")))
        self.hash_field = QLineEdit()
        self.hash_field.setObjectName("gcode_sha256")
        self.hash_field.setReadOnly(True)
        self.hash_field.setFont(mono)
        self.hash_field.setMinimumWidth(QFontMetrics(mono).horizontalAdvance("0" * 16) + 24)
        self.hash_field.textChanged.connect(self.hash_field.setToolTip)  # the full hash, however narrow
        row.addWidget(self.hash_field, 4)
        copy_hash = QPushButton(self.tr("Copy hash"))
        copy_hash.clicked.connect(lambda: self._copy(self.hash_field.text()))
        row.addWidget(copy_hash)
        self.open_artifact_button = QPushButton(self.tr("Open artifact"))
        self.open_artifact_button.setEnabled(False)
        self.open_artifact_button.clicked.connect(self.open_artifact)
        row.addWidget(self.open_artifact_button)
        self.export_button = QPushButton(self.tr("Export to USB…"))
        self.export_button.setObjectName("export_usb")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_last_run)
        row.addWidget(self.export_button)
        return row

    def _action(self, text: str, slot, shortcuts: list, *, tip: str = "") -> QAction:
        action = QAction(self.tr(text), self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action("&New job", self.new_job, [QKeySequence.StandardKey.New])
        self.act_open = self._action("&Open job…", self.open_job_dialog, [QKeySequence.StandardKey.Open])
        self.act_save = self._action("&Save job as…", self.save_job_dialog, ["Ctrl+Shift+S"])
        self.act_open_gcode = self._action(
            "Open &G-code for preview…",
            self.open_gcode_dialog,
            ["Ctrl+Shift+O"],
            tip=self.tr("Read any G-code file into the preview (read-only; lines it cannot read are listed)"),
        )
        self.act_quit = self._action("&Quit", self.close, [QKeySequence.StandardKey.Quit])
        self.act_generate = self._action(
            "&Generate",
            self.generate,
            ["Ctrl+Return", "Ctrl+Enter"],
            tip=self.tr("Judge and generate; every attempt is recorded (Ctrl+Enter)"),
        )
        self.act_export = self._action(
            "&Export to USB…",
            self.export_last_run,
            ["Ctrl+E"],
            tip=self.tr("Export the last OK run's G-code, verified by reading it back"),
        )
        self.act_export.setEnabled(False)
        self.act_verify = self._action(
            "&Verify G-code file…",
            self.verify_file_dialog,
            ["Ctrl+Shift+V"],
            tip=self.tr("Did this file come from a run here? (or drop a file here)"),
        )
        self.act_history = self._action(
            "Run &history…",
            self.open_history,
            ["Ctrl+H"],
            tip=self.tr("Every recorded run: find a job, review blocked runs, compare, export, report (Ctrl+H)"),
        )
        self.act_audit = self._action(
            "&Audit records…",
            self.open_audit_dialog,
            [],
            tip=self.tr("Check every record and the ledger chain for changes (detects tampering, does not prevent it)"),
        )
        self.act_settings = self._action("&Settings…", self.open_settings, ["Ctrl+,"])
        self.act_about = self._action("&About RMOS Desktop", self.show_about, ["F1"])
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        for a in (self.act_new, self.act_open, self.act_save):
            self.menu_file.addAction(a)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_open_gcode)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_job = bar.addMenu(self.tr("&Job"))
        self.menu_job.addAction(self.act_generate)
        self.menu_job.addAction(self.act_export)
        self.menu_tools = bar.addMenu(self.tr("&Tools"))
        self.menu_tools.addAction(self.act_history)
        self.menu_tools.addAction(self.act_verify)
        self.menu_tools.addAction(self.act_audit)
        self.menu_tools.addSeparator()
        self.menu_tools.addAction(self.act_settings)
        self.menu_help = bar.addMenu(self.tr("&Help"))
        self.menu_help.addAction(self.act_about)

        tb = QToolBar(self.tr("Main"))
        tb.setObjectName("main_toolbar")
        tb.setMovable(False)
        for a in (self.act_new, self.act_open, self.act_save):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.act_history)
        tb.addSeparator()
        self.generate_button = QPushButton(self.tr("Generate  (Ctrl+Enter)"))
        self.generate_button.setObjectName("generate")
        self.generate_button.setProperty("role", "primary")
        self.generate_button.clicked.connect(self.generate)
        tb.addWidget(self.generate_button)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        tb.addWidget(spacer)
        self.operator_label = QLabel()
        self.operator_label.setObjectName("operator_label")
        tb.addWidget(self.operator_label)
        self.addToolBar(tb)
        self.toolbar = tb
        self._update_operator_label()

    def _update_operator_label(self) -> None:
        op = self.services.settings.operator or self.tr("(not set — Tools ▸ Settings)")
        self.operator_label.setText(self.tr("operator: %s   runs: %s") % (op, self.services.runs_dir))

    # -- state persistence ----------------------------------------------------------------------------
    def _qsettings(self) -> QSettings:
        return QSettings("rmos-desktop", "rmos-desktop")

    def _restore_state(self) -> None:
        s = self._qsettings()
        geometry = s.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # first start: most of the screen (a workstation monitor is usually 1920 x 1080)
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            if screen is not None and screen.width() >= 1280 and screen.height() >= 800:
                self.resize(min(1800, screen.width() * 9 // 10), min(1040, screen.height() * 19 // 20))
            else:
                self.resize(1500, 980)
        restored = False
        for split in (self.main_split, self.right_split):
            state = s.value(f"main/{split.objectName()}")
            if state is not None:
                restored = split.restoreState(state) or restored
        if not restored:  # first start: the form gets the width it needs; panel and preview share the rest
            form_w = self.form_scroll.minimumWidth()
            self.main_split.setSizes([form_w, max(600, self.width() - form_w)])
            self.right_split.setSizes([self.height() // 2, self.height() // 2])

    def save_state(self) -> None:
        s = self._qsettings()
        s.setValue("main/geometry", self.saveGeometry())
        for split in (self.main_split, self.right_split):
            s.setValue(f"main/{split.objectName()}", split.saveState())
        s.sync()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._build_preview_soon()
        if not self._index_reconciled:
            self._index_reconciled = True
            self.reconcile_index()

    def reconcile_index(self) -> None:
        """Bring the run index up to date with the files, off the GUI thread (another instance, the CLI or a
        copied-in folder may have written runs; a missing or damaged index is rebuilt)."""
        services = self.services

        def failed(exc: BaseException) -> None:  # the index is a cache: the history says what it can
            log.warning("run index reconcile failed: %s", exc)

        self.tasks.run(
            lambda handle: services.reconcile_index(handle.report_progress),
            on_success=lambda r: None,
            on_failure=failed,
        )

    def open_history(self):
        """The run-history window (one per main window; raised when already open)."""
        from rmos_desktop.gui.history import HistoryWindow

        window = self.history_window
        if window is not None and window.services_runs_dir != self.services.runs_dir:
            # The runs directory changed in Settings: that window shows the old index. Its background
            # queries finish first, so none calls back into a deleted window.
            window.close()
            self.tasks.wait_all(10000)
            window.deleteLater()
            window = None
        if window is None:
            window = HistoryWindow(self.services, tasks=self.tasks, parent=None)
            window.services_runs_dir = self.services.runs_dir
            window.sig_open_run.connect(self._open_run_from_history)
            window.sig_open_gcode_file.connect(lambda path: self._open_file_from_history(Path(path)))
            self.history_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _open_run_from_history(self, run_id: str) -> None:
        self.open_run(run_id)
        self.raise_()
        self.activateWindow()

    def _open_file_from_history(self, path: Path) -> None:
        self.open_gcode_file(path)
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event) -> None:
        if self.history_window is not None:
            self.history_window.close()
        self.save_state()
        self.tasks.wait_all(10000)
        super().closeEvent(event)

    def _startup_messages(self) -> None:
        messages = []
        if self.services.settings_warning:
            messages.append(self.services.settings_warning)
        for problem in self.services.catalog_problems:
            messages.append(self.tr("Catalog file left out: %s") % problem)
        problem = runs_dir_problem(self.services.runs_dir)
        if problem:
            messages.append(
                self.tr(
                    "Runs cannot be recorded: %s. Nothing can be generated until this is fixed: "
                    "choose a writable runs directory in Tools ▸ Settings, or ask IT to give this "
                    "account write access."
                )
                % problem
            )
        self.startup_problem = "\n".join(messages)
        if messages:
            self.panel.set_banner("error" if problem else "warning", self.startup_problem)

    # -- evaluation -----------------------------------------------------------------------------------
    def evaluate_now(self) -> None:
        """Recompute the panel from the form (the debounce timer calls this ≤ 30 ms after the last edit)."""
        self._debounce.stop()
        raw = self.form.raw_request()
        parse = parse_job(raw)
        report = evaluate_feasibility(parse, self.services.catalog)
        decision = compute_saw_safety_decision(report)
        blocked = self.policy.should_block(decision)
        self.current = (raw, parse, report, decision, blocked)
        self.form.show_errors(parse.errors, self._load_notices)
        self.panel.show_report(report, decision, blocked)
        empty = [e.field for e in parse.errors if e.message == "field required"]
        if str(report.risk_level) == "UNKNOWN" and empty and len(empty) == len(parse.errors):
            # Only gaps, no hazard: say what is missing, calmly (the badge still says UNKNOWN).
            names = ", ".join(FIELD_LABELS.get(f, f) for f in empty)
            self.panel.set_banner("info", self.tr("Not ready to generate. Still empty: %s.") % names)
        self._update_title(parse)
        self.sig_evaluated.emit()

    def _update_title(self, parse: JobParse) -> None:
        name = parse.fields.get("job_name") or self.tr("untitled")
        order = parse.fields.get("order_ref")
        title = f"RMOS Desktop — job: {name}" + (f" (order {order})" if order else "")
        self.setWindowTitle(title)

    # -- generate -------------------------------------------------------------------------------------
    def _ask_acknowledgement(self, warnings: list[str]) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("YELLOW: acknowledge the warnings"))
        box.setText(self.tr("This job is YELLOW. Read the warnings before generating:"))
        box.setInformativeText("\n".join(f"• {w}" for w in warnings))
        ack = box.addButton(self.tr("Acknowledge and generate"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is ack

    def generate(self) -> None:
        if self._generating:
            return
        self.form.touch_all()
        self.evaluate_now()  # the panel shows exactly what is sent
        raw, parse, report, decision, _blocked = self.current
        operator = self.services.settings.operator or None
        acknowledgement = None
        if str(report.risk_level) == "YELLOW" and parse.request is not None:
            request_sha = sha256_json(parse.request.model_dump(mode="json"))
            if request_sha not in self._acknowledged:
                if not self.ask_acknowledgement(list(decision.warnings)):
                    self.statusBar().showMessage(self.tr("Not generated: the warnings were not acknowledged."), 8000)
                    return
                self._acknowledged.add(request_sha)
            acknowledgement = {
                "by": operator,
                "warnings": list(decision.warnings),
                "request_sha256": request_sha,
                "at_utc": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
            }
        self._set_generating(True)
        services = self.services
        self.tasks.run(
            lambda handle: run_generation(services, raw, operator, acknowledgement),
            on_success=self._generation_done,
            on_failure=self._generation_failed,
        )

    def _set_generating(self, on: bool) -> None:
        self._generating = on
        self.generate_button.setEnabled(not on)
        self.act_generate.setEnabled(not on)
        self.busy.setVisible(on)
        if on:
            self.statusBar().showMessage(self.tr("Generating…"))

    def _generation_failed(self, exc: BaseException) -> None:
        self._set_generating(False)
        log.error("generation task failed", exc_info=exc)
        outcome = GenerateOutcome("ERROR", {"error": "INTERNAL", "message": f"{type(exc).__name__}: {exc}"})
        self._show_outcome(outcome)

    def _generation_done(self, outcome: GenerateOutcome) -> None:
        self._set_generating(False)
        self._show_outcome(outcome)

    def _show_outcome(self, outcome: GenerateOutcome) -> None:
        self.last_outcome = outcome
        p = outcome.payload
        if outcome.status == "OK":
            self.show_program(p)
            self.run_label.setText(self.tr("Run OK · %s") % p.get("risk_level", ""))
            self.run_id_field.setText(p["_run_id"])
            self.hash_field.setText(p["_hashes"]["gcode_sha256"])
            self.run_id_field.setCursorPosition(0)
            self.hash_field.setCursorPosition(0)
            self._artifact_path = Path(p["_run_artifact_path"])
            self.open_artifact_button.setEnabled(True)
            self._set_exportable(p["_run_id"])
            self.panel.set_banner(
                "ok",
                self.tr("Generated and recorded as run %s. G-code SHA-256 %s")
                % (p["_run_id"], p["_hashes"]["gcode_sha256"]),
            )
            self.statusBar().showMessage(self.tr("OK: run %s recorded") % p["_run_id"], 10000)
        elif outcome.status == "BLOCKED":
            self._set_exportable(None)
            self.clear_program()
            self.run_label.setText(self.tr("Run BLOCKED"))
            self.run_id_field.setText(p.get("run_id", ""))
            self.hash_field.clear()
            self._artifact_path = Path(p["run_artifact_path"])
            self.open_artifact_button.setEnabled(True)
            reason = (p.get("decision") or {}).get("block_reason") or ""
            self.panel.set_banner(
                "blocked",
                self.tr("BLOCKED: %s\nRecorded as run %s for supervisor review. No G-code was produced.")
                % (reason, p.get("run_id", "")),
            )
            self.statusBar().showMessage(self.tr("BLOCKED: run %s recorded") % p.get("run_id", ""), 10000)
        else:
            self._set_exportable(None)
            self.clear_program()
            self.run_label.setText(self.tr("Run %s") % outcome.status)
            self.run_id_field.setText(p.get("run_id", ""))
            self.hash_field.clear()
            self._artifact_path = Path(p["run_artifact_path"]) if p.get("run_artifact_path") else None
            self.open_artifact_button.setEnabled(self._artifact_path is not None)
            self.panel.set_banner("error", f"{outcome.status}: {p.get('message', '')}")
            self.statusBar().showMessage(self.tr("%s: nothing was released") % outcome.status, 10000)
        self.sig_generation_finished.emit(outcome)

    # -- export and verify -----------------------------------------------------------------------------
    def _set_exportable(self, run_id: str | None) -> None:
        self._export_run_id = run_id
        self.act_export.setEnabled(run_id is not None)
        self.export_button.setEnabled(run_id is not None)

    def export_last_run(self) -> None:
        if self._export_run_id:
            self.open_export_dialog(self._export_run_id)

    def open_export_dialog(self, run_id: str):
        from rmos_desktop.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.services, run_id, tasks=self.tasks, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.export_dialog = dialog
        return dialog

    def _pick_gcode_file(self, title: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, title, str(Path.home()), self.tr("G-code (*.nc *.gcode *.ngc *.tap *.txt);;All files (*)")
        )
        return Path(path) if path else None

    def verify_file_dialog(self) -> None:
        path = self._pick_gcode_file(self.tr("Verify G-code file"))
        if path is not None:
            self.verify_file(path)

    def verify_file(self, path: Path) -> None:
        """Hash the file and look it up off the GUI thread; show the verdict in a dialog."""
        from rmos_desktop.gui.verify_dialog import VerifyDialog, verify_with_services

        services = self.services
        self.statusBar().showMessage(self.tr("Verifying %s…") % path)

        def shown(report) -> None:
            dialog = VerifyDialog(report, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.verify_dialog = dialog
            self.sig_verified.emit(report)

        def failed(exc: BaseException) -> None:
            self.panel.set_banner("error", self.tr("Could not verify %s: %s") % (path, exc))

        self.tasks.run(lambda handle: verify_with_services(services, path), on_success=shown, on_failure=failed)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.suffix.lower() == ".json" and not path.name.endswith(".rmos.json"):
                    self.open_job_file(path)
                else:
                    self.verify_file(path)
                event.acceptProposedAction()
                return

    def _mark_stale_run(self) -> None:
        if self.last_outcome is not None and self.last_outcome.status == "OK":
            self.run_label.setText(self.tr("Run OK · job changed since"))

    def show_program(self, payload: dict[str, Any]) -> None:
        """Preview the OK payload of a Generate (its move list as generated; loaded off the GUI thread)."""
        self.preview.open_payload(self.services.recorder.store, payload)
        self.preview_tabs.setCurrentWidget(self.preview_page)

    def clear_program(self) -> None:
        if self._preview is not None:
            self._preview.clear(self.tr("No G-code: the last attempt did not produce any."))

    @property
    def preview(self):
        """The G-code preview (a PreviewWidget), built the first time it is needed."""
        if self._preview is None:
            from rmos_desktop.gui.preview import PreviewWidget

            self._preview = PreviewWidget(self.tasks)
            self._preview.sig_load_failed.connect(lambda message: self.statusBar().showMessage(message, 15000))
            self.preview_page.layout().addWidget(self._preview)
        return self._preview

    def _build_preview_soon(self) -> None:
        if self._preview is None:
            QTimer.singleShot(PREVIEW_BUILD_DELAY_MS, self, self._build_preview_if_shown)

    def _build_preview_if_shown(self) -> None:
        # A window closed meanwhile (and waiting to be deleted) gets no plot widgets built into it.
        if self._preview is None and self.isVisible():
            _ = self.preview

    def open_run(self, run_id: str) -> None:
        """Show a stored run's G-code, plot and recorded numbers in the preview (read-only)."""
        self.preview.open_run(self.services.recorder.store, run_id)
        self.preview_tabs.setCurrentWidget(self.preview_page)

    def open_gcode_dialog(self) -> None:
        path = self._pick_gcode_file(self.tr("Open G-code for preview"))
        if path is not None:
            self.open_gcode_file(path)

    def open_gcode_file(self, path: Path) -> None:
        """Preview any G-code file, checked against the default machine's travel; nothing is recorded."""
        machine = self.services.catalog.machine(self.services.settings.default_machine)
        self.preview.open_file(path, machine)
        self.preview_tabs.setCurrentWidget(self.preview_page)

    def open_artifact(self) -> None:
        path = self._artifact_path
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
            self.statusBar().showMessage(str(path), 15000)

    def _copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            self.statusBar().showMessage(self.tr("Copied: %s") % text, 5000)

    # -- jobs on disk ---------------------------------------------------------------------------------
    def new_job(self) -> None:
        self._load_notices = []
        self._job_path = None
        self.form.new_job()
        self.evaluate_now()

    def open_job_dialog(self) -> None:
        start = str(self._job_path.parent if self._job_path else Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open job"), start, self.tr("Job files (*.json)"))
        if path:
            self.open_job_file(Path(path))

    def open_job_file(self, path: Path) -> bool:
        try:
            raw = read_job_file(path)
        except JobFileError as exc:
            self.panel.set_banner("error", self.tr("Could not open the job: %s") % exc)
            return False
        if not isinstance(raw, dict):
            self.panel.set_banner("error", self.tr("%s does not hold a job (a JSON object).") % path)
            return False
        self._load_notices = self.form.load_request(raw)
        self._job_path = path
        self.evaluate_now()
        self.statusBar().showMessage(self.tr("Opened %s") % path, 8000)
        return True

    def save_job_dialog(self) -> None:
        start = str(self._job_path or Path.home() / "job.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save job as"), start, self.tr("Job files (*.json)"))
        if path:
            self.save_job_file(Path(path))

    def save_job_file(self, path: Path) -> bool:
        data = json.dumps(self.form.raw_request(), indent=2, ensure_ascii=False) + "\n"
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            self.panel.set_banner("error", self.tr("Could not save the job to %s: %s") % (path, exc.strerror or exc))
            return False
        self._job_path = path
        self.statusBar().showMessage(self.tr("Saved %s") % path, 8000)
        return True

    # -- dialogs --------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.services.settings, self.services.catalog, self.services.runs, self)
        dialog.sig_archive_requested.connect(self.open_archive_dialog)
        if dialog.exec():
            self.apply_settings(dialog.result_settings())

    def open_archive_dialog(self):
        from rmos_desktop.gui.archive_dialog import ArchiveDialog

        dialog = ArchiveDialog(self.services, tasks=self.tasks, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.archive_dialog = dialog
        return dialog

    def open_audit_dialog(self):
        from rmos_desktop.gui.audit_dialog import AuditDialog

        dialog = AuditDialog(self.services, tasks=self.tasks, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.audit_dialog = dialog
        return dialog

    def apply_settings(self, settings) -> None:
        # A new runs directory closes the old run index: no background query (history, start-up reconcile,
        # generation) may still be using its sqlite connections, which would crash the process.
        self.tasks.wait_all(30000)
        try:
            self.services.apply_settings(settings)
        except OSError as exc:
            self.panel.set_banner("error", self.tr("Settings could not be saved: %s") % (exc.strerror or exc))
            return
        self.form.default_machine = settings.default_machine
        history = self.history_window
        if history is not None and history.services_runs_dir != self.services.runs_dir:
            # It lists the old runs directory's index: reopen it on the new one (where it was open).
            was_open = history.isVisible()
            history.close()
            history.deleteLater()
            self.history_window = None
            if was_open:
                self.open_history()
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, settings.ui_scale)
            self._fit_form_width()
        self._update_operator_label()
        self._startup_messages()
        self.evaluate_now()

    def about_text(self) -> str:
        cat = self.services.catalog
        try:
            head = self.services.recorder.head()
        except (OSError, ValueError):
            head = None
        return (
            self.tr("RMOS Desktop %s") % __version__
            + "\n\n"
            + self.tr("Data directory: %s") % data_dir()
            + "\n"
            + self.tr("Runs directory: %s (%s)") % (self.services.runs_dir, self.services.runs.source)
            + "\n"
            + self.tr("Settings and shop catalog files: %s") % config_dir()
            + "\n"
            + self.tr("Log file: %s") % log_file_path()
            + "\n"
            + self.tr("Catalog: %s (SHA-256 %s…)") % (cat.version, cat.sha256[:16])
            + "\n"
            + self.tr("Audit ledger head: %s") % (head or self.tr("no runs recorded yet"))
            + "\n\n"
            + self.tr(NO_OVERRIDE_TEXT)
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About RMOS Desktop"), self.about_text())
