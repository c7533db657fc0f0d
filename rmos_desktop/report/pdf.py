"""The paper copy a supervisor files: one run as a PDF (Qt's QPdfWriter + QTextDocument, no extra dependency)
with the job, the decision and every calculator row, hashes, reviews and exports, and a footer on every page
with the artifact's SHA-256 and the ledger head. Written whole to a temp file beside the target, fsynced and
renamed: a full disk or an unwritable folder leaves no partial PDF and is an error, never "written".
Paper for the shop: printed from the GUI it follows the interface language (ids, hashes and the commands it
names stay verbatim); printed by `rmos runs report` it is English, as everything the command line makes."""

from __future__ import annotations

import contextlib
import errno
import os
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from rmos_desktop import __version__
from rmos_desktop.core.hashing import sha256_bytes
from rmos_desktop.core.runs.describe import describe_run
from rmos_desktop.core.runs.recorder import RunRecorder
from rmos_desktop.core.runs.schemas import validate_run_id
from rmos_desktop.core.runs.store import durable_replace
from rmos_desktop.report.html import description_html
from rmos_desktop.report.units import in_units

FOOTER_MM = 12
translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts


def _fill(text: str, *args: object) -> str:
    """%1, %2, … filled in one pass (a value holding "%2" is not filled again)."""
    return re.sub(r"%([1-9])", lambda m: str(args[int(m[1]) - 1]) if int(m[1]) <= len(args) else m[0], text)


class ReportNotWritten(Exception):
    """The PDF could not be written where asked (the message says why, for a person); nothing is left there."""


_apps: list[QGuiApplication] = []  # the command line's windowless application, kept for the process


def ensure_qt_app() -> None:
    """Text layout needs a QGuiApplication: reuse the GUI's, or start a windowless one (the command line)."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _apps.append(QGuiApplication(["rmos"]))


def render_pdf(html_text: str, footer: str) -> tuple[bytes, int]:
    """Lay the HTML out on A4 pages with `footer` and a page number on each; returns (PDF bytes, pages)."""
    ensure_qt_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setPageMargins(QMarginsF(15, 15, 15, 15 + FOOTER_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(translate("RunReport", "RMOS Desktop run report"))
    writer.setCreator(f"RMOS Desktop {__version__}")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9)
    # No ligatures: "ff" in a run id or hash must stay two letters, so the PDF's text (copy, search,
    # extraction) holds the id exactly as printed.
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    doc.setDefaultFont(font)
    doc.setHtml(html_text)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    body = QSizeF(page.width(), page.height())
    doc.setPageSize(body)
    pages = doc.pageCount()
    footer_h = FOOTER_MM / 25.4 * writer.resolution()
    painter = QPainter(writer)
    try:
        small = QFont(font)
        small.setPointSizeF(7)
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            painter.translate(0, -i * body.height())
            doc.drawContents(painter, QRectF(0, i * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(small)
            rect = QRectF(0, body.height() + footer_h * 0.2, body.width(), footer_h * 0.8)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                footer + "   ·   " + _fill(translate("RunReport", "page %1 of %2"), i + 1, pages),
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), pages


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the folder is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "the folder does not exist",
    errno.ENAMETOOLONG: "the name is too long",
}


def write_file_atomically(target: Path, data: bytes) -> None:
    """Write `data` to a temp file beside `target`, fsync it, rename it over `target` and fsync the folder.
    Raises ReportNotWritten with a plain reason; the temp file is removed and `target` left as it was."""
    try:
        durable_replace(target, data)
    except OSError as exc:
        reason = _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
        raise ReportNotWritten(f"{target} cannot be written: {reason}; no report was written") from exc


def write_run_report(recorder: RunRecorder, run_id: str, out: Path, units: str = "mm") -> Path:
    """Write the PDF report of one run (the GUI's "Export run report…" and `rmos runs report`); lengths and
    feeds in `units` ("in": inches, with a note that the record is in millimetres).
    Raises InvalidRunId, ArtifactNotFound, ArtifactUnreadable, ReportNotWritten."""
    run_id = validate_run_id(run_id)
    out = Path(out)
    if out.is_dir():
        raise ReportNotWritten(f"{out} is a folder; name the PDF file to write")
    with contextlib.suppress(OSError, ValueError):
        if out.resolve().is_relative_to(recorder.runs_dir.resolve()):
            raise ReportNotWritten(f"{out} is inside the runs directory; write the report somewhere else")
    path = recorder.store.find_artifact(run_id)
    artifact, data = recorder.store.read_artifact_file(path)
    artifact_sha = sha256_bytes(data)
    head = recorder.head()
    description = describe_run(
        artifact,
        artifact_sha,
        recorder.store.records_for(run_id, "review"),
        recorder.store.records_for(run_id, "export"),
        path=path.relative_to(recorder.runs_dir).as_posix() if path.is_relative_to(recorder.runs_dir) else str(path),
    )
    description = in_units(description, "in" if units == "in" else "mm")
    closing = _fill(
        translate(
            "RunReport", "Report made by RMOS Desktop %1. Ledger head at print time: %2. Check the artifact with: %3."
        ),
        __version__,
        head or "—",
        "rmos audit verify",
    )
    footer = _fill(translate("RunReport", "Run %1 · artifact SHA-256 %2"), run_id, artifact_sha) + (
        _fill(translate("RunReport", " · ledger head %1"), head) if head else translate("RunReport", " · no ledger")
    )
    title = translate("RunReport", "RMOS Desktop — run report")
    pdf, _pages = render_pdf(description_html(description, title=title, closing=closing), footer)
    write_file_atomically(out, pdf)
    return out
