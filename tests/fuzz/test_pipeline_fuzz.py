"""Property tests of everything that reads outside input: the pipeline (arbitrary JSON, mutated and valid
requests, values JSON cannot carry), the job-file loader, the `rmos generate` command, the settings loader
and the catalog loader. Each always gives a readable outcome: exactly one artifact per attempt, BLOCKED or
ERROR unless the request is valid, a usage error for a file that is not JSON, and never a traceback."""

import contextlib
import io
import json
import logging
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rmos_desktop import cli
from rmos_desktop.core.catalog import load_catalog
from rmos_desktop.core.hashing import sha256_text
from rmos_desktop.core.jobfile import JobFileError, read_job_file
from rmos_desktop.core.jobs import parse_job
from rmos_desktop.core.pipeline import SafetyBlocked, ToolpathsError, rmos_toolpaths
from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.recorder import RunRecorder
from rmos_desktop.core.settings import Settings, load_settings
from tests.fuzz.hostile import file_bytes, odd_numbers, python_values, requests_with_odd_numbers
from tests.fuzz.strategies import json_values, mutated_requests, valid_requests

log = logging.getLogger(__name__)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXAMPLES: Counter = Counter()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """One runs directory for every example of the module; audited at the end."""
    runs = tmp_path_factory.mktemp("fuzz") / "runs"
    yield RunRecorder.open(runs)
    report = audit_runs(runs)
    assert report.ok, [str(p) for p in report.problems[:10]]
    assert report.records == len(list(runs.glob("20*/*.json"))) == EXAMPLES["pipeline"]
    total = sum(EXAMPLES.values())
    log.info("fuzz: %d pipeline attempts, %d examples in all %s", EXAMPLES["pipeline"], total, dict(EXAMPLES))


def attempt(recorder: RunRecorder, catalog, request) -> tuple[str, dict]:
    """Run one attempt and check it left exactly one artifact, named in its outcome."""
    before = recorder.head()
    try:
        out = rmos_toolpaths(request, recorder=recorder, catalog=catalog)
    except (SafetyBlocked, ToolpathsError) as exc:
        status, path, run_id = exc.detail["error"], exc.detail["run_artifact_path"], exc.detail["run_id"]
    else:
        status, path, run_id = "OK", out["_run_artifact_path"], out["_run_id"]
    EXAMPLES["pipeline"] += 1
    after = recorder.head()
    assert after.seq == (before.seq if before else 0) + 1, "one attempt, one ledger line"
    artifact, _ = recorder.store.read_artifact_file(Path(path))
    assert artifact.run_id == run_id and Path(path).name == f"{run_id}.json"
    expected = {"OK": "OK", "SAFETY_BLOCKED": "BLOCKED", "TOOLPATHS_ERROR": "ERROR"}[status]
    assert artifact.status == expected
    if status == "OK":
        assert artifact.hashes.gcode_sha256 == sha256_text(out["gcode_text"])
    return status, artifact.model_dump(mode="json")


def valid(request) -> bool:
    return parse_job(request).request is not None


@SETTINGS
@given(value=json_values)
@example(value=None)
@example(value={"tool_id": "saw:veneer_160", "notes": "x" * 10_000_000})
@example(value={"tool_id": "Ωmega ✓ 漢字 \u202e", "material": "\ud800", "rpm": -0.0})
def test_pipeline_on_arbitrary_json(store, catalog, value):
    status, _ = attempt(store, catalog, value)
    if not valid(value):
        assert status in ("SAFETY_BLOCKED", "TOOLPATHS_ERROR")


@SETTINGS
@given(value=python_values)
@example(value=float("nan"))
@example(value={"rpm": float("inf"), "cut": {"kind": "line", "x0_mm": -1e308}})
def test_pipeline_on_values_json_cannot_carry(store, catalog, value):
    status, artifact = attempt(store, catalog, value)
    assert status in ("SAFETY_BLOCKED", "TOOLPATHS_ERROR")
    json.dumps(artifact, allow_nan=False)  # whatever came in, the artifact is plain JSON


@SETTINGS
@given(request=mutated_requests())
def test_pipeline_on_mutated_requests(store, catalog, request):
    status, artifact = attempt(store, catalog, request)
    if not valid(request):
        assert status in ("SAFETY_BLOCKED", "TOOLPATHS_ERROR")
        assert artifact["decision"]["risk_level"] in ("RED", "UNKNOWN")


@SETTINGS
@given(request=requests_with_odd_numbers())
def test_pipeline_on_nan_infinity_and_negative_numbers(store, catalog, request):
    status, artifact = attempt(store, catalog, request)
    if not valid(request):
        assert status in ("SAFETY_BLOCKED", "TOOLPATHS_ERROR")
    json.dumps(artifact, allow_nan=False)


@FEW
@given(request=valid_requests)
def test_pipeline_on_valid_requests(store, catalog, request):
    status, artifact = attempt(store, catalog, request)
    if status == "SAFETY_BLOCKED":
        assert artifact["decision"]["risk_level"] in ("RED", "UNKNOWN")
    if status == "OK":
        assert artifact["decision"]["risk_level"] in ("GREEN", "YELLOW")


# -- files from outside ------------------------------------------------------------------------------------
@SETTINGS
@given(data=file_bytes)
def test_the_job_file_loader_reads_a_value_or_says_why_not(tmp_path_factory, data):
    path = tmp_path_factory.getbasetemp() / "job.json"
    path.write_bytes(data)
    EXAMPLES["job file"] += 1
    try:
        read_job_file(path)
    except JobFileError as exc:
        message = str(exc)
        assert str(path) in message and "\n" not in message and "Traceback" not in message


@FEW
@given(data=file_bytes)
def test_rmos_generate_on_any_file(store, tmp_path_factory, data):
    path = tmp_path_factory.getbasetemp() / "cli-job.json"
    path.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["generate", str(path), "--runs-dir", str(store.runs_dir), "--json"])
    EXAMPLES["rmos generate"] += 1
    if code == cli.EXIT_USAGE:
        assert err.getvalue().startswith("rmos: ") and str(path) in err.getvalue()
        return
    EXAMPLES["pipeline"] += 1  # the command recorded one attempt
    assert code in (cli.EXIT_OK, cli.EXIT_BLOCKED, cli.EXIT_ERROR), err.getvalue()
    assert "unexpected error" not in err.getvalue()
    payload = json.loads(out.getvalue())
    assert payload.get("_run_id") or payload.get("run_id")


@SETTINGS
@given(data=file_bytes | json_values.map(lambda v: json.dumps({"runs_dir": "/tmp/x", "ui_scale": v}).encode()))
def test_the_settings_loader_falls_back_with_a_warning(tmp_path_factory, data):
    path = tmp_path_factory.getbasetemp() / "settings.json"
    path.write_bytes(data)
    EXAMPLES["settings"] += 1
    loaded = load_settings(path)
    assert isinstance(loaded.settings, Settings)
    if loaded.warning is not None:
        assert loaded.settings == Settings() and str(path) in loaded.warning


SECTIONS = st.sampled_from(["blades", "materials", "machines", "weights", "version", "x"])
ENTRY_IDS = st.sampled_from(["saw:veneer_160", "saw:new", "hardwood", "default", "power", "bite"])
FIELDS = st.sampled_from(["diameter_mm", "max_rpm", "teeth", "kerf_mm", "name", "tool_id", "id", "travel_x_mm", "min"])
catalog_files = st.dictionaries(
    SECTIONS,
    json_values | st.dictionaries(ENTRY_IDS, json_values | st.dictionaries(FIELDS, json_values | odd_numbers)),
    max_size=4,
).map(lambda d: json.dumps(d).encode())  # json.dumps writes NaN/Infinity, which the loader must refuse


@FEW
@given(data=file_bytes | catalog_files)
def test_the_catalog_loader_leaves_a_bad_shop_file_out(tmp_path_factory, catalog, data):
    folder = tmp_path_factory.getbasetemp() / "user-catalog"
    folder.mkdir(exist_ok=True)
    (folder / "shop.json").write_bytes(data)
    EXAMPLES["catalog"] += 1
    loaded = load_catalog(user_dir=folder)
    assert set(catalog.blades) <= set(loaded.catalog.blades)
    for problem in loaded.problems:
        assert problem.file.name == "shop.json" and problem.message
