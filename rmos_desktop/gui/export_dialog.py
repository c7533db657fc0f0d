"""Export to USB: pick a mounted volume (removable first) or any folder, export with a progress bar, and
see the verification. Volumes are polled (QStorageInfo has no change signal). A removable stick, else the
folder used last on this workstation, is preselected — never a fixed disk. Files are named after the job and
order plus the first 8 hex of the G-code hash."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QStorageInfo, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.drives import PSEUDO_FILESYSTEMS, SYS_BLOCK, eject, is_removable, removable_blocks
from rmos_desktop.core.export import (
    ExportConflict,
    ExportFailed,
    ExportRefused,
    ExportResult,
    check_exportable,
    default_export_name,
    export_run,
    sanitize_export_name,
)
from rmos_desktop.core.services import AppServices
from rmos_desktop.gui.i18n import fill
from rmos_desktop.gui.prompts import add_close_shortcuts
from rmos_desktop.gui.tasks import TaskRunner, shared_runner
from rmos_desktop.gui.theme import banner_label, short_id, show_banner

log = logging.getLogger(__name__)
POLL_MS = 1500
MIN_FREE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Volume:
    root: str
    name: str
    free_bytes: int
    fs_type: str
    read_only: bool
    removable: bool
    device: str = ""

    @property
    def full(self) -> bool:
        return self.free_bytes < MIN_FREE_BYTES

    @property
    def usable(self) -> bool:
        return not (self.read_only or self.full)


def mounted_volumes(
    storage: Callable[[], Iterable[QStorageInfo]] = QStorageInfo.mountedVolumes, sys_block: Path = SYS_BLOCK
) -> list[Volume]:
    """Mounted volumes from QStorageInfo, removable ones first (Linux: /sys/block/*/removable).

    `storage` and `sys_block` let tests pass fake volumes and a fake /sys/block."""
    removable = removable_blocks(sys_block)
    out = []
    for info in storage():
        if not (info.isValid() and info.isReady()):
            continue
        fs = bytes(info.fileSystemType()).decode(errors="replace")
        if fs in PSEUDO_FILESYSTEMS:
            continue
        device = bytes(info.device()).decode(errors="replace")
        out.append(
            Volume(
                root=info.rootPath(),
                name=info.displayName() or info.rootPath(),
                free_bytes=info.bytesAvailable(),
                fs_type=fs,
                read_only=info.isReadOnly(),
                removable=is_removable(device, removable),
                device=device,
            )
        )
    return sorted(out, key=lambda v: (not v.removable, v.root))


def human_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{QLocale().toString(size, 'f', 1)} {unit}" if unit != "B" else f"{int(size)} B"  # 1,5 GB in German
        size /= 1000
    return f"{n} B"


def export_name(artifact) -> str:
    """JOB-ORDER-1a2b3c4d (FAT-safe): what the operator calls the job, and the G-code hash's first 8 hex.
    Without a job name or order, the core's tool-kind-hash name."""
    request = artifact.request_summary if isinstance(artifact.request_summary, dict) else {}
    parts = [str(request.get(k)).strip() for k in ("job_name", "order_ref") if str(request.get(k) or "").strip()]
    if not parts:
        return default_export_name(artifact)
    digest = (artifact.hashes.gcode_sha256 or artifact.run_id)[:8]
    return sanitize_export_name("-".join([*(" ".join(p.split()).replace(" ", "-") for p in parts), digest]))


class ExportDialog(QDialog):
    sig_exported = Signal(object)
    """A verified export finished; carries the ExportResult."""

    def __init__(
        self,
        services: AppServices,
        run_id: str,
        *,
        tasks: TaskRunner | None = None,
        volume_source: Callable[[], list[Volume]] = mounted_volumes,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.run_id = run_id
        self.tasks = tasks or shared_runner()
        self.volume_source = volume_source
        self.ask_overwrite = self._ask_overwrite  # replaceable (tests)
        self.result_: ExportResult | None = None
        last = services.settings.last_export_folder
        self._folder: str | None = last if last and Path(last).is_dir() else None
        self._volumes: list[Volume] = []
        self.setWindowTitle(self.tr("Export to USB"))
        self._build()
        add_close_shortcuts(self)
        self._check_run()
        self.refresh_volumes()
        self._preselect()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh_volumes)
        self._timer.start()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)
        self.volumes = QListWidget()
        self.volumes.setObjectName("volumes")
        self.volumes.currentItemChanged.connect(self._update_buttons)
        layout.addWidget(self.volumes, 1)
        row = QHBoxLayout()
        self.choose_folder = QPushButton(self.tr("Choose folder…"))
        self.choose_folder.clicked.connect(self._pick_folder)
        row.addWidget(self.choose_folder)
        row.addStretch(1)
        layout.addLayout(row)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("File name")))
        self.name = QLineEdit()
        self.name.setObjectName("export_name")
        name_row.addWidget(self.name, 1)
        name_row.addWidget(QLabel(".nc"))
        layout.addLayout(name_row)
        hint = QLabel(
            self.tr(
                "Writes NAME.nc, NAME.nc.sha256 (check with sha256sum -c), NAME.nc.minisig (the station's "
                "signature: minisign -Vm) and NAME.nc.rmos.json (which run made it, signed). Each file is read back "
                "from the device and checked."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = banner_label()
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export and verify"))
        self.export_button.setObjectName("export")
        self.export_button.setProperty("role", "primary")
        self.export_button.clicked.connect(self.start_export)
        self.eject_button = QPushButton(self.tr("Safely remove"))
        self.eject_button.setEnabled(False)
        self.eject_button.clicked.connect(self.safely_remove)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.eject_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def _check_run(self) -> None:
        try:
            run = check_exportable(self.services.recorder, self.run_id)
        except (ExportRefused, ValueError) as exc:
            self.header.setText(self.tr("Run %s cannot be exported.") % self.run_id)
            self._show("blocked", str(exc))
            self.export_button.setEnabled(False)
            self.exportable = False
            return
        self.exportable = True
        a = run.artifact
        self.header.setText(
            self.tr("Export run %s (%s, %s), G-code SHA-256 %s, to:")
            % (short_id(a.run_id), a.status, a.decision.risk_level, short_id(a.hashes.gcode_sha256 or "", 8, 8))
        )
        self.header.setToolTip(self.tr("run %s\nG-code SHA-256 %s") % (a.run_id, a.hashes.gcode_sha256))
        self.name.setText(export_name(a))

    # -- volumes -----------------------------------------------------------------------------------------
    def refresh_volumes(self) -> None:
        try:
            volumes = self.volume_source()
        except Exception:  # a flaky mount table must not break the dialog
            log.exception("listing volumes failed")
            volumes = []
        if volumes == self._volumes and self.volumes.count():
            return
        selected = self.selected_root()
        self._volumes = volumes
        self.volumes.clear()
        for v in volumes:
            state = []
            if v.removable:
                state.append(self.tr("removable"))
            if v.read_only:
                state.append(self.tr("read-only"))
            elif v.full:
                state.append(self.tr("full"))
            free = self.tr("free")
            text = f"{v.name}   {human_bytes(v.free_bytes)} {free}   {v.fs_type}   {v.root}"
            if state:
                text += "   [" + ", ".join(state) + "]"
            if not v.usable:
                text = self.tr("cannot use — ") + text
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.root)
            if not v.usable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(QColor("#6b6b6b"))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.volumes.addItem(item)
        if self._folder:
            item = QListWidgetItem(self.tr("Folder: %s") % self._folder)
            item.setData(Qt.ItemDataRole.UserRole, self._folder)
            self.volumes.addItem(item)
        if selected:
            self.select_root(selected)
        self._update_buttons()

    def _preselect(self) -> None:
        """A usable removable volume, else the folder used last here; never a fixed disk (nothing chosen then)."""
        stick = next((v for v in self._volumes if v.removable and v.usable), None)
        if stick is not None:
            self.select_root(stick.root)
        elif self._folder:
            self.select_root(self._folder)
        else:
            self.volumes.setCurrentRow(-1)
        self.name.setFocus()  # a list taking focus would make its first row (the system disk) current
        self._update_buttons()

    def select_root(self, root: str) -> bool:
        for i in range(self.volumes.count()):
            item = self.volumes.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == root and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.volumes.setCurrentItem(item)
                return True
        return False

    def selected_root(self) -> str | None:
        item = self.volumes.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def use_folder(self, folder: str) -> None:
        self._folder = folder
        self._volumes = []
        self.refresh_volumes()
        self.select_root(folder)

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self._folder or "")
        if folder:
            self.use_folder(folder)

    def _update_buttons(self, *_) -> None:
        self.export_button.setEnabled(bool(self.exportable and self.selected_root()))

    # -- export ------------------------------------------------------------------------------------------
    def _ask_overwrite(self, message: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"), self.tr("%s\n\nReplace it with the run's G-code?") % message
        )
        return answer == QMessageBox.StandardButton.Yes

    def start_export(self, overwrite: bool = False) -> None:
        root = self.selected_root()
        if not root or not self.exportable:
            return
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self._show("info", self.tr("Writing and verifying…"))
        recorder, run_id, name = self.services.recorder, self.run_id, self.name.text().strip() or None
        operator = self.services.settings.operator or None

        def work(handle):
            return export_run(
                recorder,
                run_id,
                Path(root),
                name=name,
                operator=operator,
                overwrite=overwrite,
                progress=handle.report_progress,
            )

        self.tasks.run(work, on_success=self._done, on_failure=self._failed, on_progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(1000 * done / max(1, total)))

    def _done(self, result: ExportResult) -> None:
        self.result_ = result
        self.progress.setValue(1000)
        # the 64-hex hash cannot wrap: shortened on screen (whole in the tooltip and in the files written)
        self._show("ok", "✔ " + self.done_text(result, short_id(result.gcode_sha256 or "", 8, 8)))
        self.status.setToolTip(self.done_text(result, result.gcode_sha256 or ""))
        self.export_button.setEnabled(True)
        volume = next((v for v in self._volumes if v.root == result.destination), None)
        self.eject_button.setEnabled(bool(volume and volume.removable and volume.device))
        if volume is None or not volume.removable:
            self._remember_folder(str(result.destination))
        self.sig_exported.emit(result)

    def done_text(self, result: ExportResult, sha: str) -> str:
        """ExportResult.message in the interface language (the core's own stays English: it is logged)."""
        if result.already_there:
            text = self.tr("%1 was already there with the same content; verified sha256 %2")
            text = fill(text, result.file_name, sha)
        else:
            text = fill(self.tr("Verified: sha256 %1 read back from %2"), sha, result.destination)
        if result.signed_by:
            text += self.tr("; signed by station key %1").replace("%1", result.signed_by)
        return text

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        if isinstance(exc, ExportConflict) and self.ask_overwrite(str(exc)):
            self.start_export(overwrite=True)
            return
        kind = "blocked" if isinstance(exc, ExportRefused | ExportFailed) else "error"
        self._show(kind, f"✖ {exc}")

    def safely_remove(self) -> None:
        volume = next((v for v in self._volumes if self.result_ and v.root == self.result_.destination), None)
        if volume is None:
            return
        ok, message = eject(volume.device)
        self._show("ok" if ok else "warning", message)
        if ok:
            self.eject_button.setEnabled(False)

    def _remember_folder(self, folder: str) -> None:
        """The last export folder, per workstation (the settings file)."""
        settings = self.services.settings.model_copy(update={"last_export_folder": folder})
        try:
            self.services.apply_settings(settings)
        except OSError as exc:
            log.warning("could not remember the export folder: %s", exc)

    def _show(self, kind: str, text: str) -> None:
        show_banner(self.status, kind, text)  # the dialog keeps its size: the banner wraps

    def done(self, r: int) -> None:
        self._timer.stop()
        super().done(r)
