"""Putting a loaded program on the preview's plots and readouts (GUI thread; the arrays are built already)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF

from rmos_desktop.core.toolpaths.preview_data import format_duration
from rmos_desktop.core.units import to_display
from rmos_desktop.gui.i18n import decimal_text, number_text
from rmos_desktop.gui.preview.controls import fmt_len
from rmos_desktop.gui.preview.loading import LoadedProgram

translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts

MAX_OUTSIDE_MARKS = 10_000  # outside-travel marks drawn; the readout always counts every move


def draw_program(self, result: LoadedProgram) -> None:
    data = result.data
    assert data is not None
    ctx = result.context
    machine = ctx.machine
    a = data.arrays
    n = len(data.moves)
    parts = []
    for name, plot in self.plots.items():
        view = data.views[name]
        plot.set_geometry(view)
        ua, va = view.axes
        job = QRectF()
        if n:
            job = QRectF(
                float(a[ua].min()), float(a[va].min()), float(np.ptp(a[ua])), float(np.ptp(a[va]))
            ).normalized()
        stock = envelope = None
        if ctx.stock is not None:
            s = ctx.stock
            stock = (
                QRectF(0, 0, s.length_mm, s.width_mm)
                if name == "top"
                else QRectF(0, -s.thickness_mm, s.length_mm, s.thickness_mm)
            )
        if machine is not None and data.envelope_checked:
            bands = {"x": machine.travel_x_mm, "y": machine.travel_y_mm, "z": machine.travel_z_mm}
            bu, bv = bands[ua], bands[va]
            envelope = QRectF(bu.min, bv.min, bu.max - bu.min, bv.max - bv.min)
        outside = None
        if len(data.outside):
            idx = data.outside[:MAX_OUTSIDE_MARKS]
            outside = (a[ua][idx], a[va][idx])
        plot.set_overlays(
            job=job,
            stock=stock,
            envelope=envelope,
            footprint=data.footprint if name == "top" else None,
            outside=outside,
        )
        if name == "side":
            plot.set_blade(result.blade)
        if view.decimated:
            parts.append(
                translate("PreviewWidget", "%s showing %s of %s segments")
                % (
                    self.view_tabs.tabText(list(self.plots).index(name)),
                    number_text(view.drawn),
                    number_text(view.total),
                )
            )
    footprint = data.footprint
    if footprint is not None and footprint.decimated:
        parts.append(
            translate("PreviewWidget", "kerf footprint showing %s of %s cutting moves")
            % (number_text(footprint.drawn), number_text(footprint.total))
        )
    if len(data.outside) > MAX_OUTSIDE_MARKS:
        parts.append(
            translate("PreviewWidget", "outside-travel marks on %s of %s moves")
            % (number_text(MAX_OUTSIDE_MARKS), number_text(len(data.outside)))
        )
    if parts:
        self.drawn_label.setText(
            translate("PreviewWidget", "Thinned for drawing only, every move is checked: %s") % " · ".join(parts)
        )
        self.drawn_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
    else:
        self.drawn_label.setText(translate("PreviewWidget", "All %s moves drawn.") % number_text(n))
        self.drawn_label.setStyleSheet("")


def show_readouts(self, result: LoadedProgram) -> None:
    r = result.readouts
    if r is None:
        return
    ro = self.readouts
    units = getattr(self, "units", "mm")
    if r.extents:
        e = r.extents
        shown = tuple(fmt_len(e[k], units) for k in ("xmin", "xmax", "ymin", "ymax", "zmin", "zmax"))
        # one axis per line: the readouts sit in the narrow column beside the plot
        if units == "in":
            ro["extents"].setText(translate("PreviewWidget", "X %s … %s in\nY %s … %s in\nZ %s … %s in") % shown)
        else:
            ro["extents"].setText(translate("PreviewWidget", "X %s … %s mm\nY %s … %s mm\nZ %s … %s mm") % shown)
    else:
        ro["extents"].setText(translate("PreviewWidget", "no moves"))
    if units == "in":
        feed, rapid = (to_display(v, "length", "in") for v in (r.feed_length_mm, r.rapid_length_mm))
        ro["lengths"].setText(
            translate("PreviewWidget", "feed %s in · rapid %s in") % (decimal_text(feed, 2), decimal_text(rapid, 2))
        )
    else:
        ro["lengths"].setText(
            translate("PreviewWidget", "feed %s mm · rapid %s mm")
            % (decimal_text(r.feed_length_mm, 1), decimal_text(r.rapid_length_mm, 1))
        )
    if r.cuts is not None and r.passes is not None:
        ro["counts"].setText(translate("PreviewWidget", "%d cuts × %d passes") % (r.cuts, r.passes))
    else:
        ro["counts"].setText(translate("PreviewWidget", "%s cutting moves") % number_text(r.move_counts.get("feed", 0)))
    ro["time"].setText(translate("PreviewWidget", "est. %s") % format_duration(r.estimated_time_s))
    ro["time"].setToolTip(
        translate("PreviewWidget", "Estimated run time, %s s (acceleration included, spin-up dwell included)")
        % r.estimated_time_s
    )
    env = ro["envelope"]
    if r.envelope == "inside":
        env.setText(translate("PreviewWidget", "✔ inside the machine's travel"))
        env.setStyleSheet("color: #1b6e34; font-weight: bold;")
    elif r.envelope == "outside":
        env.setText(
            translate("PreviewWidget", "✖ OUTSIDE the machine's travel: %s moves, first at line %d")
            % (number_text(r.outside_count), r.first_outside_line)
        )
        env.setStyleSheet("color: #ffffff; background: #b71c1c; font-weight: bold; padding: 2px 6px;")
    else:
        env.setText(translate("PreviewWidget", "? travel not checked (no machine profile)"))
        env.setStyleSheet("color: #4a4a78; font-weight: bold;")
    source = (
        translate("PreviewWidget", "from the run's record")
        if r.from_record
        else translate("PreviewWidget", "computed from the moves")
    )
    if result.context.gcode_matches is False:
        source = translate(
            "PreviewWidget", "computed from the moves of this G-code, which does not match the run's record"
        )
    for key in ("extents", "lengths", "counts", "time"):
        ro[key].setToolTip((ro[key].toolTip() + " · " if key == "time" else "") + source)
    if units == "in":
        gcode_mm = translate("PreviewWidget", "the G-code itself is in millimetres (G21)")
        for key in ("extents", "lengths"):
            ro[key].setToolTip(ro[key].toolTip() + " · " + gcode_mm)


# -- sync ------------------------------------------------------------------------------------------
