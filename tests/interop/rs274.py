"""Run LinuxCNC's standalone interpreter `rs274` (Debian package linuxcnc-uspace) on a program and compare
its canonical machining commands with the app's own parser (core/toolpaths/gcode_parser.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rmos_desktop.core.toolpaths.gcode_parser import parse_gcode
from rmos_desktop.core.toolpaths.moves import FEED, PLUNGE

DEB = "linuxcnc-uspace"
TOOL_TABLE = "T1 P1 D160 ;saw blade (the programs call no tool; rs274 wants a table)\n"
_CANON = re.compile(r"^\s*\d+\s+N\S*\s+([A-Z0-9_]+)\((.*)\)\s*$")
_MOTION = {"STRAIGHT_TRAVERSE", "STRAIGHT_FEED", "ARC_FEED"}
_AXIS_WORD = re.compile(r"([XYZ])\s*[-+]?(?:\d+\.?\d*|\.\d+)", re.I)
_COMMENT = re.compile(r"\([^)]*\)|;.*$")


def rs274_path() -> str | None:
    return shutil.which("rs274")


@dataclass
class Interpreted:
    """rs274's reading of a program: its motions (command, end point, feed) and everything it complained of."""

    motions: list[tuple[str, float, float, float, float | None]] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    spindle: list[float] = field(default_factory=list)


def interpret(gcode: str, workdir: Path | None = None) -> Interpreted:
    exe = rs274_path()
    assert exe, f"rs274 missing: install the Debian package {DEB}"
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        folder = Path(tmp)
        (folder / "tool.tbl").write_text(TOOL_TABLE, encoding="ascii")
        (folder / "in.ngc").write_text(gcode, encoding="ascii")
        for _ in range(2):
            proc = subprocess.run(
                [exe, "-g", "-t", "tool.tbl", "in.ngc", "out.txt"],
                cwd=folder,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
                stdin=subprocess.DEVNULL,
            )
            # rs274 itself was seen killed by SIGBUS (-7) once on a heavily loaded machine: a crash of the tool,
            # not a verdict on the program; run it once more. An exit status >= 0 is its answer either way.
            if proc.returncode >= 0:
                break
        out = (folder / "out.txt").read_text(encoding="utf-8", errors="replace")
    result = Interpreted()
    if proc.returncode != 0:
        result.messages.append(f"exit status {proc.returncode}")
    # rs274 prints "executing" on stderr for every program; anything else there is an interpreter message.
    result.messages += [ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip() not in ("", "executing")]
    feed: float | None = None
    for line in out.splitlines():
        m = _CANON.match(line)
        if not m:
            if line.strip():
                result.messages.append(f"unreadable canonical line: {line}")
            continue
        name, args = m.group(1), [a.strip() for a in m.group(2).split(",")]
        if name == "MESSAGE":
            result.messages.append(line.strip())
        elif name == "SET_FEED_RATE":
            feed = float(args[0])
        elif name == "SET_SPINDLE_SPEED":
            result.spindle.append(float(args[-1]))
        elif name in ("STRAIGHT_TRAVERSE", "STRAIGHT_FEED"):
            x, y, z = (float(a) for a in args[:3])
            result.motions.append((name, x, y, z, None if name == "STRAIGHT_TRAVERSE" else feed))
        elif name == "ARC_FEED":  # XY plane: first end, second end, centre x, centre y, turn, axis end
            result.motions.append((name, float(args[0]), float(args[1]), float(args[5]), feed))
    return result


@dataclass
class Comparison:
    motions: int
    max_difference_mm: float
    max_feed_difference: float
    problems: list[str]


def compare(gcode: str, rapid_mm_min: float = 20000.0) -> Comparison:
    """rs274's motions against the app parser's moves (one motion per G-code line; an arc's last segment is its
    end). Axes the program has not set yet are skipped: rs274 starts at 0, the app at each axis's first value."""
    theirs = interpret(gcode)
    parsed = parse_gcode(gcode, rapid_mm_min=rapid_mm_min)
    problems = list(theirs.messages)
    problems += [f"app parser: line {p.line}: {p.reason}" for p in parsed.problems]
    a = parsed.moves.arrays()
    ours: list[tuple[int, int, float, float, float, float]] = []  # line, kind, x, y, z, feed
    for i in range(len(parsed.moves)):
        row = (int(a["line"][i]), int(a["kind"][i]), float(a["x"][i]), float(a["y"][i]), float(a["z"][i]))
        row = (*row, float(a["feed"][i]))
        if ours and ours[-1][0] == row[0]:
            ours[-1] = row  # the same line (arc segments): its last end point
        else:
            ours.append(row)
    if len(ours) != len(theirs.motions):
        problems.append(f"{len(theirs.motions)} motions in rs274, {len(ours)} in the app's parser")
    lines = gcode.splitlines()
    known: set[str] = set()
    max_diff = max_feed = 0.0
    for (line_no, kind, x, y, z, feed), (name, tx, ty, tz, tfeed) in zip(ours, theirs.motions, strict=False):
        known |= {w.upper() for w in _AXIS_WORD.findall(_COMMENT.sub("", lines[line_no - 1]))}
        for axis, mine, other in (("X", x, tx), ("Y", y, ty), ("Z", z, tz)):
            if axis in known:
                max_diff = max(max_diff, abs(mine - other))
        rapid = name == "STRAIGHT_TRAVERSE"
        if rapid != (kind not in (FEED, PLUNGE)):
            problems.append(f"line {line_no}: rs274 {name}, app kind {kind}")
        if not rapid:
            max_feed = max(max_feed, abs(feed - (tfeed if tfeed is not None else float("nan"))))
    return Comparison(len(theirs.motions), max_diff, max_feed, problems)
