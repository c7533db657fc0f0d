"""The Run history window: find "the job I cut on Tuesday", review blocked runs, compare attempts.

A table over the run index (lazy pages), a filter bar, a counter of blocked runs awaiting review, and a
detail pane with the run's actions. Reconcile, archive reads and review writes run on the TaskRunner;
page queries are index lookups of a few milliseconds and run on the GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import SIGNAL, QDate, QItemSelectionModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontMetrics, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.runs.index import ReconcileReport, RunQuery, RunRow
from rmos_desktop.core.services import AppServices
from rmos_desktop.gui.history.detail import COPY_SCHEME, RunDetail, detail_html, load_detail, unreadable_html
from rmos_desktop.gui.history.dialogs import CompareDialog, ReviewDialog
from rmos_desktop.gui.history.model import COL_TIME, HistoryModel
from rmos_desktop.gui.tasks import TaskRunner
from rmos_desktop.gui.theme import banner_label, level_icon, show_banner

log = logging.getLogger(__name__)
TEXT_DEBOUNCE_MS = 250
CHIP_STATUSES = ("OK", "BLOCKED", "ERROR", "UNREADABLE")
# a chip that is on must not look like a focused one: dark fill, white bold text, a check mark in the text
CHIP_STYLE = (
    "QPushButton:checked { background: #1f2f4a; color: #ffffff; font-weight: bold; border: 3px solid #000000; }"
)


class HistoryWindow(QMainWindow):
    """Run history. Usable standalone; the main window connects its signals."""

    sig_open_run = Signal(str)
    """Open in preview was asked for this run id (the main window connects it to `open_run`)."""
    sig_open_gcode_file = Signal(str)
    """Open G-code file was asked for a run's stored G-code sidecar (its path). With nothing connected,
    the file is handed to the desktop's default application instead."""
    sig_reviewed = Signal(str)
    """A review record was written for this run id."""
    sig_refreshed = Signal()
    """The table was (re)loaded: a filter changed, a reconcile finished or a review was recorded."""
    sig_detail_shown = Signal(str)
    """The detail pane shows this run id."""

    def __init__(self, services: AppServices, tasks: TaskRunner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks or TaskRunner(self)
        self.index = services.index
        self.detail: RunDetail | None = None
        self.review_dialog: ReviewDialog | None = None
        self.compare_dialog: CompareDialog | None = None
        self.export_dialog = None
        self._reconciling = False
        self._suspended = False  # several filter widgets change at once: reload once at the end
        self._restore_run: str | None = None
        self.setWindowTitle(self.tr("Run history — RMOS Desktop"))
        self.resize(1600, 950)
        self.model = HistoryModel(self.index, self)
        self._build()
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DEBOUNCE_MS)
        self._text_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _: self._text_timer.start())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.refresh)
        if self.index is None:
            show_banner(self.banner, "error", self.tr("The run index cannot be opened; see the log."))
            self._update_buttons()
            return
        if self.index.use_as_is():
            self._fill_choices()
            self.apply_filters()
        else:
            show_banner(self.banner, "info", self.tr("Reading the runs folder…"))
        self.refresh()
        self.table.setFocus()

    # -- layout -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.chips: dict[str, QPushButton] = {}
        bar.addWidget(QLabel(self.tr("Status")))
        for status in CHIP_STATUSES:
            chip = QPushButton(level_icon(status if status != "UNREADABLE" else "UNKNOWN", 20), status)
            chip.setObjectName(f"chip_{status}")
            chip.setCheckable(True)
            chip.setStyleSheet(CHIP_STYLE)
            chip.ensurePolished()  # the stylesheet's font, not the default one
            bold = chip.font()
            bold.setBold(True)
            chip.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(f"✔ {status}") + 56)  # icon + padding
            chip.setToolTip(self.tr("Show only %1 runs (several chips combine; none shows all)").replace("%1", status))
            chip.toggled.connect(lambda on, c=chip, s=status: c.setText(f"✔ {s}" if on else s))
            chip.toggled.connect(self.apply_filters)
            self.chips[status] = chip
            bar.addWidget(chip)
        bar.addSpacing(12)
        self.tool = QComboBox()
        self.tool.setObjectName("filter_tool")
        self.tool.setMinimumContentsLength(16)
        self.tool.currentIndexChanged.connect(self.apply_filters)
        bar.addWidget(self.tool)
        self.material = QComboBox()
        self.material.setObjectName("filter_material")
        self.material.setMinimumContentsLength(10)
        self.material.currentIndexChanged.connect(self.apply_filters)
        bar.addWidget(self.material)
        self.from_on, self.from_date = self._date_filter(self.tr("From"), "filter_from", -7)
        self.to_on, self.to_date = self._date_filter(self.tr("To"), "filter_to", 0)
        for w in (self.from_on, self.from_date, self.to_on, self.to_date):
            bar.addWidget(w)
        self.search = QLineEdit()
        self.search.setObjectName("filter_text")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search run id, job, order, warnings…"))
        bar.addStretch(1)
        outer.addLayout(bar)

        bar2 = QHBoxLayout()
        bar2.addWidget(self.search, 1)
        self.unreviewed_first = QCheckBox(self.tr("Blocked runs awaiting review first"))
        self.unreviewed_first.setObjectName("unreviewed_first")
        self.unreviewed_first.toggled.connect(self.apply_filters)
        bar2.addWidget(self.unreviewed_first)
        bar2.addSpacing(24)
        self.match_count = QLabel()
        self.match_count.setObjectName("match_count")
        bar2.addWidget(self.match_count)
        bar2.addStretch(1)
        self.counter = QPushButton()
        self.counter.setObjectName("awaiting_counter")
        self.counter.setToolTip(self.tr("Show the blocked runs nobody has reviewed yet"))
        self.counter.clicked.connect(self.show_awaiting_review)
        bar2.addWidget(self.counter)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read runs other workstations or programs added (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        bar2.addWidget(self.refresh_button)
        outer.addLayout(bar2)

        self.banner = banner_label()
        outer.addWidget(self.banner)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setObjectName("history_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_TIME, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._header_clicked)
        fm = self.table.fontMetrics()
        icon_pad = 44  # decoration icon + margins
        widths = [
            fm.horizontalAdvance("Wed 2026-12-30 23:59") + 24,
            fm.horizontalAdvance("UNREADABLE") + icon_pad,
            fm.horizontalAdvance("UNKNOWN") + icon_pad,
            fm.horizontalAdvance("Veneer trim / order 2231") + 16,
            fm.horizontalAdvance("saw:veneer_160") + 24,
            fm.horizontalAdvance("awaiting review") + 40,
            fm.horizontalAdvance("Operator") + 30,
            fm.horizontalAdvance("Material") + 30,
            fm.horizontalAdvance("archived: rmos-runs-2026-01-01") + 16,
        ]
        for col, width in enumerate(widths):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._row_selected(cur.row()))
        self.table.doubleClicked.connect(lambda _i: self.open_in_preview())
        split.addWidget(self.table)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.detail_view = QTextBrowser()
        self.detail_view.setObjectName("detail")
        self.detail_view.setOpenLinks(False)
        self.detail_view.anchorClicked.connect(self._link)
        rl.addWidget(self.detail_view, 1)
        self.read_archive_button = QPushButton(self.tr("Read it from the archive"))
        self.read_archive_button.setObjectName("read_archive")
        self.read_archive_button.clicked.connect(self.read_from_archive)
        self.read_archive_button.hide()
        rl.addWidget(self.read_archive_button)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        self.open_button = self._button(row1, self.tr("Open in preview"), "open_preview", self.open_in_preview)
        self.gcode_button = self._button(row1, self.tr("Open G-code file"), "open_gcode", self.open_gcode_file)
        self.export_button = self._button(row1, self.tr("Export to USB…"), "export_usb", self.export_to_usb)
        self.review_button = self._button(row2, self.tr("Review…"), "review", self.start_review)
        self.review_button.setProperty("role", "primary")
        self.compare_button = self._button(row2, self.tr("Compare with…"), "compare", self.compare_with)
        self.report_button = self._button(row2, self.tr("Export run report…"), "report", self.export_report_dialog)
        rl.addLayout(row1)
        rl.addLayout(row2)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([1060, 600])
        outer.addWidget(split, 1)
        self.setCentralWidget(central)
        self.model.modelReset.connect(self._after_reset)
        self._update_buttons()

    def _button(self, layout: QHBoxLayout, text: str, name: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(slot)
        layout.addWidget(b)
        return b

    def _date_filter(self, text: str, name: str, days: int) -> tuple[QCheckBox, QDateEdit]:
        on = QCheckBox(text)
        on.setObjectName(name + "_on")
        edit = QDateEdit(QDate.currentDate().addDays(days))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd yyyy-MM-dd")
        edit.setEnabled(False)
        on.toggled.connect(edit.setEnabled)
        on.toggled.connect(self.apply_filters)
        edit.dateChanged.connect(lambda _d: on.isChecked() and self.apply_filters())
        return on, edit

    def _fill_choices(self) -> None:
        """Tool and material lists from what the index holds (kept when still there)."""
        if self.index is None:
            return
        for combo, everything, values, prefixes in (
            (self.tool, self.tr("All tools"), self.index.distinct("tool_id"), True),
            (self.material, self.tr("All materials"), self.index.distinct("material"), False),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            if prefixes:
                for family in sorted({v.split(":", 1)[0] + ":" for v in values if ":" in v}):
                    combo.addItem(self.tr("every %1 tool").replace("%1", family.rstrip(":")), family)
            for v in values:
                combo.addItem(v, v)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    # -- query --------------------------------------------------------------------------------------------
    def current_query(self) -> RunQuery:
        statuses = tuple(s for s, chip in self.chips.items() if chip.isChecked())
        since = self.from_date.date().toPython() if self.from_on.isChecked() else None
        until = self.to_date.date().toPython() if self.to_on.isChecked() else None
        order = self.table.horizontalHeader().sortIndicatorOrder()
        return RunQuery(
            status=statuses,
            tool_prefix=self.tool.currentData(),
            material=self.material.currentData(),
            since=since,
            until=until,
            text=self.search.text().strip() or None,
            unreviewed_first=self.unreviewed_first.isChecked(),
            oldest_first=order == Qt.SortOrder.AscendingOrder,
        )

    def apply_filters(self) -> None:
        """Reload the table for the filter bar's current query (keeps the selected run when still listed)."""
        if self.index is None or self._suspended:
            return
        self._text_timer.stop()
        row = self.selected_row()
        self._restore_run = row.run_id if row else None
        query = self.current_query()
        try:
            self.model.set_query(query)
        except ValueError as exc:
            show_banner(self.banner, "warning", str(exc))
            return
        if self.banner.property("kind") == "warning":
            show_banner(self.banner, None, "")
        self._update_counts(query)
        self.sig_refreshed.emit()

    def _update_counts(self, query: RunQuery) -> None:
        n = self.index.count(query)
        self.match_count.setText(self.tr("%n run(s) listed", "", n))
        self.set_awaiting(self.index.count_awaiting_review())

    def set_awaiting(self, n: int) -> None:
        self.awaiting = n
        if n:
            self.counter.setText(self.tr("%n blocked run(s) awaiting review", "", n))
            self.counter.setStyleSheet(
                "background:#b71c1c; color:#ffffff; font-weight:bold; border-color:#7f0000; padding:6px 14px;"
            )
        else:
            self.counter.setText(self.tr("No blocked runs awaiting review"))
            self.counter.setStyleSheet("background:#1b6e34; color:#ffffff; font-weight:bold; padding:6px 14px;")

    def show_awaiting_review(self) -> None:
        """BLOCKED runs only, those nobody reviewed first (one reload, not one per chip)."""
        self._suspended = True
        try:
            for status, chip in self.chips.items():
                chip.setChecked(status == "BLOCKED")
            self.unreviewed_first.setChecked(True)
        finally:
            self._suspended = False
        self.apply_filters()

    def _header_clicked(self, section: int) -> None:
        header = self.table.horizontalHeader()
        if section != COL_TIME:  # only time is sortable (the index pages in time order)
            header.setSortIndicator(COL_TIME, self.model.query_order())
            return
        self.apply_filters()

    def _after_reset(self) -> None:
        if self._restore_run:
            r = self.model.row_of(self._restore_run)
            if r >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(r, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                return
        self._show_detail(None)

    # -- reconcile ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read what other programs or workstations added to the runs folder (off the GUI thread)."""
        if self.index is None or self._reconciling:
            return
        self._reconciling = True
        self.refresh_button.setEnabled(False)
        index = self.index
        self.tasks.run(
            lambda h: index.reconcile(progress=h.report_progress),
            on_success=self._reconciled,
            on_failure=self._reconcile_failed,
            on_progress=self._reconcile_progress,
        )

    def _reconcile_progress(self, done: int, total: int) -> None:
        show_banner(
            self.banner,
            "info",
            self.tr("Reading the runs folder… %1 of %2").replace("%1", str(done)).replace("%2", str(total)),
        )

    def _reconciled(self, report: ReconcileReport) -> None:
        self._reconciling = False
        self.refresh_button.setEnabled(True)
        if self.banner.property("kind") == "info":
            show_banner(self.banner, None, "")
        if report.unreadable:
            show_banner(
                self.banner,
                "warning",
                self.tr(
                    "%n file(s) in the runs folder cannot be read; they are listed as UNREADABLE.",
                    "",
                    len(report.unreadable),
                ),
            )
        changed = report.rebuilt or report.added or report.records_added or report.relisted or report.marked_archived
        changed = changed or report.repaired  # rows that did not match their files were read again
        if changed or self.model.rowCount() == 0:
            self._fill_choices()
            self.apply_filters()

    def _reconcile_failed(self, exc: BaseException) -> None:
        self._reconciling = False
        self.refresh_button.setEnabled(True)
        log.error("run index reconcile failed: %s", exc)
        show_banner(self.banner, "error", self.tr("Could not read the runs folder: %1").replace("%1", str(exc)))

    # -- selection and detail -------------------------------------------------------------------------------
    def selected_row(self) -> RunRow | None:
        cur = self.table.selectionModel().currentIndex()
        return self.model.row_at(cur.row()) if cur.isValid() else None

    def select_run(self, run_id: str) -> bool:
        """Select a listed run (fetching further pages until it appears); False if it is not listed."""
        while (r := self.model.row_of(run_id)) < 0 and self.model.canFetchMore():
            self.model.fetchMore()
        if r < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(r, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(r, 0))
        return True

    def _row_selected(self, r: int) -> None:
        row = self.model.row_at(r)
        self._show_detail(row)

    def _show_detail(self, row: RunRow | None) -> None:
        self.detail = None
        self.read_archive_button.hide()
        if row is None:
            self.detail_view.setHtml(self.tr("<p>Select a run to see its decision, request, hashes and records.</p>"))
        elif not row.readable:
            self.detail_view.setHtml(unreadable_html(row))
        elif row.location == "archived" and not (self.index.runs_dir / row.path).is_file():
            self.detail_view.setHtml(
                self.tr(
                    "<h2>Archived run</h2><p>This run was moved into the archive <b>%1</b>.</p>"
                    "<p>%2</p><p>Reading it opens the archive file and checks it against its manifest.</p>"
                )
                .replace("%1", row.archive_name or "?")
                .replace("%2", row.archive_path or "")
            )
            self.read_archive_button.show()
        elif row.location == "missing":
            self.detail_view.setHtml(
                self.tr(
                    "<h2>File missing</h2><p>%1 is no longer in the runs folder and no archive record names "
                    "it. Run <tt>rmos audit verify</tt>.</p>"
                ).replace("%1", row.path)
            )
        else:
            try:
                self._set_detail(load_detail(self.index, row))
            except Exception as exc:  # a file damaged since it was indexed is shown, not raised
                self.detail_view.setHtml(f"<h2>Cannot read this run</h2><p>{exc}</p>")
        self._update_buttons()

    def _set_detail(self, detail: RunDetail) -> None:
        self.detail = detail
        self.detail_view.setHtml(detail_html(detail))
        self.read_archive_button.hide()
        self._update_buttons()
        self.sig_detail_shown.emit(detail.row.run_id)

    def read_from_archive(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        index = self.index
        self.read_archive_button.setEnabled(False)
        self.tasks.run(
            lambda h: load_detail(index, row),
            on_success=lambda d: (self.read_archive_button.setEnabled(True), self._set_detail(d)),
            on_failure=lambda exc: (
                self.read_archive_button.setEnabled(True),
                show_banner(self.banner, "error", self.tr("The archive cannot be read: %1").replace("%1", str(exc))),
            ),
        )

    def _update_buttons(self) -> None:
        d = self.detail
        row = self.selected_row()
        live = d is not None and not d.from_archive
        self.open_button.setEnabled(live)
        sidecar = self._sidecar_path()
        self.gcode_button.setEnabled(sidecar is not None)
        self.gcode_button.setToolTip(
            self.tr("Open the run's stored G-code file")
            if sidecar
            else self.tr("This run's G-code is stored inside its record: use Open in preview")
        )
        self.export_button.setEnabled(live and d.artifact.status == "OK")
        self.export_button.setToolTip(
            self.tr("Only OK runs can be exported") if d and d.artifact.status != "OK" else ""
        )
        self.report_button.setEnabled(live)
        self.review_button.setEnabled(d is not None)
        self.compare_button.setEnabled(row is not None and row.readable and d is not None)

    def _sidecar_path(self) -> Path | None:
        d = self.detail
        if d is None or d.from_archive or not d.artifact.outputs.gcode_path:
            return None
        path = self.index.runs_dir / d.row.path
        sidecar = path.parent / f"{d.artifact.run_id}.nc"
        return sidecar if sidecar.is_file() else None

    def _link(self, url: QUrl) -> None:
        if url.scheme() == COPY_SCHEME:
            text = url.toString()[len(COPY_SCHEME) + 1 :]
            QGuiApplication.clipboard().setText(text)
            self.statusBar().showMessage(self.tr("Copied %1").replace("%1", text), 4000)

    # -- actions ------------------------------------------------------------------------------------------
    def open_in_preview(self) -> None:
        if self.detail is not None and not self.detail.from_archive:
            self.sig_open_run.emit(self.detail.row.run_id)

    def open_gcode_file(self) -> None:
        path = self._sidecar_path()
        if path is None:
            return
        if self.receivers(SIGNAL("sig_open_gcode_file(QString)")) > 0:
            self.sig_open_gcode_file.emit(str(path))
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def export_to_usb(self):
        if self.detail is None or self.detail.artifact.status != "OK":
            return None
        from rmos_desktop.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.services, self.detail.row.run_id, tasks=self.tasks, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_exported.connect(lambda _r: self._reload_keep_selection())
        dialog.show()
        self.export_dialog = dialog
        return dialog

    def export_report_dialog(self) -> None:
        if self.detail is None:
            return
        default = str(Path.home() / f"rmos-run-{self.detail.row.run_id[:8]}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export run report"), default, self.tr("PDF (*.pdf)"))
        if path:
            self.export_report(Path(path))

    def export_report(self, path: Path) -> Path | None:
        from rmos_desktop.report import write_run_report

        try:
            out = write_run_report(self.services.recorder, self.detail.row.run_id, path)
        except Exception as exc:
            show_banner(self.banner, "error", self.tr("The report could not be written: %1").replace("%1", str(exc)))
            return None
        show_banner(self.banner, "ok", self.tr("Report written to %1").replace("%1", str(out)))
        return out

    def compare_with(self, other: str | None = None) -> CompareDialog | None:
        row = self.selected_row()
        if row is None or self.index is None:
            return None
        dialog = CompareDialog(self.index, row, other=other if isinstance(other, str) else None, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.compare_dialog = dialog
        return dialog

    def start_review(self) -> ReviewDialog | None:
        if self.detail is None:
            return None
        dialog = ReviewDialog(self.detail.row, reviewer=self.services.settings.operator or "", parent=self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._write_review(dialog))
        dialog.open()
        self.review_dialog = dialog
        return dialog

    def _write_review(self, dialog: ReviewDialog) -> None:
        detail = self.detail
        if detail is None or detail.row.run_id != dialog.row.run_id:
            return
        reviewer, disposition, note = dialog.values()
        recorder, run_id, sha = self.services.recorder, detail.row.run_id, detail.artifact_sha256
        self.review_button.setEnabled(False)
        self.tasks.run(
            lambda h: recorder.record_review(
                run_id, reviewer=reviewer, disposition=disposition, note=note, artifact_sha256=sha
            ),
            on_success=lambda _r: self._reviewed(run_id),
            on_failure=self._review_failed,
        )

    def _reviewed(self, run_id: str) -> None:
        show_banner(self.banner, "ok", self.tr("Review recorded for run %1.").replace("%1", run_id[:8]))
        self._reload_keep_selection()
        self.sig_reviewed.emit(run_id)

    def _review_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        show_banner(self.banner, "error", self.tr("The review was not recorded: %1").replace("%1", str(exc)))

    def _reload_keep_selection(self) -> None:
        self.apply_filters()
