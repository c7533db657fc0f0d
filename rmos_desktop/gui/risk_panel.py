"""The live risk panel: a large badge (colour + word + icon + score), one row per calculator — RED and UNKNOWN
first, YELLOW next, the passing checks folded ("9 checks GREEN ▸") — the warnings, and a banner saying
plainly when the job would be blocked and why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.decision import RunDecision
from rmos_desktop.core.feasibility import FeasibilityReport
from rmos_desktop.core.units import Units
from rmos_desktop.gui.theme import banner_label, current_scale, level_colours, level_icon, paint_level_icon, show_banner
from rmos_desktop.report.core_texts import core_text, join_texts, label_text, value_text
from rmos_desktop.report.units_text import honest_text, row_texts

LEVEL_WORDS = {"GREEN": "GREEN", "YELLOW": "YELLOW", "RED": "RED", "UNKNOWN": "UNKNOWN"}
COLUMNS = (  # translated where shown (RiskPanel context)
    QT_TRANSLATE_NOOP("RiskPanel", "calculator"),
    QT_TRANSLATE_NOOP("RiskPanel", "value"),
    QT_TRANSLATE_NOOP("RiskPanel", "limit / band"),
    QT_TRANSLATE_NOOP("RiskPanel", "status"),
    QT_TRANSLATE_NOOP("RiskPanel", "why"),
)
ORDER = {"RED": 0, "UNKNOWN": 1, "YELLOW": 2, "GREEN": 3, "NA": 4}
ATTENTION = {"RED", "UNKNOWN", "YELLOW"}  # rows never folded away
BADGE_HEIGHT = {False: 86, True: 48}


class RiskBadge(QWidget):
    """The large level badge: painted icon, the level word and the score, on the level's colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.level = "UNKNOWN"
        self.score: float | None = None
        self.compact = False
        self.setMinimumHeight(self._height())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Risk level"))

    def _height(self) -> int:
        """The badge's height at the UI scale (its type is drawn in proportion to it)."""
        return round(BADGE_HEIGHT[self.compact] * current_scale() / 100)

    def sizeHint(self) -> QSize:
        return QSize(round(320 * current_scale() / 100), self._height() + (0 if self.compact else 6))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(240 * current_scale() / 100), self._height())

    def set_compact(self, on: bool) -> None:
        self.compact = on
        self.setMinimumHeight(self._height())
        self.updateGeometry()

    def set_level(self, level: str, score: float | None) -> None:
        self.level, self.score = level, score
        self.setAccessibleDescription(self.text())
        self.update()

    def text(self) -> str:
        score = "—" if self.score is None else f"{self.score:.0f}"
        return f"{LEVEL_WORDS.get(self.level, self.level)}   " + self.tr("score %s") % score

    def paintEvent(self, event) -> None:
        bg, fg = level_colours(self.level)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        p.setPen(QColor("#000000"))
        p.setBrush(bg)
        p.drawRoundedRect(r, 10, 10)
        icon = QRectF(r.left() + 14, r.top() + 10, r.height() - 20, r.height() - 20)
        # a white disc behind the icon keeps its shape visible on any background
        p.setBrush(QColor("#ffffff"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(icon.adjusted(-4, -4, 4, 4))
        paint_level_icon(p, icon, self.level)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(int(r.height() * 0.42))
        p.setFont(font)
        p.setPen(fg)
        text_rect = r.adjusted(icon.width() + 36, 0, -14, 0)
        p.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            LEVEL_WORDS.get(self.level, self.level),
        )
        font.setPixelSize(int(r.height() * 0.3))
        font.setBold(False)
        p.setFont(font)
        score = "—" if self.score is None else f"{self.score:.0f}"
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, self.tr("score %s") % score)
        p.end()


class RiskPanel(QWidget):
    """Shows one feasibility report and its decision."""

    sig_layout_changed = Signal()
    """The panel's layout asked for a new size or the panel was resized (the window refits a compact panel)."""

    def event(self, event) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.sig_layout_changed.emit()
        return super().event(event)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report: FeasibilityReport | None = None
        self.decision: RunDecision | None = None
        self._blocked = False
        self.units: Units = "mm"  # values, limits, bands and explanations shown in mm or in (ft/min, in/tooth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.badge = RiskBadge()
        self.banner = banner_label()
        self.head = QBoxLayout(QBoxLayout.Direction.TopToBottom)  # side by side once a program is on screen
        self.head.addWidget(self.badge)
        self.head.addWidget(self.banner, 1)
        layout.addLayout(self.head)
        self.compact = False
        self.docked: QWidget | None = None  # the run strip, in the badge's row while compact
        self.stacked = False
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("calculators")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setIconSize(QSize(22, 22))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(60)
        layout.addWidget(self.table, 1)
        self.fold_button = QPushButton()
        self.fold_button.setObjectName("fold_rows")
        self.fold_button.setCheckable(True)
        self.fold_button.toggled.connect(lambda _on: self._apply_fold())
        self.body = layout
        layout.addWidget(self.fold_button)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("warnings")
        layout.addWidget(self.warnings)
        note = QLabel(self.tr("Power is an estimate (constant kc). Bands are good practice; RED rows are hard gates."))
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.note = note
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(self.rule)
        self.row_height_hint = 0

    def set_units(self, units: Units) -> None:
        """Show lengths, feeds, rim speed and bite in `units`; the report on screen is shown again."""
        units = "in" if units == "in" else "mm"
        if units == self.units:
            return
        self.units = units
        if self.report is not None and self.decision is not None:
            self.show_report(self.report, self.decision, self._blocked)

    def show_report(self, report: FeasibilityReport, decision: RunDecision, blocked: bool) -> None:
        self.report, self.decision, self._blocked = report, decision, blocked
        level = str(report.risk_level)
        self.badge.set_level(level, report.score)
        self._fill_table()
        # input errors are shown at their fields and in the banner
        warnings = [core_text(honest_text(w, self.units)) for w in decision.warnings]
        self.warnings.setText(self.tr("Warnings: ") + (join_texts(warnings) if warnings else "—"))
        if blocked:
            self.set_banner(
                "blocked",
                self.tr("Would be BLOCKED: %s") % core_text(honest_text(decision.block_reason or "", self.units)),
            )
        elif level == "YELLOW":
            self.set_banner(
                "warning",
                self.tr("YELLOW: generating asks you to acknowledge %n warning(s).", "", len(decision.warnings)),
            )
        else:
            self.set_banner(None, "")

    def set_compact(self, on: bool, strip: QWidget | None = None) -> None:
        """A program is on screen: the badge shrinks, the hint goes, and `strip` (the run strip: what the preview
        shows, Copy, Details, Export) joins the badge's row, with the fold button at its end; the banner goes
        under that row, and a plain "generated" banner is left out (the strip and the status bar say it). The
        rows needing attention stay. Back to full (editing): the strip is taken out for the caller to place."""
        if on == self.compact:
            return
        self.compact = on
        self.badge.set_compact(on)
        self.badge.setMaximumWidth(round(300 * current_scale() / 100) if on else 16777215)
        self.head.setDirection(QBoxLayout.Direction.LeftToRight if on else QBoxLayout.Direction.TopToBottom)
        self.head.removeWidget(self.banner)
        (self.body if on else self.head).removeWidget(self.fold_button)
        if on:
            if strip is not None:
                self.head.addWidget(strip, 1, Qt.AlignmentFlag.AlignVCenter)
                self.docked = strip
            self.head.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.body.insertWidget(self.body.indexOf(self.table), self.banner)
        else:
            if self.docked is not None:
                self.head.removeWidget(self.docked)
                self.docked = None
            self.head.addWidget(self.banner, 1)
            self.body.insertWidget(self.body.indexOf(self.table) + 1, self.fold_button)
        self._show_banner_if_needed()
        self.note.setVisible(not on)
        self.rule.setVisible(not on)
        self._apply_fold()

    def _show_banner_if_needed(self) -> None:
        kind = self.banner.property("kind")
        self.banner.setVisible(bool(self.banner.text()) and not (self.compact and self.docked and kind == "ok"))

    def ordered(self, report: FeasibilityReport):
        """The calculators as the panel lists them: RED, UNKNOWN, YELLOW, then GREEN and n/a."""
        return sorted(report.calculators, key=lambda c: ORDER.get(c.status, 5))

    def _apply_fold(self) -> None:
        report = self.report
        if report is None:
            return
        calcs = self.ordered(report)
        folded = [c for c in calcs if c.status not in ATTENTION]
        expanded = self.fold_button.isChecked()
        per = 2 if self.stacked else 1
        for i, c in enumerate(calcs):
            hide = c.status not in ATTENTION and not expanded
            for k in range(per):
                self.table.setRowHidden(per * i + k, hide)
        green = sum(c.status == "GREEN" for c in folded)
        na = len(folded) - green
        parts = [(self.tr("%d checks GREEN") if green != 1 else self.tr("%d check GREEN")) % green] if green else []
        if na:
            parts.append(self.tr("%d n/a") % na)
        self.fold_button.setText(("▾ " if expanded else "") + ", ".join(parts) + ("" if expanded else " ▸"))
        self.fold_button.setVisible(bool(folded))
        self.fold_button.setToolTip(self.tr("Show or hide the checks that passed"))
        # compact: nothing but the badge, the banner and the rows that need attention
        self.table.setVisible(not self.compact or expanded or len(folded) < len(calcs))
        has_warnings = bool(self.decision and self.decision.warnings)
        self.warnings.setVisible(not self.compact or has_warnings)

    def _wide_enough(self) -> bool:
        """Five columns when the explanation column keeps ~32 characters; else explanations go on their
        own line under each row (narrow windows, large UI scale)."""
        char = self.fontMetrics().averageCharWidth()
        return self.table.viewport().width() >= char * (14 + 12 + 24 + 10 + 32) + 40

    def _fill_table(self) -> None:
        report = self.report
        if report is None:
            return
        self.stacked = not self._wide_enough()
        self.table.clearSpans()
        self.table.setColumnCount(4 if self.stacked else 5)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS[: self.table.columnCount()]])
        header = self.table.horizontalHeader()
        # Fill with the header frozen: with ResizeToContents live, every setItem re-measures every cell.
        for col in range(self.table.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        per = 2 if self.stacked else 1
        self.table.setRowCount(per * len(report.calculators))
        for i, c in enumerate(self.ordered(report)):
            row = per * i
            value, limit, explanation = _row_texts(c, self.units)
            cells = [label_text(c.label), value, limit, self.tr("n/a") if c.status == "NA" else c.status]
            if not self.stacked:
                cells.append(explanation)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(explanation)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 3:
                    bg, fg = level_colours(c.status)
                    item.setBackground(bg)
                    item.setForeground(fg)
                    if c.status != "NA":
                        item.setIcon(level_icon(c.status))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
            if self.stacked:
                item = QTableWidgetItem("    " + explanation)
                self.table.setItem(row + 1, 0, item)
                self.table.setSpan(row + 1, 0, 1, 4)
        self._size_columns(report)
        self._apply_fold()

    def _size_columns(self, report: FeasibilityReport) -> None:
        header = self.table.horizontalHeader()
        last = self.table.columnCount() - 1
        for col in range(last):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        if self.stacked:  # the spanned explanation rows must not widen the first column
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            fm = self.table.fontMetrics()
            label_w = max(fm.horizontalAdvance(label_text(c.label)) for c in report.calculators)
            header.resizeSection(0, max(label_w, fm.horizontalAdvance(self.tr(COLUMNS[0]))) + 24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout_if_needed()
        # The table's viewport takes its new width only when the layout has run: look again right after.
        QTimer.singleShot(0, self, self._relayout_if_needed)

    def _relayout_if_needed(self) -> None:
        if self.report is not None and self._wide_enough() == self.stacked:
            self._fill_table()

    def set_banner(self, kind: str | None, text: str) -> None:
        show_banner(self.banner, kind, text)
        self._show_banner_if_needed()

    def rows(self) -> list[list[str]]:
        """[label, value, limit, status, explanation] per calculator, whichever layout is showing."""
        out = []
        step = 2 if self.stacked else 1
        for r in range(0, self.table.rowCount(), step):
            cells = [self.table.item(r, c).text() for c in range(4)]
            why = self.table.item(r + 1, 0).text().strip() if self.stacked else self.table.item(r, 4).text()
            out.append([*cells, why])
        return out


def _row_texts(c, units: Units) -> tuple[str, str, str]:
    """A calculator row's value, limit and explanation in `units` and the interface language: read together in
    `units` (report.units_text.row_texts, so a value a hair off its limit never shows on it), then translated
    (numbers with the locale's decimal sign, every digit kept)."""
    value, limit, explanation = row_texts(c.value, c.unit, c.limit, c.explanation, units)
    return value_text(value), core_text(limit), core_text(explanation)
