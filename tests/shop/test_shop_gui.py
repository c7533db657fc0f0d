"""The shop server in the GUI against a real PostgreSQL: the status-bar sync, the job orders panel and the run
history's whole-shop source (pytest-qt)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from rmos_desktop.core.shop import jobs, queries
from rmos_desktop.core.shop.config import ShopConfig, connect
from rmos_desktop.core.shop.sync import push
from rmos_desktop.gui.tasks import TaskRunner
from tests.conftest import load_example
from tests.shop.orders import add_order
from tests.shop.test_shop_core import make_runs

SHOTS = Path(os.environ.get("RMOS_SHOTS", "/tmp/rmos-shots"))  # docs/screenshots holds the committed ones


@pytest.fixture(autouse=True)
def shop_theme(qapp):
    from rmos_desktop.gui.theme import apply_theme

    apply_theme(qapp, 100)


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.wait_all(20000)


def station_dir(tmp_path: Path, name: str, url: str) -> tuple[Path, ShopConfig]:
    runs = tmp_path / name
    runs.mkdir()
    return runs, ShopConfig(url, name, "settings file")


def no_key():
    return None


# -- the status bar ------------------------------------------------------------------------------------------
def test_status_goes_waiting_then_up_to_date_and_offline_while_the_server_is_down(
    qtbot, pg, shop_url, tmp_path, catalog, runner
):
    from rmos_desktop.gui.shop.status import CHECKING_TEXT, ShopStatusLabel, ShopSync

    runs, cfg = station_dir(tmp_path, "saw-1", shop_url)
    make_runs(runs, catalog, ["green-veneer-line", "red-kerfcut-overspeed"])
    sync = ShopSync(runner, runs, cfg, public_key=no_key, connect_timeout=2)
    label = ShopStatusLabel(sync)
    qtbot.addWidget(label)
    assert label.text() == CHECKING_TEXT
    with qtbot.waitSignal(sync.sig_checked, timeout=20000):
        sync.start()
    assert label.text() == "shop: up to date"
    with connect(shop_url) as conn:
        assert conn.execute("SELECT count(*) FROM ledger_lines WHERE station = 'saw-1'").fetchone()[0] == 2

    shown: list[str] = []
    sync.sig_state_changed.connect(shown.append)
    make_runs(runs, catalog, ["green-veneer-line"])
    make_runs(runs, catalog, ["kerf-array-side-kerfs"])
    with qtbot.waitSignal(sync.sig_checked, timeout=20000):
        sync.on_recorded()  # the main window's call after each recorded run
        sync.on_recorded()
    qtbot.waitUntil(lambda: not sync.running, timeout=20000)
    assert shown[:3] == ["shop: 1 record waiting", "shop: 2 records waiting", "shop: up to date"]
    assert label.text() == "shop: up to date"

    pg.stop()
    try:
        make_runs(runs, catalog, ["fret-slots-648"])  # work goes on while the server is down
        before = time.time()
        with qtbot.waitSignal(sync.sig_checked, timeout=30000):
            sync.on_recorded()
        since = time.strftime("%H:%M", time.localtime(before))
        assert label.text() in (f"shop: offline since {since}", f"shop: offline since {time.strftime('%H:%M')}")
        tip = label.toolTip()
        assert "Records waiting: 1" in tip and "Last error: shop server" in tip and cfg.shown_url in tip
        with qtbot.waitSignal(sync.sig_checked, timeout=30000):
            sync.request()  # still down: still offline, since the same time
        assert label.text().startswith("shop: offline since ")
    finally:
        pg.start()
    with qtbot.waitSignal(sync.sig_checked, timeout=20000):
        sync.request()
    assert label.text() == "shop: up to date" and "Last error" not in label.toolTip()
    with connect(shop_url) as conn:
        assert conn.execute("SELECT count(*) FROM ledger_lines WHERE station = 'saw-1'").fetchone()[0] == 5


def test_status_tooltip_redacts_the_password_and_a_click_syncs(qtbot, tmp_path, runner):
    from rmos_desktop.gui.shop.status import ShopStatusLabel, ShopSync

    runs = tmp_path / "saw-9"
    runs.mkdir()
    cfg = ShopConfig("postgresql://saw:s3cret-pw@127.0.0.1:1/rmos", "saw-9", "environment")
    sync = ShopSync(runner, runs, cfg, public_key=no_key, connect_timeout=1)
    label = ShopStatusLabel(sync)
    qtbot.addWidget(label)
    with qtbot.waitSignal(sync.sig_checked, timeout=20000):
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert label.text().startswith("shop: offline since ")
    tip = label.toolTip()
    assert "saw:***@127.0.0.1:1" in tip and "s3cret" not in tip and "saw-9 (from the environment)" in tip
    assert "Last error: shop server postgresql://saw:***@127.0.0.1:1/rmos" in tip


def test_a_refused_sync_is_not_called_offline(qtbot, shop_url, tmp_path, catalog, runner):
    """Another workstation already pushed a different history under this station's name: the server refuses,
    the status says so (not "offline"), and the tooltip names the first line that does not extend its copy."""
    from rmos_desktop.gui.shop.status import REFUSED_TEXT, ShopStatusLabel, ShopSync

    first, cfg = station_dir(tmp_path, "saw-1", shop_url)
    make_runs(first, catalog, ["green-veneer-line"])
    push(first, cfg)
    other = tmp_path / "impostor"
    other.mkdir()
    make_runs(other, catalog, ["fret-slots-648", "red-missing-feed"])
    sync = ShopSync(runner, other, cfg, public_key=no_key, connect_timeout=2)
    label = ShopStatusLabel(sync)
    qtbot.addWidget(label)
    with qtbot.waitSignal(sync.sig_checked, timeout=20000):
        sync.start()
    assert label.text() == REFUSED_TEXT == "shop: sync refused"
    assert "local line 1 does not extend the server's copy" in label.toolTip()
    assert "Records waiting: 2" in label.toolTip()
    with connect(shop_url) as conn:
        assert conn.execute("SELECT count(*) FROM ledger_lines").fetchone()[0] == 1  # the server kept its copy


def test_install_shop_is_none_without_a_shop_and_builds_the_pieces_with_one(qtbot, tmp_path, monkeypatch, runner):
    from rmos_desktop.core.settings import Settings
    from rmos_desktop.gui.shop.install import install_shop, shop_problem

    class Services:
        settings = Settings(runs_dir=str(tmp_path / "runs"))
        runs_dir = tmp_path / "runs"

    monkeypatch.delenv("RMOS_SHOP_URL", raising=False)
    monkeypatch.delenv("RMOS_STATION", raising=False)
    assert install_shop(Services(), runner) is None
    Services.settings = Settings(runs_dir=str(tmp_path / "runs"), shop_url="postgresql://db.lan/rmos", station="Saw 1")
    assert install_shop(Services(), runner) is None and "station name 'Saw 1' is not usable" in shop_problem(
        Services.settings
    )
    monkeypatch.setenv("RMOS_STATION", "saw-1")
    shop = install_shop(Services(), runner)
    qtbot.addWidget(shop.label)
    assert shop.config.station == "saw-1" and shop.label.text() == "shop: checking…"
    panel = shop.jobs_panel()
    qtbot.addWidget(panel)
    assert panel.config is shop.config


# -- job orders ----------------------------------------------------------------------------------------------


def open_panel(qtbot, runner, cfg):
    from rmos_desktop.gui.shop.jobs_panel import JobsPanel

    panel = JobsPanel(runner, cfg)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    with qtbot.waitSignal(panel.sig_loaded, timeout=20000):
        panel.start()
    return panel


def act(qtbot, panel, button) -> None:
    """Press a button and wait until the action and the reload after it are done."""
    with qtbot.waitSignal(panel.sig_loaded, timeout=20000):
        button.click()
    qtbot.waitUntil(lambda: panel._busy == 0, timeout=20000)


def test_jobs_panel_claims_shows_another_stations_claim_releases_and_completes(qtbot, qtmodeltester, shop_url, runner):
    from rmos_desktop.gui.shop.jobs_model import COL_HOLDER, COL_STATE

    a = add_order(shop_url, "kerf-array-side-kerfs", "2231", 10)
    b = add_order(shop_url, "fret-slots-648", "2240", 4)
    with connect(shop_url) as conn:
        assert jobs.claim(conn, b, "saw-2").held
    panel = open_panel(qtbot, runner, ShopConfig(shop_url, "saw-1", "settings file"))
    qtmodeltester.check(panel.model)
    m = panel.model
    assert {m.data(m.index(r, 0)) for r in range(m.rowCount())} == {"2231", "2240"}

    # another station's claim: shown as held, Claim is off
    assert panel.select_job(b)
    holder = m.data(m.index(m.row_of(b), COL_HOLDER))
    assert holder.startswith("Running on saw-2 since ") and holder.endswith("(lease)")
    assert not panel.claim_button.isEnabled() and not panel.release_button.isEnabled()

    # claim an open one
    assert panel.select_job(a)
    assert m.data(m.index(m.row_of(a), COL_STATE)) == "AllowedToStart" and panel.claim_button.isEnabled()
    act(qtbot, panel, panel.claim_button)
    with connect(shop_url) as conn:
        assert jobs.holder_of(conn, a) == "saw-1"
    assert panel.held == {a} and panel.banner.text() == "Order 2231 is now held by this station."
    assert m.data(m.index(m.row_of(a), COL_STATE)).startswith("Running here since ")
    assert panel.release_button.isEnabled() and panel.complete_button.isEnabled()
    assert not panel.claim_button.isEnabled()  # held here: the lease renews by itself

    # the lease is renewed while held
    with connect(shop_url) as conn:
        conn.execute("UPDATE job_claims SET lease_until = now() + interval '10 seconds' WHERE job_id = %s", (a,))
    panel.renew()
    qtbot.waitUntil(lambda: panel._busy == 0, timeout=20000)
    with connect(shop_url) as conn:
        left = conn.execute("SELECT lease_until - now() FROM job_claims WHERE job_id = %s", (a,)).fetchone()[0]
    assert left.total_seconds() > jobs.LEASE_S - 60

    # open in form: the order's job and its id
    with qtbot.waitSignal(panel.sig_open_job, timeout=20000) as opened:
        panel.open_button.click()
    assert opened.args == [load_example("kerf-array-side-kerfs"), a]

    # release
    act(qtbot, panel, panel.release_button)
    with connect(shop_url) as conn:
        assert jobs.holder_of(conn, a) is None
    assert panel.held == set() and m.data(m.index(m.row_of(a), COL_STATE)) == "AllowedToStart"


def test_jobs_panel_completes_and_a_refused_action_is_a_banner(qtbot, qtmodeltester, shop_url, runner):
    from rmos_desktop.gui.shop.jobs_model import COL_QTY, COL_STATE

    a = add_order(shop_url, "kerf-array-side-kerfs", "2231", 10)
    panel = open_panel(qtbot, runner, ShopConfig(shop_url, "saw-1", "settings file"))
    m = panel.model
    assert panel.select_job(a)
    act(qtbot, panel, panel.claim_button)
    with qtbot.waitSignal(panel.sig_loaded, timeout=20000):
        panel.complete_selected(4)
    qtbot.waitUntil(lambda: panel._busy == 0, timeout=20000)
    assert m.data(m.index(m.row_of(a), COL_QTY)) == "4 / 10"
    assert m.data(m.index(m.row_of(a), COL_STATE)) == "Interrupted"
    assert panel.banner.text() == "Order 2231: 4 of 10 made; Interrupted."

    # an action the server refuses is a banner, not a traceback: another station took it meanwhile
    act(qtbot, panel, panel.claim_button)
    with connect(shop_url) as conn:
        conn.execute("UPDATE job_claims SET station = 'saw-2' WHERE job_id = %s", (a,))
    with qtbot.waitSignal(panel.sig_loaded, timeout=20000):
        panel.complete_selected(6)
    qtbot.waitUntil(lambda: panel._busy == 0, timeout=20000)
    assert panel.banner.property("kind") == "error"
    assert "is claimed by saw-2: claim it before reporting what was made" in panel.banner.text()
    qtmodeltester.check(panel.model)


def test_jobs_panel_says_plainly_when_the_server_is_down(qtbot, pg, shop_url, runner):
    add_order(shop_url, "kerf-array-side-kerfs", "2231", 10)
    panel = open_panel(qtbot, runner, ShopConfig(shop_url, "saw-1", "settings file"))
    assert panel.model.rowCount() == 1
    pg.stop()
    try:
        with qtbot.waitSignal(panel.sig_loaded, timeout=30000):
            panel.refresh()
        assert panel.banner.isVisible() and panel.banner.text().startswith("shop server postgresql://")
        assert panel.model.rowCount() == 1  # what was listed stays
    finally:
        pg.start()
    with qtbot.waitSignal(panel.sig_loaded, timeout=20000):
        panel.refresh()
    assert not panel.banner.isVisible()


# -- the run history's whole-shop source -----------------------------------------------------------------------
@pytest.fixture
def two_stations(shop_url, tmp_path, catalog):
    """saw-1 and saw-2 each recorded an OK and a BLOCKED run and synced them."""
    made = {}
    for name, examples in (
        ("saw-1", ["green-veneer-line", "red-kerfcut-overspeed"]),
        ("saw-2", ["fret-slots-648", "red-missing-feed"]),
    ):
        runs, cfg = station_dir(tmp_path, name, shop_url)
        made[name] = make_runs(runs, catalog, examples)
        push(runs, cfg)
    return made


@pytest.fixture
def office(tmp_path, catalog):
    from rmos_desktop.core.services import AppServices
    from rmos_desktop.core.settings import Settings, save_settings

    settings_path = tmp_path / "config" / "settings.json"
    save_settings(Settings(runs_dir=str(tmp_path / "office"), operator="Sam"), settings_path)
    return AppServices.load(settings_path=settings_path, catalog=catalog)


def open_shop_history(qtbot, office, runner, shop_url, size=(1600, 900)):
    from rmos_desktop.gui.history import HistoryWindow

    w = HistoryWindow(office, runner, shop=ShopConfig(shop_url, "office", "settings file"))
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitUntil(lambda: not w._reconciling, timeout=20000)
    assert w.summary.source.isVisible() and not w.filters.station.isVisible()
    with qtbot.waitSignals([w.sig_refreshed, w.shop_source.sig_counted], timeout=20000):
        w.summary.source.shop_button.click()
    return w


def listed(w) -> list[tuple[str, str]]:
    from rmos_desktop.gui.history.model import COL_STATION

    m = w.model
    return [(m.data(m.index(r, COL_STATION)), m.row_at(r).run_id) for r in range(m.rowCount())]


def test_history_lists_the_whole_shop_with_a_station_column_and_filter(
    qtbot, qtmodeltester, office, runner, shop_url, two_stations
):
    from rmos_desktop.gui.history.model import COL_STATION, COL_STORED

    w = open_shop_history(qtbot, office, runner, shop_url)
    assert w.shop_active and w.filters.station.isVisible()
    assert sorted(listed(w)) == sorted((s, i) for s, ids in two_stations.items() for i in ids)
    times = [w.model.row_at(r).created_at_utc for r in range(w.model.rowCount())]
    assert times == sorted(times, reverse=True)
    header = w.table.horizontalHeader()
    assert not w.table.isColumnHidden(COL_STATION) and header.visualIndex(COL_STATION) == 1
    assert w.table.isColumnHidden(COL_STORED)
    assert w.model.headerData(COL_STATION, Qt.Orientation.Horizontal) == "Station"
    assert w.match_count.text() == "4 run(s) listed"
    assert w.awaiting == 2 and w.counter.text() == "2 blocked run(s) awaiting review ▸"  # the whole shop
    qtmodeltester.check(w.model)

    # the station filter lists the server's stations
    assert [w.filters.station.itemData(i) for i in range(w.filters.station.count())] == [None, "saw-1", "saw-2"]
    with qtbot.waitSignals([w.sig_refreshed, w.shop_source.sig_counted], timeout=20000):
        w.filters.station.setCurrentIndex(w.filters.station.findData("saw-2"))
    assert sorted(listed(w)) == sorted(("saw-2", i) for i in two_stations["saw-2"])
    with qtbot.waitSignals([w.sig_refreshed, w.shop_source.sig_counted], timeout=20000):
        w.chips["BLOCKED"].click()
    assert listed(w) == [("saw-2", two_stations["saw-2"][1])] and w.match_count.text() == "1 run(s) listed"

    # back to this workstation: its own (empty) listing, no station column
    with qtbot.waitSignal(w.sig_refreshed, timeout=20000):
        w.summary.source.local_button.click()
    assert not w.shop_active and w.model.rowCount() == 0 and w.table.isColumnHidden(COL_STATION)
    assert not w.filters.station.isVisible()


def test_a_count_past_the_cap_says_more_than(qtbot, office, runner, shop_url, two_stations, monkeypatch):
    from rmos_desktop.gui.shop import operations

    with connect(shop_url) as conn:
        assert queries.count_runs(conn, queries.ShopQuery(), cap=2) == 3
        assert queries.count_runs(conn, queries.ShopQuery(), cap=4) == 4
    monkeypatch.setattr(operations, "COUNT_CAP", 3)
    w = open_shop_history(qtbot, office, runner, shop_url)
    qtbot.waitUntil(lambda: not w.shop_source.counting, timeout=20000)
    assert w.match_count.text() == "more than 3 runs listed" and w.model.rowCount() == 4


def test_the_shop_pages_with_its_cursor_as_the_view_scrolls(
    qtbot, qtmodeltester, office, runner, shop_url, two_stations
):
    from rmos_desktop.gui.history import HistoryWindow

    w = HistoryWindow(office, runner, shop=ShopConfig(shop_url, "office", "settings file"))
    qtbot.addWidget(w)
    w.model.page_size = 3
    qtbot.waitUntil(lambda: not w._reconciling, timeout=20000)
    with qtbot.waitSignals([w.sig_refreshed, w.shop_source.sig_counted], timeout=20000):
        w.summary.source.shop_button.click()
    assert w.model.rowCount() == 3 and w.model.canFetchMore()
    with qtbot.waitSignal(w.model.rowsInserted, timeout=20000):
        w.model.fetchMore()
    assert not w.model.canFetchMore()  # asked once; nothing more on the server
    assert len({r for _s, r in listed(w)}) == 4
    qtmodeltester.check(w.model)


def test_a_shop_run_shows_from_the_server_and_an_office_review_syncs(qtbot, office, runner, shop_url, two_stations):
    w = open_shop_history(qtbot, office, runner, shop_url)
    blocked = two_stations["saw-1"][1]
    with qtbot.waitSignal(w.sig_detail_shown, timeout=20000):
        assert w.select_run(blocked)
    d = w.detail
    assert d.station == "saw-1" and d.artifact.run_id == blocked and d.artifact.status == "BLOCKED"
    with connect(shop_url) as conn:
        server_sha = queries.show_run(conn, blocked)["artifact_sha256"]
    assert d.artifact_sha256 == server_sha
    html = w.detail_view.toHtml()
    assert "Station:" in html and "saw-1" in html and "awaits review" in html
    # only what makes sense for another station's run: review it
    assert w.review_button.isEnabled()
    assert not (w.open_button.isEnabled() or w.export_button.isEnabled() or w.report_button.isEnabled())
    assert not (w.compare_button.isEnabled() or w.gcode_button.isEnabled())

    dialog = w.start_review()
    assert dialog.reviewer.text() == "Sam"
    dialog.disposition.setCurrentIndex(dialog.disposition.findData("acknowledged"))
    dialog.note.setPlainText("Right to block: 30000 rpm")
    with qtbot.waitSignal(w.sig_reviewed, timeout=20000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "recorded on this workstation; the next sync takes it to the shop server" in w.banner.text()
    (review_file,) = (office.runs_dir / "records").rglob("*.json")
    review = json.loads(review_file.read_text())
    assert review["run_id"] == blocked and review["artifact_sha256"] == server_sha
    assert review["meta"] == {"run_station": "saw-1"}

    result = push(office.runs_dir, ShopConfig(shop_url, "office", "settings file"))  # the next sync
    assert result.pushed == 1
    with connect(shop_url) as conn:
        (shown,) = queries.show_run(conn, blocked)["reviews"]
    assert (shown["by_station"], shown["run_station"], shown["matches_artifact"]) == ("office", "saw-1", True)
    with qtbot.waitSignals([w.sig_detail_shown, w.shop_source.sig_counted], timeout=20000):
        w.refresh()
    assert w.awaiting == 1 and "Right to block" in w.detail_view.toHtml()


def test_the_shop_history_says_plainly_when_the_server_is_down(qtbot, pg, office, runner, shop_url, two_stations):
    w = open_shop_history(qtbot, office, runner, shop_url)
    assert w.model.rowCount() == 4
    pg.stop()
    try:
        with qtbot.waitSignal(w.sig_refreshed, timeout=30000):
            w.refresh()
        assert w.model.rowCount() == 0  # never the workstation's rows under "Whole shop"
        assert w.banner.text().startswith("The shop's runs cannot be listed: shop server postgresql://")
    finally:
        pg.start()


def test_without_a_shop_the_history_has_no_source_switch(qtbot, office, runner, monkeypatch):
    from rmos_desktop.gui.history import HistoryWindow

    monkeypatch.delenv("RMOS_SHOP_URL", raising=False)
    w = HistoryWindow(office, runner)
    qtbot.addWidget(w)
    w.show()
    assert w.shop_source is None and not w.summary.source.isVisible()
    qtbot.waitUntil(lambda: not w._reconciling, timeout=20000)


# -- shop screens: fit and screenshots ---------------------------------------------------------------------------
FIT_SCREENS = ["1366x768@100%", "1920x1080@150%"]


@pytest.fixture(params=FIT_SCREENS)
def screen(request, qapp, monkeypatch):
    from rmos_desktop.gui import fit
    from rmos_desktop.gui.theme import apply_theme
    from tests.gui.test_fit_history import SCREENS

    s = next(x for x in SCREENS if str(x) == request.param)
    apply_theme(qapp, s.scale)
    monkeypatch.setattr(fit, "available_size", lambda _w: s.free)
    yield s
    apply_theme(qapp, 100)


def test_shop_history_fits_and_is_photographed(qtbot, office, runner, shop_url, two_stations, screen):
    from tests.gui.test_fit_history import assert_fits, assert_usable

    w = open_shop_history(qtbot, office, runner, shop_url, size=(screen.client.width(), screen.client.height()))
    with qtbot.waitSignal(w.sig_detail_shown, timeout=20000):
        w.select_run(two_stations["saw-2"][1])
    assert_fits(w, screen, "Run history (whole shop)")
    assert_usable(w, screen, "Run history (whole shop)")
    for widget in (w.summary.source.shop_button, w.filters.station, *w.actions_bar.buttons):
        assert widget.isVisible()
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    tag = f"{screen.width}x{screen.height}-{screen.scale}"
    assert w.grab().save(str(SHOTS / f"history-shop-{tag}.png"))


def test_jobs_panel_fits_a_dock_and_is_photographed(qtbot, shop_url, runner, screen):
    from tests.gui.test_fit_history import assert_usable, needed

    mine = add_order(shop_url, "kerf-array-side-kerfs", "2231", 10)
    other = add_order(shop_url, "fret-slots-648", "2240", 4)
    raw = {**load_example("green-veneer-line"), "job_name": "Veneer trim for the OM-28 reissue, batch of twelve"}
    with connect(shop_url) as conn:
        jobs.add_order(conn, job=raw, request_sha256=jobs.request_sha256_of(raw), order_ref="ORD-2026-000231-B",
                       quantity=12, due=None, created_by="office")  # fmt: skip
        assert jobs.claim(conn, other, "saw-2").held
    panel = open_panel(qtbot, runner, ShopConfig(shop_url, "saw-1", "settings file"))
    panel.select_job(mine)
    act(qtbot, panel, panel.claim_button)
    # a dock beside the preview: at most half the screen's width, and half its height
    need, room = needed(panel), screen.client
    assert need.width() <= room.width() // 2 and need.height() <= room.height() // 2, (need, room)
    dock = type(screen)(room.width() // 2 + 8, room.height() // 2 + 40 + 36, screen.scale)
    assert_usable(panel, dock, "Job orders")
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    tag = f"{screen.width}x{screen.height}-{screen.scale}"
    assert panel.grab().save(str(SHOTS / f"jobs-panel-{tag}.png"))
