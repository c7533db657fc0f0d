"""`audit_runs`: a consistent runs directory passes, and each kind of tampering is named precisely
(the tamper matrix), including archived runs, records, G-code sidecars and writes under way."""

import base64
import errno
import hashlib
import json
import os
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from rmos_desktop.core.pipeline import SafetyBlocked, StorageError, rmos_toolpaths
from rmos_desktop.core.runs.archive import archive_runs, restore_archive
from rmos_desktop.core.runs.audit import PROBLEM_CODES, audit_runs
from rmos_desktop.core.runs.keys import SigningKey
from rmos_desktop.core.runs.ledger import LedgerError, LedgerHead, line_hash, sign_entry
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import ExportRecord
from rmos_desktop.core.runs.store import prepare_write
from tests.conftest import load_example


def big_job() -> dict:
    job = load_example("kerf-array-side-kerfs")
    job["cut"] = {**job["cut"], "count": 110, "pitch_mm": 5, "length_mm": 150}
    job["depth_mm"], job["stepdown_mm"] = 3.0, 0.1  # G-code over 200,000 characters: a .nc sidecar
    return job


def populate(recorder: RunRecorder, catalog, *, when=None) -> list[str]:
    """Five runs (OK, BLOCKED, OK with a sidecar, OK, BLOCKED) and one export record."""
    ids = []
    now = (lambda tz: when) if when else datetime.now
    for job in (
        load_example("green-veneer-line"),
        load_example("red-kerfcut-overspeed"),
        big_job(),
        load_example("kerf-array-side-kerfs"),
        {"tool_id": "saw:nope"},
    ):
        try:
            ids.append(rmos_toolpaths(job, recorder=recorder, catalog=catalog, now=lambda: now(UTC))["_run_id"])
        except SafetyBlocked as exc:
            ids.append(exc.detail["run_id"])
    export = ExportRecord(
        record_id=new_id(), run_id=ids[0], destination="/media/usb", file_name="a.nc", gcode_sha256=None, verified=False
    )
    recorder.record("export", export)
    return ids


@pytest.fixture
def shop(recorder, catalog, runs_dir):
    ids = populate(recorder, catalog)
    report = audit_runs(runs_dir)
    assert report.ok, report.problems
    assert report.records == 6 and report.files_checked == 7  # six records and one .nc
    return ids


def ledger_lines(runs_dir: Path) -> list[bytes]:
    return (runs_dir / "ledger.jsonl").read_bytes().splitlines(keepends=True)


def write_ledger(runs_dir: Path, lines: list[bytes]) -> None:
    (runs_dir / "ledger.jsonl").write_bytes(b"".join(lines))


def artifact_path(runs_dir: Path, run_id: str) -> Path:
    (path,) = runs_dir.glob(f"20*/{run_id}.json")
    return path


def writable(path: Path) -> Path:
    os.chmod(path, 0o644)
    return path


def test_a_consistent_directory_reports_its_head(recorder, runs_dir, shop):
    report = audit_runs(runs_dir)
    assert report.head == recorder.head() and report.head.seq == 6
    key = report.trusted_keys[0]  # the session's station key, which the `recorder` fixture signs with
    assert report.summary() == (
        f"All 6 records consistent, ledger head {report.head}. Signatures: 6 line(s) signed by {key}"
    )
    assert audit_runs(runs_dir, expect_head=str(report.head)).ok
    assert audit_runs(runs_dir, expect_head=LedgerHead(3, json.loads(ledger_lines(runs_dir)[2])["hash"])).ok
    data = report.as_dict()
    assert data["ok"] and data["problems"] == [] and data["head"] == str(report.head)


def test_an_empty_or_new_directory_is_consistent(runs_dir):
    report = audit_runs(runs_dir)
    assert report.ok and report.head is None and report.summary() == "All 0 records consistent, no ledger yet"


def test_a_missing_directory_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        audit_runs(tmp_path / "nowhere")
    with pytest.raises(ValueError, match="not a ledger head"):
        audit_runs(tmp_path, expect_head="7")


# -- the tamper matrix ------------------------------------------------------------------------------------
def flip_byte(runs_dir, ids):
    path = writable(artifact_path(runs_dir, ids[0]))
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    return f"{path.parent.name}/{path.name}"


def delete_artifact(runs_dir, ids):
    path = artifact_path(runs_dir, ids[1])
    path.unlink()
    return f"{path.parent.name}/{path.name}"


def stray_artifact(runs_dir, ids):
    source = artifact_path(runs_dir, ids[0])
    planted = source.parent / f"{new_id()}.json"
    planted.write_bytes(source.read_bytes())
    return f"{planted.parent.name}/{planted.name}"


def copied_into_another_day(runs_dir, ids):
    source = artifact_path(runs_dir, ids[0])
    (runs_dir / "2020-01-01").mkdir()
    planted = runs_dir / "2020-01-01" / source.name
    planted.write_bytes(source.read_bytes())
    return f"2020-01-01/{source.name}"


def edit_ledger_line(runs_dir, ids):
    """Give a line another file's hash, e.g. to make a modified artifact look recorded."""
    lines = ledger_lines(runs_dir)
    sha = json.loads(lines[1])["sha256"].encode()
    lines[1] = lines[1].replace(sha, b"f" * 64)
    write_ledger(runs_dir, lines)


def point_ledger_line_elsewhere(runs_dir, ids):
    """Point a line at another run's file: that line is edited, and its own file is left unlisted."""
    lines = ledger_lines(runs_dir)
    gone = json.loads(lines[1])["path"]
    lines[1] = lines[1].replace(ids[1].encode(), ids[0].encode())
    write_ledger(runs_dir, lines)
    return gone


def rewrite_ledger_line(runs_dir, ids):
    """Edit a line and recompute its own hash: the next line no longer chains to it."""
    lines = ledger_lines(runs_dir)
    entry = json.loads(lines[1])
    entry["run_id"] = ids[0]
    entry["hash"] = line_hash(entry)
    lines[1] = (json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n").encode()
    write_ledger(runs_dir, lines)


def delete_ledger_line(runs_dir, ids):
    lines = ledger_lines(runs_dir)
    gone = json.loads(lines[2])
    del lines[2]
    write_ledger(runs_dir, lines)
    return gone["path"]


def swap_ledger_lines(runs_dir, ids):
    lines = ledger_lines(runs_dir)
    lines[2], lines[3] = lines[3], lines[2]
    write_ledger(runs_dir, lines)


def duplicate_ledger_line(runs_dir, ids):
    lines = ledger_lines(runs_dir)
    lines.insert(3, lines[2])
    write_ledger(runs_dir, lines)


def garbage_ledger_line(runs_dir, ids):
    lines = ledger_lines(runs_dir)
    lines.insert(2, b"this is not JSON\n")
    write_ledger(runs_dir, lines)


def modify_sidecar(runs_dir, ids):
    (nc,) = runs_dir.glob("20*/*.nc")
    writable(nc).write_bytes(nc.read_bytes().replace(b"G1", b"G0", 1))
    return f"{nc.parent.name}/{nc.name}"


def delete_sidecar(runs_dir, ids):
    (nc,) = runs_dir.glob("20*/*.nc")
    nc.unlink()
    return f"{nc.parent.name}/{nc.name}"


def orphan_sidecar(runs_dir, ids):
    (nc,) = runs_dir.glob("20*/*.nc")
    planted = nc.parent / f"{new_id()}.nc"
    planted.write_bytes(nc.read_bytes())
    return f"{planted.parent.name}/{planted.name}"


def sidecar_for_a_small_run(runs_dir, ids):
    path = artifact_path(runs_dir, ids[0])
    planted = path.with_suffix(".nc")
    planted.write_text("G0 X0\n")
    return f"{path.parent.name}/{planted.name}"


def stray_other_file(runs_dir, ids):
    path = artifact_path(runs_dir, ids[0])
    (path.parent / "notes.txt").write_text("hello")
    return f"{path.parent.name}/notes.txt"


def symlink_planted(runs_dir, ids):
    path = artifact_path(runs_dir, ids[0])
    link = path.parent / f"{new_id()}.json"
    link.symlink_to("/dev/zero")
    return f"{path.parent.name}/{link.name}"


def modify_record(runs_dir, ids):
    (rec,) = runs_dir.glob("records/exports/*/*.json")
    writable(rec).write_text(rec.read_text().replace('"verified": false', '"verified": true'))
    return rec.relative_to(runs_dir).as_posix()


def delete_record(runs_dir, ids):
    (rec,) = runs_dir.glob("records/exports/*/*.json")
    rec.unlink()
    return rec.relative_to(runs_dir).as_posix()


def stray_record(runs_dir, ids):
    (rec,) = runs_dir.glob("records/exports/*/*.json")
    planted = rec.parent / f"{new_id()}.json"
    planted.write_bytes(rec.read_bytes())
    return planted.relative_to(runs_dir).as_posix()


def chain_from_scratch(runs_dir, ids):
    """Whoever rewrites the whole ledger consistently is caught only by a head held elsewhere."""
    lines = ledger_lines(runs_dir)
    entries = [json.loads(x) for x in lines]
    entries[0]["sha256"] = "0" * 64
    prev = "0" * 64
    for e in entries:
        e["prev"] = prev
        e["hash"] = prev = line_hash(e)
    write_ledger(runs_dir, [(json.dumps(e, sort_keys=True, separators=(",", ":")) + "\n").encode() for e in entries])
    return entries[0]["path"]


def append_forged(runs_dir: Path, **fields) -> dict:
    """Append a line with a correct seq, prev and hash, as anyone with file access can (no station key)."""
    last = json.loads(ledger_lines(runs_dir)[-1])
    entry = {"seq": last["seq"] + 1, "run_id": None, "prev": last["hash"], **fields}
    signer = entry.pop("signer", None)
    entry["hash"] = line_hash(entry)
    if signer is not None:
        entry["sig"] = sign_entry(entry, signer)
    with open(runs_dir / "ledger.jsonl", "ab") as fh:
        fh.write((json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n").encode())
    return entry


def forged_void(runs_dir, ids, *, naming=False, signer=None):
    """H1: delete a BLOCKED artifact and append a void repeating its path and sha256 (correct prev/hash)."""
    path = artifact_path(runs_dir, ids[1])
    rel = f"{path.parent.name}/{path.name}"
    listed = next(json.loads(x) for x in ledger_lines(runs_dir) if json.loads(x)["path"] == rel)
    path.unlink()
    extra = {"voids": {"seq": listed["seq"], "hash": listed["hash"]}} if naming else {}
    append_forged(runs_dir, kind="void", run_id=ids[1], path=rel, sha256=listed["sha256"], signer=signer, **extra)
    return rel


def forged_void_naming_its_line(runs_dir, ids):
    return forged_void(runs_dir, ids, naming=True)


def forged_appended_line(runs_dir, ids):
    """A planted artifact with a ledger line appended for it (correct prev/hash) but no station signature."""
    planted = stray_artifact(runs_dir, ids)
    sha = hashlib.sha256((runs_dir / planted).read_bytes()).hexdigest()
    append_forged(runs_dir, kind="artifact", run_id=planted[11:43], path=planted, sha256=sha)
    return planted


def line_signed_by_another_key(runs_dir, ids):
    planted = stray_artifact(runs_dir, ids)
    sha = hashlib.sha256((runs_dir / planted).read_bytes()).hexdigest()
    append_forged(
        runs_dir, kind="artifact", run_id=planted[11:43], path=planted, sha256=sha, signer=SigningKey.generate()
    )
    return planted


TAMPER = {
    # case: (tamper, the exact set of problem codes); a path the tamper returns must be named too
    "flip-one-byte": (flip_byte, {"artifact_modified"}),
    "delete-artifact": (delete_artifact, {"artifact_missing"}),
    "stray-artifact": (stray_artifact, {"unlisted_file"}),
    "copy-into-another-day": (copied_into_another_day, {"unlisted_file"}),
    "edit-ledger-line": (edit_ledger_line, {"ledger_line_altered"}),
    "edit-ledger-line-and-its-hash": (rewrite_ledger_line, {"chain_broken", "signature_invalid"}),
    "point-ledger-line-elsewhere": (point_ledger_line_elsewhere, {"ledger_line_altered", "unlisted_file"}),
    "delete-ledger-line": (delete_ledger_line, {"sequence_gap", "unlisted_file"}),
    "swap-ledger-lines": (swap_ledger_lines, {"sequence_out_of_order"}),
    "duplicate-ledger-line": (duplicate_ledger_line, {"sequence_duplicate"}),
    "garbage-ledger-line": (garbage_ledger_line, {"ledger_line_unparseable"}),
    "modify-gcode-sidecar": (modify_sidecar, {"sidecar_modified"}),
    "delete-gcode-sidecar": (delete_sidecar, {"sidecar_missing"}),
    "orphan-gcode-sidecar": (orphan_sidecar, {"unlisted_file"}),
    "sidecar-nobody-references": (sidecar_for_a_small_run, {"unlisted_file"}),
    "stray-other-file": (stray_other_file, {"unlisted_file"}),
    "symlink-planted": (symlink_planted, {"unlisted_file"}),
    "modify-export-record": (modify_record, {"record_modified"}),
    "delete-export-record": (delete_record, {"record_missing"}),
    "stray-export-record": (stray_record, {"unlisted_file"}),
    "rewrite-whole-ledger": (chain_from_scratch, {"artifact_modified", "signature_invalid"}),
    "forged-void": (forged_void, {"void_forged", "signature_missing", "artifact_missing"}),
    "forged-void-naming-its-line": (
        forged_void_naming_its_line,
        {"void_forged", "signature_missing", "artifact_missing"},
    ),
    "forged-appended-line": (forged_appended_line, {"signature_missing"}),
    "line-signed-by-another-key": (line_signed_by_another_key, {"signature_untrusted"}),
}


@pytest.mark.parametrize("case", sorted(TAMPER))
def test_tamper_matrix(runs_dir, shop, case):
    tamper, codes = TAMPER[case]
    named = tamper(runs_dir, shop)
    report = audit_runs(runs_dir)
    assert not report.ok
    assert report.codes == codes, [str(p) for p in report.problems]
    assert all(p.code in PROBLEM_CODES and p.message for p in report.problems)
    if named is not None:
        assert named in {p.path for p in report.problems}, [str(p) for p in report.problems]
        assert any(named in p.message for p in report.problems)


def test_a_truncated_tail_is_caught_with_the_expected_head(runs_dir, shop):
    head = audit_runs(runs_dir).head
    lines = ledger_lines(runs_dir)
    write_ledger(runs_dir, lines[:-2])
    without = audit_runs(runs_dir)
    assert without.codes == {"unlisted_file"}  # the two records' files lost their lines
    report = audit_runs(runs_dir, expect_head=head)
    assert report.codes == {"ledger_truncated", "unlisted_file"}
    (problem,) = [p for p in report.problems if p.code == "ledger_truncated"]
    assert "ends at seq 4" in problem.message and "2 line(s)" in problem.message


def test_a_rewritten_tail_is_caught_as_a_head_mismatch(recorder, catalog, runs_dir, shop):
    head = audit_runs(runs_dir).head
    lines = ledger_lines(runs_dir)
    last = json.loads(lines[-1])
    write_ledger(runs_dir, lines[:-1])
    (runs_dir / last["path"]).unlink()
    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)  # a new seq 6
    report = audit_runs(runs_dir, expect_head=head)
    assert report.codes == {"head_mismatch"}, report.problems


def test_problems_point_at_ledger_lines(runs_dir, shop):
    swap_ledger_lines(runs_dir, shop)
    (problem,) = audit_runs(runs_dir).problems
    assert (problem.line, problem.seq) == (4, 3) and "lines were moved" in problem.message


# -- failed writes, archives, writes under way ------------------------------------------------------------
def test_a_voided_write_whose_file_appears_anyway_is_reported(tmp_path, catalog):
    runs = tmp_path / "runs"
    recorder = RunRecorder.open(runs)
    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    line = json.loads(ledger_lines(runs)[-1])
    recorder.ledger.void(line)  # directly after its line, as the recorder writes it
    report = audit_runs(runs)
    assert report.codes == {"voided_file_present"}, report.problems
    assert report.problems[0].path == line["path"]


def test_archived_runs_are_accounted_for_and_restored_ones_checked(recorder, catalog, runs_dir, tmp_path):
    ids = populate(recorder, catalog, when=datetime(2026, 1, 5, 9, tzinfo=UTC))
    nas = tmp_path / "nas"
    nas.mkdir()
    result = archive_runs(recorder, date(2026, 2, 1), nas)
    assert sorted(result.runs) == sorted(ids) and not list(runs_dir.glob("2026-01-05"))
    report = audit_runs(runs_dir)
    assert report.ok and report.archived == 5 and report.records == 7, report.problems
    restore_archive(recorder, Path(result.archive_path))
    report = audit_runs(runs_dir)
    assert report.ok and report.archived == 0 and report.records == 8
    flip_byte(runs_dir, ids)
    assert audit_runs(runs_dir).codes == {"artifact_modified"}


def test_an_archive_record_that_was_tampered_with_does_not_excuse_missing_runs(recorder, catalog, runs_dir, tmp_path):
    populate(recorder, catalog, when=datetime(2026, 1, 5, 9, tzinfo=UTC))
    nas = tmp_path / "nas"
    nas.mkdir()
    archive_runs(recorder, date(2026, 2, 1), nas)
    (rec,) = runs_dir.glob("records/archives/*/*.json")
    writable(rec).write_text(rec.read_text().replace('"operator": null', '"operator": "x"'))
    assert audit_runs(runs_dir).codes == {"record_modified", "artifact_missing"}


def test_a_write_under_way_is_not_a_problem(recorder, catalog, runs_dir, shop):
    """Between its ledger line and its link a write has a live temp file: in flight, not missing."""
    source = artifact_path(runs_dir, shop[0])
    run_id = new_id()
    pending = prepare_write(source.parent, f"{run_id}.json", source.read_bytes())
    recorder.ledger.append(
        kind="artifact", run_id=run_id, path=f"{source.parent.name}/{run_id}.json", sha256=pending.sha256
    )
    report = audit_runs(runs_dir)
    assert report.ok and report.in_flight == 1, report.problems


def test_a_file_linked_after_the_ledger_was_read_is_picked_up(recorder, catalog, runs_dir, shop, monkeypatch):
    """The audit reads the ledger again before calling a file unlisted."""
    from rmos_desktop.core.runs import audit as audit_mod

    real_walk = audit_mod._Audit.walk

    def walk_then_write(self):
        rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
        real_walk(self)

    monkeypatch.setattr(audit_mod._Audit, "walk", walk_then_write)
    report = audit_runs(runs_dir)
    assert report.ok and report.records == 7, report.problems


def test_progress_is_reported_and_may_cancel(runs_dir, shop):
    seen = []
    audit_runs(runs_dir, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]

    class Stop(Exception):
        pass

    def cancel(done, total):
        raise Stop

    with pytest.raises(Stop):
        audit_runs(runs_dir, progress=cancel)


def test_an_unreadable_file_is_named(runs_dir, shop, monkeypatch):
    from rmos_desktop.core.runs import audit as audit_mod

    target = artifact_path(runs_dir, shop[0])
    real_open = audit_mod._open_regular

    def refuse(path):
        if Path(path) == target:
            raise PermissionError(13, "Permission denied")
        return real_open(path)

    monkeypatch.setattr(audit_mod, "_open_regular", refuse)
    report = audit_runs(runs_dir)
    assert report.codes == {"unreadable"} and report.problems[0].path.endswith(target.name)


def test_a_ledger_path_that_leaves_the_runs_directory_is_never_followed(recorder, runs_dir, tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text("{}")
    recorder.ledger.append(kind="artifact", run_id=None, path="../secret.json", sha256="0" * 64)
    recorder.ledger.append(kind="archive", run_id=None, path="records/archives/../../../secret.json", sha256="0" * 64)
    report = audit_runs(runs_dir)
    assert report.codes == {"ledger_line_unparseable"} and len(report.problems) == 2


def test_a_write_that_starts_or_fails_during_the_walk_is_not_a_problem(recorder, catalog, runs_dir, shop, monkeypatch):
    """Lines appended after a folder was listed: one write is still in flight, one failed and was voided."""
    from rmos_desktop.core.pipeline import StorageError
    from rmos_desktop.core.runs import audit as audit_mod
    from rmos_desktop.core.runs import store as store_mod

    real_walk = audit_mod._Audit.walk
    source = artifact_path(runs_dir, shop[0])

    def walk_while_writing(self):
        real_walk(self)
        run_id = new_id()
        pending = prepare_write(source.parent, f"{run_id}.json", source.read_bytes())
        recorder.ledger.append(
            kind="artifact", run_id=run_id, path=f"{source.parent.name}/{run_id}.json", sha256=pending.sha256
        )
        with monkeypatch.context() as m:
            m.setattr(store_mod.os, "link", lambda *a, **k: (_ for _ in ()).throw(OSError(5, "I/O error")))
            with pytest.raises(StorageError):
                rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)

    monkeypatch.setattr(audit_mod._Audit, "walk", walk_while_writing)
    report = audit_runs(runs_dir)
    assert report.ok and report.in_flight == 1 and report.voided == 1, report.problems


# -- signatures (issue 16 item 2) -------------------------------------------------------------------------
@pytest.fixture
def station(tmp_path):
    """A station key of the test's own, kept in tmp (never the session's)."""
    return SigningKey.generate()


def signed_shop(tmp_path, catalog, key) -> tuple[Path, list[str]]:
    runs = tmp_path / "signed-runs"
    ids = populate(RunRecorder.open(runs, signer=key), catalog)
    return runs, ids


def test_every_line_is_signed_and_verifies_with_the_public_key_alone(tmp_path, catalog, station):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from rmos_desktop.core.runs.keys import PublicKey

    runs, _ = signed_shop(tmp_path, catalog, station)
    public_text = station.public().to_minisign_pub()  # all another PC is given
    pub = PublicKey.from_minisign_pub(public_text)
    raw_key = Ed25519PublicKey.from_public_bytes(pub.raw)
    entries = [json.loads(x) for x in ledger_lines(runs)]
    assert len(entries) == 6
    for entry in entries:  # checked here with the standard library and cryptography only
        body = {k: v for k, v in entry.items() if k not in ("hash", "sig")}
        canon = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        assert hashlib.sha256(canon).hexdigest() == entry["hash"]
        assert entry["sig"]["key"] == station.key_id_hex
        raw_key.verify(base64.b64decode(entry["sig"]["ed25519"]), b"rmos-ledger-line-v1:" + entry["hash"].encode())
    copy = tmp_path / "copy-on-another-pc"
    shutil.copytree(runs, copy, symlinks=True)
    report = audit_runs(copy, trust=[pub])
    assert report.ok, report.problems
    assert (report.signed, report.unsigned_older, report.signatures_unchecked) == (6, 0, 0)
    assert report.trusted_keys == [station.key_id_hex]
    assert f"6 line(s) signed by {station.key_id_hex}" in report.signature_summary()


def test_without_a_trusted_key_the_audit_says_signatures_were_not_checked(tmp_path, catalog, station):
    runs, _ = signed_shop(tmp_path, catalog, station)
    report = audit_runs(runs, trust=[])
    assert report.ok and report.signatures_unchecked == 6 and report.signed == 0
    assert "NOT checked" in report.as_dict()["signatures"]
    other = audit_runs(runs, trust=[SigningKey.generate().public()])
    assert other.codes == {"signature_untrusted"} and len(other.problems) == 6


def test_a_signature_copied_onto_another_line_does_not_verify(tmp_path, catalog, station):
    runs, _ = signed_shop(tmp_path, catalog, station)
    lines = [json.loads(x) for x in ledger_lines(runs)]
    lines[2]["sig"] = lines[1]["sig"]
    write_ledger(runs, [(json.dumps(e) + "\n").encode() for e in lines])
    report = audit_runs(runs, trust=[station.public()])
    assert report.codes == {"signature_invalid"} and report.problems[0].seq == 3


def test_an_older_unsigned_ledger_is_accepted_only_as_a_prefix(tmp_path, catalog, station):
    runs = tmp_path / "runs"
    old = RunRecorder.open(runs)  # the version before signing
    for _ in range(2):
        rmos_toolpaths(load_example("green-veneer-line"), recorder=old, catalog=catalog)
    new = RunRecorder.open(runs, signer=station)
    rmos_toolpaths(load_example("green-veneer-line"), recorder=new, catalog=catalog)
    report = audit_runs(runs, trust=[station.public()])
    assert report.ok, report.problems
    assert (report.unsigned_older, report.signed) == (2, 1)
    assert "2 unsigned line(s) written before signing" in report.signature_summary()
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=old, catalog=catalog)  # no key: forged
    report = audit_runs(runs, trust=[station.public()])
    assert report.codes == {"signature_missing"}
    (problem,) = report.problems
    assert problem.seq == 4 and out["_run_id"] in problem.message and "without the station key" in problem.message


def test_stripped_signatures(tmp_path, catalog, station):
    """Stripping one signature is caught; stripping every one leaves an older version's ledger in form (no hash
    changes), which the summary states as an alarm: NO line is signed."""
    runs, _ = signed_shop(tmp_path, catalog, station)
    lines = [json.loads(x) for x in ledger_lines(runs)]
    del lines[-1]["sig"]
    write_ledger(runs, [(json.dumps(e) + "\n").encode() for e in lines])
    report = audit_runs(runs, trust=[station.public()])
    assert report.codes == {"signature_missing"} and report.problems[0].seq == 6
    for e in lines:
        e.pop("sig", None)
    write_ledger(runs, [(json.dumps(e) + "\n").encode() for e in lines])
    report = audit_runs(runs, trust=[station.public()])
    assert report.ok and report.signed == 0 and report.unsigned_older == 6
    assert "NO line is signed" in report.summary()


# -- voids that cannot lie (H1) ---------------------------------------------------------------------------
class Checkpoint(BaseModel):
    """The part of a checkpoint record the void rule reads (the keys engineer's records hold more)."""

    record_id: str
    run_id: str | None = None
    created_at_utc: datetime = Field(default_factory=lambda: datetime.now(UTC))
    size: int


def blocked_run(recorder, catalog) -> tuple[str, dict]:
    with pytest.raises(SafetyBlocked) as blocked:
        rmos_toolpaths(load_example("red-kerfcut-overspeed"), recorder=recorder, catalog=catalog)
    run_id = blocked.value.detail["run_id"]
    line = json.loads(ledger_lines(recorder.runs_dir)[-1])
    assert line["run_id"] == run_id
    return run_id, line


def test_a_void_written_by_the_recorder_names_its_line_and_is_signed(tmp_path, catalog, station, monkeypatch):
    runs = tmp_path / "runs"
    recorder = RunRecorder.open(runs, signer=station)
    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)

    def no_link(*a, **k):
        raise OSError(errno.EIO, "injected")

    monkeypatch.setattr(os, "link", no_link)
    with pytest.raises(StorageError):  # its line was appended, then the link failed
        rmos_toolpaths(load_example("red-kerfcut-overspeed"), recorder=recorder, catalog=catalog)
    monkeypatch.undo()
    line, void = (json.loads(x) for x in ledger_lines(runs)[-2:])
    assert void["kind"] == "void" and void["voids"] == {"seq": line["seq"], "hash": line["hash"]}
    assert void["seq"] == line["seq"] + 1 and void["prev"] == line["hash"] and "sig" in void
    report = audit_runs(runs, trust=[station.public()])
    assert report.ok and report.voided == 1, report.problems


def test_a_void_of_a_run_that_a_later_review_names_is_forged(tmp_path, catalog, station):
    """Even with the station key, a void placed right after its line is caught when a record names the run."""
    runs = tmp_path / "runs"
    recorder = RunRecorder.open(runs, signer=station)
    run_id, line = blocked_run(recorder, catalog)
    path = runs / line["path"]
    recorder.record_review(run_id, reviewer="Ana", disposition="acknowledged", artifact_sha256=line["sha256"])
    # the attacker rebuilds the tail: void directly after the artifact line, the review after it, all signed
    lines = ledger_lines(runs)
    review = json.loads(lines[-1])
    write_ledger(runs, lines[:-1])
    recorder.ledger.void(line)
    append_forged(runs, **{k: review[k] for k in ("kind", "run_id", "path", "sha256")}, signer=station)
    path.unlink()
    report = audit_runs(runs, trust=[station.public()])
    assert report.codes == {"void_forged", "artifact_missing"}, report.problems
    forged = next(p for p in report.problems if p.code == "void_forged")
    assert forged.path == line["path"] and "names run" in forged.message and report.voided == 0


def test_a_void_of_a_line_a_checkpoint_covers_is_forged(tmp_path, catalog, station):
    runs = tmp_path / "runs"
    recorder = RunRecorder.open(runs, signer=station)
    _, line = blocked_run(recorder, catalog)
    recorder.ledger.void(line)
    recorder.record("checkpoint", Checkpoint(record_id=new_id(), size=line["seq"]))  # covers it, not its void
    (runs / line["path"]).unlink()
    report = audit_runs(runs, trust=[station.public()])
    assert report.codes == {"void_forged", "artifact_missing"}, report.problems
    assert "checkpoint" in next(p.message for p in report.problems if p.code == "void_forged")


def test_the_ledger_refuses_a_void_that_would_not_follow_its_line(tmp_path, catalog, station):
    runs = tmp_path / "runs"
    recorder = RunRecorder.open(runs, signer=station)
    _, line = blocked_run(recorder, catalog)
    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    before = ledger_lines(runs)
    with pytest.raises(LedgerError, match="not the last line"):
        recorder.ledger.void(line)
    assert ledger_lines(runs) == before


# -- the runs-directory root (L4) -------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["job.nc", "report.pdf", "notes"])
def test_unexpected_files_at_the_root_are_listed(runs_dir, shop, name):
    target = runs_dir / name
    if name == "notes":
        target.mkdir()
    else:
        target.write_text("x")
    report = audit_runs(runs_dir)
    assert report.codes == {"unexpected_root_file"}
    assert report.problems[0].path == name and "root of the runs directory" in report.problems[0].message
