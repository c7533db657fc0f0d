"""End-to-end through the `rmos` command: catalog, check, generate and their exit codes."""

import hashlib
import json
from pathlib import Path

import pytest

from rmos_desktop.core.resources import examples_dir
from tests.cli.helpers import rmos, rmos_json


def example(name):
    return examples_dir() / f"{name}.json"


def test_catalog_lists_everything():
    code, data, _ = rmos_json("catalog")
    assert code == 0
    assert {b["tool_id"] for b in data["blades"]} >= {"saw:veneer_160", "saw:kerf_cut_v1"}
    assert {m["id"] for m in data["materials"]} == {"softwood", "hardwood", "plywood", "mdf"}
    assert {m["id"] for m in data["machines"]} == {"default", "linuxcnc"}
    text = rmos("catalog").stdout
    assert "saw:veneer_160" in text and "max 10000 rpm" in text


@pytest.mark.parametrize(
    "name, code, level",
    [
        ("green-veneer-line", 0, "GREEN"),
        ("yellow-veneer-fast", 0, "YELLOW"),
        ("red-kerfcut-overspeed", 3, "RED"),
        ("unknown-missing-rpm", 3, "UNKNOWN"),
    ],
)
def test_check_exit_codes_and_records_nothing(tmp_path, name, code, level):
    runs = tmp_path / "runs"
    got, data, _ = rmos_json("check", example(name), runs_dir=runs)
    assert got == code
    assert data["feasibility"]["risk_level"] == level
    assert not runs.exists() or not list(runs.rglob("*.json"))


def test_check_human_output_names_the_hazard():
    proc = rmos("check", example("red-kerfcut-overspeed"))
    assert proc.returncode == 3
    assert "Blade speed 12000 rpm exceeds the blade's marked maximum 7000 rpm" in proc.stdout


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "does not exist"),
        ("{not json", "not valid JSON"),
        ('{"rpm": NaN}', "NaN is not valid JSON"),
        ('{"rpm": Infinity}', "Infinity is not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
    ],
)
def test_unreadable_job_files_exit_2_without_traceback(tmp_path, content, message):
    path = tmp_path / "job.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    for cmd in ("check", "generate"):
        proc = rmos(cmd, path, runs_dir=tmp_path / "runs")
        assert proc.returncode == 2, proc.stderr
        assert message in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "runs").exists() or not list((tmp_path / "runs").rglob("*.json"))


def test_generate_ok_writes_gcode_out_and_artifact(tmp_path):
    runs, out = tmp_path / "runs", tmp_path / "job.nc"
    code, data, _ = rmos_json(
        "generate", example("green-veneer-line"), "--gcode-out", out, "--operator", "Dana", runs_dir=runs
    )
    assert code == 0
    art = json.loads((runs / data["_run_artifact_path"].split(str(runs) + "/")[1]).read_text())
    assert art["status"] == "OK" and art["meta"]["operator"] == "Dana"
    assert hashlib.sha256(out.read_bytes()).hexdigest() == data["_hashes"]["gcode_sha256"]
    assert "_move_list" not in data


def test_generate_blocked_exit_3_writes_no_gcode(tmp_path):
    runs, out = tmp_path / "runs", tmp_path / "job.nc"
    code, data, _ = rmos_json("generate", example("red-kerfcut-overspeed"), "--gcode-out", out, runs_dir=runs)
    assert code == 3 and data["error"] == "SAFETY_BLOCKED"
    assert not out.exists()
    assert len(list(runs.rglob("*.json"))) == 1


@pytest.mark.parametrize("content", ["[1,2]", '"x"', "null", '{"tool_id": 5}', '{"rpm": 1e400}'])
def test_anything_that_parses_leaves_an_artifact_and_exits_3(tmp_path, content):
    path = tmp_path / "job.json"
    path.write_text(content)
    code, _data, err = rmos_json("generate", path, runs_dir=tmp_path / "runs")
    assert code == 3, err
    assert len(list((tmp_path / "runs").rglob("*.json"))) == 1


def test_runs_dir_flag_beats_the_environment(tmp_path):
    code, data, _ = rmos_json(
        "generate", example("green-veneer-line"), "--runs-dir", tmp_path / "flag", runs_dir=tmp_path / "env"
    )
    assert code == 0 and data["_run_artifact_path"].startswith(str(tmp_path / "flag"))


def test_bad_arguments_exit_2():
    proc = rmos("generate")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_runs_dir_that_cannot_hold_files_exits_5_and_releases_no_gcode(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the runs folder should be")
    out = tmp_path / "job.nc"
    code, data, _ = rmos_json("generate", example("green-veneer-line"), "--gcode-out", out, runs_dir=blocker)
    assert code == 5 and data["error"] == "STORAGE_ERROR"
    assert not out.exists()


def test_generation_failure_exits_4_with_an_error_artifact(tmp_path, monkeypatch, capsys):
    """In-process: the generator crashes after the job was judged safe → TOOLPATHS_ERROR, exit 4, one ERROR
    artifact, no G-code anywhere."""
    from rmos_desktop import cli
    from rmos_desktop.core import pipeline

    def crash(*_args, **_kw):
        raise pipeline.GenerationCheckFailed("a move goes below the requested depth 1 mm")

    monkeypatch.setattr(pipeline, "_generate", crash)
    runs, out = tmp_path / "runs", tmp_path / "job.nc"
    code = cli.main(
        ["generate", str(example("green-veneer-line")), "--runs-dir", str(runs), "--gcode-out", str(out), "--json"]
    )
    assert code == 4
    detail = json.loads(capsys.readouterr().out)
    assert detail["error"] == "TOOLPATHS_ERROR"
    assert "GenerationCheckFailed" in detail["message"] and detail["run_id"] in detail["message"]
    artifacts = list(runs.rglob("*.json"))
    assert [str(p) for p in artifacts] == [detail["run_artifact_path"]]
    art = json.loads(artifacts[0].read_text(encoding="utf-8"))
    assert art["run_id"] == detail["run_id"] and art["status"] == "ERROR"
    assert art["meta"]["exception"] == {
        "type": "GenerationCheckFailed",
        "message": "a move goes below the requested depth 1 mm",
    }
    assert art["feasibility"]["risk_level"] == "GREEN"  # judged safe; generation itself failed
    assert art["outputs"]["gcode_text"] is None and art["hashes"]["gcode_sha256"] is None
    assert not out.exists() and not list(runs.rglob("*.nc"))


GOLDEN = Path(__file__).resolve().parents[1] / "golden"


@pytest.mark.parametrize(
    "name, flags",
    [
        ("green-veneer-line", ()),
        ("yellow-veneer-fast", ("--acknowledge-warnings", "--operator", "Dana")),
        ("kerf-array-side-kerfs", ()),
        ("fret-slots-648", ()),
    ],
)
def test_generate_writes_the_golden_program(tmp_path, name, flags):
    """The CLI's --gcode-out bytes are the golden file's (a YELLOW example generates once acknowledged)."""
    out = tmp_path / f"{name}.nc"
    code, data, err = rmos_json("generate", example(name), *flags, "--gcode-out", out, runs_dir=tmp_path / "runs")
    assert code == 0, err
    golden = (GOLDEN / f"{name}.nc").read_bytes()
    assert out.read_bytes() == golden
    assert hashlib.sha256(golden).hexdigest() == data["_hashes"]["gcode_sha256"]


def test_yellow_example_is_refused_without_the_acknowledgement(tmp_path):
    runs = tmp_path / "runs"
    proc = rmos("generate", example("yellow-veneer-fast"), "--operator", "Dana", runs_dir=runs)
    assert proc.returncode == 2 and "--acknowledge-warnings" in proc.stderr
    assert not runs.exists() or not list(runs.rglob("*.json"))
