"""Verified export: only intact OK runs, FAT-safe names, read-back verification, nothing half-written."""

import base64
import contextlib
import errno
import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from rmos_desktop.core import export as export_mod
from rmos_desktop.core.export import (
    ExportConflict,
    ExportFailed,
    ExportRefused,
    export_run,
    find_runs_by_gcode,
    sanitize_export_name,
)
from rmos_desktop.core.pipeline import SafetyBlocked, ToolpathsError, rmos_toolpaths
from rmos_desktop.core.provenance import ProvenanceStatement, verify_file
from tests.conftest import load_example


def exports(recorder):
    return [json.loads(p.read_text()) for p in sorted((recorder.runs_dir / "records" / "exports").glob("*/*.json"))]


def test_export_writes_four_files_that_sha256sum_accepts(recorder, ok_run, usb):
    result = export_run(recorder, ok_run["_run_id"], usb, operator="Dana")
    assert result.verified and not result.already_there
    nc = usb / result.file_name
    assert nc.read_bytes() == ok_run["gcode_text"].encode()
    assert result.file_name == f"ultra_thin_140-kerf_array-{ok_run['_hashes']['gcode_sha256'][:8]}.nc"
    proc = subprocess.run(
        ["sha256sum", "-c", nc.name + ".sha256"], cwd=usb, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and f"{nc.name}: OK" in proc.stdout
    assert sorted(p.name for p in usb.iterdir()) == [
        nc.name,
        nc.name + ".minisig",
        nc.name + ".rmos.json",
        nc.name + ".sha256",
    ]


def test_provenance_statement_validates_and_names_the_run(recorder, ok_run, usb):
    result = export_run(recorder, ok_run["_run_id"], usb)
    envelope = json.loads((usb / (result.file_name + ".rmos.json")).read_text())
    assert envelope["payloadType"] == "application/vnd.in-toto+json"
    raw = json.loads(base64.b64decode(envelope["payload"]))
    statement = ProvenanceStatement.model_validate(raw)
    assert raw["_type"] == "https://in-toto.io/Statement/v1"
    assert statement.subject[0].name == result.file_name
    assert statement.subject[0].digest.sha256 == hashlib.sha256((usb / result.file_name).read_bytes()).hexdigest()
    p = statement.predicate
    assert p.run_id == ok_run["_run_id"] and p.status == "OK" and p.tool_id == "saw:ultra_thin_140"
    assert p.material == "plywood" and p.machine == "default" and p.risk_level == "GREEN"
    assert p.hashes == ok_run["_hashes"]
    # The statement carries the ledger head as it stood when the files were written: the export's intent, the
    # line before the export's own record (then comes the checkpoint made after the export).
    lines = [json.loads(x) for x in (recorder.runs_dir / "ledger.jsonl").read_text().splitlines()]
    assert [x["kind"] for x in lines[-3:]] == ["export_intent", "export", "checkpoint"]
    assert p.ledger_head == f"{lines[-3]['seq']}:{lines[-3]['hash']}"


def test_every_export_leaves_a_record(recorder, ok_run, usb):
    export_run(recorder, ok_run["_run_id"], usb, operator="Dana")
    (rec,) = exports(recorder)
    assert rec["run_id"] == ok_run["_run_id"] and rec["verified"] is True and rec["operator"] == "Dana"
    assert rec["destination"] == str(usb) and rec["gcode_sha256"] == ok_run["_hashes"]["gcode_sha256"]
    lines = [json.loads(x) for x in (recorder.runs_dir / "ledger.jsonl").read_text().splitlines()]
    assert lines[-2]["kind"] == "export" and lines[-2]["run_id"] == ok_run["_run_id"]


@pytest.mark.parametrize("example, outcome", [("red-kerfcut-overspeed", SafetyBlocked)])
def test_blocked_runs_are_refused(recorder, catalog, usb, example, outcome):
    with pytest.raises(outcome) as exc:
        rmos_toolpaths(load_example(example), recorder=recorder, catalog=catalog)
    with pytest.raises(ExportRefused, match="BLOCKED"):
        export_run(recorder, exc.value.detail["run_id"], usb)
    assert list(usb.iterdir()) == [] and exports(recorder) == []


def test_error_runs_are_refused(recorder, catalog, usb, monkeypatch):
    from rmos_desktop.core import pipeline

    monkeypatch.setattr(pipeline, "generate_gcode", lambda *a, **k: 1 / 0)
    with pytest.raises(ToolpathsError) as exc:
        rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    with pytest.raises(ExportRefused, match="ERROR"):
        export_run(recorder, exc.value.detail["run_id"], usb)


def _unlock(path: Path) -> None:
    os.chmod(path, 0o644)


def test_tampered_inline_gcode_is_refused(recorder, ok_run, usb):
    path = Path(ok_run["_run_artifact_path"])
    _unlock(path)
    art = json.loads(path.read_text())
    art["outputs"]["gcode_text"] = art["outputs"]["gcode_text"].replace("F6000", "F9000")
    path.write_text(json.dumps(art, indent=2))
    with pytest.raises(ExportRefused, match="modified after it was recorded"):
        export_run(recorder, ok_run["_run_id"], usb)
    assert list(usb.iterdir()) == []


def _tamper_with_its_ledger_line(recorder, ok_run, *, rehash_line: bool):
    """Change the artifact's feed rate and write the new file hash into its ledger line."""
    path = Path(ok_run["_run_artifact_path"])
    _unlock(path)
    art = json.loads(path.read_text())
    art["outputs"]["gcode_text"] = art["outputs"]["gcode_text"].replace("F6000", "F9000")
    path.write_text(json.dumps(art, indent=2))
    new_sha = hashlib.sha256(path.read_bytes()).hexdigest()
    ledger = recorder.runs_dir / "ledger.jsonl"
    lines = [json.loads(x) for x in ledger.read_text().splitlines()]
    for entry in lines:
        if entry["run_id"] == ok_run["_run_id"] and entry["kind"] == "artifact":
            entry["sha256"] = new_sha
            if rehash_line:  # a careful forger also fixes the line's own hash (the chain then breaks)
                body = {k: v for k, v in entry.items() if k != "hash"}
                canon = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                entry["hash"] = hashlib.sha256(canon.encode()).hexdigest()
    _unlock(ledger)
    ledger.write_text("".join(json.dumps(e) + "\n" for e in lines))


@pytest.mark.parametrize("rehash_line", [False, True], ids=["line-edited", "line-rehashed"])
def test_an_edited_ledger_line_does_not_vouch_for_an_edited_artifact(recorder, catalog, ok_run, usb, rehash_line):
    # A later record, so the forged line has a successor whose `prev` witnesses it.
    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    _tamper_with_its_ledger_line(recorder, ok_run, rehash_line=rehash_line)
    with pytest.raises(ExportRefused, match="not in the audit ledger"):
        export_run(recorder, ok_run["_run_id"], usb)
    assert list(usb.iterdir()) == []


def test_a_voided_write_is_not_exportable(recorder, ok_run, usb):
    from rmos_desktop.core.runs.ledger import line_hash  # the void line is built as the recorder builds it

    path = Path(ok_run["_run_artifact_path"])
    ledger = recorder.runs_dir / "ledger.jsonl"
    lines = [json.loads(x) for x in ledger.read_text().splitlines()]
    listed = next(e for e in lines if e["run_id"] == ok_run["_run_id"] and e["kind"] == "artifact")
    void = {**listed, "seq": lines[-1]["seq"] + 1, "kind": "void", "prev": lines[-1]["hash"]}
    void["hash"] = line_hash(void)
    _unlock(ledger)
    with ledger.open("a") as fh:
        fh.write(json.dumps(void) + "\n")
    assert path.exists()
    with pytest.raises(ExportRefused, match="not in the audit ledger"):
        export_run(recorder, ok_run["_run_id"], usb)


def test_tampered_sidecar_gcode_is_refused(recorder, catalog, usb):
    job = load_example("kerf-array-side-kerfs")
    job["cut"] = {**job["cut"], "count": 110, "pitch_mm": 5}
    job["stepdown_mm"] = 0.1
    out = rmos_toolpaths(job, recorder=recorder, catalog=catalog)
    nc = Path(out["_run_artifact_path"]).with_suffix(".nc")
    _unlock(nc)
    nc.write_text(nc.read_text().replace("F6000", "F9000", 1))
    with pytest.raises(ExportRefused, match=r"G-code file .*\.nc does not match gcode_sha256"):
        export_run(recorder, out["_run_id"], usb)


@pytest.mark.parametrize("bad", ["../x", "a/b", "0" * 31, "A" * 32, "", "0" * 32 + "/.."])
def test_malformed_run_ids_never_touch_a_path(recorder, usb, bad):
    from rmos_desktop.core.runs.schemas import InvalidRunId

    with pytest.raises(InvalidRunId):
        export_run(recorder, bad, usb)


def test_name_sanitising_for_fat():
    assert sanitize_export_name('a<b>c:d"e/f\\g|h?i*j') == "a_b_c_d_e_f_g_h_i_j"
    assert sanitize_export_name("CON") == "_CON"
    assert sanitize_export_name("lpt1.backup") == "_lpt1.backup"
    assert sanitize_export_name("  job. ") == "job"
    assert sanitize_export_name("job.nc") == "job"
    assert sanitize_export_name("") == "rmos-export"
    assert sanitize_export_name("tab\there\x00") == "tab_here_"
    long = sanitize_export_name("ü" * 300)
    assert len((long + ".nc.rmos.json").encode()) <= 255
    assert long == "ü" * len(long)  # never cut inside a character


def test_custom_name_is_sanitised_and_used(recorder, ok_run, usb):
    result = export_run(recorder, ok_run["_run_id"], usb, name="Side kerfs: OM?")
    assert result.file_name == "Side kerfs_ OM_.nc"
    assert (usb / "Side kerfs_ OM_.nc").is_file()


def test_same_file_already_there_is_reported_not_rewritten(recorder, ok_run, usb):
    first = export_run(recorder, ok_run["_run_id"], usb)
    mtime = (usb / first.file_name).stat().st_mtime_ns
    second = export_run(recorder, ok_run["_run_id"], usb)
    assert second.already_there and second.verified
    assert (usb / first.file_name).stat().st_mtime_ns == mtime


def test_different_file_is_never_silently_overwritten(recorder, ok_run, usb):
    first = export_run(recorder, ok_run["_run_id"], usb)
    (usb / first.file_name).write_text("G0 X0\n")
    with pytest.raises(ExportConflict):
        export_run(recorder, ok_run["_run_id"], usb)
    assert (usb / first.file_name).read_text() == "G0 X0\n"
    again = export_run(recorder, ok_run["_run_id"], usb, overwrite=True)
    assert again.verified and (usb / first.file_name).read_text() == ok_run["gcode_text"]


def _assert_nothing_left_and_failed_record(recorder, usb, run_id):
    assert [p.name for p in usb.iterdir()] == []
    (rec,) = exports(recorder)
    assert rec["verified"] is False and rec["run_id"] == run_id and rec["error"]


def _fill_up(usb, monkeypatch) -> None:
    """From here on, every write into `usb` fails as on a full stick (ENOSPC); other writes go through."""
    real = os.write

    def full(fd, data):
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(usb)):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data)

    monkeypatch.setattr(export_mod.os, "write", full)


def test_disk_full_leaves_nothing_and_a_failed_record(recorder, ok_run, usb, monkeypatch):
    _fill_up(usb, monkeypatch)
    with pytest.raises(ExportFailed, match="the stick is full"):
        export_run(recorder, ok_run["_run_id"], usb)
    monkeypatch.undo()
    _assert_nothing_left_and_failed_record(recorder, usb, ok_run["_run_id"])


def test_a_failure_that_cannot_be_recorded_still_says_what_failed(recorder, ok_run, usb, monkeypatch):
    real_record = recorder.record

    def no_record(kind, record):
        if kind == "export":
            raise OSError(errno.EIO, "Input/output error")
        return real_record(kind, record)

    _fill_up(usb, monkeypatch)
    monkeypatch.setattr(recorder, "record", no_record)
    with pytest.raises(ExportFailed, match=r"the stick is full.*could not be recorded either.*Input/output error"):
        export_run(recorder, ok_run["_run_id"], usb)
    assert list(usb.iterdir()) == []


def test_destination_disappearing_leaves_nothing(recorder, ok_run, usb, monkeypatch):
    real_replace = os.replace

    def vanish(src, dst):
        if str(dst).endswith(".sha256"):  # the stick is pulled after the G-code was written and verified
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(export_mod.os, "replace", vanish)
    with pytest.raises(ExportFailed, match="input/output error"):
        export_run(recorder, ok_run["_run_id"], usb)
    monkeypatch.undo()
    _assert_nothing_left_and_failed_record(recorder, usb, ok_run["_run_id"])


def test_destination_folder_gone_is_refused(recorder, ok_run, tmp_path):
    with pytest.raises(ExportRefused, match="not a folder"):
        export_run(recorder, ok_run["_run_id"], tmp_path / "unplugged")


def test_read_back_mismatch_leaves_nothing(recorder, ok_run, usb, monkeypatch):
    monkeypatch.setattr(export_mod, "read_back_sha256", lambda *a, **k: "0" * 64)
    with pytest.raises(ExportFailed, match="did not store the bytes written"):
        export_run(recorder, ok_run["_run_id"], usb)
    monkeypatch.undo()
    _assert_nothing_left_and_failed_record(recorder, usb, ok_run["_run_id"])


def test_read_back_really_reads_the_file(recorder, ok_run, usb, monkeypatch):
    """The verification hashes what is on the device, not the bytes in memory."""
    calls = []
    real = export_mod.read_back_sha256
    monkeypatch.setattr(export_mod, "read_back_sha256", lambda p, *a, **k: calls.append(Path(p)) or real(p, *a, **k))
    result = export_run(recorder, ok_run["_run_id"], usb)
    names = [result.file_name + suffix for suffix in ("", ".sha256", ".minisig", ".rmos.json")]
    assert [p.name for p in calls] == names


def test_verify_finds_every_run_with_the_same_bytes(recorder, catalog, ok_run, usb):
    second = rmos_toolpaths(load_example("kerf-array-side-kerfs"), recorder=recorder, catalog=catalog)
    assert second["_hashes"]["gcode_sha256"] == ok_run["_hashes"]["gcode_sha256"]
    result = export_run(recorder, ok_run["_run_id"], usb)
    report = verify_file(usb / result.file_name, lambda sha: find_runs_by_gcode(recorder, sha))
    assert report.ok and {m.run_id for m in report.matches} == {ok_run["_run_id"], second["_run_id"]}
    assert report.sidecar["agrees"] and report.sha256_file["agrees"]
    exported = next(m for m in report.matches if m.run_id == ok_run["_run_id"])
    assert exported.exports and exported.exports[0]["verified"] is True


def test_one_changed_byte_fails_verification(recorder, ok_run, usb):
    result = export_run(recorder, ok_run["_run_id"], usb)
    nc = usb / result.file_name
    data = bytearray(nc.read_bytes())
    data[-5] ^= 0x01
    nc.write_bytes(bytes(data))
    report = verify_file(nc, lambda sha: find_runs_by_gcode(recorder, sha))
    assert not report.ok and not report.matches and not report.line_endings_only
    assert "NO MATCH" in report.verdict
    assert report.sha256_file["agrees"] is False and report.sidecar["agrees"] is False


def test_crlf_copy_is_recognised_as_such(recorder, ok_run, usb):
    result = export_run(recorder, ok_run["_run_id"], usb)
    copy = usb / "windows-copy.nc"
    copy.write_bytes((usb / result.file_name).read_bytes().replace(b"\n", b"\r\n"))
    report = verify_file(copy, lambda sha: find_runs_by_gcode(recorder, sha))
    assert not report.ok and report.line_endings_only
    assert report.near_match_run_ids == [ok_run["_run_id"]]
    assert "only in its line endings (CRLF" in report.verdict


def test_checking_one_file_agrees_with_reading_the_whole_ledger(recorder, catalog, ok_run):
    """`only=[path]` (what export uses) gives the same answer as the full map, for sound, edited, voided
    and last lines alike."""
    from rmos_desktop.core.runs.integrity import ledger_file_hashes
    from rmos_desktop.core.runs.ledger import line_hash

    for name in ("green-veneer-line", "red-kerfcut-overspeed", "kerf-array-side-kerfs", "fret-slots-648"):
        with contextlib.suppress(SafetyBlocked):
            rmos_toolpaths(load_example(name), recorder=recorder, catalog=catalog)
    ledger = recorder.runs_dir / "ledger.jsonl"
    lines = [json.loads(x) for x in ledger.read_text().splitlines()]
    lines[1]["sha256"] = "0" * 64  # an edited line: vouches for nothing
    void = {**lines[2], "seq": lines[-1]["seq"] + 1, "kind": "void", "prev": lines[-1]["hash"]}
    void["hash"] = line_hash(void)  # a voided write
    _unlock(ledger)
    ledger.write_text("".join(json.dumps(e) + "\n" for e in [*lines, void]))
    full = ledger_file_hashes(recorder.ledger)
    assert lines[1]["path"] not in full and lines[2]["path"] not in full and lines[3]["path"] in full
    for entry in lines:
        path = entry["path"]
        assert ledger_file_hashes(recorder.ledger, only=[path]).get(path) == full.get(path), path
