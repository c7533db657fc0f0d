"""Supervisor reviews: write-once records under records/reviews/, through the recorder and the ledger,
referencing the artifact's hash; the artifact itself never changes."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from rmos_desktop.core.runs.audit import audit_runs
from rmos_desktop.core.runs.recorder import RunRecorder
from rmos_desktop.core.runs.schemas import InvalidRunId
from rmos_desktop.core.runs.store import ArtifactNotFound, StoreError, prepare_write
from tests.core.test_index import add_runs


def test_review_is_write_once_and_leaves_the_artifact_alone(runs_dir):
    recorder = RunRecorder.open(runs_dir)
    (artifact,) = add_runs(recorder, [{"created": datetime(2026, 3, 3, 8, tzinfo=UTC), "status": "BLOCKED"}])
    path = recorder.store.artifact_path(artifact)
    before = path.read_bytes()
    sha_before = hashlib.sha256(before).hexdigest()
    stat_before = os.stat(path)

    review, stored = recorder.record_review(
        artifact.run_id, reviewer=" Sam ", disposition="policy_change_needed", note="limit too strict"
    )
    assert path.read_bytes() == before and hashlib.sha256(path.read_bytes()).hexdigest() == sha_before
    assert os.stat(path).st_mtime_ns == stat_before.st_mtime_ns
    saved = json.loads(stored.path.read_text(encoding="utf-8"))
    assert saved["artifact_sha256"] == sha_before and saved["run_id"] == artifact.run_id
    assert saved["reviewer"] == "Sam" and saved["disposition"] == "policy_change_needed"
    assert stored.path.parent.parent == runs_dir / "records" / "reviews"
    assert not os.access(stored.path, os.W_OK) or os.geteuid() == 0  # read-only (root may still write)
    assert stored.path.stat().st_mode & 0o222 == 0
    # the same record cannot be written twice (write-once), and a second review is a second file
    with pytest.raises(StoreError):
        prepare_write(stored.path.parent, stored.path.name, b"{}")
    _, second = recorder.record_review(artifact.run_id, reviewer="Lee", disposition="acknowledged")
    assert (
        second.path != stored.path
        and stored.path.read_text(encoding="utf-8") == json.dumps(saved, indent=2, ensure_ascii=False) + "\n"
    )
    ledger = [json.loads(line) for line in (runs_dir / "ledger.jsonl").read_text().splitlines()]
    assert [e["kind"] for e in ledger] == ["artifact", "review", "review"]
    assert audit_runs(runs_dir).ok
    assert review.record_id == saved["record_id"]


def test_review_refuses_bad_input(runs_dir):
    recorder = RunRecorder.open(runs_dir)
    (artifact,) = add_runs(recorder, [{"created": datetime(2026, 3, 3, 8, tzinfo=UTC), "status": "BLOCKED"}])
    with pytest.raises(InvalidRunId):
        recorder.record_review("../x", reviewer="Sam", disposition="acknowledged")
    with pytest.raises(ArtifactNotFound):
        recorder.record_review("0" * 32, reviewer="Sam", disposition="acknowledged")
    with pytest.raises(ValidationError):
        recorder.record_review(artifact.run_id, reviewer="Sam", disposition="ignored")
    with pytest.raises(ValidationError):
        recorder.record_review(artifact.run_id, reviewer="  ", disposition="acknowledged")
    assert not (runs_dir / "records" / "reviews").exists() or not list(
        (runs_dir / "records" / "reviews").rglob("*.json")
    )
