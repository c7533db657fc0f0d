"""The secondary windows the main window opens (export, verify, history, settings, archive, audit) and the
file drop, kept beside the window so the window itself stays layout and wiring. A mixin of MainWindow: it
uses the window's services, tasks, panel and status bar."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from rmos_desktop.gui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)
DOMAIN_FIELDS = {"runs_dir", "default_machine", "operator", "ui_scale", "units"}  # what the Settings dialog edits


class WindowDialogs:
    # -- export and verify -----------------------------------------------------------------------------------
    def export_last_run(self) -> None:
        run_id = self._export_run_id
        if run_id:
            self.open_export_dialog(run_id)

    def open_export_dialog(self, run_id: str):
        from rmos_desktop.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.services, run_id, tasks=self.tasks, parent=self)
        dialog.sig_exported.connect(self.shop_recorded)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.export_dialog = dialog
        return dialog

    def _pick_gcode_file(self, title: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, title, str(Path.home()), self.tr("G-code (*.nc *.gcode *.ngc *.tap *.txt);;All files (*)")
        )
        return Path(path) if path else None

    def verify_file_dialog(self) -> None:
        path = self._pick_gcode_file(self.tr("Verify G-code file"))
        if path is not None:
            self.verify_file(path)

    def verify_file(self, path: Path) -> None:
        """Hash the file and look it up off the GUI thread; show the verdict in a dialog."""
        from rmos_desktop.gui.verify_dialog import VerifyDialog, verify_with_services

        services = self.services
        self.statusBar().showMessage(self.tr("Verifying %s…") % path)

        def shown(report) -> None:
            dialog = VerifyDialog(report, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.verify_dialog = dialog
            self.sig_verified.emit(report)

        def failed(exc: BaseException) -> None:
            self.panel.set_banner("error", self.tr("Could not verify %s: %s") % (path, exc))

        self.tasks.run(lambda handle: verify_with_services(services, path), on_success=shown, on_failure=failed)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.suffix.lower() == ".json" and not path.name.endswith(".rmos.json"):
                    self.open_job_file(path)
                else:
                    self.verify_file(path)
                event.acceptProposedAction()
                return

    # -- settings, archive, audit ----------------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.services.settings, self.services.catalog, self.services.runs, self)
        dialog.sig_archive_requested.connect(self.open_archive_dialog)
        if dialog.exec():
            # The dialog edits the domain settings; the shop's memory (recent jobs, theme…) is kept.
            edited = dialog.result_settings().model_dump(include=DOMAIN_FIELDS)
            self.apply_settings(self.services.settings.model_copy(update=edited))

    def open_archive_dialog(self):
        from rmos_desktop.gui.archive_dialog import ArchiveDialog

        dialog = ArchiveDialog(self.services, tasks=self.tasks, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.archive_dialog = dialog
        return dialog

    def open_audit_dialog(self):
        from rmos_desktop.gui.audit_dialog import AuditDialog

        dialog = AuditDialog(self.services, tasks=self.tasks, parent=self)
        dialog.sig_evidence_done.connect(lambda r: None if isinstance(r, BaseException) else self.shop_recorded())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.audit_dialog = dialog
        return dialog

    # -- run history -----------------------------------------------------------------------------------------
    def reconcile_index(self) -> None:
        """Bring the run index up to date with the files, off the GUI thread (another instance, the CLI or a
        copied-in folder may have written runs; a missing or damaged index is rebuilt)."""
        services = self.services

        def failed(exc: BaseException) -> None:  # the index is a cache: the history says what it can
            log.warning("run index reconcile failed: %s", exc)

        self.tasks.run(
            lambda handle: services.reconcile_index(handle.report_progress),
            on_success=lambda r: None,
            on_failure=failed,
        )

    def open_history(self):
        """The run-history window (one per main window; raised when already open)."""
        from rmos_desktop.gui.history import HistoryWindow

        window = self.history_window
        if window is not None and window.services_runs_dir != self.services.runs_dir:
            # The runs directory changed in Settings: that window shows the old index. Its background
            # queries finish first, so none calls back into a deleted window.
            window.close()
            self.tasks.wait_all(10000)
            window.deleteLater()
            window = None
        if window is None:
            # the shop this window syncs with (None without one): the history's "whole shop" source lists it
            shop = self.shop.config if self.shop is not None else None
            window = HistoryWindow(self.services, tasks=self.tasks, parent=None, shop=shop)
            window.sig_reviewed.connect(self.shop_recorded)
            window.services_runs_dir = self.services.runs_dir
            window.sig_open_run.connect(self._open_run_from_history)
            window.sig_open_gcode_file.connect(lambda path: self._open_file_from_history(Path(path)))
            self.history_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def reopen_history_if_moved(self) -> None:
        history = self.history_window
        if history is not None and history.services_runs_dir != self.services.runs_dir:
            # It lists the old runs directory's index: reopen it on the new one (where it was open).
            was_open = history.isVisible()
            history.close()
            history.deleteLater()
            self.history_window = None
            if was_open:
                self.open_history()

    def _open_run_from_history(self, run_id: str) -> None:
        self.open_run(run_id)
        self.raise_()
        self.activateWindow()

    def _open_file_from_history(self, path: Path) -> None:
        self.open_gcode_file(path)
        self.raise_()
        self.activateWindow()
