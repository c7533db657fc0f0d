"""How the main window shows what happened: a Generate's outcome (run strip, banner, preview, status bar), a
press that was refused (and where to fix it), a stored run opened from the history, and a G-code file from
disk, which is never shown as the last run. Its texts are the main window's: they name the context
"MainWindow" (`translate("MainWindow", "…")`), where pyside6-lupdate files them and the window looks them up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from rmos_desktop.core.hashing import sha256_bytes
from rmos_desktop.gui.controller import Assessment, GenerateOutcome, Refusal, typos
from rmos_desktop.gui.job_form import field_label
from rmos_desktop.gui.theme import short_id
from rmos_desktop.report.core_texts import core_text

translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts


class OutcomeView:
    def __init__(self, window):
        self.w = window

    def _status(self, text: str, ms: int = 10000) -> None:
        self.w.statusBar().showMessage(text, ms)

    def show_outcome(self, outcome: GenerateOutcome) -> None:
        w = self.w
        p = outcome.payload
        strip = w.run_strip
        if outcome.status == "OK":
            w.show_program(p)
            strip.show_run("OK", p.get("risk_level", ""), outcome.run_id, outcome.gcode_sha256, outcome.artifact_path)
            w._set_exportable(outcome.run_id)
            # the hash in short: a 64-hex word cannot wrap and set the window's minimum width (the whole
            # hash: Details ▸ and its tooltip); the run id is read out to the supervisor, so it stays whole
            w.panel.set_banner(
                "ok",
                translate("MainWindow", "Generated and recorded as run %s. G-code SHA-256 %s")
                % (outcome.run_id, short_id(outcome.gcode_sha256, 8, 8)),
            )
            w.panel.banner.setToolTip(translate("MainWindow", "G-code SHA-256 %s") % outcome.gcode_sha256)
            self._status(translate("MainWindow", "OK: run %s recorded") % outcome.run_id)
        elif outcome.status == "BLOCKED":
            w._set_exportable(None)
            w.clear_program()
            strip.show_run("BLOCKED", "", outcome.run_id, "", outcome.artifact_path)
            w.focus_panel()  # no program to look at: the reasons are
            w.panel.set_banner(
                "blocked",
                translate(
                    "MainWindow", "BLOCKED: %s\nRecorded as run %s for supervisor review. No G-code was produced."
                )
                % (core_text(outcome.message), outcome.run_id),
            )
            self._status(translate("MainWindow", "BLOCKED: run %s recorded") % outcome.run_id)
        else:
            w._set_exportable(None)
            w.clear_program()
            strip.show_run(outcome.status, "", outcome.run_id, "", outcome.artifact_path)
            w.focus_panel()
            w.panel.set_banner("error", f"{outcome.status}: {outcome.message}")
            self._status(translate("MainWindow", "%s: nothing was released") % outcome.status)
        strip.set_time(str(p.get("created_at_utc") or p.get("_created_at_utc") or ""))

    def show_refusal(self, refusal: Refusal, assessment: Assessment | None) -> None:
        w = self.w
        if refusal is Refusal.TYPO and assessment is not None:
            bad = typos(assessment)
            names = ", ".join(field_label(e.field) for e in bad)
            text = translate("MainWindow", "Not generated and nothing recorded: fix %s first (marked in red).") % names
            w.panel.set_banner("warning", text)
            w.show_form(True)
            w.form.focus_field(bad[0].field)
        elif refusal is Refusal.NOT_ACKNOWLEDGED:
            text = translate("MainWindow", "Not generated: the warnings were not acknowledged.")
        elif refusal is Refusal.NOT_REPEATED:
            text = translate("MainWindow", "Not recorded again: the same job was recorded a few seconds ago.")
        else:
            text = translate("MainWindow", "A generation is already running.")
        self._status(text, 8000)
        w.sig_refused.emit(text)

    def show_stored_run(self, run_id: str) -> None:
        """A run opened from the history: the strip names it (read-only; Export only for an OK run)."""
        w = self.w
        try:
            artifact = w.services.recorder.store.read_artifact(run_id)
        except (LookupError, ValueError, OSError):
            w.run_strip.clear(translate("MainWindow", "run %s could not be read") % run_id)
            w._set_exportable(None)
            return
        status = artifact.status
        level = str(artifact.decision.risk_level) if artifact.decision else ""
        path = w.services.recorder.store.find_artifact(run_id)
        w.run_strip.show_run(status, level, run_id, artifact.hashes.gcode_sha256 or "", path)
        w.run_strip.set_time(str(artifact.created_at_utc))
        w._set_exportable(run_id if status == "OK" else None)

    def show_foreign_file(self, path: Path) -> None:
        """A file from disk: the strip says so at once, then whether a run here made these exact bytes."""
        w = self.w
        w.run_strip.show_file(path, None)
        w._set_exportable(None)
        recorder = w.services.recorder

        def lookup(handle) -> list[str]:
            from rmos_desktop.core.export import find_runs_by_gcode  # on the worker: not at start-up

            sha = sha256_bytes(path.read_bytes())
            return [m.run_id for m in find_runs_by_gcode(recorder, sha)]

        def found(run_ids: list[str]) -> None:
            if w.run_strip.mode == "file" and w.run_strip.file_path == path:
                w.run_strip.show_file(path, run_ids)

        def failed(exc: BaseException) -> None:
            if w.run_strip.mode == "file" and w.run_strip.file_path == path:
                w.run_strip.show_file(path, [])

        w.tasks.run(lookup, on_success=found, on_failure=failed)
