"""`rmos runs list|show|review` and `rmos index rebuild` end to end (subprocess), with exit codes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.cli.helpers import rmos, rmos_json
from tests.conftest import REPO

EXAMPLES = REPO / "resources" / "examples"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Two OK runs and one BLOCKED run written by `rmos generate`, with a private index cache."""
    base = tmp_path_factory.mktemp("cli-runs")
    runs = base / "runs"
    env = {"RMOS_CACHE_DIR": str(base / "cache")}
    green = EXAMPLES / "green-veneer-line.json"
    red = json.loads(green.read_text())
    red.update(rpm=20000, order_ref="2231")
    red_path = base / "red.json"
    red_path.write_text(json.dumps(red))
    ids = {}
    for name, job, code in (("ok1", green, 0), ("blocked", red_path, 3), ("ok2", green, 0)):
        rc, out, err = rmos_json("generate", job, runs_dir=runs, env=env)
        assert rc == code, err
        ids[name] = out.get("_run_id") or out.get("run_id")
    return runs, env, ids


def test_list_filters_and_json(store):
    runs, env, ids = store
    rc, out, err = rmos_json("runs", "list", runs_dir=runs, env=env)
    assert rc == 0, err
    assert [r["run_id"] for r in out["runs"]] == [ids["ok2"], ids["blocked"], ids["ok1"]]  # newest first
    assert out["next_cursor"] is None
    rc, out, _ = rmos_json("runs", "list", "--status", "blocked", runs_dir=runs, env=env)  # case-insensitive
    assert rc == 0 and [r["run_id"] for r in out["runs"]] == [ids["blocked"]]
    assert out["runs"][0]["risk_level"] == "RED" and out["runs"][0]["order_ref"] == "2231"
    rc, out, _ = rmos_json("runs", "list", "--risk", "green", "--tool", "saw:", runs_dir=runs, env=env)
    assert {r["run_id"] for r in out["runs"]} == {ids["ok1"], ids["ok2"]}
    rc, out, _ = rmos_json("runs", "list", "--text", "2231", runs_dir=runs, env=env)
    assert [r["run_id"] for r in out["runs"]] == [ids["blocked"]]
    # pagination through the opaque cursor
    rc, first, _ = rmos_json("runs", "list", "--limit", "2", runs_dir=runs, env=env)
    rc, second, _ = rmos_json("runs", "list", "--limit", "2", "--cursor", first["next_cursor"], runs_dir=runs, env=env)
    assert [r["run_id"] for r in first["runs"] + second["runs"]] == [ids["ok2"], ids["blocked"], ids["ok1"]]
    proc = rmos("runs", "list", "--status", "BLOCKED", runs_dir=runs, env=env)
    assert proc.returncode == 0 and "BLOCKED" in proc.stdout and ids["blocked"] in proc.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--status", "DONE"],
        ["--since", "Tuesday"],
        ["--cursor", "garbage"],
        ["--limit", "0"],
    ],
)
def test_list_usage_errors_exit_2(store, args):
    runs, env, _ = store
    proc = rmos("runs", "list", *args, runs_dir=runs, env=env)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stderr.startswith(("rmos:", "usage:"))


def test_show(store):
    runs, env, ids = store
    rc, out, err = rmos_json("runs", "show", ids["blocked"], runs_dir=runs, env=env)
    assert rc == 0, err
    path = runs / out["run"]["path"]
    assert out["artifact_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert out["artifact"]["status"] == "BLOCKED" and out["artifact"]["feasibility"]["calculators"]
    proc = rmos("runs", "show", ids["blocked"], runs_dir=runs, env=env)
    assert proc.returncode == 0 and "blade speed" in proc.stdout and "feasibility_sha256" in proc.stdout


@pytest.mark.parametrize("bad", ["../x", "a/b", "0" * 31, "ABCDEF" + "0" * 26])
def test_malformed_run_id_exits_2_without_touching_a_path(tmp_path, bad):
    runs = tmp_path / "never-created"
    cache = tmp_path / "cache"
    for cmd in (["runs", "show", bad], ["runs", "review", bad, "--by", "Sam", "--disposition", "acknowledged"]):
        proc = rmos(*cmd, runs_dir=runs, env={"RMOS_CACHE_DIR": str(cache)})
        assert proc.returncode == 2, proc.stderr
        assert "not a run id" in proc.stderr and "Traceback" not in proc.stderr
    assert not runs.exists() and not cache.exists()


def test_absent_run_exits_1(store):
    runs, env, _ = store
    proc = rmos("runs", "show", "0" * 32, runs_dir=runs, env=env)
    assert proc.returncode == 1 and "is not in" in proc.stderr and "Traceback" not in proc.stderr
    proc = rmos("runs", "review", "0" * 32, "--by", "Sam", "--disposition", "acknowledged", runs_dir=runs, env=env)
    assert proc.returncode == 1


def test_review_then_listed_and_artifact_unchanged(store):
    runs, env, ids = store
    run_id = ids["blocked"]
    artifact = next(runs.glob(f"20*/{run_id}.json"))
    before = hashlib.sha256(artifact.read_bytes()).hexdigest()
    rc, out, _ = rmos_json("runs", "list", "--unreviewed", "--status", "BLOCKED", runs_dir=runs, env=env)
    assert [r["run_id"] for r in out["runs"]] == [run_id]
    proc = rmos("runs", "review", run_id, "--by", "Sam", "--disposition", "ignored", runs_dir=runs, env=env)
    assert proc.returncode == 2 and "disposition" in proc.stderr
    rc, out, err = rmos_json(
        "runs", "review", run_id, "--by", "Sam", "--disposition", "False-Positive", "--note", "rpm typo",
        runs_dir=runs, env=env,
    )  # fmt: skip
    assert rc == 0, err
    saved = json.loads(Path(out["path"]).read_text())
    assert saved["artifact_sha256"] == before and saved["disposition"] == "false_positive"
    assert hashlib.sha256(artifact.read_bytes()).hexdigest() == before
    rc, out, _ = rmos_json("runs", "list", "--unreviewed", "--status", "BLOCKED", runs_dir=runs, env=env)
    assert out["runs"] == []
    rc, out, _ = rmos_json("runs", "show", run_id, runs_dir=runs, env=env)
    assert [r["reviewer"] for r in out["reviews"]] == ["Sam"]


def test_index_rebuild_after_delete_and_corruption(store):
    runs, env, _ = store
    cache = Path(env["RMOS_CACHE_DIR"])
    rc, out, err = rmos_json("index", "rebuild", runs_dir=runs, env=env)
    assert rc == 0 and out["added"] == 3, err
    index_file = Path(out["index"])
    assert index_file.is_relative_to(cache)
    for p in index_file.parent.glob(index_file.name + "*"):
        p.unlink()
    rc, out, err = rmos_json("index", "rebuild", runs_dir=runs, env=env)
    assert rc == 0 and out["added"] == 3, err
    index_file.write_bytes(b"\x00garbage" * 512)
    for suffix in ("-wal", "-shm"):
        Path(f"{index_file}{suffix}").unlink(missing_ok=True)
    rc, out, err = rmos_json("runs", "list", runs_dir=runs, env=env)  # repairs itself
    assert rc == 0 and len(out["runs"]) == 3 and "Traceback" not in err
    index_file.write_bytes(b"\x00garbage" * 512)
    rc, out, err = rmos_json("index", "rebuild", runs_dir=runs, env=env)
    assert rc == 0 and out["added"] == 3, err
