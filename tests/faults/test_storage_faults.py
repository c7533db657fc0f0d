"""Fault injection: os.write, os.fsync, os.link and os.replace raise ENOSPC or EIO at each step of a
write in turn (once, or from that step on, like a disk that stays full).

Every time: the caller gets a clear StorageError (no G-code), nothing stands under a final name, no temp
file is left, and the audit finds the directory consistent, or, when even the void line could not be
written, names exactly the failed write.
"""

import errno
import logging
import os
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from rmos_desktop.core.pipeline import SafetyBlocked, StorageError, rmos_toolpaths
from rmos_desktop.core.runs.archive import ArchiveAborted, archive_runs
from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.recorder import RunRecorder, new_id
from rmos_desktop.core.runs.schemas import ReviewRecord
from rmos_desktop.core.runs.store import StoreError
from tests.conftest import load_example
from tests.core.test_audit import big_job

log = logging.getLogger(__name__)

TARGETS = ("write", "fsync", "link", "replace")
ERRORS = {"ENOSPC": errno.ENOSPC, "EIO": errno.EIO}
INJECTED: Counter = Counter()  # faults injected, by target (a figure for the notes)


@pytest.fixture(scope="module", autouse=True)
def count_injected():
    yield
    log.info("fault injection: %d faults injected %s", sum(INJECTED.values()), dict(INJECTED))


class Injector:
    """Wraps os.<target>: counts its calls and raises on the k-th (and, if persistent, every later) one."""

    def __init__(self, monkeypatch, target: str, code: int, fail_at: int | None, persistent: bool = False):
        self.calls = 0
        self.fired = 0
        real = getattr(os, target)

        def wrapper(*args, **kwargs):
            self.calls += 1
            if fail_at is not None and (self.calls == fail_at or (persistent and self.calls > fail_at)):
                self.fired += 1
                INJECTED[target] += 1
                raise OSError(code, os.strerror(code))
            return real(*args, **kwargs)

        monkeypatch.setattr(os, target, wrapper)


def attempt(kind: str, recorder: RunRecorder, catalog):
    """One write of the given kind; returns the outcome exception, or None when it succeeded."""
    try:
        if kind == "review":
            review = ReviewRecord(
                record_id=new_id(),
                run_id=new_id(),
                artifact_sha256="0" * 64,
                reviewer="Sam",
                disposition="acknowledged",
            )
            recorder.record("review", review)
        else:
            job = {"ok": load_example("green-veneer-line"), "blocked": load_example("red-kerfcut-overspeed")}.get(kind)
            rmos_toolpaths(job or big_job(), recorder=recorder, catalog=catalog)
    except SafetyBlocked as exc:
        return exc
    except (StorageError, StoreError) as exc:
        return exc
    return None


def clean_calls(tmp_path: Path, monkeypatch, kind: str, target: str, catalog) -> int:
    with monkeypatch.context() as m:
        counter = Injector(m, target, errno.EIO, None)
        outcome = attempt(kind, RunRecorder.open(tmp_path / "clean"), catalog)
    assert outcome is None or isinstance(outcome, SafetyBlocked)
    return counter.calls


def assert_nothing_half_written(runs: Path, outcome, kind: str) -> None:
    if isinstance(outcome, StorageError):
        d = outcome.detail
        assert set(d) == {"error", "message"} and d["error"] == "STORAGE_ERROR"
        assert "no G-code was released" in d["message"]
        assert "could not write" in d["message"] or "the audit ledger" in d["message"]
    else:
        assert isinstance(outcome, StoreError) and kind == "review"
        assert "could not write" in str(outcome) or "audit ledger" in str(outcome)
    finals = [p for p in runs.rglob("*") if p.is_file() and p.suffix in (".json", ".nc")]
    assert finals == [], f"a file stands under a final name: {finals}"
    assert not list(runs.rglob("*.tmp")), "a temp file was left behind"


@pytest.mark.parametrize("kind", ["ok", "blocked", "sidecar", "review"])
@pytest.mark.parametrize("target", TARGETS)
def test_each_step_fails_in_turn(tmp_path, monkeypatch, catalog, kind, target):
    steps = clean_calls(tmp_path, monkeypatch, kind, target, catalog)
    if target == "replace":
        assert steps == 0  # the write path never replaces: os.link refuses to overwrite
        return
    assert steps >= 1
    for name, code in ERRORS.items():
        for persistent in (False, True):
            for k in range(1, steps + 1):
                runs = tmp_path / f"{name}-{persistent}-{k}"
                with monkeypatch.context() as m:
                    injector = Injector(m, target, code, k, persistent)
                    outcome = attempt(kind, RunRecorder.open(runs), catalog)
                assert injector.fired, f"step {k} of {target} was never reached"
                assert_nothing_half_written(runs, outcome, kind)
                report = audit_runs(runs)
                if not persistent:
                    assert report.ok, (target, name, k, [str(p) for p in report.problems])
                else:  # the void line may have failed too: then exactly this write is reported missing
                    assert report.ok or report.codes <= {"artifact_missing", "record_missing"}, report.problems
                    assert len(report.problems) <= 1


def test_a_disk_that_stays_full_is_named_precisely(tmp_path, monkeypatch, catalog):
    """The link fails, and so does every later write: the failed write cannot be voided and is named."""
    runs = tmp_path / "runs"
    recorder = RunRecorder.open(runs)
    real_link, real_write = os.link, os.write

    def no_link(*a, **k):
        os.write = disk_full  # from now on the disk refuses everything
        raise OSError(errno.ENOSPC, "No space left on device")

    def disk_full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(os, "write", real_write)
    with pytest.raises(StorageError):
        rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    monkeypatch.undo()
    os.link, os.write = real_link, real_write
    report = audit_runs(runs)
    (problem,) = report.problems
    assert problem.code == "artifact_missing" and problem.seq == 1 and problem.path.endswith(".json")


@pytest.mark.parametrize("target", TARGETS)
def test_archive_aborts_cleanly_at_every_step(tmp_path, monkeypatch, catalog, target):
    """Archiving writes a zip (os.replace), an archive record (ledger) and only then removes files."""
    runs = tmp_path / "runs"
    recorder = RunRecorder.open(runs)
    when = datetime(2026, 1, 5, 9, tzinfo=UTC)
    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog, now=lambda: when)
    before = {p: p.read_bytes() for p in runs.glob("2026-01-05/*")}
    steps = 0
    for k in range(1, 50):
        nas = tmp_path / f"nas-{k}"
        nas.mkdir()
        with monkeypatch.context() as m:
            injector = Injector(m, target, errno.ENOSPC, k)
            try:
                archive_runs(recorder, date(2026, 2, 1), nas)
            except ArchiveAborted as exc:
                assert "nothing was removed" in str(exc)
                aborted, zip_kept = True, "is complete and may be deleted or kept" in str(exc)
            else:
                aborted = zip_kept = False
        if not injector.fired:
            break  # every step has had its turn
        steps += 1
        report = audit_runs(runs)
        if not aborted:  # only the last folder sync, after the record, is best effort: the archive is complete
            assert k == injector.calls and not list(runs.glob("2026-01-05/*"))
            assert report.ok and report.archived == 1, report.problems
            break
        assert {p: p.read_bytes() for p in runs.glob("2026-01-05/*")} == before
        assert len(list(nas.glob("*.zip"))) == zip_kept and not list(nas.glob(".*.tmp"))
        assert report.ok and report.archived == 0, report.problems
    assert steps >= 1
