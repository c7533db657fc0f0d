"""The main window's actions, menus and toolbar, and the filter that lets its shortcuts through a focused
line edit (QLineEdit takes Ctrl+E, Ctrl+H and others for itself through ShortcutOverride).

Every text names its context, "MainWindow", at the call (`translate("MainWindow", "…")`): pyside6-lupdate files
it there, where the window's own `self.tr()` looks it up too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QSizePolicy, QToolBar, QToolButton, QWidget


class ShortcutPassThrough(QObject):
    """Installed on line edits: the window's own shortcuts win over the line edit's editing keys."""

    def __init__(self, keys: set[QKeySequence], parent: QObject | None = None):
        super().__init__(parent)
        self.keys = {k.toString() for k in keys}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            pressed = QKeySequence(event.keyCombination()).toString()
            if pressed in self.keys:
                event.ignore()  # not taken by the line edit: the shortcut map triggers the action
                return True
        return False


translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts


def _action(window, text: str, slot, shortcuts: list, *, tip: str = "", checkable: bool = False) -> QAction:
    """An action of `window` with its (already translated) text and tip."""
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setCheckable(checkable)
    (action.toggled if checkable else action.triggered).connect(slot)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    return action


def build_actions(w) -> None:
    """The window's actions (w.act_*), each with its documented shortcut."""
    w.act_new = _action(w, translate("MainWindow", "&New job"), w.new_job, [QKeySequence.StandardKey.New])
    w.act_open = _action(w, translate("MainWindow", "&Open job…"), w.open_job_dialog, [QKeySequence.StandardKey.Open])
    w.act_save = _action(w, translate("MainWindow", "&Save job as…"), w.save_job_dialog, ["Ctrl+Shift+S"])
    w.act_open_gcode = _action(
        w,
        translate("MainWindow", "Open &G-code for preview…"),
        w.open_gcode_dialog,
        ["Ctrl+Shift+O"],
        tip=translate(
            "MainWindow", "Read any G-code file into the preview (read-only; lines it cannot read are listed)"
        ),
    )
    w.act_quit = _action(w, translate("MainWindow", "&Quit"), w.close, [QKeySequence.StandardKey.Quit])
    w.act_generate = _action(
        w,
        translate("MainWindow", "&Generate"),
        w.generate,
        ["Ctrl+Return", "Ctrl+Enter"],
        tip=translate("MainWindow", "Judge and generate; every attempt is recorded"),
    )
    w.act_export = _action(
        w,
        translate("MainWindow", "&Export to USB…"),
        w.export_last_run,
        ["Ctrl+E"],
        tip=translate("MainWindow", "Export the last OK run's G-code, verified by reading it back (Ctrl+E)"),
    )
    w.act_export.setEnabled(False)
    w.act_job_form = _action(
        w,
        translate("MainWindow", "Job &form"),
        w.show_form,
        ["Ctrl+J"],
        tip=translate("MainWindow", "Show or hide the job form (Ctrl+J)"),
        checkable=True,
    )
    w.act_verify = _action(
        w,
        translate("MainWindow", "&Verify G-code file…"),
        w.verify_file_dialog,
        ["Ctrl+Shift+V"],
        tip=translate("MainWindow", "Did this file come from a run here? (or drop a file here)"),
    )
    w.act_history = _action(
        w,
        translate("MainWindow", "Run &history…"),
        w.open_history,
        ["Ctrl+H"],
        tip=translate(
            "MainWindow", "Every recorded run: find a job, review blocked runs, compare, export, report (Ctrl+H)"
        ),
    )
    w.act_audit = _action(
        w,
        translate("MainWindow", "&Audit records…"),
        w.open_audit_dialog,
        [],
        tip=translate(
            "MainWindow", "Check every record and the ledger chain for changes (detects tampering, does not prevent it)"
        ),
    )
    w.act_settings = _action(w, translate("MainWindow", "&Settings…"), w.open_settings, ["Ctrl+,"])
    w.act_dark = _action(w, translate("MainWindow", "&Dark theme"), w.set_dark_theme, [], checkable=True)
    w.act_start = _action(w, translate("MainWindow", "&Start page"), w.show_start_page, [])
    w.act_about = _action(w, translate("MainWindow", "&About RMOS Desktop"), w.show_about, ["F1"])


def build_menus(w) -> None:
    bar = w.menuBar()
    w.menu_file = bar.addMenu(translate("MainWindow", "&File"))
    for a in (w.act_new, w.act_open, w.act_save):
        w.menu_file.addAction(a)
    w.menu_recent = QMenu(translate("MainWindow", "&Recent jobs"), w)
    w.menu_recent.setObjectName("recent_jobs")
    w.menu_recent.aboutToShow.connect(w.fill_recent_jobs)
    w.menu_file.addMenu(w.menu_recent)
    w.menu_file.addSeparator()
    w.menu_file.addAction(w.act_open_gcode)
    w.menu_file.addSeparator()
    w.menu_file.addAction(w.act_quit)
    w.menu_job = bar.addMenu(translate("MainWindow", "&Job"))
    for a in (w.act_generate, w.act_export, w.act_job_form):
        w.menu_job.addAction(a)
    w.menu_tools = bar.addMenu(translate("MainWindow", "&Tools"))
    for a in (w.act_history, w.act_verify, w.act_audit):
        w.menu_tools.addAction(a)
    w.menu_tools.addSeparator()
    w.menu_tools.addAction(w.act_dark)
    w.menu_tools.addAction(w.act_settings)
    w.menu_help = bar.addMenu(translate("MainWindow", "&Help"))
    w.menu_help.addAction(w.act_start)
    w.menu_help.addAction(w.act_about)


def build_toolbar(w) -> QToolBar:
    tb = QToolBar(translate("MainWindow", "Main"))
    tb.setObjectName("main_toolbar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    # Generate first: a narrow window folds the toolbar's tail into », never the main action
    w.generate_button = QPushButton(translate("MainWindow", "Generate  (Ctrl+Enter)"))
    w.generate_button.setObjectName("generate")
    w.generate_button.setProperty("role", "primary")
    w.generate_button.clicked.connect(w.generate)
    tb.addWidget(w.generate_button)
    tb.addSeparator()
    for a in (w.act_job_form, w.act_new, w.act_open, w.act_save):
        tb.addAction(a)
    tb.addSeparator()
    tb.addAction(w.act_history)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    tb.addWidget(spacer)
    w.operator_button = QToolButton()
    w.operator_button.setObjectName("operator_label")
    w.operator_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    w.operator_menu = QMenu(w.operator_button)
    w.operator_menu.aboutToShow.connect(w.fill_operator_menu)
    w.operator_button.setMenu(w.operator_menu)
    tb.addWidget(w.operator_button)
    w.operator_label = w.operator_button  # its text: "operator: Dana ▾"
    return tb
