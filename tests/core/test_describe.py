"""The one description of a run (core/runs/describe.py): plain data with the decision, every calculator,
request, outputs, hashes and records; review wording in one place; the one HTML rendering of it."""

import dataclasses
import hashlib
from types import SimpleNamespace

import pytest

from rmos_desktop.core.pipeline import SafetyBlocked, rmos_toolpaths
from rmos_desktop.core.runs.describe import (
    Cell,
    Note,
    RunDescription,
    Table,
    describe_run,
    describe_unreadable,
    disposition_word,
    review_state,
)
from tests.conftest import load_example

SECTIONS = ["Run", "Decision — every calculator", "Request", "Outputs", "Hashes (SHA-256)", "Reviews", "Exports"]


def blocked_run(recorder, catalog, **changes):
    job = {**load_example("red-kerfcut-overspeed"), **changes}
    with pytest.raises(SafetyBlocked) as exc:
        rmos_toolpaths(job, recorder=recorder, catalog=catalog)
    path = next(recorder.runs_dir.glob(f"*/{exc.value.detail['run_id']}.json"))
    artifact, data = recorder.store.read_artifact_file(path)
    return artifact, hashlib.sha256(data).hexdigest(), path


def section(desc: RunDescription, title: str):
    return next(s for s in desc.sections if s.title == title)


def cells(desc: RunDescription) -> list[Cell]:
    out = list(desc.headline)
    for s in desc.sections:
        for b in s.blocks:
            if isinstance(b, Table):
                out += [c for row in b.rows for c in row]
    return out


def test_a_blocked_run_is_described_in_full(recorder, catalog):
    artifact, sha, _ = blocked_run(recorder, catalog, order_ref="PO-7")
    review = {"created_at_utc": "2026-11-10T09:00:00Z", "reviewer": "Sam", "disposition": "false_positive"}
    desc = describe_run(artifact, sha, [review], [], path="2026-11-10/x.json")
    assert [c.text for c in desc.headline] == ["BLOCKED", "risk", "RED", f"score {artifact.decision.score:g}"]
    assert [c.badge for c in desc.headline] == [True, False, True, False]
    assert [s.title for s in desc.sections] == SECTIONS

    run = dict((row[0].text, row[1]) for row in section(desc, "Run").blocks[-1].rows)
    assert run["Run"] == Cell(artifact.run_id, code=True)
    assert run["Job / order"].text == "Kerfing, over-speed (worked example 3) / PO-7"
    assert run["Artifact file"].text == "2026-11-10/x.json"

    decision = section(desc, "Decision — every calculator").blocks
    why = next(b for b in decision if isinstance(b, Note) and b.label == "Why it was blocked")
    assert "12000 rpm exceeds the blade's marked maximum 7000 rpm" in why.text
    (calculators,) = [b for b in decision if isinstance(b, Table)]
    assert len(calculators.rows) == len(artifact.feasibility["calculators"]) == 12
    statuses = {row[0].text: row[3] for row in calculators.rows}
    assert statuses["blade speed"] == Cell("RED", badge=True) and statuses["depth"] == Cell("GREEN", badge=True)

    hashes = {row[0].text: row[1] for row in section(desc, "Hashes (SHA-256)").blocks[0].rows}
    assert hashes["artifact file"] == Cell(sha, code=True)
    assert hashes["gcode_sha256"] == Cell("—")  # nothing generated: a dash, nothing to copy
    assert section(desc, "Outputs").blocks[0] == Table((), empty="No G-code (nothing was generated).")

    (reviews,) = section(desc, "Reviews").blocks
    assert [c.text for c in reviews.rows[0][1:3]] == ["Sam", "false positive"]
    assert section(desc, "Exports").blocks[0].empty == "None recorded."


def test_an_unreviewed_blocked_run_says_it_awaits_review_and_is_plain_frozen_data(recorder, catalog):
    artifact, sha, _ = blocked_run(recorder, catalog)
    desc = describe_run(artifact, sha)
    assert section(desc, "Reviews").blocks[0].empty == "None recorded — this BLOCKED run awaits review."
    with pytest.raises(dataclasses.FrozenInstanceError):
        desc.run_id = "x"
    assert all(isinstance(c.text, str) for c in cells(desc))


def test_an_archived_run_says_where_it_was_read_from(recorder, catalog):
    artifact, sha, _ = blocked_run(recorder, catalog)
    desc = describe_run(artifact, sha, archive_name="runs-2026-11.zip", from_archive=True)
    note = section(desc, "Run").blocks[0]
    assert note == Note("Archived", "in runs-2026-11.zip — read from the archive.", highlight=True)


def test_review_wording_lives_here():
    row = SimpleNamespace(
        review_count=2, last_disposition="policy_change_needed", last_reviewer="Sam", awaiting_review=0
    )
    assert review_state(row) == "policy change needed (Sam)"
    assert review_state(row, raw=True) == "policy_change_needed (Sam)"  # as `rmos runs list` prints it
    assert review_state(
        SimpleNamespace(review_count=0, last_disposition=None, last_reviewer=None, awaiting_review=1)
    ) == ("awaiting review")
    assert (
        review_state(SimpleNamespace(review_count=0, last_disposition=None, last_reviewer=None, awaiting_review=0))
        == "—"
    )
    assert disposition_word("operator_training") == "operator training"
    assert disposition_word("something_new") == "something_new" and disposition_word(None) == "—"


def test_an_unreadable_file_is_described_without_the_word_error():
    desc = describe_unreadable("2026-03-02/" + "ab" * 16 + ".json", "invalid JSON at line 1")
    texts = [c.text for c in cells(desc)]
    assert texts[0] == "UNREADABLE" and "invalid JSON at line 1" in texts
    assert not any("ERROR" in t for t in texts)
