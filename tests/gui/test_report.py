"""The PDF run report keeps run ids and hashes as plain text a reader (or a search) finds: no ligatures."""

import hashlib

import pytest
from pypdf import PdfReader

from rmos_desktop.core import pipeline
from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.report import write_run_report
from tests.conftest import load_example

# "ff" is the one hex pair DejaVu Sans joins into a single glyph (U+FB00) when shaping is on.
LIGATURE_ID = "ff" * 16


@pytest.mark.parametrize("run_id", [LIGATURE_ID, "abcdef" * 5 + "ff"])
def test_run_ids_and_hashes_survive_text_extraction(qapp, tmp_path, recorder, catalog, monkeypatch, run_id):
    assert len(run_id) == 32
    monkeypatch.setattr(pipeline, "new_id", lambda: run_id)
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    assert out["_run_id"] == run_id
    pdf = write_run_report(recorder, run_id, tmp_path / "report.pdf")
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert not any(ch in text for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04"), "a ligature glyph reached the PDF"
    compact = "".join(text.split())
    assert run_id in compact
    artifact_sha = hashlib.sha256(next(recorder.runs_dir.glob(f"*/{run_id}.json")).read_bytes()).hexdigest()
    assert artifact_sha in compact
