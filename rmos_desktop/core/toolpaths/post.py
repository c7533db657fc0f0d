"""Post-processors: planned cuts → G-code for GRBL or LinuxCNC, byte-for-byte deterministic.

Conventions (reference "G-code conventions", FreeCAD's grbl/linuxcnc preambles): a header comment
naming tool, material, machine, request hash and app version (no timestamp, no run id); units, absolute
mode and plane; retract to safe Z; `S… M3` and the profile's spin-up dwell; per pass a rapid to the
cut start, a plunge at the plunge feed, the cut at the job's feed (an explicit F before the first feed
move, and whenever the feed changes), a retract to safe Z; `M5` and program end. ASCII only.
The move list is recorded while writing, each move with the G-code line it came from.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rmos_desktop import __version__
from rmos_desktop.core.catalog import Blade, MachineProfile, Material
from rmos_desktop.core.jobs import JobRequest
from rmos_desktop.core.toolpaths.moves import FEED, PLUNGE, RAPID, RETRACT, MoveList
from rmos_desktop.core.toolpaths.opplan import Plan


@dataclass(frozen=True)
class Dialect:
    name: str
    preamble: tuple[str, ...]
    postamble: tuple[str, ...]


DIALECTS = {
    "grbl": Dialect("grbl", ("G21 G90 G17 G94",), ("M5", "M30")),
    "linuxcnc": Dialect("linuxcnc", ("G21 G90 G17 G94 G40 G49 G80 G54",), ("M5", "M2")),
}


@dataclass(frozen=True)
class Program:
    gcode_text: str
    moves: MoveList
    dialect: str
    line_count: int


def coord(value: float) -> str:
    """Three decimals, never "-0.000"."""
    text = f"{value:.3f}"
    return "0.000" if text == "-0.000" else text


def word_num(value: float) -> str:
    """A feed, speed or dwell: trailing zeros trimmed (6000, 1.5)."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def comment_text(text: str) -> str:
    """Make text safe inside a G-code comment: ASCII only, no parentheses or line breaks."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.replace("(", "[").replace(")", "]").replace(";", ",")
    text = "".join(ch if 32 <= ord(ch) < 127 else " " for ch in text)
    return " ".join(text.split())[:120]


def header_lines(
    request: JobRequest,
    blade: Blade,
    material: Material,
    machine: MachineProfile,
    request_sha256: str,
    plan: Plan,
    app_version: str,
) -> list[str]:
    lines = [
        f"(RMOS Desktop {comment_text(app_version)} - {machine.dialect} post)",
        f"(tool {comment_text(blade.tool_id)} - {comment_text(blade.name)} - D{word_num(blade.diameter_mm)}"
        f" {blade.teeth}T kerf {word_num(blade.kerf_mm)})",
        f"(material {comment_text(material.id)} - machine {comment_text(machine.id)})",
    ]
    if request.job_name or request.order_ref:
        parts = []
        if request.job_name:
            parts.append(f"job {comment_text(request.job_name)}")
        if request.order_ref:
            parts.append(f"order {comment_text(request.order_ref)}")
        lines.append(f"({' - '.join(parts)})")
    lines.append(f"(request sha256 {request_sha256})")
    lines.append(
        f"({plan.cut_kind}: {plan.cut_count} cuts x {plan.passes} passes, depth {coord(plan.depth_mm)},"
        f" rpm {word_num(request.rpm)}, feed {word_num(request.feed_mm_min)})"
    )
    return lines


def generate_gcode(
    plan: Plan,
    *,
    request: JobRequest,
    blade: Blade,
    material: Material,
    machine: MachineProfile,
    request_sha256: str,
    app_version: str = __version__,
) -> Program:
    dialect = DIALECTS[machine.dialect]
    lines: list[str] = header_lines(request, blade, material, machine, request_sha256, plan, app_version)
    lines.extend(dialect.preamble)
    moves = MoveList()
    add_line = lines.append
    add_move = moves.append
    rapid_rate = machine.rapid_mm_min

    safe_s = coord(plan.safe_z_mm)
    safe_z = float(safe_s)
    modal_feed: float | None = None

    # The machine's position is unknown until the program sets each axis; like the parser, the first
    # move takes the first values the program gives X and Y (the first cut's start).
    first = next(plan.segments())
    x, y, z = float(coord(first.x0)), float(coord(first.y0)), safe_z
    add_line(f"G0 Z{safe_s}")
    add_move(RAPID, x, y, z, rapid_rate, len(lines))
    add_line(f"S{word_num(request.rpm)} M3")
    if machine.spinup_dwell_s > 0:
        add_line(f"G4 P{word_num(machine.spinup_dwell_s)}")

    plunge_s = word_num(machine.plunge_feed_mm_min)
    plunge_f = float(plunge_s)
    feed_s = word_num(request.feed_mm_min)
    feed_f = float(feed_s)
    z_words = [coord(-d) for d in plan.pass_depths_mm]
    z_values = [float(w) for w in z_words]
    retract_line = f"G0 Z{safe_s}"

    for seg in plan.segments():
        xs_s, ys_s, xe_s, ye_s = coord(seg.x0), coord(seg.y0), coord(seg.x1), coord(seg.y1)
        xs, ys, xe, ye = float(xs_s), float(ys_s), float(xe_s), float(ye_s)
        rapid_line = f"G0 X{xs_s} Y{ys_s}"
        cut_word = f"G1 X{xe_s} Y{ye_s}"
        for z_s, zc in zip(z_words, z_values, strict=True):
            # rapid to the cut start at safe Z
            add_line(rapid_line)
            add_move(RAPID, xs, ys, z, rapid_rate, len(lines))
            # plunge
            if modal_feed != plunge_f:
                add_line(f"G1 Z{z_s} F{plunge_s}")
                modal_feed = plunge_f
            else:
                add_line(f"G1 Z{z_s}")
            add_move(PLUNGE, xs, ys, zc, plunge_f, len(lines))
            # the cut
            if modal_feed != feed_f:
                add_line(f"{cut_word} F{feed_s}")
                modal_feed = feed_f
            else:
                add_line(cut_word)
            add_move(FEED, xe, ye, zc, feed_f, len(lines))
            # retract
            add_line(retract_line)
            add_move(RETRACT, xe, ye, safe_z, rapid_rate, len(lines))
            x, y, z = xe, ye, safe_z
    lines.extend(dialect.postamble)
    text = "\n".join(lines) + "\n"
    return Program(gcode_text=text, moves=moves, dialect=dialect.name, line_count=len(lines))
