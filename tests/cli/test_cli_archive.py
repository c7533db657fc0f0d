"""`rmos runs archive|restore|report` end to end, and the PDF report's content and rendering."""

import subprocess
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from rmos_desktop.core.pipeline import SafetyBlocked, rmos_toolpaths
from rmos_desktop.core.services import open_recorder
from tests.cli.helpers import has_colour, render_page, rmos, rmos_json
from tests.conftest import load_example


def old_runs(runs_dir, catalog):
    recorder = open_recorder(runs_dir)
    ids = []
    for day, example in ((10, "green-veneer-line"), (11, "red-kerfcut-overspeed")):
        when = datetime(2026, 11, day, 9, tzinfo=UTC)
        try:
            ids.append(
                rmos_toolpaths(load_example(example), recorder=recorder, catalog=catalog, now=lambda when=when: when)[
                    "_run_id"
                ]
            )
        except SafetyBlocked as exc:
            ids.append(exc.detail["run_id"])
    return ids


def test_archive_and_restore_through_the_cli(tmp_path, catalog):
    runs, nas = tmp_path / "runs", tmp_path / "nas"
    nas.mkdir()
    ids = old_runs(runs, catalog)
    before = {p.relative_to(runs).as_posix(): p.read_bytes() for p in runs.glob("20*/*")}
    code, result, err = rmos_json("runs", "archive", "--before", "2026-11-20", nas, runs_dir=runs)
    assert code == 0, err
    assert sorted(result["runs"]) == sorted(ids) and not list(runs.glob("20*"))
    check = subprocess.run(
        ["sha256sum", "-c", result["archive_path"].split("/")[-1] + ".sha256"],
        cwd=nas,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0
    code, _restored, err = rmos_json("runs", "restore", result["archive_path"], runs_dir=runs)
    assert code == 0, err
    assert {p.relative_to(runs).as_posix(): p.read_bytes() for p in runs.glob("20*/*")} == before


def test_archive_with_nothing_to_do_or_a_bad_date(tmp_path):
    runs, nas = tmp_path / "runs", tmp_path / "nas"
    nas.mkdir()
    proc = rmos("runs", "archive", "--before", "2026-11-20", nas, runs_dir=runs)
    assert proc.returncode == 1 and "no day folders" in proc.stderr
    proc = rmos("runs", "archive", "--before", "next tuesday", nas, runs_dir=runs)
    assert proc.returncode == 2 and "not a date" in proc.stderr and "Traceback" not in proc.stderr


def test_pdf_report_has_the_run_and_renders(tmp_path, catalog):
    runs = tmp_path / "runs"
    ids = old_runs(runs, catalog)
    blocked = ids[1]
    out = tmp_path / "report.pdf"
    code, _data, err = rmos_json("runs", "report", blocked, out, runs_dir=runs)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    compact = " ".join(text.split())  # pypdf separates words with tabs and non-breaking spaces
    assert blocked in compact
    assert "BLOCKED" in compact and "12000 rpm exceeds the blade's marked maximum 7000 rpm" in compact
    artifact = next(runs.glob(f"*/{blocked}.json"))
    import hashlib

    assert hashlib.sha256(artifact.read_bytes()).hexdigest() in compact.replace(" ", "")
    page = render_page(out)  # A4 at 50 dpi: 210 x 297 mm = 413.4 x 584.6 pixels
    assert abs(page.shape[1] - 413.4) < 1.5 and abs(page.shape[0] - 584.6) < 1.5
    assert (page < 128).all(axis=2).sum() > 2_000  # text was drawn
    assert has_colour(page, (0xB7, 0x1C, 0x1C))  # the BLOCKED / RED badge on its colour


@pytest.mark.parametrize("bad, code", [("../etc", 2), ("f" * 32, 1)])
def test_report_run_id_errors(tmp_path, bad, code):
    proc = rmos("runs", "report", bad, tmp_path / "x.pdf", runs_dir=tmp_path / "runs")
    assert proc.returncode == code and "Traceback" not in proc.stderr
    assert not (tmp_path / "x.pdf").exists()


# -- M5 / L6 through the CLI --------------------------------------------------------------------------------
def test_restore_of_dev_zero_says_it_is_not_a_zip_file(tmp_path):
    proc = rmos("runs", "restore", "/dev/zero", runs_dir=tmp_path / "runs")
    assert proc.returncode == 1 and "is not a zip file" in proc.stderr and "does not exist" not in proc.stderr
    assert "Traceback" not in proc.stderr


def test_restore_of_a_foreign_archive_exits_1_and_restores_nothing(tmp_path, catalog):
    other, nas = tmp_path / "other", tmp_path / "nas"
    nas.mkdir()
    old_runs(other, catalog)
    code, result, err = rmos_json("runs", "archive", "--before", "2026-11-20", nas, runs_dir=other)
    assert code == 0, err
    runs = tmp_path / "runs"
    old_runs(runs, catalog)  # a shop of its own, with other runs of those days
    before = sorted(p.relative_to(runs).as_posix() for p in runs.rglob("*"))
    proc = rmos("runs", "restore", result["archive_path"], runs_dir=runs)
    assert proc.returncode == 1 and "foreign or planted" in proc.stderr and "nothing was restored" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.relative_to(runs).as_posix() for p in runs.rglob("*")) == before


def test_a_1_5_gb_member_is_refused_before_it_is_read(tmp_path):
    """Issue 16 M5: a 1.5 GB member reached 3.2 GB RSS before rejection."""
    import hashlib
    import json
    import resource
    import zipfile

    big = tmp_path / "big.zip"
    rel = "2026-11-10/" + "ab" * 16 + ".nc"
    size = 1536 * 1024 * 1024
    with zipfile.ZipFile(big, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        manifest = {"format": "rmos-runs-archive", "version": 1, "files": {rel: hashlib.sha256(b"").hexdigest()}}
        zf.writestr("rmos-archive-manifest.json", json.dumps(manifest))
        block = b"G1 X1\n" * (1024 * 1024 // 6 + 1)
        with zf.open(rel, "w", force_zip64=True) as member:
            written = 0
            while written < size:
                piece = block[: size - written]
                member.write(piece)
                written += len(piece)
    assert big.stat().st_size < 50 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = rmos("runs", "restore", big, runs_dir=tmp_path / "runs")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "more than the" in proc.stderr or "zip bomb" in proc.stderr
    assert max(peak_kb, before) < 400 * 1024, f"restore peaked at {peak_kb / 1024:.0f} MB"
