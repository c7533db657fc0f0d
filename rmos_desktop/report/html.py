"""The one HTML rendering of a run description (rmos_desktop.core.runs.describe), for Qt's rich text: the
history's detail pane shows it in a QTextBrowser, the PDF report lays it out on pages. The description's fixed
words (titles, labels, headers) appear in the interface language (report.labels), and so do the calculators'
labels, limits and explanations and the block reason (report.core_texts); ids, hashes and requests stay verbatim."""

from __future__ import annotations

import html

from rmos_desktop.core.runs.describe import Cell, Note, RunDescription, Table
from rmos_desktop.report.core_texts import core_text, label_text, value_text
from rmos_desktop.report.labels import label

CALCULATOR_HEADER = ("calculator", "value", "limit / band", "status", "why")
# the calculators' own words per column, in the interface language (English: exactly as recorded)
CALCULATOR_COLUMNS = {0: label_text, 1: value_text, 2: core_text, 4: core_text}
CORE_NOTES = {"Why it was blocked", "Warnings"}  # notes whose text is the core's own sentences

# Background and text colour per level; contrast ≥ 4.5:1 for the text on its background (the GUI theme uses
# these too, so a level looks the same on screen and on paper).
LEVEL_COLOURS = {
    "GREEN": ("#1b6e34", "#ffffff"),
    "YELLOW": ("#f5c400", "#000000"),
    "RED": ("#b71c1c", "#ffffff"),
    "UNKNOWN": ("#4a4a78", "#ffffff"),
    "NA": ("#d9d9d9", "#333333"),
    "OK": ("#1b6e34", "#ffffff"),
    "BLOCKED": ("#b71c1c", "#ffffff"),
    "ERROR": ("#6a1b9a", "#ffffff"),
}


def esc(value: object) -> str:
    return html.escape(str(value))


def badge(word: str) -> str:
    """A status or risk word on its level's colours."""
    bg, fg = LEVEL_COLOURS.get(word, LEVEL_COLOURS["UNKNOWN"])
    return f'<span style="background:{bg}; color:{fg}; font-weight:bold;">&nbsp;{esc(word)}&nbsp;</span>'


def cell_html(cell: Cell, copy_scheme: str | None = None) -> str:
    if cell.badge:
        return badge(cell.text)
    if cell.code:
        shown = f"<tt>{esc(cell.text)}</tt>"
        if copy_scheme:  # <a href="copy:<text>"> puts <text> on the clipboard (the detail pane)
            shown += f' &nbsp;<a href="{copy_scheme}:{esc(cell.text)}">{esc(label("copy"))}</a>'
        return shown
    return esc(cell.text)


def table_html(table: Table, copy_scheme: str | None = None) -> str:
    if not table.rows:
        return f"<p>{esc(label(table.empty))}</p>"
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;">']
    if table.header:
        out.append(
            "<tr>" + "".join(f'<th align="left" bgcolor="#dedede">{esc(label(h))}</th>' for h in table.header) + "</tr>"
        )
    calculators = tuple(table.header) == CALCULATOR_HEADER
    for row in table.rows:
        cells = [cell_html(c, copy_scheme) for c in row]
        if calculators:
            for col, shown in CALCULATOR_COLUMNS.items():
                if col < len(row) and not (row[col].badge or row[col].code):
                    cells[col] = esc(shown(row[col].text))
        if not table.header and len(row) == 2 and not (row[0].badge or row[0].code):
            cells[0] = esc(label(row[0].text))  # a label / value table: the label is one of the fixed words
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def note_html(note: Note) -> str:
    head = f"<b>{esc(label(note.label))}:</b> " if note.label else ""
    style = " style='background:#dce8fb; padding:6px;'" if note.highlight else ""
    text = core_text(note.text) if note.label in CORE_NOTES else note.text
    return f"<p{style}>{head}{esc(text)}</p>"


def description_html(
    desc: RunDescription, *, copy_scheme: str | None = None, title: str | None = None, closing: str | None = None
) -> str:
    """The whole run as one HTML document. `copy_scheme` adds copy links to ids and hashes (screen only);
    `title` and `closing` (plain text) frame it on paper."""
    parts = [f"<h1>{esc(title)}</h1>"] if title else []
    parts.append(
        "<h2>"
        + " &nbsp; ".join(cell_html(c) if c.badge or c.code else esc(label(c.text)) for c in desc.headline)
        + "</h2>"
    )
    for section in desc.sections:
        if section.title:
            parts.append(f"<h3>{esc(label(section.title))}</h3>")
        for block in section.blocks:
            parts.append(table_html(block, copy_scheme) if isinstance(block, Table) else note_html(block))
    if closing:
        parts.append(f"<p><small>{esc(closing)}</small></p>")
    return "<html><body>" + "".join(parts) + "</body></html>"
