"""The history's user actions over the core, one small function each (after Anki's aqt/operations): the window
only lays out widgets and connects them to these."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rmos_desktop.core.runs.recorder import RunRecorder
from rmos_desktop.core.runs.schemas import ReviewRecord
from rmos_desktop.core.runs.store import StoredFile
from rmos_desktop.gui.history.detail import RunDetail
from rmos_desktop.gui.tasks import TaskHandle, TaskRunner


def sidecar_path(runs_dir: Path, detail: RunDetail | None) -> Path | None:
    """The run's stored G-code file (<run_id>.nc beside its artifact) when it has one and it is there."""
    if detail is None or detail.from_archive or not detail.artifact.outputs.gcode_path:
        return None
    sidecar = (runs_dir / detail.row.path).parent / f"{detail.artifact.run_id}.nc"
    return sidecar if sidecar.is_file() else None


def default_report_path(run_id: str) -> Path:
    return Path.home() / f"rmos-run-{run_id[:8]}.pdf"


def write_report(recorder: RunRecorder, run_id: str, path: Path, units: str = "mm") -> Path:
    """The run's PDF report (raises what the report writer raises), lengths and feeds in `units`."""
    from rmos_desktop.report import write_run_report

    return write_run_report(recorder, run_id, path, units)


def record_review(
    tasks: TaskRunner,
    recorder: RunRecorder,
    detail: RunDetail,
    values: tuple[str, str, str],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> TaskHandle:
    """Write a review record off the GUI thread, naming the artifact file's SHA-256 the reviewer saw. A shop
    run (another station's, read from the shop server) is reviewed on THIS workstation: the record names the
    run, the server's artifact SHA-256 and, in its meta, the run's station; the next sync pushes it."""
    reviewer, disposition, note = values
    run_id, sha, station = detail.row.run_id, detail.artifact_sha256, detail.station
    if station:
        return tasks.run(
            lambda h: record_shop_review(recorder, run_id, station, sha, reviewer, disposition, note),
            on_success=on_success,
            on_failure=on_failure,
        )
    return tasks.run(
        lambda h: recorder.record_review(
            run_id, reviewer=reviewer, disposition=disposition, note=note, artifact_sha256=sha
        ),
        on_success=on_success,
        on_failure=on_failure,
    )


def record_shop_review(
    recorder: RunRecorder, run_id: str, station: str, sha: str, reviewer: str, disposition: str, note: str
) -> tuple[ReviewRecord, StoredFile]:
    """The same record `RunRecorder.record_review` writes, with `meta.run_station` (as `rmos shop runs review`:
    core.shop.reviews.record_office_review); the shop's sync reads `run_station` from there."""
    from rmos_desktop.core.shop.reviews import record_office_review

    return record_office_review(recorder, run_id, station, sha, reviewer=reviewer, disposition=disposition, note=note)
