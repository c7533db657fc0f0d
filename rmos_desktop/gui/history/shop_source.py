"""The history's second source: every station's runs from the shop server (core.shop.queries), behind the
"This workstation / Whole shop" switch. Queries run on the task runner; the table's model stays the same thin
adapter and is handed pages (the shop's keyset cursor pages it further when the view scrolls). Its texts are
the history window's: they name the context "HistoryWindow" for pyside6-lupdate (`translate("HistoryWindow", …)`)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from rmos_desktop.core.runs.index import RunQuery, RunRow
from rmos_desktop.core.runs.index.rows import to_us
from rmos_desktop.core.runs.schemas import RunArtifact
from rmos_desktop.core.shop.config import ShopConfig, ShopConfigError, ShopUnavailable, resolve_shop
from rmos_desktop.core.shop.queries import ShopQuery, ShopQueryError
from rmos_desktop.gui.history.detail import RunDetail
from rmos_desktop.gui.history.model import COL_STATION, COL_STORED, COL_TIME, PAGE_SIZE
from rmos_desktop.gui.i18n import number_text
from rmos_desktop.gui.shop import operations as ops
from rmos_desktop.gui.tasks import TaskHandle, TaskRunner
from rmos_desktop.gui.theme import show_banner

if TYPE_CHECKING:
    from rmos_desktop.gui.history.window import HistoryWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts


@dataclass(frozen=True, slots=True)
class ShopRunRow(RunRow):
    """A run listed by the shop server: the local row's fields, its station and the artifact's SHA-256."""

    station: str = ""
    artifact_sha256: str = ""


_ROW_FIELDS = tuple(f.name for f in fields(RunRow))


def shop_row(d: dict[str, Any]) -> ShopRunRow:
    """A row of `queries.list_runs` (the `rmos runs list` shape plus station) as the model's row object."""
    values = {k: d.get(k) for k in _ROW_FIELDS if k != "created_us"}
    values["created_us"] = to_us(datetime.fromisoformat(d["created_at_utc"].replace("Z", "+00:00")))
    values["warnings"] = "\n".join(d.get("warnings") or []) or None
    for k in ("review_count", "export_count", "awaiting_review", "seq"):
        values[k] = int(values.get(k) or 0)
    values["location"] = "shop"
    return ShopRunRow(**values, station=d["station"], artifact_sha256=d.get("artifact_sha256") or "")


def shop_config(settings: Any) -> ShopConfig | None:
    """The configured shop server (the environment wins), or None: without one the switch is not shown."""
    try:
        return resolve_shop(settings)
    except ShopConfigError as exc:
        log.warning("the history lists this workstation only: %s", exc)
        return None


def to_shop_query(q: RunQuery, station: str | None, limit: int = PAGE_SIZE) -> ShopQuery | None:
    """The filter bar's query for the shop server; None when it can match nothing there (only UNREADABLE:
    the server holds readable artifacts only). "Awaiting review first" lists only those awaiting review (the
    shop lists newest first, in one order)."""
    statuses = tuple(s for s in q.status if s != "UNREADABLE")
    if q.status and not statuses:
        return None
    return ShopQuery(
        station=station or None,
        statuses=statuses,
        unreviewed=q.unreviewed_first,
        since=q.since,
        until=q.until,
        text=q.text or "",
        tool_prefix=q.tool_prefix,
        material=q.material,
        limit=limit,
    )


def shop_detail(row: ShopRunRow, shown: dict[str, Any]) -> RunDetail:
    return RunDetail(
        row=row,
        artifact=RunArtifact.model_validate(shown["artifact"]),
        artifact_sha256=shown["artifact_sha256"],
        reviews=shown["reviews"],
        exports=[],
        station=shown["station"],
    )


class ShopSource(QObject):
    """Drives the history window's table, summary and detail pane from the shop server while switched on."""

    sig_counted = Signal()
    """The summary row's counts (listed, awaiting review across the shop) and the station list arrived."""

    def __init__(self, window: HistoryWindow, config: ShopConfig, tasks: TaskRunner):
        super().__init__(window)
        self.window, self.config, self.tasks = window, config, tasks
        self.active = False
        self.query: ShopQuery | None = None
        self._generation = 0  # answers to an older query or selection are dropped
        self._detail_generation = 0
        self._pending: list[TaskHandle] = []
        self._count_running = False
        self._count_wanted: tuple[int, ShopQuery] | None = None
        self.loading = False
        self.counting = False
        window.summary.source.sig_source_changed.connect(self.set_active)
        window.summary.source.show()

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        w = self.window
        w.summary.source.set_shop(on)
        w.table.setColumnHidden(COL_STATION, not on)
        w.table.setColumnHidden(COL_STORED, on)  # archive files are the workstation's business
        w.filters.station.setVisible(on)
        w.model.fetcher = self.fetch_more if on else None
        if not on:
            w.model.show_page([], None)  # never the shop's rows under "This workstation", even without an index
        w.unreviewed_first.setToolTip(
            translate(
                "HistoryWindow", "Only blocked runs nobody has reviewed yet (the whole shop is listed newest first)"
            )
            if on
            else translate("HistoryWindow", "Blocked runs nobody has reviewed yet come first")
        )
        show_banner(w.banner, None, "")
        w.apply_filters()

    # -- listing ------------------------------------------------------------------------------------------
    def apply(self, filters: RunQuery) -> None:
        w = self.window
        w.table.horizontalHeader().setSortIndicator(COL_TIME, Qt.SortOrder.DescendingOrder)  # one order here
        query = to_shop_query(filters, w.filters.station.currentData(), w.model.page_size)
        self._generation += 1
        generation = self._generation
        self.query = query
        for handle in self._pending:  # a newer query: what has not started yet never runs
            handle.cancel()
        self._pending = []
        if query is None:
            w.model.show_page([], None)
            w.summary.set_listed(0)
            w.sig_refreshed.emit()
            self.sig_counted.emit()
            return
        self.loading = self.counting = True
        w.match_count.setText(translate("HistoryWindow", "Asking the shop server…"))
        config = self.config
        self._pending = [
            self.tasks.run(
                lambda h: h.check_cancelled() or ops.list_page(config, query),
                on_success=lambda page: self._listed(generation, page),
                on_failure=lambda exc: self._failed(generation, exc),
            )
        ]
        self._count_wanted = (generation, query)
        self._next_count()

    def _next_count(self) -> None:
        """Counts run one at a time, the newest wanted one next: a count over a million runs takes seconds and
        cannot be interrupted, so they must never fill the task runner's threads ahead of a page."""
        if self._count_running or self._count_wanted is None:
            return
        (generation, query), self._count_wanted = self._count_wanted, None
        self._count_running = True
        config = self.config

        def finished(fn, result) -> None:
            self._count_running = False
            fn(generation, result)
            self._next_count()

        self.tasks.run(
            lambda _h: ops.shop_counts(config, query),
            on_success=lambda counts: finished(self._counted, counts),
            on_failure=lambda exc: finished(self._count_failed, exc),
        )

    def _listed(self, generation: int, page: dict[str, Any]) -> None:
        if generation != self._generation or not self.active:
            return
        self.loading = False
        w = self.window
        if w.banner.property("kind") == "error":  # the server answers again
            show_banner(w.banner, None, "")
        w.model.show_page([shop_row(r) for r in page["runs"]], page["next_cursor"])
        if self.counting:
            w.match_count.setText(translate("HistoryWindow", "Counting…"))
        w.sig_refreshed.emit()

    def _counted(self, generation: int, counts: dict[str, Any]) -> None:
        if generation != self._generation or not self.active:
            return
        w = self.window
        self.counting = False
        w.filters.set_stations(counts["stations"])
        w.summary.set_listed(counts["count"])
        if counts["capped"]:
            w.match_count.setText(
                translate("HistoryWindow", "more than %1 runs listed").replace("%1", number_text(counts["count"]))
            )
        w.summary.set_awaiting(counts["awaiting"])
        self.sig_counted.emit()

    def _count_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not self.active:
            return
        self.counting = False
        log.info("shop history counts: %s", exc)
        self.window.match_count.setText(translate("HistoryWindow", "(the count is not available)"))
        self.sig_counted.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not self.active:
            return
        self.loading = False
        w = self.window
        w.model.show_page([], None)  # never the workstation's rows under "Whole shop"
        if isinstance(exc, (ShopUnavailable, ShopQueryError)):
            text = str(exc)
        else:
            log.error("shop history", exc_info=(type(exc), exc, exc.__traceback__))
            text = f"{type(exc).__name__}: {exc}"
        show_banner(
            w.banner, "error", translate("HistoryWindow", "The shop's runs cannot be listed: %1").replace("%1", text)
        )
        w.sig_refreshed.emit()

    def fetch_more(self, cursor: str) -> None:
        """The view scrolled to the end: the next page, off the GUI thread."""
        if self.query is None:
            return
        query = replace(self.query, cursor=cursor)
        generation, config, model = self._generation, self.config, self.window.model
        self.tasks.run(
            lambda _h: ops.list_page(config, query),
            on_success=lambda page: (
                generation == self._generation
                and model.append_page([shop_row(r) for r in page["runs"]], page["next_cursor"])
            ),
            on_failure=lambda exc: self._failed(generation, exc),
        )

    # -- detail -------------------------------------------------------------------------------------------
    def show_detail(self, row: ShopRunRow) -> None:
        """The artifact as the server holds it, with its station and the reviews that name it."""
        w = self.window
        w.pane.show_message(
            translate("HistoryWindow", "<p>Reading run %1 of %2 from the shop server…</p>")
            .replace("%1", row.run_id[:8])
            .replace("%2", row.station)
        )
        self._detail_generation += 1
        generation, config = self._detail_generation, self.config
        self.tasks.run(
            lambda _h: ops.show_run(config, row.run_id, row.station),
            on_success=lambda shown: self._detail(generation, row, shown),
            on_failure=lambda exc: self._detail_failed(generation, exc),
        )

    def _detail(self, generation: int, row: ShopRunRow, shown: dict[str, Any] | None) -> None:
        if generation != self._detail_generation or not self.active:
            return
        w = self.window
        if shown is None:
            w.pane.show_message(translate("HistoryWindow", "<p>The shop server no longer lists this run.</p>"))
            return
        w._set_detail(shop_detail(row, shown))

    def _detail_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._detail_generation:
            return
        from html import escape

        w = self.window
        w.pane.show_message(
            translate("HistoryWindow", "<h2>Cannot read this run from the shop</h2><p>%1</p>").replace(
                "%1", escape(str(exc))
            )
        )
