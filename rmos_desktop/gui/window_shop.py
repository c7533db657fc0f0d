"""The main window's signed evidence and shop server parts: the daily checkpoint at start, and (with a shop
configured) the status-bar sync, the Job orders dock and Generate under a job order. A mixin of MainWindow,
wired exactly as gui/shop/install.py says; without a shop server none of it shows and nothing changes.

Generate under an order: the order's job is loaded into the form and its job id remembered; each Generate then
checks on the task runner, before anything is recorded, that this station still holds the claim and that the
form's request hash is the order's (as `rmos generate --shop-job` does); otherwise a plain message, nothing
recorded."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from rmos_desktop.core.runs.checkpoints import CheckpointError, daily_checkpoint
from rmos_desktop.core.shop.config import ShopConfig, ShopUnavailable
from rmos_desktop.core.shop.jobs import JobOrderError, get_order, holder_of, request_sha256_of
from rmos_desktop.gui.i18n import fill

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts (thread-safe: the worker asks)


def shop_job_problem(config: ShopConfig, raw: dict[str, Any], job_id: str) -> str | None:
    """Why a Generate of `raw` may not run under job order `job_id` (worker side: it asks the server), or None
    when this station holds the claim and the request is the order's. In the interface language (the texts are
    the mixin's context, "ShopIntegration")."""
    from rmos_desktop.gui.shop.operations import with_shop

    try:
        request_sha = request_sha256_of(raw)
    except ValueError as exc:
        text = translate(
            "ShopIntegration",
            "Not generated under job order %1: the form is not a complete job (%2); nothing was generated or recorded.",
        )
        return fill(text, job_id, exc)
    try:
        order, holder = with_shop(config, lambda c: (get_order(c, job_id), holder_of(c, job_id)))
    except (ShopUnavailable, JobOrderError) as exc:
        text = translate(
            "ShopIntegration",
            "Not generated under job order %1: it cannot be checked (%2); nothing was generated or recorded.",
        )
        return fill(text, job_id, exc)
    ref = order.get("order_ref") or job_id
    if holder != config.station and holder:
        text = translate(
            "ShopIntegration",
            "Not generated: job order %1 is claimed by %2, not held by this station (%3). "
            "Claim it again in Job orders; nothing was generated or recorded.",
        )
        return fill(text, ref, holder, config.station)
    if holder != config.station:
        text = translate(
            "ShopIntegration",
            "Not generated: job order %1 is no longer claimed (its lease ran out or it was released), not held by "
            "this station (%2). Claim it again in Job orders; nothing was generated or recorded.",
        )
        return fill(text, ref, config.station)
    if order.get("request_sha256") != request_sha:
        text = translate(
            "ShopIntegration",
            "Not generated: the form is no longer the job of order %1 (its request hash %2… differs from the "
            "order's %3…). Open the order's job again from Job orders, or start a new job to generate outside "
            "the order; nothing was generated or recorded.",
        )
        return fill(text, ref, request_sha[:16], str(order.get("request_sha256"))[:16])
    return None


class ShopIntegration:
    shop = None
    jobs_panel = None
    jobs_dock = None
    act_jobs = None
    shop_job_id: str | None = None
    shop_order_ref: str | None = None

    # -- the daily checkpoint --------------------------------------------------------------------------------
    def start_daily_checkpoint(self) -> None:
        """At start (after the recorder's recovery): sign a checkpoint if none was made today, on the task
        runner; a failure shows in the status bar and the log, never in a dialog."""
        recorder = self.services.recorder
        key = getattr(recorder, "signer", None)
        if key is None:
            log.warning("no daily checkpoint: this workstation has no usable station key")
            return

        def done(result) -> None:
            self.daily_checkpoint_result = result
            if result is not None:
                log.info("daily checkpoint of line %s recorded in %s", result.checkpoint.size, result.record_path)
                self.statusBar().showMessage(
                    self.tr("Daily checkpoint of ledger line %s signed") % result.checkpoint.size, 8000
                )
                self.shop_recorded()
            self.sig_daily_checkpoint.emit(result)

        def failed(exc: BaseException) -> None:
            why = str(exc) if isinstance(exc, (CheckpointError, OSError)) else f"{type(exc).__name__}: {exc}"
            log.error("daily checkpoint not made: %s", why, exc_info=not isinstance(exc, CheckpointError))
            self.statusBar().showMessage(self.tr("Daily checkpoint not made: %s (Tools ▸ Audit tells more)") % why)
            self.sig_daily_checkpoint.emit(exc)

        self.tasks.run(lambda h: daily_checkpoint(recorder, key), on_success=done, on_failure=failed)

    # -- the shop server -------------------------------------------------------------------------------------
    def install_shop_gui(self) -> None:
        """Status-bar label, sync, Job orders dock and Tools ▸ Job orders… (gui/shop/install.py), or nothing."""
        from rmos_desktop.gui.shop.install import install_shop

        self.shop = install_shop(self.services, self.tasks, self)
        if self.shop is None:
            return
        self.act_jobs = QAction(self.tr("&Job orders…"), self)
        self.act_jobs.setObjectName("act_jobs")
        self.act_jobs.setStatusTip(self.tr("The shop's job orders: claim one, open its job, generate under it"))
        self.act_jobs.triggered.connect(self.open_jobs)
        self.menu_tools.insertAction(self.act_audit, self.act_jobs)
        self.shop.label.setObjectName("shop_status")
        self.statusBar().addPermanentWidget(self.shop.label)
        self.jobs_panel = self.shop.jobs_panel()
        self.jobs_panel.sig_open_job.connect(self.open_shop_job)
        self.jobs_panel.sig_claim_changed.connect(self._shop_claim_changed)
        self.jobs_dock = QDockWidget(self.tr("Job orders"), self)
        self.jobs_dock.setObjectName("jobs_dock")
        self.jobs_dock.setWidget(self.jobs_panel)
        self.jobs_dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.jobs_dock)
        self.jobs_dock.hide()
        self.shop.sync.start()  # now, then every 60 s
        self.jobs_panel.start()

    def open_jobs(self) -> None:
        """Tools ▸ Job orders…: show (and refresh) the Job orders dock."""
        if self.jobs_dock is None:
            self.statusBar().showMessage(self.tr("No shop server is configured (Settings or RMOS_SHOP_URL)"), 8000)
            return
        self.jobs_dock.show()
        self.jobs_dock.raise_()
        # a third of the window: the verdict and the preview above keep the rest
        need = self.jobs_panel.minimumSizeHint().height()
        self.resizeDocks([self.jobs_dock], [max(need, self.height() // 3)], Qt.Orientation.Vertical)
        panel = self.jobs_panel
        if panel._busy:  # a read under way may predate what the user opened the dock to see: read again after it
            if not self._jobs_reread_pending:
                self._jobs_reread_pending = True
                panel.sig_loaded.connect(self._reread_jobs_once)
        else:
            panel.refresh()

    _jobs_reread_pending = False

    def _reread_jobs_once(self) -> None:
        if self.jobs_panel is None:
            return
        self.jobs_panel.sig_loaded.disconnect(self._reread_jobs_once)
        self._jobs_reread_pending = False
        QTimer.singleShot(0, self.jobs_panel, self.jobs_panel.refresh)  # once the panel's busy count is down

    def stop_shop(self) -> None:
        if self.shop is not None:
            self.shop.sync.stop()
        if self.jobs_panel is not None:
            self.jobs_panel.stop()

    def follow_runs_dir(self) -> None:
        """The runs directory changed in Settings: the sync pushes the new one's records (the old sync, label
        and dock go; a claim held stays on the server until its lease runs out or it is released)."""
        if self.shop is None or self.shop.sync.runs_dir == self.services.runs_dir:
            return
        self.stop_shop()
        self.statusBar().removeWidget(self.shop.label)
        self.shop.label.deleteLater()
        if self.jobs_dock is not None:
            self.removeDockWidget(self.jobs_dock)
            self.jobs_dock.deleteLater()
        if self.act_jobs is not None:
            self.menu_tools.removeAction(self.act_jobs)
        self.shop = self.jobs_panel = self.jobs_dock = self.act_jobs = None
        self._jobs_reread_pending = False
        self.set_shop_job(None)
        self.install_shop_gui()

    def shop_recorded(self, *_args) -> None:
        """A run, export, review or checkpoint was recorded here: the sync pushes it soon."""
        if self.shop is not None:
            self.shop.sync.on_recorded()

    def open_shop_job(self, job: dict[str, Any], job_id: str) -> None:
        """Open a job order's job in the form; Generate then runs under the order (see shop_job_problem)."""
        if not isinstance(job, dict):
            self.panel.set_banner("error", self.tr("Job order %s holds no job the form can open.") % job_id)
            return
        self._load_notices = self.form.load_request(job)
        self._job_path = None
        self._edited = False
        self.set_shop_job(job_id, self._order_ref_of(job_id))
        self.show_form(True)
        self.focus_panel(0.55)
        self.evaluate_now()

    def _order_ref_of(self, job_id: str) -> str | None:
        if self.jobs_panel is None:
            return None
        for order in self.jobs_panel.model.orders:
            if isinstance(order, dict) and order.get("job_id") == job_id:
                return order.get("order_ref")
        return None

    def set_shop_job(self, job_id: str | None, order_ref: str | None = None) -> None:
        """Generate runs under this job order from now on (None: a plain run again)."""
        self.shop_job_id, self.shop_order_ref = job_id, order_ref
        config = self.shop.config if self.shop is not None else None
        if job_id is None or config is None:
            self.controller.shop_job = None
            self.controller.shop_guard = None
            return
        self.controller.shop_job = job_id
        self.controller.shop_guard = lambda raw, jid: shop_job_problem(config, raw, jid)
        self.statusBar().showMessage(
            self.tr("Job order %s is open: Generate runs under it while this station holds its claim")
            % (order_ref or job_id),
            15000,
        )

    def _shop_claim_changed(self, job_id: str, held: bool) -> None:
        if not held and job_id == self.shop_job_id:
            self.statusBar().showMessage(
                self.tr("This station no longer holds job order %s: Generate will refuse to run under it")
                % (self.shop_order_ref or job_id),
                15000,
            )

    def show_shop_refusal(self, outcome) -> None:
        """Generate under a job order was refused before anything was recorded."""
        self.panel.set_banner("warning", outcome.message)
        self.statusBar().showMessage(self.tr("Not generated under the job order: nothing recorded"), 10000)
        self.sig_refused.emit(outcome.message)
