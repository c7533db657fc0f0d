"""The shop server against a real PostgreSQL: schema, insert-only records, chained sync, queries, job claims."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import psycopg
import pytest

from rmos_desktop.core.hashing import canonical_json, sha256_text
from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths
from rmos_desktop.core.services import open_recorder
from rmos_desktop.core.shop import jobs, queries
from rmos_desktop.core.shop.config import ShopConfig, ShopConfigError, ShopUnavailable, connect, redact, resolve_shop
from rmos_desktop.core.shop.schema import LATEST, migrate
from rmos_desktop.core.shop.sync import SyncRefused, SyncState, count_local_lines, push
from tests.conftest import load_example


def make_runs(runs_dir: Path, catalog, names: list[str]) -> list[str]:
    """Generate the named examples into runs_dir (OK and BLOCKED alike); the run ids in order."""
    recorder = open_recorder(runs_dir, index=False)
    ids = []
    for name in names:
        try:
            ids.append(rmos_toolpaths(load_example(name), recorder=recorder, catalog=catalog)["_run_id"])
        except PipelineOutcome as outcome:
            ids.append(outcome.detail["run_id"])
    return ids


def station(tmp_path: Path, name: str, url: str) -> tuple[Path, ShopConfig]:
    runs = tmp_path / name
    runs.mkdir()
    return runs, ShopConfig(url, name, "settings file")


def test_init_is_idempotent_and_versioned(shop_url):
    with connect(shop_url) as conn:
        again = migrate(conn)
        assert again.before == again.after == LATEST and again.applied == ()
        versions = [r[0] for r in conn.execute("SELECT version FROM rmos_schema ORDER BY version")]
    assert versions == list(range(1, LATEST + 1))


def test_records_are_insert_only_even_for_the_owner(shop_url, tmp_path, catalog):
    runs, cfg = station(tmp_path, "saw-1", shop_url)
    make_runs(runs, catalog, ["green-veneer-line"])
    push(runs, cfg)
    with connect(shop_url, autocommit=True) as conn:
        for sql in (
            "UPDATE runs SET status = 'OK'",
            "DELETE FROM ledger_lines",
            "UPDATE record_files SET content = 'x'",
            "TRUNCATE reviews",
            "DELETE FROM stations",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="insert-only"):
                conn.execute(sql)
        assert conn.execute("SELECT count(*) FROM ledger_lines").fetchone()[0] == 1


def test_the_app_role_has_no_update_or_delete_on_records(shop_url):
    with connect(shop_url) as conn:
        rights = {
            (table, privilege)
            for table, privilege in conn.execute(
                "SELECT table_name, privilege_type FROM information_schema.role_table_grants WHERE grantee = 'rmos_app'"
            )
        }
    for table in ("ledger_lines", "record_files", "runs", "reviews", "stations", "station_keys"):
        assert (table, "INSERT") in rights and (table, "SELECT") in rights
        assert (table, "UPDATE") not in rights and (table, "DELETE") not in rights, table


def test_two_stations_push_everything_once(shop_url, tmp_path, catalog):
    runs1, cfg1 = station(tmp_path, "saw-1", shop_url)
    runs2, cfg2 = station(tmp_path, "saw-2", shop_url)
    ids1 = make_runs(runs1, catalog, ["green-veneer-line", "red-kerfcut-overspeed", "kerf-array-side-kerfs"])
    ids2 = make_runs(runs2, catalog, ["fret-slots-648", "red-missing-feed"])

    first = push(runs1, cfg1, batch=2)
    assert (first.server_lines_before, first.pushed, first.server_lines, first.waiting) == (0, 3, 3, 0)
    assert push(runs2, cfg2).pushed == 2
    again = push(runs1, cfg1)
    assert (again.pushed, again.server_lines) == (0, 3)

    with connect(shop_url) as conn:
        listing = queries.list_runs(conn, queries.ShopQuery(limit=10))
        assert {(r["station"], r["run_id"]) for r in listing["runs"]} == {
            *(("saw-1", i) for i in ids1),
            *(("saw-2", i) for i in ids2),
        }
        times = [r["created_at_utc"] for r in listing["runs"]]
        assert times == sorted(times, reverse=True)
        blocked = queries.list_runs(conn, queries.ShopQuery(statuses=("BLOCKED",), station="saw-2"))
        assert [r["run_id"] for r in blocked["runs"]] == [ids2[1]]
        assert queries.awaiting_review(conn) == 2 and queries.awaiting_review(conn, "saw-1") == 1
        shown = queries.show_run(conn, ids1[2])
        local = json.loads(next(runs1.glob(f"*/{ids1[2]}.json")).read_text())
        assert shown["station"] == "saw-1" and shown["artifact"] == local
        files = conn.execute("SELECT path FROM record_files WHERE station = 'saw-1' ORDER BY seq").fetchall()
    assert len(files) == 3


def test_paging_with_cursors_visits_every_run_once(shop_url, tmp_path, catalog):
    runs, cfg = station(tmp_path, "saw-1", shop_url)
    ids = make_runs(runs, catalog, ["green-veneer-line"] * 7)
    push(runs, cfg)
    seen, cursor = [], None
    with connect(shop_url) as conn:
        while True:
            page = queries.list_runs(conn, queries.ShopQuery(limit=3, cursor=cursor))
            seen += [r["run_id"] for r in page["runs"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        with pytest.raises(queries.ShopQueryError, match="other filters"):
            queries.list_runs(conn, queries.ShopQuery(limit=3, station="saw-1", cursor=page_cursor(conn)))
    assert sorted(seen) == sorted(ids) and len(seen) == 7


def page_cursor(conn) -> str:
    return queries.list_runs(conn, queries.ShopQuery(limit=1))["next_cursor"]


def rewrite_line(runs: Path, seq: int) -> None:
    """Rewrite the ledger consistently from line `seq` on (every later line re-chained): what someone with full
    control of the files could do."""
    path = runs / "ledger.jsonl"
    entries = [json.loads(line) for line in path.read_text().splitlines()]
    prev = entries[seq - 2]["hash"] if seq > 1 else "0" * 64
    for entry in entries[seq - 1 :]:
        entry["prev"] = prev
        if entry["seq"] == seq:
            entry["sha256"] = "f" * 64
        entry["hash"] = sha256_text(canonical_json({k: v for k, v in entry.items() if k not in ("hash", "sig")}))
        prev = entry["hash"]
    path.write_text("".join(json.dumps(e) + "\n" for e in entries))


def test_a_rewritten_station_is_refused_and_the_server_keeps_its_copy(shop_url, tmp_path, catalog):
    runs, cfg = station(tmp_path, "saw-1", shop_url)
    make_runs(runs, catalog, ["green-veneer-line", "red-kerfcut-overspeed", "fret-slots-648"])
    push(runs, cfg)
    with connect(shop_url) as conn:
        before = conn.execute("SELECT seq, hash FROM ledger_lines ORDER BY seq").fetchall()
    rewrite_line(runs, 2)
    make_runs(runs, catalog, ["green-veneer-line"])
    with pytest.raises(SyncRefused, match=r"local line 2 does not extend the server's copy"):
        push(runs, cfg)
    with connect(shop_url) as conn:
        assert conn.execute("SELECT seq, hash FROM ledger_lines ORDER BY seq").fetchall() == before


def test_the_server_refuses_a_line_that_does_not_extend_the_chain(shop_url, tmp_path, catalog):
    """Even a client that skips our checks cannot insert a line out of chain: the trigger refuses it."""
    runs, cfg = station(tmp_path, "saw-1", shop_url)
    make_runs(runs, catalog, ["green-veneer-line"])
    push(runs, cfg)
    body = canonical_json(
        {"seq": 3, "kind": "artifact", "run_id": None, "path": "x", "sha256": "a" * 64, "prev": "b" * 64}
    )
    with connect(shop_url) as conn, pytest.raises(psycopg.errors.CheckViolation, match="does not extend"):
        conn.execute(
            "INSERT INTO ledger_lines (station, seq, kind, run_id, path, sha256, prev, hash, body)"
            " VALUES ('saw-1', 3, 'artifact', NULL, 'x', %s, %s, %s, %s)",
            ("a" * 64, "b" * 64, sha256_text(body), body),
        )


def test_server_down_is_a_plain_error_and_sync_resumes(pg, shop_url, tmp_path, catalog):
    runs, cfg = station(tmp_path, "saw-1", shop_url)
    make_runs(runs, catalog, ["green-veneer-line"])
    push(runs, cfg)
    pg.stop()
    try:
        make_runs(runs, catalog, ["kerf-array-side-kerfs", "red-kerfcut-overspeed"])  # work goes on offline
        with pytest.raises(ShopUnavailable) as info:
            push(runs, cfg, connect_timeout=2)
        assert "shop server" in str(info.value)
        state = SyncState(waiting=2).after(None, info.value)
        assert state.text().startswith("shop: offline since ")
    finally:
        pg.start()
    result = push(runs, cfg)
    assert (result.pushed, result.server_lines, result.waiting) == (2, 3, 0)
    assert SyncState().after(result, None).text() == "shop: up to date"
    assert SyncState(waiting=12).text() == "shop: 12 records waiting"


def test_a_password_never_shows():
    url = "postgresql://saw:s3cret-pw@db.shop.lan:5432/rmos?sslmode=require&password=other"
    shown = redact(url)
    assert "s3cret-pw" not in shown and "other" not in shown and "db.shop.lan" in shown
    with pytest.raises(ShopConfigError):
        resolve_shop(None, {"RMOS_SHOP_URL": url})  # no station name
    cfg = resolve_shop(None, {"RMOS_SHOP_URL": url, "RMOS_STATION": "saw-1"})
    assert cfg.station == "saw-1" and "s3cret" not in cfg.shown_url
    assert resolve_shop(None, {}) is None


def test_unreachable_server_error_hides_the_password(tmp_path):
    url = "postgresql://saw:s3cret-pw@127.0.0.1:1/rmos"
    runs = tmp_path / "runs"
    runs.mkdir()
    with pytest.raises(ShopUnavailable) as info:
        push(runs, ShopConfig(url, "saw-1", "environment"), connect_timeout=1)
    assert "s3cret" not in str(info.value)


@pytest.fixture
def order(shop_url) -> str:
    with connect(shop_url) as conn:
        return jobs.add_order(
            conn,
            job=load_example("kerf-array-side-kerfs"),
            request_sha256="a" * 64,
            order_ref="2231",
            quantity=10,
            due=None,
            created_by="office",
        )


def test_claim_release_complete_follow_the_opc_states(shop_url, order):
    with connect(shop_url) as conn:
        assert jobs.list_orders(conn)[0]["state"] == "AllowedToStart"
        got = jobs.claim(conn, order, "saw-1")
        assert got.held and jobs.get_order(conn, order)["state"] == "Running"
        lost = jobs.claim(conn, order, "saw-2")
        assert not lost.held and lost.holder == "saw-1"
        assert lost.message(order).startswith(f"job {order} is claimed by saw-1 since ")
        assert jobs.claim(conn, order, "saw-1").held  # renewing
        with pytest.raises(jobs.JobOrderError, match="claimed by saw-1"):
            jobs.release(conn, order, "saw-2")
        jobs.release(conn, order, "saw-1")
        assert jobs.get_order(conn, order)["state"] == "AllowedToStart"
        assert jobs.claim(conn, order, "saw-2").held
        done = jobs.complete(conn, order, "saw-2", 4)
        assert (done["quantity_done"], done["state"]) == (4, "Interrupted")
        assert jobs.claim(conn, order, "saw-1").held
        assert jobs.complete(conn, order, "saw-1", 6)["state"] == "Ended"
        with pytest.raises(jobs.JobOrderError, match="Ended"):
            jobs.claim(conn, order, "saw-2")
        events = [r[0] for r in conn.execute("SELECT event FROM job_events ORDER BY id")]
    assert events == ["released", "claimed", "claimed", "released", "claimed", "completed", "claimed", "completed"]


def test_a_stale_lease_is_taken_over_and_a_supervisor_can_break_one(shop_url, order):
    with connect(shop_url) as conn:
        assert jobs.claim(conn, order, "saw-1", lease_s=0).held
        assert jobs.claim(conn, order, "saw-2").held  # saw-1's lease ran out
        with pytest.raises(jobs.JobOrderError, match="--by"):
            jobs.release(conn, order, "office", force=True)
        jobs.release(conn, order, "office", force=True, by="Pat")
        assert jobs.holder_of(conn, order) is None
        broken = conn.execute("SELECT by_name, detail FROM job_events WHERE event = 'broken'").fetchone()
    assert broken == ("Pat", {"holder": "saw-2"})


def test_fifty_claim_races_have_exactly_one_winner_each(shop_url):
    with connect(shop_url) as conn:
        orders = [
            jobs.add_order(conn, job={}, request_sha256="b" * 64, order_ref=f"R{i}", quantity=1, due=None,
                           created_by="office")
            for i in range(50)
        ]  # fmt: skip
    winners: dict[str, list[str]] = {o: [] for o in orders}
    barrier = threading.Barrier(2)

    def race(name: str) -> None:
        with connect(shop_url) as conn:
            for job_id in orders:
                barrier.wait()
                if jobs.claim(conn, job_id, name).held:
                    winners[job_id].append(name)

    threads = [threading.Thread(target=race, args=(n,)) for n in ("saw-1", "saw-2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(len(w) == 1 for w in winners.values()), winners
    with connect(shop_url) as conn:
        holders = dict(conn.execute("SELECT job_id::text, station FROM job_claims").fetchall())
    assert holders == {o: w[0] for o, w in winners.items()}


def test_local_count_matches_lines(tmp_path, catalog):
    runs = tmp_path / "r"
    runs.mkdir()
    make_runs(runs, catalog, ["green-veneer-line", "red-missing-feed"])
    assert count_local_lines(runs) == 2
