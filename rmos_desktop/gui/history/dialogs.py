"""The history's two dialogs: a supervisor's review of a run, and Compare with… (two runs side by side)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.runs.compare import Difference, compare_runs
from rmos_desktop.core.runs.describe import DISPOSITION_WORDS
from rmos_desktop.core.runs.index import RunIndex, RunQuery, RunRow
from rmos_desktop.core.runs.schemas import DISPOSITIONS, RunArtifact
from rmos_desktop.gui.theme import banner_label, show_banner

DISPOSITION_HELP = {
    "acknowledged": "The block was right; nothing to change.",
    "false_positive": "The job was safe; the check was wrong for it.",
    "policy_change_needed": "The limits or the policy should change.",
    "operator_training": "The operator needs to learn why this was blocked.",
}


class ReviewDialog(QDialog):
    """Reviewer, disposition and note for one run. The caller writes the record (write-once)."""

    def __init__(self, row: RunRow, *, reviewer: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Review run %1").replace("%1", row.run_id[:8]))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("%1 · %2 · %3 · %4")
            .replace("%1", row.status)
            .replace("%2", row.risk_level or "—")
            .replace("%3", row.tool_id or "—")
            .replace("%4", row.created_local.strftime("%a %Y-%m-%d %H:%M"))
        )
        head.setStyleSheet("font-weight: bold;")
        layout.addWidget(head)
        if row.block_reason:
            reason = QLabel(row.block_reason)
            reason.setWordWrap(True)
            layout.addWidget(reason)
        form = QFormLayout()
        self.reviewer = QLineEdit(reviewer)
        self.reviewer.setObjectName("review_reviewer")
        self.reviewer.setMaxLength(200)
        form.addRow(self.tr("Reviewer"), self.reviewer)
        self.disposition = QComboBox()
        self.disposition.setObjectName("review_disposition")
        for d in DISPOSITIONS:
            self.disposition.addItem(f"{DISPOSITION_WORDS[d]} — {DISPOSITION_HELP[d]}", d)
        form.addRow(self.tr("Disposition"), self.disposition)
        self.note = QPlainTextEdit()
        self.note.setObjectName("review_note")
        self.note.setPlaceholderText(self.tr("What you found and what happens next (optional)"))
        self.note.setFixedHeight(110)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        hint = QLabel(
            self.tr("The review is kept as its own record next to the run; the run's record is never changed.")
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = banner_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record review"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[str, str, str]:
        return self.reviewer.text().strip(), self.disposition.currentData(), self.note.toPlainText().strip()

    def _accept(self) -> None:
        reviewer, _, note = self.values()
        if not reviewer:
            show_banner(self.error, "warning", self.tr("Enter the reviewer's name."))
            return
        if len(note) > 2000:
            show_banner(self.error, "warning", self.tr("The note is longer than 2000 characters."))
            return
        self.accept()


class CompareDialog(QDialog):
    """Two runs side by side: request, decision and every calculator; differences highlighted."""

    sig_compared = Signal(str, str)
    """Two runs (a, b) are shown side by side."""

    def __init__(self, index: RunIndex, row: RunRow, *, other: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = index
        self.row = row
        self.setWindowTitle(self.tr("Compare runs"))
        self.resize(1200, 800)
        self._a: RunArtifact | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare %1 with").replace("%1", _label(row))))
        self.other = QComboBox()
        self.other.setObjectName("compare_other")
        self.other.setMinimumContentsLength(60)
        top.addWidget(self.other, 1)
        self.only_changes = QCheckBox(self.tr("Only differences"))
        self.only_changes.setChecked(True)
        self.only_changes.toggled.connect(self._show)
        top.addWidget(self.only_changes)
        layout.addLayout(top)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("compare_table")
        self.table.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Field"), _label(row), ""])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.status = banner_label()
        layout.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.differences: list[Difference] = []
        self._fill_candidates(other)
        self.other.currentIndexChanged.connect(self._compare)
        self._compare()

    def _fill_candidates(self, other: str | None) -> None:
        """Runs of the same job first (the blocked attempt and the OK one), then of the same tool."""
        seen = {self.row.run_id}
        candidates: list[RunRow] = []
        queries = []
        if self.row.job_name:
            queries.append(RunQuery(text=self.row.job_name.lower()))
        queries.append(RunQuery(tool_prefix=self.row.tool_id or ""))
        queries.append(RunQuery())
        for q in queries:
            for r in self.index.query(q, limit=60).rows:
                if r.run_id not in seen and r.readable:
                    seen.add(r.run_id)
                    candidates.append(r)
        if other and other not in seen:
            with contextlib.suppress(LookupError, ValueError):
                candidates.insert(0, self.index.get(other))
        pick = 0
        for i, r in enumerate(candidates):
            self.other.addItem(_label(r), r.run_id)
            if other and r.run_id == other:
                pick = i
        if not other:  # the nearest run with another outcome: "what changed between blocked and OK?"
            pick = next((i for i, r in enumerate(candidates) if r.status != self.row.status), 0)
        self.other.setCurrentIndex(pick)

    def _compare(self) -> None:
        run_b = self.other.currentData()
        if not run_b:
            show_banner(self.status, "info", self.tr("No other run to compare with."))
            return
        try:
            if self._a is None:
                self._a = self.index.read_artifact(self.row)[0]
            b = self.index.read_artifact(self.index.get(run_b))[0]
        except Exception as exc:  # an unreadable or unreachable artifact is shown, not raised
            show_banner(self.status, "error", self.tr("Cannot read the run: %1").replace("%1", str(exc)))
            return
        self.differences = compare_runs(self._a, b)
        self.table.setHorizontalHeaderItem(3, QTableWidgetItem(self.other.currentText()))
        self._show()
        self.sig_compared.emit(self.row.run_id, run_b)

    def _show(self) -> None:
        rows = [d for d in self.differences if d.changed or not self.only_changes.isChecked()]
        changed = sum(d.changed for d in self.differences)
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for i, d in enumerate(rows):
            cells = [d.section, d.field, d.a, d.b]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if d.changed and j >= 1:
                    item.setBackground(QBrush(QColor("#fff3c4")))
                    item.setFont(bold)
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
        show_banner(
            self.status,
            "info",
            self.tr("%n field(s) differ.", "", changed) if changed else self.tr("The two runs do not differ."),
        )


def _label(row: RunRow) -> str:
    job = " / ".join(x for x in (row.job_name, row.order_ref) if x)
    return (
        f"{row.status} {row.created_local.strftime('%a %Y-%m-%d %H:%M')} {row.tool_id or ''} {job} ({row.run_id[:8]})"
    )
