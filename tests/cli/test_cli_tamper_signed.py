"""Issue 16's tamper matrix through the real `rmos` command (subprocesses), with signed evidence in place: each
attack is reproduced first (what it achieved before, or what the plain audit still lets through), then shown
caught by the command an auditor runs.

Every test is a workstation of its own: a private config folder (its station key) and runs directory, six records
signed by that key, a supervisor key pair made with `rmos keys init` on a "stick", a checkpoint of those six
records made with `rmos audit checkpoint --out` and cosigned there with `rmos audit cosign`, and one more run
made after that checkpoint (not covered by it).
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rmos_desktop.core.pipeline import SafetyBlocked, rmos_toolpaths
from rmos_desktop.core.runs.keys import SigningKey, station_key
from rmos_desktop.core.runs.ledger import line_hash, sign_entry
from rmos_desktop.core.services import open_recorder
from tests.cli.helpers import rmos
from tests.conftest import load_example
from tests.core import test_audit as matrix


class Station:
    """One workstation: its config folder (station key) and runs directory, driven through `rmos`."""

    def __init__(self, root: Path):
        self.root = root
        self.cfg = root / "cfg"
        self.runs = root / "runs"
        self.env = {"XDG_CONFIG_HOME": str(self.cfg)}
        self.key = station_key(self.cfg / "rmos-desktop")  # what `rmos` finds under XDG_CONFIG_HOME

    def recorder(self):
        return open_recorder(self.runs, signer=self.key)

    def rmos(self, *args):
        proc = rmos(*args, env=self.env)
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc

    def audit(self, *args):
        """(exit code, report, text output) of `rmos audit verify` on this runs directory."""
        proc = self.rmos("audit", "verify", "--runs-dir", self.runs, "--json", *args)
        text = self.rmos("audit", "verify", "--runs-dir", self.runs, *args)
        assert text.returncode == proc.returncode
        return proc.returncode, json.loads(proc.stdout), text.stdout


def codes(report) -> set[str]:
    return {p["code"] for p in report["problems"]}


def ledger(runs: Path) -> list[dict]:
    return [json.loads(x) for x in (runs / "ledger.jsonl").read_bytes().splitlines()]


def write_ledger(runs: Path, entries: list[dict]) -> None:
    body = b"".join((json.dumps(e, sort_keys=True, separators=(",", ":")) + "\n").encode() for e in entries)
    (runs / "ledger.jsonl").write_bytes(body)


def one_more_run(station: Station, catalog) -> str:
    return rmos_toolpaths(load_example("green-veneer-line"), recorder=station.recorder(), catalog=catalog)["_run_id"]


@pytest.fixture
def shop(tmp_path, catalog):
    station = Station(tmp_path / "ws")
    ids = matrix.populate(station.recorder(), catalog)  # OK, BLOCKED, OK (with .nc), OK, BLOCKED, export record
    stick = tmp_path / "stick"
    stick.mkdir()
    proc = station.rmos("keys", "init", "--out", stick / "supervisor")
    assert proc.returncode == 0, proc.stderr
    proc = station.rmos("audit", "checkpoint", "--runs-dir", station.runs, "--out", stick / "checkpoint.txt")
    assert proc.returncode == 0, proc.stderr
    proc = station.rmos(
        "audit", "cosign", stick / "checkpoint.txt", "--key", stick / "supervisor.key", "--name", "supervisor",
        "--runs-dir", station.runs,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    later = one_more_run(station, catalog)
    code, report, _ = station.audit("--trust", stick / "supervisor.pub", "--checkpoint", stick / "checkpoint.txt")
    assert code == 0 and report["problems"] == [], report["problems"]
    cosigned = [c for c in report["checkpoints"] if len(c["verified_by"]) == 2]
    assert len(cosigned) == 2 and {c["size"] for c in cosigned} == {6}  # the record and the file on the stick
    return station, ids, stick, later


# ---- a consistent full rewrite -----------------------------------------------------------------------------------


def rewrite_everything(runs: Path, hide_run: str, signer: SigningKey | None) -> None:
    """What someone with full control of the files does: delete a BLOCKED run and every checkpoint record, and
    rewrite the whole ledger consistently (renumbered, re-chained, re-hashed, every line re-signed by `signer` or
    left unsigned)."""
    kept = []
    for entry in ledger(runs):
        if entry["kind"] == "checkpoint" or entry["run_id"] == hide_run:
            (runs / entry["path"]).unlink()
            continue
        kept.append(entry)
    shutil.rmtree(runs / "records" / "checkpoints")
    prev = kept[0]["prev"]
    for seq, entry in enumerate(kept, 1):
        entry.pop("sig", None)
        entry.update(seq=seq, prev=prev)
        entry["hash"] = prev = line_hash(entry)
        if signer is not None:
            entry["sig"] = sign_entry(entry, signer)
    write_ledger(runs, kept)


def install_station_key(station: Station, key: SigningKey) -> None:
    folder = station.cfg / "rmos-desktop" / "keys"
    (folder / "station.key").write_text(key.to_minisign_secret())
    (folder / "station.pub").write_text(key.public().to_minisign_pub())


@pytest.mark.parametrize("signer", ["the station key itself", "a new key installed as the station key", "unsigned"])
def test_a_consistent_full_rewrite_is_caught_by_the_cosigned_checkpoint(shop, signer):
    station, ids, stick, _later = shop
    original_pub = stick / "station-before.pub"
    assert station.rmos("keys", "public", "--out", original_pub).returncode == 0
    key = {"the station key itself": station.key, "unsigned": None}.get(signer, SigningKey.generate())
    rewrite_everything(station.runs, ids[1], key)
    if signer == "a new key installed as the station key":
        install_station_key(station, key)

    # Reproduced: the plain audit passes the rewrite. It may, and only because no checkpoint covers the rewrite
    # any more: the recorded checkpoints went with it, and nothing in the runs folder holds the head they signed.
    code, report, text = station.audit()
    assert code == 0, report["problems"]
    assert report["records"] == 6 and ids[1] not in text  # the BLOCKED run is gone without a trace here
    assert report["checkpoints"] == []

    # Caught: the cosigned checkpoint kept on the stick, checked against the supervisor's key.
    code, report, text = station.audit("--trust", stick / "supervisor.pub", "--checkpoint", stick / "checkpoint.txt")
    assert code == 1
    (problem,) = [p for p in report["problems"] if p["code"] == "checkpoint_not_extended"]
    assert str(stick / "checkpoint.txt") in problem["message"] and "rewritten" in problem["message"]
    (row,) = report["checkpoints"]
    assert row["size"] == 6 and row["extends"] is False
    assert {v["name"] for v in row["verified_by"]} >= {"supervisor"}
    assert "PROBLEMS" in text and "checkpoint_not_extended" in text

    # An auditor who trusts only the keys taken off the workstation earlier also sees the lines' signatures fail
    # (except when the station key itself re-signed them: then only the cosigned checkpoint tells).
    code, report, _ = station.audit(
        "--no-station-key", "--trust", original_pub, "--trust", stick / "supervisor.pub",
        "--checkpoint", stick / "checkpoint.txt",
    )  # fmt: skip
    assert code == 1 and "checkpoint_not_extended" in codes(report)
    line_codes = codes(report) - {"checkpoint_not_extended"}
    if signer == "the station key itself":
        assert line_codes == set()
    elif signer == "unsigned":  # read as an older version's unsigned ledger: only the checkpoint tells
        assert line_codes == set() and report["signed"] == 0 and report["unsigned_older"] == 6
        assert "NO line is signed" in report["signatures"]
    else:
        assert line_codes == {"signature_untrusted"}


def test_records_after_the_last_checkpoint_can_still_go_unnoticed(shop):
    """The documented limit: nothing prevents deleting records made after the last checkpoint. The run made after
    the cosigned checkpoint is deleted with its ledger line; every check passes until the next checkpoint."""
    station, _ids, stick, later = shop
    entries = ledger(station.runs)
    assert entries[-1]["run_id"] == later
    (station.runs / entries[-1]["path"]).unlink()
    write_ledger(station.runs, entries[:-1])
    code, report, _ = station.audit("--trust", stick / "supervisor.pub", "--checkpoint", stick / "checkpoint.txt")
    assert code == 0 and report["problems"] == []


def test_a_rewrite_that_keeps_the_recorded_checkpoints_fails_even_the_plain_audit(shop):
    station, ids, _stick, _later = shop
    entries = ledger(station.runs)
    kept = [e for e in entries if e["run_id"] != ids[1]]
    (station.runs / next(e["path"] for e in entries if e["run_id"] == ids[1])).unlink()
    prev = kept[0]["prev"]
    for seq, entry in enumerate(kept, 1):
        entry.update(seq=seq, prev=prev)
        entry["hash"] = prev = line_hash(entry)
        entry["sig"] = sign_entry(entry, station.key)
    write_ledger(station.runs, kept)
    code, report, text = station.audit()
    assert code == 1 and codes(report) == {"checkpoint_not_extended"}
    assert {p["path"].split("/")[1] for p in report["problems"]} == {"checkpoints"}
    assert "rewritten" in text


# ---- lines and voids forged without the key ---------------------------------------------------------------------


def test_a_forged_appended_line_is_named_as_forged(shop):
    station, ids, _stick, _later = shop
    code, _, _ = station.audit()
    assert code == 0
    planted = matrix.forged_appended_line(station.runs, ids)  # correct seq, prev and hash; no station signature
    code, report, text = station.audit()
    assert code == 1 and codes(report) == {"signature_missing"}
    (problem,) = report["problems"]
    assert problem["path"] == planted and "forged" in problem["message"]
    assert "signature_missing" in text and planted in text


def test_an_appended_line_signed_by_another_key_is_named(shop):
    station, ids, _stick, _later = shop
    planted = matrix.line_signed_by_another_key(station.runs, ids)
    code, report, _ = station.audit()
    assert code == 1 and codes(report) == {"signature_untrusted"}
    assert [p["path"] for p in report["problems"]] == [planted]


@pytest.mark.parametrize("with_the_key", [False, True], ids=["without-the-key", "signed-with-the-station-key"])
def test_h1_the_forged_void_fails_the_audit(shop, with_the_key):
    """H1: delete a BLOCKED artifact and append a void repeating its path and sha256 with a correct prev/hash.
    Before, `rmos audit verify` printed OK ("1 failed writes voided"), even with --expect-head."""
    station, ids, _stick, _later = shop
    head = ledger(station.runs)[-1]
    rel = matrix.forged_void(station.runs, ids, naming=True, signer=station.key if with_the_key else None)
    code, report, text = station.audit("--expect-head", f"{head['seq']}:{head['hash']}")
    assert code == 1 and "failed writes voided" not in text and report["voided"] == 0
    forged = [p for p in report["problems"] if p["code"] == "void_forged"]
    assert [p["path"] for p in forged] == [rel]
    assert [p["path"] for p in report["problems"] if p["code"] == "artifact_missing"] == [rel]
    assert ("signature_missing" in codes(report)) is not with_the_key
    assert ids[1] in text


# ---- restore ------------------------------------------------------------------------------------------------------


def old_runs(station: Station, catalog) -> list[str]:
    ids = []
    for day, example in ((10, "green-veneer-line"), (11, "red-kerfcut-overspeed")):
        when = datetime(2026, 11, day, 9, tzinfo=UTC)
        try:
            out = rmos_toolpaths(
                load_example(example), recorder=station.recorder(), catalog=catalog, now=lambda when=when: when
            )
            ids.append(out["_run_id"])
        except SafetyBlocked as exc:
            ids.append(exc.detail["run_id"])
    return ids


def archive(station: Station, nas: Path) -> Path:
    proc = station.rmos("runs", "archive", "--before", "2026-11-20", nas, "--runs-dir", station.runs, "--json")
    assert proc.returncode == 0, proc.stderr
    return Path(json.loads(proc.stdout)["archive_path"])


def tree(runs: Path) -> dict[str, bytes]:
    return {p.relative_to(runs).as_posix(): p.read_bytes() for p in sorted(runs.rglob("*")) if p.is_file()}


def test_a_restored_foreign_zip_is_refused(tmp_path, catalog):
    """M5: `runs restore` accepted any zip whose manifest matched itself and recorded it. Another workstation's
    archive (its own station key, its own ledger) is refused here, and so is our own archive with one artifact
    swapped for the other station's under our run's name and the manifest recomputed to match."""
    ours, theirs = Station(tmp_path / "ours"), Station(tmp_path / "theirs")
    nas = tmp_path / "nas"
    nas.mkdir()
    our_ids = old_runs(ours, catalog)
    their_ids = old_runs(theirs, catalog)
    (nas / "theirs").mkdir()
    (nas / "ours").mkdir()
    foreign = archive(theirs, nas / "theirs")  # (one folder each: two archives in one second share a name)
    own = archive(ours, nas / "ours")
    one_more_run(ours, catalog)  # today's run stays
    before = tree(ours.runs)

    proc = ours.rmos("runs", "restore", foreign, "--runs-dir", ours.runs)
    assert proc.returncode == 1 and "foreign or planted" in proc.stderr and "nothing was restored" in proc.stderr
    assert tree(ours.runs) == before

    # our archive, with our OK run's artifact replaced by theirs under our name, the manifest made to agree
    with zipfile.ZipFile(own) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(members["rmos-archive-manifest.json"])
    ours_rel = next(r for r in manifest["files"] if our_ids[0] in r)
    with zipfile.ZipFile(foreign) as zf:
        their_rel = next(n for n in zf.namelist() if their_ids[0] in n)
        members[ours_rel] = zf.read(their_rel)
    manifest["files"][ours_rel] = hashlib.sha256(members[ours_rel]).hexdigest()
    members["rmos-archive-manifest.json"] = json.dumps(manifest, indent=2, sort_keys=True).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    planted = nas / "planted.zip"
    planted.write_bytes(buffer.getvalue())
    proc = ours.rmos("runs", "restore", planted, "--runs-dir", ours.runs)
    assert proc.returncode == 1 and ours_rel in proc.stderr and "nothing was restored" in proc.stderr
    assert tree(ours.runs) == before

    # the genuine archive still comes back, and the trail is consistent
    proc = ours.rmos("runs", "restore", own, "--runs-dir", ours.runs)
    assert proc.returncode == 0, proc.stderr
    code, report, _ = ours.audit()
    assert code == 0 and report["archived"] == 0, report["problems"]
