"""The main window: layout and wiring only. The job form (left, folds away once a program is on screen), the
live risk panel and, as the largest area, the run strip and the G-code preview (right). What the commands do
lives in gui/controller.py (over the core); menus and toolbar in gui/main_menus.py; dialogs in gui/prompts.py."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.services import AppServices, runs_dir_problem
from rmos_desktop.gui import prompts
from rmos_desktop.gui.controller import (  # noqa: F401  (GenerateOutcome, run_generation: re-exported)
    Assessment,
    GenerateOutcome,
    MainController,
    Refusal,
    gaps,
    run_generation,
    typos,
)
from rmos_desktop.gui.field_limits import field_marks
from rmos_desktop.gui.i18n import fill
from rmos_desktop.gui.job_form import JobForm, field_label
from rmos_desktop.gui.main_menus import ShortcutPassThrough, build_actions, build_menus, build_toolbar
from rmos_desktop.gui.outcome_view import OutcomeView
from rmos_desktop.gui.risk_panel import RiskPanel
from rmos_desktop.gui.run_strip import RunStrip
from rmos_desktop.gui.start_page import StartPage
from rmos_desktop.gui.tasks import TaskRunner, shared_runner
from rmos_desktop.gui.theme import handle_width
from rmos_desktop.gui.window_dialogs import WindowDialogs
from rmos_desktop.gui.window_layout import WindowLayout
from rmos_desktop.gui.window_shop import ShopIntegration
from rmos_desktop.gui.window_workflow import NO_OVERRIDE_TEXT, ShopWorkflow

log = logging.getLogger(__name__)
DEBOUNCE_MS = 30
PREVIEW_BUILD_DELAY_MS = 300  # after the window first shows, so it paints before pyqtgraph loads
MAXIMISE_UP_TO_PX = 1366  # screens this wide or narrower: the window opens maximised


def _scroll(widget: QWidget, name: str, horizontal: Qt.ScrollBarPolicy) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    scroll.setHorizontalScrollBarPolicy(horizontal)
    return scroll


class MainWindow(ShopIntegration, ShopWorkflow, WindowDialogs, WindowLayout, QMainWindow):
    sig_evaluated = Signal()
    """The risk panel now shows the feasibility of the form's current request."""
    sig_generation_finished = Signal(object)
    """A Generate finished and is on screen; carries the GenerateOutcome."""
    sig_verified = Signal(object)
    """A dropped or chosen file was verified; carries the VerifyReport."""
    sig_refused = Signal(str)
    """Generate was pressed but nothing was started or recorded; carries the reason shown."""
    sig_daily_checkpoint = Signal(object)
    """The start-up daily checkpoint finished: its CheckpointResult, None (one exists today) or the exception."""

    def __init__(self, services: AppServices, *, tasks: TaskRunner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks or shared_runner()
        self.controller = MainController(services, self.tasks, self)
        self.current: Assessment | None = None
        self._job_path: Path | None = None
        self._load_notices: list[str] = []
        self._edited = False
        self.startup_problem = ""
        self.ask_acknowledgement = lambda warnings: prompts.ask_acknowledgement(self, warnings)  # replaceable
        self.confirm_repeat = lambda: prompts.confirm_repeat(self)
        self.confirm_discard = lambda: prompts.confirm_discard(self)
        self.ask_operator_at_start = self._ask_operator_at_start
        self._preview = None
        self.history_window = None
        self._index_reconciled = False
        self.setWindowTitle("RMOS Desktop")
        self.setAcceptDrops(True)
        self._build()
        self.outcomes = OutcomeView(self)
        self.controller.sig_generation_started.connect(lambda: self._set_generating(True))
        self.controller.sig_generation_finished.connect(self._generation_finished)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.evaluate_now)
        self.form.sig_changed.connect(self._debounce.start)
        self.form.sig_changed.connect(self._form_edited)
        self._restore_state()
        self.install_shop_gui()
        self.evaluate_now()
        self._startup_messages()

    # -- construction ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.form = JobForm(self.services.catalog, default_machine=self.services.settings.default_machine)
        self.form_scroll = _scroll(self.form, "form_scroll", Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.panel = RiskPanel()
        self.form.set_units(self.services.settings.units)
        self.panel.set_units(self.services.settings.units)
        # a short screen scrolls the panel, never pushes the window taller
        self.panel_scroll = _scroll(self.panel, "panel_scroll", Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._panel_fit = QTimer(self)
        self._panel_fit.setSingleShot(True)
        self._panel_fit.setInterval(0)
        self._panel_fit.timeout.connect(self.fit_panel_height)
        self.panel.sig_layout_changed.connect(self._refit_panel_soon)
        bottom = self._build_bottom()
        self.right_split = self._splitter(Qt.Orientation.Vertical, "right_split", [self.panel_scroll, bottom], (1, 1))
        self.main_split = self._splitter(Qt.Orientation.Horizontal, "form_split", [self.form_scroll, self.right_split])
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setCollapsible(0, True)  # the form folds away; its handle stays to pull it back
        self.main_split.splitterMoved.connect(lambda *_: self._sync_form_action())
        self.setCentralWidget(self.main_split)
        self._build_chrome()

    def _build_bottom(self) -> QWidget:
        """The run strip over the preview (and the start page while there is nothing to preview)."""
        self.run_strip = RunStrip()
        strip = self.run_strip
        self.run_label, self.run_id_field, self.hash_field = strip.run_label, strip.run_id_field, strip.hash_field
        self.export_button, self.open_artifact_button = strip.export_button, strip.open_artifact_button
        strip.sig_export_requested.connect(self.export_last_run)
        strip.sig_open_artifact.connect(self.open_artifact)
        strip.sig_show_preview.connect(self.focus_preview)
        strip.sig_copied.connect(lambda text: self.statusBar().showMessage(self.tr("Copied: %s") % text, 5000))

        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(4, 0, 4, 4)
        bl.addWidget(strip)
        self._bottom_layout = bl
        self.preview_tabs = QTabWidget()
        self.preview_tabs.setObjectName("preview_tabs")
        self.preview_tabs.setTabBarAutoHide(True)  # one tab (no start page): no tab bar taking a row
        # The preview is built on first use, or just after the window shows: pyqtgraph takes ~0.4 s to import.
        self.preview_page = QWidget()
        self.preview_page.setObjectName("preview_page")
        # The preview's columns would set a minimum height for the tabs even while the start page shows or the
        # preview is folded; it gets its room from focus_preview instead, so it claims none here.
        self.preview_page.setMinimumHeight(1)
        QVBoxLayout(self.preview_page).setContentsMargins(0, 0, 0, 0)
        self.preview_tabs.addTab(self.preview_page, self.tr("Preview"))
        self.start_page = StartPage(self.services.runs_dir)
        self.start_page.sig_open_example.connect(self.open_job_file)
        self.example_buttons = self.start_page.example_buttons
        if not self._has_runs():
            self.show_start_page()
        bl.addWidget(self.preview_tabs, 1)
        return bottom

    def _build_chrome(self) -> None:
        """Actions, menus, toolbar, status bar, and the shortcuts let through line edits."""
        build_actions(self)
        build_menus(self)
        self.toolbar = build_toolbar(self)
        self.addToolBar(self.toolbar)
        self._update_operator_label()
        self.act_dark.setChecked(self.services.settings.theme == "dark")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(200)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self._shortcut_filter = ShortcutPassThrough(
            {k for a in self.actions_with_shortcuts() for k in a.shortcuts()}, self
        )
        self.pass_shortcuts(self)

    def _splitter(self, orientation, name: str, widgets: list[QWidget], stretch=(0, 1)) -> QSplitter:
        split = QSplitter(orientation)
        split.setObjectName(name)
        split.setHandleWidth(handle_width())
        for widget in widgets:
            split.addWidget(widget)
        for i, factor in enumerate(stretch):
            split.setStretchFactor(i, factor)
        split.setChildrenCollapsible(False)
        return split

    def actions_with_shortcuts(self) -> list:
        return [a for a in self.findChildren(type(self.act_new)) if a.shortcuts()]

    def pass_shortcuts(self, root: QWidget) -> None:
        """Let the window's shortcuts through every line edit under `root` (Ctrl+E from a form field)."""
        for edit in root.findChildren(QLineEdit):
            edit.installEventFilter(self._shortcut_filter)

    def _has_runs(self) -> bool:
        try:
            return bool(self.services.recorder.store.day_folders())
        except OSError:  # an unusable runs directory is reported by the start-up banner
            return False

    # -- state persistence -----------------------------------------------------------------------------------
    def _qsettings(self) -> QSettings:
        return QSettings("rmos-desktop", "rmos-desktop")

    def _restore_state(self) -> None:
        s = self._qsettings()
        geometry = s.value("main/geometry")
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if geometry is not None:
            self.restoreGeometry(geometry)
        elif screen is not None:  # first start: most of the screen
            self.resize(min(1800, screen.width() * 9 // 10), min(1040, screen.height() * 19 // 20))
        # First start on a shop PC (1366 px or narrower): maximised. A saved geometry is the user's choice.
        self.maximise_on_small_screens = geometry is None and screen is not None and screen.width() <= MAXIMISE_UP_TO_PX
        if self.maximise_on_small_screens:  # the whole screen even where no window manager maximises
            self.resize(screen.size())
        restored = False
        for split in (self.main_split, self.right_split):
            state = s.value(f"main/{split.objectName()}")
            if state is not None:
                restored = split.restoreState(state) or restored
        if not restored:  # first start: the form gets the width it needs; panel and preview share the rest
            form_w = self.form_scroll.sizeHint().width()
            self.main_split.setSizes([form_w, max(600, self.width() - form_w)])
            self.right_split.setSizes([self.height() // 2, self.height() // 2])
        self._sync_form_action()

    def save_state(self) -> None:
        s = self._qsettings()
        s.setValue("main/geometry", self.saveGeometry())
        for split in (self.main_split, self.right_split):
            s.setValue(f"main/{split.objectName()}", split.saveState())
        s.sync()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.maximise_on_small_screens and not self.isMaximized():
            self.maximise_on_small_screens = False
            QTimer.singleShot(0, self, self.showMaximized)
        self._build_preview_soon()
        if not self._index_reconciled:
            self._index_reconciled = True
            self.reconcile_index()
            QTimer.singleShot(0, self, self.ask_operator_at_start)

    def closeEvent(self, event) -> None:
        if self.history_window is not None:
            self.history_window.close()
        self.stop_shop()
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

    # -- the form and the panel ------------------------------------------------------------------------------
    def evaluate_now(self) -> None:
        """Recompute the panel from the form (the debounce timer calls this ≤ 30 ms after the last edit)."""
        self._debounce.stop()
        a = self.controller.assess(self.form.raw_request())
        self.current = a
        self.form.show_errors(a.parse.errors, self._load_notices)
        self.form.show_limits(field_marks(a.report, self.form.cut_kind(), self.form.units))
        self.panel.show_report(a.report, a.decision, a.blocked)
        empty = gaps(a)
        if str(a.risk_level) == "UNKNOWN" and empty and len(empty) == len(a.parse.errors):
            # Only gaps, no hazard: say what is missing, calmly (the badge still says UNKNOWN).
            names = ", ".join(field_label(f) for f in empty)
            self.panel.set_banner("info", self.tr("Not ready to generate. Still empty: %s.") % names)
        self._update_generate_button(a)
        self._update_title(a)
        self.sig_evaluated.emit()

    def _update_generate_button(self, a: Assessment) -> None:
        if typos(a):
            text = self.tr("Generate: fix the marked fields")
        elif a.blocked:
            text = self.tr("Record blocked attempt  (Ctrl+Enter)")
        elif str(a.risk_level) == "YELLOW":
            text = self.tr("Acknowledge and generate…  (Ctrl+Enter)")
        else:
            text = self.tr("Generate  (Ctrl+Enter)")
        self.generate_button.setText(text)
        self.generate_button.setToolTip(
            self.tr("RED or UNKNOWN: the attempt is recorded as BLOCKED for supervisor review; no G-code is made.")
            if a.blocked
            else self.tr("Judge and generate; every attempt is recorded")
        )

    def _update_title(self, a: Assessment) -> None:
        name = a.parse.fields.get("job_name") or self.tr("untitled")
        order = a.parse.fields.get("order_ref")
        if order:
            self.setWindowTitle(fill(self.tr("RMOS Desktop — job: %1 (order %2)"), name, order))
        else:
            self.setWindowTitle(fill(self.tr("RMOS Desktop — job: %1"), name))

    def _form_edited(self) -> None:
        self._edited = True
        self.run_strip.mark_stale()

    # -- generate --------------------------------------------------------------------------------------------
    def generate(self) -> None:
        if self.controller.generating:
            return
        self.form.touch_all()
        self.evaluate_now()  # the panel shows exactly what is sent
        refusal = self.controller.generate(
            self.current,
            ask_acknowledgement=self.ask_acknowledgement,
            confirm_repeat=self.confirm_repeat,
        )
        if refusal is not None:
            self.outcomes.show_refusal(refusal, self.current)

    @property
    def last_outcome(self) -> GenerateOutcome | None:
        return self.controller.last_outcome

    @property
    def _export_run_id(self) -> str | None:
        return self.run_strip.run_id if self.run_strip.export_button.isEnabled() else None

    def _set_generating(self, on: bool) -> None:
        self.generate_button.setEnabled(not on)
        self.act_generate.setEnabled(not on)
        self.busy.setVisible(on)
        if on:
            self.statusBar().showMessage(self.tr("Generating…"))

    def _generation_finished(self, outcome: GenerateOutcome) -> None:
        self._set_generating(False)
        if outcome.status == "REFUSED":  # not under the job order: nothing was recorded
            self.show_shop_refusal(outcome)
        else:
            self.outcomes.show_outcome(outcome)
        if outcome.run_id:
            self.shop_recorded()
        self.sig_generation_finished.emit(outcome)

    def _set_exportable(self, run_id: str | None) -> None:
        self.run_strip.set_exportable(run_id is not None)
        self.act_export.setEnabled(run_id is not None)

    # -- preview ---------------------------------------------------------------------------------------------
    @property
    def preview(self):
        """The G-code preview (a PreviewWidget), built the first time it is needed."""
        if self._preview is None:
            from rmos_desktop.gui.preview import PreviewWidget

            self._preview = PreviewWidget(self.tasks)
            self._preview.set_units(self.services.settings.units)
            self._preview.sig_load_failed.connect(lambda message: self.statusBar().showMessage(message, 15000))
            self.preview_page.layout().addWidget(self._preview)
            self.pass_shortcuts(self._preview)
        return self._preview

    def apply_units(self, units: str) -> None:
        """Show lengths and feeds in `units` ("mm" or "in") everywhere at once (Settings applies it live)."""
        self.form.set_units(units)
        self.panel.set_units(units)
        if self._preview is not None:
            self._preview.set_units(units)
        history = getattr(self, "history_window", None)
        if history is not None:
            history.pane.set_units(units)

    def _build_preview_soon(self) -> None:
        if self._preview is None:
            QTimer.singleShot(PREVIEW_BUILD_DELAY_MS, self, self._build_preview_if_shown)

    def _build_preview_if_shown(self) -> None:
        # A window closed meanwhile (and waiting to be deleted) gets no plot widgets built into it.
        if self._preview is None and self.isVisible():
            _ = self.preview

    def show_program(self, payload: dict[str, Any]) -> None:
        """Preview the OK payload of a Generate (its move list as generated; loaded off the GUI thread)."""
        self.preview.open_payload(self.services.recorder.store, payload)
        self.focus_preview()

    def clear_program(self) -> None:
        if self._preview is not None:
            self._preview.clear(self.tr("No G-code: the last attempt did not produce any."))

    def open_run(self, run_id: str) -> None:
        """Show a stored run's G-code, plot and recorded numbers in the preview (read-only)."""
        self.outcomes.show_stored_run(run_id)
        self.preview.open_run(self.services.recorder.store, run_id)
        self.focus_preview()

    def open_gcode_dialog(self) -> None:
        path = self._pick_gcode_file(self.tr("Open G-code for preview"))
        if path is not None:
            self.open_gcode_file(path)

    def open_gcode_file(self, path: Path) -> None:
        """Preview any G-code file, checked against the default machine's travel; nothing is recorded. The run
        strip says it is a file (and whether a run here made these exact bytes); Export is off."""
        machine = self.services.catalog.machine(self.services.settings.default_machine)
        self.outcomes.show_foreign_file(path)
        self.preview.open_file(path, machine)
        self.focus_preview()

    def open_artifact(self) -> None:
        path = self.run_strip.artifact_path
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
            self.statusBar().showMessage(str(path), 15000)

    def show_start_page(self) -> None:
        self._show_preview_area(True)
        if self.preview_tabs.indexOf(self.start_page) < 0:
            self.preview_tabs.insertTab(0, self.start_page, self.tr("Start"))
        self.preview_tabs.setCurrentWidget(self.start_page)
        self.start_page.set_runs_dir(self.services.runs_dir)
        controller = self.controller
        self.tasks.run(
            lambda handle: controller.runs_recorded(),
            on_success=self.start_page.set_run_count,
            on_failure=lambda exc: self.start_page.set_run_count(None),
        )


__all__ = ["NO_OVERRIDE_TEXT", "PREVIEW_BUILD_DELAY_MS", "GenerateOutcome", "MainWindow", "run_generation"]
