"""What the main window's commands do, without its widgets: judge the form (parse → feasibility → decision,
in the one method `MainController.assess`), Generate on the shared TaskRunner, job files on disk, and the
shop's memory (recent jobs, last folders, operators). The window lays widgets out and connects them here."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from rmos_desktop.core.assess import Assessment, acknowledgement_record, assess
from rmos_desktop.core.catalog import Catalog
from rmos_desktop.core.hashing import sha256_json
from rmos_desktop.core.jobfile import JobFileError, read_job_file
from rmos_desktop.core.jobs import FieldError
from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths
from rmos_desktop.core.runs.store import StoreError, fsync_dir, prepare_write
from rmos_desktop.core.safety import SafetyPolicy
from rmos_desktop.core.services import AppServices
from rmos_desktop.core.settings import remember
from rmos_desktop.gui.tasks import TaskRunner

log = logging.getLogger(__name__)
REPEAT_WINDOW_S = 10.0  # the same request again this soon after a recorded run asks first


def typos(assessment: Assessment) -> list[FieldError]:
    """Fields that do not parse (letters in a number, a value outside the field's physical range): a form in
    this state is not an attempt and is never recorded."""
    return [e for e in assessment.parse.errors if e.message != "field required"]


def gaps(assessment: Assessment) -> list[str]:
    """Fields still empty. A job with gaps is UNKNOWN and, generated, is recorded as BLOCKED."""
    return [e.field for e in assessment.parse.errors if e.message == "field required"]


@dataclass(frozen=True)
class GenerateOutcome:
    """What a Generate produced, as plain data from the worker. `payload` is the pipeline's own `detail`
    (OK: the result with `_run_id`, `_hashes`, `_run_artifact_path`; otherwise `run_id`, `run_artifact_path`)."""

    status: str  # OK, BLOCKED, ERROR, STORAGE_ERROR, INTERNAL; REFUSED (not under the job order: nothing recorded)
    payload: dict[str, Any]

    @property
    def run_id(self) -> str:
        return str(self.payload.get("_run_id") or self.payload.get("run_id") or "")

    @property
    def artifact_path(self) -> Path | None:
        path = self.payload.get("_run_artifact_path") or self.payload.get("run_artifact_path")
        return Path(path) if path else None

    @property
    def gcode_sha256(self) -> str:
        return str((self.payload.get("_hashes") or {}).get("gcode_sha256") or "")

    @property
    def message(self) -> str:
        if self.status == "BLOCKED":
            return str((self.payload.get("decision") or {}).get("block_reason") or "")
        return str(self.payload.get("message") or "")


def run_generation(
    services: AppServices,
    raw: dict[str, Any],
    operator: str | None,
    acknowledgement: dict[str, Any] | None,
    *,
    shop_job: str | None = None,
    entry_unit: str = "mm",
) -> GenerateOutcome:
    """The worker side of Generate: the same pipeline the CLI runs (under a shop job order when given). `raw` is
    millimetres whatever the form showed; `entry_unit` ("mm"/"in", how the job was typed) is recorded in the
    artifact's meta only."""
    try:
        out = rmos_toolpaths(
            raw,
            recorder=services.recorder,
            catalog=services.catalog,
            operator=operator,
            acknowledgement=acknowledgement,
            shop_job=shop_job,
            entry_unit=entry_unit,
        )
    except PipelineOutcome as outcome:
        status = {"SAFETY_BLOCKED": "BLOCKED", "TOOLPATHS_ERROR": "ERROR"}.get(
            outcome.detail["error"], outcome.detail["error"]
        )
        return GenerateOutcome(status, outcome.detail)
    return GenerateOutcome("OK", out)


class Refusal(Enum):
    """Why a Generate press did not start a generation."""

    BUSY = "a generation is already running"
    TYPO = "fields do not parse"
    NOT_ACKNOWLEDGED = "the warnings were not acknowledged"
    NOT_REPEATED = "the operator chose not to record the same request again"


def replace_durably(path: Path, data: bytes) -> None:
    """Write a user's file (a job) so a crash leaves the old or the new one, never half: the store's
    durable temp-file write (fsynced, StoreError naming the cause), then an atomic replace and a folder
    fsync. Unlike a run record it may replace an existing file and stays writable."""
    pending = prepare_write(path.parent, f".{path.name}.saving", data)
    try:
        os.replace(pending.tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            pending.tmp.unlink(missing_ok=True)
        raise StoreError(exc.errno or 5, f"could not save {path}: {exc.strerror or exc}") from exc


class MainController(QObject):
    """The main window's commands over the core; owns no widget."""

    sig_generation_started = Signal()
    """Generate was accepted and is running on the TaskRunner."""
    sig_generation_finished = Signal(object)
    """A Generate finished; carries the GenerateOutcome."""

    def __init__(self, services: AppServices, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.policy = SafetyPolicy()
        self.generating = False
        self.last_outcome: GenerateOutcome | None = None
        self.acknowledged: set[str] = set()
        self.clock = time.monotonic  # replaceable (tests)
        self._last_recorded: tuple[str, float] | None = None
        # A shop job order Generate runs under, and the worker-side check that may refuse it (gui/window_shop.py):
        # `shop_guard(raw, job_id) -> str | None` says why not (then nothing is recorded).
        self.shop_job: str | None = None
        self.shop_guard = None

    @property
    def catalog(self) -> Catalog:
        return self.services.catalog

    # -- judging ---------------------------------------------------------------------------------------------
    def assess(self, raw: dict[str, Any]) -> Assessment:
        """Parse → plan → feasibility → decision for one raw request, by the core's `assess` (the same the
        pipeline, `rmos check` and the self-test use): the only place the GUI judges a job."""
        return assess(raw, self.catalog, self.policy)

    # -- generating ------------------------------------------------------------------------------------------
    def generate(self, assessment: Assessment, *, ask_acknowledgement, confirm_repeat) -> Refusal | None:
        """Start Generate for `assessment` (None) or say why not. `ask_acknowledgement(warnings) -> bool` is
        asked for a YELLOW request not yet acknowledged; `confirm_repeat() -> bool` when the same request was
        recorded less than REPEAT_WINDOW_S ago."""
        if self.generating:
            return Refusal.BUSY
        if typos(assessment):
            return Refusal.TYPO
        operator = self.services.settings.operator or None
        acknowledgement = None
        if assessment.needs_acknowledgement:
            request_sha = assessment.request_sha256
            if request_sha not in self.acknowledged:
                if not ask_acknowledgement(list(assessment.decision.warnings)):
                    return Refusal.NOT_ACKNOWLEDGED
                self.acknowledged.add(request_sha)
            acknowledgement = acknowledgement_record(assessment, operator=operator)
        key = sha256_json(assessment.raw)
        last = self._last_recorded
        if last is not None and last[0] == key and self.clock() - last[1] < REPEAT_WINDOW_S and not confirm_repeat():
            return Refusal.NOT_REPEATED
        self.generating = True
        self.sig_generation_started.emit()
        services, raw, unit = self.services, assessment.raw, self.services.settings.units
        shop_job, guard = self.shop_job, self.shop_guard

        def work(handle) -> GenerateOutcome:
            if shop_job is not None and guard is not None:
                why = guard(raw, shop_job)
                if why:
                    return GenerateOutcome("REFUSED", {"message": why})
            return run_generation(services, raw, operator, acknowledgement, shop_job=shop_job, entry_unit=unit)

        self.tasks.run(
            work,
            on_success=lambda outcome: self._finished(key, outcome),
            on_failure=lambda exc: self._failed(key, exc),
        )
        return None

    def _failed(self, key: str, exc: BaseException) -> None:
        log.error("generation task failed", exc_info=exc)
        self._finished(key, GenerateOutcome("ERROR", {"error": "INTERNAL", "message": f"{type(exc).__name__}: {exc}"}))

    def _finished(self, key: str, outcome: GenerateOutcome) -> None:
        self.generating = False
        self.last_outcome = outcome
        if outcome.run_id:
            self._last_recorded = (key, self.clock())
        self.sig_generation_finished.emit(outcome)

    # -- job files -------------------------------------------------------------------------------------------
    def read_job(self, path: Path) -> dict[str, Any]:
        """A job file's request (raises JobFileError with a readable message); remembered as recent."""
        raw = read_job_file(path)
        if not isinstance(raw, dict):
            raise JobFileError(f"{path} does not hold a job (a JSON object).")
        self.remember_job(path)
        return raw

    def save_job(self, path: Path, raw: dict[str, Any]) -> None:
        """Save the form's request as a job file (raises OSError/StoreError with the reason)."""
        data = (json.dumps(raw, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        replace_durably(path, data)
        self.remember_job(path)

    # -- the shop's memory (settings file) -------------------------------------------------------------------
    def _update_settings(self, **changes: Any) -> None:
        settings = self.services.settings.model_copy(update=changes)
        if settings == self.services.settings:
            return
        try:
            self.services.apply_settings(settings)
        except OSError as exc:  # memory, not a record: the session keeps it even if the file cannot be written
            log.warning("could not save settings: %s", exc)
            self.services.settings = settings

    def remember_job(self, path: Path) -> None:
        path = path.resolve()
        s = self.services.settings
        self._update_settings(recent_jobs=remember(s.recent_jobs, str(path)), last_job_folder=str(path.parent))

    def recent_jobs(self) -> list[Path]:
        return [Path(p) for p in self.services.settings.recent_jobs]

    def job_folder(self) -> Path:
        """Where Open job starts: the last folder used, else the shipped examples."""
        from rmos_desktop.core.resources import examples_dir

        last = self.services.settings.last_job_folder
        return Path(last) if last and Path(last).is_dir() else examples_dir()

    def set_operator(self, name: str) -> None:
        name = name.strip()[:100]
        s = self.services.settings
        recent = remember(s.recent_operators, name) if name else s.recent_operators
        self._update_settings(operator=name, recent_operators=recent)

    def set_theme(self, theme: str) -> None:
        self._update_settings(theme=theme)

    def runs_recorded(self) -> int | None:
        """How many runs the index lists (None when it cannot say)."""
        index = self.services.index
        if index is None:
            return None
        try:
            return index.count()
        except Exception:  # the index is a cache: the start page then says nothing about counts
            log.warning("could not count runs", exc_info=True)
            return None
