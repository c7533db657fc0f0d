"""`rmos shop …` end to end: the real command in subprocesses against a real PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from rmos_desktop.core.shop.config import connect
from tests.cli.helpers import rmos, rmos_json
from tests.conftest import examples_dir


def env_for(url: str, station: str, runs: Path) -> dict:
    return {"RMOS_SHOP_URL": url, "RMOS_STATION": station, "RMOS_RUNS_DIR": str(runs)}


def test_init_sync_list_show_verify(shop_url, tmp_path):
    code, out, err = rmos_json("shop", "init", shop_url)
    assert code == 0 and out["applied"] == [] and out["schema_version"] >= 3, err
    saw1 = env_for(shop_url, "saw-1", tmp_path / "saw1")
    saw2 = env_for(shop_url, "saw-2", tmp_path / "saw2")
    assert rmos("generate", examples_dir() / "green-veneer-line.json", env=saw1).returncode == 0
    assert rmos("generate", examples_dir() / "red-kerfcut-overspeed.json", env=saw1).returncode == 3
    assert rmos("generate", examples_dir() / "fret-slots-648.json", env=saw2).returncode == 0

    code, out, err = rmos_json("shop", "sync", env=saw1)
    assert code == 0 and (out["pushed"], out["waiting"]) == (2, 0), err
    assert rmos_json("shop", "sync", env=saw2)[1]["pushed"] == 1

    code, listing, _ = rmos_json("shop", "runs", "list", env=saw1)
    assert code == 0 and set(listing) == {"runs", "next_cursor"}
    assert sorted(r["station"] for r in listing["runs"]) == ["saw-1", "saw-1", "saw-2"]
    local = rmos_json("runs", "list", env=saw1)[1]["runs"][0]
    shop_row = next(r for r in listing["runs"] if r["run_id"] == local["run_id"])
    assert set(local) <= set(shop_row) and shop_row["station"] == "saw-1"
    for key in ("run_id", "status", "risk_level", "tool_id", "request_sha256", "gcode_sha256", "block_reason"):
        assert shop_row[key] == local[key], key

    blocked = rmos_json("shop", "runs", "list", "--unreviewed", env=saw2)[1]["runs"]
    assert [r["status"] for r in blocked] == ["BLOCKED"]
    code, shown, _ = rmos_json("shop", "runs", "show", blocked[0]["run_id"], env=saw2)
    assert code == 0 and shown["station"] == "saw-1" and shown["artifact"]["status"] == "BLOCKED"

    code, verify, err = rmos_json("shop", "verify", env=saw1)
    assert code == 0 and verify["ok"] and verify["stations"] == {"saw-1": 2, "saw-2": 1}, (verify, err)


def test_sync_without_a_server_is_a_plain_failure_and_loses_nothing(tmp_path):
    env = env_for("postgresql://saw:pw-secret@127.0.0.1:1/rmos", "saw-1", tmp_path / "runs")
    assert rmos("generate", examples_dir() / "green-veneer-line.json", env=env).returncode == 0
    proc = rmos("shop", "sync", env=env)
    assert proc.returncode == 1 and "nothing lost locally" in proc.stderr
    assert "pw-secret" not in proc.stderr and "Traceback" not in proc.stderr
    assert len(list((tmp_path / "runs").glob("*/*.json"))) == 1


def test_no_shop_configured_is_a_usage_error(tmp_path):
    proc = rmos("shop", "sync", env={"RMOS_RUNS_DIR": str(tmp_path)})
    assert proc.returncode == 2 and "no shop server is set" in proc.stderr


def test_job_orders_through_the_cli(shop_url, tmp_path):
    office = env_for(shop_url, "office", tmp_path / "office")
    saw1 = env_for(shop_url, "saw-1", tmp_path / "saw1")
    saw2 = env_for(shop_url, "saw-2", tmp_path / "saw2")
    job = examples_dir() / "kerf-array-side-kerfs.json"
    code, added, err = rmos_json("shop", "jobs", "add", job, "--order", "2231", "--quantity", "10", env=office)
    assert code == 0 and set(added) == {"job_id"}, err
    job_id = added["job_id"]

    assert rmos("shop", "jobs", "claim", job_id, env=saw1).returncode == 0
    lost = rmos("shop", "jobs", "claim", job_id, env=saw2)
    assert lost.returncode == 1 and "claimed by saw-1 since" in lost.stderr
    listed = rmos_json("shop", "jobs", "list", env=office)[1]["jobs"]
    assert [(j["job_id"], j["state"], j["claimed_by"]) for j in listed] == [(job_id, "Running", "saw-1")]

    forced = rmos("shop", "jobs", "release", job_id, "--force", env=office)
    assert forced.returncode == 2 and "--by" in forced.stderr
    assert rmos("shop", "jobs", "release", job_id, "--force", "--by", "Pat", env=office).returncode == 0
    assert rmos("shop", "jobs", "claim", job_id, env=saw2).returncode == 0
    code, done, _ = rmos_json("shop", "jobs", "complete", job_id, "--quantity", "10", env=saw2)
    assert code == 0 and done["state"] == "Ended"
    with connect(shop_url) as conn:
        events = [r[0] for r in conn.execute("SELECT event FROM job_events ORDER BY id")]
    assert events == ["released", "claimed", "broken", "claimed", "completed"]


def test_a_bad_job_file_is_not_released(shop_url, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"tool_id": "saw:nope"}))
    proc = rmos(
        "shop", "jobs", "add", bad, "--order", "1", "--quantity", "1", env=env_for(shop_url, "office", tmp_path)
    )
    assert proc.returncode == 2 and "not a valid job" in proc.stderr
