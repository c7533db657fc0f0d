"""`rmos export` and `rmos verify` end to end, in subprocesses."""

import subprocess

from rmos_desktop.core.resources import examples_dir
from tests.cli.helpers import rmos, rmos_json


def generate(runs, name="kerf-array-side-kerfs"):
    code, data, _err = rmos_json("generate", examples_dir() / f"{name}.json", runs_dir=runs)
    return code, data


def test_export_then_sha256sum_then_verify(tmp_path):
    runs, usb = tmp_path / "runs", tmp_path / "usb"
    usb.mkdir()
    code, data = generate(runs)
    assert code == 0
    code, out, err = rmos_json("export", data["_run_id"], usb, runs_dir=runs)
    assert code == 0, err
    assert out["verified"] is True
    nc = usb / out["file_name"]
    check = subprocess.run(
        ["sha256sum", "-c", nc.name + ".sha256"], cwd=usb, capture_output=True, text=True, check=False
    )
    assert check.returncode == 0
    code, report, _ = rmos_json("verify", nc, runs_dir=runs)
    assert code == 0 and report["matches"][0]["run_id"] == data["_run_id"]
    assert report["matches"][0]["exports"][0]["verified"] is True
    text = rmos("verify", nc, runs_dir=runs).stdout
    assert "MATCH" in text and data["_run_id"] in text


def test_export_of_a_blocked_run_exits_1_with_the_reason(tmp_path):
    runs, usb = tmp_path / "runs", tmp_path / "usb"
    usb.mkdir()
    code, data = generate(runs, "red-kerfcut-overspeed")
    assert code == 3
    proc = rmos("export", data["run_id"], usb, runs_dir=runs)
    assert proc.returncode == 1 and "BLOCKED" in proc.stderr and "Traceback" not in proc.stderr
    assert list(usb.iterdir()) == []


def test_malformed_and_unknown_run_ids(tmp_path):
    runs, usb = tmp_path / "runs", tmp_path / "usb"
    usb.mkdir()
    assert rmos("export", "../../etc/passwd", usb, runs_dir=runs).returncode == 2
    proc = rmos("export", "0" * 32, usb, runs_dir=runs)
    assert proc.returncode == 1 and "is not in" in proc.stderr


def test_verify_exit_codes(tmp_path):
    runs = tmp_path / "runs"
    _code, data = generate(runs)
    good = tmp_path / "good.nc"
    good.write_text(data["gcode_text"])
    assert rmos("verify", good, runs_dir=runs).returncode == 0
    changed = tmp_path / "changed.nc"
    changed.write_text(data["gcode_text"].replace("F6000", "F6001", 1))
    proc = rmos("verify", changed, runs_dir=runs)
    assert proc.returncode == 1
    assert "NO MATCH" in proc.stdout and "not produced here, or it was modified" in proc.stdout
    crlf = tmp_path / "crlf.nc"
    crlf.write_bytes(data["gcode_text"].encode().replace(b"\n", b"\r\n"))
    proc = rmos("verify", crlf, runs_dir=runs)
    assert proc.returncode == 1 and "line endings" in proc.stdout
    assert rmos("verify", tmp_path / "missing.nc", runs_dir=runs).returncode == 2
