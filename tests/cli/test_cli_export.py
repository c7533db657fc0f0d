"""`rmos export` and `rmos verify` end to end, in subprocesses."""

import base64
import json
import subprocess

from rmos_desktop.core.resources import examples_dir
from tests.cli.helpers import rmos, rmos_json
from tests.tools import need_tool


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


# ---- signed exports (issue 16 item 3) ---------------------------------------------------------------------------


def signed_export(tmp_path):
    """A run exported by a workstation with a station key of its own; (env, runs, usb, export JSON, run id)."""
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    runs, usb = tmp_path / "runs", tmp_path / "usb"
    usb.mkdir()
    code, data, err = rmos_json("generate", examples_dir() / "kerf-array-side-kerfs.json", runs_dir=runs, env=env)
    assert code == 0, err
    code, out, err = rmos_json("export", data["_run_id"], usb, "--name", "kerfs", runs_dir=runs, env=env)
    assert code == 0, err
    return env, runs, usb, out, data["_run_id"]


def test_the_real_minisign_verifies_an_exported_file_with_the_station_public_key(tmp_path):
    minisign = need_tool("minisign", "minisign")
    env, _runs, usb, out, run_id = signed_export(tmp_path)
    names = ["kerfs.nc", "kerfs.nc.minisig", "kerfs.nc.rmos.json", "kerfs.nc.sha256"]
    assert sorted(p.name for p in usb.iterdir()) == names
    pub = tmp_path / "station.pub"
    assert rmos("keys", "public", "--out", pub, env=env).returncode == 0
    key_id = pub.read_text().splitlines()[0].rsplit(" ", 1)[1]
    assert out["signed_by"] == key_id
    check = subprocess.run(
        [minisign, "-Vm", "kerfs.nc", "-p", str(pub)], cwd=usb, capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr
    assert "Signature and comment signature verified" in check.stdout
    assert f"run:{run_id}" in check.stdout and "file:kerfs.nc" in check.stdout and "ledger_head:" in check.stdout
    # one byte changed: minisign refuses it, and so does rmos verify
    nc = usb / "kerfs.nc"
    nc.write_bytes(nc.read_bytes().replace(b"F", b"f", 1))
    check = subprocess.run(
        [minisign, "-Vm", "kerfs.nc", "-p", str(pub)], cwd=usb, capture_output=True, text=True, check=False
    )
    assert check.returncode != 0 and "verified" not in check.stdout


def test_verify_says_which_key_signed(tmp_path):
    env, runs, usb, _out, run_id = signed_export(tmp_path)
    pub = tmp_path / "station.pub"
    rmos("keys", "public", "--out", pub, env=env)
    key_id = pub.read_text().splitlines()[0].rsplit(" ", 1)[1]
    nc = usb / "kerfs.nc"
    proc = rmos("verify", nc, runs_dir=runs, env=env)
    assert proc.returncode == 0 and run_id in proc.stdout
    assert f"Signed by key {key_id} (trusted)" in proc.stdout
    assert f"kerfs.nc.minisig: valid, signed by key {key_id} (trusted)" in proc.stdout
    assert f"signed by key {key_id} (trusted, verified)" in proc.stdout  # the DSSE envelope
    code, report, _ = rmos_json("verify", nc, runs_dir=runs, env=env)
    assert code == 0 and report["signed_by"] == [key_id] and report["trusted_keys"] == [key_id]
    assert report["minisig"]["valid"] and report["sidecar"]["signature_ok"]

    # another PC: no runs here, no key of its own; the station's public key given with --trust is enough
    other = {"XDG_CONFIG_HOME": str(tmp_path / "other-cfg")}
    elsewhere = tmp_path / "other-runs"
    proc = rmos("verify", nc, runs_dir=elsewhere, env=other)
    assert proc.returncode == 1 and "not trusted here" in proc.stdout and "--trust" in proc.stdout
    proc = rmos("verify", nc, "--trust", pub, runs_dir=elsewhere, env=other)
    assert proc.returncode == 0
    assert proc.stdout.startswith(f"SIGNED: these exact bytes carry a valid signature by trusted key {key_id}")
    # an auditor who does not trust this workstation's own key
    proc = rmos("verify", nc, "--no-station-key", runs_dir=runs, env=env)
    assert proc.returncode == 0 and "not trusted here" in proc.stdout and "(trusted)" not in proc.stdout
    # a bad --trust file is a usage error
    proc = rmos("verify", nc, "--trust", usb / "kerfs.nc.sha256", runs_dir=runs, env=env)
    assert proc.returncode == 2 and "--trust" in proc.stderr and "Traceback" not in proc.stderr


def test_verify_names_a_signature_that_does_not_verify(tmp_path):
    env, runs, usb, _out, _run_id = signed_export(tmp_path)
    nc = usb / "kerfs.nc"
    side = usb / "kerfs.nc.rmos.json"
    envelope = json.loads(side.read_text())
    statement = json.loads(base64.b64decode(envelope["payload"]))
    statement["predicate"]["operator"] = "someone else"
    envelope["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()
    side.write_text(json.dumps(envelope))
    minisig = usb / "kerfs.nc.minisig"
    lines = minisig.read_text().splitlines()
    lines[3] = base64.b64encode(bytes(64)).decode()  # the global signature over the trusted comment
    minisig.write_text("\n".join(lines) + "\n")
    proc = rmos("verify", nc, runs_dir=runs, env=env)
    assert "does NOT verify" in proc.stdout and "Traceback" not in proc.stderr
    assert "kerfs.nc.minisig: does NOT verify" in proc.stdout
    assert "its signature by key" in proc.stdout  # the envelope's line
    code, report, _ = rmos_json("verify", nc, runs_dir=runs, env=env)
    assert code == 0 and report["signed_by"] == [] and report["sidecar"]["signature_failed"]
