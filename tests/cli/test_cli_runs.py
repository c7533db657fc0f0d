"""`rmos runs list|show|review` and `rmos index rebuild` end to end (subprocess), with exit codes."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from tests.cli.helpers import generate_three_runs, rmos, rmos_json


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Two OK runs and one BLOCKED run written by `rmos generate`, with a private index cache."""
    return generate_three_runs(tmp_path_factory.mktemp("cli-runs"))


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


def _hand_made_cursor(payload: dict) -> str:
    """A cursor as someone could type it: base64 (URL-safe, unpadded) of compact JSON."""
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--status", "DONE"], "invalid choice"),
        (["--since", "Tuesday"], "not a date"),
        (["--cursor", "garbage"], "not a cursor"),
        (["--limit", "0"], "--limit"),
        (["--limit", "10001"], "--limit"),
        (["--limit", "9223372036854775807"], "--limit"),
        (["--until", "9999-12-31"], "out of range"),
        (["--since", "0001-01-01"], "out of range"),
        (["--since", "9999-12-31T23:59:59-12:00"], "out of range"),
        (["--cursor", _hand_made_cursor({"o": "created_us-,seq-", "k": [10**30, 1]})], "not a cursor"),
    ],
)
def test_list_usage_errors_exit_2(store, args, says):
    runs, env, _ = store
    proc = rmos("runs", "list", *args, runs_dir=runs, env=env)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stderr.startswith(("rmos:", "usage:"))
    assert "unexpected error" not in proc.stderr and says in proc.stderr


def test_list_cursor_of_another_listing_is_refused(store):
    runs, env, ids = store
    rc, first, err = rmos_json("runs", "list", "--limit", "1", runs_dir=runs, env=env)
    assert rc == 0 and first["next_cursor"], err
    for other in (["--status", "OK"], ["--unreviewed-first"], ["--mode", "router"]):
        proc = rmos("runs", "list", "--limit", "1", "--cursor", first["next_cursor"], *other, runs_dir=runs, env=env)
        assert proc.returncode == 2 and "another listing" in proc.stderr, (other, proc.stderr)
    # the same filters written another way are the same listing
    rc, a, _ = rmos_json("runs", "list", "--limit", "1", "--status", "ok", runs_dir=runs, env=env)
    rc, b, err = rmos_json(
        "runs", "list", "--limit", "1", "--status", "OK", "--cursor", a["next_cursor"], runs_dir=runs, env=env
    )
    assert rc == 0, err
    assert [r["run_id"] for r in a["runs"] + b["runs"]] == [ids["ok2"], ids["ok1"]]


def test_list_mode_is_case_insensitive(store):
    runs, env, ids = store
    for mode in ("saw", "SAW", "Saw"):
        rc, out, err = rmos_json("runs", "list", "--mode", mode, runs_dir=runs, env=env)
        assert rc == 0, err
        assert [r["run_id"] for r in out["runs"]] == [ids["ok2"], ids["blocked"], ids["ok1"]]  # all saw runs
    rc, out, _ = rmos_json("runs", "list", "--mode", "ROUTER", runs_dir=runs, env=env)
    assert out["runs"] == []


def test_list_without_a_runs_directory_lists_nothing(tmp_path):
    runs = tmp_path / "never-created"
    cache = tmp_path / "cache"
    env = {"RMOS_CACHE_DIR": str(cache)}
    proc = rmos("runs", "list", runs_dir=runs, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "No runs match." and "Traceback" not in proc.stderr
    rc, out, err = rmos_json("runs", "list", "--status", "BLOCKED", runs_dir=runs, env=env)
    assert rc == 0 and out == {"runs": [], "next_cursor": None}, err
    proc = rmos("runs", "list", "--since", "Tuesday", runs_dir=runs, env=env)  # still a usage error
    assert proc.returncode == 2 and "not a date" in proc.stderr
    proc = rmos("runs", "show", "0" * 32, runs_dir=runs, env=env)  # the run asked for is not there
    assert proc.returncode == 1 and "no runs directory" in proc.stderr
    assert not runs.exists() and not cache.exists()


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
