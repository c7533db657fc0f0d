"""The Run history window: the lazy model passes the model tester; a supervisor filters to BLOCKED,
opens one, records a review and the counter drops; compare, preview signal, archived runs."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths
from rmos_desktop.core.runs.index import RunQuery
from rmos_desktop.gui.history import HistoryWindow
from rmos_desktop.gui.history.model import COL_STATUS, HistoryModel
from rmos_desktop.gui.tasks import TaskRunner
from tests.conftest import load_example
from tests.core.test_index import add_runs, mixed_specs

SHOTS = Path(os.environ.get("RMOS_SHOTS", "/tmp/rmos-shots"))


def generate(services, catalog, raw: dict, operator: str = "Dana") -> str:
    try:
        return rmos_toolpaths(raw, recorder=services.recorder, catalog=catalog, operator=operator)["_run_id"]
    except PipelineOutcome as outcome:
        return outcome.detail["run_id"]


@pytest.fixture
def shop(services, catalog):
    """A morning at the saw: OK runs, two BLOCKED attempts and an ERROR, through the real pipeline."""
    green = load_example("green-veneer-line")
    ids = {
        "ok1": generate(services, catalog, {**green, "order_ref": "2231"}),
        "blocked1": generate(services, catalog, {**green, "rpm": 20000, "order_ref": "2231"}),
        "ok2": generate(services, catalog, {**green, "rpm": 7000, "order_ref": "2231"}, operator="Lee"),
        "blocked2": generate(
            services, catalog, {**green, "feed_mm_min": 60000, "job_name": "Bridge slots"}, operator="Lee"
        ),
    }
    (error,) = add_runs(services.recorder, [{"created": datetime.now(UTC), "status": "ERROR", "job_name": "Neck"}])
    ids["error"] = error.run_id
    return ids


def open_history(qtbot, services) -> HistoryWindow:
    w = HistoryWindow(services, TaskRunner())
    w.tasks.setParent(w)
    qtbot.addWidget(w)
    w.resize(1700, 950)
    w.show()
    if not services.index.is_ready or w.model.rowCount() == 0:
        qtbot.waitUntil(lambda: w.model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: not w._reconciling, timeout=10000)
    return w


def listed_statuses(w: HistoryWindow) -> list[str]:
    return [w.model.row_at(i).status for i in range(w.model.rowCount())]


def test_history_model_passes_the_model_tester(qtmodeltester, services):
    add_runs(services.recorder, mixed_specs(45))
    services.reconcile_index()
    model = HistoryModel(services.index, page_size=20)
    model.set_query(RunQuery())
    assert model.rowCount() == 20 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 45 and len({model.row_at(i).run_id for i in range(45)}) == 45
    qtmodeltester.check(model)
    model.set_query(RunQuery(status=("BLOCKED",)))
    qtmodeltester.check(model)
    assert model.rowCount() == 15


def test_filter_to_blocked_open_review_and_the_counter_drops(qtbot, services, catalog, shop):
    runs_dir = services.runs_dir
    w = open_history(qtbot, services)
    assert w.model.rowCount() == 5
    assert w.counter.text() == "2 blocked run(s) awaiting review ▸"
    assert w.model.data(w.model.index(0, COL_STATUS)).endswith("ERROR")  # newest first, the word is shown

    with qtbot.waitSignal(w.sig_refreshed):
        w.chips["BLOCKED"].click()
    assert listed_statuses(w) == ["BLOCKED", "BLOCKED"]

    assert w.select_run(shop["blocked1"])
    assert w.detail is not None and w.detail.row.run_id == shop["blocked1"]
    html = w.detail_view.toHtml()
    assert "blade speed" in html and "Why it was blocked" in html and "awaits review" in html
    assert not w.export_button.isEnabled()  # only OK runs go to USB
    artifact = next(runs_dir.glob(f"20*/{shop['blocked1']}.json"))
    before = hashlib.sha256(artifact.read_bytes()).hexdigest()

    dialog = w.start_review()
    assert dialog.reviewer.text() == "Dana"  # the workstation's operator, editable
    dialog.reviewer.setText("Sam (supervisor)")
    dialog.disposition.setCurrentIndex(dialog.disposition.findData("false_positive"))
    dialog.note.setPlainText("Typo: 2000 rpm was meant")
    with qtbot.waitSignal(w.sig_reviewed, timeout=10000) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert blocker.args == [shop["blocked1"]]
    assert w.counter.text() == "1 blocked run(s) awaiting review ▸"
    assert hashlib.sha256(artifact.read_bytes()).hexdigest() == before
    (review_file,) = (runs_dir / "records" / "reviews").rglob("*.json")
    review = json.loads(review_file.read_text())
    assert review["reviewer"] == "Sam (supervisor)" and review["disposition"] == "false_positive"
    assert review["artifact_sha256"] == before
    # the selection stays on the reviewed run and its detail shows the review
    assert w.detail.row.run_id == shop["blocked1"] and "Sam (supervisor)" in w.detail_view.toHtml()

    with qtbot.waitSignal(w.sig_refreshed):
        w.unreviewed_first.click()
    assert w.model.row_at(0).run_id == shop["blocked2"]  # the one still awaiting review comes first


def test_compare_open_in_preview_report_and_text_search(qtbot, services, catalog, shop, tmp_path):
    w = open_history(qtbot, services)
    assert w.select_run(shop["blocked1"])
    dialog = w.compare_with(shop["ok1"])
    fields = {(d.section, d.field): (d.a, d.b) for d in dialog.differences if d.changed}
    assert fields[("request", "rpm")] == ("20000", "6000")
    assert fields[("run", "status")] == ("BLOCKED", "OK")
    assert ("decision", "risk level") in fields and ("feasibility", "blade speed") in fields
    assert dialog.table.rowCount() == sum(d.changed for d in dialog.differences)
    dialog.close()

    with qtbot.waitSignal(w.sig_open_run) as blocker:
        w.select_run(shop["ok2"])
        w.open_button.click()
    assert blocker.args == [shop["ok2"]]
    assert w.export_button.isEnabled()

    pdf = w.export_report(tmp_path / "report.pdf")  # what Export run report… writes
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")

    w.search.setText("bridge")
    qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=3000)
    assert w.model.row_at(0).run_id == shop["blocked2"]
    w.search.clear()
    w.tool.setCurrentIndex(w.tool.findData("saw:"))
    qtbot.waitUntil(lambda: w.model.rowCount() == 5, timeout=3000)


def test_open_gcode_file_emits_the_sidecar_path(qtbot, services):
    (big,) = add_runs(services.recorder, [{"created": datetime.now(UTC), "sidecar": True}])
    (small,) = add_runs(services.recorder, [{"created": datetime.now(UTC)}])
    w = open_history(qtbot, services)
    w.select_run(small.run_id)
    assert not w.gcode_button.isEnabled()  # embedded G-code: Open in preview shows it
    w.select_run(big.run_id)
    assert w.gcode_button.isEnabled()
    got = []
    w.sig_open_gcode_file.connect(got.append)
    w.gcode_button.click()
    assert got == [str(services.runs_dir / big.day / f"{big.run_id}.nc")]


def test_archived_run_is_listed_and_read_from_the_archive(qtbot, services, tmp_path):
    from rmos_desktop.core.runs.archive import archive_runs

    old = add_runs(services.recorder, mixed_specs(3, start=datetime(2026, 1, 5, 9, tzinfo=UTC)))
    add_runs(services.recorder, mixed_specs(1, start=datetime.now(UTC) - timedelta(minutes=5)))
    dest = tmp_path / "archive"
    dest.mkdir()
    result = archive_runs(services.recorder, date(2026, 2, 1), dest, now=datetime(2026, 3, 1, tzinfo=UTC))
    w = open_history(qtbot, services)
    assert w.model.rowCount() == 4
    assert w.select_run(old[0].run_id)
    assert w.read_archive_button.isVisible() and w.detail is None
    assert Path(result.archive_path).name in w.detail_view.toPlainText()
    with qtbot.waitSignal(w.sig_detail_shown, timeout=10000):
        w.read_archive_button.click()
    assert w.detail.from_archive and "read from the archive" in w.detail_view.toPlainText()
    assert not w.open_button.isEnabled() and w.review_button.isEnabled()


def test_history_screenshot(qtbot, services, catalog, shop):
    """Saved for a person to look at (README and supervisor review of the layout)."""
    w = open_history(qtbot, services)
    w.select_run(shop["blocked2"])
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert w.grab().save(str(SHOTS / "history.png"))
    w.show_awaiting_review()  # the counter's button: BLOCKED only, awaiting review first
    w.select_run(shop["blocked1"])
    qtbot.wait(50)
    assert w.chips["BLOCKED"].isChecked() and w.chips["BLOCKED"].text() == "✔ BLOCKED"
    assert w.grab().save(str(SHOTS / "history-blocked.png"))
    assert w.model.headerData(0, Qt.Orientation.Horizontal) == "Time (local)"


def test_time_header_sorts_and_date_range_and_material_filter(qtbot, services):
    """Runs at known local times and materials: a click on the time header flips the order, From/To keep
    whole local days, the material picker narrows to one material."""
    from PySide6.QtCore import QDate, QPoint

    from rmos_desktop.gui.history.model import COL_TIME

    when_what = [
        (datetime(2026, 3, 2, 10, 0), "softwood"),
        (datetime(2026, 3, 3, 23, 30), "hardwood"),
        (datetime(2026, 3, 4, 0, 30), "softwood"),
        (datetime(2026, 3, 5, 12, 0), "hardwood"),
        (datetime(2026, 3, 7, 8, 0), "softwood"),
    ]
    arts = add_runs(
        services.recorder,
        [{"created": local.astimezone().astimezone(UTC), "material": m} for local, m in when_what],  # local clock
    )
    ids = [a.run_id for a in arts]  # oldest first
    w = open_history(qtbot, services)

    def shown() -> list[str]:
        return [w.model.row_at(i).run_id for i in range(w.model.rowCount())]

    assert shown() == list(reversed(ids))  # newest first
    header = w.table.horizontalHeader()

    def click_time_header() -> None:
        x = header.sectionViewportPosition(COL_TIME) + header.sectionSize(COL_TIME) // 2
        with qtbot.waitSignal(w.sig_refreshed):
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click_time_header()
    assert shown() == ids and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    click_time_header()
    assert shown() == list(reversed(ids)) and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    first, last = date(2026, 3, 3), date(2026, 3, 4)
    w.from_date.setDate(QDate(first.year, first.month, first.day))
    w.to_date.setDate(QDate(last.year, last.month, last.day))
    with qtbot.waitSignal(w.sig_refreshed):
        w.from_on.click()
    assert shown() == [ids[i] for i in reversed(range(5)) if when_what[i][0].date() >= first]
    with qtbot.waitSignal(w.sig_refreshed):
        w.to_on.click()
    in_range = [i for i in reversed(range(5)) if first <= when_what[i][0].date() <= last]
    assert shown() == [ids[i] for i in in_range] and len(in_range) == 2  # 23:30 on the 3rd, 00:30 on the 4th

    assert w.material.findData("softwood") > 0 and w.material.findData("hardwood") > 0
    with qtbot.waitSignal(w.sig_refreshed):
        w.material.setCurrentIndex(w.material.findData("softwood"))
    assert shown() == [ids[i] for i in in_range if when_what[i][1] == "softwood"]
    click_time_header()  # the order flips within the filters
    assert shown() == [ids[i] for i in sorted(in_range) if when_what[i][1] == "softwood"]
    with qtbot.waitSignal(w.sig_refreshed):
        w.material.setCurrentIndex(0)  # All materials
    assert shown() == [ids[i] for i in sorted(in_range)]


def test_an_unreadable_file_is_labelled_unreadable_not_error(qtbot, services):
    add_runs(services.recorder, [{"created": datetime(2026, 3, 2, 9, tzinfo=UTC)}])
    bad_id = "ab" * 16
    (services.runs_dir / "2026-03-02" / f"{bad_id}.json").write_text('{"run_id": "trunc', encoding="utf-8")
    w = open_history(qtbot, services)
    qtbot.waitUntil(lambda: w.model.rowCount() == 2, timeout=10000)
    assert w.select_run(bad_id)
    text = w.detail_view.toPlainText()
    assert "UNREADABLE" in text and "ERROR" not in text and f"2026-03-02/{bad_id}.json" in text


def test_a_date_out_of_range_shows_a_warning_and_keeps_the_listing(qtbot, services):
    from PySide6.QtCore import QDate

    arts = add_runs(services.recorder, mixed_specs(3))
    w = open_history(qtbot, services)
    before = [w.model.row_at(i).run_id for i in range(w.model.rowCount())]
    assert sorted(before) == sorted(a.run_id for a in arts)
    w.to_date.setDate(QDate(9999, 12, 31))  # the last day the date picker offers
    w.to_on.click()
    assert w.banner.isVisible() and "out of range" in w.banner.text()
    assert [w.model.row_at(i).run_id for i in range(w.model.rowCount())] == before
    assert w.model.query.until is None and not w.model.canFetchMore()
    w.to_on.click()
    assert not w.banner.isVisible()


# -- keyboard, layout at shop sizes --------------------------------------------------------------------------
def activate(qtbot, w) -> None:
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)


@pytest.mark.parametrize("focus", ["table", "search"])
def test_ctrl_r_opens_the_review_from_the_table_and_from_the_search_field(qtbot, services, catalog, shop, focus):
    w = open_history(qtbot, services)
    assert w.select_run(shop["blocked1"])
    activate(qtbot, w)
    widget = w.table if focus == "table" else w.search
    widget.setFocus()
    if focus == "search":
        qtbot.keyClicks(w.search, "x")  # typing in the field first: the key still reaches the window
    qtbot.keyClick(widget, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = w.review_dialog
    assert dialog is not None and dialog.isVisible() and dialog.row.run_id == shop["blocked1"]
    assert "Ctrl+R" in w.review_button.text()
    dialog.reject()


@pytest.mark.parametrize("key", ["Esc", "Ctrl+W"])
def test_esc_and_ctrl_w_close_the_history_and_its_dialogs(qtbot, services, catalog, shop, key):
    from PySide6.QtGui import QKeySequence

    def press(widget) -> None:
        combo = QKeySequence(key)[0]
        qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())

    w = open_history(qtbot, services)
    assert w.select_run(shop["blocked1"])
    activate(qtbot, w)
    compare = w.compare_with(shop["ok1"])
    activate(qtbot, compare)
    press(compare.table)
    assert not compare.isVisible()
    review = w.start_review()
    activate(qtbot, review)
    press(review.reviewer)
    assert not review.isVisible() and review.result() == review.DialogCode.Rejected
    activate(qtbot, w)
    w.search.setFocus()
    press(w.search)
    assert not w.isVisible()


def test_the_actions_stay_on_screen_at_1366x768(qtbot, services, catalog, shop):
    """The window at a 1366×768 screen's client size (taskbar and title bar taken): every action of the bar
    lies inside the window, above the table, whatever the detail pane holds."""
    from PySide6.QtCore import QPoint, QRect

    w = open_history(qtbot, services)
    w.resize(1358, 692)
    assert w.select_run(shop["blocked2"])
    qtbot.wait(20)
    assert w.size().width() == 1358 and w.size().height() == 692
    window = QRect(QPoint(0, 0), w.size())
    table_top = w.table.mapTo(w, QPoint(0, 0)).y()
    for button in (w.review_button, w.compare_button, w.open_button, w.export_button, w.report_button):
        geo = QRect(button.mapTo(w, QPoint(0, 0)), button.size())
        assert button.isVisible() and window.contains(geo), f"{button.text()} at {geo}"
        assert geo.bottom() < table_top
        assert button.width() >= button.sizeHint().width()  # the label is not cut


def test_the_detail_pane_goes_beside_or_below_as_the_width_allows(qtbot, services, shop):
    w = open_history(qtbot, services)
    w.resize(1358, 692)
    qtbot.waitUntil(lambda: w.split.orientation() == Qt.Orientation.Horizontal, timeout=2000)
    assert w.pane.x() > w.table.x()  # beside
    w.resize(1000, 692)
    qtbot.waitUntil(lambda: w.split.orientation() == Qt.Orientation.Vertical, timeout=2000)
    qtbot.wait(20)
    assert w.pane.mapTo(w, w.pane.rect().topLeft()).y() > w.table.mapTo(w, w.table.rect().topLeft()).y()
    assert w.table.height() > 100 and w.pane.height() > 100


def test_the_chips_and_counter_take_their_colours_from_the_theme(qtbot, services, shop):
    """No hard-coded colours: the checked chip uses the palette's selection roles, the counter the theme's
    BLOCKED / OK colours."""
    from rmos_desktop.gui.theme import level_colours

    w = open_history(qtbot, services)
    assert "palette(highlight)" in w.chips["OK"].styleSheet()
    assert level_colours("BLOCKED")[0].name() in w.counter.styleSheet()
    assert "#" not in w.chips["OK"].styleSheet()


@pytest.mark.parametrize("scale", [100, 150, 200])
def test_a_checked_chip_shows_its_whole_bold_label(qtbot, qapp, services, scale):
    from PySide6.QtGui import QFontMetrics

    from rmos_desktop.gui.theme import apply_theme

    add_runs(services.recorder, mixed_specs(1))
    apply_theme(qapp, scale)
    try:
        w = open_history(qtbot, services)
        for status, chip in w.chips.items():
            chip.setChecked(True)
            bold = chip.font()
            bold.setBold(True)
            text = QFontMetrics(bold).horizontalAdvance(f"✔ {status}")
            # text + icon + the gap between them + the checked style's 2 × 14 px padding and 2 × 3 px border
            assert chip.width() >= text + chip.iconSize().width() + 8 + 28 + 6, f"{status} at {scale} %"
    finally:
        apply_theme(qapp, 100)


def test_the_filter_bar_emits_one_query_the_table_shows(qtbot, services, shop):
    """The counter's button sets two chips and a check box at once: one RunQuery comes out, and it is what
    the table lists (with the table's time order)."""
    w = open_history(qtbot, services)
    got = []
    w.filters.sig_query_changed.connect(got.append)
    with qtbot.waitSignal(w.sig_refreshed):
        w.counter.click()
    assert len(got) == 1
    (query,) = got
    assert isinstance(query, RunQuery)
    assert query.status == ("BLOCKED",) and query.unreviewed_first and not query.oldest_first
    assert w.model.query == query
    assert sorted(listed_statuses(w)) == ["BLOCKED", "BLOCKED"]


def test_the_model_takes_pages_from_a_remote_source_and_passes_the_tester(qtmodeltester, services):
    """The whole-shop source hands the same model pages fetched off the GUI thread (no database needed here:
    the rows are the `rmos runs list` shape plus station, as core.shop.queries.list_runs returns them)."""
    from rmos_desktop.gui.history.model import COL_STATION
    from rmos_desktop.gui.history.shop_source import shop_row

    add_runs(services.recorder, mixed_specs(7))
    services.reconcile_index()
    local = services.index.query(RunQuery(status=("OK", "BLOCKED", "ERROR")), limit=100).rows
    dicts = [{**r.as_dict(), "station": f"saw-{i % 2 + 1}", "artifact_sha256": "ab" * 32} for i, r in enumerate(local)]
    rows = [shop_row(d) for d in dicts]
    assert [(r.run_id, r.created_at_utc, r.status, r.station) for r in rows] == [
        (r.run_id, r.created_at_utc, r.status, d["station"]) for r, d in zip(local, dicts, strict=True)
    ]
    model = HistoryModel(None, page_size=3)
    asked: list[str] = []
    model.fetcher = asked.append
    model.show_page(rows[:3], "cursor-1")
    assert model.rowCount() == 3 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert asked == ["cursor-1"] and not model.canFetchMore()  # one page asked for at a time
    model.fetchMore()
    assert asked == ["cursor-1"]
    model.append_page(rows[3:], None)
    assert model.rowCount() == len(rows) and not model.canFetchMore()
    assert [model.data(model.index(i, COL_STATION)) for i in range(len(rows))] == [d["station"] for d in dicts]
    assert model.headerData(COL_STATION, Qt.Orientation.Horizontal) == "Station"
    qtmodeltester.check(model)


def test_the_filter_bar_query_becomes_the_shops():
    from rmos_desktop.core.shop.queries import ShopQuery
    from rmos_desktop.gui.history.shop_source import to_shop_query

    q = RunQuery(
        status=("BLOCKED", "UNREADABLE"),
        tool_prefix="saw:",
        material="walnut",
        since=date(2026, 1, 2),
        until=date(2026, 1, 3),
        text="2231",
        unreviewed_first=True,
        oldest_first=True,
    )
    assert to_shop_query(q, "saw-2", 50) == ShopQuery(
        station="saw-2",
        statuses=("BLOCKED",),
        unreviewed=True,
        since=date(2026, 1, 2),
        until=date(2026, 1, 3),
        text="2231",
        tool_prefix="saw:",
        material="walnut",
        limit=50,
    )
    assert to_shop_query(RunQuery(status=("UNREADABLE",)), None) is None  # the server has readable runs only
    assert to_shop_query(RunQuery(), None) == ShopQuery(limit=200)


def test_without_a_shop_there_is_no_source_switch(qtbot, services, shop):
    from rmos_desktop.gui.history.model import COL_STATION

    w = open_history(qtbot, services)
    assert w.shop_source is None and not w.shop_active
    assert not w.summary.source.isVisible() and not w.filters.station.isVisible()
    assert w.table.isColumnHidden(COL_STATION)
