"""Verify a G-code file: which run made these exact bytes, what decision allowed it, where it was
exported — or a plain verdict that no run here made it (and whether only the line endings differ)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from rmos_desktop.core.export import find_runs_by_gcode
from rmos_desktop.core.provenance import VerifyReport, verify_file
from rmos_desktop.core.services import AppServices
from rmos_desktop.gui.fit import fit_to_screen, install_close_keys, make_touchable, unwidened
from rmos_desktop.gui.i18n import fill, local_datetime_text, number_text
from rmos_desktop.gui.theme import banner_label, show_banner
from rmos_desktop.gui.timefmt import utc_text


def verify_with_services(services: AppServices, path: Path) -> VerifyReport:
    recorder = services.recorder
    return verify_file(path, lambda sha: find_runs_by_gcode(recorder, sha))


translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts


def report_text(report: VerifyReport) -> str:
    """The verdict's facts, one per line; times in local time (seconds) with the UTC instant beside them.
    Ids, hashes, statuses and paths are shown verbatim in every language."""
    lines = [
        fill(translate("VerifyDialog", "File: %1"), report.path),
        fill(translate("VerifyDialog", "SHA-256: %1  (%2 bytes)"), report.sha256, number_text(report.size)),
        "",
    ]
    for m in report.matches:
        lines.append(
            fill(
                translate("VerifyDialog", "Run %1  %2  %3  %4  %5"),
                m.run_id,
                m.status,
                m.risk_level,
                _when(m.created_at_utc),
                m.tool_id,
            )
            + (f"  {m.job_name}" if m.job_name else "")
        )
        if m.block_reason:
            lines.append("    " + fill(translate("VerifyDialog", "decision: %1"), m.block_reason))
        for e in m.exports:
            state = (
                translate("VerifyDialog", "verified")
                if e.get("verified")
                else fill(translate("VerifyDialog", "FAILED (%1)"), e.get("error"))
            )
            when = _when(e.get("created_at_utc"))
            lines.append(
                "    "
                + fill(
                    translate("VerifyDialog", "exported %1 to %2 as %3: %4"),
                    when,
                    e.get("destination"),
                    e.get("file_name"),
                    state,
                )
            )
    if report.sidecar:
        s = report.sidecar
        agrees = (
            translate("VerifyDialog", "agrees")
            if s.get("agrees")
            else fill(translate("VerifyDialog", "DISAGREES: %1"), s.get("problem"))
        )
        lines.append(fill(translate("VerifyDialog", "Provenance file: %1"), agrees))
    if report.sha256_file:
        lines.append(
            fill(
                translate("VerifyDialog", "Checksum file: %1"),
                translate("VerifyDialog", "agrees")
                if report.sha256_file.get("agrees")
                else translate("VerifyDialog", "DISAGREES"),
            )
        )
    return "\n".join(lines)


def verdict_text(report: VerifyReport) -> str:
    """The one-line verdict in the interface language, built from the report's facts (the core's English
    verdict is what the command line and --json print)."""
    if report.matches:
        runs = ", ".join(f"{m.run_id} ({m.status})" for m in report.matches)
        if report.ok:
            text = fill(translate("VerifyDialog", "MATCH: these exact bytes were produced by run(s) %1."), runs)
        else:
            text = fill(translate("VerifyDialog", "Bytes match run(s) %1, but none of them is an OK run."), runs)
        if report.sidecar is not None and not report.sidecar.get("agrees"):
            text += " " + fill(
                translate("VerifyDialog", "The provenance file beside it disagrees: %1."), report.sidecar.get("problem")
            )
        return text
    if report.line_endings_only and report.near_match_run_ids:
        kind = "CRLF" if "(CRLF " in report.verdict else "CR"
        return fill(
            translate(
                "VerifyDialog",
                "NO MATCH: this file differs from run %1 only in its line endings (%2 instead of LF, as an editor "
                "or a Windows copy makes them). It is not the file that was exported; export the run again rather "
                "than using this copy.",
            ),
            report.near_match_run_ids[0],
            kind,
        )
    return translate(
        "VerifyDialog",
        "NO MATCH: no run on this workstation produced these bytes — it was not produced here, or it was "
        "modified after export.",
    )


def _when(ts) -> str:
    utc = utc_text(ts)
    return (
        fill(translate("VerifyDialog", "%1 (UTC %2)"), local_datetime_text(ts), utc.removesuffix(" UTC"))
        if utc
        else local_datetime_text(ts)
    )


class VerifyDialog(QDialog):
    def __init__(self, report: VerifyReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Verify G-code file"))
        layout = QVBoxLayout(self)
        self.verdict = unwidened(banner_label())
        layout.addWidget(self.verdict)
        show_banner(self.verdict, "ok" if report.ok else "blocked", verdict_text(report))
        self.details = QPlainTextEdit(report_text(report))
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        make_touchable([close])
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        install_close_keys(self, self.accept)
        fit_to_screen(self, 900, 480)
