"""The pipeline: one artifact per attempt, hashes an auditor can recompute with the stdlib alone,
durable write-once storage, and no G-code without its artifact."""

import errno
import hashlib
import json
import stat
from pathlib import Path

import pytest

from rmos_desktop.core import pipeline as pipeline_mod
from rmos_desktop.core.pipeline import SafetyBlocked, StorageError, ToolpathsError, rmos_toolpaths
from rmos_desktop.core.runs import store as store_mod
from rmos_desktop.core.runs.store import StoreError
from tests.conftest import load_example


def stdlib_json_hash(obj):
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def artifacts(runs_dir: Path):
    return sorted(runs_dir.glob("*/*.json"))


def test_green_job_really_returns_ok_with_every_hash(recorder, catalog, runs_dir):
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog, operator="Dana")
    path = Path(out["_run_artifact_path"])
    assert path.parent.parent == runs_dir and path.name == f"{out['_run_id']}.json"
    art = json.loads(path.read_text(encoding="utf-8"))
    assert art["status"] == "OK"
    h = art["hashes"]
    assert all(
        h[k] and len(h[k]) == 64 for k in ("feasibility_sha256", "toolpaths_sha256", "gcode_sha256", "opplan_sha256")
    )
    # Every hash recomputed from the artifact file with the standard library alone.
    assert h["feasibility_sha256"] == stdlib_json_hash(art["feasibility"])
    assert h["gcode_sha256"] == hashlib.sha256(art["outputs"]["gcode_text"].encode("utf-8")).hexdigest()
    assert h["opplan_sha256"] == stdlib_json_hash(art["outputs"]["opplan_json"])
    assert h["toolpaths_sha256"] == stdlib_json_hash(art["outputs"]["toolpaths"])
    assert art["outputs"]["toolpaths"]["gcode_sha256"] == h["gcode_sha256"]
    assert art["request_sha256"] == stdlib_json_hash(art["request_summary"])
    assert out["gcode_text"] == art["outputs"]["gcode_text"]
    assert out["_hashes"] == h
    # ISO-8601 UTC timestamp, versions and operator recorded
    assert art["created_at_utc"].endswith("Z") and "T" in art["created_at_utc"]
    assert path.parent.name == art["created_at_utc"][:10]
    assert art["meta"]["operator"] == "Dana" and art["meta"]["app_version"] == "0.1.0"
    assert art["meta"]["catalog"]["sha256"] == catalog.sha256
    assert art["meta"]["policy"] == {"block_on_red": True, "treat_unknown_as_red": True, "version": "1"}
    assert art["feasibility"]["entries"]["blade"]["tool_id"] == "saw:veneer_160"
    assert art["schema_version"] == 1


def test_red_job_really_returns_blocked(recorder, catalog, runs_dir):
    with pytest.raises(SafetyBlocked) as exc:
        rmos_toolpaths(load_example("red-kerfcut-overspeed"), recorder=recorder, catalog=catalog)
    d = exc.value.detail
    assert d["error"] == "SAFETY_BLOCKED" and d["decision"]["risk_level"] == "RED"
    art = json.loads(Path(d["run_artifact_path"]).read_text())
    assert art["status"] == "BLOCKED" and art["run_id"] == d["run_id"]
    assert art["hashes"]["gcode_sha256"] is None and art["outputs"]["gcode_text"] is None
    assert art["hashes"]["feasibility_sha256"] == stdlib_json_hash(art["feasibility"])
    assert "7000 rpm" in art["decision"]["block_reason"]
    assert len(artifacts(runs_dir)) == 1


def test_client_feasibility_never_reaches_the_artifact(recorder, catalog, runs_dir):
    job = {
        **load_example("red-kerfcut-overspeed"),
        "feasibility": {"risk_level": "GREEN", "marker": "CLIENT-XYZ"},
    }
    with pytest.raises(SafetyBlocked):
        rmos_toolpaths(job, recorder=recorder, catalog=catalog)
    text = artifacts(runs_dir)[0].read_text()
    assert "CLIENT-XYZ" not in text
    art = json.loads(text)
    assert "feasibility" not in art["request_summary"]
    assert any("client-supplied feasibility" in w for w in art["meta"]["warnings"])


@pytest.mark.parametrize(
    "request_value, error",
    [
        ({**load_example("green-veneer-line"), "tool_id": "saw:does_not_exist"}, SafetyBlocked),
        ({**load_example("green-veneer-line"), "tool_id": "router:flat_6"}, SafetyBlocked),
        ({**load_example("green-veneer-line"), "rpm": "fast"}, SafetyBlocked),
        (load_example("unknown-missing-rpm"), SafetyBlocked),
        ([1, 2, 3], SafetyBlocked),
        ("just a string", SafetyBlocked),
        (None, SafetyBlocked),
    ],
)
def test_every_rejected_attempt_leaves_exactly_one_artifact(recorder, catalog, runs_dir, request_value, error):
    with pytest.raises(error) as exc:
        rmos_toolpaths(request_value, recorder=recorder, catalog=catalog)
    (path,) = artifacts(runs_dir)
    assert str(path) == exc.value.detail["run_artifact_path"]
    art = json.loads(path.read_text())
    assert art["status"] == "BLOCKED" and art["decision"]["risk_level"] == "UNKNOWN"


def test_generator_exception_leaves_an_error_artifact_and_no_gcode(recorder, catalog, runs_dir, monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("post-processor exploded")

    monkeypatch.setattr(pipeline_mod, "generate_gcode", broken)
    with pytest.raises(ToolpathsError) as exc:
        rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    d = exc.value.detail
    assert d["error"] == "TOOLPATHS_ERROR" and "gcode_text" not in d
    (path,) = artifacts(runs_dir)
    art = json.loads(path.read_text())
    assert art["status"] == "ERROR"
    assert art["meta"]["exception"] == {"type": "RuntimeError", "message": "post-processor exploded"}
    assert art["outputs"]["gcode_text"] is None


def test_a_generated_move_outside_the_envelope_is_caught_after_generation(recorder, catalog, runs_dir, monkeypatch):
    """Defence in depth: even if the plan were wrong, every generated move is checked before release."""
    from rmos_desktop.core.toolpaths import post

    real = post.generate_gcode

    def shifted(*a, **k):
        prog = real(*a, **k)
        prog.moves.x[-1] = 5000.0
        return prog

    monkeypatch.setattr(pipeline_mod, "generate_gcode", shifted)
    with pytest.raises(ToolpathsError):
        rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    assert json.loads(artifacts(runs_dir)[0].read_text())["status"] == "ERROR"


def test_artifacts_are_read_only_and_write_once(recorder, catalog):
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    path = Path(out["_run_artifact_path"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    art = recorder.store.read_artifact(out["_run_id"])
    before = path.read_bytes()
    with pytest.raises(StoreError, match="write-once"):
        recorder.store.write_artifact(art)
    assert path.read_bytes() == before
    assert not list(path.parent.glob(".*.tmp"))


def test_large_gcode_goes_to_a_hashed_sidecar(recorder, catalog, runs_dir):
    job = load_example("kerf-array-side-kerfs")
    job["cut"] = {**job["cut"], "count": 110, "pitch_mm": 5, "length_mm": 150}
    job["depth_mm"], job["stepdown_mm"] = 3.0, 0.1  # 30 passes × 110 kerfs → well over 200,000 characters
    out = rmos_toolpaths(job, recorder=recorder, catalog=catalog)
    assert len(out["gcode_text"]) > 200_000
    path = Path(out["_run_artifact_path"])
    art = json.loads(path.read_text())
    assert art["outputs"]["gcode_text"] is None
    assert art["outputs"]["gcode_path"] == f"{art['run_id']}.nc"
    nc = path.parent / art["outputs"]["gcode_path"]
    assert hashlib.sha256(nc.read_bytes()).hexdigest() == art["hashes"]["gcode_sha256"]
    assert stat.S_IMODE(nc.stat().st_mode) == 0o444
    assert path.stat().st_size < 50_000


def test_write_order_is_fsync_then_ledger_then_link_then_fsync_folder(recorder, catalog, write_calls):
    calls = write_calls
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    name = f"{out['_run_id']}.json"
    i_fsync = next(i for i, c in enumerate(calls) if c[0] == "fsync" and c[1].startswith(f".{name}."))
    i_ledger = calls.index(("ledger", "artifact"))
    i_link = calls.index(("link", name))
    i_dir = next(i for i, c in enumerate(calls) if c == ("fsync", "dir") and i > i_link)
    assert i_fsync < i_ledger < i_link < i_dir, calls


@pytest.mark.parametrize(
    "target, exc",
    [
        ("open", PermissionError(errno.EACCES, "Permission denied")),
        ("write", OSError(errno.ENOSPC, "No space left on device")),
        ("fsync", OSError(errno.EIO, "Input/output error")),
        ("link", OSError(errno.ENOSPC, "No space left on device")),
    ],
)
def test_storage_failure_gives_storage_error_and_no_gcode(recorder, catalog, runs_dir, monkeypatch, target, exc):
    real = getattr(store_mod.os, target)

    def failing(*a, **k):
        path = str(a[0]) if a and not isinstance(a[0], int) else ""
        if target in ("write", "fsync") or ".json." in path or str(a[0]).endswith(".json.tmp"):
            raise exc
        return real(*a, **k)

    monkeypatch.setattr(store_mod.os, target, failing)
    with pytest.raises(StorageError) as err:
        rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    d = err.value.detail
    assert d["error"] == "STORAGE_ERROR" and "no G-code was released" in d["message"]
    assert set(d) == {"error", "message"}
    assert artifacts(runs_dir) == []
    assert list(runs_dir.rglob("*.tmp")) == []


HOSTILE = [
    {**load_example("green-veneer-line"), "notes": "x" * 10_000_000},
    {**load_example("green-veneer-line"), "job_name": "ü" * 5_000_000},
    {"tool_id": "saw:veneer_160", "deep": None},
    {k: "Ωmega ✓ 漢字 \u202e" for k in ("tool_id", "material", "machine", "job_name", "order_ref", "notes")},
    {"a\ud800": "\udfff", "tool_id": "\ud800"},
]


def _deep(n):
    root = cur = {}
    for _ in range(n):
        cur["x"] = {}
        cur = cur["x"]
    return root


HOSTILE[2]["deep"] = _deep(1000)


@pytest.mark.parametrize("job", HOSTILE, ids=["10MB-notes", "5M-unicode-name", "1000-deep", "unicode", "surrogates"])
def test_hostile_requests_leave_a_small_valid_artifact(recorder, catalog, runs_dir, job):
    with pytest.raises(SafetyBlocked):
        rmos_toolpaths(job, recorder=recorder, catalog=catalog)
    (path,) = artifacts(runs_dir)
    assert path.stat().st_size < 64_000
    art = recorder.store.read_artifact_file(path)[0]
    assert art.status == "BLOCKED"
    assert art.request_sha256 == stdlib_json_hash(art.request_summary)


def test_an_attempt_plans_the_job_once(recorder, catalog, monkeypatch):
    """The plan the feasibility judged is the plan the G-code is posted from (planned once per attempt)."""
    from rmos_desktop.core.feasibility import engine as engine_mod

    calls = []

    def counting(real):
        def plan(*a, **k):
            calls.append(real)
            return real(*a, **k)

        return plan

    monkeypatch.setattr(engine_mod, "plan_job", counting(engine_mod.plan_job))
    monkeypatch.setattr(pipeline_mod, "plan_job", counting(pipeline_mod.plan_job))
    out = rmos_toolpaths(load_example("kerf-array-side-kerfs"), recorder=recorder, catalog=catalog)
    assert len(calls) == 1
    # and the G-code is byte for byte what planning afresh gives (the golden file's recipe)
    from rmos_desktop.core.jobs import parse_job

    fresh = pipeline_mod.build_program(parse_job(load_example("kerf-array-side-kerfs")).request, catalog)
    assert len(calls) == 2
    assert out["_hashes"]["gcode_sha256"] == hashlib.sha256(fresh.program.gcode_text.encode()).hexdigest()


def test_attempt_result_is_typed_and_renders_the_original_detail(recorder, catalog, runs_dir, monkeypatch):
    from rmos_desktop.core.pipeline import AttemptResult, run_attempt

    ok = run_attempt(load_example("green-veneer-line"), recorder=recorder, catalog=catalog, operator="Dana")
    assert ok.status == "OK" and ok.ok and ok.recorded
    assert ok.run_id == ok.payload["_run_id"] and len(ok.run_id) == 32
    assert ok.artifact_path == runs_dir / ok.artifact_path.parent.name / f"{ok.run_id}.json"
    assert ok.artifact_path.is_file()
    assert ok.gcode_sha256 == hashlib.sha256(ok.payload["gcode_text"].encode()).hexdigest()
    assert ok.detail() is ok.payload

    blocked = run_attempt(load_example("red-kerfcut-overspeed"), recorder=recorder, catalog=catalog)
    assert blocked.status == "BLOCKED" and not blocked.ok and blocked.gcode_sha256 is None
    assert json.loads(blocked.artifact_path.read_text())["status"] == "BLOCKED"
    assert blocked.detail() == blocked.payload
    assert set(blocked.detail()) == {"error", "message", "run_id", "run_artifact_path", "decision"}
    assert blocked.decision["risk_level"] == "RED" and blocked.payload["error"] == "SAFETY_BLOCKED"

    def broken(*a, **k):
        raise RuntimeError("post-processor bug")

    monkeypatch.setattr(pipeline_mod, "generate_gcode", broken)
    error = run_attempt(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    assert error.status == "ERROR" and error.recorded and "post-processor bug" in error.message
    assert error.detail() == error.payload
    assert set(error.detail()) == {"error", "message", "run_id", "run_artifact_path"}

    storage = AttemptResult.from_outcome(StorageError({"error": "STORAGE_ERROR", "message": "disk full"}))
    assert (storage.status, storage.run_id, storage.recorded) == ("STORAGE_ERROR", None, False)
    assert storage.detail() == {"error": "STORAGE_ERROR", "message": "disk full"}
    assert len(artifacts(runs_dir)) == 3


def test_an_overflowing_request_is_recorded_blocked_not_crashed(recorder, catalog, runs_dir):
    tiny_rpm = {**load_example("green-veneer-line"), "rpm": 2.2250738585072014e-308}
    with pytest.raises(SafetyBlocked) as exc:
        rmos_toolpaths(tiny_rpm, recorder=recorder, catalog=catalog)
    art = json.loads(Path(exc.value.detail["run_artifact_path"]).read_text())
    assert art["status"] == "BLOCKED" and art["hashes"]["feasibility_sha256"] == stdlib_json_hash(art["feasibility"])
    assert len(artifacts(runs_dir)) == 1
