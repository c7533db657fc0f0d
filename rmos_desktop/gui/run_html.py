"""Small HTML pieces shared by the run report (PDF) and the history's detail pane: one run shown the same
way on paper and on screen."""

from __future__ import annotations

import html
from typing import Any

from rmos_desktop.gui.theme import LEVEL_COLOURS


def esc(value: Any) -> str:
    """Escaped text; empty or missing values show as a dash."""
    return html.escape("—" if value is None or value == "" else str(value))


def plain(value: Any) -> str:
    """A request or meta value as a person reads it (no Python reprs)."""
    if isinstance(value, dict):
        return ", ".join(f"{k} {plain(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(plain(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "—" if value is None else str(value)


def badge(word: str) -> str:
    """A status or risk word on its level's colours."""
    bg, fg = LEVEL_COLOURS.get(word, LEVEL_COLOURS["UNKNOWN"])
    return f'<span style="background:{bg}; color:{fg}; font-weight:bold;">&nbsp;{esc(word)}&nbsp;</span>'


def table(rows: list[list[str]], header: list[str] | None = None, *, cellpadding: int = 3) -> str:
    """A bordered full-width table of ready-made cell HTML, with an optional grey header row."""
    out = [
        f'<table border="1" cellspacing="0" cellpadding="{cellpadding}" width="100%" style="border-collapse:collapse;">'
    ]
    if header:
        out.append("<tr>" + "".join(f'<th align="left" bgcolor="#dedede">{esc(h)}</th>' for h in header) + "</tr>")
    out += ["<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows]
    out.append("</table>")
    return "".join(out)
