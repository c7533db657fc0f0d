"""Checkpoints: C2SP signed-note form, made only over an intact trail, cosigned by a key off the workstation, and
a consistent full rewrite of the ledger caught against a cosigned checkpoint."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.checkpoints import (
    CheckpointError,
    check_checkpoints,
    cosign,
    ledger_extends,
    make_checkpoint,
    note_key_hash,
    parse_checkpoint,
    parse_vkey,
    recorded_checkpoints,
    verify_checkpoint,
    vkey,
)
from rmos_desktop.core.runs.keys import PublicKey, SigningKey
from rmos_desktop.core.runs.ledger import GENESIS, line_hash
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import ExportRecord
from tests.core.test_audit import populate


def _export_record(recorder: RunRecorder, run_id: str) -> None:
    recorder.record(
        "export",
        ExportRecord(
            record_id=new_id(), run_id=run_id, destination="/m", file_name="x.nc", gcode_sha256=None, verified=False
        ),
    )


@pytest.fixture
def shop(recorder, catalog):
    return populate(recorder, catalog)


@pytest.fixture
def station():
    return SigningKey.generate()


def test_signed_note_matches_the_go_sumdb_note_example():
    # the example of golang.org/x/mod/sumdb/note (PeterNeumann): key hash, vkey and signature, all independent
    name, raw = parse_vkey("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
    pub = PublicKey.from_raw(bytes(8), raw)
    assert note_key_hash(name, pub).hex() == "c74f20a3"
    note = (
        "If you think cryptography is the answer to your problem,\n"
        "then you don't know what your problem is.\n"
        "\n"
        "\u2014 PeterNeumann "
        "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
    )
    sig = base64.b64decode(note.rsplit(" ", 1)[1])
    assert sig[:4].hex() == "c74f20a3"
    body = note.split("\n\n", maxsplit=1)[0] + "\n"
    assert pub.verify(sig[4:], body.encode())
    assert vkey(name, pub) == "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"


def test_checkpoint_text_is_tlog_checkpoint_form(recorder, shop, station, runs_dir):
    head = recorder.head()
    result = make_checkpoint(recorder, station)
    body, _, sig_line = result.text.partition("\n\n")
    lines = body.split("\n")
    assert lines[0] == f"rmos-desktop/{station.key_id_hex}"
    assert lines[1] == str(head.seq)
    assert base64.b64decode(lines[2]).hex() == head.hash
    assert sig_line.startswith(f"\u2014 rmos-desktop/{station.key_id_hex} ")
    blob = base64.b64decode(sig_line.split(" ")[2])
    want_hash = hashlib.sha256(
        f"rmos-desktop/{station.key_id_hex}\n".encode() + b"\x01" + station.public().raw
    ).digest()[:4]
    assert blob[:4] == want_hash
    assert station.public().verify(blob[4:], (body + "\n").encode())
    check = verify_checkpoint(result.text, [station.public()])
    assert check.ok and check.verified == [(lines[0], station.key_id_hex)]
    assert ledger_extends(runs_dir, result.text).ok


def test_checkpoint_is_recorded_and_the_audit_accepts_it(recorder, shop, station, runs_dir):
    result = make_checkpoint(recorder, station, by="alice")
    assert result.record_path is not None
    rel = result.record_path.relative_to(runs_dir).as_posix()
    assert rel.startswith("records/checkpoints/")
    rec = json.loads(result.record_path.read_text())
    assert rec["kind"] == "checkpoint" and rec["note"] == result.text and rec["size"] == result.checkpoint.size
    assert rec["signers"] == [{"name": f"rmos-desktop/{station.key_id_hex}", "key_id": station.key_id_hex}]
    last = json.loads((runs_dir / "ledger.jsonl").read_text().splitlines()[-1])
    assert last["kind"] == "checkpoint" and last["path"] == rel
    report = audit_runs(runs_dir)
    assert report.ok, report.problems
    assert [p for p, _ in recorded_checkpoints(runs_dir)] == [result.record_path]


def test_no_checkpoint_over_a_missing_record(recorder, shop, station, runs_dir):
    victim = next(runs_dir.glob("records/exports/*/*.json"))
    victim.unlink()
    before = (runs_dir / "ledger.jsonl").read_bytes()
    with pytest.raises(CheckpointError, match="record_missing"):
        make_checkpoint(recorder, station)
    assert (runs_dir / "ledger.jsonl").read_bytes() == before
    assert recorded_checkpoints(runs_dir) == []


def test_no_checkpoint_of_an_empty_ledger(recorder, station):
    with pytest.raises(CheckpointError, match="empty"):
        make_checkpoint(recorder, station)


def test_cosign_adds_a_line_and_is_recorded(recorder, shop, station, runs_dir, tmp_path):
    made = make_checkpoint(recorder, station)
    supervisor = SigningKey.generate()
    co = cosign(made.text, supervisor, "supervisor", recorder=recorder, trusted=[station.public()])
    assert co.text.startswith(made.text)  # the station's line is kept, the cosignature appended
    assert co.text.count("\u2014 ") == 2
    check = verify_checkpoint(co.text, [station.public(), supervisor.public()])
    assert check.ok and {k for _, k in check.verified} == {station.key_id_hex, supervisor.key_id_hex}
    only_sup = verify_checkpoint(co.text, [supervisor.public()])
    assert only_sup.verified == [("supervisor", supervisor.key_id_hex)]
    assert only_sup.unknown == [f"rmos-desktop/{station.key_id_hex}"]
    rec = json.loads(co.record_path.read_text())
    assert rec["action"] == "cosign" and rec["signers"] == [{"name": "supervisor", "key_id": supervisor.key_id_hex}]
    assert audit_runs(runs_dir).ok
    # cosigning twice with the same key and name replaces, never duplicates, its line
    again = cosign(co.text, supervisor, "supervisor")
    assert again.text.count("\u2014 ") == 2


def test_cosign_refuses_what_it_cannot_vouch_for(recorder, shop, station, runs_dir):
    made = make_checkpoint(recorder, station)
    stranger = SigningKey.generate()
    with pytest.raises(CheckpointError, match="no trusted signature"):
        cosign(made.text, SigningKey.generate(), "sup", trusted=[stranger.public()])
    with pytest.raises(CheckpointError, match="no spaces"):
        cosign(made.text, stranger, "bad name")
    cp = parse_checkpoint(made.text)[0]
    forged = made.text.replace(
        base64.b64encode(bytes.fromhex(cp.head_hash)).decode(), base64.b64encode(bytes(32)).decode()
    )
    with pytest.raises(CheckpointError, match="not cosigned"):
        cosign(forged, stranger, "sup", recorder=recorder)


def test_a_changed_checkpoint_fails_its_signature(recorder, shop, station):
    made = make_checkpoint(recorder, station, record=False)
    cp = parse_checkpoint(made.text)[0]
    bigger = made.text.replace(f"\n{cp.size}\n", f"\n{cp.size + 1}\n", 1)
    check = verify_checkpoint(bigger, [station.public()])
    assert not check.ok and check.failed == [(cp.origin, station.key_id_hex)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "newline"),
        ("a\n1\nAAAA\n", "blank line"),
        ("a\n1\n" + base64.b64encode(bytes(32)).decode() + "\n\n- x AAAA\n", "not a signature line"),
        ("a\nX\n" + base64.b64encode(bytes(32)).decode() + "\n\n\u2014 x " + "A" * 92 + "\n", "size"),
        ("a\n1\nAAAA\n\n\u2014 x " + "A" * 92 + "\n", "32 bytes"),
    ],
)
def test_garbage_checkpoints_are_clear_errors(text, words):
    with pytest.raises(CheckpointError, match=words):
        verify_checkpoint(text, [])


def _rewrite_ledger_consistently(runs_dir: Path, drop_path_part: str) -> None:
    """An attacker with full file access: drop every line naming `drop_path_part`, renumber, re-chain, re-hash."""
    ledger = runs_dir / "ledger.jsonl"
    entries = [json.loads(x) for x in ledger.read_text().splitlines()]
    kept = [e for e in entries if drop_path_part not in e["path"]]
    assert len(kept) < len(entries)
    prev = GENESIS
    out = []
    for seq, old in enumerate(kept, 1):
        e = {k: v for k, v in old.items() if k not in ("hash", "sig")}
        e["seq"], e["prev"] = seq, prev
        e["hash"] = prev = line_hash(e)
        out.append(json.dumps(e, sort_keys=True, separators=(",", ":")))
    ledger.write_text("\n".join(out) + "\n")


def test_a_consistent_full_rewrite_is_caught_by_a_cosigned_checkpoint(recorder, shop, station, runs_dir):
    made = make_checkpoint(recorder, station)
    supervisor = SigningKey.generate()
    co = cosign(made.text, supervisor, "supervisor", trusted=[station.public()])  # kept on the supervisor's stick
    _export_record(recorder, shop[0])  # a record after the checkpoint
    findings = check_checkpoints(runs_dir, [station.public(), supervisor.public()], [("stick", co.text)])
    assert len(findings) == 2 and all(f.ok for f in findings)

    # the attacker deletes the reviews/exports records and rewrites the chain, file and ledger alike
    for victim in runs_dir.glob("records/exports/*/*.json"):
        victim.chmod(0o644)
        victim.unlink()
    for rec in runs_dir.glob("records/checkpoints/*/*.json"):
        rec.chmod(0o644)
        rec.unlink()  # and the recorded checkpoints with them
    _rewrite_ledger_consistently(runs_dir, "records/")
    assert audit_runs(runs_dir).ok  # the plain audit cannot tell: nothing covers the rewrite...
    findings = check_checkpoints(runs_dir, [supervisor.public()], [("supervisor stick", co.text)])
    assert len(findings) == 1 and not findings[0].ok  # ...the cosigned checkpoint can
    assert "rewritten" in findings[0].problem or "ends before" in findings[0].problem


def test_a_rewrite_after_the_checkpoint_passes_it(recorder, shop, station, runs_dir):
    """Only what a checkpoint covers is protected: records made after the last one can vanish unnoticed."""
    made = make_checkpoint(recorder, station)
    size = made.checkpoint.size
    _export_record(recorder, shop[1])
    lines = (runs_dir / "ledger.jsonl").read_text().splitlines(keepends=True)
    last = json.loads(lines[-1])
    Path(runs_dir / last["path"]).chmod(0o644)
    (runs_dir / last["path"]).unlink()
    (runs_dir / "ledger.jsonl").write_text("".join(lines[:-1]))
    assert audit_runs(runs_dir).ok
    findings = check_checkpoints(runs_dir, [station.public()], [("given", made.text)])
    assert all(f.ok for f in findings) and size < len(lines)


def test_checkpoint_by_an_untrusted_key_is_named(recorder, shop, station, runs_dir):
    make_checkpoint(recorder, station)
    findings = check_checkpoints(runs_dir, [SigningKey.generate().public()])
    assert len(findings) == 1 and findings[0].problem == "no signature on it is by a trusted key"


def test_checkpoint_files_round_trip_and_garbage_is_plain(recorder, shop, station, tmp_path):
    from rmos_desktop.core.runs.checkpoints import load_checkpoint_file, write_checkpoint_file

    made = make_checkpoint(recorder, station, record=False)
    out = write_checkpoint_file(made.text, tmp_path / "cp.txt")
    assert load_checkpoint_file(out) == made.text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    (tmp_path / "bin").write_bytes(b"\xff\xfe")
    for bad, words in ((tmp_path / "none", "does not exist"), (tmp_path / "bin", "UTF-8"), (tmp_path, "not a")):
        with pytest.raises(CheckpointError, match=words):
            load_checkpoint_file(bad)
    (tmp_path / "note.txt").write_text("hello\n")
    with pytest.raises(CheckpointError, match=r"note\.txt"):
        load_checkpoint_file(tmp_path / "note.txt")
    with pytest.raises(CheckpointError, match="cannot write"):
        write_checkpoint_file(made.text, tmp_path / "missing" / "cp.txt")


def test_since_last_checks_only_the_new_records_and_falls_back_to_the_audit(recorder, shop, station, runs_dir):
    first = make_checkpoint(recorder, station)
    assert first.checked.startswith("full audit of")
    rec = json.loads(first.record_path.read_text())
    raw = (runs_dir / "ledger.jsonl").read_bytes()[rec["line_start"] :].split(b"\n", 1)[0]
    assert json.loads(raw)["seq"] == first.checkpoint.size  # the offset points at the checkpoint's line
    _export_record(recorder, shop[0])
    second = make_checkpoint(recorder, station, since_last=True)
    assert second.checked.startswith("the 2 records since checkpoint")  # the checkpoint record and the export
    assert second.checkpoint.size == first.checkpoint.size + 2
    assert ledger_extends(runs_dir, second.text).ok

    # a record after the last checkpoint altered: the quick check hands over to the audit, which refuses
    _export_record(recorder, shop[1])
    newest = sorted(runs_dir.glob("records/exports/*/*.json"), key=lambda p: p.stat().st_mtime_ns)[-1]
    newest.chmod(0o644)
    newest.write_text(newest.read_text().replace('"verified": false', '"verified": true'))
    with pytest.raises(CheckpointError, match="record_modified"):
        make_checkpoint(recorder, station, since_last=True)


def test_since_last_without_a_previous_checkpoint_is_a_full_audit(recorder, shop, station):
    made = make_checkpoint(recorder, station, since_last=True)
    assert made.checked.startswith("full audit of")
    other_key = make_checkpoint(recorder, SigningKey.generate(), since_last=True)  # another key's are not its own
    assert other_key.checked.startswith("full audit of")


def test_since_last_is_a_full_audit_once_a_day(recorder, shop, station, monkeypatch):
    from rmos_desktop.core.runs import checkpoints as cp_mod

    make_checkpoint(recorder, station)
    assert make_checkpoint(recorder, station, since_last=True).checked.startswith("the ")
    monkeypatch.setattr(cp_mod, "FULL_AUDIT_EVERY_S", -1)
    assert make_checkpoint(recorder, station, since_last=True).checked.startswith("full audit of")
