"""The G-code preview driven through its widgets: what it draws and reads out is checked against the core's
move list and the run artifact (expected values worked out here, from the G-code text and the artifact)."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from rmos_desktop.core.pipeline import SafetyBlocked, rmos_toolpaths
from rmos_desktop.core.toolpaths.moves import FEED, KIND_NAMES, PLUNGE, RAPID, RETRACT
from tests.conftest import load_example

OK_EXAMPLES = ["green-veneer-line", "kerf-array-side-kerfs", "fret-slots-648", "yellow-veneer-fast"]
SHOTS = Path("/tmp/rmos-shots")
WORD = re.compile(r"([A-Z])(-?\d+(?:\.\d+)?)")


# -- helpers: an independent walk over our own G-code (absolute mm, G0/G1 only) ----------------------------
def walk(text: str) -> list[dict]:
    """Every motion line of the program: its line number, kind, start and end (worked out here)."""
    pos: dict[str, float | None] = {"X": None, "Y": None, "Z": None}
    mode = None
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("("):
            continue
        target = {}
        for letter, value in WORD.findall(line):
            if letter == "G" and value in ("0", "1"):
                mode = int(value)
            elif letter in "XYZ":
                target[letter] = float(value)
        if not target:
            continue
        start = dict(pos)
        pos.update(target)
        out.append({"line": n, "mode": mode, "start": start, "end": dict(pos)})
    # where the machine stood before the first move is unknown: each axis takes its first known value
    for axis in "XYZ":
        first = next(m["end"][axis] for m in out if m["end"][axis] is not None)
        for m in out:
            for key in ("start", "end"):
                if m[key][axis] is None:
                    m[key][axis] = first
    for m in out:
        s, e = m["start"], m["end"]
        z_only = s["X"] == e["X"] and s["Y"] == e["Y"]
        if m["mode"] == 0:
            m["kind"] = "retract" if z_only and e["Z"] > s["Z"] else "rapid"
        else:
            m["kind"] = "plunge" if z_only and e["Z"] < s["Z"] else "feed"
    return out


def curve_segments(curve) -> set:
    xs, ys = curve.getData()
    if xs is None:
        return set()
    out = set()
    for i in range(len(xs) - 1):
        if not (math.isnan(xs[i]) or math.isnan(xs[i + 1])):
            out.add(frozenset({(float(xs[i]), float(ys[i])), (float(xs[i + 1]), float(ys[i + 1]))}))
    return out


def fmt(value: float) -> str:
    return f"{value:.3f}".replace("-", "−")


def hms(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


@pytest.fixture
def preview(qtbot):
    from rmos_desktop.gui.preview import PreviewWidget
    from rmos_desktop.gui.tasks import TaskRunner

    runner = TaskRunner()
    widget = PreviewWidget(runner)
    qtbot.addWidget(widget)
    widget.resize(1500, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    runner.wait_all(10000)


def loaded(preview, qtbot, start, timeout=15000):
    with qtbot.waitSignal(preview.sig_loaded, timeout=timeout) as blocker:
        start()
    qtbot.waitUntil(lambda: not preview.loading, timeout=timeout)
    return blocker.args[0]


def run_example(services, name: str) -> dict:
    return rmos_toolpaths(load_example(name), recorder=services.recorder, catalog=services.catalog)


def artifact_of(payload: dict) -> dict:
    return json.loads(Path(payload["_run_artifact_path"]).read_text(encoding="utf-8"))


# -- what is drawn and read out ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", OK_EXAMPLES)
def test_example_preview_counts_draws_and_reads_out_like_the_core(preview, qtbot, services, name):
    payload = run_example(services, name)
    result = loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    moves = payload["_move_list"]
    counts = Counter(KIND_NAMES[k] for k in moves.kind)
    for kind, box in preview.legend.kind_boxes.items():
        assert box.text().endswith(f"· {counts[KIND_NAMES[kind]]:,}")

    walked = walk(payload["gcode_text"])
    assert [(m["line"], m["kind"]) for m in walked] == [
        (ln, KIND_NAMES[k]) for ln, k in zip(moves.line, moves.kind, strict=True)
    ]
    for view, (ua, va) in (("top", ("X", "Y")), ("side", ("X", "Z"))):
        plot = preview.plots[view]
        for kind in (RAPID, PLUNGE, FEED, RETRACT):
            mine = [m for m in walked if m["kind"] == KIND_NAMES[kind]]
            segs = {frozenset({(m["start"][ua], m["start"][va]), (m["end"][ua], m["end"][va])}) for m in mine}
            lines = {s for s in segs if len(s) == 2}
            points = {next(iter(s)) for s in segs if len(s) == 1}
            assert curve_segments(plot.curves[kind]) == lines, (view, KIND_NAMES[kind])
            xs, ys = plot.markers[kind].getData()
            assert set(zip(xs.tolist(), ys.tolist(), strict=True)) == points
    assert preview.drawn_label.text() == f"All {len(moves):,} moves drawn."

    record = artifact_of(payload)["outputs"]["toolpaths"]
    e = record["extents"]
    ro = {k: label.text() for k, label in preview.readouts.items()}
    assert ro["extents"] == (
        f"X {fmt(e['xmin'])} … {fmt(e['xmax'])} mm\nY {fmt(e['ymin'])} … {fmt(e['ymax'])} mm\n"
        f"Z {fmt(e['zmin'])} … {fmt(e['zmax'])} mm"
    )
    assert ro["lengths"] == f"feed {record['feed_length_mm']:,.1f} mm · rapid {record['rapid_length_mm']:,.1f} mm"
    assert ro["counts"] == f"{record['cuts']} cuts × {record['passes']} passes"
    assert ro["time"] == f"est. {hms(record['estimated_time_s'])}"
    assert ro["envelope"] == "✔ inside the machine's travel"
    assert record["move_counts"] == dict(counts) | {k: counts.get(k, 0) for k in KIND_NAMES}

    # The readouts above come from the record; the preview's own numbers, worked out from the moves it draws
    # (as generated, and as read back from the stored G-code by the core parser), must be the same.
    from rmos_desktop.gui.preview.loading import load_run

    reread = load_run(services.recorder.store, payload["_run_id"])
    assert reread.parsed and reread.context.gcode_matches is True
    for own in (result.data.stats, reread.data.stats):
        assert own.extents == pytest.approx(e, abs=5e-4)
        assert own.feed_length_mm == pytest.approx(record["feed_length_mm"], abs=5e-4)
        assert own.rapid_length_mm == pytest.approx(record["rapid_length_mm"], abs=5e-4)
        assert own.estimated_time_s == pytest.approx(record["estimated_time_s"], abs=0.05)
        assert own.counts == record["move_counts"]


def test_clicking_a_line_highlights_its_segment_and_clicking_a_segment_selects_its_line(preview, qtbot, services):
    payload = run_example(services, "kerf-array-side-kerfs")
    loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    walked = walk(payload["gcode_text"])
    feeds = [m for m in walked if m["kind"] == "feed"]
    target = feeds[7]  # the 8th cut pass

    # text → plot: click the row of line N
    text = preview.text
    index = text.line_model.index(target["line"] - 1)
    text.scrollTo(index)
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=text.visualRect(index).center())
    assert text.current_line() == target["line"]
    s, e = target["start"], target["end"]
    for view, (ua, va) in (("top", ("X", "Y")), ("side", ("X", "Z"))):
        highlighted = curve_segments(preview.plots[view].highlight_item)
        assert highlighted == {frozenset({(s[ua], s[va]), (e[ua], e[va])})}
        px, py = preview.plots[view].position_item.getData()
        assert (px[0], py[0]) == (e[ua], e[va])
    assert f"line {target['line']} · feed" in preview.move_label.text()

    # plot → text: click the middle of another cut in the top view
    other = feeds[16]
    u = (other["start"]["X"] + other["end"]["X"]) / 2
    v = other["start"]["Y"]
    first_at_y = next(m for m in feeds if m["start"]["Y"] == v)  # passes overlap: the first pass's line
    plot = preview.plots["top"]
    pos = plot.view_to_widget(u, v)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(pos.x()), round(pos.y())))
    assert text.current_line() == first_at_y["line"] != target["line"]
    # a click far from every move changes nothing
    far = plot.view_to_widget(-60.0, 0.0)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(far.x()), round(far.y())))
    assert text.current_line() == first_at_y["line"]


def test_slider_and_step_buttons_walk_move_by_move(preview, qtbot, services):
    payload = run_example(services, "green-veneer-line")
    loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    walked = walk(payload["gcode_text"])
    preview.step_buttons["first"].click()
    assert preview.current_move == 0 and preview.text.current_line() == walked[0]["line"]
    for i in range(1, 4):
        preview.step_buttons["forward"].click()
        assert preview.current_move == i and preview.text.current_line() == walked[i]["line"]
        assert preview.slider.value() == i
    preview.step_buttons["back"].click()
    assert preview.text.current_line() == walked[2]["line"]
    preview.slider.setValue(len(walked) - 1)
    assert preview.text.current_line() == walked[-1]["line"]
    end = walked[-1]["end"]
    px, py = preview.plots["side"].position_item.getData()
    assert (px[0], py[0]) == (end["X"], end["Z"])
    preview.step_buttons["forward"].click()  # already at the end: stays
    assert preview.current_move == len(walked) - 1


def test_find_and_go_to_line(preview, qtbot, services):
    payload = run_example(services, "kerf-array-side-kerfs")
    loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    lines = payload["gcode_text"].splitlines()
    bar = preview.find_bar
    bar.find_edit.setText("y44.000")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    first = next(n for n, ln in enumerate(lines, 1) if "Y44.000" in ln)
    assert preview.text.current_line() == first
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    second = next(n for n, ln in enumerate(lines, 1) if "Y44.000" in ln and n > first)
    assert preview.text.current_line() == second
    assert f"{sum('Y44.000' in ln for ln in lines)} matches" in bar.status.text()
    bar.find_edit.setText("no such thing")
    assert bar.find_next() is None and bar.status.text() == "not found"
    bar.goto_edit.setText("12")
    qtbot.keyClick(bar.goto_edit, Qt.Key.Key_Return)
    assert preview.text.current_line() == 12
    assert preview.move_label.text().startswith(("move", "line 12"))


def test_the_text_model_passes_the_model_tester(preview, qtbot, services, qtmodeltester):
    payload = run_example(services, "green-veneer-line")
    loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    qtmodeltester.check(preview.text.line_model)
    model = preview.text.line_model
    assert [model.data(model.index(i)) for i in range(model.rowCount())] == payload["gcode_text"].splitlines()


def test_thinned_drawing_says_how_much_is_shown(preview, qtbot, services):
    from rmos_desktop.gui.preview.loading import ProgramContext, load_text

    lines = ["G21 G90", "G0 X0 Y0 Z5", "G1 Z-1 F300"]
    for i in range(400):
        lines.append(f"G1 X{(i % 2) * 50}.000 Y{i * 0.5:.3f}")  # a zig-zag: 400 distinct feed segments
    text = "\n".join(lines) + "\n"
    result = load_text(text, None, ProgramContext(title="zig-zag", source="file"), max_drawn={FEED: 100})
    with qtbot.waitSignal(preview.sig_loaded):
        preview.show_loaded(result)
    plot = preview.plots["top"]
    segments = len(curve_segments(plot.curves[FEED]))
    points = sum(len(plot.markers[k].getData()[0]) for k in (RAPID, PLUNGE, FEED, RETRACT))
    assert segments <= 100 and points == 3  # the first rapid, the plunge and the first (zero-length) feed
    note = preview.drawn_label.text()
    moves = len(lines) - 1  # every line but the first moves
    assert f"showing {segments + points:,} of {moves:,} segments" in note and "every move is checked" in note
    assert preview.readouts["envelope"].text().startswith("? travel not checked")


def test_a_capped_kerf_footprint_and_capped_outside_marks_are_said(preview, qtbot, services, monkeypatch):
    """The footprint and the outside-travel marks have their own caps: when they bite, the view says so."""
    from rmos_desktop.gui.preview import render as widget_module
    from rmos_desktop.gui.preview.loading import ProgramContext, load_text

    machine = services.catalog.machine("default")
    blade = services.catalog.blade("saw:ultra_thin_140")
    lines = ["G21 G90", "G0 Z5.000"]
    cuts = 12
    for i in range(cuts):  # 12 distinct cuts below the top surface, one pass each
        lines += [f"G0 X20.000 Y{10 + 5 * i}.000", "G1 Z-1.500 F600", "G1 X170.000 F6000", "G0 Z5.000"]
    lines += ["G0 X1300.000 Y10.000", "G0 X1310.000", "G0 X1320.000", "G0 X1330.000", "G0 X1340.000"]
    text = "\n".join(lines) + "\n"
    x_max = machine.travel_x_mm.max
    outside = sum(m["end"]["X"] > x_max for m in walk(text))
    assert outside == 5

    monkeypatch.setattr(widget_module, "MAX_OUTSIDE_MARKS", 3)
    context = ProgramContext(title="capped", source="file", machine=machine, blade=blade)
    result = load_text(text, None, context, max_footprints=5)
    with qtbot.waitSignal(preview.sig_loaded):
        preview.show_loaded(result)
    note = preview.drawn_label.text()
    assert note.startswith("Thinned for drawing only, every move is checked: ")
    assert f"kerf footprint showing 5 of {cuts} cutting moves" in note
    assert f"outside-travel marks on 3 of {outside} moves" in note
    assert "segments" not in note  # the toolpath itself is drawn whole
    outlines = preview.plots["top"].footprint_item.path().toSubpathPolygons()
    assert len(outlines) == 5
    xs, _ys = preview.plots["top"].outside_item.getData()
    assert len(xs) == 3

    # under the caps, nothing is said
    result = load_text(text, None, context, max_footprints=cuts)
    monkeypatch.setattr(widget_module, "MAX_OUTSIDE_MARKS", outside)
    with qtbot.waitSignal(preview.sig_loaded):
        preview.show_loaded(result)
    assert preview.drawn_label.text() == f"All {len(walk(text)):,} moves drawn."
    assert len(preview.plots["top"].footprint_item.path().toSubpathPolygons()) == cuts


def trapezoid_time(length: float, feed_mm_min: float, accel: float) -> float:
    """One move's time at `accel` mm/s² up to the feed and back down (a triangle when it is too short)."""
    v = feed_mm_min / 60.0
    if length == 0:
        return 0.0
    return length / v + v / accel if length >= v * v / accel else 2.0 * math.sqrt(length / accel)


def test_file_readouts_are_worked_out_from_its_moves(preview, qtbot, tmp_path):
    path = tmp_path / "hand.nc"
    path.write_text(
        "G21 G90\n"
        "G0 X10 Y20 Z5\n"  # the first move: from where it ends (the start is unknown), length 0
        "G1 Z-2 F300\n"  # plunge 7 mm
        "G1 X110 F1200\n"  # feed 100 mm
        "G1 Y50\n"  # feed 30 mm
        "G0 Z5\n"  # retract 7 mm
        "G0 X0 Y0\n"  # rapid, hypot(110, 50)
        "M30\n"
    )
    result = loaded(preview, qtbot, lambda: preview.open_file(path, None))
    feed = 7 + 100 + 30
    rapid = 7 + math.hypot(110, 50)
    ro = {k: label.text() for k, label in preview.readouts.items()}
    assert ro["extents"] == "X 0.000 … 110.000 mm\nY 0.000 … 50.000 mm\nZ −2.000 … 5.000 mm"
    assert ro["lengths"] == f"feed {feed:,.1f} mm · rapid {rapid:,.1f} mm" == "feed 137.0 mm · rapid 127.8 mm"
    assert ro["counts"] == "2 cutting moves"
    rapid_feed = 20000.0  # no machine: the parser's default rapid rate; acceleration 500 mm/s²
    seconds = sum(
        trapezoid_time(length, f, 500.0)
        for length, f in ((7, 300), (100, 1200), (30, 1200), (7, rapid_feed), (math.hypot(110, 50), rapid_feed))
    )
    assert ro["time"] == f"est. {hms(seconds)}"
    assert result.readouts.estimated_time_s == pytest.approx(seconds, abs=0.05)
    assert not result.readouts.from_record and "computed from the moves" in preview.readouts["extents"].toolTip()


# -- files from disk and stored runs, through the main window -------------------------------------------------
def test_a_program_outside_the_envelope_is_flagged(window, qtbot, tmp_path):
    path = tmp_path / "outside.nc"
    path.write_text("G21 G90\nG0 X10 Y10 Z5\nG0 X1500 Y10\nG1 Z-1 F100\nG1 X1600 F500\nG0 Z5\nM30\n")
    preview = window.preview
    loaded(preview, qtbot, lambda: window.open_gcode_file(path))
    env = preview.readouts["envelope"].text()
    assert env == "✖ OUTSIDE the machine's travel: 4 moves, first at line 3"  # X 1500/1600 > 1200
    xs, ys = preview.plots["top"].outside_item.getData()
    assert sorted(zip(xs.tolist(), ys.tolist(), strict=True)) == [(1500, 10), (1500, 10), (1600, 10), (1600, 10)]
    assert window.preview_tabs.currentWidget() is window.preview_page


def test_a_foreign_file_lists_the_lines_it_does_not_understand(window, qtbot, tmp_path):
    path = tmp_path / "foreign.gcode"
    path.write_bytes(b"G21 G90\nG0 X0 Y0 Z5\nG28\nM8 (coolant \xb0)\nG1 Z-1 F100\nG1 X10 Q3\nG1 X20\n")
    preview = window.preview
    result = loaded(preview, qtbot, lambda: window.open_gcode_file(path))
    items = [preview.problem_list.item(i).text() for i in range(preview.problem_list.count())]
    assert [i.split(":")[0] for i in items] == ["line 3", "line 4", "line 6"]
    assert "G28" in items[0] and "M8" in items[1] and "Q3" in items[2]
    assert preview.problem_label.text().startswith("⚠ 3 lines were not understood")
    assert "Latin-1" in preview.title_label.text()
    assert result.data.moves.x[-1] == 20.0
    preview.problem_list.itemClicked.emit(preview.problem_list.item(2))
    assert preview.text.current_line() == 6


def test_an_unreadable_file_is_reported_not_raised(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.preview.sig_load_failed, timeout=10000) as blocker:
        window.open_gcode_file(tmp_path / "missing.nc")
    assert "Could not show" in blocker.args[0] and "missing.nc" in blocker.args[0]
    assert window.preview.loaded is None


def test_open_run_shows_a_stored_run_read_only(window, qtbot, services):
    payload = run_example(services, "fret-slots-648")
    art = artifact_of(payload)
    preview = window.preview
    result = loaded(preview, qtbot, lambda: window.open_run(payload["_run_id"]))
    assert result.parsed and result.readouts.from_record and result.problem_count == 0
    assert result.data.text == art["outputs"]["gcode_text"]
    assert result.data.moves.same_moves(payload["_move_list"])  # read back from the store: the same moves
    assert "matches the run's recorded SHA-256" in preview.title_label.text()
    e = art["outputs"]["toolpaths"]["extents"]
    assert preview.readouts["extents"].text().startswith(f"X {fmt(e['xmin'])} … {fmt(e['xmax'])}")
    assert window.preview_tabs.currentWidget() is window.preview_page


@pytest.mark.parametrize("where", ["inline", "sidecar"])
def test_a_run_whose_gcode_was_changed_reads_out_the_changed_moves(window, qtbot, services, monkeypatch, where):
    """A stored run's G-code edited after the run: the view says it does not match the recorded hash, and
    every readout comes from the moves parsed out of the G-code as it is now, never from the record."""
    import os
    import stat

    from rmos_desktop.core import pipeline

    if where == "sidecar":
        monkeypatch.setattr(pipeline, "INLINE_GCODE_LIMIT", 0)
    payload = run_example(services, "green-veneer-line")
    artifact_path = Path(payload["_run_artifact_path"])
    art = artifact_of(payload)
    record = art["outputs"]["toolpaths"]
    original = payload["gcode_text"]
    tampered = original.replace("G1 X287.390 Y10.000 F5000", "G1 X327.390 Y12.000 F5000")
    assert tampered != original
    if where == "sidecar":
        target = artifact_path.parent / art["outputs"]["gcode_path"]
        assert art["outputs"]["gcode_text"] is None and target.read_text(encoding="utf-8") == original
        new_bytes = tampered.encode("utf-8")
    else:
        target = artifact_path
        assert art["outputs"]["gcode_text"] == original
        art["outputs"]["gcode_text"] = tampered
        new_bytes = json.dumps(art, indent=2).encode("utf-8")
    os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)  # artifacts and sidecars are written read-only
    target.write_bytes(new_bytes)

    preview = window.preview
    result = loaded(preview, qtbot, lambda: window.open_run(payload["_run_id"]))
    assert result.data.text == tampered and result.context.gcode_matches is False
    assert "does NOT match the run's recorded SHA-256" in preview.title_label.text()
    # the one-line title elides; the warning is also on the plot in full, drawn as a warning
    note = preview.plot_note
    assert note.isVisible() and "does NOT match the run's recorded SHA-256" in note.text()
    assert note.property("kind") == "warning" and note.height() >= note.heightForWidth(note.width())
    assert not result.readouts.from_record

    walked = walk(tampered)  # worked out here from the changed text
    ends = [m["end"] for m in walked]
    lo = {a: min(p[a] for p in ends) for a in "XYZ"}
    hi = {a: max(p[a] for p in ends) for a in "XYZ"}
    assert (hi["X"], hi["Y"]) == (327.39, 12.0) != (record["extents"]["xmax"], record["extents"]["ymax"])

    def length(m):
        return math.dist([m["start"][a] for a in "XYZ"], [m["end"][a] for a in "XYZ"])

    feed = sum(length(m) for m in walked if m["kind"] in ("feed", "plunge"))
    rapid = sum(length(m) for m in walked if m["kind"] in ("rapid", "retract"))
    ro = {k: label.text() for k, label in preview.readouts.items()}
    assert ro["extents"] == (
        f"X {fmt(lo['X'])} … {fmt(hi['X'])} mm\nY {fmt(lo['Y'])} … {fmt(hi['Y'])} mm\n"
        f"Z {fmt(lo['Z'])} … {fmt(hi['Z'])} mm"
    )
    assert ro["lengths"] == f"feed {feed:,.1f} mm · rapid {rapid:,.1f} mm"
    assert f"{feed:,.1f}" != f"{record['feed_length_mm']:,.1f}"
    feeds = sum(m["kind"] == "feed" for m in walked)
    assert ro["counts"] == f"{feeds} cutting moves"  # not the record's "cuts × passes"
    assert result.readouts.estimated_time_s == result.data.stats.estimated_time_s
    tip = preview.readouts["lengths"].toolTip()
    assert "computed from the moves" in tip and "does not match the run's record" in tip


def test_open_run_of_a_blocked_run_or_an_unknown_id_says_so(window, qtbot, services):
    with pytest.raises(SafetyBlocked) as blocked:
        run_example(services, "red-kerfcut-overspeed")
    run_id = blocked.value.detail["run_id"]
    result = loaded(window.preview, qtbot, lambda: window.open_run(run_id))
    assert result.data is None and "BLOCKED: no G-code was produced" in window.preview.title_label.text()
    assert "BLOCKED: no G-code was produced" in window.preview.plot_note.text()
    with qtbot.waitSignal(window.preview.sig_load_failed, timeout=10000) as failed:
        window.open_run("0" * 32)
    assert "is not in" in failed.args[0]
    with qtbot.waitSignal(window.preview.sig_load_failed, timeout=10000) as bad:
        window.open_run("../etc/passwd")
    assert "Could not show" in bad.args[0]


def test_loading_runs_off_the_gui_thread_with_progress(preview, qtbot, tmp_path):
    from PySide6.QtCore import QTimer

    lines = ["G21 G90", "G0 X0 Y0 Z5", "S9000 M3"]
    for i in range(30_000):
        lines += [f"G0 X10.000 Y{i * 0.01:.3f}", "G1 Z-1.000 F600", f"G1 X300.000 Y{i * 0.01:.3f} F6000", "G0 Z5.000"]
    path = tmp_path / "big.nc"
    path.write_text("\n".join(lines) + "\n")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(preview.loading))
    timer.start(5)
    progress = []
    with qtbot.waitSignal(preview.sig_loaded, timeout=30000):
        handle = preview.open_file(path, None)
        handle.sig_progress.connect(lambda done, total: progress.append(done))
        assert preview.loading and preview.progress.isVisible() and preview.cancel_button.isVisible()
    timer.stop()
    assert True in ticks  # the GUI thread kept running while the program loaded
    assert progress and progress[-1] == 1000 and not preview.progress.isVisible()
    assert preview.move_count() == 1 + 4 * 30_000


def test_a_new_load_cancels_the_one_running(preview, qtbot, services):
    payload = run_example(services, "green-veneer-line")
    store = services.recorder.store
    first = preview.open_payload(store, payload)
    with qtbot.waitSignal(preview.sig_loaded, timeout=10000) as blocker:
        preview.open_run(store, payload["_run_id"])
    assert first.cancelled and blocker.args[0].context.source == "run"


# -- the picture -----------------------------------------------------------------------------------------------
def test_screenshot_of_a_kerf_array_preview(preview, qtbot, services, tmp_path):
    payload = run_example(services, "kerf-array-side-kerfs")
    loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    feed_line = next(m["line"] for m in walk(payload["gcode_text"]) if m["kind"] == "feed")
    preview.select_line(feed_line + 8)
    qtbot.wait(50)  # let the layout follow the new texts, as the event loop does on screen
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = preview.grab()
    for folder in (SHOTS, tmp_path):
        assert image.save(str(folder / "preview-kerf-array.png"))
    preview.view_tabs.setCurrentIndex(1)
    qtbot.wait(20)
    assert preview.grab().save(str(SHOTS / "preview-kerf-array-side.png"))
    assert (tmp_path / "preview-kerf-array.png").stat().st_size > 20_000
    # the picture has the colours the legend promises (feeds blue, plunges orange, rapids grey)
    rgb = {(c.red(), c.green(), c.blue()) for c in (image.toImage().pixelColor(x, y) for x, y in _grid(image))}
    for colour in ("#0b57d0", "#e66100"):
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert any(abs(r - p[0]) + abs(g - p[1]) + abs(b - p[2]) < 30 for p in rgb), colour


def _grid(image):
    w, h = image.width(), image.height()
    return ((x, y) for x in range(0, w, 2) for y in range(0, h, 2))


def test_the_preview_never_holds_a_widget_per_line(preview, qtbot, services):
    payload = run_example(services, "kerf-array-side-kerfs")
    loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    import pyqtgraph as pg

    items = preview.plots["top"].getPlotItem().items
    # four kinds + the selection + the blade disc and its overrun (side view only, empty in the top view)
    assert sum(isinstance(i, pg.PlotCurveItem) for i in items) == 7
    assert np.isnan(preview.plots["top"].curves[FEED].getData()[0]).sum() > 0  # one NaN-broken curve


def test_the_main_window_builds_its_preview_just_after_it_shows(window, qtbot):
    qtbot.waitUntil(lambda: window._preview is not None, timeout=5000)
    assert window.preview.parent() is window.preview_page
    assert window.preview_tabs.indexOf(window.preview_page) >= 0


def test_a_window_closed_before_the_preview_is_built_gets_none(qtbot, services):
    """A window closed within the build delay (waiting for deletion) must not have plot widgets built into
    it: they were left half-alive, and the next stylesheet change crashed the process while re-polishing."""
    from rmos_desktop.gui.main_window import PREVIEW_BUILD_DELAY_MS, MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    w.close()
    qtbot.wait(PREVIEW_BUILD_DELAY_MS + 200)
    assert w._preview is None


def test_ctrl_f_and_ctrl_g_reach_find_and_go_to_line(preview, qtbot, services):
    payload = run_example(services, "green-veneer-line")
    loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow, timeout=3000)
    preview.text.setFocus()
    qtbot.keyClick(preview.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert preview.find_bar.find_edit.hasFocus()
    qtbot.keyClick(preview.find_bar.find_edit, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert preview.find_bar.goto_edit.hasFocus()
    qtbot.keyClicks(preview.find_bar.goto_edit, "5")
    qtbot.keyClick(preview.find_bar.goto_edit, Qt.Key.Key_Return)
    assert preview.text.current_line() == 5


def test_the_legend_names_the_kerf_footprint_only_where_it_is_drawn(preview, qtbot, services):
    payload = run_example(services, "kerf-array-side-kerfs")
    loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    swatch, label = preview.legend.overlay_rows["footprint"]
    assert preview.view_tabs.currentIndex() == 0 and label.isVisible() and swatch.isVisible()
    preview.view_tabs.setCurrentIndex(1)  # side view: the footprint is a top-surface outline, not drawn here
    assert not label.isVisible() and not swatch.isVisible()
    preview.view_tabs.setCurrentIndex(0)
    assert label.isVisible()


# -- saw facts: the blade in the side view, the positions a luthier checks -------------------------------------
def test_the_side_view_draws_the_blade_at_the_first_cut_with_its_overrun(preview, qtbot, services):
    payload = run_example(services, "kerf-array-side-kerfs")
    loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    blade = services.catalog.blade(load_example("kerf-array-side-kerfs")["tool_id"])
    r = blade.diameter_mm / 2
    first = next(m for m in walk(payload["gcode_text"]) if m["kind"] == "feed")  # the first cut, along X
    depth = -first["end"]["Z"]
    reach = math.sqrt(2 * r * depth - depth * depth)  # the disc's chord at the top surface, worked out here
    xs, zs = preview.plots["side"].blade_item.getData()
    discs = np.split(np.column_stack((xs, zs)), np.flatnonzero(np.isnan(xs)))
    discs = [d[~np.isnan(d[:, 0])] for d in discs if (~np.isnan(d[:, 0])).any()]
    assert len(discs) == 2
    for disc, cx in zip(discs, (first["start"]["X"], first["end"]["X"]), strict=True):
        centre_z = first["end"]["Z"] + r  # the lowest point of the disc at the cut depth
        assert np.allclose(np.hypot(disc[:, 0] - cx, disc[:, 1] - centre_z), r)
    ox, oz = preview.plots["side"].overrun_item.getData()
    ends = ox[~np.isnan(ox)]
    lo, hi = min(first["start"]["X"], first["end"]["X"]), max(first["start"]["X"], first["end"]["X"])
    assert ends.tolist() == pytest.approx([lo - reach, lo, hi, hi + reach])
    assert set(oz[~np.isnan(oz)].tolist()) == {0.0}
    assert preview.plots["top"].blade_item.getData()[0] is None or not len(preview.plots["top"].blade_item.getData()[0])
    preview.view_tabs.setCurrentIndex(1)
    assert preview.legend.overlay_rows["blade"][1].isVisibleTo(preview.legend)
    preview.view_tabs.setCurrentIndex(0)
    assert not preview.legend.overlay_rows["blade"][1].isVisibleTo(preview.legend)


def test_kerf_positions_are_listed_where_a_ruler_finds_them(preview, qtbot, services):
    raw = load_example("kerf-array-side-kerfs")
    payload = run_example(services, "kerf-array-side-kerfs")
    loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    table = preview.positions
    cut = raw["cut"]
    assert table.rowCount() == cut["count"]
    for n in range(cut["count"]):
        row = [table.item(n, c).text() for c in range(5)]
        # each kerf at the top surface runs from x to x + length, one pitch further along Y
        assert row[:4] == [
            str(n + 1),
            fmt(cut["x_mm"]),
            fmt(cut["x_mm"] + cut["length_mm"]),
            fmt(cut["y_mm"] + n * cut["pitch_mm"]),
        ]
    table.cellClicked.emit(4, 0)
    assert preview.text.current_line() == int(table.item(4, 4).text())


def test_fret_slots_list_the_distance_from_the_nut(preview, qtbot, services):
    raw = load_example("fret-slots-648")
    payload = run_example(services, "fret-slots-648")
    loaded(preview, qtbot, lambda: preview.open_payload(services.recorder.store, payload))
    table = preview.positions
    cut = raw["cut"]
    assert table.rowCount() == cut["frets"]
    assert table.horizontalHeaderItem(4).text() == "from the nut (mm)"
    for n in range(1, cut["frets"] + 1):
        expected = cut["scale_length_mm"] * (1 - 2 ** (-n / 12))  # the rule of 18 (equal temperament)
        assert float(table.item(n - 1, 4).text().replace("−", "-")) == pytest.approx(expected, abs=0.0015)
        assert float(table.item(n - 1, 3).text()) == pytest.approx(cut["y_mm"] + expected, abs=0.0015)
