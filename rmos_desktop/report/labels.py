"""The fixed words of a run description (core.runs.describe) as translatable texts: section titles, row labels,
table headers and empty-table notes. The core writes them in English; the renderers (detail pane, PDF) look them
up here in the interface language. Values, ids, hashes, request field names and status words stay verbatim.
tests/gui/test_i18n.py fails when describe gains a label that is missing here."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "RunDescription"

LABELS = (
    # section titles
    QT_TRANSLATE_NOOP("RunDescription", "Run"),
    QT_TRANSLATE_NOOP("RunDescription", "Decision — every calculator"),
    QT_TRANSLATE_NOOP("RunDescription", "Request"),
    QT_TRANSLATE_NOOP("RunDescription", "Outputs"),
    QT_TRANSLATE_NOOP("RunDescription", "Hashes (SHA-256)"),
    QT_TRANSLATE_NOOP("RunDescription", "Reviews"),
    QT_TRANSLATE_NOOP("RunDescription", "Exports"),
    # row labels
    QT_TRANSLATE_NOOP("RunDescription", "Created"),
    QT_TRANSLATE_NOOP("RunDescription", "Tool"),
    QT_TRANSLATE_NOOP("RunDescription", "Material"),
    QT_TRANSLATE_NOOP("RunDescription", "Machine"),
    QT_TRANSLATE_NOOP("RunDescription", "Job / order"),
    QT_TRANSLATE_NOOP("RunDescription", "Operator"),
    QT_TRANSLATE_NOOP("RunDescription", "Workstation"),
    QT_TRANSLATE_NOOP("RunDescription", "App version"),
    QT_TRANSLATE_NOOP("RunDescription", "Catalog"),
    QT_TRANSLATE_NOOP("RunDescription", "Policy"),
    QT_TRANSLATE_NOOP("RunDescription", "Artifact file"),
    QT_TRANSLATE_NOOP("RunDescription", "Extents"),
    QT_TRANSLATE_NOOP("RunDescription", "Path length"),
    QT_TRANSLATE_NOOP("RunDescription", "Estimated time"),
    QT_TRANSLATE_NOOP("RunDescription", "Cuts × passes"),
    QT_TRANSLATE_NOOP("RunDescription", "G-code"),
    QT_TRANSLATE_NOOP("RunDescription", "G-code file"),
    QT_TRANSLATE_NOOP("RunDescription", "File"),
    QT_TRANSLATE_NOOP("RunDescription", "Why"),
    # note labels
    QT_TRANSLATE_NOOP("RunDescription", "Archived"),
    QT_TRANSLATE_NOOP("RunDescription", "Why it was blocked"),
    QT_TRANSLATE_NOOP("RunDescription", "Error"),
    QT_TRANSLATE_NOOP("RunDescription", "Warnings"),
    QT_TRANSLATE_NOOP("RunDescription", "Warnings acknowledged by"),
    QT_TRANSLATE_NOOP("RunDescription", "Input error"),
    QT_TRANSLATE_NOOP("RunDescription", "Units"),
    QT_TRANSLATE_NOOP("RunDescription", "Values in inches; the record is in millimetres."),
    # table headers
    QT_TRANSLATE_NOOP("RunDescription", "calculator"),
    QT_TRANSLATE_NOOP("RunDescription", "value"),
    QT_TRANSLATE_NOOP("RunDescription", "limit / band"),
    QT_TRANSLATE_NOOP("RunDescription", "status"),
    QT_TRANSLATE_NOOP("RunDescription", "why"),
    QT_TRANSLATE_NOOP("RunDescription", "field"),
    QT_TRANSLATE_NOOP("RunDescription", "when"),
    QT_TRANSLATE_NOOP("RunDescription", "reviewer"),
    QT_TRANSLATE_NOOP("RunDescription", "disposition"),
    QT_TRANSLATE_NOOP("RunDescription", "note"),
    QT_TRANSLATE_NOOP("RunDescription", "destination"),
    QT_TRANSLATE_NOOP("RunDescription", "file"),
    QT_TRANSLATE_NOOP("RunDescription", "result"),
    # headline words and empty tables
    QT_TRANSLATE_NOOP("RunDescription", "risk"),
    QT_TRANSLATE_NOOP("RunDescription", "copy"),
    QT_TRANSLATE_NOOP("RunDescription", "None."),
    QT_TRANSLATE_NOOP("RunDescription", "None recorded."),
    QT_TRANSLATE_NOOP("RunDescription", "None recorded — this BLOCKED run awaits review."),
    QT_TRANSLATE_NOOP("RunDescription", "No G-code (nothing was generated)."),
)


def label(text: str) -> str:
    """A fixed word of the description in the interface language (unchanged when it has no translation)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def fill(text: str, *args: object) -> str:
    """Put args into a translated text's %1, %2, … in one pass (as QString::arg does), so a value that itself
    contains "%2" is never filled in again."""
    return re.sub(r"%([1-9])", lambda m: str(args[int(m[1]) - 1]) if int(m[1]) <= len(args) else m[0], text)
