"""The history's two dialogs: a supervisor's review of a run, and Compare with… (two runs side by side)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
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
from rmos_desktop.gui.fit import centre_labels, fit_to_screen, install_close_keys, make_touchable, scaled, unwidened
from rmos_desktop.gui.theme import banner_label, show_banner
from rmos_desktop.gui.timefmt import as_utc, local_text, time_tooltip

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
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("%1 · %2 · %3 · %4")
            .replace("%1", row.status)
            .replace("%2", row.risk_level or "—")
            .replace("%3", row.tool_id or "—")
            .replace("%4", local_text(row.created_at_utc))
        )
        head.setObjectName("review_head")
        head.setToolTip(time_tooltip(row.created_at_utc) + "\n" + row.run_id)
        head.setWordWrap(True)
        bold = head.font()
        bold.setBold(True)
        head.setFont(bold)
        layout.addWidget(head)
        if row.block_reason:
            reason = QLabel(row.block_reason)
            reason.setWordWrap(True)
            layout.addWidget(reason)
        layout.addLayout(self._form(reviewer))
        hint = QLabel(
            self.tr("The review is kept as its own record next to the run; the run's record is never changed.")
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = unwidened(banner_label())
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record review"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        make_touchable(self.buttons.buttons())
        layout.addWidget(self.buttons)
        install_close_keys(self, self.reject)
        fit_to_screen(self, 700, 520)

    def _form(self, reviewer: str) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.reviewer = QLineEdit(reviewer)
        self.reviewer.setObjectName("review_reviewer")
        self.reviewer.setMaxLength(200)
        form.addRow(self.tr("Reviewer"), self.reviewer)
        self.disposition = QComboBox()
        self.disposition.setObjectName("review_disposition")
        for d in DISPOSITIONS:
            self.disposition.addItem(DISPOSITION_WORDS[d], d)
        self.disposition_help = QLabel()
        self.disposition_help.setObjectName("review_disposition_help")
        self.disposition_help.setProperty("role", "hint")
        self.disposition_help.setWordWrap(True)
        self.disposition.currentIndexChanged.connect(self._explain)
        self._explain()
        form.addRow(self.tr("Disposition"), self.disposition)
        form.addRow("", self.disposition_help)
        self.note = QPlainTextEdit()
        self.note.setObjectName("review_note")
        self.note.setPlaceholderText(self.tr("What you found and what happens next (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(scaled(80))
        form.addRow(self.tr("Note"), self.note)
        make_touchable([self.reviewer, self.disposition])
        centre_labels(form)
        return form

    def _explain(self) -> None:
        self.disposition_help.setText(self.tr(DISPOSITION_HELP.get(self.disposition.currentData(), "")))

    def values(self) -> tuple[str, str, str]:
        return self.reviewer.text().strip(), self.disposition.currentData(), self.note.toPlainText().strip()

    def _accept(self) -> None:
        reviewer, _, note = self.values()
        if not reviewer:
            show_banner(self.error, "warning", self.tr("Enter the reviewer's name."))
            self.reviewer.setFocus()
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
        self._a: RunArtifact | None = None
        layout = QVBoxLayout(self)
        self.run_a = QLabel(self.tr("A: %1").replace("%1", _label(row)))
        self.run_a.setObjectName("compare_a")
        self.run_a.setWordWrap(True)
        self.run_a.setToolTip(row.run_id)
        layout.addWidget(self.run_a)
        layout.addLayout(self._picker_row())
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("compare_table")
        self.table.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Field"), _short(row, "A"), "B"])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(scaled(40))
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())  # wrapped text re-flows
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.status = unwidened(banner_label())
        layout.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        make_touchable(close.buttons())
        layout.addWidget(close)
        install_close_keys(self, self.reject)
        self.differences: list[Difference] = []
        self._fill_candidates(other)
        self.other.currentIndexChanged.connect(self._compare)
        self._compare()
        fit_to_screen(self, 1200, 800)

    def _picker_row(self) -> QHBoxLayout:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("B:")))
        self.other = QComboBox()
        self.other.setObjectName("compare_other")
        self.other.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.other.setMinimumContentsLength(24)  # the popup lists the whole labels
        top.addWidget(self.other, 1)
        self.only_changes = QCheckBox(self.tr("Only differences"))
        self.only_changes.setObjectName("compare_only_changes")
        self.only_changes.setChecked(True)
        self.only_changes.toggled.connect(self._show)
        top.addWidget(self.only_changes)
        make_touchable([self.other, self.only_changes])
        return top

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
            self.other.setItemData(i, r.run_id, Qt.ItemDataRole.ToolTipRole)
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
            row_b = self.index.get(run_b)
            b = self.index.read_artifact(row_b)[0]
        except Exception as exc:  # an unreadable or unreachable artifact is shown, not raised
            show_banner(self.status, "error", self.tr("Cannot read the run: %1").replace("%1", str(exc)))
            return
        self.differences = compare_runs(self._a, b)
        head_b = QTableWidgetItem(_short(row_b, "B"))
        head_b.setToolTip(_label(row_b))
        self.table.setHorizontalHeaderItem(3, head_b)
        self._show()
        self.sig_compared.emit(self.row.run_id, run_b)

    def _show(self) -> None:
        rows = [d for d in self.differences if d.changed or not self.only_changes.isChecked()]
        changed = sum(d.changed for d in self.differences)
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        # the palette's tooltip colours: a pale mark in a light theme that a dark theme keeps readable
        mark_bg, mark_fg = (
            self.palette().color(QPalette.ColorRole.ToolTipBase),
            self.palette().color(QPalette.ColorRole.ToolTipText),
        )
        for i, d in enumerate(rows):
            for j, (text, tip) in enumerate(_cells(d)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if tip:
                    item.setToolTip(tip)
                if d.changed and j >= 1:
                    item.setBackground(QBrush(mark_bg))
                    item.setForeground(QBrush(mark_fg))
                    item.setFont(bold)
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
        show_banner(
            self.status,
            "info",
            self.tr("%n field(s) differ.", "", changed) if changed else self.tr("The two runs do not differ."),
        )


CREATED_UTC = ("run", "created (UTC)")  # compare_runs' row; shown in local time like every time on screen


def _cells(d: Difference) -> list[tuple[str, str]]:
    """(text, tooltip) of the four cells of one compared field; a changed field is marked ≠."""
    field = f"≠ {d.field}" if d.changed else d.field
    if (d.section, d.field) == CREATED_UTC:
        field = ("≠ " if d.changed else "") + "created"
        a, b = local_text(d.a), local_text(d.b)
        if a == b and d.changed:  # two attempts in the same second: show the milliseconds that tell them apart
            a, b = _with_ms(d.a), _with_ms(d.b)
        return [(d.section, ""), (field, ""), (a, time_tooltip(d.a)), (b, time_tooltip(d.b))]
    return [(d.section, ""), (field, ""), (d.a, d.a if len(d.a) > 40 else ""), (d.b, d.b if len(d.b) > 40 else "")]


def _with_ms(value: str) -> str:
    dt = as_utc(value)
    return f"{local_text(dt)}.{dt.microsecond // 1000:03d}" if dt is not None else value


def _short(row: RunRow, which: str) -> str:
    return f"{which}: {row.status} {row.run_id[:4]}…{row.run_id[-4:]}"


def _label(row: RunRow) -> str:
    job = " / ".join(x for x in (row.job_name, row.order_ref) if x)
    return f"{row.status} {local_text(row.created_at_utc)} {row.tool_id or ''} {job} ({row.run_id[:8]})"
