"""Issue 16 M1: an export a crash interrupted (its intent recorded, no export record closing it, its process
gone) is named by `rmos audit verify`, not only by the next export."""

from __future__ import annotations

from rmos_desktop.core.export_leftovers import ExportIntentRecord
from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.core.runs.recorder import new_id
from rmos_desktop.core.services import open_recorder
from tests.cli.helpers import rmos_json
from tests.conftest import load_example


def test_an_interrupted_export_is_named_by_the_audit(tmp_path, catalog):
    runs = tmp_path / "runs"
    recorder = open_recorder(runs, index=False)
    run_id = rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)["_run_id"]
    code, report, _ = rmos_json("audit", "verify", runs_dir=runs)
    assert code == 0, report
    intent = ExportIntentRecord(
        record_id=new_id(),
        run_id=run_id,
        destination=str(tmp_path / "usb"),
        file_name="job.nc",
        files=["job.nc"],
        gcode_sha256=None,
        pid=2**22 + 7,  # no such process: the export was killed
    )
    recorder.record("export_intent", intent)
    code, report, _ = rmos_json("audit", "verify", runs_dir=runs)
    assert code == 1
    assert [p["code"] for p in report["problems"]] == ["export_interrupted"], report["problems"]
