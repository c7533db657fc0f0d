"""How the main window shares its room: the job form folds away once a program is on screen; the risk panel is
whole while its verdict is what to read (the preview folds under the run strip) and shrinks to its badge row,
with the run strip in it, once a program is (the preview gets the rest). A mixin of MainWindow: it uses the
window's splitters, form, panel, run strip, preview tabs and start page."""

from __future__ import annotations


class WindowLayout:
    # -- layout: the form folds away once a program is on screen ---------------------------------------------
    def show_form(self, on: bool = True) -> None:
        sizes = self.main_split.sizes()
        total = sum(sizes)
        if on:
            if sizes[0] == 0:
                form_w = min(self.form_scroll.sizeHint().width(), total // 2)
                self.main_split.setSizes([form_w, total - form_w])
            if self.panel.compact:  # editing again: the whole panel
                self.focus_panel(0.5)
        elif not on and sizes[0] > 0:
            self.main_split.setSizes([0, total])
        self._sync_form_action()

    def _sync_form_action(self) -> None:
        if hasattr(self, "act_job_form"):
            self.act_job_form.blockSignals(True)
            self.act_job_form.setChecked(self.main_split.sizes()[0] > 0)
            self.act_job_form.blockSignals(False)

    def focus_panel(self, share: float = 0.65) -> None:
        """The verdict matters more than the preview (editing, or an attempt blocked with no G-code): the whole
        panel. The preview folds away under the run strip (its "Show preview" brings it back) rather than
        shrink to a sliver nobody can read; the start page, when it is what the bottom shows, keeps `share`."""
        self._set_panel_compact(False)
        self._grow_on_resize(panel=True)
        height = sum(self.right_split.sizes())
        if self.preview_tabs.currentWidget() is self.start_page:
            self._show_preview_area(True)
            self.right_split.setSizes([int(height * share), height - int(height * share)])
            return
        self._show_preview_area(False)
        strip_h = self.right_split.widget(1).minimumSizeHint().height()
        self.right_split.setSizes([height - strip_h, strip_h])

    def _grow_on_resize(self, *, panel: bool) -> None:
        """Which side of the panel / preview split takes the height a resize (maximising, a taller window) adds:
        the panel while it is the thing to read, the preview once a program is on screen."""
        self.right_split.setStretchFactor(0, 1 if panel else 0)
        self.right_split.setStretchFactor(1, 0 if panel else 1)

    def _show_preview_area(self, on: bool) -> None:
        self.preview_tabs.setVisible(on)
        self.run_strip.set_preview_hidden(not on and self._preview is not None and self._preview.loaded is not None)

    def focus_preview(self) -> None:
        """A program is on screen: the preview gets most of the window (the form folds; the panel shrinks to its
        badge row, with the run strip, and the rows that need attention)."""
        self._show_preview_area(True)
        self.preview_tabs.setCurrentWidget(self.preview_page)
        start = self.preview_tabs.indexOf(self.start_page)
        if start >= 0:  # Help ▸ Start page brings it back
            self.preview_tabs.removeTab(start)
        self._set_panel_compact(True)
        self._grow_on_resize(panel=False)
        self.show_form(False)  # a squeezed form would be clipped; Job form (Ctrl+J) brings it back
        self.fit_panel_height()

    def _set_panel_compact(self, on: bool) -> None:
        """Compact: the run strip rides in the panel's badge row (one row less above the preview); full: it goes
        back over the preview."""
        if on == self.panel.compact:
            return
        self.panel.set_compact(on, self.run_strip if on else None)
        if not on:
            self._bottom_layout.insertWidget(0, self.run_strip)
        self.run_strip.show()

    def fit_panel_height(self) -> None:
        """The compact panel gets the height its rows need (at most a third); the preview the rest."""
        if not self.panel.compact:
            return
        self.panel.layout().activate()
        sizes = self.right_split.sizes()
        total = sum(sizes)
        width = self.panel_scroll.viewport().width()
        need = self.panel.heightForWidth(width) if self.panel.hasHeightForWidth() else -1
        panel_h = min(max(need, self.panel.minimumSizeHint().height()) + 4, total // 3)
        if sizes[0] != panel_h:
            self.right_split.setSizes([panel_h, total - panel_h])

    def _refit_panel_soon(self) -> None:
        # The compact panel's row changed what it holds (the run strip wrapped onto a second line, Details ▸
        # opened, a RED row appeared): its height follows, once the layout has settled.
        if self.panel.compact:
            self._panel_fit.start()
