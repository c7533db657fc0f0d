"""The PDF run report (rmos_desktop.report): it prints the core's one description of the run, keeps run ids
and hashes as plain text a reader (or a search) finds, and its pages render (pypdfium2, no poppler needed)."""

import hashlib
import re

import pytest
from pypdf import PdfReader

from rmos_desktop.core import pipeline
from rmos_desktop.core.pipeline import SafetyBlocked, rmos_toolpaths
from rmos_desktop.core.runs.describe import Table, describe_run
from rmos_desktop.report import write_run_report
from rmos_desktop.report.html import LEVEL_COLOURS, description_html
from tests.cli.helpers import has_colour, render_page
from tests.conftest import load_example

# "ff" is the one hex pair DejaVu Sans joins into a single glyph (U+FB00) when shaping is on.
LIGATURE_ID = "ff" * 16


def pdf_text(pdf) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(pdf)).pages]


@pytest.mark.parametrize("run_id", [LIGATURE_ID, "abcdef" * 5 + "ff"])
def test_run_ids_and_hashes_survive_text_extraction(qapp, tmp_path, recorder, catalog, monkeypatch, run_id):
    assert len(run_id) == 32
    monkeypatch.setattr(pipeline, "new_id", lambda: run_id)
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    assert out["_run_id"] == run_id
    pdf = write_run_report(recorder, run_id, tmp_path / "report.pdf")
    text = "".join(pdf_text(pdf))
    assert not any(ch in text for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04"), "a ligature glyph reached the PDF"
    compact = "".join(text.split())
    assert run_id in compact
    artifact_sha = hashlib.sha256(next(recorder.runs_dir.glob(f"*/{run_id}.json")).read_bytes()).hexdigest()
    assert artifact_sha in compact


def blocked_and_reviewed(recorder, catalog) -> str:
    with pytest.raises(SafetyBlocked) as exc:
        rmos_toolpaths(load_example("red-kerfcut-overspeed"), recorder=recorder, catalog=catalog)
    run_id = exc.value.detail["run_id"]
    data = next(recorder.runs_dir.glob(f"*/{run_id}.json")).read_bytes()
    recorder.record_review(
        run_id,
        reviewer="Sam",
        disposition="false_positive",
        note="checked",
        artifact_sha256=hashlib.sha256(data).hexdigest(),
    )
    return run_id


def test_the_pdf_prints_every_value_of_the_run_description(qapp, tmp_path, recorder, catalog):
    run_id = blocked_and_reviewed(recorder, catalog)
    pdf = write_run_report(recorder, run_id, tmp_path / "report.pdf")
    path = recorder.store.find_artifact(run_id)
    artifact, data = recorder.store.read_artifact_file(path)
    desc = describe_run(
        artifact,
        hashlib.sha256(data).hexdigest(),
        recorder.store.records_for(run_id, "review"),
        recorder.store.records_for(run_id, "export"),
    )
    pages = pdf_text(pdf)
    compact = "".join("".join(pages).split())
    values = [c.text for c in desc.headline]
    for s in desc.sections:
        values.append(s.title)
        for block in s.blocks:
            if isinstance(block, Table):
                values += [c.text for row in block.rows for c in row] or [block.empty]
            else:
                values.append(block.text)
    missing = [v for v in values if "".join(v.split()) not in compact]
    assert not missing, missing
    assert "falsepositive" in compact and "Sam" in compact  # the review, in the one wording
    # every page carries the footer with its number
    assert len(pages) >= 2
    for i, text in enumerate(pages, 1):
        assert re.search(rf"page\s*{i}\s*of\s*{len(pages)}", text), text[-200:]
        assert run_id in "".join(text.split())


def test_the_pages_render_with_the_level_colours(qapp, tmp_path, recorder, catalog):
    run_id = blocked_and_reviewed(recorder, catalog)
    pdf = write_run_report(recorder, run_id, tmp_path / "report.pdf")
    first = render_page(pdf, 0, dpi=60)
    assert (first < 128).all(axis=2).sum() > 3_000  # text was drawn
    for level in ("RED", "YELLOW", "GREEN"):  # the badges of the calculators on page 1
        bg = LEVEL_COLOURS[level][0]
        assert has_colour(first, tuple(int(bg[i : i + 2], 16) for i in (1, 3, 5))), level
    last = render_page(pdf, len(PdfReader(str(pdf)).pages) - 1, dpi=60)
    assert (last < 128).all(axis=2).sum() > 1_000
    assert not has_colour(last, (0x6A, 0x1B, 0x9A))  # no ERROR badge anywhere in a BLOCKED run


def test_the_html_rendering_escapes_and_offers_copy_links_only_on_screen(recorder, catalog):
    job = {**load_example("red-kerfcut-overspeed"), "job_name": "<script>alert(1)</script> & co"}
    with pytest.raises(SafetyBlocked) as exc:
        rmos_toolpaths(job, recorder=recorder, catalog=catalog)
    artifact, data = recorder.store.read_artifact_file(recorder.store.find_artifact(exc.value.detail["run_id"]))
    sha = hashlib.sha256(data).hexdigest()
    desc = describe_run(artifact, sha)
    screen = description_html(desc, copy_scheme="copy")
    paper = description_html(desc, title="Report", closing="made by RMOS")
    for html in (screen, paper):
        assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
        assert f"<tt>{artifact.run_id}</tt>" in html
    assert f'<a href="copy:{sha}">copy</a>' in screen and "copy:" not in paper
    assert paper.count("<h1>Report</h1>") == 1 and "<small>made by RMOS</small>" in paper
    assert screen.count("<h3>") == 7
