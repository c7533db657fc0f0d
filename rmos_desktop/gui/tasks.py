"""The app's one way to run work off the GUI thread (after Anki's taskman).

`TaskRunner.run(fn, on_success=..., on_failure=...)` runs `fn(handle)` on a pool thread; its plain-data
result (or exception) comes back to the GUI thread through a queued signal, then to one of the two
callbacks. Workers never touch widgets. A task may call `handle.report_progress(done, total)` (throttled)
and `handle.check_cancelled()`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
PROGRESS_INTERVAL_S = 0.05


class CancelledError(Exception):
    """Raised inside a task when it notices it was cancelled."""


class TaskHandle(QObject):
    """One task. Lives on the GUI thread, so signals the worker emits are queued to it."""

    _sig_result = Signal(object)
    _sig_error = Signal(object)
    _sig_progress = Signal(int, int)

    sig_finished = Signal()
    """The task ended (after its success or failure callback ran)."""
    sig_progress = Signal(int, int)
    """Throttled progress (done, total), on the GUI thread."""

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_done: Callable[[TaskHandle], None],
    ):
        super().__init__()
        self.cancelled = False
        self.finished = False
        self._last_progress = 0.0
        self._on_success, self._on_failure, self._on_done = on_success, on_failure, on_done
        self._sig_result.connect(self._deliver_result)
        self._sig_error.connect(self._deliver_error)
        self._sig_progress.connect(self.sig_progress)

    # -- worker side ---------------------------------------------------------------------------------
    def cancel(self) -> None:
        self.cancelled = True

    def check_cancelled(self) -> None:
        if self.cancelled:
            raise CancelledError()

    def report_progress(self, done: int, total: int) -> None:
        self.check_cancelled()
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self._sig_progress.emit(done, total)

    # -- GUI side ------------------------------------------------------------------------------------
    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self._end()
        try:
            if not self.cancelled:
                self._on_success(result)
        finally:
            self.sig_finished.emit()

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        self._end()
        try:
            if not (self.cancelled or isinstance(exc, CancelledError)):
                self._on_failure(exc)
        finally:
            self.sig_finished.emit()

    def _end(self) -> None:
        self.finished = True
        self._on_done(self)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskHandle], Any], handle: TaskHandle):
        super().__init__()
        self.fn = fn
        self.handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.handle)
        except BaseException as exc:
            self.handle._sig_error.emit(exc)
        else:
            self.handle._sig_result.emit(result)


class TaskRunner(QObject):
    """Runs tasks on its own thread pool and keeps their handles alive until they report back."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._live: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[[TaskHandle], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle(on_success, on_failure, self._live.discard)
        if on_progress is not None:
            handle.sig_progress.connect(on_progress)
        self._live.add(handle)
        self.pool.start(_Job(fn, handle))
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait_all(self, timeout_ms: int = 30000) -> bool:
        return self.pool.waitForDone(timeout_ms)


def shared_runner() -> TaskRunner:
    """The application's one TaskRunner (made on first use, owned by the QApplication): every window and
    dialog that is not handed a runner uses this one, so `wait_all` sees all background work."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    runner = app.findChild(TaskRunner, "shared_task_runner") if app is not None else None
    if runner is None:
        runner = TaskRunner(app)
        runner.setObjectName("shared_task_runner")
    return runner
