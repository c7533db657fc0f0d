"""Supervisor action: audit the runs directory (ledger and every file) off the GUI thread and list what
is wrong, or say that every record is consistent and quote the ledger head. Above it, the signed evidence: the
station key's id, the latest checkpoint (size, local time, who signed and cosigned it), and two actions — make a
checkpoint now, and cosign the latest checkpoint with a key on a stick (a supervisor's, never the station's)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.runs.audit import AuditReport, audit_runs
from rmos_desktop.core.runs.checkpoints import (
    CheckpointError,
    CheckpointResult,
    cosign,
    make_checkpoint,
    parse_checkpoint,
    recorded_checkpoints,
    station_origin,
)
from rmos_desktop.core.runs.keys import KeyFileError, SigningKey, load_signing_key
from rmos_desktop.core.runs.ledger import LedgerHead
from rmos_desktop.core.services import AppServices
from rmos_desktop.gui.fit import centre_labels, fit_to_screen, install_close_keys, make_touchable, scaled, unwidened
from rmos_desktop.gui.i18n import fill
from rmos_desktop.gui.tasks import TaskHandle, TaskRunner
from rmos_desktop.gui.theme import banner_label, show_banner

log = logging.getLogger(__name__)
MAX_ROWS = 2000  # a list longer than this helps nobody; the CLI's --json gives all of them


# -- the signed evidence (worker side: plain data, no widgets) ---------------------------------------------------
@dataclass(frozen=True)
class CheckpointSummary:
    """The latest checkpoint of this station recorded under records/checkpoints/."""

    size: int
    head_hash: str
    made_at: datetime | None
    signers: tuple[str, ...]  # the note's signature names, the station's first
    note: str
    record_path: Path

    def local_time(self) -> str:
        return self.made_at.astimezone().strftime("%Y-%m-%d %H:%M") if self.made_at else "?"


def latest_station_checkpoint(runs_dir: Path, key: SigningKey | None) -> CheckpointSummary | None:
    """The newest recorded checkpoint whose origin is this station's (the one a cosigner would sign), or None."""
    origin = station_origin(key) if key is not None else None
    for path, note in reversed(recorded_checkpoints(runs_dir)):
        try:
            cp, sigs = parse_checkpoint(note)
        except CheckpointError:
            continue
        if origin is not None and cp.origin != origin:
            continue
        try:
            data = json.loads(path.read_bytes())
            made = datetime.fromisoformat(str(data["created_at_utc"]).replace("Z", "+00:00"))
        except (OSError, ValueError, KeyError, TypeError):
            made = None
        return CheckpointSummary(cp.size, cp.head_hash, made, tuple(s.name for s in sigs), note, path)
    return None


def checkpoint_now(recorder, key: SigningKey, by: str | None) -> CheckpointResult:
    """Check the records since the last checkpoint (a full audit when due) and sign and record a checkpoint."""
    return make_checkpoint(recorder, key, since_last=True, by=by)


def covers_head(ledger, latest: CheckpointSummary) -> bool:
    """Whether the checkpoint covers every record but checkpoint records themselves (recording a checkpoint
    appends a ledger line, so no checkpoint ever names the very head): every line after it is a checkpoint's."""
    for raw in ledger.iter_raw():
        try:
            entry = json.loads(raw.data)
        except ValueError:
            return False
        if not isinstance(entry, dict):
            return False
        seq = entry.get("seq")
        if not isinstance(seq, int) or seq < latest.size:
            continue
        if seq == latest.size:
            if entry.get("hash") != latest.head_hash:
                return False
        elif entry.get("kind") != "checkpoint":
            return False
    return True


@dataclass(frozen=True)
class CosignOutcome:
    result: CheckpointResult
    made_first: CheckpointResult | None  # the checkpoint made first because none covered the ledger head
    key_id: str


def cosign_latest(recorder, station: SigningKey, key_file: Path, by: str | None) -> CosignOutcome:
    """Cosign this station's latest checkpoint with the key in `key_file` (never the station's own key),
    making a checkpoint first when none covers the ledger head; the cosigned note is recorded. Raises
    KeyFileError (not a key) or CheckpointError (the station key, an empty ledger, a record not intact…)."""
    key = load_signing_key(key_file)
    if key.key_id == station.key_id or key.public().raw == station.public().raw:
        raise CheckpointError(
            f"{key_file} is this workstation's station key ({key.key_id_hex}); a cosignature must come from a key "
            "kept off the workstation (make one with `rmos keys init --out PATH`)"
        )
    head = recorder.head()
    if head is None:
        raise CheckpointError("nothing is recorded yet: there is no checkpoint to cosign")
    latest = latest_station_checkpoint(recorder.runs_dir, station)
    made = None
    note = latest.note if latest is not None else None
    if latest is None or not covers_head(recorder.ledger, latest):
        made = make_checkpoint(recorder, station, since_last=True, by=by)
        note = made.text
    result = cosign(note, key, recorder=recorder, trusted=[station.public()], by=by)
    return CosignOutcome(result, made, key.key_id_hex)


class AuditDialog(QDialog):
    sig_finished = Signal(object)
    """An audit finished; carries its AuditReport."""
    sig_evidence_shown = Signal()
    """The latest checkpoint was read and is shown."""
    sig_evidence_done = Signal(object)
    """Make checkpoint / Cosign finished: carries its result (CheckpointResult, CosignOutcome) or the exception."""

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        autostart: bool = True,
    ):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.report: AuditReport | None = None
        self._handle: TaskHandle | None = None
        self._autostart = autostart
        self.setWindowTitle(self.tr("Audit the run records"))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self._build_evidence(layout)
        form = QFormLayout()
        self.expect_head = QLineEdit()
        self.expect_head.setObjectName("audit_expect_head")
        self.expect_head.setPlaceholderText(self.tr("optional: SEQ:HASH from an export statement or a report footer"))
        self.expect_head.returnPressed.connect(self.start)
        form.addRow(self.tr("Expected ledger head"), self.expect_head)
        centre_labels(form)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run audit"))
        self.run_button.setProperty("role", "primary")
        self.run_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = banner_label()
        unwidened(self.status)
        layout.addWidget(self.status)
        self._build_results(layout)
        # Takes the spare height while the problem list is hidden, so the verdict stays a compact banner
        # (a box layout grows only stretch>0 items while any is shown: the list, when there are problems).
        layout.addStretch(0)
        make_touchable(
            [self.expect_head, self.run_button, self.close_button, self.checkpoint_button, self.cosign_button]
        )
        install_close_keys(self, self.reject)
        self._update_intro()
        self.refresh_evidence()
        fit_to_screen(self, 1000, 600)

    # -- signed evidence -------------------------------------------------------------------------------------
    def _build_evidence(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.key_label = QLabel()
        self.key_label.setObjectName("audit_station_key")
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Station key"), self.key_label)
        self.checkpoint_label = QLabel(self.tr("looking…"))
        self.checkpoint_label.setObjectName("audit_latest_checkpoint")
        self.checkpoint_label.setWordWrap(True)
        self.checkpoint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Latest checkpoint"), self.checkpoint_label)
        centre_labels(form)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.checkpoint_button = QPushButton(self.tr("Make checkpoint now"))
        self.checkpoint_button.setObjectName("audit_make_checkpoint")
        self.checkpoint_button.setToolTip(
            self.tr("Check the records since the last checkpoint and sign the ledger head with the station key")
        )
        self.checkpoint_button.clicked.connect(self.make_checkpoint)
        self.cosign_button = QPushButton(self.tr("Cosign with a key on a stick…"))
        self.cosign_button.setObjectName("audit_cosign")
        self.cosign_button.setToolTip(
            self.tr(
                "A supervisor's key (made with `rmos keys init`, kept off this workstation) adds its signature to "
                "the latest checkpoint: a later rewrite of the records it covers is then caught"
            )
        )
        self.cosign_button.clicked.connect(self.cosign_dialog)
        row.addWidget(self.checkpoint_button)
        row.addWidget(self.cosign_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.pick_key_file = self._pick_key_file  # replaceable (tests): () -> Path | None
        self.latest: CheckpointSummary | None = None
        self._evidence_busy = False
        key = self.station_key
        if key is None:
            self.key_label.setText(self.tr("none usable: records are not signed (the log file says why)"))
        else:
            from rmos_desktop.core.runs.keys import station_pub_path

            self.key_label.setText(key.key_id_hex)
            self.key_label.setToolTip(
                fill(self.tr("Its public key (to check the records elsewhere): %1"), station_pub_path())
            )
        self._update_evidence_buttons()

    @property
    def station_key(self) -> SigningKey | None:
        return getattr(self.services.recorder, "signer", None)

    def _update_evidence_buttons(self) -> None:
        usable = self.station_key is not None and not self._evidence_busy
        self.checkpoint_button.setEnabled(usable)
        self.cosign_button.setEnabled(usable)

    def refresh_evidence(self) -> None:
        """Read the latest checkpoint off the GUI thread and show it."""
        runs_dir, key = self.services.runs_dir, self.station_key
        self.tasks.run(
            lambda h: latest_station_checkpoint(runs_dir, key) if runs_dir.is_dir() else None,
            on_success=self._show_latest,
            on_failure=lambda exc: self.checkpoint_label.setText(fill(self.tr("cannot be read: %1"), exc)),
        )

    def _show_latest(self, latest: CheckpointSummary | None) -> None:
        self.latest = latest
        if latest is None:
            self.checkpoint_label.setText(self.tr("none yet"))
            self.sig_evidence_shown.emit()
            return
        station = latest.signers[0] if latest.signers else "?"
        others = ", ".join(latest.signers[1:]) or self.tr("not cosigned")
        self.checkpoint_label.setText(
            fill(
                self.tr("size %1 (ledger lines 1–%1), made %2; signed by %3; cosigned by: %4"),
                latest.size,
                latest.local_time(),
                station,
                others,
            )
        )
        self.sig_evidence_shown.emit()

    def _evidence_task(self, fn, done) -> None:
        self._evidence_busy = True
        self._update_evidence_buttons()

        def ok(result) -> None:
            self._evidence_busy = False
            self._update_evidence_buttons()
            done(result)
            self.refresh_evidence()
            self.sig_evidence_done.emit(result)

        def failed(exc: BaseException) -> None:
            self._evidence_busy = False
            self._update_evidence_buttons()
            if isinstance(exc, (CheckpointError, KeyFileError)):
                text = str(exc)
            elif isinstance(exc, OSError):
                text = fill(self.tr("it could not be recorded: %1"), exc.strerror or exc)
            else:
                log.error("checkpoint action failed", exc_info=exc)
                text = f"{type(exc).__name__}: {exc}"
            self._show("error", fill(self.tr("Nothing was signed: %1"), text))
            self.refresh_evidence()  # a checkpoint made before a refused cosignature is still shown
            self.sig_evidence_done.emit(exc)

        self.tasks.run(lambda h: fn(), on_success=ok, on_failure=failed)

    def make_checkpoint(self) -> None:
        key = self.station_key
        if key is None or self._evidence_busy:
            return
        recorder, by = self.services.recorder, self.services.settings.operator or None
        self._show("info", self.tr("Checking the records and signing a checkpoint…"))

        def done(result: CheckpointResult) -> None:
            self._show(
                "ok",
                fill(
                    self.tr("✔ Checkpoint of ledger line %1 signed by the station key %2 and recorded."),
                    result.checkpoint.size,
                    key.key_id_hex,
                ),
            )
            self.status.setToolTip(fill(self.tr("Checked: %1\nRecorded in %2"), result.checked, result.record_path))

        self._evidence_task(lambda: checkpoint_now(recorder, key, by), done)

    def _pick_key_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Cosign with a key on a stick"), str(Path.home()), self.tr("Key files (*.key);;All files (*)")
        )
        return Path(path) if path else None

    def cosign_dialog(self) -> None:
        if self.station_key is None or self._evidence_busy:
            return
        path = self.pick_key_file()
        if path is not None:
            self.cosign_with(path)

    def cosign_with(self, key_file: Path) -> None:
        """Cosign the latest checkpoint (made first if none covers the head) with the key in `key_file`."""
        station = self.station_key
        if station is None or self._evidence_busy:
            return
        recorder, by = self.services.recorder, self.services.settings.operator or None
        self._show("info", fill(self.tr("Cosigning with %1…"), key_file))

        def done(outcome: CosignOutcome) -> None:
            made = ""
            if outcome.made_first is not None:
                made = fill(
                    self.tr("No checkpoint covered the last records: one of line %1 was made first. "),
                    outcome.made_first.checkpoint.size,
                )
            self._show(
                "ok",
                made
                + fill(
                    self.tr("✔ Checkpoint of ledger line %1 cosigned by key %2 and recorded."),
                    outcome.result.checkpoint.size,
                    outcome.key_id,
                ),
            )
            self.status.setToolTip(
                fill(self.tr("Checked: %1\nRecorded in %2"), outcome.result.checked, outcome.result.record_path)
            )

        self._evidence_task(lambda: cosign_latest(recorder, station, Path(key_file), by), done)

    def _build_results(self, layout: QVBoxLayout) -> None:
        """The problem list and the whole text of the selected problem (both hidden until there are any)."""
        self.problems = QTreeWidget()
        self.problems.setObjectName("audit_problems")
        self.problems.setColumnCount(2)
        self.problems.setHeaderLabels([self.tr("Problem"), self.tr("What is wrong")])
        self.problems.setRootIsDecorated(False)
        self.problems.setAlternatingRowColors(True)
        self.problems.setWordWrap(True)
        self.problems.setUniformRowHeights(False)
        self.problems.currentItemChanged.connect(self._show_details)
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        self.details = QPlainTextEdit()
        self.details.setObjectName("audit_problem_details")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(scaled(110))
        self.details.hide()
        layout.addWidget(self.details)

    def _update_intro(self) -> None:
        self.intro.setText(
            fill(
                self.tr(
                    "Checks the audit ledger and every run file in %1: modified, missing or planted files, edited, "
                    "deleted or reordered ledger lines. With an expected head (quoted by every export statement and "
                    "report) it also catches a ledger cut short or rewritten. This detects tampering; it does not "
                    "prevent it."
                ),
                self.services.runs_dir,
            )
        )

    # -- running ---------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._autostart:
            self._autostart = False
            self.start()

    @property
    def running(self) -> bool:
        return self._handle is not None and not self._handle.finished

    def start(self) -> None:
        """Run the audit in the background (no-op while one is running)."""
        if self.running:
            return
        text = self.expect_head.text().strip()
        head = None
        if text:
            try:
                head = LedgerHead.parse(text)
            except ValueError:
                self._show(
                    "warning",
                    self.tr("The expected head must look like 12:<64 hex digits>, as an export statement quotes it."),
                )
                return
        runs_dir = self.services.runs_dir
        self._update_intro()
        if not runs_dir.is_dir():
            self._show("info", fill(self.tr("Nothing has been recorded in %1 yet."), runs_dir))
            return
        self.run_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.problems.clear()
        self.problems.hide()
        self.details.hide()
        self._show("info", self.tr("Checking the ledger and every run file…"))
        self._handle = self.tasks.run(
            lambda h: audit_runs(runs_dir, head, progress=h.report_progress),
            on_success=self._finished,
            on_failure=self._failed,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, report: AuditReport) -> None:
        self.report = report
        self._idle()
        if report.ok:
            text = fill(
                self.tr("✔ All %Ln record(s) consistent, ledger head %1", "", report.records),
                report.head if report.head else self.tr("(no ledger yet)"),
            )
            self._show("ok", text)
        else:
            text = fill(
                self.tr("✖ %Ln problem(s) found. Ledger head %1.", "", len(report.problems)),
                report.head if report.head else self.tr("(none)"),
            )
            self._show("blocked", text)
            self._fill(report)
        self.sig_finished.emit(report)

    def _fill(self, report: AuditReport) -> None:
        self.problems.setUpdatesEnabled(False)
        try:
            for problem in report.problems[:MAX_ROWS]:
                item = QTreeWidgetItem([problem.code, problem.message])  # the message names the file or line
                item.setToolTip(1, problem.message)
                item.setData(0, Qt.ItemDataRole.UserRole, problem)
                self.problems.addTopLevelItem(item)
            hidden = len(report.problems) - MAX_ROWS
            if hidden > 0:
                more = self.tr("%Ln more problem(s): run `rmos audit verify --json` for the full list", "", hidden)
                self.problems.addTopLevelItem(QTreeWidgetItem(["…", more]))
            self.problems.resizeColumnToContents(0)
        finally:
            self.problems.setUpdatesEnabled(True)
        self.problems.show()
        self.details.show()
        self.problems.setCurrentItem(self.problems.topLevelItem(0))

    def _show_details(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        """The whole of the selected problem (the list cuts long messages short)."""
        problem = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if problem is None:
            self.details.setPlainText(item.text(1) if item is not None else "")
            return
        facts = (
            (self.tr("file"), problem.path),
            (self.tr("ledger seq"), problem.seq),
            (self.tr("ledger line"), problem.line),
        )
        where = [f"{label} {value}" for label, value in facts if value is not None]
        self.details.setPlainText(f"{problem.code}: {problem.message}" + ("\n" + " · ".join(where) if where else ""))

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        log.error("audit of %s failed: %s", self.services.runs_dir, exc)
        self._show("error", fill(self.tr("The audit could not run: %1"), exc))

    def _idle(self) -> None:
        self.run_button.setEnabled(True)
        self.progress.hide()

    def _show(self, kind: str, text: str) -> None:
        show_banner(self.status, kind, text)

    # -- closing ---------------------------------------------------------------------------------------------
    def _cancel(self) -> None:
        if self.running and self._handle is not None:
            self._handle.cancel()

    def reject(self) -> None:
        self._cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancel()
        super().closeEvent(event)
