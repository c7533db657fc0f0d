"""The ledger and the recorder's write path: the chain, heads, torn and damaged lines, failed writes
voided, and start-up recovery that completes interrupted writes and never touches a write in flight."""

import errno
import itertools
import json
import os
import time
from pathlib import Path

import pytest

from rmos_desktop.core.pipeline import StorageError, rmos_toolpaths
from rmos_desktop.core.runs import store as store_mod
from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.ledger import GENESIS, Ledger, LedgerError, LedgerHead, line_hash, parse_line
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import ReviewRecord
from rmos_desktop.core.runs.store import StoreError, commit_files, prepare_write, temp_owner, temp_owner_pid
from tests.conftest import load_example

SHA = "ab" * 32


def ledger_entries(runs_dir: Path) -> list[dict]:
    return [json.loads(line) for line in (runs_dir / "ledger.jsonl").read_text().splitlines()]


def test_appends_form_a_linear_chain_with_a_head(runs_dir):
    ledger = Ledger(runs_dir)
    assert ledger.head() is None
    lines = [ledger.append(kind="artifact", run_id=new_id(), path=f"2026-01-0{i}/x.json", sha256=SHA) for i in (1, 2)]
    assert [e["seq"] for e in lines] == [1, 2]
    assert lines[0]["prev"] == GENESIS and lines[1]["prev"] == lines[0]["hash"]
    assert all(line_hash(e) == e["hash"] for e in lines)
    assert ledger.head() == LedgerHead(2, lines[1]["hash"])
    assert ledger_entries(runs_dir) == lines


@pytest.mark.parametrize(
    "text",
    ["", "12", "12:", "0:" + "a" * 64, "-1:" + "a" * 64, "1:" + "a" * 63, "1:" + "g" * 64, "١:" + "a" * 64, "x:y"],
)
def test_a_malformed_head_is_refused(text):
    with pytest.raises(ValueError, match="not a ledger head"):
        LedgerHead.parse(text)


def test_a_head_reads_back_in_either_case():
    head = LedgerHead.parse(" 12:" + "AB" * 32 + "\n")
    assert head == LedgerHead(12, "ab" * 32) and str(head) == "12:" + "ab" * 32


def entry_text(**changes) -> str:
    entry = {"seq": 1, "kind": "void", "run_id": None, "path": "p", "sha256": SHA, "prev": SHA, "hash": SHA}
    return json.dumps({**entry, **changes})


@pytest.mark.parametrize(
    "line, reason",
    [
        ("not json", "not JSON"),
        ("[1]", "not a JSON object"),
        ('{"seq": 1}', "wrong fields"),
        (entry_text(extra=1), "unexpected extra"),
        (entry_text(seq=True), "seq"),
        (entry_text(seq=0), "seq"),
        (entry_text(kind="other"), "unknown kind"),
        (entry_text(run_id=5), "run_id"),
        (entry_text(path=None), "path"),
        (entry_text(sha256="AB" * 32), "sha256"),
    ],
)
def test_parse_line_says_what_is_wrong(line, reason):
    with pytest.raises(ValueError, match=reason):
        parse_line(line)


def test_a_torn_last_line_is_cut_off_by_the_next_append(runs_dir, caplog):
    ledger = Ledger(runs_dir)
    first = ledger.append(kind="artifact", run_id=None, path="a", sha256=SHA)
    with open(ledger.path, "ab") as fh:
        fh.write(b'{"seq":2,"kind":"artif')
    assert ledger.torn_tail() == 22 and ledger.head().seq == 1
    second = ledger.append(kind="artifact", run_id=None, path="b", sha256=SHA)
    assert second["seq"] == 2 and second["prev"] == first["hash"]
    assert ledger_entries(runs_dir) == [first, second]
    assert "torn last line" in caplog.text


def test_a_damaged_last_line_stops_recording_with_a_clear_message(runs_dir):
    ledger = Ledger(runs_dir)
    ledger.append(kind="artifact", run_id=None, path="a", sha256=SHA)
    with open(ledger.path, "ab") as fh:
        fh.write(b"edited by hand\n")
    with pytest.raises(LedgerError, match="damaged or was edited"):
        ledger.append(kind="artifact", run_id=None, path="b", sha256=SHA)
    with pytest.raises(LedgerError):
        ledger.head()
    assert ledger.path.read_bytes().endswith(b"edited by hand\n")


def test_the_pipeline_turns_a_damaged_ledger_into_storage_error(recorder, catalog, runs_dir):
    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    with open(runs_dir / "ledger.jsonl", "ab") as fh:
        fh.write(b"{}\n")
    with pytest.raises(StorageError) as err:
        rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    assert "audit ledger" in err.value.detail["message"] and "gcode_text" not in err.value.detail
    assert len(list(runs_dir.glob("*/*.json"))) == 1 and not list(runs_dir.rglob("*.tmp"))


@pytest.mark.parametrize("fail", ["write", "fsync"])
def test_a_failed_append_leaves_the_ledger_as_it_was(runs_dir, monkeypatch, fail):
    ledger = Ledger(runs_dir)
    ledger.append(kind="artifact", run_id=None, path="a", sha256=SHA)
    before = ledger.path.read_bytes()
    real = getattr(os, fail)

    def failing(fd, *a):
        if fail == "write":  # half the line reaches the file, then the disk is full
            real(fd, a[0][:10])
        raise OSError(errno.ENOSPC if fail == "write" else errno.EIO, "injected")

    monkeypatch.setattr(os, fail, failing)
    with pytest.raises(OSError):
        ledger.append(kind="artifact", run_id=None, path="b", sha256=SHA)
    monkeypatch.undo()
    assert ledger.path.read_bytes() == before


def test_a_lock_held_elsewhere_times_out_with_a_message(runs_dir):
    from filelock import FileLock

    other = FileLock(str(runs_dir / ".ledger.lock"), thread_local=False)
    other.acquire()
    try:
        ledger = Ledger(runs_dir, lock_timeout_s=0.2)
        with pytest.raises(LedgerError, match="stayed locked"):
            ledger.append(kind="artifact", run_id=None, path="b", sha256=SHA)
    finally:
        other.release()


# -- failed writes after the ledger line ------------------------------------------------------------------
def test_a_link_failure_after_the_ledger_line_is_voided(recorder, catalog, runs_dir, monkeypatch, caplog):
    def no_link(src, dst, *a, **k):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(store_mod.os, "link", no_link)
    with pytest.raises(StorageError):
        rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    monkeypatch.undo()
    line, void = ledger_entries(runs_dir)
    assert line["kind"] == "artifact" and void["kind"] == "void"
    assert (void["path"], void["sha256"], void["run_id"]) == (line["path"], line["sha256"], line["run_id"])
    assert not list(runs_dir.glob("*/*.json")) and not list(runs_dir.rglob("*.tmp"))
    report = audit_runs(runs_dir)
    assert report.ok and report.voided == 1, report.problems
    assert "voided by seq 2" in caplog.text


def test_a_folder_fsync_failure_after_the_link_removes_the_files_and_voids(recorder, catalog, runs_dir, monkeypatch):
    """The files stood under their final names, but not durably: they are withdrawn, no G-code is released."""
    job = load_example("kerf-array-side-kerfs")
    job["cut"] = {**job["cut"], "count": 110, "pitch_mm": 5, "length_mm": 150}
    job["depth_mm"], job["stepdown_mm"] = 3.0, 0.1  # a G-code sidecar too
    real_fsync = os.fsync

    def fsync(fd):
        if os.path.isdir(os.readlink(f"/proc/self/fd/{fd}")) and list(runs_dir.glob("*/*.json")):
            raise OSError(errno.EIO, "Input/output error")
        return real_fsync(fd)

    monkeypatch.setattr(store_mod.os, "fsync", fsync)
    with pytest.raises(StorageError):
        rmos_toolpaths(job, recorder=recorder, catalog=catalog)
    monkeypatch.undo()
    assert not [p for p in runs_dir.glob("20*/*")], "nothing may stand under a final name"
    assert [e["kind"] for e in ledger_entries(runs_dir)] == ["artifact", "void"]
    assert audit_runs(runs_dir).ok


def test_chmod_failure_is_only_a_warning(recorder, catalog, runs_dir, monkeypatch, caplog):
    def no_chmod(*a, **k):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(store_mod.os, "chmod", no_chmod)
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    assert Path(out["_run_artifact_path"]).is_file() and "could not make" in caplog.text
    monkeypatch.undo()
    assert audit_runs(runs_dir).ok


def test_reviews_go_through_the_ledger(recorder, runs_dir):
    review = ReviewRecord(
        record_id=new_id(), run_id=new_id(), artifact_sha256=SHA, reviewer="Sam", disposition="acknowledged"
    )
    stored = recorder.record("review", review)
    (entry,) = ledger_entries(runs_dir)
    assert entry["kind"] == "review" and entry["path"] == stored.path.relative_to(runs_dir).as_posix()
    assert entry["path"].startswith("records/reviews/") and entry["sha256"] == stored.sha256
    assert recorder.head() == LedgerHead(1, entry["hash"])


def test_prepare_refuses_a_taken_name_and_leaves_nothing(runs_dir):
    (runs_dir / "f.json").write_text("x")
    with pytest.raises(StoreError, match="write-once"):
        prepare_write(runs_dir, "f.json", b"y")
    assert sorted(p.name for p in runs_dir.iterdir()) == ["f.json"]


def test_temp_names_carry_pid_and_host():
    pending_name = store_mod.temp_name("abc.json")
    owner = temp_owner(pending_name)
    assert owner.pid == os.getpid() and owner.host == store_mod.HOST
    assert store_mod.temp_final_name(pending_name) == "abc.json"
    assert temp_owner_pid(".abc.json.1234.deadbeef.tmp") == 1234  # names written before hosts were recorded
    for name in ("abc.json", ".abc.json.tmp", ".abc.json.x1.beef.tmp", ".abc.json.１２.beef.tmp"):
        assert temp_owner(name) is None


# -- start-up recovery ------------------------------------------------------------------------------------
def dead_pid() -> int:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def as_crashed(path: Path, pid: int | None = None, *, age_s: float = 0) -> Path:
    """Rename a temp file as if a (dead) process had written it, optionally aged."""
    final = store_mod.temp_final_name(path.name)
    target = path.with_name(f".{final}.{pid or dead_pid()}@{store_mod.HOST}.cafe0001.tmp")
    path.rename(target)
    if age_s:
        t = time.time() - age_s
        os.utime(target, (t, t))
    return target


def crash_after_ledger_line(recorder: RunRecorder, artifact, sidecar: str | None = None) -> list[Path]:
    """The state a crash leaves between the ledger line (fsynced) and the links."""
    folder = recorder.store.artifact_folder(artifact)
    pending = []
    if sidecar is not None:
        pending.append(prepare_write(folder, f"{artifact.run_id}.nc", sidecar.encode()))
    pending.append(prepare_write(folder, f"{artifact.run_id}.json", store_mod.artifact_bytes(artifact)))
    recorder.ledger.append(
        kind="artifact",
        run_id=artifact.run_id,
        path=recorder.store.relative(pending[-1].final),
        sha256=pending[-1].sha256,
    )
    pid = dead_pid()
    return [as_crashed(p.tmp, pid) for p in pending]


def sample_artifact(recorder, catalog, *, big=False):
    """A real artifact (and its G-code when big), recorded in a scratch folder and read back."""
    scratch = RunRecorder.open(recorder.runs_dir.parent / f"scratch-{new_id()}")
    job = load_example("green-veneer-line")
    if big:
        job = load_example("kerf-array-side-kerfs")
        job["cut"] = {**job["cut"], "count": 110, "pitch_mm": 5, "length_mm": 150}
        job["depth_mm"], job["stepdown_mm"] = 3.0, 0.1
    out = rmos_toolpaths(job, recorder=scratch, catalog=catalog)
    return scratch.store.read_artifact(out["_run_id"]), out["gcode_text"]


def test_recover_completes_an_interrupted_write(recorder, catalog, runs_dir, caplog):
    artifact, _ = sample_artifact(recorder, catalog)
    crash_after_ledger_line(recorder, artifact)
    before = audit_runs(runs_dir)
    assert before.codes == {"interrupted_write"}
    report = recorder.recover()
    final = recorder.store.artifact_path(artifact)
    assert report.completed == [final] and report.removed == [] and not report.errors
    assert final.read_bytes() == store_mod.artifact_bytes(artifact)
    assert oct(final.stat().st_mode & 0o777) == "0o444"
    assert not list(runs_dir.rglob("*.tmp")) and audit_runs(runs_dir).ok
    assert "completed" in caplog.text


def test_recover_links_the_gcode_sidecar_before_its_artifact(recorder, catalog, runs_dir):
    artifact, gcode = sample_artifact(recorder, catalog, big=True)
    assert artifact.outputs.gcode_path == f"{artifact.run_id}.nc"
    crash_after_ledger_line(recorder, artifact, gcode)
    report = recorder.recover()
    assert [p.suffix for p in report.completed] == [".nc", ".json"]
    assert audit_runs(runs_dir).ok


def test_recover_removes_temps_that_never_reached_the_ledger(recorder, catalog, runs_dir, caplog):
    artifact, _ = sample_artifact(recorder, catalog)
    folder = recorder.store.artifact_folder(artifact)
    tmp = as_crashed(prepare_write(folder, f"{artifact.run_id}.json", b"{}").tmp)
    assert audit_runs(runs_dir).codes == {"stale_temp"}
    report = recorder.recover()
    assert report.removed == [tmp] and report.completed == []
    assert not tmp.exists() and audit_runs(runs_dir).ok
    assert str(tmp) in caplog.text


def test_recover_never_adopts_a_temp_whose_bytes_differ_from_the_ledger(recorder, catalog, runs_dir):
    artifact, _ = sample_artifact(recorder, catalog)
    (tmp,) = crash_after_ledger_line(recorder, artifact)
    tmp.write_bytes(tmp.read_bytes() + b" ")
    report = recorder.recover()
    assert report.completed == [] and report.removed == [tmp]
    assert audit_runs(runs_dir).codes == {"artifact_missing"}


def test_recover_does_not_complete_a_voided_write(recorder, catalog, runs_dir):
    artifact, _ = sample_artifact(recorder, catalog)
    (tmp,) = crash_after_ledger_line(recorder, artifact)
    line = ledger_entries(runs_dir)[-1]
    recorder.ledger.void(line)
    report = recorder.recover()
    assert report.completed == [] and report.removed == [tmp]
    assert audit_runs(runs_dir).ok


def test_recover_leaves_writes_in_flight_alone(recorder, catalog, runs_dir):
    artifact, _ = sample_artifact(recorder, catalog)
    folder = recorder.store.artifact_folder(artifact)
    mine = prepare_write(folder, f"{artifact.run_id}.json", b"{}").tmp  # this process, still writing
    other_host = prepare_write(folder, f"{new_id()}.json", b"{}").tmp
    other_host = other_host.rename(other_host.with_name(other_host.name.replace(f"@{store_mod.HOST}.", "@elsewhere.")))
    assert recorder.recover().removed == []
    assert mine.exists() and other_host.exists()
    audit = audit_runs(runs_dir)
    assert audit.ok and audit.in_flight == 2
    for path in (mine, other_host):  # an hour later neither can still be in flight
        t = time.time() - 3600
        os.utime(path, (t, t))
    assert sorted(recorder.recover().removed) == sorted([mine, other_host])


def test_recover_cuts_a_torn_last_ledger_line(recorder, catalog, runs_dir, caplog):
    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    with open(runs_dir / "ledger.jsonl", "ab") as fh:
        fh.write(b'{"seq":2,"ki')
    assert audit_runs(runs_dir).codes == {"ledger_torn_tail"}
    assert recorder.recover().ledger_bytes_removed == 12
    assert audit_runs(runs_dir).ok and "torn last line" in caplog.text


def test_recover_reports_a_lock_it_cannot_take(recorder, catalog, runs_dir):
    from filelock import FileLock

    artifact, _ = sample_artifact(recorder, catalog)
    crash_after_ledger_line(recorder, artifact)
    recorder.ledger._lock = FileLock(str(runs_dir / ".ledger.lock"), timeout=0.2)
    other = FileLock(str(runs_dir / ".ledger.lock"), thread_local=False)
    with other:
        report = recorder.recover()
    assert report.errors and "could not finish" in report.errors[0] and not report.completed


def test_commit_rolls_back_on_an_unexpected_exception_from_the_hook(runs_dir):
    pending = prepare_write(runs_dir / "2026-01-01", "x.json", b"{}")

    def hook():
        raise ValueError("bug in a hook")

    with pytest.raises(StoreError, match="ValueError"):
        commit_files([pending], before_link=hook)
    assert not list((runs_dir / "2026-01-01").iterdir())


class FakeIndex:
    def __init__(self, fail: bool = False):
        self.artifacts, self.records, self.fail = [], [], fail

    def add_artifact(self, artifact, path):
        if self.fail:
            raise RuntimeError("index is broken")
        self.artifacts.append((artifact.run_id, path))

    def add_record(self, kind, record, path):
        if self.fail:
            raise RuntimeError("index is broken")
        self.records.append((kind, record["record_id"], path))


def test_the_index_hears_of_every_record_and_never_breaks_a_write(runs_dir, catalog, caplog):
    index = FakeIndex()
    recorder = RunRecorder.open(runs_dir, index=index)
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    review = ReviewRecord(
        record_id=new_id(), run_id=out["_run_id"], artifact_sha256=SHA, reviewer="Sam", disposition="acknowledged"
    )
    stored = recorder.record("review", review)
    assert index.artifacts == [(out["_run_id"], Path(out["_run_artifact_path"]))]
    assert index.records == [("review", review.record_id, stored.path)]
    artifact, _ = sample_artifact(recorder, catalog)
    crash_after_ledger_line(recorder, artifact)
    recorder.recover()
    assert index.artifacts[-1] == (artifact.run_id, recorder.store.artifact_path(artifact))
    broken = RunRecorder.open(runs_dir, index=FakeIndex(fail=True))
    rmos_toolpaths(load_example("green-veneer-line"), recorder=broken, catalog=catalog)
    assert "index update failed" in caplog.text and audit_runs(runs_dir).ok


def test_threads_of_one_process_share_a_recorder_safely(recorder, catalog, runs_dir):
    """The GUI generates on pool threads while the audit or an export runs on another."""
    from concurrent.futures import ThreadPoolExecutor

    def work(i):
        review = ReviewRecord(
            record_id=new_id(), run_id=new_id(), artifact_sha256=SHA, reviewer=f"t{i}", disposition="acknowledged"
        )
        recorder.record("review", review)
        return review.record_id

    with ThreadPoolExecutor(4) as pool:
        ids = list(pool.map(work, range(120)))
    entries = ledger_entries(runs_dir)
    assert [e["seq"] for e in entries] == list(range(1, 121))
    assert all(b["prev"] == a["hash"] for a, b in itertools.pairwise(entries))
    assert sorted(e["path"].rsplit("/", 1)[1][:-5] for e in entries) == sorted(ids)
    assert audit_runs(runs_dir).ok


def test_write_order_with_a_gcode_sidecar(recorder, catalog, write_calls):
    """Both files durable under temp names, then the ledger line, then the links (G-code first), then the
    folder: a crash at any point leaves either nothing listed or something recovery can complete."""
    calls = write_calls
    job = load_example("kerf-array-side-kerfs")
    job["cut"] = {**job["cut"], "count": 110, "pitch_mm": 5, "length_mm": 150}
    job["depth_mm"], job["stepdown_mm"] = 3.0, 0.1
    rmos_toolpaths(job, recorder=recorder, catalog=catalog)
    temps = [i for i, c in enumerate(calls) if c[0] == "fsync" and c[1].endswith(".tmp")]
    ledger = calls.index(("ledger", "artifact"))
    links = [
        next(i for i, c in enumerate(calls) if c[0] == "link" and Path(c[1]).suffix == suffix)
        for suffix in (".nc", ".json")
    ]
    folder = max(i for i, c in enumerate(calls) if c == ("fsync", "dir"))
    assert len(temps) == 2 and max(temps) < ledger < links[0] < links[1] < folder, calls


# -- L2: a damaged ledger end, read within bounds and moved aside on request --------------------------------
def bytes_read(monkeypatch) -> list[int]:
    """Count what os.pread/os.read return from here on."""
    counts: list[int] = []
    real_pread, real_read = os.pread, os.read

    def pread(fd, n, off):
        data = real_pread(fd, n, off)
        counts.append(len(data))
        return data

    def read(fd, n):
        data = real_read(fd, n)
        counts.append(len(data))
        return data

    monkeypatch.setattr(os, "pread", pread)
    monkeypatch.setattr(os, "read", read)
    return counts


@pytest.mark.parametrize("newline", [b"", b"\n"], ids=["unterminated", "terminated"])
def test_a_huge_damaged_tail_costs_a_bounded_read(runs_dir, monkeypatch, newline):
    from rmos_desktop.core.runs.ledger import TAIL_WINDOW

    ledger = Ledger(runs_dir)
    ledger.append(kind="artifact", run_id=None, path="a", sha256=SHA)
    with open(ledger.path, "ab") as fh:
        fh.write(b"x" * (4 * 1024 * 1024) + newline)
    counts = bytes_read(monkeypatch)
    with pytest.raises(LedgerError, match="audit recover"):
        ledger.append(kind="artifact", run_id=None, path="b", sha256=SHA)
    assert 0 < sum(counts) <= TAIL_WINDOW
    counts.clear()
    report = RunRecorder.open(runs_dir).recover(quarantine=False)  # what every start-up does
    monkeypatch.undo()
    assert not report.changed and sum(counts) <= TAIL_WINDOW + 65536


def test_recover_quarantines_a_damaged_last_line_and_recording_goes_on(tmp_path, catalog, caplog):
    from rmos_desktop.core.runs.keys import SigningKey

    key = SigningKey.generate()
    runs = tmp_path / "runs"
    recorder = RunRecorder.open(runs, signer=key)
    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    good = (runs / "ledger.jsonl").read_bytes()
    damage = b'{"seq": 2, "kind": "artifact", "edited\n' + b"y" * 300_000  # a bad line and a huge torn tail
    with open(runs / "ledger.jsonl", "ab") as fh:
        fh.write(damage)
    assert recorder.recover(quarantine=False).quarantined is None  # start-up never moves evidence
    with pytest.raises(StorageError):
        rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    report = recorder.recover()
    assert report.quarantined is not None and report.ledger_bytes_removed == len(damage)
    side = report.quarantined
    assert side.parent == runs and side.read_bytes() == damage
    assert side.name.startswith("ledger-quarantine-") and side.name[-16:-4] == sha256_hex(damage)[:12]
    lines = ledger_entries(runs)
    assert (runs / "ledger.jsonl").read_bytes().startswith(good)
    assert lines[-1]["kind"] == "quarantine" and lines[-1]["path"] == side.name
    assert lines[-1]["sha256"] == sha256_hex(damage) and lines[-1]["seq"] == 2 and "sig" in lines[-1]
    assert "moved" in caplog.text
    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    audit = audit_runs(runs, trust=[key.public()])
    assert audit.ok and audit.quarantined == 1 and audit.signed == 3, audit.problems
    assert "1 damaged ledger end(s) quarantined" in audit.summary()
    os.chmod(side, 0o644)
    side.write_bytes(b"tidied")
    assert audit_runs(runs, trust=[key.public()]).codes == {"record_modified"}
    side.unlink()
    assert audit_runs(runs, trust=[key.public()]).codes == {"record_missing"}


def test_recover_does_not_quarantine_more_than_a_torn_write_could_leave(runs_dir):
    from rmos_desktop.core.runs.ledger import MAX_QUARANTINE_LINES

    ledger = Ledger(runs_dir)
    ledger.append(kind="artifact", run_id=None, path="a", sha256=SHA)
    with open(ledger.path, "ab") as fh:
        fh.write(b"not a line\n" * (MAX_QUARANTINE_LINES + 1))
    before = ledger.path.read_bytes()
    report = RunRecorder.open(runs_dir).recover()
    assert report.quarantined is None and report.errors and "backup" in report.errors[0]
    assert ledger.path.read_bytes() == before


def test_a_sound_ledger_has_nothing_to_quarantine(runs_dir):
    ledger = Ledger(runs_dir)
    ledger.append(kind="artifact", run_id=None, path="a", sha256=SHA)
    with open(ledger.path, "ab") as fh:
        fh.write(b'{"seq":2,"kind":"artif')  # an ordinary torn tail: repair_torn_tail's job, not quarantine
    assert ledger.quarantine_damaged_tail() is None
    report = RunRecorder.open(runs_dir).recover()
    assert report.quarantined is None and report.ledger_bytes_removed == 22


def sha256_hex(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
