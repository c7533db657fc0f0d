"""The `rmos` command reads the GUI's settings file and picks the runs directory in the order
--runs-dir > RMOS_RUNS_DIR > settings file > default (DESIGN.md §3, "Where things live")."""

import json
from pathlib import Path

from rmos_desktop.core.resources import examples_dir
from rmos_desktop.core.settings import Settings, save_settings, settings_path
from tests.cli.helpers import rmos_json

JOB = examples_dir() / "green-veneer-line.json"


def generate(*args, env=None):
    code, data, err = rmos_json("generate", JOB, *args, env=env)
    assert code == 0, err
    artifact = Path(data["_run_artifact_path"])
    return artifact, json.loads(artifact.read_text(encoding="utf-8"))


def test_cli_reads_the_settings_file_and_honours_the_runs_dir_precedence(home):
    from_settings, from_env, from_flag = home / "shop-runs", home / "env-runs", home / "flag-runs"
    path = save_settings(Settings(runs_dir=str(from_settings), operator="Dana Ölmez"), settings_path())
    assert path == home / "config" / "rmos-desktop" / "settings.json"  # where the GUI keeps it (XDG)

    artifact, art = generate()
    assert artifact.is_relative_to(from_settings)
    assert art["meta"]["operator"] == "Dana Ölmez"

    artifact, art = generate(env={"RMOS_RUNS_DIR": str(from_env)})
    assert artifact.is_relative_to(from_env)
    assert art["meta"]["operator"] == "Dana Ölmez"  # the settings still give the operator

    artifact, art = generate("--runs-dir", from_flag, "--operator", "Kim", env={"RMOS_RUNS_DIR": str(from_env)})
    assert artifact.is_relative_to(from_flag)
    assert art["meta"]["operator"] == "Kim"

    for folder in (from_settings, from_env, from_flag):
        assert len(list(folder.rglob("*.json"))) == 1, folder


def test_without_a_settings_file_runs_go_to_the_user_data_folder(home):
    artifact, art = generate()
    assert artifact.is_relative_to(home / "data" / "rmos-desktop" / "runs" / "rmos")
    assert art["meta"]["operator"] is None
