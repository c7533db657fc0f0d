"""Run ids and file names that come from outside (command line, files, archives, the ledger itself) never
reach a path outside the runs directory or the chosen destination folder."""

import io
import json
import zipfile

import pytest

from rmos_desktop.core.export import export_run
from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.core.runs.archive import ArchiveAborted, restore_archive
from rmos_desktop.core.runs.schemas import InvalidRunId
from rmos_desktop.core.runs.store import ArtifactUnreadable, RunStore
from tests.cli.helpers import rmos
from tests.conftest import load_example

HOSTILE_IDS = [
    "../../etc/passwd",
    "0123456789abcdef0123456789abcdef/../x",
    "/etc/passwd",
    "0123456789ABCDEF0123456789ABCDEF",
    "0123456789abcdef0123456789abcdef\n",
    "0123456789abcdef0123456789abcde\x00",
    "..",
    "",
]
HOSTILE_NAMES = ["../../escape", "/tmp/abs", "..", "a/b\\c", "CON", "x\x00y", "." * 300, "~/home"]


@pytest.mark.parametrize("run_id", HOSTILE_IDS)
def test_store_lookups_refuse_anything_but_a_run_id(runs_dir, run_id):
    store = RunStore(runs_dir)
    with pytest.raises(InvalidRunId):
        store.find_artifact(run_id)
    with pytest.raises(InvalidRunId):
        store.read_artifact(run_id)


@pytest.mark.parametrize("day", ["../2026-01-01", "2026-01-01/..", "..", "/tmp"])
def test_day_folders_come_only_from_dates(runs_dir, day):
    with pytest.raises(ValueError):
        RunStore(runs_dir).day_dir(day)


def test_a_gcode_path_inside_an_artifact_is_never_followed(recorder, catalog, runs_dir):
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    artifact = recorder.store.read_artifact(out["_run_id"])
    forged = artifact.model_copy(
        update={"outputs": artifact.outputs.model_copy(update={"gcode_text": None, "gcode_path": "../../etc/passwd"})}
    )
    with pytest.raises(ArtifactUnreadable, match="unexpected gcode_path"):
        recorder.store.gcode_text(forged, runs_dir / "2026-01-01" / "x.json")


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_export_names_stay_in_the_destination(recorder, catalog, tmp_path, name):
    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    dest = tmp_path / "usb" / "jobs"
    dest.mkdir(parents=True)
    before = {p for p in tmp_path.rglob("*") if "usb" not in p.parts}
    result = export_run(recorder, out["_run_id"], dest, name=name)
    assert {p.parent for p in dest.iterdir()} == {dest} and len(list(dest.iterdir())) == len(result.files)
    assert all("/" not in f and "\\" not in f and f not in (".", "..") for f in result.files)
    assert not list((tmp_path / "usb").glob("*.nc")) and not list(tmp_path.glob("*.nc"))
    assert {p for p in tmp_path.rglob("*") if "usb" not in p.parts} - before <= set(recorder.runs_dir.rglob("*"))


def test_cli_refuses_hostile_run_ids_as_usage_errors(tmp_path):
    runs = tmp_path / "runs"
    for run_id in ("../../etc/passwd", "0123456789abcdef0123456789abcdef/../../x"):
        for args in (("export", run_id, tmp_path), ("runs", "report", run_id, tmp_path / "r.pdf")):
            proc = rmos(*args, runs_dir=runs)
            assert proc.returncode == 2, (args, proc.stderr)
            assert "not a run id" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_an_archive_member_that_climbs_out_is_refused(recorder, tmp_path):
    evil = tmp_path / "evil.zip"
    payload = b"{}"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        manifest = {
            "format": "rmos-runs-archive",
            "version": 1,
            "files": {"../../outside.json": __import__("hashlib").sha256(payload).hexdigest()},
        }
        zf.writestr("rmos-archive-manifest.json", json.dumps(manifest))
        zf.writestr("../../outside.json", payload)
    evil.write_bytes(buf.getvalue())
    with pytest.raises(ArchiveAborted, match="not a run file path"):
        restore_archive(recorder, evil)
    assert not (tmp_path.parent / "outside.json").exists() and not (tmp_path / "outside.json").exists()
