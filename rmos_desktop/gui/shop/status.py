"""Background sync with the shop server through the one task runner, and the status-bar label that shows it.

A sync never blocks or slows a generation: it runs on the task runner, one at a time, after each recorded run
(`ShopSync.request`, the slot the main window calls) and every `interval_s`; a server that is down makes the
text say since when, and the next sync catches up. Everything that touches the disk or the network (counting
the ledger, reading the station key, the push itself) happens on the worker, never on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from rmos_desktop.core.shop.config import ShopConfig, ShopUnavailable
from rmos_desktop.core.shop.sync import SyncRefused, SyncResult, SyncState, count_local_lines, push
from rmos_desktop.gui.i18n import fill, number_text
from rmos_desktop.gui.tasks import TaskRunner

log = logging.getLogger(__name__)
SYNC_INTERVAL_S = 60.0
CHECKING_TEXT = "shop: checking…"
REFUSED_TEXT = "shop: sync refused"
translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts


def config_source_text(source: str) -> str:
    """Where the shop server's settings come from, in words: "the environment" or "the settings file"."""
    words = {
        "environment": translate("ShopStatusLabel", "the environment"),
        "settings file": translate("ShopStatusLabel", "the settings file"),
    }
    return words.get(source, source)


def station_public_key() -> tuple[str, str] | None:
    """(key id, minisign .pub text) of this workstation's station key, when the keys module is present (the
    same key `rmos shop sync` registers). Runs on the worker: it may read or create the key file."""
    try:
        from rmos_desktop.core.runs.keys import station_key
    except ImportError:
        return None
    key = station_key().public()
    return key.key_id_hex, key.to_minisign_pub()


@dataclass(frozen=True)
class _Failed:
    """A sync the server could not take (unreachable or refused), with the local line count read meanwhile."""

    error: ShopUnavailable | SyncRefused
    local_lines: int


class ShopSync(QObject):
    """Pushes this station's records to the shop server in the background and keeps the status text."""

    sig_state_changed = Signal(str)
    """The status-bar text changed: "shop: up to date", "shop: 12 records waiting", "shop: offline since 10:42"."""
    sig_checked = Signal()
    """A sync attempt ended, whatever its outcome (the text may be unchanged; the last error may be new)."""

    def __init__(
        self,
        runner: TaskRunner,
        runs_dir: Path,
        config: ShopConfig,
        *,
        public_key: Callable[[], tuple[str, str] | None] = station_public_key,
        interval_s: float = SYNC_INTERVAL_S,
        connect_timeout: float = 4.0,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.runner, self.runs_dir, self.config = runner, runs_dir, config
        self._public_key = public_key
        self._connect_timeout = connect_timeout
        self.state = SyncState()
        self.checked = False  # no attempt has ended yet: the text says "checking…"
        self.refused = False  # the last attempt was refused by the server (not the same as offline)
        self._running = False
        self._again = False
        self._server_lines = 0
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_s * 1000))
        self.timer.timeout.connect(self.request)

    def start(self) -> None:
        """Sync now and every interval from now on."""
        self.timer.start()
        self.request()

    def stop(self) -> None:
        """No more periodic syncs (a sync under way still reports back)."""
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self._running

    def text(self) -> str:
        if not self.checked:
            return CHECKING_TEXT
        if self.refused:
            return REFUSED_TEXT
        return self.state.text()

    def on_recorded(self, records: int = 1) -> None:
        """A run (or a review, an export) was recorded here: count it as waiting now, and sync soon."""
        before = self.text()
        self.state.waiting += records
        if self.checked and self.text() != before:
            self.sig_state_changed.emit(self.text())
        self.request()

    def request(self) -> None:
        """Sync soon: now, or right after the sync in progress (requests meanwhile fold into one)."""
        if self._running:
            self._again = True
            return
        self._running = True
        runs_dir, config, key_of, timeout = self.runs_dir, self.config, self._public_key, self._connect_timeout

        def work(_handle) -> SyncResult | _Failed:
            try:
                return push(runs_dir, config, public_key=key_of(), connect_timeout=timeout)
            except (ShopUnavailable, SyncRefused) as exc:
                return _Failed(exc, count_local_lines(runs_dir))

        self.runner.run(work, on_success=self._done, on_failure=self._crashed)

    def _done(self, outcome: SyncResult | _Failed) -> None:
        if isinstance(outcome, _Failed):
            self._failed(outcome)
            return
        self._server_lines = outcome.server_lines
        self.refused = False
        self._set(self.state.after(outcome, None))

    def _failed(self, failed: _Failed) -> None:
        log.info("shop sync: %s", failed.error)
        # what is waiting: every local line the server was last seen without
        waiting = max(0, failed.local_lines - self._server_lines)
        if isinstance(failed.error, SyncRefused):
            self.refused = True
            self._set(SyncState(waiting, None, str(failed.error), self.state.last_ok))
            return
        self.refused = False
        state = self.state.after(None, failed.error)
        state.waiting = waiting
        self._set(state)

    def _crashed(self, exc: BaseException) -> None:
        """Anything else (a bug, a damaged ledger file): shown like a refusal, logged with its traceback."""
        log.error("shop sync failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.refused = True
        self._set(SyncState(self.state.waiting, None, f"{type(exc).__name__}: {exc}", self.state.last_ok))

    def _set(self, state: SyncState) -> None:
        self._running = False
        before = self.text()
        self.state = state
        self.checked = True
        if self.text() != before:
            self.sig_state_changed.emit(self.text())
        self.sig_checked.emit()
        if self._again:
            self._again = False
            self.request()


class ShopStatusLabel(QLabel):
    """The status-bar widget: the sync text, a tooltip with the server (password redacted), the station, the
    last good sync and the last error. A click asks for a sync now."""

    def __init__(self, sync: ShopSync, parent: QWidget | None = None):
        super().__init__(parent)
        self.sync = sync
        self.setObjectName("shop_status")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Shop server status"))
        sync.sig_state_changed.connect(lambda _t: self.update_from_sync())
        sync.sig_checked.connect(self.update_from_sync)
        self.update_from_sync()

    def update_from_sync(self) -> None:
        self.setText(self.status_text())
        self.setToolTip(self.tooltip_text())

    def status_text(self) -> str:
        """ShopSync.text() in the interface language (the sync's own text stays English: it is logged)."""
        sync, state = self.sync, self.sync.state
        if not sync.checked:
            return self.tr("shop: checking…")
        if sync.refused:
            return self.tr("shop: sync refused")
        if state.offline_since is not None:
            since = time.strftime("%H:%M", time.localtime(state.offline_since))
            return self.tr("shop: offline since %1").replace("%1", since)
        if state.waiting:
            n = state.waiting  # never 0 here: one record is singular in English, German, Spanish and French
            text = self.tr("shop: %1 record waiting") if n == 1 else self.tr("shop: %1 records waiting")
            return text.replace("%1", number_text(n))
        return self.tr("shop: up to date")

    def tooltip_text(self) -> str:
        s, cfg = self.sync.state, self.sync.config
        lines = [
            self.tr("Shop server: %1").replace("%1", cfg.shown_url),
            fill(self.tr("This station: %1 (from %2)"), cfg.station, config_source_text(cfg.source)),
        ]
        if self.sync.checked:
            lines.append(self.tr("Records waiting: %1").replace("%1", str(s.waiting)))
        if s.last_ok is not None:
            lines.append(self.tr("Last sync: %1").replace("%1", time.strftime("%H:%M:%S", time.localtime(s.last_ok))))
        if s.last_error:
            lines.append(self.tr("Last error: %1").replace("%1", s.last_error))
        lines.append(self.tr("Click to sync now."))
        return "\n".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.sync.request()
        super().mousePressEvent(event)
