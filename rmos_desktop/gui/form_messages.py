"""What the job form says at its fields: the core's errors, the allowed range a RED row names, and focus on
the field to fix. A mixin of JobForm (its `errors`, `limits`, `edits`, `touched` and cut kind)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from rmos_desktop.core.jobs import FieldError
from rmos_desktop.core.units import BASE_UNIT, Quantity, Units, convert_limit, unit_label
from rmos_desktop.report.core_texts import core_text, join_texts, mark_text
from rmos_desktop.report.units_text import honest_text

# A bound without a unit in a core field message ("must be ≥ 0.001"): the number is in the field's base unit.
_BARE_BOUND = re.compile(r"(?P<op>[≥≤<>]=?\s*)(?P<num>-?\d+(?:\.\d+)?)(?![\d.]|\s*[A-Za-z/])")


def field_quantity(key: str) -> Quantity | None:
    """What a number field holds (its unit follows the workstation's units); None for counts and text."""
    name = key.rsplit(".", 1)[-1]
    if name == "rpm":
        return "rpm"
    if name == "feed_mm_min":
        return "feed"
    if name.endswith("_mm"):
        return "length"
    return None


def field_message(message: str, key: str, units: Units) -> str:
    """A core message about field `key` (always millimetres) as an inch form shows it: every `<n> mm` and
    every bare bound (`must be ≥ 0.001`) in inches, the bound's millimetres kept beside it so nothing is rounded
    into its limit unseen. Unchanged in a millimetre form and for fields without a length or feed."""
    if units == "mm" or not message:
        return message
    quantity = field_quantity(key)
    if quantity is None or quantity == "rpm":
        return honest_text(message, units)
    base = BASE_UNIT[quantity]

    def bound(m: re.Match[str]) -> str:
        shown = convert_limit(m["num"], base, units)
        return f"{m['op']}{shown} {unit_label(quantity, units)} ({m['num']} {base})"

    return _BARE_BOUND.sub(bound, honest_text(message, units))


def cut_key(kind: str, key: str) -> str:
    """The form's key for a cut field of one kind (kinds share names such as x_mm)."""
    return f"cut[{kind}].{key}"


class FieldMessages:
    # -- errors --------------------------------------------------------------------------------------
    def _error_key(self, field: str) -> str:
        if field.startswith("cut."):
            field = cut_key(self.cut_kind(), field.split(".", 1)[1])
        if field in self.errors:
            return field
        top = field.split(".", 1)[0]
        if top in ("cut", "stock") and top in self.errors:
            return top
        return ""

    def show_errors(self, errors: Iterable[FieldError], notices: Iterable[str] = ()) -> None:
        by_key: dict[str, list[str]] = {}
        form_level = list(notices)
        for err in errors:
            key = self._error_key(err.field)
            if key and err.message == "field required" and key not in self.touched:
                continue  # an untouched empty field of a new job is not an error yet
            units = getattr(self, "units", "mm")
            if key:
                exact = key == err.field or key == cut_key(self.cut_kind(), err.field.split(".", 1)[-1])
                why = self.unit_errors.get(key) if units != "mm" else None
                # what an inch form could not read says what works; else the core's message in the form's units;
                # either in the interface language
                message = why if why and exact else field_message(err.message, key, units)
                by_key.setdefault(key, []).append(core_text(message if exact else f"{err.field}: {message}"))
            else:
                form_level.append(core_text(honest_text(str(err), units)))
        for key, label in self.errors.items():
            messages = by_key.get(key)
            label.setText(join_texts(messages) if messages else "")
            label.setVisible(bool(messages))
            edit = self.edits.get(key)
            if edit is not None and edit.property("invalid") != bool(messages):
                edit.setProperty("invalid", bool(messages))
                edit.style().unpolish(edit)
                edit.style().polish(edit)
        self.form_error.setText("\n".join(form_level))
        self.form_error.setVisible(bool(form_level))

    def _form_key(self, field: str) -> str:
        return cut_key(self.cut_kind(), field.split(".", 1)[1]) if field.startswith("cut.") else field

    def show_limits(self, marks: dict) -> None:
        """Beside each field a RED or UNKNOWN row names, the allowed range (`field_limits.field_marks`); an
        UNKNOWN mark waits until the field was touched, like "field required"."""
        shown = {}
        for field, mark in marks.items():
            key = self._form_key(field)
            if key in self.limits and (mark.red or key in self.touched):
                shown[key] = mark_text(mark.text)
        for key, label in self.limits.items():
            text = shown.get(key, "")
            if label.text() != text:
                label.setText(("→ " + text) if text else "")
            label.setVisible(bool(text))

    def limit_text(self, field: str) -> str:
        label = self.limits.get(self._form_key(field))
        return label.text().removeprefix("→ ") if label is not None and not label.isHidden() else ""

    def focus_field(self, field: str) -> bool:
        """Put the cursor in `field` (a request field name such as `rpm` or `cut.count`) and select its text."""
        key = self._form_key(field)
        widget = self.edits.get(key) or {"tool_id": self.blade, "material": self.material}.get(key)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def error_text(self, key: str) -> str:
        """The message shown at a field (`rpm`, `cut.count` for the current cut kind, `stock.width_mm`)."""
        if key.startswith("cut."):
            key = cut_key(self.cut_kind(), key.split(".", 1)[1])
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""
