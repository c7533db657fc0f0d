"""Verify a G-code file: which run made these exact bytes, what decision allowed it, where it was
exported — or a plain verdict that no run here made it (and whether only the line endings differ)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from rmos_desktop.core.export import find_runs_by_gcode
from rmos_desktop.core.provenance import VerifyReport, verify_file
from rmos_desktop.core.services import AppServices
from rmos_desktop.gui.fit import fit_to_screen, install_close_keys, make_touchable, unwidened
from rmos_desktop.gui.theme import banner_label, show_banner
from rmos_desktop.gui.timefmt import local_text, utc_text


def verify_with_services(services: AppServices, path: Path) -> VerifyReport:
    recorder = services.recorder
    return verify_file(path, lambda sha: find_runs_by_gcode(recorder, sha))


def report_text(report: VerifyReport) -> str:
    """The verdict's facts, one per line; times in local time (seconds) with the UTC instant beside them."""
    lines = [f"File: {report.path}", f"SHA-256: {report.sha256}  ({report.size} bytes)", ""]
    for m in report.matches:
        lines.append(
            f"Run {m.run_id}  {m.status}  {m.risk_level}  {_when(m.created_at_utc)}  {m.tool_id}"
            + (f"  {m.job_name}" if m.job_name else "")
        )
        if m.block_reason:
            lines.append(f"    decision: {m.block_reason}")
        for e in m.exports:
            state = "verified" if e.get("verified") else f"FAILED ({e.get('error')})"
            when = _when(e.get("created_at_utc"))
            lines.append(f"    exported {when} to {e.get('destination')} as {e.get('file_name')}: {state}")
    if report.sidecar:
        s = report.sidecar
        lines.append(f"Provenance file: {'agrees' if s.get('agrees') else 'DISAGREES: ' + str(s.get('problem'))}")
    if report.sha256_file:
        lines.append(f"Checksum file: {'agrees' if report.sha256_file.get('agrees') else 'DISAGREES'}")
    return "\n".join(lines)


def _when(ts) -> str:
    utc = utc_text(ts)
    return f"{local_text(ts)} (UTC {utc.removesuffix(' UTC')})" if utc else local_text(ts)


class VerifyDialog(QDialog):
    def __init__(self, report: VerifyReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Verify G-code file"))
        layout = QVBoxLayout(self)
        self.verdict = unwidened(banner_label())
        layout.addWidget(self.verdict)
        show_banner(self.verdict, "ok" if report.ok else "blocked", report.verdict)
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
