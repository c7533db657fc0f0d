"""The shop server in the main window (issue 17 items 2, 4, 5), against a real PostgreSQL: the status-bar label
turns "shop: up to date" after a run is generated, Tools ▸ Job orders… shows the dock, and a job order claimed
in it, opened in the form and generated runs under the order (meta.shop_job) — refused, with nothing recorded,
when another station holds it or the form is no longer the order's job. Real widgets (pytest-qt)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from rmos_desktop.core.resources import examples_dir
from rmos_desktop.core.services import AppServices
from rmos_desktop.core.settings import Settings, save_settings
from rmos_desktop.core.shop import jobs
from rmos_desktop.core.shop.config import connect
from rmos_desktop.gui.theme import apply_theme
from tests.conftest import load_example
from tests.shop.orders import add_order

SHOTS = Path(os.environ.get("RMOS_SHOTS", "/tmp/rmos-shots"))


@pytest.fixture(autouse=True)
def shop_theme(qapp):
    apply_theme(qapp, 100)
    yield
    apply_theme(qapp, 100)


@pytest.fixture
def shop_window(qtbot, tmp_path, monkeypatch, shop_url):
    from rmos_desktop.gui.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))  # this station's own key
    monkeypatch.setenv("RMOS_SHOP_URL", shop_url)
    monkeypatch.setenv("RMOS_STATION", "saw-1")
    settings_path = tmp_path / "settings.json"
    save_settings(Settings(runs_dir=str(tmp_path / "runs"), operator="Dana"), settings_path)
    services = AppServices.load(settings_path=settings_path)
    w = MainWindow(services)
    w.confirm_repeat = lambda: True
    qtbot.addWidget(w)
    w.resize(1366, 720)
    w.show()
    yield w
    w.stop_shop()
    w.tasks.wait_all(20000)


def server_lines(url: str, station: str) -> int:
    with connect(url) as conn:
        return conn.execute("SELECT count(*) FROM ledger_lines WHERE station = %s", (station,)).fetchone()[0]


def generate(window, qtbot):
    with qtbot.waitSignal(window.sig_generation_finished, timeout=30000) as blocker:
        window.generate()
    return blocker.args[0]


def test_without_a_shop_nothing_shows(qtbot, tmp_path, monkeypatch, catalog):
    from PySide6.QtWidgets import QLabel

    from rmos_desktop.gui.main_window import MainWindow

    monkeypatch.delenv("RMOS_SHOP_URL", raising=False)
    monkeypatch.delenv("RMOS_STATION", raising=False)
    settings_path = tmp_path / "settings.json"
    save_settings(Settings(runs_dir=str(tmp_path / "runs")), settings_path)
    w = MainWindow(AppServices.load(settings_path=settings_path, catalog=catalog))
    qtbot.addWidget(w)
    assert w.shop is None and w.jobs_dock is None and w.act_jobs is None
    assert w.findChild(QLabel, "shop_status") is None
    assert "Job orders" not in [a.text().replace("&", "") for a in w.menu_tools.actions()]


def test_the_status_label_turns_up_to_date_after_a_run_is_generated(qtbot, shop_window, shop_url):
    w = shop_window
    label = w.shop.label
    assert label.parent() is not None and label in w.statusBar().findChildren(type(label))
    qtbot.waitUntil(lambda: label.text() == "shop: up to date", timeout=30000)
    assert server_lines(shop_url, "saw-1") == 0

    w.open_job_file(examples_dir() / "green-veneer-line.json")
    outcome = generate(w, qtbot)
    assert outcome.status == "OK" and outcome.run_id
    qtbot.waitUntil(lambda: label.text() == "shop: up to date" and not w.shop.sync.running, timeout=30000)
    head = w.services.recorder.head()
    qtbot.waitUntil(lambda: server_lines(shop_url, "saw-1") == head.seq, timeout=30000)
    # the history's "whole shop" source is the shop this window syncs with
    history = w.open_history()
    assert history.shop_source is not None and history.shop_source.config == w.shop.config
    history.close()


def test_jobs_dock_claims_opens_and_generates_under_the_order_and_refuses_another_stations(
    qtbot, shop_window, shop_url
):
    w = shop_window
    mine = add_order(shop_url, "kerf-array-side-kerfs", "2231")
    theirs = add_order(shop_url, "green-veneer-line", "2240")
    with connect(shop_url) as conn:
        assert jobs.claim(conn, theirs, "saw-2").held
    assert w.act_jobs is not None and w.act_jobs in w.menu_tools.actions()
    w.act_jobs.trigger()
    assert w.jobs_dock.isVisible()
    panel = w.jobs_panel
    qtbot.waitUntil(lambda: {o["job_id"] for o in panel.model.orders} >= {mine, theirs}, timeout=20000)

    # claim the open order in the dock
    assert panel.select_job(mine)
    with qtbot.waitSignal(panel.sig_claim_changed, timeout=20000) as claimed:
        panel.claim_button.click()
    assert claimed.args == [mine, True]
    with connect(shop_url) as conn:
        assert jobs.holder_of(conn, mine) == "saw-1"

    # open it in the form, then generate: the run is recorded under the order
    qtbot.waitUntil(lambda: panel._busy == 0, timeout=20000)
    assert panel.select_job(mine)
    with qtbot.waitSignal(w.sig_evaluated, timeout=20000):
        panel.open_button.click()
    assert w.shop_job_id == mine and w.controller.shop_job == mine
    assert w.form.raw_request()["job_name"] == load_example("kerf-array-side-kerfs")["job_name"]
    shot_window(w, qtbot, "main-window-jobs-dock")
    outcome = generate(w, qtbot)
    assert outcome.status == "OK", outcome.message
    artifact = json.loads(outcome.artifact_path.read_text(encoding="utf-8"))
    assert artifact["meta"]["shop_job"] == mine

    # the form edited: no longer the order's request, refused, nothing recorded
    head = w.services.recorder.head()
    w.form.edits["job_name"].setText("something else")
    w.evaluate_now()
    with qtbot.waitSignal(w.sig_refused, timeout=30000) as refused:
        outcome = generate(w, qtbot)
    assert outcome.status == "REFUSED" and "no longer the job of order 2231" in refused.args[0]
    assert w.services.recorder.head() == head

    # another station's order opened in the form: refused, nothing recorded
    with connect(shop_url) as conn:
        order = jobs.get_order(conn, theirs)
    w.open_shop_job(order["job"], theirs)
    with qtbot.waitSignal(w.sig_refused, timeout=30000) as refused:
        outcome = generate(w, qtbot)
    assert outcome.status == "REFUSED" and "claimed by saw-2" in refused.args[0]
    assert "nothing was generated or recorded" in w.panel.banner.text()
    assert w.services.recorder.head() == head

    # a new job: plain runs again, outside any order
    w.confirm_discard = lambda: True
    w.new_job()
    assert w.shop_job_id is None and w.controller.shop_job is None


def shot_window(w, qtbot, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height, scale in ((1366, 768, 100), (1920, 1080, 150)):
        apply_theme(QApplication.instance(), scale)
        w.resize(width, height - 80)
        QApplication.processEvents()
        w.open_jobs()
        QApplication.processEvents()
        assert w.grab().save(str(SHOTS / f"{name}-{width}x{height}@{scale}.png"))
    apply_theme(QApplication.instance(), 100)
    w.resize(1366, 720)
    QApplication.processEvents()


def test_a_new_runs_directory_gets_its_own_sync(qtbot, shop_window, tmp_path):
    w = shop_window
    qtbot.waitUntil(lambda: not w.shop.sync.running, timeout=30000)
    old_label = w.shop.label
    w.apply_settings(w.services.settings.model_copy(update={"runs_dir": str(tmp_path / "runs-2")}))
    assert w.shop is not None and w.shop.sync.runs_dir == (tmp_path / "runs-2").resolve() == w.services.runs_dir
    labels = [lb for lb in w.statusBar().findChildren(type(old_label)) if lb is not old_label]
    assert w.shop.label in labels
    assert [a for a in w.menu_tools.actions() if a.objectName() == "act_jobs"] == [w.act_jobs]
