"""Issue 17 `rmos generate JOBFILE --shop-job JOB_ID`: a run under a shop job order, through the real command in
subprocesses against a real PostgreSQL.

Refused (exit 2, no G-code, nothing recorded) unless this station holds the claim and the job file is the
order's request (same request hash); a server that cannot be reached is a refusal too. Every attempt made under
the order names it in `meta.shop_job`, and the shop registry shows it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from rmos_desktop.core.shop import jobs
from rmos_desktop.core.shop.config import connect
from tests.cli.helpers import rmos, rmos_json
from tests.conftest import examples_dir, load_example
from tests.shop.orders import add_order

KERFS = examples_dir() / "kerf-array-side-kerfs.json"


def env_for(url: str, station: str, runs: Path) -> dict:
    return {"RMOS_SHOP_URL": url, "RMOS_STATION": station, "RMOS_RUNS_DIR": str(runs)}


def stdlib_request_hash(job: dict) -> str:
    """The request hash by the documented recipe, over the validated request as the artifact records it."""
    from rmos_desktop.core.jobs import parse_job

    request = parse_job(job).request.model_dump(mode="json")
    text = json.dumps(request, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_a_run_under_a_held_order_names_it_and_the_shop_lists_it(shop_url, tmp_path):
    saw1 = env_for(shop_url, "saw-1", tmp_path / "saw1")
    office = env_for(shop_url, "office", tmp_path / "office")
    code, added, err = rmos_json("shop", "jobs", "add", KERFS, "--order", "2231", "--quantity", "24", env=office)
    assert code == 0, err
    job_id = added["job_id"]
    assert rmos("shop", "jobs", "claim", job_id, env=saw1).returncode == 0

    out = tmp_path / "kerfs.nc"
    code, data, err = rmos_json("generate", KERFS, "--shop-job", job_id, "--gcode-out", out, env=saw1)
    assert code == 0, err
    art = json.loads(Path(data["_run_artifact_path"]).read_text(encoding="utf-8"))
    assert art["status"] == "OK" and art["meta"]["shop_job"] == job_id
    assert art["request_sha256"] == stdlib_request_hash(load_example("kerf-array-side-kerfs"))
    with connect(shop_url) as conn:
        assert jobs.get_order(conn, job_id)["request_sha256"] == art["request_sha256"]
    assert hashlib.sha256(out.read_bytes()).hexdigest() == art["hashes"]["gcode_sha256"]
    text = rmos("generate", KERFS, "--shop-job", job_id, env=saw1)
    assert text.returncode == 0 and f"shop job order {job_id}" in text.stdout

    assert rmos_json("shop", "sync", env=saw1)[0] == 0
    code, listing, err = rmos_json("shop", "runs", "list", "--station", "saw-1", env=office)
    assert code == 0, err
    assert [r["shop_job"] for r in listing["runs"]] == [job_id, job_id]
    assert data["_run_id"] in {r["run_id"] for r in listing["runs"]}


def test_a_blocked_attempt_under_an_order_names_it_too(shop_url, tmp_path):
    """An order for a RED job (a valid request) is claimed and generated: BLOCKED, exit 3, recorded under it."""
    saw1 = env_for(shop_url, "saw-1", tmp_path / "saw1")
    job_id = add_order(shop_url, "red-kerfcut-overspeed")
    with connect(shop_url) as conn:
        assert jobs.claim(conn, job_id, "saw-1").held
    code, data, err = rmos_json(
        "generate", examples_dir() / "red-kerfcut-overspeed.json", "--shop-job", job_id, env=saw1
    )
    assert code == 3 and data["error"] == "SAFETY_BLOCKED", err
    art = json.loads(Path(data["run_artifact_path"]).read_text(encoding="utf-8"))
    assert art["status"] == "BLOCKED" and art["meta"]["shop_job"] == job_id


def test_a_yellow_order_needs_the_acknowledgement_as_well(shop_url, tmp_path):
    saw1 = env_for(shop_url, "saw-1", tmp_path / "saw1")
    yellow = examples_dir() / "yellow-veneer-fast.json"
    job_id = add_order(shop_url, "yellow-veneer-fast")
    with connect(shop_url) as conn:
        assert jobs.claim(conn, job_id, "saw-1").held
    refused = rmos("generate", yellow, "--shop-job", job_id, env=saw1)
    assert refused.returncode == 2 and "--acknowledge-warnings" in refused.stderr
    assert files(tmp_path / "saw1") == []
    code, data, err = rmos_json(
        "generate", yellow, "--shop-job", job_id, "--acknowledge-warnings", "--operator", "Dana", env=saw1
    )
    assert code == 0, err
    meta = json.loads(Path(data["_run_artifact_path"]).read_text(encoding="utf-8"))["meta"]
    assert meta["shop_job"] == job_id and meta["acknowledgement"]["by"] == "Dana"


def test_refusals_generate_nothing_and_record_nothing(shop_url, tmp_path):
    saw1 = env_for(shop_url, "saw-1", tmp_path / "saw1")
    job_id = add_order(shop_url, "kerf-array-side-kerfs")
    out = tmp_path / "out.nc"
    other = tmp_path / "renamed.json"
    other.write_text(json.dumps({**load_example("kerf-array-side-kerfs"), "job_name": "Side kerfs, renamed"}))

    def refused(job, shop_job, expected: str, env=saw1):
        proc = rmos("generate", job, "--shop-job", shop_job, "--gcode-out", out, env=env)
        assert proc.returncode == 2, (expected, proc.stdout, proc.stderr)
        assert expected in proc.stderr and "nothing was generated or recorded" in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr
        assert not out.exists() and files(tmp_path / "saw1") == []
        return proc

    refused(KERFS, job_id, "is not claimed")  # nobody holds it
    with connect(shop_url) as conn:
        assert jobs.claim(conn, job_id, "saw-2").held
    refused(KERFS, job_id, "is claimed by saw-2, not held by this station (saw-1)")
    with connect(shop_url) as conn:
        jobs.release(conn, job_id, "saw-2")
        assert jobs.claim(conn, job_id, "saw-1", lease_s=0).held  # a lease that has already run out
    refused(KERFS, job_id, "is not claimed (or its lease ran out)")
    with connect(shop_url) as conn:
        assert jobs.claim(conn, job_id, "saw-1").held
    refused(other, job_id, "is not the job of order 2231")  # one field differs: another request hash
    refused(examples_dir() / "green-veneer-line.json", job_id, "is not the job of order 2231")
    refused(examples_dir() / "red-missing-feed.json", job_id, "cannot be the request of job order")
    refused(KERFS, "not-a-uuid", "not a job id")
    refused(KERFS, "0" * 8 + "-0000-4000-8000-" + "0" * 12, "no job order")
    # and with the claim held and the order's own job file, it generates
    proc = rmos("generate", KERFS, "--shop-job", job_id, "--gcode-out", out, env=saw1)
    assert proc.returncode == 0 and out.exists(), proc.stderr


def test_an_unreachable_server_is_a_refusal_with_a_plain_message(tmp_path):
    env = env_for("postgresql://saw:pw-secret@127.0.0.1:1/rmos", "saw-1", tmp_path / "runs")
    job_id = "12345678-1234-4234-8234-123456789abc"
    code, data, err = rmos_json("generate", KERFS, "--shop-job", job_id, env=env)
    assert code == 2 and data["error"] == "REFUSED" and data["recorded"] is False
    assert f"job order {job_id} cannot be checked: shop server" in err and "nothing was generated" in err
    assert "pw-secret" not in err and "pw-secret" not in json.dumps(data) and "Traceback" not in err
    assert files(tmp_path / "runs") == []


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"RMOS_SHOP_URL": "", "RMOS_STATION": ""}, "needs the shop server"),
        ({"RMOS_SHOP_URL": "postgresql://127.0.0.1:1/rmos", "RMOS_STATION": ""}, "no station name"),
        ({"RMOS_SHOP_URL": "http://example.org/", "RMOS_STATION": "saw-1"}, "must start with postgresql://"),
    ],
)
def test_no_usable_shop_setting_is_a_refusal(tmp_path, env, expected):
    runs = tmp_path / "runs"
    proc = rmos("generate", KERFS, "--shop-job", "12345678-1234-4234-8234-123456789abc", runs_dir=runs, env=env)
    assert proc.returncode == 2 and expected in proc.stderr, proc.stderr
    assert files(runs) == []
