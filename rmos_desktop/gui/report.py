"""The paper copy a supervisor files: one run as a PDF (Qt's QPdfWriter + QTextDocument, no extra
dependency) with the job, the decision and every calculator row, hashes, reviews and exports, and a
footer on every page with the artifact's SHA-256 and the ledger head."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from rmos_desktop import __version__
from rmos_desktop.core.hashing import sha256_bytes
from rmos_desktop.core.runs.recorder import RunRecorder
from rmos_desktop.core.runs.schemas import RunArtifact, validate_run_id
from rmos_desktop.gui.run_html import badge as _badge
from rmos_desktop.gui.run_html import esc as _e
from rmos_desktop.gui.run_html import plain as _plain
from rmos_desktop.gui.run_html import table as _table

FOOTER_MM = 12


def _local(ts: str | datetime) -> str:
    dt = ts if isinstance(ts, datetime) else datetime.fromisoformat(str(ts).replace("Z", "+00:00"))
    return dt.astimezone().strftime("%a %Y-%m-%d %H:%M:%S %Z")


def report_html(
    artifact: RunArtifact, artifact_sha256: str, reviews: list[dict], exports: list[dict], ledger_head: str | None
) -> str:
    a = artifact
    req = a.request_summary if isinstance(a.request_summary, dict) else {}
    meta = a.meta
    feas = a.feasibility
    parts = [
        "<h1>RMOS Desktop — run report</h1>",
        f"<p><b>Run</b> {_e(a.run_id)} &nbsp; {_badge(a.status)} &nbsp; risk {_badge(str(a.decision.risk_level))}"
        f" &nbsp; score {_e(a.decision.score)}</p>",
        _table(
            [
                ["Created", f"{_e(_local(a.created_at_utc))} (UTC {_e(a.created_at_utc.isoformat())})"],
                ["Tool", _e(a.tool_id)],
                ["Material", _e(req.get("material"))],
                ["Machine", _e(req.get("machine"))],
                ["Job / order", f"{_e(req.get('job_name'))} / {_e(req.get('order_ref'))}"],
                ["Operator", _e(meta.get("operator"))],
                ["Workstation", _e(meta.get("workstation"))],
                ["App version", _e(meta.get("app_version"))],
                [
                    "Catalog",
                    f"{_e((meta.get('catalog') or {}).get('version'))} "
                    f"(SHA-256 {_e((meta.get('catalog') or {}).get('sha256'))})",
                ],
                ["Policy", _e(_plain(meta.get("policy")))],
            ]
        ),
        "<h2>Decision</h2>",
        f"<p><b>Block reason:</b> {_e(a.decision.block_reason)}</p>",
        "<p><b>Warnings:</b> " + (_e("; ".join(a.decision.warnings)) if a.decision.warnings else "—") + "</p>",
    ]
    if meta.get("acknowledgement"):
        ack = meta["acknowledgement"]
        parts.append(f"<p><b>Warnings acknowledged by</b> {_e(ack.get('by'))} at {_e(ack.get('at_utc'))}</p>")
    if meta.get("exception"):
        parts.append(f"<p><b>Error:</b> {_e(meta['exception'])}</p>")
    calc_rows = []
    for c in feas.get("calculators", []) if isinstance(feas, dict) else []:
        value = "—" if c.get("value") is None else f"{c['value']:.6g} {c.get('unit', '')}"
        calc_rows.append(
            [_e(c.get("label")), _e(value), _e(c.get("limit")), _badge(str(c.get("status"))), _e(c.get("explanation"))]
        )
    parts += [
        "<h2>Feasibility (computed by the app)</h2>",
        _table(calc_rows, ["calculator", "value", "limit / band", "status", "why"]),
    ]
    errors = feas.get("input_errors") if isinstance(feas, dict) else None
    if errors:
        parts.append(
            "<p><b>Input errors:</b> " + _e("; ".join(f"{e['field']}: {e['message']}" for e in errors)) + "</p>"
        )
    parts += [
        "<h2>Job request</h2>",
        _table([[_e(k), _e(_plain(v))] for k, v in sorted(req.items())], ["field", "value"]),
    ]
    tp = a.outputs.toolpaths
    if tp:
        ext = tp.get("extents") or {}
        parts += [
            "<h2>Toolpaths</h2>",
            _table(
                [
                    [
                        "Extents",
                        _e(
                            f"X {ext.get('xmin')}–{ext.get('xmax')}  Y {ext.get('ymin')}–{ext.get('ymax')}  "
                            f"Z {ext.get('zmin')}–{ext.get('zmax')} mm"
                        ),
                    ],
                    ["Path length", _e(f"feed {tp.get('feed_length_mm')} mm, rapid {tp.get('rapid_length_mm')} mm")],
                    ["Estimated time", _e(f"{tp.get('estimated_time_s')} s")],
                    ["Cuts × passes", _e(f"{tp.get('cuts')} × {tp.get('passes')}")],
                    ["G-code", _e(f"{tp.get('line_count')} lines, {tp.get('dialect')}")],
                ]
            ),
        ]
    hashes = a.hashes.model_dump()
    parts += [
        "<h2>Hashes (SHA-256)</h2>",
        _table(
            [
                [_e(k), f"<tt>{_e(v)}</tt>"]
                for k, v in [*hashes.items(), ("request_sha256", a.request_sha256), ("artifact file", artifact_sha256)]
            ]
        ),
    ]
    parts.append("<h2>Reviews</h2>")
    parts.append(
        _table(
            [
                [_e(_local(r["created_at_utc"])), _e(r.get("reviewer")), _e(r.get("disposition")), _e(r.get("note"))]
                for r in reviews
            ],
            ["when", "reviewer", "disposition", "note"],
        )
        if reviews
        else "<p>None recorded.</p>"
    )
    parts.append("<h2>Exports</h2>")
    parts.append(
        _table(
            [
                [
                    _e(_local(x["created_at_utc"])),
                    _e(x.get("destination")),
                    _e(x.get("file_name")),
                    "verified" if x.get("verified") else _e(f"FAILED: {x.get('error')}"),
                ]
                for x in exports
            ],
            ["when", "destination", "file", "result"],
        )
        if exports
        else "<p>None recorded.</p>"
    )
    parts.append(
        f"<p><small>Report made by RMOS Desktop {__version__}. Ledger head at print time: "
        f"{_e(ledger_head)}. Check the artifact with: rmos audit verify.</small></p>"
    )
    return "<html><body>" + "".join(parts) + "</body></html>"


def write_pdf(html_text: str, out: Path, footer: str) -> int:
    """Lay the HTML out on A4 pages with `footer` and a page number on each; returns the page count."""
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setPageMargins(QMarginsF(15, 15, 15, 15 + FOOTER_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle("RMOS Desktop run report")
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
                rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, f"{footer}   ·   page {i + 1} of {pages}"
            )
    finally:
        painter.end()
    return pages


def write_run_report(recorder: RunRecorder, run_id: str, out: Path) -> Path:
    """Write the PDF report of one run (also used by `rmos runs report`)."""
    run_id = validate_run_id(run_id)
    path = recorder.store.find_artifact(run_id)
    artifact, data = recorder.store.read_artifact_file(path)
    artifact_sha = sha256_bytes(data)
    head = recorder.head()
    html_text = report_html(
        artifact,
        artifact_sha,
        recorder.store.records_for(run_id, "review"),
        recorder.store.records_for(run_id, "export"),
        str(head) if head else None,
    )
    footer = f"Run {run_id} · artifact SHA-256 {artifact_sha}" + (f" · ledger head {head}" if head else " · no ledger")
    out = Path(out)
    write_pdf(html_text, out, footer)
    return out
