"""The history's detail pane: one run's decision and every calculator row, the request, copyable hashes,
outputs, meta, and the reviews and exports recorded so far (HTML in a QTextBrowser)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rmos_desktop.core.hashing import sha256_bytes
from rmos_desktop.core.runs.index import RunIndex, RunRow
from rmos_desktop.core.runs.schemas import RunArtifact
from rmos_desktop.gui.history.model import DISPOSITION_WORDS
from rmos_desktop.gui.run_html import badge, table
from rmos_desktop.gui.run_html import esc as _e
from rmos_desktop.gui.run_html import plain as _plain

COPY_SCHEME = "copy"  # <a href="copy:<text>"> puts <text> on the clipboard


@dataclass
class RunDetail:
    """Everything the pane shows for one run, read off the GUI thread when it may be slow (an archive)."""

    row: RunRow
    artifact: RunArtifact
    artifact_sha256: str
    reviews: list[dict[str, Any]]
    exports: list[dict[str, Any]]
    from_archive: bool = False


def load_detail(index: RunIndex, row: RunRow) -> RunDetail:
    """Read a listed run (from its day folder, or from its archive zip when archived)."""
    artifact, data = index.read_artifact(row)
    return RunDetail(
        row=row,
        artifact=artifact,
        artifact_sha256=sha256_bytes(data),
        reviews=index.records_for(row.run_id, "review"),
        exports=index.records_for(row.run_id, "export"),
        from_archive=row.location == "archived" and not (index.runs_dir / row.path).is_file(),
    )


def _table(rows: list[list[str]], header: list[str] | None = None) -> str:
    return table(rows, header, cellpadding=4)


def _when(ts: Any) -> str:
    from datetime import datetime

    try:
        dt = datetime.fromisoformat(str(ts).replace("Z", "+00:00"))
    except ValueError:
        return str(ts)
    return dt.astimezone().strftime("%a %Y-%m-%d %H:%M")


def _copy(text: str | None) -> str:
    if not text:
        return "—"
    return f'<tt>{_e(text)}</tt> &nbsp;<a href="{COPY_SCHEME}:{_e(text)}">copy</a>'


def detail_html(d: RunDetail) -> str:
    a, row = d.artifact, d.row
    req = a.request_summary if isinstance(a.request_summary, dict) else {}
    feas = a.feasibility if isinstance(a.feasibility, dict) else {}
    meta = a.meta
    parts = [
        f"<h2>{badge(a.status)} &nbsp; risk {badge(str(a.decision.risk_level))} &nbsp; "
        f"score {_e(a.decision.score)}</h2>",
        f"<p><b>Run</b> {_copy(a.run_id)}<br><b>Created</b> {_e(_when(a.created_at_utc.isoformat()))} "
        f"(UTC {_e(a.created_at_utc.isoformat().replace('+00:00', 'Z'))})</p>",
    ]
    if row.location == "archived":
        parts.append(
            f"<p style='background:#dce8fb; padding:6px;'><b>Archived</b> in {_e(row.archive_name)}"
            + (" — read from the archive." if d.from_archive else ".")
            + "</p>"
        )
    if a.decision.block_reason:
        parts.append(f"<p><b>Why it was blocked:</b> {_e(a.decision.block_reason)}</p>")
    if meta.get("exception"):
        exc = meta["exception"]
        parts.append(
            f"<p><b>Error:</b> {_e(exc.get('type') if isinstance(exc, dict) else exc)}: "
            f"{_e(exc.get('message') if isinstance(exc, dict) else '')}</p>"
        )
    warnings = list(a.decision.warnings)
    if warnings:
        parts.append("<p><b>Warnings:</b> " + _e("; ".join(warnings)) + "</p>")
    if meta.get("acknowledgement"):
        ack = meta["acknowledgement"]
        parts.append(f"<p><b>Warnings acknowledged by</b> {_e(ack.get('by'))} at {_e(_when(ack.get('at_utc')))}</p>")
    calc_rows = []
    for c in feas.get("calculators") or []:
        value = "—" if c.get("value") is None else f"{c['value']:.6g} {c.get('unit', '')}"
        calc_rows.append(
            [_e(c.get("label")), _e(value), _e(c.get("limit")), badge(str(c.get("status"))), _e(c.get("explanation"))]
        )
    parts += ["<h3>Decision — every calculator</h3>"]
    parts.append(
        _table(calc_rows, ["calculator", "value", "limit / band", "status", "why"]) if calc_rows else "<p>None.</p>"
    )
    for e in feas.get("input_errors") or []:
        parts.append(f"<p><b>Input error:</b> {_e(e.get('field'))}: {_e(e.get('message'))}</p>")
    parts += [
        "<h3>Request</h3>",
        _table([[_e(k), _e(_plain(v))] for k, v in sorted(req.items())], ["field", "value"]),
        "<h3>Hashes (SHA-256)</h3>",
        _table(
            [
                [_e(k), _copy(v)]
                for k, v in [
                    *a.hashes.model_dump().items(),
                    ("request_sha256", a.request_sha256),
                    ("artifact file", d.artifact_sha256),
                ]
            ]
        ),
    ]
    tp = a.outputs.toolpaths
    outputs = []
    if tp:
        ext = tp.get("extents") or {}
        outputs += [
            [
                "Extents",
                _e(
                    f"X {ext.get('xmin')}–{ext.get('xmax')}  Y {ext.get('ymin')}–{ext.get('ymax')}  "
                    f"Z {ext.get('zmin')}–{ext.get('zmax')} mm"
                ),
            ],
            ["Path length", _e(f"feed {tp.get('feed_length_mm')} mm, rapid {tp.get('rapid_length_mm')} mm")],
            ["Estimated time", _e(f"{tp.get('estimated_time_s')} s")],
            ["G-code", _e(f"{tp.get('line_count')} lines, {tp.get('dialect')}")],
        ]
    if a.outputs.gcode_path:
        outputs.append(["G-code file", _e(a.outputs.gcode_path)])
    elif a.outputs.gcode_text is not None:
        outputs.append(["G-code", _e(f"stored in the artifact ({len(a.outputs.gcode_text)} characters)")])
    parts += ["<h3>Outputs</h3>", _table(outputs) if outputs else "<p>No G-code (nothing was generated).</p>"]
    meta_rows = [
        ["Operator", _e(meta.get("operator"))],
        ["Workstation", _e(meta.get("workstation"))],
        ["App version", _e(meta.get("app_version"))],
        ["Catalog", _e(_plain(meta.get("catalog")))],
        ["Policy", _e(_plain(meta.get("policy")))],
        ["Artifact file", _e(row.path)],
    ]
    parts += ["<h3>Meta</h3>", _table(meta_rows)]
    parts.append("<h3>Reviews</h3>")
    parts.append(
        _table(
            [
                [
                    _e(_when(r.get("created_at_utc"))),
                    _e(r.get("reviewer")),
                    _e(DISPOSITION_WORDS.get(str(r.get("disposition")), r.get("disposition"))),
                    _e(r.get("note")),
                ]
                for r in d.reviews
            ],
            ["when", "reviewer", "disposition", "note"],
        )
        if d.reviews
        else "<p>None recorded" + (" — this BLOCKED run awaits review." if a.status == "BLOCKED" else ".") + "</p>"
    )
    parts.append("<h3>Exports</h3>")
    parts.append(
        _table(
            [
                [
                    _e(_when(x.get("created_at_utc"))),
                    _e(x.get("destination")),
                    _e(x.get("file_name")),
                    "verified" if x.get("verified") else _e(f"FAILED: {x.get('error')}"),
                ]
                for x in d.exports
            ],
            ["when", "destination", "file", "result"],
        )
        if d.exports
        else "<p>None recorded.</p>"
    )
    return "<html><body>" + "".join(parts) + "</body></html>"


def unreadable_html(row: RunRow) -> str:
    return (
        f"<h2>{badge('UNREADABLE')} file</h2>"
        f"<p><b>File</b> {_e(row.path)}</p><p><b>Why</b> {_e(row.problem)}</p>"
        "<p>The file is listed so nothing is silently skipped. Run <tt>rmos audit verify</tt> to see whether it "
        "was recorded and then damaged.</p>"
    )
