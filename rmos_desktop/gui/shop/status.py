"""Background sync with the shop server through the one task runner, and the status-bar text it keeps.

A sync never blocks or slows a generation: it runs on the task runner, one at a time, after each recorded run
and every `interval_s`; a server that is down makes the text say since when, and the next sync catches up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from rmos_desktop.core.shop.config import ShopConfig
from rmos_desktop.core.shop.sync import SyncResult, SyncState, count_local_lines, push
from rmos_desktop.gui.tasks import TaskRunner

log = logging.getLogger(__name__)


class ShopSync(QObject):
    sig_state_changed = Signal(str)
    """The status-bar text changed: "shop: up to date", "shop: 12 records waiting", "shop: offline since 10:42"."""

    def __init__(
        self,
        runner: TaskRunner,
        runs_dir: Path,
        config: ShopConfig,
        *,
        public_key: Callable[[], tuple[str, str] | None] = lambda: None,
        interval_s: float = 60.0,
        connect_timeout: float = 4.0,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.runner, self.runs_dir, self.config = runner, runs_dir, config
        self._public_key = public_key
        self._connect_timeout = connect_timeout
        self.state = SyncState(waiting=count_local_lines(runs_dir))
        self._running = False
        self._again = False
        self._server_lines = 0
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_s * 1000))
        self.timer.timeout.connect(self.request)

    def start(self) -> None:
        self.timer.start()
        self.request()

    def text(self) -> str:
        return self.state.text()

    def request(self) -> None:
        """Sync soon (now, or right after the sync in progress)."""
        if self._running:
            self._again = True
            return
        self._running = True
        runs_dir, config, key, timeout = self.runs_dir, self.config, self._public_key(), self._connect_timeout
        self.runner.run(
            lambda handle: push(runs_dir, config, public_key=key, connect_timeout=timeout),
            on_success=self._done,
            on_failure=self._failed,
        )

    def _done(self, result: SyncResult) -> None:
        self._server_lines = result.server_lines
        self._set(self.state.after(result, None))

    def _failed(self, exc: BaseException) -> None:
        log.info("shop sync: %s", exc)
        state = self.state.after(None, exc)
        # what is waiting: every local line the server was last seen without
        state.waiting = max(0, count_local_lines(self.runs_dir) - self._server_lines)
        self._set(state)

    def _set(self, state: SyncState) -> None:
        self._running = False
        before = self.state.text()
        self.state = state
        if state.text() != before:
            self.sig_state_changed.emit(state.text())
        if self._again:
            self._again = False
            self.request()
