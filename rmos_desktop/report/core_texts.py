"""The core's English texts in the interface language, where the GUI shows them: the risk panel's calculator
labels, limits and explanations, the block reason and warnings built from them, and the parser's field errors.

The core, the command line, artifacts, logs and hashes stay English; only the text on screen is translated.
Each sentence the core writes has one entry below: its English source with `%1`…`%n` where the core puts a value
(the very f-string shape of rmos_desktop/core/feasibility/*.py, safety.py, jobs.py, jobfile.py, units.py). The
entry's regex is compiled from that source, so a sentence is read back exactly as the core wrote it; its values
are put into the translated template (context "CoreText"). A value keeps every digit the core wrote (a value is
never rounded into its limit) and only takes the locale's decimal sign, no grouping. Values carry their unit
(mm or in, m/s or ft/min: the GUI converts before it translates), so the patterns do not depend on the unit
system. A text no entry reads stays as the core wrote it (English), never garbled; in English the output is the
input, byte for byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from rmos_desktop.report.labels import fill

CONTEXT = "CoreText"

LABELS = (  # the calculators' labels (core/feasibility/*.py LABEL)
    QT_TRANSLATE_NOOP("CoreText", "blade speed"),
    QT_TRANSLATE_NOOP("CoreText", "rim speed"),
    QT_TRANSLATE_NOOP("CoreText", "bite"),
    QT_TRANSLATE_NOOP("CoreText", "depth"),
    QT_TRANSLATE_NOOP("CoreText", "power (est.)"),
    QT_TRANSLATE_NOOP("CoreText", "feed"),
    QT_TRANSLATE_NOOP("CoreText", "envelope"),
    QT_TRANSLATE_NOOP("CoreText", "direction"),
    QT_TRANSLATE_NOOP("CoreText", "cut length"),
    QT_TRANSLATE_NOOP("CoreText", "kerf pitch"),
    QT_TRANSLATE_NOOP("CoreText", "kerf / plate"),
    QT_TRANSLATE_NOOP("CoreText", "stock"),
)
UNITS = (  # unit words a language writes its own way (mm, in, m/s, ft/min, W stay as they are)
    QT_TRANSLATE_NOOP("CoreText", "rpm"),
    QT_TRANSLATE_NOOP("CoreText", "mm/tooth"),
    QT_TRANSLATE_NOOP("CoreText", "in/tooth"),
    QT_TRANSLATE_NOOP("CoreText", "mm/t"),
)
LIST_SEPARATOR = QT_TRANSLATE_NOOP("CoreText", "%1; %2")  # the core joins reasons and problems with "; "

# What each placeholder kind reads in the English text.
_NUM = r"-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|inf|nan)"
_UNIT = r"(?:mm/min|mm/tooth|mm/t|mm|m/s|in/min|in/tooth|in|ft/min)"
_KINDS = {
    "n": rf"{_NUM}(?: ?{_UNIT}(?![\w/]))?",  # a number with its unit, if any: its decimal sign follows the locale
    "v": r"(?:(?!; ).)+",  # a value text (a bound with its units, "0.00004 in (0.001 mm)"): numbers localised
    "t": r".+",  # a core text itself (a reason, a field's problem): translated in turn
    "w": r"(?:(?!; ).)+?",  # kept as written: names, ids, quoted input, exception names
    "q": r"“.*?”",  # what a person typed, in the quotes core/units.py puts around it (any text)
    "f": r"(?:(?!; ).)+?",  # a request field name (cut.count; a file's unknown key may be any text), kept as written
    "a": r"[XYZ]",  # an axis
    "s": r"[+-][XYZ]",  # a direction along an axis
}
_NUMBER = re.compile(r"(?<![\w.])(-?)(\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?![\w.])")
_NUMBER_UNIT = re.compile(rf"^(?P<num>{_NUM})(?P<sp> ?)(?P<unit>{_UNIT}|rpm)?$")

# (English source with %1…%n, the kind of each placeholder in order). The first entry that reads a text wins, so
# a specific shape comes before a general one ("the blade's band" before "%2's band").
SENTENCES: tuple[tuple[str, str], ...] = (
    # -- limits and bands (the "limit / band" column) --------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "≤ %1 (max %2)"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "%1–%2 (hard %3)"), "nnn"),
    (QT_TRANSLATE_NOOP("CoreText", "%1–%2 (red > %3)"), "nnn"),
    (QT_TRANSLATE_NOOP("CoreText", "≤ %1 (exposure %2)"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "≤ %1 W (usable %2 W)"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "≤ %1 (thickness)"), "n"),
    (QT_TRANSLATE_NOOP("CoreText", "> %1 (footprint)"), "n"),
    (QT_TRANSLATE_NOOP("CoreText", "> %1 (kerf)"), "n"),
    (QT_TRANSLATE_NOOP("CoreText", "≤ %1"), "n"),
    (QT_TRANSLATE_NOOP("CoreText", "≥ %1"), "n"),
    (QT_TRANSLATE_NOOP("CoreText", "X %1–%2, Y %3–%4, Z %5–%6"), "nnnnnn"),
    (QT_TRANSLATE_NOOP("CoreText", "along %1, cutting %2"), "as"),
    # -- blade speed ------------------------------------------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "Spindle speed %1 rpm exceeds the machine's maximum %2 rpm"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Blade speed %1 rpm exceeds the blade's marked maximum %2 rpm"), "nn"),
    (
        QT_TRANSLATE_NOOP("CoreText", "Blade speed %1 rpm is within 10 % of the blade's marked maximum %2 rpm"),
        "nn",
    ),
    (QT_TRANSLATE_NOOP("CoreText", "Blade speed %1 rpm is well under the blade's marked maximum %2 rpm"), "nn"),
    # -- rim speed (%2: the material's name, as the catalog writes it) ----------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "Rim speed %1 exceeds the %2 limit for saw blades"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Rim speed %1 is below %2's band: slow, rough cut"), "nw"),
    (QT_TRANSLATE_NOOP("CoreText", "Rim speed %1 is above %2's band: heat and burn marks"), "nw"),
    (QT_TRANSLATE_NOOP("CoreText", "Rim speed %1 is inside %2's band"), "nw"),
    # -- bite: against the blade's band, else the material's (%2: its name) -----------------------------------
    (
        QT_TRANSLATE_NOOP(
            "CoreText",
            "Bite %1 is over 1.5× the blade's maximum %2: tooth overload and kickback risk; "
            "lower the feed or raise the speed",
        ),
        "nn",
    ),
    (
        QT_TRANSLATE_NOOP(
            "CoreText",
            "Bite %1 is over 1.5× %2's maximum %3: tooth overload and kickback risk; lower the feed or raise the speed",
        ),
        "nwn",
    ),
    (QT_TRANSLATE_NOOP("CoreText", "Bite %1 is above the blade's band: heavy load on the teeth"), "n"),
    (QT_TRANSLATE_NOOP("CoreText", "Bite %1 is above %2's band: heavy load on the teeth"), "nw"),
    (QT_TRANSLATE_NOOP("CoreText", "Bite %1 is below the blade's band: the teeth rub, heat and burn the cut"), "n"),
    (QT_TRANSLATE_NOOP("CoreText", "Bite %1 is below %2's band: the teeth rub, heat and burn the cut"), "nw"),
    (QT_TRANSLATE_NOOP("CoreText", "Bite %1 is inside the blade's band"), "n"),
    (QT_TRANSLATE_NOOP("CoreText", "Bite %1 is inside %2's band"), "nw"),
    # -- depth --------------------------------------------------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "This blade's flange leaves no usable exposure: it cannot cut at any depth"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "Depth %1 is beyond the blade's exposure %2: the flange hits the work"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Depth %1 is within 20 % of the blade's exposure %2"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Depth %1 is well within the blade's exposure %2"), "nn"),
    # -- power --------------------------------------------------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "Estimated %1 W exceeds the spindle's usable %2 W: stall and kickback risk"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Estimated %1 W is over 80 % of the spindle's usable %2 W"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Estimated %1 W of the spindle's usable %2 W (an estimate)"), "nn"),
    # -- feed ---------------------------------------------------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "Feed %1 exceeds the machine's maximum %2"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Feed %1 is within the machine's maximum %2"), "nn"),
    # -- envelope (%1 of "Leaves…": the axes outside, joined by "; ") -------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "Leaves the machine's travel: %1"), "t"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 %2 is below the travel's %3"), "ann"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 %2 is beyond the travel's %3"), "ann"),
    (QT_TRANSLATE_NOOP("CoreText", "Every move stays inside the travel (%1 to the nearest limit)"), "n"),
    # -- direction ----------------------------------------------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "Every cut runs along %1, all in the %2 direction"), "as"),
    (
        QT_TRANSLATE_NOOP(
            "CoreText", "The cut is not parallel to the blade axis %1: a saw blade cuts only in its own plane"
        ),
        "a",
    ),
    # -- cut length ---------------------------------------------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "Slot of %1 is shorter than the blade's footprint %2 at this depth"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Blade centre travels %1; the kerf reaches %2 beyond it at each end"), "nn"),
    # -- kerf pitch ---------------------------------------------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "One cut: no pitch to check"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "Pitch %1 is not wider than the kerf %2: kerfs merge"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Closest fret spacing %1 is not wider than the kerf %2: kerfs merge"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Pitch %1 leaves %2 between kerfs"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Closest fret spacing %1 leaves %2 between kerfs"), "nn"),
    # -- kerf / plate -------------------------------------------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "Kerf %1 is too close to the plate %2: the plate binds in its own kerf"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Kerf %1 clears the plate %2"), "nn"),
    # -- stock --------------------------------------------------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "No stock given"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "Depth %1 is deeper than the %2 stock: the blade cuts into the spoilboard"), "nn"),
    (QT_TRANSLATE_NOOP("CoreText", "Depth %1 within the %2 stock"), "nn"),
    # -- the engine, the decision and the pipeline --------------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "Cannot check: %1"), "t"),
    (QT_TRANSLATE_NOOP("CoreText", "Calculator failed (%1); treated as unknown"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "Cannot judge this job, so it is treated as unsafe: %1"), "t"),
    (QT_TRANSLATE_NOOP("CoreText", "evaluation failed: %1"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "client-supplied feasibility was ignored; the app computed its own"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "the request is not a JSON object"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "the cut geometry could not be planned"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "router tools are not supported yet (%1); only saw blades"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "unknown blade %1 (not in the catalog)"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "unknown material %1 (not in the catalog)"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "unknown machine profile %1 (not in the catalog)"), "w"),
    # -- the parser's field errors (core/jobs.py) ---------------------------------------------------------------
    (QT_TRANSLATE_NOOP("CoreText", "%1: %2"), "ft"),  # a problem named by its field (field names stay)
    (QT_TRANSLATE_NOOP("CoreText", "field required"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "unknown field"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "must be ≤ %1"), "v"),
    (QT_TRANSLATE_NOOP("CoreText", "must be < %1"), "v"),
    (QT_TRANSLATE_NOOP("CoreText", "must be > %1"), "v"),
    (QT_TRANSLATE_NOOP("CoreText", "must be ≥ %1"), "v"),
    (QT_TRANSLATE_NOOP("CoreText", "must be a finite number"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "must be a number"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "must be a whole number"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "must be valid Unicode text"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "must not contain NUL characters"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "must be text"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "must be at most %1 characters"), "n"),
    (QT_TRANSLATE_NOOP("CoreText", "must not be empty"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "may only contain letters, digits and _ . : -"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "kind must be one of %1"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "kind required (one of %1)"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "must be an object"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "must be one of %1"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "the line has zero length (start and end are the same point)"), ""),
    (
        QT_TRANSLATE_NOOP(
            "CoreText", "%1 passes × %2 cuts = %3 cut passes, more than the %4 this app plans; use a larger stepdown"
        ),
        "nnnn",
    ),
    (QT_TRANSLATE_NOOP("CoreText", "the request must be a JSON object, not %1"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "the request could not be read: %1"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "the request is invalid"), ""),
    # -- what an inch form could not read (core/units.py; %1: the text typed, in quotes) -----------------------
    (QT_TRANSLATE_NOOP("CoreText", "enter a value"), ""),
    (QT_TRANSLATE_NOOP("CoreText", "too long for a number (at most %1 characters)"), "n"),
    (
        QT_TRANSLATE_NOOP("CoreText", "%1 has more than one decimal mark; type one, e.g. 1234.5 or 1234,5"),
        "q",
    ),
    (QT_TRANSLATE_NOOP("CoreText", "%1 has more than one decimal mark"), "q"),
    (QT_TRANSLATE_NOOP("CoreText", '%1 is not a number; type e.g. 12.5, 1/32, 3 1/2 or 1-1/2"'), "q"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is not a number; type e.g. 12.5 or 1/2"), "q"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is not a number; type e.g. 0.005 or 1/256"), "q"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is not a number"), "q"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is not a unit of length; use mm or in"), "q"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is not a unit of feed; use mm/min or in/min"), "q"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is not a unit of rpm; use rpm"), "q"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is too large"), "q"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 has too many digits"), "q"),
    (QT_TRANSLATE_NOOP("CoreText", "%1: a fraction's denominator must not be 0"), "q"),
    # -- job files that cannot be read (core/jobfile.py, gui/controller.py; %1: the file) ----------------------
    (QT_TRANSLATE_NOOP("CoreText", "%1 is not valid JSON: %2 at line %3, column %4"), "wwnn"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is ambiguous: %2 is given twice; give each key once"), "ww"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is nested too deeply to read"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is not a usable job: a number has too many digits"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is not valid JSON: %2"), "ww"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is a folder, not a job file"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is %2, not a job file (a job file must be a regular file)"), "ww"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 does not exist"), "w"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 cannot be read: %2"), "ww"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is larger than %2 bytes, the most a job file may be"), "wn"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 is not UTF-8 text (byte %2)"), "wn"),
    (QT_TRANSLATE_NOOP("CoreText", "%1 does not hold a job (a JSON object)."), "w"),
)


@dataclass(frozen=True)
class _Sentence:
    source: str
    kinds: str
    pattern: re.Pattern[str]


def _compile(source: str, kinds: str) -> _Sentence:
    """The regex that reads `source`'s English shape: its words literally, each %k as its kind reads it."""
    parts = re.split(r"%([1-9])", source)
    numbers = [int(p) for p in parts[1::2]]
    assert numbers == list(range(1, len(kinds) + 1)), f"{source!r}: placeholders out of order or kinds wrong"
    regex = "".join(re.escape(p) if i % 2 == 0 else f"({_KINDS[kinds[int(p) - 1]]})" for i, p in enumerate(parts))
    return _Sentence(source, kinds, re.compile(regex, re.DOTALL))


_COMPILED = tuple(_compile(source, kinds) for source, kinds in SENTENCES)
_LABEL_SET = frozenset(LABELS)
_UNIT_SET = frozenset(UNITS)


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


# -- numbers --------------------------------------------------------------------------------------------------
def local_number(text: str) -> str:
    """Every number of `text` as the locale writes it, every digit kept: the decimal sign and the minus sign
    are the locale's, nothing is grouped or rounded ("10000.001" → "10000,001" in German)."""
    locale = QLocale()
    point, minus = locale.decimalPoint(), locale.negativeSign()
    if point == "." and minus == "-":
        return text

    def swap(m: re.Match[str]) -> str:
        return (minus if m[1] else "") + m[2].replace(".", point)

    return _NUMBER.sub(swap, text)


def unit_text(unit: str) -> str:
    """A unit as the language writes it ("rpm" → "U/min"); units every language shares stay."""
    return _tr(unit) if unit in _UNIT_SET else unit


def value_text(text: str) -> str:
    """A value with its unit ("12000 rpm", "0.0123 mm/tooth", "0.4921 in") in the locale's decimal sign and
    the language's unit word."""
    m = _NUMBER_UNIT.match(text)
    if m is None:
        return local_number(text)
    return local_number(m["num"]) + m["sp"] + unit_text(m["unit"] or "")


def label_text(label: str) -> str:
    """A calculator's label ("blade speed") in the interface language."""
    return _tr(label) if label in _LABEL_SET else label


# -- sentences ------------------------------------------------------------------------------------------------
MAX_READS = 3000
"""Sentence readings one text may take. A text the core wrote is read in far fewer (a block reason of every
field's problem: a few hundred); a long text no entry reads stops here and stays English, instead of trying every
way of grouping its parts."""


class _Reader:
    """Reads one text: each part it reads is remembered, so a part met again (a nested text, another grouping)
    is read once."""

    def __init__(self) -> None:
        self.memo: dict[str, tuple[str, bool]] = {}
        self.sentences: dict[str, tuple[str, bool] | None] = {}
        self.reads = 0

    def value(self, kind: str, raw: str) -> tuple[str, bool]:
        if kind == "t":
            return self.text(raw)
        if kind == "n":
            return value_text(raw), True
        if kind == "v":
            return local_number(raw), True
        return raw, True

    def sentence(self, text: str) -> tuple[str, bool] | None:
        """The first entry that reads all of `text`, translated; with False when a text inside it was not read
        (it stays English there). None when no entry reads it."""
        if text in self.sentences:
            return self.sentences[text]
        self.reads += 1
        found = None
        if self.reads <= MAX_READS:
            for entry in _COMPILED:
                m = entry.pattern.fullmatch(text)
                if m is None:
                    continue
                values, complete = [], True
                for kind, raw in zip(entry.kinds, m.groups(), strict=True):
                    shown, ok = self.value(kind, raw)
                    values.append(shown)
                    complete = complete and ok
                rendered = fill(_tr(entry.source), *values)
                if complete:
                    found = (rendered, True)
                    break
                found = found or (rendered, False)
        self.sentences[text] = found
        return found

    def text(self, text: str) -> tuple[str, bool]:
        """`text` translated, and whether every part of it was read. A text the core joined with "; " (a block
        reason, the problems of an UNKNOWN job) is read as the longest runs of its parts that an entry reads (a
        sentence may itself hold "; "); a part no entry reads stays English."""
        if text not in self.memo:
            self.memo[text] = self._text(text)
        return self.memo[text]

    def _text(self, text: str) -> tuple[str, bool]:
        whole = self.sentence(text)
        if whole is not None and whole[1]:
            return whole
        parts = text.split("; ")
        if len(parts) == 1:
            return whole or (text, False)
        out: list[str] = []
        complete, i = True, 0
        while i < len(parts):
            for j in range(len(parts) - (1 if i == 0 else 0), i, -1):
                found = self.sentence("; ".join(parts[i:j]))
                if found is not None and found[1]:
                    out.append(found[0])
                    i = j
                    break
            else:
                out.append(parts[i])
                complete, i = False, i + 1
        if not complete and whole is not None:
            return whole
        return _join(out), complete


def _join(parts: list[str]) -> str:
    out = parts[0]
    for part in parts[1:]:
        out = fill(_tr(LIST_SEPARATOR), out, part)
    return out


def _text(text: str) -> tuple[str, bool]:
    return _Reader().text(text)


def core_text(text: str) -> str:
    """A core text (explanation, limit, block reason, warning, field error; already in the display units) in
    the interface language. What no entry reads stays English; in English it is `text` itself."""
    if not text:
        return text
    return _text(text)[0]


def is_read(text: str) -> bool:
    """Whether `text` is a label or every part of it is read by an entry (so in another language nothing of it
    stays English)."""
    return not text or text in _LABEL_SET or _text(text)[1]


def join_texts(texts: list[str]) -> str:
    """Texts side by side as the core joins them ("a; b"), with the language's separator."""
    return _join(texts) if texts else ""


# -- the allowed range beside a field (gui/field_limits.py builds it from a row's label and limit) ---------------
MARKS = (
    QT_TRANSLATE_NOOP("CoreText", "%1 %2 for this blade"),
    QT_TRANSLATE_NOOP("CoreText", "%1 %2 for this machine"),
    QT_TRANSLATE_NOOP("CoreText", "%1 %2"),
    QT_TRANSLATE_NOOP("CoreText", "needed for %1"),
)
_TAILS = {" for this blade": MARKS[0], " for this machine": MARKS[1]}
_UNIT_WORD = re.compile(r"^(?P<limit>.+) (?P<unit>rpm|W|mm/min|mm/tooth|mm|m/s|in/min|in/tooth|in|ft/min)$")


def _range_text(text: str) -> tuple[str, bool]:
    """One "blade speed ≤ 6300 (max 7000) rpm for this blade": the label, the limit (its unit after it) and the
    tail, each in the interface language."""
    label = max((lb for lb in LABELS if text.startswith(lb + " ")), key=len, default=None)
    if label is None:
        return text, False
    rest, template = text[len(label) + 1 :], MARKS[2]
    for tail, tail_template in _TAILS.items():
        if rest.endswith(tail):
            rest, template = rest[: -len(tail)], tail_template
    shown, ok = _text(rest)
    if not ok and (m := _UNIT_WORD.match(rest)) is not None:
        shown, ok = _text(m["limit"])
        shown = f"{shown} {unit_text(m['unit'])}"
    return fill(_tr(template), label_text(label), shown), ok


def _mark(text: str) -> tuple[str, bool]:
    if text.startswith("needed for "):
        labels = text.removeprefix("needed for ").split(", ")
        return fill(_tr(MARKS[3]), ", ".join(map(label_text, labels))), all(lb in _LABEL_SET for lb in labels)
    parts = [_range_text(part) for part in text.split("; ")]
    return _join([shown for shown, _ok in parts]), all(ok for _shown, ok in parts)


def mark_text(text: str) -> str:
    """What the job form shows beside a field a RED or UNKNOWN row names (`field_limits.field_marks`: "blade speed
    ≤ 6300 (max 7000) rpm for this blade", "needed for bite, power (est.)") in the interface language; a part not
    read stays as it was."""
    return _mark(text)[0] if text else text


def is_mark_read(text: str) -> bool:
    return not text or _mark(text)[1]
