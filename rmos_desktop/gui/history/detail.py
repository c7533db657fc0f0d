"""The history's detail pane: one run as the core describes it (rmos_desktop.core.runs.describe), rendered by
the same HTML renderer as the PDF report, with copy links on ids and hashes (HTML in a QTextBrowser)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rmos_desktop.core.hashing import sha256_bytes
from rmos_desktop.core.runs.describe import describe_run, describe_unreadable
from rmos_desktop.core.runs.index import RunIndex, RunRow
from rmos_desktop.core.runs.schemas import RunArtifact
from rmos_desktop.report.html import description_html
from rmos_desktop.report.units import in_units

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
    station: str | None = None  # a shop run: the station that recorded it (read from the shop server)


def load_detail(index: RunIndex, row: RunRow) -> RunDetail:
    """Read a listed run (from its day folder, or from its archive zip when archived)."""
    artifact, data = index.read_artifact(row)
    return RunDetail(
        row=row,
        artifact=artifact,
        artifact_sha256=sha256_bytes(data),
        reviews=index.reviews_for(row.run_id),  # with those made in the office that a shop sync brought home
        exports=index.records_for(row.run_id, "export"),
        from_archive=row.location == "archived" and not (index.runs_dir / row.path).is_file(),
    )


def detail_html(d: RunDetail, units: str = "mm") -> str:
    """The run as HTML; lengths and feeds in `units` ("in": inches, with a note that the record is mm)."""
    description = describe_run(
        d.artifact,
        d.artifact_sha256,
        d.reviews,
        d.exports,
        path=d.row.path,
        archive_name=(d.row.archive_name or "an archive") if d.row.location == "archived" else None,
        from_archive=d.from_archive,
    )
    html = description_html(in_units(description, "in" if units == "in" else "mm"), copy_scheme=COPY_SCHEME)
    if d.station:
        from html import escape

        line = f"<p><b>Station:</b> {escape(d.station)} (read from the shop server)</p>"
        html = html.replace("<body>", "<body>" + line, 1)
    return html


def unreadable_html(row: RunRow) -> str:
    return description_html(describe_unreadable(row.path, row.problem))
