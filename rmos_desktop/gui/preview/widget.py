"""The preview as one widget: top and side plots with their legend, the G-code text, the readouts, the
move-by-move slider and the list of lines the reader did not understand, kept in step with each other.

Loading (parsing, arrays) runs on the app's TaskRunner; this widget only shows the plain data it returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from rmos_desktop.core.catalog import MachineProfile
from rmos_desktop.core.runs.store import RunStore
from rmos_desktop.core.toolpaths.moves import FEED, KIND_NAMES, PLUNGE, RAPID, RETRACT
from rmos_desktop.core.toolpaths.preview_data import moves_of_line, nearest_moves, segment_distances
from rmos_desktop.gui.i18n import number_text
from rmos_desktop.gui.preview import loading
from rmos_desktop.gui.preview.controls import (
    PositionsTable,
    PreviewHeader,
    ProblemsPanel,
    ReadoutBar,
    StepBar,
    ViewTabs,
    fmt_len,
)
from rmos_desktop.gui.preview.legend import LegendOverlay, LegendPanel, PlotNote
from rmos_desktop.gui.preview.loading import LoadedProgram
from rmos_desktop.gui.preview.plot_view import ToolpathPlot
from rmos_desktop.gui.preview.render import draw_program, show_readouts
from rmos_desktop.gui.preview.text_view import FindBar, GcodeTextView
from rmos_desktop.gui.tasks import TaskHandle, TaskRunner
from rmos_desktop.gui.theme import handle_width

log = logging.getLogger(__name__)

MAX_HIGHLIGHT = 10_000  # moves of one G-code line drawn in the selection colour (an arc has at most 256)
# When several moves lie equally near a click, the one drawn on top wins (feeds over plunges over rapids).
PICK_RANK = np.zeros(4, dtype=np.int64)
PICK_RANK[[FEED, PLUNGE, RETRACT, RAPID]] = [0, 1, 2, 3]


class PreviewWidget(QWidget):
    """Text and toolpath plot of one program, in sync. Read-only: nothing here changes a run."""

    sig_loaded = Signal(object)
    """A program is on screen; carries the LoadedProgram (plain data)."""
    sig_load_failed = Signal(str)
    """A program could not be loaded; carries the message shown in the preview."""
    sig_move_selected = Signal(int, int)
    """The current move changed (by line, click, slider or step): (move index, G-code line)."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preview")
        self.tasks = tasks
        self.loaded: LoadedProgram | None = None
        self.units = "mm"  # readouts, positions and the move readout; the G-code text stays G21 millimetres
        self.current_move: int | None = None
        self._task: TaskHandle | None = None
        self._hidden_kinds: set[int] = set()
        self._build()
        self.clear()

    # -- construction --------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.header = PreviewHeader(loading.PROGRESS_SCALE)
        self.header.sig_cancel.connect(self.cancel_loading)
        self.title_label, self.drawn_label = self.header.title_label, self.header.drawn_label
        self.progress, self.cancel_button = self.header.progress, self.header.cancel_button
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("preview_split")
        self.split.setHandleWidth(handle_width())
        self.split.addWidget(self._build_plot_side())
        self.split.addWidget(self._build_text_side())
        # The drawing is what the eye checks first: it gets three quarters, the text the rest (movable).
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        outer.addWidget(self.split, 1)
        self._add_shortcuts()

    def _build_plot_side(self) -> QWidget:
        """Top and side plots and the positions table as tabs; the tab row also carries the title and Fit job /
        Fit machine; the legend floats over the plot's top-right corner."""
        self.plots = {"top": ToolpathPlot("top", ("x", "y")), "side": ToolpathPlot("side", ("x", "z"))}
        self.view_tabs = ViewTabs()
        self.view_tabs.setObjectName("preview_views")
        self.view_tabs.addTab(self.plots["top"], self.tr("Top X–Y"))
        self.view_tabs.addTab(self.plots["side"], self.tr("Side X–Z"))
        self.positions = PositionsTable()
        self.positions.sig_line_chosen.connect(self.select_line)
        self.view_tabs.addTab(self.positions, self.tr("Positions"))
        self.view_tabs.currentChanged.connect(self._view_changed)
        for plot in self.plots.values():
            plot.sig_clicked.connect(lambda u, v, tol, p=plot: self.pick(p.view_name, u, v, tol))
        self.view_tabs.add_to_bar(self.header, 1)
        self.fit_button = QPushButton(self.tr("Fit job"))
        self.fit_button.setObjectName("fit_job")
        self.fit_button.setToolTip(self.tr("Zoom to the toolpath and stock (wheel zooms, drag pans)"))
        self.fit_button.clicked.connect(self.fit_job)
        self.fit_machine_button = QPushButton(self.tr("Fit machine"))
        self.fit_machine_button.setObjectName("fit_machine")
        self.fit_machine_button.setToolTip(self.tr("Zoom out to the machine's whole travel"))
        self.fit_machine_button.clicked.connect(self.fit_machine)
        self.view_tabs.add_to_bar(self.fit_button)
        self.view_tabs.add_to_bar(self.fit_machine_button)
        self.legend = LegendPanel()
        self.legend.sig_kind_toggled.connect(self.set_kind_visible)
        self.legend_overlay = LegendOverlay(self.legend, self.view_tabs.stack)
        self.view_tabs.stack.sig_resized.connect(self.legend_overlay.place)
        self.plot_note = PlotNote(self.legend_overlay, self.view_tabs.stack)
        self.view_tabs.stack.sig_resized.connect(self.plot_note.place)
        return self.view_tabs

    def show_note(self, text: str, kind: str = "info") -> None:
        """A note over the plot's top-left corner ("" hides it); kind "warning" is drawn as one."""
        self.plot_note.show_text(text, kind)

    def _build_text_side(self) -> QWidget:
        """The find bar, the program's readouts, the G-code text, the lines not understood, and the step bar
        (|◀ ◀ ▶ ▶|, the slider and the current move) under the text."""
        self.text = GcodeTextView()
        self.text.sig_line_selected.connect(self.select_line)
        self.find_bar = FindBar(self.text)
        text_side = QWidget()
        tl = QVBoxLayout(text_side)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(4)
        tl.addWidget(self.find_bar)
        self.readout_bar = ReadoutBar()
        self.readouts = self.readout_bar.labels
        tl.addWidget(self.readout_bar)
        tl.addWidget(self.text, 1)
        self.problems = ProblemsPanel()
        self.problems.sig_line_chosen.connect(self.select_line)
        self.problem_label, self.problem_list = self.problems.label, self.problems.list
        tl.addWidget(self.problems)
        self.step_bar = StepBar()
        self.step_buttons, self.slider, self.move_label = (
            self.step_bar.buttons,
            self.step_bar.slider,
            self.step_bar.move_label,
        )
        self.step_bar.sig_step.connect(self.step)
        self.step_bar.sig_first.connect(lambda: self.select_move(0))
        self.step_bar.sig_last.connect(lambda: self.select_move(self.move_count() - 1))
        self.step_bar.sig_slider.connect(self.select_move)
        tl.addWidget(self.step_bar)
        return text_side

    def _view_changed(self, _index: int) -> None:
        self.legend_overlay.setVisible(self.view_tabs.currentWidget() in self.plots.values())
        self._update_footprint_legend()

    def _add_shortcuts(self) -> None:
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.find_bar.focus_find)
        goto = QShortcut(QKeySequence("Ctrl+G"), self)
        goto.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        goto.activated.connect(self.find_bar.focus_goto)
        for keys, backwards in (("F3", False), ("Shift+F3", True)):  # not Ctrl+G: that is go-to-line
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.find_bar.find_previous if backwards else self.find_bar.find_next)

    def plot_area(self) -> int:
        """Pixels of the toolpath drawing on screen (the current view tab)."""
        plot = self.view_tabs.currentWidget()
        return plot.width() * plot.height() if plot is not None and plot.isVisible() else 0

    # -- loading ---------------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """A load is running on the TaskRunner."""
        return self._task is not None

    def open_payload(self, store: RunStore, payload: dict[str, Any]) -> TaskHandle:
        """The OK result of a Generate just done (its move list as generated, no reparse)."""
        title = self.tr("Run %s (just generated)") % payload.get("_run_id", "")
        return self.load(lambda progress: loading.load_payload(store, payload, progress), title)

    def open_run(self, store: RunStore, run_id: str) -> TaskHandle:
        """Any stored run, read-only: its G-code read with the core parser, its numbers from its record (from
        the parsed moves when the G-code no longer matches the recorded hash)."""
        return self.load(lambda progress: loading.load_run(store, run_id, progress), self.tr("Run %s") % run_id)

    def open_file(self, path: Path, machine: MachineProfile | None) -> TaskHandle:
        """A G-code file from disk, checked against `machine`'s travel (none: the check is not made)."""
        return self.load(lambda progress: loading.load_file(path, machine, progress), str(path))

    def load(self, fn: Callable[[loading.Progress], LoadedProgram], title: str) -> TaskHandle:
        """Run `fn(progress)` on the TaskRunner and show what it returns; a load still running is cancelled."""
        self.cancel_loading()
        self.title_label.setText(self.tr("Loading %s…") % title)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()

        def work(handle: TaskHandle) -> LoadedProgram:
            return fn(handle.report_progress)

        def done(result: LoadedProgram) -> None:
            if self._task is handle:
                self._task = None
                self._loading_ui(False)
                self.show_loaded(result)

        def failed(exc: BaseException) -> None:
            if self._task is handle:
                self._task = None
                self._loading_ui(False)
                log.warning("preview of %s failed: %s", title, exc)
                self.show_failure(self.tr("Could not show %s: %s") % (title, _describe(exc)))

        handle = self.tasks.run(work, on_success=done, on_failure=failed, on_progress=self._progress)
        self._task = handle
        return handle

    def cancel_loading(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self._loading_ui(False)
            self.title_label.setText(self.tr("Loading cancelled."))

    def _loading_ui(self, on: bool) -> None:
        self.header.set_loading(on)

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setValue(int(loading.PROGRESS_SCALE * done / total))

    # -- showing ---------------------------------------------------------------------------------------
    def clear(self, message: str = "") -> None:
        """Nothing to show (with `message` saying why)."""
        self.cancel_loading()
        self.loaded = None
        self.current_move = None
        self.title_label.setText(message or self.tr("Generate a job, or open a run or a G-code file, to preview it."))
        self.show_note(message, "warning")
        self.text.set_program("", np.zeros(0, np.int64), np.zeros(0, np.int64), {})
        for plot in self.plots.values():
            plot.clear_program()
        for label in self.readouts.values():
            label.clear()
        self.drawn_label.clear()
        self.problems.clear()
        self.positions.set_positions([])
        self.legend.set_counts({})
        for key in ("footprint", "stock", "envelope", "outside", "blade", "overrun"):
            self.legend.show_overlay(key, False)
        self._set_slider(0)
        self.move_label.clear()

    def show_failure(self, message: str) -> None:
        self.clear(message)
        self.title_label.setStyleSheet("color: #b71c1c;")
        self.sig_load_failed.emit(message)

    def show_loaded(self, result: LoadedProgram) -> None:
        """Put a loaded program on screen (GUI thread; cheap: the arrays are built already)."""
        self.clear()
        self.title_label.setStyleSheet("")
        self.loaded = result
        ctx = result.context
        title = ctx.title + (f" · {ctx.status}" if ctx.status else "")
        if ctx.notes:
            title += " · " + " · ".join(ctx.notes)
        self.title_label.setText(title)
        self.show_note(" · ".join(ctx.notes), "warning" if ctx.gcode_matches is False else "info")
        data = result.data
        if data is None:
            self.title_label.setText(f"{title} — {result.message}" if result.message else title)
            self.show_note(result.message, "warning")
            self.sig_loaded.emit(result)
            return
        problems = {p.line: p.reason for p in result.problems}
        self.text.set_program(data.text, data.line_starts, data.line_ends, problems)
        self.problems.show_problems(result.problems, result.problem_count)
        self.positions.set_positions(result.positions)
        show_readouts(self, result)
        self.legend.set_counts(data.counts)
        self._update_footprint_legend()
        self.legend.show_overlay("stock", ctx.stock is not None, self.tr("Assumed at X 0, Y 0, top surface at Z 0"))
        self.legend.show_overlay("envelope", data.envelope_checked)
        self.legend.show_overlay("outside", len(data.outside) > 0)
        draw_program(self, result)
        self._set_slider(len(data.moves))
        if len(data.moves):
            self.move_label.setText(self.tr("Click a G-code line or a move in the plot, or step with ◀ ▶."))
        self.fit_job()
        self.sig_loaded.emit(result)

    def _update_footprint_legend(self) -> None:
        """The kerf footprint is drawn in the top view only, the blade disc and its overrun in the side view
        only: the legend names each where it is drawn."""
        data = self.loaded.data if self.loaded else None
        on_top = self.view_tabs.currentWidget() is self.plots["top"]
        on_side = self.view_tabs.currentWidget() is self.plots["side"]
        self.legend.show_overlay("footprint", data is not None and data.footprint is not None and on_top)
        blade = self.loaded.blade if self.loaded else None
        tip = (
            self.tr(
                "The blade (its disc seen from the side) at the start and end of the first cut, line %d; "
                "the kerf reaches %.1f mm beyond the blade centre's travel at the top surface"
            )
            % (blade.first_line, blade.overrun_mm)
            if blade
            else ""
        )
        for key in ("blade", "overrun"):
            self.legend.show_overlay(key, blade is not None and on_side, tip)

    def move_count(self) -> int:
        return len(self.loaded.data.moves) if self.loaded and self.loaded.data else 0

    def select_line(self, line_no: int) -> None:
        """Make G-code line `line_no` current: select it in the text, highlight its moves in the plots."""
        data = self.loaded.data if self.loaded else None
        if data is None or not 1 <= line_no <= data.line_count:
            return
        self.text.select_line(line_no)
        lines = data.arrays["line"]
        lo, hi = moves_of_line(lines, line_no)
        if hi > lo:
            self._show_moves(lo, hi, line_no)
        else:
            before = lo - 1  # the machine stands where the last move before this line ended
            self._show_moves(before, before, line_no)

    def select_move(self, index: int) -> None:
        """Make move `index` current (and its G-code line)."""
        data = self.loaded.data if self.loaded else None
        if data is None or not len(data.moves):
            return
        index = max(0, min(int(index), len(data.moves) - 1))
        line_no = int(data.arrays["line"][index])
        self.text.select_line(line_no)
        self._show_moves(index, index + 1, line_no)

    def step(self, delta: int) -> None:
        self.select_move((self.current_move if self.current_move is not None else -1) + delta)

    def pick(self, view: str, u: float, v: float, tolerance: float) -> int | None:
        """The move nearest (u, v) in `view` within `tolerance` mm (shown kinds only) becomes current."""
        data = self.loaded.data if self.loaded else None
        if data is None:
            return None
        a = data.arrays
        near = nearest_moves(a, data.views[view].axes, u, v, tolerance)
        if self._hidden_kinds and len(near):
            near = near[~np.isin(a["kind"][near], list(self._hidden_kinds))]
        if not len(near):
            return None
        best = _pick_best(a, data.views[view].axes, near, u, v, tolerance)
        self.select_move(best)
        return best

    def _show_moves(self, lo: int, hi: int, line_no: int) -> None:
        """Highlight moves [lo, hi) and put the position marker where move hi-1 ends (lo-1 if none)."""
        data = self.loaded.data
        a = data.arrays
        last = hi - 1 if hi > lo else lo
        self.current_move = last if last >= 0 else None
        for name, plot in self.plots.items():
            ua, va = data.views[name].axes
            if hi > lo:
                top = min(hi, lo + MAX_HIGHLIGHT)
                u0, v0, u1, v1 = a[ua + "0"][lo:top], a[va + "0"][lo:top], a[ua][lo:top], a[va][lo:top]
                gap = np.full(top - lo, np.nan)
                xs = np.column_stack((u0, u1, gap)).ravel()
                ys = np.column_stack((v0, v1, gap)).ravel()
            else:
                xs = ys = np.zeros(0)
            position = (float(a[ua][last]), float(a[va][last])) if last >= 0 else None
            plot.set_selection(xs, ys, position)
        if self.current_move is not None:
            self._set_slider_value(self.current_move)
        self._describe_move(line_no, lo, hi)
        if self.current_move is not None:
            self.sig_move_selected.emit(self.current_move, line_no)

    def _describe_move(self, line_no: int, lo: int, hi: int) -> None:
        data = self.loaded.data
        a = data.arrays
        n = len(data.moves)
        if hi <= lo:
            self.move_label.setText(self.tr("line %d: no motion") % line_no)
            return
        i = hi - 1
        kind = KIND_NAMES[int(a["kind"][i])]
        extra = self.tr(" (%d moves)") % (hi - lo) if hi - lo > 1 else ""
        self.move_label.setText(
            self.tr("move %s of %s · line %d · %s%s → X %s Y %s Z %s")
            % (number_text(i + 1), number_text(n), line_no, kind, extra, *(fmt_len(a[k][i], self.units) for k in "xyz"))
        )

    def set_units(self, units: str) -> None:
        """Readouts, the positions table and the move readout in mm or in; the G-code text is not touched (it
        is what the controller reads: G21, millimetres)."""
        self.units = "in" if units == "in" else "mm"
        self.positions.set_units(self.units)
        note = self.tr("The G-code is in millimetres (G21) whatever units the readouts use.")
        self.text.setToolTip(note)
        if self.loaded is not None:
            show_readouts(self, self.loaded)
            if self.current_move is not None and self.loaded.data is not None:
                self.select_move(self.current_move)

    def _set_slider(self, n: int) -> None:
        self.step_bar.set_count(n)

    def _set_slider_value(self, value: int) -> None:
        self.step_bar.set_value(value)

    # -- view ------------------------------------------------------------------------------------------
    def set_kind_visible(self, kind: int, visible: bool) -> None:
        if visible:
            self._hidden_kinds.discard(kind)
        else:
            self._hidden_kinds.add(kind)
        for plot in self.plots.values():
            plot.set_kind_visible(kind, visible)

    def fit_job(self) -> None:
        reserve = 0 if self.legend_overlay.folded else self.legend_overlay.width() + 12
        for plot in self.plots.values():
            plot.reserve_right_px = reserve
            plot.fit_job()

    def fit_machine(self) -> None:
        for plot in self.plots.values():
            plot.fit_machine()


def _pick_best(
    a: dict[str, np.ndarray], axes: tuple[str, str], near: np.ndarray, u: float, v: float, tol: float
) -> int:
    """Among `near` (nearest first), the nearest within a tenth of the tolerance, preferring the kind drawn
    on top, then program order."""
    dist = segment_distances(a, axes, u, v, near)
    bucket = np.floor(dist / max(tol / 10.0, 1e-12))
    order = np.lexsort((near, PICK_RANK[a["kind"][near]], bucket))
    return int(near[order[0]])


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, OSError) and exc.strerror:
        text = f"{exc.strerror} ({getattr(exc, 'filename', '') or ''})"
    return text
