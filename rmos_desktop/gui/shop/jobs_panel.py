"""The Job orders panel (shop server): the open orders, and Claim / Open job in form / Release / Complete….

Layout and wiring only; every action is one function of gui/shop/operations.py run on the task runner. Errors
show in a wrapping banner, never as a traceback. While this station holds a claim its lease is renewed every
two minutes; the list is read again every 30 s so another station's claim shows without a click.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.shop.config import ShopConfig
from rmos_desktop.core.shop.jobs import ClaimResult, JobOrderError
from rmos_desktop.gui.fit import make_touchable, scaled, touch_height, unwidened
from rmos_desktop.gui.i18n import fill
from rmos_desktop.gui.shop import operations as ops
from rmos_desktop.gui.shop.jobs_model import (
    COL_HOLDER,
    COL_JOB,
    JobsModel,
    due_text,
    held_elsewhere,
    held_here,
    holder_text,
)
from rmos_desktop.gui.tasks import TaskRunner
from rmos_desktop.gui.theme import banner_label, show_banner

log = logging.getLogger(__name__)
RENEW_INTERVAL_S = 120
REFRESH_INTERVAL_S = 30
OPEN_STATES = ("AllowedToStart", "Running", "Interrupted")


def _hhmm(when) -> str:
    return when.astimezone().strftime("%H:%M") if when else "?"


class JobsPanel(QWidget):
    """Open job orders of the shop; a dock or a tab of the main window."""

    sig_open_job = Signal(object, str)
    """Open job in form was pressed: the order's job (a dict for the job form) and its job id (for
    `--shop-job`: a run generated under the order names it)."""
    sig_claim_changed = Signal(str, bool)
    """This station now holds (True) or no longer holds (False) the claim on this job id."""
    sig_loaded = Signal()
    """The list was read again from the server (or the read failed and the banner says why)."""

    def __init__(
        self,
        tasks: TaskRunner,
        config: ShopConfig,
        parent: QWidget | None = None,
        *,
        renew_interval_s: float = RENEW_INTERVAL_S,
        refresh_interval_s: float = REFRESH_INTERVAL_S,
    ):
        super().__init__(parent)
        self.setObjectName("jobs_panel")
        self.tasks, self.config = tasks, config
        self.model = JobsModel(config.station, self)
        self._busy = 0
        self._held: set[str] = set()
        self._build()
        self.renew_timer = QTimer(self)
        self.renew_timer.setInterval(int(renew_interval_s * 1000))
        self.renew_timer.timeout.connect(self.renew)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(int(refresh_interval_s * 1000))
        self.refresh_timer.timeout.connect(self.refresh)
        self._update_buttons()

    # -- layout -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Job orders · this station: %1").replace("%1", self.config.station))
        title.setObjectName("jobs_title")
        title.setWordWrap(True)
        outer.addWidget(title)
        self.table = QTableView()
        self.table.setObjectName("jobs_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(touch_height())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the job's name takes the spare width (a long name is what gets cut short), not the due date
        header.setSectionResizeMode(COL_JOB, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        bold = self.table.font()
        bold.setBold(True)  # this station's own claim is bold
        fm, hfm = QFontMetrics(bold), header.fontMetrics()
        running = holder_text({"claimed_by": "saw-12", "claimed_at_utc": "2026-12-31T10:42:00+00:00"}, "")
        samples = ("ORD-2231-B", "Side kerfs OM", running, "10 / 10", due_text("2026-12-31"))
        for col, text in enumerate(samples):
            head_text = self.model.headerData(col, Qt.Orientation.Horizontal)
            width = max(fm.horizontalAdvance(text), hfm.horizontalAdvance(head_text) + scaled(8))
            self.table.setColumnWidth(col, width + scaled(16))
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        outer.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.claim_button = self._button(self.tr("Claim"), "jobs_claim", self.claim_selected)
        self.claim_button.setProperty("role", "primary")
        self.claim_button.setToolTip(self.tr("Take this order for this station (a lease, renewed while you work)"))
        self.open_button = self._button(self.tr("Open job in form"), "jobs_open", self.open_selected)
        self.release_button = self._button(self.tr("Release"), "jobs_release", self.release_selected)
        self.release_button.setToolTip(self.tr("Hand the order back so another station can claim it"))
        self.complete_button = self._button(self.tr("Complete…"), "jobs_complete", self.complete_selected)
        self.complete_button.setToolTip(self.tr("Report how many pieces were made; the claim is handed back"))
        self.refresh_button = self._button(self.tr("Refresh"), "jobs_refresh", self.refresh)
        for b in (self.claim_button, self.open_button, self.release_button, self.complete_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        outer.addLayout(row)
        self.banner = unwidened(banner_label())
        outer.addWidget(self.banner)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        make_touchable([b])
        return b

    # -- life cycle ---------------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the orders now, then every 30 s; renew this station's leases every 2 minutes."""
        self.refresh_timer.start()
        self.renew_timer.start()
        self.refresh()

    def stop(self) -> None:
        self.refresh_timer.stop()
        self.renew_timer.stop()

    @property
    def held(self) -> set[str]:
        """Job ids whose claim this station holds (as last read or claimed)."""
        return set(self._held)

    # -- selection ----------------------------------------------------------------------------------------
    def selected_order(self) -> dict[str, Any] | None:
        cur = self.table.selectionModel().currentIndex()
        return self.model.order_at(cur.row()) if cur.isValid() else None

    def select_job(self, job_id: str) -> bool:
        r = self.model.row_of(job_id)
        if r < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(r, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _update_buttons(self) -> None:
        order = self.selected_order()
        idle = self._busy == 0
        station = self.config.station
        openable = order is not None and order.get("state") in OPEN_STATES
        self.claim_button.setEnabled(idle and openable and not held_elsewhere(order, station))
        self.open_button.setEnabled(idle and order is not None)
        mine = order is not None and (held_here(order, station) or order["job_id"] in self._held)
        self.claim_button.setEnabled(self.claim_button.isEnabled() and not mine)  # held here: renewed by itself
        self.release_button.setEnabled(idle and mine)
        self.complete_button.setEnabled(idle and mine)
        self.refresh_button.setEnabled(idle)

    # -- running operations ---------------------------------------------------------------------------------
    def _run(self, fn, on_success, *, quiet: bool = False) -> None:
        self._busy += 1
        self._update_buttons()

        def done(result) -> None:
            self._busy -= 1
            try:
                on_success(result)
            finally:
                self._update_buttons()

        def failed(exc: BaseException) -> None:
            self._busy -= 1
            self._show_error(exc)
            self._update_buttons()
            if not quiet:
                self.sig_loaded.emit()

        self.tasks.run(lambda _h: fn(), on_success=done, on_failure=failed)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, (JobOrderError, ops.ShopUnavailable)):
            text = str(exc)
        else:  # a bug: logged with its traceback, shown as one line
            log.error("job orders", exc_info=(type(exc), exc, exc.__traceback__))
            text = self.tr("Unexpected error (see the log): %1").replace("%1", f"{type(exc).__name__}: {exc}")
        show_banner(self.banner, "error", text)

    def refresh(self) -> None:
        if self._busy:
            return
        config = self.config
        self._run(lambda: ops.load_orders(config), self._loaded)

    def _loaded(self, orders: list[dict[str, Any]]) -> None:
        selected = self.selected_order()
        keep = selected["job_id"] if selected else None
        self.model.set_orders(orders)
        held = {o["job_id"] for o in orders if held_here(o, self.config.station)}
        for job_id in self._held - held:
            self.sig_claim_changed.emit(job_id, False)
        for job_id in held - self._held:
            self.sig_claim_changed.emit(job_id, True)
        self._held = held
        if keep:
            self.select_job(keep)
        if self.banner.property("kind") == "error" and "shop server" in self.banner.text():
            show_banner(self.banner, None, "")  # the server is back
        self.sig_loaded.emit()

    def claim_selected(self) -> None:
        order = self.selected_order()
        if order is None:
            return
        job_id, config = order["job_id"], self.config
        self._run(lambda: ops.claim_order(config, job_id), lambda r: self._claimed(job_id, order, r))

    def _claimed(self, job_id: str, order: dict[str, Any], result: ClaimResult) -> None:
        label = order.get("order_ref") or job_id[:8]
        if result.held:
            self._held.add(job_id)
            self.sig_claim_changed.emit(job_id, True)
            show_banner(self.banner, "ok", self.tr("Order %1 is now held by this station.").replace("%1", label))
        else:
            show_banner(self.banner, "warning", self.claim_text(label, result))
        self._reload_after_action()

    def claim_text(self, label: str, result: ClaimResult) -> str:
        """ClaimResult.message in the interface language, naming the order as the table does."""
        if result.held:
            text = self.tr("Order %1 is held by this station until %2 (lease, renewed while working)")
            return fill(text, label, _hhmm(result.lease_until))
        return fill(self.tr("Order %1 is claimed by %2 since %3"), label, result.holder or "?", _hhmm(result.since))

    def open_selected(self) -> None:
        order = self.selected_order()
        if order is None:
            return
        job_id, config = order["job_id"], self.config
        self._run(lambda: ops.open_order(config, job_id), lambda o: self.sig_open_job.emit(o["job"], o["job_id"]))

    def release_selected(self) -> None:
        order = self.selected_order()
        if order is None:
            return
        job_id, config = order["job_id"], self.config

        def released(_r) -> None:
            self._held.discard(job_id)
            self.sig_claim_changed.emit(job_id, False)
            show_banner(self.banner, "ok", self.tr("Order %1 was handed back.").replace("%1", order["order_ref"]))
            self._reload_after_action()

        self._run(lambda: ops.release_order(config, job_id), released)

    def complete_selected(self, quantity: int | None = None) -> None:
        """Report what was made (asks for the quantity when not given)."""
        order = self.selected_order()
        if order is None:
            return
        if quantity is None:
            left = max(0, order["quantity"] - order["quantity_done"])
            quantity, ok = QInputDialog.getInt(
                self,
                self.tr("Complete order %1").replace("%1", order["order_ref"]),
                self.tr("Pieces made (%1 still to make):").replace("%1", str(left)),
                left,
                0,
                1_000_000,
            )
            if not ok:
                return
        job_id, config = order["job_id"], self.config

        def completed(result: dict[str, Any]) -> None:
            self._held.discard(job_id)
            self.sig_claim_changed.emit(job_id, False)
            text = (
                self.tr("Order %1: %2 of %3 made; %4.")
                .replace("%1", order["order_ref"])
                .replace("%2", str(result["quantity_done"]))
                .replace("%3", str(result["quantity"]))
                .replace("%4", result["state"])
            )
            show_banner(self.banner, "ok", text)
            self._reload_after_action()

        self._run(lambda: ops.complete_order(config, job_id, quantity), completed)

    def _reload_after_action(self) -> None:
        QTimer.singleShot(0, self.refresh)  # after _run's bookkeeping: the list shows the new state

    def renew(self) -> None:
        """Renew the leases this station holds; a lease that could not be renewed is said in the banner."""
        if not self._held:
            return
        job_ids, config = sorted(self._held), self.config

        def renewed(results: dict[str, ClaimResult | str]) -> None:
            lost = [f"{j[:8]}: {r}" if isinstance(r, str) else self.claim_text(j[:8], r) for j, r in results.items()
                    if isinstance(r, str) or not r.held]  # fmt: skip
            for job_id, r in results.items():
                if isinstance(r, str) or not r.held:
                    self._held.discard(job_id)
                    self.sig_claim_changed.emit(job_id, False)
            if lost:
                show_banner(self.banner, "warning", self.tr("Claim lost: %1").replace("%1", "; ".join(lost)))
            self._reload_after_action()

        self._run(lambda: ops.renew_claims(config, job_ids), renewed, quiet=True)

    def holder_column_text(self, job_id: str) -> str:
        r = self.model.row_of(job_id)
        return self.model.data(self.model.index(r, COL_HOLDER)) if r >= 0 else ""
