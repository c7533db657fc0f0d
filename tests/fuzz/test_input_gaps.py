"""Bad input the fuzz tests found handled badly in files outside the audit slice. Each is a strict xfail
naming the fix: when the fix lands the test passes, and the marker must go."""

import json

import pytest

from rmos_desktop.core.jobfile import JobFileError, read_job_file
from rmos_desktop.core.services import AppServices
from rmos_desktop.core.settings import Settings, save_settings


@pytest.mark.xfail(
    strict=True,
    raises=(ValueError, RuntimeError),
    reason="settings.py: a runs_dir with a NUL byte or an unknown ~user raises from Path.resolve/expanduser at "
    "start-up; Settings.runs_dir should refuse NUL (so the file falls back to defaults with a warning) and "
    "resolve_runs_dir should turn RuntimeError/ValueError into a readable error",
)
@pytest.mark.parametrize("runs_dir", ["runs\x00dir", "~no-such-user-rmos/runs"])
def test_a_settings_file_with_an_impossible_runs_dir_still_starts(tmp_path, catalog, runs_dir):
    path = tmp_path / "settings.json"
    save_settings(Settings(runs_dir=runs_dir), path)
    services = AppServices.load(settings_path=path, catalog=catalog)
    assert services.settings_warning


@pytest.mark.xfail(
    strict=True,
    reason="jobfile.py: the message for a control character reads 'Invalid control character at at line 1' "
    "(json's msg already ends in 'at'); use exc.msg.removesuffix(' at')",
)
def test_a_control_character_is_named_once(tmp_path):
    path = tmp_path / "job.json"
    path.write_bytes(b'{"notes": "a\x01b"}')
    with pytest.raises(JobFileError) as exc:
        read_job_file(path)
    assert " at at " not in str(exc.value)


@pytest.mark.xfail(
    strict=True,
    reason="jobfile.py: a number with more than 4300 digits is reported with Python's advice "
    "'use sys.set_int_max_str_digits()'; say 'a number has too many digits' instead",
)
def test_a_huge_integer_gets_a_plain_message(tmp_path):
    path = tmp_path / "job.json"
    path.write_text(json.dumps({"rpm": 0}).replace("0", "1" * 5000))
    with pytest.raises(JobFileError) as exc:
        read_job_file(path)
    assert "sys.set_int_max_str_digits" not in str(exc.value)
