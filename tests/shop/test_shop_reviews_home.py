"""A review made in the office shows in the run's own station history (issue 17 item 4), against a real PostgreSQL:
the station's sync brings home the reviews of its runs made elsewhere, checks that each names the artifact it
recorded, keeps them in its run index (never in its runs directory) and shows them in `rmos runs list/show` and
the local history; a forged one is refused and not shown."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from rmos_desktop.core.hashing import canonical_json, sha256_bytes, sha256_text
from rmos_desktop.core.runs.index import RunIndex, RunQuery
from rmos_desktop.core.services import open_recorder
from rmos_desktop.core.shop import queries
from rmos_desktop.core.shop.config import ShopUnavailable, connect
from rmos_desktop.core.shop.reviews import record_office_review
from rmos_desktop.core.shop.sync import push
from tests.cli.helpers import rmos, rmos_json
from tests.conftest import examples_dir
from tests.shop.test_shop_core import make_runs, station


def snapshot(runs: Path) -> dict[str, str]:
    """Every file of a runs directory and the SHA-256 of its bytes (computed here, not by the app)."""
    return {
        str(p.relative_to(runs)): hashlib.sha256(p.read_bytes()).hexdigest() for p in runs.rglob("*") if p.is_file()
    }


def artifact_sha(runs: Path, run_id: str) -> str:
    (path,) = runs.glob(f"*/{run_id}.json")
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shop(shop_url, tmp_path, catalog):
    """saw-1 recorded an OK and a BLOCKED run and synced; the office has a runs directory of its own."""
    saw1, saw1_cfg = station(tmp_path, "saw-1", shop_url)
    ok, blocked = make_runs(saw1, catalog, ["green-veneer-line", "red-kerfcut-overspeed"])
    push(saw1, saw1_cfg)
    office, office_cfg = station(tmp_path, "office", shop_url)
    return {
        "saw1": saw1,
        "saw1_cfg": saw1_cfg,
        "office": office,
        "office_cfg": office_cfg,
        "ok": ok,
        "blocked": blocked,
    }


def office_review(shop, run_id: str, sha: str, *, reviewer: str = "Sam", note: str = "Right to block") -> None:
    recorder = open_recorder(shop["office"], index=False)
    record_office_review(recorder, run_id, "saw-1", sha, reviewer=reviewer, disposition="acknowledged", note=note)
    push(shop["office"], shop["office_cfg"])


def test_an_office_review_comes_home_to_the_runs_station(shop, shop_url):
    saw1, blocked = shop["saw1"], shop["blocked"]
    index = RunIndex.open(saw1)
    assert [r.run_id for r in index.query(RunQuery(status=("BLOCKED",), review="unreviewed")).rows] == [blocked]
    assert index.count_awaiting_review() == 1
    with connect(shop_url) as conn:
        server_sha = queries.show_run(conn, blocked)["artifact_sha256"]
    assert server_sha == artifact_sha(saw1, blocked)
    office_review(shop, blocked, server_sha)

    before = snapshot(saw1)
    result = push(saw1, shop["saw1_cfg"])
    assert (result.pushed, result.reviews_pulled, result.reviews_refused) == (0, 1, ())
    assert result.as_dict()["reviews_pulled"] == 1
    assert snapshot(saw1) == before  # nothing written into the runs directory: records and ledger as they were

    assert index.query(RunQuery(status=("BLOCKED",), review="unreviewed")).rows == []
    assert index.count_awaiting_review() == 0
    row = index.get(blocked)
    assert (row.review_count, row.last_disposition, row.last_reviewer, row.last_review_station) == (
        1,
        "acknowledged",
        "Sam",
        "office",
    )
    assert row.awaiting_review == 0
    assert [r.run_id for r in index.query(RunQuery(status=("BLOCKED",), review="reviewed")).rows] == [blocked]
    (review,) = index.reviews_for(blocked)
    assert (review["station"], review["reviewer"], review["artifact_sha256"]) == ("office", "Sam", server_sha)
    assert review["meta"] == {"run_station": "saw-1"} and review["note"] == "Right to block"
    assert index.records_for(blocked, "review") == []  # this workstation recorded no review itself
    # the next sync fetches nothing again
    assert push(saw1, shop["saw1_cfg"]).reviews_pulled == 0
    assert index.get(blocked).review_count == 1
    # "awaiting review first" puts nothing first any more
    first = index.query(RunQuery(unreviewed_first=True)).rows
    assert [r.awaiting_review for r in first] == [0, 0]


def test_a_review_naming_another_artifact_is_refused_and_not_shown(shop):
    saw1, blocked = shop["saw1"], shop["blocked"]
    wrong = sha256_text("another artifact")
    office_review(shop, blocked, wrong, reviewer="Mallory")
    result = push(saw1, shop["saw1_cfg"])
    assert result.reviews_pulled == 0
    (refused,) = result.reviews_refused
    assert "Mallory" in refused and blocked in refused and wrong[:16] in refused
    index = RunIndex.open(saw1)
    row = index.get(blocked)
    assert (row.review_count, row.awaiting_review, row.last_reviewer) == (0, 1, None)
    assert index.reviews_for(blocked) == [] and index.count_awaiting_review() == 1
    # refused once, not fetched and reported at every sync
    assert push(saw1, shop["saw1_cfg"]).reviews_refused == ()
    # a right one made afterwards still comes home
    office_review(shop, blocked, artifact_sha(saw1, blocked), reviewer="Sam")
    assert push(saw1, shop["saw1_cfg"]).reviews_pulled == 1
    assert [r["reviewer"] for r in index.reviews_for(blocked)] == ["Sam"]


def test_a_review_of_a_run_this_station_never_recorded_is_refused(shop):
    office_review(shop, "0" * 32, artifact_sha(shop["saw1"], shop["blocked"]))
    result = push(shop["saw1"], shop["saw1_cfg"])
    assert result.reviews_pulled == 0 and "did not record" in result.reviews_refused[0]


def _forge_line(conn, station: str, record: dict, rel: str, sig=None) -> int:
    """Insert, as the database owner, a review line, its file and its review row for `station`, extending its chain
    on the server — what someone with the server's password could do, without the station's key."""
    seq, prev = conn.execute(
        "SELECT seq, hash FROM ledger_lines WHERE station = %s ORDER BY seq DESC LIMIT 1", (station,)
    ).fetchone()
    data = (json.dumps(record, indent=2) + "\n").encode()
    entry = {"seq": seq + 1, "kind": "review", "run_id": record["run_id"], "path": rel, "sha256": sha256_bytes(data)}
    entry["prev"] = prev
    body = canonical_json(entry)
    line_hash = sha256_text(body)
    with conn.transaction():
        conn.execute(
            "INSERT INTO ledger_lines (station, seq, kind, run_id, path, sha256, prev, hash, body, sig)"
            " VALUES (%s, %s, 'review', %s, %s, %s, %s, %s, %s, %s)",
            (station, seq + 1, record["run_id"], rel, entry["sha256"], prev, line_hash, body, sig),
        )
        conn.execute(
            "INSERT INTO record_files (station, seq, path, sha256, content) VALUES (%s, %s, %s, %s, %s)",
            (station, seq + 1, rel, entry["sha256"], data),
        )
        conn.execute(
            "INSERT INTO reviews (station, seq, run_station, run_id, artifact_sha256, outcome, reviewer, reviewed_at)"
            " VALUES (%s, %s, 'saw-1', %s, %s, %s, %s, %s)",
            (station, seq + 1, record["run_id"], record["artifact_sha256"], record["disposition"],
             record["reviewer"], record["created_at_utc"]),
        )  # fmt: skip
    return seq + 1


def test_a_review_forged_on_the_server_without_the_offices_key_is_refused(shop, shop_url):
    """The office's key is registered at its first signed sync; a line added on the server by someone without
    that key (right artifact hash and all) is not believed."""
    from rmos_desktop.cli.shop import _station_public_key

    saw1, blocked = shop["saw1"], shop["blocked"]
    recorder = open_recorder(shop["office"], index=False)
    good = artifact_sha(saw1, blocked)
    review, _ = record_office_review(recorder, shop["ok"], "saw-1", artifact_sha(saw1, shop["ok"]),
                                     reviewer="Sam", disposition="acknowledged")  # fmt: skip
    push(shop["office"], shop["office_cfg"], public_key=_station_public_key())
    forged = {**review.model_dump(mode="json"), "run_id": blocked, "artifact_sha256": good, "reviewer": "Mallory"}
    forged["record_id"] = "f" * 32
    with connect(shop_url) as conn:
        _forge_line(conn, "office", forged, f"records/reviews/forged/{forged['record_id']}.json")
    result = push(saw1, shop["saw1_cfg"])
    assert result.reviews_pulled == 1  # the office's real review of the OK run
    (refused,) = result.reviews_refused
    assert "Mallory" in refused and "signature" in refused
    index = RunIndex.open(saw1)
    assert index.get(blocked).awaiting_review == 1 and index.reviews_for(blocked) == []
    assert [r["reviewer"] for r in index.reviews_for(shop["ok"])] == ["Sam"]


def test_a_row_edited_in_the_index_file_is_not_believed(shop):
    """The kept reviews are sealed like the index's other rows: one edited with another program stops counting."""
    import sqlite3

    saw1, blocked = shop["saw1"], shop["blocked"]
    office_review(shop, blocked, artifact_sha(saw1, blocked))
    assert push(saw1, shop["saw1_cfg"]).reviews_pulled == 1
    index = RunIndex.open(saw1)
    assert index.get(blocked).review_count == 1
    with sqlite3.connect(index.path) as conn:
        conn.execute("UPDATE shop_reviews SET reviewer = 'Mallory'")
    assert index.get(blocked).review_count == 0 and index.count_awaiting_review() == 1


def test_a_rebuilt_index_keeps_them_and_a_lost_one_fetches_them_again(shop):
    saw1, blocked = shop["saw1"], shop["blocked"]
    office_review(shop, blocked, artifact_sha(saw1, blocked))
    push(saw1, shop["saw1_cfg"])
    index = RunIndex.open(saw1)
    index.rebuild(reason="asked for")
    assert index.get(blocked).last_review_station == "office"
    index.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index.path}{suffix}").unlink(missing_ok=True)
    again = RunIndex.open(saw1)
    assert again.get(blocked).awaiting_review == 1  # a cache: gone with the file…
    assert push(saw1, shop["saw1_cfg"]).reviews_pulled == 1  # …and back at the next sync
    assert again.get(blocked).last_review_station == "office"


def test_a_server_that_is_down_changes_nothing_locally(pg, shop):
    saw1, blocked = shop["saw1"], shop["blocked"]
    office_review(shop, blocked, artifact_sha(saw1, blocked))
    before = snapshot(saw1)
    pg.stop()
    try:
        with pytest.raises(ShopUnavailable):
            push(saw1, shop["saw1_cfg"], connect_timeout=2)
    finally:
        pg.start()
    assert snapshot(saw1) == before
    assert RunIndex.open(saw1).get(blocked).awaiting_review == 1


# -- the command line ----------------------------------------------------------------------------------------
def env_for(url: str, name: str, runs: Path, cache: Path) -> dict:
    return {"RMOS_SHOP_URL": url, "RMOS_STATION": name, "RMOS_RUNS_DIR": str(runs), "RMOS_CACHE_DIR": str(cache)}


def test_through_the_cli_the_office_reviews_and_the_saw_lists_it_reviewed(shop_url, tmp_path):
    saw1 = env_for(shop_url, "saw-1", tmp_path / "saw1", tmp_path / "cache1")
    office = env_for(shop_url, "office", tmp_path / "office", tmp_path / "cache2")
    code, out, err = rmos_json("generate", examples_dir() / "red-kerfcut-overspeed.json", env=saw1)
    assert code == 3, err
    blocked = out["run_id"]
    assert rmos("shop", "sync", env=saw1).returncode == 0
    assert [r["run_id"] for r in rmos_json("runs", "list", "--unreviewed", env=saw1)[1]["runs"]] == [blocked]

    code, reviewed, err = rmos_json(
        "shop", "runs", "review", blocked, "--by", "Sam", "--disposition", "acknowledged", "--note", "30000 rpm",
        env=office,
    )  # fmt: skip
    assert code == 0, err
    assert reviewed["run_station"] == "saw-1" and reviewed["review"]["meta"] == {"run_station": "saw-1"}
    assert reviewed["review"]["artifact_sha256"] == artifact_sha(tmp_path / "saw1", blocked)
    assert rmos_json("shop", "sync", env=office)[1]["pushed"] == 1

    code, synced, err = rmos_json("shop", "sync", env=saw1)
    assert code == 0 and (synced["reviews_pulled"], synced["reviews_refused"]) == (1, []), err
    proc = rmos("shop", "sync", env=saw1)
    assert proc.returncode == 0 and "brought home" not in proc.stdout  # nothing new the second time

    assert rmos_json("runs", "list", "--unreviewed", env=saw1)[1]["runs"] == []
    (row,) = rmos_json("runs", "list", env=saw1)[1]["runs"]
    assert (row["review_count"], row["last_reviewer"], row["last_review_station"]) == (1, "Sam", "office")
    assert row["awaiting_review"] == 0
    code, shown, err = rmos_json("runs", "show", blocked, env=saw1)
    assert code == 0, err
    (review,) = shown["reviews"]
    assert (review["station"], review["reviewer"], review["disposition"]) == ("office", "Sam", "acknowledged")
    assert review["artifact_sha256"] == shown["artifact_sha256"]
    text = rmos("runs", "show", blocked, env=saw1).stdout
    assert "Sam  acknowledged  30000 rpm  (in the office on office)" in text
    listing = rmos("runs", "list", env=saw1).stdout
    assert "acknowledged (Sam) in the office on office" in listing


def test_the_cli_refuses_to_review_this_stations_own_run_from_the_shop(shop_url, tmp_path):
    saw1 = env_for(shop_url, "saw-1", tmp_path / "saw1", tmp_path / "cache1")
    blocked = rmos_json("generate", examples_dir() / "red-kerfcut-overspeed.json", env=saw1)[1]["run_id"]
    rmos("shop", "sync", env=saw1)
    proc = rmos("shop", "runs", "review", blocked, "--by", "Sam", "--disposition", "acknowledged", env=saw1)
    assert proc.returncode == 2 and "rmos runs review" in proc.stderr and "Traceback" not in proc.stderr
    proc = rmos("shop", "runs", "review", "a" * 32, "--by", "Sam", "--disposition", "acknowledged", env=saw1)
    assert proc.returncode == 1 and "not on the shop server" in proc.stderr


# -- the local history window ----------------------------------------------------------------------------------
def test_the_local_history_shows_the_office_review(qtbot, qtmodeltester, shop, catalog, tmp_path):
    from rmos_desktop.core.services import AppServices
    from rmos_desktop.core.settings import Settings, save_settings
    from rmos_desktop.gui.history import HistoryWindow
    from rmos_desktop.gui.history.model import COL_REVIEW
    from rmos_desktop.gui.shop.status import ShopSync
    from rmos_desktop.gui.tasks import TaskRunner

    saw1, blocked = shop["saw1"], shop["blocked"]
    settings_path = tmp_path / "config" / "settings.json"
    save_settings(Settings(runs_dir=str(saw1), operator="Dana"), settings_path)
    services = AppServices.load(settings_path=settings_path, catalog=catalog)
    runner = TaskRunner()
    w = HistoryWindow(services, runner, shop=shop["saw1_cfg"])  # local source; the switch offers the shop
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w._reconciling, timeout=20000)
    assert w.awaiting == 1

    # the office reviews it; the app's background sync (the status bar's) brings the review home
    office_review(shop, blocked, artifact_sha(saw1, blocked), note="Right to block: 30000 rpm")
    sync = ShopSync(runner, saw1, shop["saw1_cfg"], public_key=lambda: None, connect_timeout=2)
    with qtbot.waitSignal(sync.sig_checked, timeout=20000):
        sync.request()
    assert sync.text() == "shop: up to date" and sync.state.last_error is None
    assert w.shop_reviews_timer.isActive() and not w.shop_active
    w.shop_reviews_timer.setInterval(50)  # the open window notices on its own (every 15 s in the app)
    with qtbot.waitSignal(w.sig_refreshed, timeout=20000):
        pass
    w.shop_reviews_timer.stop()
    qtmodeltester.check(w.model)
    m = w.model
    row = m.row_of(blocked)
    assert row >= 0
    assert m.data(m.index(row, COL_REVIEW)) == "✔ acknowledged (Sam) in the office on office"
    assert "office" in m.data(m.index(row, COL_REVIEW), 3)  # the tooltip (ToolTipRole) says where it came from
    assert w.awaiting == 0 and w.counter.text() == "No blocked runs awaiting review"
    assert w.select_run(blocked)  # a local run's detail is read at once
    assert w.detail is not None and w.detail.row.run_id == blocked
    html = w.detail_view.toPlainText()
    assert "Sam (in the office on office)" in html and "Right to block: 30000 rpm" in html
    assert "awaits review" not in html

    # a later one (of the OK run) shows at F5 as well, with the timer off
    office_review(shop, shop["ok"], artifact_sha(saw1, shop["ok"]), reviewer="Kim")
    with qtbot.waitSignal(sync.sig_checked, timeout=20000):
        sync.request()
    with qtbot.waitSignal(w.sig_refreshed, timeout=20000):
        w.refresh()
    qtbot.waitUntil(lambda: not w._reconciling, timeout=20000)
    assert m.data(m.index(m.row_of(shop["ok"]), COL_REVIEW)) == "✔ acknowledged (Kim) in the office on office"
    runner.wait_all(20000)
