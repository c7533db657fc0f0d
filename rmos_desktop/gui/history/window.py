"""The Run history window: find "the job I cut on Tuesday", review blocked runs, compare attempts.

Layout and wiring only: the action bar (always at the top), the filter bar (one RunQuery), the summary row,
a banner, and the table with the detail pane beside it on a wide window or below it on a narrow one.
Reconcile, archive reads and review writes run on the app's one TaskRunner; page queries are index lookups
of a few milliseconds and run on the GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import SIGNAL, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QFileDialog, QMainWindow, QSplitter, QVBoxLayout, QWidget

from rmos_desktop.core.runs.index import ReconcileReport, RunQuery, RunRow
from rmos_desktop.core.services import AppServices
from rmos_desktop.gui.fit import fit_to_screen, install_close_keys, scaled, ui_scale, unwidened
from rmos_desktop.gui.history.actions import REFRESH_KEY, REVIEW_KEY, ActionBar, SummaryRow
from rmos_desktop.gui.history.detail import RunDetail, load_detail
from rmos_desktop.gui.history.dialogs import CompareDialog, ReviewDialog
from rmos_desktop.gui.history.filters import FilterBar, ordered
from rmos_desktop.gui.history.model import HistoryModel
from rmos_desktop.gui.history.operations import default_report_path, record_review, sidecar_path, write_report
from rmos_desktop.gui.history.pane import DetailPane
from rmos_desktop.gui.history.shop_source import ShopSource, shop_config
from rmos_desktop.gui.history.table import HistoryTable
from rmos_desktop.gui.tasks import TaskRunner
from rmos_desktop.gui.theme import banner_label, show_banner

log = logging.getLogger(__name__)
_FROM_SETTINGS = object()
BESIDE_MIN_WIDTH = 1200  # at 100 %: narrower than this, the detail pane goes below the table
SHOP_REVIEWS_POLL_MS = 15_000  # how often an open history looks for office reviews the shop sync brought home


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

    def __init__(
        self, services: AppServices, tasks: TaskRunner, parent: QWidget | None = None, *, shop: object = _FROM_SETTINGS
    ):
        """`shop`: the shop server whose runs the source switch can list (a ShopConfig), None for none; by
        default the one the settings and environment name (resolve_shop)."""
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.index = services.index
        self.review_dialog: ReviewDialog | None = None
        self.compare_dialog: CompareDialog | None = None
        self.export_dialog = None
        self._reconciling = False
        self._restore_run: str | None = None
        self._shop_reviews_seen = -1  # RunIndex.shop_reviews_held() when the table was last loaded
        self.setWindowTitle(self.tr("Run history — RMOS Desktop"))
        self.model = HistoryModel(self.index, self)
        self._build()
        config = shop_config(services.settings) if shop is _FROM_SETTINGS else shop
        self.shop_source = ShopSource(self, config, tasks) if config is not None else None
        self.shop_reviews_timer = QTimer(self)
        """With a shop: looks every SHOP_REVIEWS_POLL_MS whether the app's shop sync brought office reviews home."""
        self.shop_reviews_timer.setInterval(SHOP_REVIEWS_POLL_MS)
        self.shop_reviews_timer.timeout.connect(self.check_shop_reviews)
        if config is not None:
            self.shop_reviews_timer.start()
        self._shortcuts()
        fit_to_screen(self, 1600, 950)
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
        self.actions_bar = ActionBar()
        self.filters = FilterBar()
        self.summary = SummaryRow()
        self.banner = unwidened(banner_label())
        self.table = HistoryTable(self.model)
        self.pane = DetailPane()
        self.pane.units = self.services.settings.units
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("history_split")
        self.split.setChildrenCollapsible(False)
        self.split.setHandleWidth(scaled(8))
        self.split.addWidget(self.table)
        self.split.addWidget(self.pane)
        self.split.setStretchFactor(0, 1)  # the pane's calculator table needs as much width as the list
        self.split.setStretchFactor(1, 1)
        for w in (self.actions_bar, self.filters, self.summary, self.banner):
            outer.addWidget(w)
        outer.addWidget(self.split, 1)
        self.setCentralWidget(central)
        self._aliases()
        self._wire()
        self._update_buttons()

    def _aliases(self) -> None:
        """The widgets under the names tests, benches and the screenshot scripts use."""
        a, f, s, p = self.actions_bar, self.filters, self.summary, self.pane
        self.review_button, self.compare_button, self.report_button = a.review_button, a.compare_button, a.report_button
        self.open_button, self.gcode_button, self.export_button = a.open_button, a.gcode_button, a.export_button
        self.refresh_button = a.refresh_button
        self.chips, self.tool, self.material, self.search = f.chips, f.tool, f.material, f.search
        self.from_on, self.from_date, self.to_on, self.to_date = f.from_on, f.from_date, f.to_on, f.to_date
        self.unreviewed_first = f.unreviewed_first
        self.counter, self.match_count = s.counter, s.match_count
        self.detail_view, self.read_archive_button = p.view, p.read_archive_button

    def _wire(self) -> None:
        a = self.actions_bar
        for button, slot in (
            (a.review_button, self.start_review),
            (a.compare_button, self.compare_with),
            (a.open_button, self.open_in_preview),
            (a.gcode_button, self.open_gcode_file),
            (a.export_button, self.export_to_usb),
            (a.report_button, self.export_report_dialog),
            (a.refresh_button, self.refresh),
            (self.summary.counter, self.show_awaiting_review),
        ):
            button.clicked.connect(lambda _c=False, s=slot: s())
        self.filters.sig_query_changed.connect(self.apply_filters)
        self.table.sig_row_selected.connect(self._show_detail)
        self.table.sig_order_clicked.connect(self.apply_filters)
        self.table.doubleClicked.connect(lambda _i: self.open_in_preview())
        self.model.modelReset.connect(self._after_reset)
        self.pane.sig_read_archive.connect(self.read_from_archive)
        self.pane.sig_copied.connect(
            lambda t: self.statusBar().showMessage(self.tr("Copied %1").replace("%1", t), 4000)
        )

    def _shortcuts(self) -> None:
        """Window-wide keys: they work from the table, the search field or any other widget here."""
        for key, slot in (
            (REVIEW_KEY, self.start_review),
            (REFRESH_KEY, self.refresh),
            (QKeySequence(QKeySequence.StandardKey.Find), self.search.setFocus),
        ):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)
        install_close_keys(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        beside = event.size().width() >= BESIDE_MIN_WIDTH * ui_scale()
        want = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.split.orientation() != want:
            self.split.setOrientation(want)
            total = self.split.width() if beside else self.split.height()
            self.split.setSizes([total // 2, total - total // 2])

    # -- query --------------------------------------------------------------------------------------------
    @property
    def detail(self) -> RunDetail | None:
        return self.pane.detail

    def current_query(self) -> RunQuery:
        return ordered(self.filters.query(), self.table.oldest_first())

    def _fill_choices(self) -> None:
        if self.index is not None:
            self.filters.set_choices(self.index.distinct("tool_id"), self.index.distinct("material"))

    def apply_filters(self, filters: RunQuery | None = None) -> None:
        """Reload the table for the filter bar's query (`filters`, as it emitted it, or as it stands), in the
        table's time order; keeps the selected run when it is still listed. In shop mode, the shop's."""
        if self.index is None and not self.shop_active:
            return
        row = self.selected_row()
        self._restore_run = row.run_id if row else None
        if self.shop_active:
            self.shop_source.apply(filters or self.filters.query())
            return
        query = ordered(filters or self.filters.query(), self.table.oldest_first())
        try:
            self.model.set_query(query)
        except ValueError as exc:
            show_banner(self.banner, "warning", str(exc))
            return
        if self.banner.property("kind") == "warning":
            show_banner(self.banner, None, "")
        self.summary.set_listed(self.index.count(query))
        self.summary.set_awaiting(self.index.count_awaiting_review())
        self._shop_reviews_seen = self.index.shop_reviews_held()
        self.sig_refreshed.emit()

    @property
    def shop_active(self) -> bool:
        """The table lists the whole shop (from the shop server), not this workstation's runs."""
        return self.shop_source is not None and self.shop_source.active

    @property
    def awaiting(self) -> int:
        return self.summary.awaiting

    def show_awaiting_review(self) -> None:
        self.filters.show_awaiting_review()

    def _after_reset(self) -> None:
        if self._restore_run:
            r = self.model.row_of(self._restore_run)
            if r >= 0:
                self.table.select_row(r)
                return
        self._show_detail(None)

    def check_shop_reviews(self) -> None:
        """Reload this workstation's listing when the shop sync (the status bar's, on the task runner) brought
        reviews made in the office home since it was loaded: one sqlite lookup, nothing read from the folder."""
        if self.index is None or self.shop_active or self._reconciling or not self.index.is_ready:
            return
        if self.index.shop_reviews_held() != self._shop_reviews_seen:
            self.apply_filters()

    # -- reconcile ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read what other programs or workstations added to the runs folder (off the GUI thread); in shop
        mode, ask the shop server again."""
        if self.shop_active:
            self.apply_filters()
            return
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
        text = self.tr("Reading the runs folder… %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        show_banner(self.banner, "info", text)

    def _reconciled(self, report: ReconcileReport) -> None:
        self._reconciling = False
        self.refresh_button.setEnabled(True)
        if self.banner.property("kind") == "info":
            show_banner(self.banner, None, "")
        if report.unreadable:
            text = self.tr(
                "%n file(s) in the runs folder cannot be read; they are listed as UNREADABLE.",
                "",
                len(report.unreadable),
            )
            show_banner(self.banner, "warning", text)
        changed = report.rebuilt or report.added or report.records_added or report.relisted or report.marked_archived
        changed = changed or report.repaired  # rows that did not match their files were read again
        # reviews made in the office that the shop sync brought home since the table was loaded
        changed = changed or self.index.shop_reviews_held() != self._shop_reviews_seen
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
        return self.table.selected_row()

    def select_run(self, run_id: str) -> bool:
        """Select a listed run (fetching further pages until it appears); False if it is not listed."""
        return self.table.select_run(run_id)

    def _show_detail(self, row: RunRow | None) -> None:
        if self.shop_active and row is not None:
            self.pane.detail = None
            self._update_buttons()
            self.shop_source.show_detail(row)
            return
        detail = self.pane.show_row(self.index, row) if self.index is not None else None
        self._update_buttons()
        if detail is not None:
            self.sig_detail_shown.emit(detail.row.run_id)

    def _set_detail(self, detail: RunDetail) -> None:
        self.pane.show_detail(detail)
        self._update_buttons()
        self.sig_detail_shown.emit(detail.row.run_id)

    def read_from_archive(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        index, button = self.index, self.read_archive_button
        button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            button.setEnabled(True)
            show_banner(self.banner, "error", self.tr("The archive cannot be read: %1").replace("%1", str(exc)))

        self.tasks.run(
            lambda h: load_detail(index, row),
            on_success=lambda d: (button.setEnabled(True), self._set_detail(d)),
            on_failure=failed,
        )

    def _update_buttons(self) -> None:
        d = self.detail
        row = self.selected_row()
        live = d is not None and not d.from_archive and d.station is None  # shop runs: review only
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
        self.compare_button.setEnabled(row is not None and row.readable and live)

    def _sidecar_path(self) -> Path | None:
        local = self.index is not None and self.detail is not None and self.detail.station is None
        return sidecar_path(self.index.runs_dir, self.detail) if local else None

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
        dialog.sig_exported.connect(lambda _r: self.apply_filters())
        dialog.show()
        self.export_dialog = dialog
        return dialog

    def export_report_dialog(self) -> None:
        if self.detail is None:
            return
        default = str(default_report_path(self.detail.row.run_id))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export run report"), default, self.tr("PDF (*.pdf)"))
        if path:
            self.export_report(Path(path))

    def export_report(self, path: Path) -> Path | None:
        try:
            out = write_report(self.services.recorder, self.detail.row.run_id, path, self.services.settings.units)
        except Exception as exc:
            show_banner(self.banner, "error", self.tr("The report could not be written: %1").replace("%1", str(exc)))
            return None
        show_banner(self.banner, "ok", self.tr("Report written to %1").replace("%1", str(out)))
        return out

    def compare_with(self, other: str | None = None) -> CompareDialog | None:
        row = self.selected_row()
        if row is None or self.index is None or not row.readable:
            return None
        dialog = CompareDialog(self.index, row, other=other, parent=self)
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
        self.review_button.setEnabled(False)
        run_id, station = detail.row.run_id, detail.station
        record_review(
            self.tasks,
            self.services.recorder,
            detail,
            dialog.values(),
            on_success=lambda _r: self._reviewed(run_id, station),
            on_failure=self._review_failed,
        )

    def _reviewed(self, run_id: str, station: str | None = None) -> None:
        text = self.tr("Review recorded for run %1.").replace("%1", run_id[:8])
        if station:
            text = (
                self.tr(
                    "Review of run %1 (of %2) recorded on this workstation; the next sync takes it to the shop server."
                )
                .replace("%1", run_id[:8])
                .replace("%2", station)
            )
        show_banner(self.banner, "ok", text)
        self.apply_filters()
        self.sig_reviewed.emit(run_id)

    def _review_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        show_banner(self.banner, "error", self.tr("The review was not recorded: %1").replace("%1", str(exc)))
