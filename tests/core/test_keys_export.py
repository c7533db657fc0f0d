"""Signed exports: the real minisign accepts NAME.nc.minisig, the DSSE statement verifies, verify names the key;
the export's intent comes before the destination is touched and interrupted exports are named and closed."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rmos_desktop.core import export as export_mod
from rmos_desktop.core.export import ExportRefused, export_run, find_runs_by_gcode
from rmos_desktop.core.export_leftovers import ExportIntentRecord, find_export_leftovers
from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.core.provenance import verify_file
from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.checkpoints import ledger_extends, parse_checkpoint, verify_checkpoint
from rmos_desktop.core.runs.dsse import parse_envelope, verify_envelope
from rmos_desktop.core.runs.keys import SigningKey, init_key_pair, load_signing_key
from rmos_desktop.core.runs.minisig import trusted_comment_fields, verify_minisig
from rmos_desktop.core.runs.recorder import new_id
from tests.conftest import load_example, need_minisign


@pytest.fixture
def station(tmp_path):
    key_path, pub_path = init_key_pair(tmp_path / "station")
    return load_signing_key(key_path), pub_path


def _records(recorder, kind):
    return [json.loads(p.read_text()) for p in sorted((recorder.runs_dir / "records" / kind).glob("*/*.json"))]


def test_real_minisign_verifies_the_export(recorder, ok_run, usb, station):
    exe = need_minisign()
    key, pub_path = station
    result = export_run(recorder, ok_run["_run_id"], usb, key=key)
    assert result.signed_by == key.key_id_hex
    nc = usb / result.file_name
    out = subprocess.run(
        [exe, "-Vm", str(nc), "-p", str(pub_path)], capture_output=True, text=True, timeout=30, check=False
    )
    assert out.returncode == 0, out.stderr
    assert f"file:{result.file_name}" in out.stdout and f"run:{ok_run['_run_id']}" in out.stdout
    nc.write_bytes(nc.read_bytes() + b"G0 X0\n")
    out = subprocess.run(
        [exe, "-Vm", str(nc), "-p", str(pub_path)], capture_output=True, text=True, timeout=30, check=False
    )
    assert out.returncode != 0


def test_minisig_trusted_comment_names_run_head_and_time(recorder, ok_run, usb, station):
    key, _ = station
    before = int(datetime.now(UTC).timestamp())
    result = export_run(recorder, ok_run["_run_id"], usb, key=key)
    nc = usb / result.file_name
    sig = verify_minisig((usb / (result.file_name + ".minisig")).read_text(), nc, key.public())
    fields = trusted_comment_fields(sig.trusted_comment)
    assert fields["run"] == ok_run["_run_id"] and fields["file"] == result.file_name
    assert before <= int(fields["timestamp"]) <= before + 60
    statement = json.loads(
        base64.b64decode(json.loads((usb / (result.file_name + ".rmos.json")).read_text())["payload"])
    )
    assert fields["ledger_head"] == statement["predicate"]["ledger_head"]


def test_statement_envelope_is_signed_by_the_key(recorder, ok_run, usb, station):
    key, _ = station
    result = export_run(recorder, ok_run["_run_id"], usb, key=key)
    env = parse_envelope((usb / (result.file_name + ".rmos.json")).read_text())
    assert env.payload_type == "application/vnd.in-toto+json"
    check = verify_envelope(env, [key.public()])
    assert check.verified_by == [key.key_id_hex]
    assert not verify_envelope(env, [SigningKey.generate().public()]).ok
    rec = _records(recorder, "exports")[-1]
    assert rec["meta"]["signed_by"] == key.key_id_hex and set(rec["files"]) == {
        result.file_name + s for s in ("", ".sha256", ".minisig", ".rmos.json")
    }


def test_verify_names_the_key_that_signed(recorder, ok_run, usb, station):
    key, _ = station
    result = export_run(recorder, ok_run["_run_id"], usb, key=key)
    nc = usb / result.file_name
    report = verify_file(nc, lambda sha: find_runs_by_gcode(recorder, sha), trusted=[key.public()])
    assert report.ok and report.signed_by == [key.key_id_hex]
    assert f"Signed by key {key.key_id_hex} (trusted)" in report.verdict
    assert report.minisig["valid"] and report.sidecar["signed"] and report.sidecar["agrees"]


def test_verify_on_another_pc_rests_on_the_signature(ok_run, usb, station, recorder):
    key, _ = station
    result = export_run(recorder, ok_run["_run_id"], usb, key=key)
    nc = usb / result.file_name
    nowhere = lambda sha: []  # noqa: E731 - another PC: no runs folder holds this run
    report = verify_file(nc, nowhere, trusted=[key.public()])
    assert report.ok and report.verdict.startswith("SIGNED:") and ok_run["_run_id"] in report.verdict
    untrusted = verify_file(nc, nowhere, trusted=[SigningKey.generate().public()])
    assert not untrusted.ok and "not trusted here" in untrusted.verdict and key.key_id_hex in untrusted.verdict
    nc.write_bytes(nc.read_bytes().replace(b"G1", b"G0", 1))
    changed = verify_file(nc, nowhere, trusted=[key.public()])
    assert not changed.ok and "does NOT verify" in changed.verdict


def test_verify_says_which_signature_was_changed(recorder, ok_run, usb, station):
    key, _ = station
    result = export_run(recorder, ok_run["_run_id"], usb, key=key)
    side = usb / (result.file_name + ".rmos.json")
    env = json.loads(side.read_text())
    payload = json.loads(base64.b64decode(env["payload"]))
    payload["predicate"]["operator"] = "Mallory"
    env["payload"] = base64.b64encode(json.dumps(payload).encode()).decode()
    side.write_text(json.dumps(env))
    (usb / (result.file_name + ".minisig")).unlink()
    report = verify_file(usb / result.file_name, lambda sha: [], trusted=[key.public()])
    assert not report.ok and "does NOT verify" in report.verdict and side.name in report.verdict


def test_an_old_unsigned_statement_is_read_and_said_unsigned(recorder, ok_run, usb, station):
    key, _ = station
    result = export_run(recorder, ok_run["_run_id"], usb, key=key)
    side = usb / (result.file_name + ".rmos.json")
    side.write_bytes(base64.b64decode(json.loads(side.read_text())["payload"]))  # as versions before signing wrote it
    (usb / (result.file_name + ".minisig")).unlink()
    report = verify_file(usb / result.file_name, lambda sha: find_runs_by_gcode(recorder, sha), trusted=[key.public()])
    assert report.ok and report.sidecar["valid"] and not report.sidecar["signed"]
    assert "unsigned" in report.verdict


def test_verify_trusts_the_station_key_by_default(recorder, ok_run, usb):
    from rmos_desktop.core.runs.keys import station_key

    result = export_run(recorder, ok_run["_run_id"], usb)  # signed by the station key
    report = verify_file(usb / result.file_name, lambda sha: [])
    assert report.ok and report.signed_by == [station_key().key_id_hex]


def test_a_damaged_station_key_refuses_the_export_untouched(recorder, ok_run, usb, monkeypatch):
    from rmos_desktop.core.runs import keys as keys_mod

    def broken(config_dir=None):
        raise keys_mod.StationKeyError("the station key cannot be used (damaged)")

    monkeypatch.setattr(export_mod, "station_key", broken)
    with pytest.raises(ExportRefused, match="station key"):
        export_run(recorder, ok_run["_run_id"], usb)
    assert list(usb.iterdir()) == []
    assert _records(recorder, "export_intents") == []


def test_the_intent_is_recorded_before_the_destination_is_touched(recorder, ok_run, usb, station, monkeypatch):
    key, _ = station
    seen = []
    real = export_mod._write_verified

    def spy(folder, name, *a, **kw):
        seen.append((name, len(_records(recorder, "export_intents")), len(_records(recorder, "exports"))))
        return real(folder, name, *a, **kw)

    monkeypatch.setattr(export_mod, "_write_verified", spy)
    result = export_run(recorder, ok_run["_run_id"], usb, key=key, operator="Dana")
    assert seen[0] == (result.file_name, 1, 0)
    (intent,) = _records(recorder, "export_intents")
    (rec,) = _records(recorder, "exports")
    assert intent["record_id"] == rec["record_id"]  # the export record closes the intent
    assert intent["files"] == [result.file_name + s for s in ("", ".sha256", ".minisig", ".rmos.json")]
    assert intent["operator"] == "Dana" and intent["key_id"] == key.key_id_hex
    assert find_export_leftovers(recorder) == []
    assert audit_runs(recorder.runs_dir).ok


def _interrupted_intent(recorder, run_id, usb, name, *, pid, age_s=60.0):
    intent = ExportIntentRecord(
        record_id=new_id(),
        run_id=run_id,
        destination=str(usb),
        file_name=name,
        files=[name, name + ".sha256", name + ".minisig", name + ".rmos.json"],
        gcode_sha256="ab" * 32,
        pid=pid,
        created_at_utc=datetime.now(UTC) - timedelta(seconds=age_s),
    )
    recorder.record("export_intent", intent)
    return intent


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_an_interrupted_export_is_named_and_closed_by_the_next(recorder, ok_run, usb, station):
    key, _ = station
    pid = _dead_pid()
    intent = _interrupted_intent(recorder, ok_run["_run_id"], usb, "old.nc", pid=pid)
    (usb / "old.nc").write_bytes(b"G0 X0\n")
    debris = usb / f".old.nc.sha256.{pid}.tmp"
    debris.write_bytes(b"half")
    stray = usb / f".other.nc.{pid}.tmp"
    stray.write_bytes(b"x")
    found = find_export_leftovers(recorder, also_destination=usb)
    assert [f.intent_id for f in found] == [intent.record_id, None]
    assert "Interrupted export of run" in found[0].describe() and "old.nc" in found[0].describe()
    assert found[0].complete.keys() == {"old.nc"} and not found[0].gcode_complete
    assert found[0].debris == [str(debris)] and found[1].debris == [str(stray)]
    assert debris.exists()  # finding is read-only

    result = export_run(recorder, ok_run["_run_id"], usb, key=key)
    assert len(result.leftovers) == 2
    assert intent.record_id in json.dumps(_records(recorder, "exports"))
    closing = next(r for r in _records(recorder, "exports") if r["record_id"] == intent.record_id)
    assert closing["verified"] is False and closing["meta"]["interrupted"] is True
    assert closing["error"].startswith("interrupted: Interrupted export of run")
    assert not debris.exists() and not stray.exists()
    assert (usb / "old.nc").exists()  # a file at its final name is named, never deleted
    assert find_export_leftovers(recorder, also_destination=usb) == []
    assert audit_runs(recorder.runs_dir).ok


def test_an_export_in_flight_in_another_process_is_not_a_leftover(recorder, ok_run, usb):
    _interrupted_intent(recorder, ok_run["_run_id"], usb, "live.nc", pid=os.getppid())
    assert find_export_leftovers(recorder) == []
    old = _interrupted_intent(recorder, ok_run["_run_id"], usb, "stale.nc", pid=os.getppid(), age_s=7 * 3600)
    assert [f.intent_id for f in find_export_leftovers(recorder)] == [old.record_id]
    other_host = ExportIntentRecord(
        record_id=new_id(),
        run_id=ok_run["_run_id"],
        destination=str(usb / "unplugged"),
        file_name="x.nc",
        files=["x.nc"],
        gcode_sha256=None,
        host=socket.gethostname() + "-elsewhere",
        pid=os.getppid(),
    )
    recorder.record("export_intent", other_host)
    found = {f.intent_id: f for f in find_export_leftovers(recorder)}
    assert other_host.record_id in found and not found[other_host.record_id].reachable
    assert "cannot be reached" in found[other_host.record_id].describe()


def test_every_export_makes_a_checkpoint(recorder, ok_run, usb, station):
    key, _ = station
    result = export_run(recorder, ok_run["_run_id"], usb, key=key)
    assert result.checkpoint_path and result.checkpoint_problem is None
    rec = json.loads(Path(result.checkpoint_path).read_text())
    check = verify_checkpoint(rec["note"], [key.public()])
    assert check.ok
    cp = parse_checkpoint(rec["note"])[0]
    lines = [json.loads(x) for x in (recorder.runs_dir / "ledger.jsonl").read_text().splitlines()]
    assert lines[cp.size - 1]["kind"] == "export" and lines[cp.size - 1]["run_id"] == ok_run["_run_id"]
    assert ledger_extends(recorder.runs_dir, cp).ok


def test_no_checkpoint_over_a_damaged_trail_is_said_not_silent(recorder, catalog, ok_run, usb, station):
    key, _ = station
    other = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    victim = recorder.store.find_artifact(other["_run_id"])
    victim.chmod(0o644)
    victim.write_bytes(victim.read_bytes() + b" ")  # another run's artifact edited
    result = export_run(recorder, ok_run["_run_id"], usb, key=key)
    assert result.verified  # this run is intact: its export stands
    assert result.checkpoint_path is None
    assert "no checkpoint signed" in result.checkpoint_problem and "artifact_modified" in result.checkpoint_problem
    skipped = export_run(recorder, ok_run["_run_id"], usb, key=key, checkpoint=False)
    assert skipped.checkpoint_path is None and skipped.checkpoint_problem is None


def test_an_intent_that_cannot_be_recorded_stops_the_export_untouched(recorder, ok_run, usb, station, monkeypatch):
    key, _ = station
    real = recorder.record

    def refuse(kind, record):
        if kind == "export_intent":
            raise OSError(28, "No space left on device")
        return real(kind, record)

    monkeypatch.setattr(recorder, "record", refuse)
    with pytest.raises(export_mod.ExportFailed, match=r"not started.*intent could not be recorded"):
        export_run(recorder, ok_run["_run_id"], usb, key=key)
    assert list(usb.iterdir()) == []


def test_an_unforeseen_error_mid_export_leaves_nothing_and_closes_the_intent(
    recorder, ok_run, usb, station, monkeypatch
):
    key, _ = station

    def broken(*a, **kw):
        raise RuntimeError("signing blew up")

    monkeypatch.setattr(export_mod, "sign_minisig", broken)
    with pytest.raises(export_mod.ExportFailed, match="signing blew up"):
        export_run(recorder, ok_run["_run_id"], usb, key=key)
    assert list(usb.iterdir()) == []
    (rec,) = _records(recorder, "exports")
    (intent,) = _records(recorder, "export_intents")
    assert rec["record_id"] == intent["record_id"] and rec["verified"] is False
    assert find_export_leftovers(recorder, also_destination=usb) == []
