"""The main window's whole integration surface for the shop server: one call that returns the pieces (or None
when no shop is configured, so everything works exactly as without a server).

    self.shop = install_shop(self.services, self.tasks, self)
    if self.shop is not None:
        self.statusBar().addPermanentWidget(self.shop.label)
        self.shop.sync.start()                      # now, then every 60 s
        self.jobs_panel = self.shop.jobs_panel()    # put it in a QDockWidget (or a tab)
        self.jobs_panel.sig_open_job.connect(self.open_shop_job)   # (job dict, job id)
        self.jobs_panel.start()
    # after each recorded run, export or review (history: sig_reviewed):  self.shop.sync.on_recorded()
    # on close:  self.shop.sync.stop(); self.jobs_panel.stop()
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from rmos_desktop.core.shop.config import ShopConfig, ShopConfigError, resolve_shop
from rmos_desktop.gui.shop.jobs_panel import JobsPanel
from rmos_desktop.gui.shop.status import ShopStatusLabel, ShopSync
from rmos_desktop.gui.tasks import TaskRunner

log = logging.getLogger(__name__)


@dataclass
class ShopGui:
    config: ShopConfig
    sync: ShopSync
    label: ShopStatusLabel

    def jobs_panel(self, parent: QWidget | None = None) -> JobsPanel:
        return JobsPanel(self.sync.runner, self.config, parent)


def shop_problem(settings) -> str | None:
    """Why the configured shop cannot be used (a bad URL or station name), or None."""
    try:
        resolve_shop(settings)
    except ShopConfigError as exc:
        return str(exc)
    return None


def install_shop(services, tasks: TaskRunner, parent: QWidget | None = None) -> ShopGui | None:
    """The sync (not started: call `.sync.start()`), its status-bar label, and a factory for the job orders
    panel; None without a (usable) shop configuration."""
    try:
        config = resolve_shop(services.settings)
    except ShopConfigError as exc:
        log.warning("shop server not used: %s", exc)
        return None
    if config is None:
        return None
    sync = ShopSync(tasks, services.runs_dir, config, parent=parent)
    return ShopGui(config, sync, ShopStatusLabel(sync, parent))
