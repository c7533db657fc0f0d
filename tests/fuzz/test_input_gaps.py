"""Bad input the fuzz tests once found handled badly (settings, job files): each now gets a plain message."""

import json
import subprocess
import sys

import pytest

from rmos_desktop.core.jobfile import JobFileError, read_job_file
from rmos_desktop.core.services import AppServices
from rmos_desktop.core.settings import RunsDirError, resolve_runs_dir
from tests.conftest import REPO
from tests.gui.test_app_startup import private_env, run_app

IMPOSSIBLE_DIRS = ["runs\x00dir", "~no-such-user-rmos/runs"]


@pytest.mark.parametrize("runs_dir", IMPOSSIBLE_DIRS)
def test_a_settings_file_with_an_impossible_runs_dir_still_starts(tmp_path, catalog, runs_dir, monkeypatch):
    monkeypatch.delenv("RMOS_RUNS_DIR", raising=False)
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"runs_dir": runs_dir}))  # as a hand-edited file would have it
    services = AppServices.load(settings_path=path, catalog=catalog)
    assert "runs_dir" in services.settings_warning
    assert services.runs.source == "default"


@pytest.mark.parametrize("runs_dir", IMPOSSIBLE_DIRS)
def test_an_impossible_runs_dir_from_the_command_line_is_named(runs_dir):
    with pytest.raises(RunsDirError, match="--runs-dir"):
        resolve_runs_dir(runs_dir, env={})


def test_rmos_with_an_impossible_runs_dir_exits_2_with_a_message(tmp_path):
    env = private_env(tmp_path, RMOS_RUNS_DIR="~no-such-user-rmos/runs")
    job = REPO / "resources" / "examples" / "green-veneer-line.json"
    proc = subprocess.run(
        [sys.executable, "-m", "rmos_desktop.cli", "generate", str(job)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "RMOS_RUNS_DIR" in proc.stderr and "Traceback" not in proc.stderr


def test_the_app_refuses_to_start_on_an_impossible_runs_dir_rather_than_write_elsewhere(tmp_path):
    env = private_env(tmp_path, RMOS_RUNS_DIR="~no-such-user-rmos/runs", QT_QPA_PLATFORM="offscreen")
    proc = run_app([], env)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "cannot start" in proc.stderr and "RMOS_RUNS_DIR" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "data" / "rmos-desktop" / "runs").exists()


def test_a_control_character_is_named_once(tmp_path):
    path = tmp_path / "job.json"
    path.write_bytes(b'{"notes": "a\x01b"}')
    with pytest.raises(JobFileError) as exc:
        read_job_file(path)
    assert "Invalid control character at line 1" in str(exc.value)


def test_a_huge_integer_gets_a_plain_message(tmp_path):
    path = tmp_path / "job.json"
    path.write_text(json.dumps({"rpm": 0}).replace("0", "1" * 5000))
    with pytest.raises(JobFileError) as exc:
        read_job_file(path)
    assert "too many digits" in str(exc.value)
    assert "sys.set_int_max_str_digits" not in str(exc.value)
