"""The run strip above the preview: what the preview shows and where it came from — the last run (status, a
short id with Copy, Details ▸ with the whole id, the G-code hash and the artifact, Export to USB…) or a file
opened from disk ("file prog.nc — not recorded here" / "matches run …"). It wraps instead of widening the
window; its text never resizes the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from rmos_desktop.gui.flow_layout import FlowLayout
from rmos_desktop.gui.theme import local_time, short_id

STATUS_KIND = {"OK": "ok", "BLOCKED": "blocked"}


class RunStrip(QWidget):
    sig_export_requested = Signal()
    """Export to USB… was pressed (only ever enabled for an OK run)."""
    sig_open_artifact = Signal()
    """Open the folder of the shown run's artifact."""
    sig_copied = Signal(str)
    """A value was copied to the clipboard; carries it."""
    sig_show_preview = Signal()
    """Show preview was pressed: the folded preview comes back."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("run_strip")
        self.mode = "none"  # none, run, file
        self.run_id = ""
        self.file_path: Path | None = None
        self.artifact_path: Path | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.setSpacing(2)
        row = QWidget()
        flow = FlowLayout(row, spacing=8)
        self.status = QLabel()
        self.status.setObjectName("strip_status")
        self.status.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.run_label = QLabel()  # "Run OK · GREEN", "file prog.nc — not recorded here"
        self.run_label.setObjectName("run_label")
        self.run_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.short_id = QLabel()
        self.short_id.setObjectName("short_run_id")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.1)
        mono.setBold(True)
        self.short_id.setFont(mono)
        self.copy_id = QPushButton(self.tr("Copy id"))
        self.copy_id.setObjectName("copy_run_id")
        self.copy_id.clicked.connect(lambda: self._copy(self.run_id))
        self.details_button = QPushButton(self.tr("Details ▸"))
        self.details_button.setObjectName("run_details")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.show_details)
        self.export_button = QPushButton(self.tr("Export to USB…  (Ctrl+E)"))
        self.export_button.setObjectName("export_usb")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.sig_export_requested)
        self.preview_button = QPushButton(self.tr("Show preview ▴"))
        self.preview_button.setObjectName("show_preview")
        self.preview_button.setToolTip(self.tr("The preview is folded while the job is edited; show it again"))
        self.preview_button.clicked.connect(self.sig_show_preview)
        self.preview_button.hide()
        widgets = (self.status, self.run_label, self.short_id, self.copy_id, self.details_button, self.export_button)
        for w in (*widgets, self.preview_button):
            flow.addWidget(w)
        outer.addWidget(row)
        outer.addWidget(self._build_details())
        self.clear()

    def _build_details(self) -> QFrame:
        box = QFrame()
        box.setObjectName("run_details_box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setContentsMargins(6, 4, 6, 4)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.run_id_field = self._readonly("run_id", mono)
        self.hash_field = self._readonly("gcode_sha256", mono)
        self.when_label = QLabel()
        self.when_label.setObjectName("run_time")
        copy_hash = QPushButton(self.tr("Copy hash"))
        copy_hash.clicked.connect(lambda: self._copy(self.hash_field.text()))
        self.open_artifact_button = QPushButton(self.tr("Open artifact folder"))
        self.open_artifact_button.setEnabled(False)
        self.open_artifact_button.clicked.connect(self.sig_open_artifact)
        grid.addWidget(QLabel(self.tr("Run id")), 0, 0)
        grid.addWidget(self.run_id_field, 0, 1)
        grid.addWidget(QLabel(self.tr("G-code SHA-256")), 1, 0)
        grid.addWidget(self.hash_field, 1, 1)
        grid.addWidget(copy_hash, 1, 2)
        grid.addWidget(self.when_label, 2, 0, 1, 2)
        grid.addWidget(self.open_artifact_button, 2, 2)
        grid.setColumnStretch(1, 1)
        box.hide()
        self.details_box = box
        return box

    def _readonly(self, name: str, font) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setReadOnly(True)
        edit.setFont(font)
        edit.setMinimumWidth(120)  # the whole value is in the tooltip and scrolls in the field
        edit.textChanged.connect(edit.setToolTip)
        return edit

    # -- states ----------------------------------------------------------------------------------------------
    def _set_status(self, kind: str, text: str) -> None:
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def clear(self, text: str = "") -> None:
        self.mode = "none"
        self.run_id = ""
        self.file_path = None
        self.artifact_path = None
        self._set_status("none", self.tr("No run yet"))
        self.run_label.setText(text)
        self._set_id("", "", None)
        self.set_exportable(False)

    def show_run(self, status: str, level: str, run_id: str, gcode_sha256: str, artifact: Path | None) -> None:
        """The run just generated (or opened): status, short id, and its details."""
        self.mode = "run"
        self.file_path = None
        self._set_status(STATUS_KIND.get(status, "error"), self.tr("Run %s") % status)
        self.run_label.setText(level if status == "OK" else "")
        self._set_id(run_id, gcode_sha256, artifact)
        self.set_exportable(status == "OK")

    def show_file(self, path: Path, matches: list[str] | None = None) -> None:
        """A G-code file from disk: never shown as the last run. `matches` are the runs whose G-code has these
        exact bytes (None: not looked up yet)."""
        self.mode = "file"
        self.file_path = path
        self._set_status("file", self.tr("File"))
        if matches is None:
            where = self.tr("checking the records…")
        elif matches:
            where = self.tr("same bytes as run %s") % short_id(matches[0])
        else:
            where = self.tr("not recorded here")
        self.run_label.setText(f"{path.name} — {where}")
        self.run_label.setToolTip(str(path))
        self._set_id(matches[0] if matches else "", "", None)
        self.set_exportable(False)  # Export exports runs only, from the run's own bytes

    def mark_stale(self) -> None:
        if self.mode == "run" and self.status.property("kind") == "ok":
            self.run_label.setText(self.tr("job changed since this run"))

    def set_preview_hidden(self, hidden: bool) -> None:
        """The preview holds a program but is folded away: offer to show it."""
        self.preview_button.setVisible(hidden)

    def set_exportable(self, on: bool) -> None:
        self.export_button.setEnabled(on)

    def set_time(self, utc: str) -> None:
        text, tip = local_time(utc)
        self.when_label.setText(self.tr("Recorded %s") % text if text else "")
        self.when_label.setToolTip(tip)

    def _set_id(self, run_id: str, gcode_sha256: str, artifact: Path | None) -> None:
        self.run_id = run_id
        self.artifact_path = artifact
        self.short_id.setText(short_id(run_id) if run_id else "")
        self.short_id.setToolTip(run_id)
        self.short_id.setVisible(bool(run_id))
        self.copy_id.setVisible(bool(run_id))
        self.details_button.setVisible(bool(run_id))
        self.run_id_field.setText(run_id)
        self.hash_field.setText(gcode_sha256)
        self.run_id_field.setCursorPosition(0)
        self.hash_field.setCursorPosition(0)
        self.open_artifact_button.setEnabled(artifact is not None)
        if not run_id:
            self.details_button.setChecked(False)

    def show_details(self, on: bool) -> None:
        self.details_box.setVisible(on)
        self.details_button.setText(self.tr("Details ▾") if on else self.tr("Details ▸"))

    def _copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            self.sig_copied.emit(text)
