"""The main window's shop workflow: jobs on disk (New asks before discarding, Open starts in the last folder
or the examples, Recent jobs), settings and the theme, who is at the saw, and About. A mixin of MainWindow:
it uses the window's controller, form, panel and status bar; the work itself is the controller's."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from rmos_desktop import __version__
from rmos_desktop.core.jobfile import JobFileError
from rmos_desktop.core.logsetup import log_file_path
from rmos_desktop.core.settings import config_dir, data_dir
from rmos_desktop.core.shop.config import ShopConfigError, resolve_shop
from rmos_desktop.gui import prompts
from rmos_desktop.gui.i18n import fill
from rmos_desktop.gui.theme import apply_theme, handle_width
from rmos_desktop.report.core_texts import core_text

# shown through translate("ShopWorkflow", …); QT_TRANSLATE_NOOP marks it there for pyside6-lupdate
NO_OVERRIDE_TEXT = QT_TRANSLATE_NOOP(
    "ShopWorkflow",
    "There is no override of a safety block. A blocked job is recorded for supervisor review; the route to "
    "allowing it is a reviewed change to the shop's catalog (blade, material or machine entries) or to the "
    "safety policy.",
)
translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts


def station_key_facts(services) -> tuple[str | None, Path]:
    """(key id, station.pub path) of the key that signs this workstation's records; key id None when the
    recorder has no usable station key (then nothing is signed: the log says why)."""
    from rmos_desktop.core.runs.keys import station_pub_path

    signer = getattr(services.recorder, "signer", None)
    return (signer.key_id_hex if signer is not None else None), station_pub_path()


def shop_catalog_files(services) -> list[tuple[Path, str]]:
    """The shop's own catalog files in force (not the shipped ones), each with the SHA-256 of its bytes."""
    from rmos_desktop.core.catalog import shipped_catalog_dir

    shipped = shipped_catalog_dir().resolve()
    out = []
    for path in getattr(services, "catalog_sources", []) or []:
        if Path(path).resolve().parent == shipped:
            continue
        try:
            sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError as exc:
            sha = translate("ShopWorkflow", "unreadable now: %1").replace("%1", str(exc.strerror or exc))
        out.append((Path(path), sha))
    return out


def shop_server_line(settings) -> str | None:
    """ "Shop server: URL (password hidden) · station NAME (from …)", a configuration problem, or None."""
    from rmos_desktop.gui.shop.status import config_source_text

    try:
        config = resolve_shop(settings)
    except ShopConfigError as exc:
        return translate("ShopWorkflow", "Shop server not used: %1").replace("%1", str(exc))
    if config is None:
        return None
    text = translate("ShopWorkflow", "Shop server: %1 · station %2 (from %3)")
    return fill(text, config.shown_url, config.station, config_source_text(config.source))


class ShopWorkflow:
    # -- jobs on disk ----------------------------------------------------------------------------------------
    def new_job(self) -> None:
        if self._edited and self.form.raw_request() != self._clean_request() and not self.confirm_discard():
            return
        self._load_notices = []
        self._job_path = None
        self.set_shop_job(None)  # a new job is generated outside any job order
        self.form.new_job()
        self._edited = False
        self.show_form(True)
        self.focus_panel(0.55)  # a job to work on: its verdict in full
        self.evaluate_now()

    def _clean_request(self) -> dict[str, Any]:
        """What the form holds with nothing typed (a new job's defaults)."""
        machine = self.form.machine.currentData()
        return {"machine": machine, "cut": {"kind": "line"}} if machine else {"cut": {"kind": "line"}}

    def open_job_dialog(self) -> None:
        start = str(self._job_path.parent if self._job_path else self.controller.job_folder())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open job"), start, self.tr("Job files (*.json)"))
        if path:
            self.open_job_file(Path(path))

    def open_job_file(self, path: Path) -> bool:
        try:
            raw = self.controller.read_job(Path(path))
        except JobFileError as exc:
            self.panel.set_banner("error", self.tr("Could not open the job: %s") % core_text(str(exc)))
            return False
        self._load_notices = self.form.load_request(raw)
        self._job_path = Path(path)
        self.set_shop_job(None)  # a job file is generated outside any job order
        self._edited = False
        self.show_form(True)
        self.focus_panel(0.55)  # a job to work on: its verdict in full
        self.evaluate_now()
        self.statusBar().showMessage(self.tr("Opened %s") % path, 8000)
        return True

    def fill_recent_jobs(self) -> None:
        self.menu_recent.clear()
        for i, path in enumerate(self.controller.recent_jobs(), 1):
            action = self.menu_recent.addAction(f"&{i % 10} {path.name}   ({path.parent})")
            action.triggered.connect(lambda _=False, p=path: self.open_job_file(p))
        if self.menu_recent.isEmpty():
            self.menu_recent.addAction(self.tr("(no recent jobs)")).setEnabled(False)

    def save_job_dialog(self) -> None:
        start = str(self._job_path or self.controller.job_folder() / "job.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save job as"), start, self.tr("Job files (*.json)"))
        if path:
            self.save_job_file(Path(path))

    def save_job_file(self, path: Path) -> bool:
        try:
            self.controller.save_job(path, self.form.raw_request())
        except OSError as exc:
            self.panel.set_banner("error", self.tr("Could not save the job to %s: %s") % (path, exc.strerror or exc))
            return False
        self._job_path = path
        self._edited = False
        self.statusBar().showMessage(self.tr("Saved %s") % path, 8000)
        return True

    # -- settings, operator, theme ---------------------------------------------------------------------------
    def apply_settings(self, settings) -> None:
        # A new runs directory closes the old run index: no background query (history, start-up reconcile,
        # generation) may still be using its sqlite connections, which would crash the process.
        self.tasks.wait_all(30000)
        try:
            self.services.apply_settings(settings)
        except OSError as exc:
            self.panel.set_banner("error", self.tr("Settings could not be saved: %s") % (exc.strerror or exc))
            return
        self.form.default_machine = settings.default_machine
        self.apply_units(settings.units)
        self.reopen_history_if_moved()
        self.follow_runs_dir()
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, settings.ui_scale, settings.theme)
            splits = [self.main_split, self.right_split] + ([self._preview.split] if self._preview else [])
            for split in splits:
                split.setHandleWidth(handle_width())
        self._update_operator_label()
        self.start_page.set_runs_dir(self.services.runs_dir)
        self._startup_messages()
        self.evaluate_now()

    def set_dark_theme(self, on: bool) -> None:
        self.controller.set_theme("dark" if on else "light")
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, self.services.settings.ui_scale, self.services.settings.theme)

    def _update_operator_label(self) -> None:
        op = self.services.settings.operator or self.tr("not set")
        self.operator_button.setText(self.tr("operator: %s ▾") % op)
        self.operator_button.setToolTip(
            self.tr("Who is at the saw (recorded with every run). Runs: %s") % (self.services.runs_dir)
        )

    def set_operator(self, name: str) -> None:
        self.controller.set_operator(name)
        self._update_operator_label()

    def fill_operator_menu(self) -> None:
        menu = self.operator_menu
        menu.clear()
        for name in self.services.settings.recent_operators:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name == self.services.settings.operator)
            action.triggered.connect(lambda _=False, n=name: self.set_operator(n))
        menu.addSeparator()
        menu.addAction(self.tr("Someone else…")).triggered.connect(self.ask_operator)
        menu.addAction(self.tr("Nobody (runs say —)")).triggered.connect(lambda: self.set_operator(""))

    def ask_operator(self) -> prompts.OperatorPrompt:
        s = self.services.settings
        dialog = prompts.OperatorPrompt(s.recent_operators, s.operator, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_operator(dialog.name()))
        dialog.open()
        self.operator_prompt = dialog
        return dialog

    def _ask_operator_at_start(self) -> None:
        s = self.services.settings
        if not s.operator and s.operator_prompt and self.isVisible():
            self.ask_operator()

    def about_text(self) -> str:
        from rmos_desktop.gui.settings_dialog import runs_source_text

        cat = self.services.catalog
        try:
            head = self.services.recorder.head()
        except (OSError, ValueError):
            head = None
        lines = [
            self.tr("RMOS Desktop %s") % __version__,
            "",
            self.tr("Data directory: %s") % data_dir(),
            self.tr("Runs directory: %s (from %s)")
            % (self.services.runs_dir, runs_source_text(self.services.runs.source)),
            self.tr("Settings and shop catalog files: %s") % config_dir(),
            self.tr("Log file: %s") % log_file_path(),
            self.tr("Catalog: %s (SHA-256 %s…)") % (cat.version, cat.sha256[:16]),
            self.tr("Audit ledger head: %s") % (head or self.tr("no runs recorded yet")),
        ]
        for path, sha in shop_catalog_files(self.services):
            lines.append(self.tr("Shop catalog in force: %s (SHA-256 %s)") % (path, sha))
        key_id, pub = station_key_facts(self.services)
        if key_id:
            lines.append(self.tr("Station key: %s (public key: %s)") % (key_id, pub))
        else:
            lines.append(self.tr("Station key: none usable — records are not signed (see the log file)"))
        shop = shop_server_line(self.services.settings)
        if shop:
            lines.append(shop)
        lines += ["", translate("ShopWorkflow", NO_OVERRIDE_TEXT)]
        return "\n".join(lines)

    def show_about(self) -> prompts.AboutDialog:
        dialog = prompts.AboutDialog(self.about_text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.about_dialog = dialog
        return dialog
