"""What a run is to a reader, as plain data (sections of rows and notes, with badges): the history's detail
pane and the PDF report both render this one description, and review wording lives only here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from rmos_desktop.core.runs.schemas import RunArtifact
from rmos_desktop.core.units import convert_row

DISPOSITION_WORDS: dict[str, str] = {
    "acknowledged": "acknowledged",
    "false_positive": "false positive",
    "policy_change_needed": "policy change needed",
    "operator_training": "operator training",
}
AWAITING_REVIEW = "awaiting review"
DASH = "—"


class ReviewedRow(Protocol):
    """The review columns of a listed run (rmos_desktop.core.runs.index.RunRow)."""

    review_count: int
    last_disposition: str | None
    last_reviewer: str | None
    awaiting_review: int


def disposition_word(disposition: Any) -> str:
    """A disposition as a person reads it ("false positive"); an unknown one as recorded."""
    return DISPOSITION_WORDS.get(str(disposition), DASH if disposition in (None, "") else str(disposition))


def review_state(row: ReviewedRow, *, raw: bool = False) -> str:
    """One line for a run's reviews: "false positive (Sam)", "awaiting review" or a dash. `raw` keeps the
    disposition as recorded (false_positive), as `rmos runs list` prints it."""
    if row.review_count:
        word = (row.last_disposition or "reviewed") if raw else disposition_word(row.last_disposition or "reviewed")
        word = f"{word} ({row.last_reviewer})" if row.last_reviewer else word
        station = getattr(row, "last_review_station", None)  # made on another station, brought home by a sync
        return f"{word} {reviewed_on(station)}" if station else word
    return AWAITING_REVIEW if row.awaiting_review else DASH


def reviewed_on(station: str) -> str:
    """Where a review that a shop sync brought home was made: "in the office on office"."""
    return f"in the office on {station}"


# -- the description --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cell:
    """One value. `badge`: a level word (OK, BLOCKED, GREEN, …) shown on its colours; `code`: an id or hash
    (monospace, and copyable on screen)."""

    text: str
    badge: bool = False
    code: bool = False


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]
    header: tuple[str, ...] = ()
    empty: str = "None."
    """Shown instead of an empty table."""


@dataclass(frozen=True)
class Note:
    """A labelled sentence ("Why it was blocked: …"); `highlight` sets it apart (an archived run)."""

    label: str
    text: str
    highlight: bool = False


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Table | Note, ...]


@dataclass(frozen=True)
class RunDescription:
    headline: tuple[Cell, ...]
    """Status and risk badges and the score, e.g. [BLOCKED] risk [RED] score 12."""
    sections: tuple[Section, ...]
    run_id: str | None = None


def text(value: Any) -> str:
    """A value as a person reads it: no Python reprs, a dash for nothing."""
    if isinstance(value, Mapping):
        return ", ".join(f"{k} {text(v)}" for k, v in value.items()) or DASH
    if isinstance(value, list | tuple):
        return ", ".join(text(v) for v in value) or DASH
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return DASH if value is None or value == "" else str(value)


def local_time(ts: Any) -> str:
    """An ISO-8601 timestamp (or datetime) in the workstation's local time, as the history shows it."""
    try:
        dt = ts if isinstance(ts, datetime) else datetime.fromisoformat(str(ts).replace("Z", "+00:00"))
    except ValueError:
        return text(ts)
    return dt.astimezone().strftime("%a %Y-%m-%d %H:%M")


def _rows(pairs: Sequence[tuple[str, Any]]) -> tuple[tuple[Cell, ...], ...]:
    return tuple((Cell(label), value if isinstance(value, Cell) else Cell(text(value))) for label, value in pairs)


def _run_section(a: RunArtifact, path: str | None, archive_name: str | None, from_archive: bool) -> Section:
    req = a.request_summary if isinstance(a.request_summary, dict) else {}
    meta = a.meta
    blocks: list[Table | Note] = []
    if archive_name:
        where = " — read from the archive." if from_archive else "."
        blocks.append(Note("Archived", f"in {archive_name}{where}", highlight=True))
    created = a.created_at_utc.isoformat().replace("+00:00", "Z")
    rows = [
        ("Run", Cell(a.run_id, code=True)),
        ("Created", f"{local_time(a.created_at_utc)} (UTC {created})"),
        ("Tool", a.tool_id),
        ("Material", req.get("material")),
        ("Machine", req.get("machine")),
        ("Job / order", f"{text(req.get('job_name'))} / {text(req.get('order_ref'))}"),
        ("Operator", meta.get("operator")),
        ("Workstation", meta.get("workstation")),
        ("App version", meta.get("app_version")),
        ("Catalog", meta.get("catalog")),
        ("Policy", meta.get("policy")),
    ]
    if path:
        rows.append(("Artifact file", path))
    blocks.append(Table(_rows(rows)))
    return Section("Run", tuple(blocks))


def _decision_section(a: RunArtifact) -> Section:
    feas = a.feasibility if isinstance(a.feasibility, dict) else {}
    meta = a.meta
    blocks: list[Table | Note] = []
    if a.decision.block_reason:
        blocks.append(Note("Why it was blocked", a.decision.block_reason))
    if meta.get("exception"):
        exc = meta["exception"]
        shown = f"{text(exc.get('type'))}: {text(exc.get('message'))}" if isinstance(exc, dict) else text(exc)
        blocks.append(Note("Error", shown))
    if a.decision.warnings:
        blocks.append(Note("Warnings", "; ".join(a.decision.warnings)))
    ack = meta.get("acknowledgement")
    if isinstance(ack, dict):
        blocks.append(Note("Warnings acknowledged by", f"{text(ack.get('by'))} at {local_time(ack.get('at_utc'))}"))
    calculators = []
    for c in feas.get("calculators") or []:
        # the value with the digits it takes to differ from its limit and explanation (core.units.convert_row)
        row = (c.get("value"), c.get("unit") or "", c.get("limit") or "", c.get("explanation") or "")
        value = DASH if row[0] is None else convert_row(float(row[0]), *row[1:], "mm")[0]
        calculators.append(
            (
                Cell(text(c.get("label"))),
                Cell(value),
                Cell(text(c.get("limit"))),
                Cell(text(c.get("status")), badge=True),
                Cell(text(c.get("explanation"))),
            )
        )
    blocks.append(Table(tuple(calculators), ("calculator", "value", "limit / band", "status", "why")))
    for e in feas.get("input_errors") or []:
        blocks.append(Note("Input error", f"{text(e.get('field'))}: {text(e.get('message'))}"))
    return Section("Decision — every calculator", tuple(blocks))


def _outputs_section(a: RunArtifact) -> Section:
    tp = a.outputs.toolpaths
    rows: list[tuple[str, Any]] = []
    if tp:
        ext = tp.get("extents") or {}
        rows += [
            (
                "Extents",
                f"X {ext.get('xmin')}–{ext.get('xmax')}  Y {ext.get('ymin')}–{ext.get('ymax')}  "
                f"Z {ext.get('zmin')}–{ext.get('zmax')} mm",
            ),
            ("Path length", f"feed {tp.get('feed_length_mm')} mm, rapid {tp.get('rapid_length_mm')} mm"),
            ("Estimated time", f"{tp.get('estimated_time_s')} s"),
            ("Cuts × passes", f"{text(tp.get('cuts'))} × {text(tp.get('passes'))}"),
            ("G-code", f"{tp.get('line_count')} lines, {tp.get('dialect')}"),
        ]
    if a.outputs.gcode_path:
        rows.append(("G-code file", a.outputs.gcode_path))
    elif a.outputs.gcode_text is not None:
        rows.append(("G-code", f"stored in the artifact ({len(a.outputs.gcode_text)} characters)"))
    return Section("Outputs", (Table(_rows(rows), empty="No G-code (nothing was generated)."),))


def _records_sections(status: str, reviews: Sequence[dict], exports: Sequence[dict]) -> tuple[Section, Section]:
    review_rows = tuple(
        (
            Cell(local_time(r.get("created_at_utc"))),
            Cell(text(r.get("reviewer")) + (f" ({reviewed_on(r['station'])})" if r.get("station") else "")),
            Cell(disposition_word(r.get("disposition"))),
            Cell(text(r.get("note"))),
        )
        for r in reviews
    )
    awaiting = " — this BLOCKED run awaits review." if status == "BLOCKED" else "."
    export_rows = tuple(
        (
            Cell(local_time(x.get("created_at_utc"))),
            Cell(text(x.get("destination"))),
            Cell(text(x.get("file_name"))),
            Cell("verified" if x.get("verified") else f"FAILED: {text(x.get('error'))}"),
        )
        for x in exports
    )
    return (
        Section(
            "Reviews",
            (Table(review_rows, ("when", "reviewer", "disposition", "note"), empty=f"None recorded{awaiting}"),),
        ),
        Section(
            "Exports",
            (Table(export_rows, ("when", "destination", "file", "result"), empty="None recorded."),),
        ),
    )


def describe_run(
    artifact: RunArtifact,
    artifact_sha256: str,
    reviews: Sequence[dict[str, Any]] = (),
    exports: Sequence[dict[str, Any]] = (),
    *,
    path: str | None = None,
    archive_name: str | None = None,
    from_archive: bool = False,
) -> RunDescription:
    """One run with its review and export records. `path`: the artifact file as listed; `archive_name`: the
    archive holding it, when archived (`from_archive`: read from that zip)."""
    a = artifact
    req = a.request_summary if isinstance(a.request_summary, dict) else {}
    hashes = [*a.hashes.model_dump().items(), ("request_sha256", a.request_sha256), ("artifact file", artifact_sha256)]
    reviews_section, exports_section = _records_sections(a.status, reviews, exports)
    return RunDescription(
        headline=(
            Cell(a.status, badge=True),
            Cell("risk"),
            Cell(str(a.decision.risk_level), badge=True),
            Cell(f"score {text(a.decision.score)}"),
        ),
        sections=(
            _run_section(a, path, archive_name, from_archive),
            _decision_section(a),
            Section("Request", (Table(_rows(sorted(req.items())), ("field", "value")),)),
            _outputs_section(a),
            Section(
                "Hashes (SHA-256)",
                (Table(tuple((Cell(k), Cell(text(v), code=bool(v))) for k, v in hashes)),),
            ),
            reviews_section,
            exports_section,
        ),
        run_id=a.run_id,
    )


def describe_unreadable(path: str, problem: str | None) -> RunDescription:
    """A run file that cannot be read: listed, so nothing is silently skipped."""
    return RunDescription(
        headline=(Cell("UNREADABLE", badge=True), Cell("file")),
        sections=(
            Section(
                "",
                (
                    Table(_rows([("File", path), ("Why", problem)])),
                    Note(
                        "",
                        "The file is listed so nothing is silently skipped. Run rmos audit verify to see whether "
                        "it was recorded and then damaged.",
                    ),
                ),
            ),
        ),
    )
