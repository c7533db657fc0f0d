"""The job form: widgets bound to JobRequest fields. It builds the raw request Generate will send and
shows the core's field errors at the fields; it never validates on its own (one source of truth).

Field ranges are the request's physical bounds, enforced by the core, not safety limits: an rpm above the
blade's maximum must be enterable so the risk panel can show the hazard. Any field may be left empty.
"""

from __future__ import annotations

import itertools
import json
import math
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.catalog import Catalog
from rmos_desktop.core.units import (
    Quantity,
    Units,
    UnitsError,
    exact_text,
    parse_exact,
    to_display_exact,
    unit_label,
)
from rmos_desktop.gui.flow_layout import FlowLayout
from rmos_desktop.gui.form_messages import FieldMessages, cut_key, field_quantity

# The labels and units of these tables are shown through translate("JobForm", …); QT_TRANSLATE_NOOP marks them
# for pyside6-lupdate under that context (a text given by a variable is invisible to it).
MM = QT_TRANSLATE_NOOP("JobForm", "mm")
# (key, label, unit, kind) per cut kind; kind "f" float, "i" integer
CUT_FIELDS: dict[str, list[tuple[str, str, str, str]]] = {
    "line": [
        ("x0_mm", QT_TRANSLATE_NOOP("JobForm", "Start X"), MM, "f"),
        ("y0_mm", QT_TRANSLATE_NOOP("JobForm", "Start Y"), MM, "f"),
        ("x1_mm", QT_TRANSLATE_NOOP("JobForm", "End X"), MM, "f"),
        ("y1_mm", QT_TRANSLATE_NOOP("JobForm", "End Y"), MM, "f"),
    ],
    "kerf_array": [
        ("x_mm", QT_TRANSLATE_NOOP("JobForm", "Start X"), MM, "f"),
        ("y_mm", QT_TRANSLATE_NOOP("JobForm", "Start Y"), MM, "f"),
        ("length_mm", QT_TRANSLATE_NOOP("JobForm", "Kerf length"), MM, "f"),
        ("pitch_mm", QT_TRANSLATE_NOOP("JobForm", "Pitch (+Y)"), MM, "f"),
        ("count", QT_TRANSLATE_NOOP("JobForm", "Number of kerfs"), "", "i"),
    ],
    "fret_slots": [
        ("x_mm", QT_TRANSLATE_NOOP("JobForm", "Slot start X"), MM, "f"),
        ("y_mm", QT_TRANSLATE_NOOP("JobForm", "Nut at Y"), MM, "f"),
        ("scale_length_mm", QT_TRANSLATE_NOOP("JobForm", "Scale length"), MM, "f"),
        ("frets", QT_TRANSLATE_NOOP("JobForm", "Frets"), "", "i"),
        ("slot_length_mm", QT_TRANSLATE_NOOP("JobForm", "Slot length"), MM, "f"),
    ],
}
# How a person names each field (the "not ready" banner lists what is still empty).
FIELD_LABELS = {
    "tool_id": QT_TRANSLATE_NOOP("JobForm", "blade"),
    "material": QT_TRANSLATE_NOOP("JobForm", "material"),
    "machine": QT_TRANSLATE_NOOP("JobForm", "machine"),
    "rpm": QT_TRANSLATE_NOOP("JobForm", "spindle rpm"),
    "feed_mm_min": QT_TRANSLATE_NOOP("JobForm", "feed"),
    "depth_mm": QT_TRANSLATE_NOOP("JobForm", "depth"),
    "cut.x0_mm": QT_TRANSLATE_NOOP("JobForm", "start X"),
    "cut.y0_mm": QT_TRANSLATE_NOOP("JobForm", "start Y"),
    "cut.x1_mm": QT_TRANSLATE_NOOP("JobForm", "end X"),
    "cut.y1_mm": QT_TRANSLATE_NOOP("JobForm", "end Y"),
    "cut.x_mm": QT_TRANSLATE_NOOP("JobForm", "start X"),
    "cut.y_mm": QT_TRANSLATE_NOOP("JobForm", "start Y"),
    "cut.length_mm": QT_TRANSLATE_NOOP("JobForm", "kerf length"),
    "cut.pitch_mm": QT_TRANSLATE_NOOP("JobForm", "pitch"),
    "cut.count": QT_TRANSLATE_NOOP("JobForm", "number of kerfs"),
    "cut.scale_length_mm": QT_TRANSLATE_NOOP("JobForm", "scale length"),
    "cut.frets": QT_TRANSLATE_NOOP("JobForm", "frets"),
    "cut.slot_length_mm": QT_TRANSLATE_NOOP("JobForm", "slot length"),
    "stock.length_mm": QT_TRANSLATE_NOOP("JobForm", "stock length"),
    "stock.width_mm": QT_TRANSLATE_NOOP("JobForm", "stock width"),
    "stock.thickness_mm": QT_TRANSLATE_NOOP("JobForm", "stock thickness"),
}
CUT_LABELS = {
    "line": QT_TRANSLATE_NOOP("JobForm", "Line"),
    "kerf_array": QT_TRANSLATE_NOOP("JobForm", "Kerf array"),
    "fret_slots": QT_TRANSLATE_NOOP("JobForm", "Fret slots"),
}
NUMBER_FIELDS = [
    ("rpm", QT_TRANSLATE_NOOP("JobForm", "Spindle"), QT_TRANSLATE_NOOP("JobForm", "rpm")),
    ("feed_mm_min", QT_TRANSLATE_NOOP("JobForm", "Feed"), QT_TRANSLATE_NOOP("JobForm", "mm/min")),
    ("depth_mm", QT_TRANSLATE_NOOP("JobForm", "Depth"), MM),
    ("stepdown_mm", QT_TRANSLATE_NOOP("JobForm", "Stepdown"), MM),
]
STOCK_FIELDS = [
    ("length_mm", QT_TRANSLATE_NOOP("JobForm", "Length (X)"), MM),
    ("width_mm", QT_TRANSLATE_NOOP("JobForm", "Width (Y)"), MM),
    ("thickness_mm", QT_TRANSLATE_NOOP("JobForm", "Thickness"), MM),
]
TEXT_FIELDS = [
    ("job_name", QT_TRANSLATE_NOOP("JobForm", "Job name")),
    ("order_ref", QT_TRANSLATE_NOOP("JobForm", "Order")),
    ("notes", QT_TRANSLATE_NOOP("JobForm", "Notes")),
]
translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts


def field_label(key: str) -> str:
    """How a person names a request field in the interface language ("blade", "start X"); the key itself for a
    field without a name."""
    label = FIELD_LABELS.get(key)
    return translate("JobForm", label) if label else key


KNOWN_KEYS = {
    "tool_id",
    "material",
    "machine",
    "rpm",
    "feed_mm_min",
    "depth_mm",
    "stepdown_mm",
    "stock",
    "cut",
    "job_name",
    "order_ref",
    "notes",
}


def parse_number(text: str, kind: str) -> Any:
    """The value a typed text stands for: a number when it is one, else the text itself, so the core
    reports `must be a number` at the field. A comma is read as a decimal point."""
    t = text.strip().replace(",", ".")
    try:
        if kind == "i" and t.lstrip("+-").isdigit():
            return int(t)
        value = float(t)
    except ValueError:
        return text
    if not math.isfinite(value):
        return text  # never hand NaN to the request; the core names the text instead
    return value


def parse_field(text: str, quantity: Quantity, units: Units) -> tuple[Any, str]:
    """A unit field's typed text as the request's millimetre value (exact conversion, then the nearest float),
    and "" — or the text itself and why it is not a value, so the core names the field."""
    try:
        return float(parse_exact(text, quantity, units)), ""
    except UnitsError as exc:
        return text, str(exc)


def _english_rpm(text: str) -> str:
    """A spindle speed typed with the unit the form shows beside the field in the interface language
    ("12000 U/min", "12000 tr/min") as the core reads it ("12000 rpm")."""
    shown = translate("JobForm", "rpm")
    stripped = text.strip()
    if shown != "rpm" and stripped.casefold().endswith(shown.casefold()):
        return stripped[: -len(shown)].rstrip() + " rpm"
    return text


def show_field(value: Any, quantity: Quantity | None, units: Units) -> str:
    """A request's (millimetre) value as the field shows it in `units`: the shortest decimal that reads back
    as the very same millimetre float (20 mm is 0.7874015748031495 in, not the float nearest 20/25.4, which
    reads back as 20.000000000000004), so loading a file or switching units never drifts."""
    if quantity is None or units == "mm" or isinstance(value, bool) or not isinstance(value, int | float):
        return show_value(value)
    if not math.isfinite(value):
        return show_value(value)
    shown = exact_text(value, quantity, units)
    if parse_field(shown, quantity, units)[0] == value:
        return shown
    exact = to_display_exact(value, quantity, units)
    for places in range(1, 40):
        text = _decimal(round(exact, places))
        if parse_field(text, quantity, units)[0] == value:
            return text
    return shown  # not reached for finite floats of a field's range


def _decimal(value: Fraction) -> str:
    """A Fraction with a terminating decimal expansion (a rounded value) as plain decimal text."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole, rest = divmod(value.numerator, value.denominator)
    digits = ""
    while rest:
        rest *= 10
        digit, rest = divmod(rest, value.denominator)
        digits += str(digit)
    return sign + str(whole) + ("." + digits if digits else "")


def show_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return json.dumps(value, ensure_ascii=False)[:200]
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


class JobForm(FieldMessages, QWidget):
    """Edits one job. Emits sig_changed on every edit; `raw_request()` is exactly what Generate sends."""

    sig_changed = Signal()
    """Any field changed (typing, picking, switching the cut kind, loading a job)."""

    def __init__(self, catalog: Catalog, *, default_machine: str = "default", parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.default_machine = default_machine
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.limits: dict[str, QLabel] = {}  # the allowed range beside a field a RED/UNKNOWN row names
        self.touched: set[str] = set()  # fields the user has edited; only these say "field required"
        self.units: Units = "mm"  # how lengths and feeds are typed and shown; the request is always mm
        self.unit_labels: dict[str, QLabel] = {}  # the unit beside each length/feed field
        self.unit_errors: dict[str, str] = {}  # field key -> why its text is not a value (inch form)
        self._loading = False
        self._build()
        self.new_job()

    # -- construction --------------------------------------------------------------------------------
    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setProperty("role", "fieldError")
        label.setWordWrap(True)
        label.hide()
        label.setObjectName(f"error:{key}")
        self.errors[key] = label
        return label

    def _limit_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setProperty("role", "fieldLimit")
        label.setWordWrap(True)
        label.hide()
        label.setObjectName(f"limit:{key}")
        self.limits[key] = label
        return label

    def _edit(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field:{key}")
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._changed)  # typing and programmatic setText alike
        edit.textChanged.connect(lambda *_: self._touch(key))
        self.edits[key] = edit
        return edit

    def _add_row(self, grid: QGridLayout, row: int, key: str, label: str, unit: str, placeholder: str = "") -> int:
        lab = QLabel(translate("JobForm", label))
        edit = self._edit(key, placeholder)
        lab.setBuddy(edit)
        grid.addWidget(lab, row, 0)
        grid.addWidget(edit, row, 1)
        if unit:
            u = QLabel(translate("JobForm", unit))
            u.setProperty("role", "unit")
            u.setObjectName(f"unit:{key}")
            grid.addWidget(u, row, 2)
            if field_quantity(key) not in (None, "rpm"):
                self.unit_labels[key] = u
        grid.addWidget(self._error_label(key), row + 1, 1, 1, 2)
        grid.addWidget(self._limit_label(key), row + 2, 1, 1, 2)
        return row + 3

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.form_error = QLabel()
        self.form_error.setProperty("role", "fieldError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        outer.addWidget(self.form_error)
        for box in (self._tool_box(), self._cutting_box(), self._cut_box(), self._stock_box(), self._job_box()):
            outer.addWidget(box)
        outer.addStretch(1)
        self._fill_catalog()
        self._set_tab_order()

    def _tool_box(self) -> QGroupBox:
        tool = QGroupBox(self.tr("Blade, material, machine"))
        g = QGridLayout(tool)
        self.blade = QComboBox()
        self.blade.setObjectName("field:tool_id")
        self.blade_info = QLabel()
        self.blade_info.setProperty("role", "hint")
        self.blade_info.setWordWrap(True)
        self.material = QComboBox()
        self.material.setObjectName("field:material")
        self.machine = QComboBox()
        self.machine.setObjectName("field:machine")
        for label, combo, key in (
            (self.tr("Blade"), self.blade, "tool_id"),
            (self.tr("Material"), self.material, "material"),
            (self.tr("Machine"), self.machine, "machine"),
        ):
            # a long catalog name must not set the form's width: the combo shrinks and elides
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._changed)
            combo.currentIndexChanged.connect(lambda *_, k=key: self._touch(k))
            r = g.rowCount()
            lab = QLabel(label)
            lab.setBuddy(combo)
            g.addWidget(lab, r, 0)
            g.addWidget(combo, r, 1, 1, 2)
            extra = [self.blade_info] if combo is self.blade else []
            extra += [self._error_label(key)] + ([self._limit_label(key)] if combo is self.blade else [])
            for i, widget in enumerate(extra, 1):
                g.addWidget(widget, r + i, 1, 1, 2)
        self.blade.currentIndexChanged.connect(self._update_blade_info)
        g.setColumnStretch(1, 1)
        return tool

    def _cutting_box(self) -> QGroupBox:
        cutting = QGroupBox(self.tr("Cutting"))
        g = QGridLayout(cutting)
        row = 0
        for key, label, unit in NUMBER_FIELDS:
            row = self._add_row(g, row, key, label, unit, self.tr("empty: one pass") if key == "stepdown_mm" else "")
        g.setColumnStretch(1, 1)
        return cutting

    def _cut_box(self) -> QGroupBox:
        cut_box = QGroupBox(self.tr("Cut"))
        v = QVBoxLayout(cut_box)
        kinds = QWidget()
        flow = FlowLayout(kinds, spacing=10)  # the three kinds wrap in a narrow form
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for i, kind in enumerate(CUT_FIELDS):
            button = QRadioButton(translate("JobForm", CUT_LABELS[kind]))
            button.setObjectName(f"cutkind:{kind}")
            self.kind_group.addButton(button, i)
            self.kind_buttons[kind] = button
            flow.addWidget(button)
        v.addWidget(kinds)
        v.addWidget(self._error_label("cut"))
        self.cut_stack = QStackedWidget()
        for kind, fields in CUT_FIELDS.items():
            page = QWidget()
            pg = QGridLayout(page)
            pg.setContentsMargins(0, 0, 0, 0)
            row = 0
            for key, label, unit, _ in fields:
                row = self._add_row(pg, row, cut_key(kind, key), label, unit)
            pg.setColumnStretch(1, 1)
            self.cut_stack.addWidget(page)
        v.addWidget(self.cut_stack)
        self.kind_group.idToggled.connect(self._kind_toggled)
        return cut_box

    def _stock_box(self) -> QGroupBox:
        stock = QGroupBox(self.tr("Stock (optional)"))
        g = QGridLayout(stock)
        g.addWidget(self._error_label("stock"), 0, 1, 1, 2)
        row = 1
        for key, label, unit in STOCK_FIELDS:
            row = self._add_row(g, row, f"stock.{key}", label, unit)
        g.setColumnStretch(1, 1)
        return stock

    def _job_box(self) -> QGroupBox:
        about = QGroupBox(self.tr("Job"))
        g = QGridLayout(about)
        row = 0
        for key, label in TEXT_FIELDS:
            row = self._add_row(g, row, key, label, "")
        g.setColumnStretch(1, 1)
        return about

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.blade, self.material, self.machine]
        chain += [self.edits[k] for k, _, _ in NUMBER_FIELDS]
        chain += list(self.kind_buttons.values())
        for kind, fields in CUT_FIELDS.items():
            chain += [self.edits[cut_key(kind, k)] for k, *_ in fields]
        chain += [self.edits[f"stock.{k}"] for k, *_ in STOCK_FIELDS]
        chain += [self.edits[k] for k, _ in TEXT_FIELDS]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _fill_catalog(self) -> None:
        self._loading = True
        try:
            self.blade.clear()
            self.blade.addItem(self.tr("— choose a blade —"), None)
            for b in self.catalog.blades.values():
                self.blade.addItem(f"{b.tool_id} — {b.name}", b.tool_id)
                self.blade.setItemData(self.blade.count() - 1, b.summary, Qt.ItemDataRole.ToolTipRole)
            self.material.clear()
            self.material.addItem(self.tr("— choose a material —"), None)
            for m in self.catalog.materials.values():
                self.material.addItem(f"{m.name} ({m.id})", m.id)
            self.machine.clear()
            for m in self.catalog.machines.values():
                self.machine.addItem(f"{m.name} ({m.id})", m.id)
        finally:
            self._loading = False

    # -- state ---------------------------------------------------------------------------------------
    def set_catalog(self, catalog: Catalog) -> None:
        raw = self.raw_request()
        self.catalog = catalog
        self._fill_catalog()
        self.load_request(raw)

    def _touch(self, key: str) -> None:
        if not self._loading:
            self.touched.add(key)

    def touch_all(self) -> None:
        """From now on every empty required field says so (after Generate, or a loaded file)."""
        self.touched.update(self.errors)

    def _changed(self, *_: Any) -> None:
        if not self._loading:
            self.sig_changed.emit()

    def _kind_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.cut_stack.setCurrentIndex(button_id)
            self._changed()

    def _update_blade_info(self) -> None:
        tool_id = self.blade.currentData()
        blade = self.catalog.blade(tool_id) if tool_id else None
        self.blade_info.setText(blade.summary if blade else (self.tr("not in the catalog") if tool_id else ""))

    def cut_kind(self) -> str:
        return list(CUT_FIELDS)[max(0, self.kind_group.checkedId())]

    def set_cut_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    @staticmethod
    def _select(combo: QComboBox, value: Any, missing_label: str) -> None:
        if value is None:
            combo.setCurrentIndex(0 if combo.itemData(0) is None else -1)
            return
        i = combo.findData(value)
        if i < 0:
            combo.addItem(f"{show_value(value)} ({missing_label})", value)
            i = combo.count() - 1
        combo.setCurrentIndex(i)

    def select_blade(self, tool_id: str | None) -> None:
        self._select(self.blade, tool_id, self.tr("not in the catalog"))

    def select_material(self, material: str | None) -> None:
        self._select(self.material, material, self.tr("not in the catalog"))

    def select_machine(self, machine: str | None) -> None:
        self._select(self.machine, machine, self.tr("not in the catalog"))

    def new_job(self) -> None:
        self._loading = True
        try:
            for edit in self.edits.values():
                edit.clear()
            self.select_blade(None)
            self.select_material(None)
            self.select_machine(self.default_machine if self.catalog.machine(self.default_machine) else None)
            if self.machine.currentIndex() < 0 and self.machine.count():
                self.machine.setCurrentIndex(0)
            self.set_cut_kind("line")
            self.touched.clear()
            self.show_errors([])
        finally:
            self._loading = False
        self._update_blade_info()
        self.sig_changed.emit()

    def raw_request(self) -> dict[str, Any]:
        """Exactly what Generate sends: every filled-in field, typed text kept where it is not a number."""
        raw: dict[str, Any] = {}
        if self.blade.currentData() is not None:
            raw["tool_id"] = self.blade.currentData()
        if self.material.currentData() is not None:
            raw["material"] = self.material.currentData()
        if self.machine.currentData() is not None:
            raw["machine"] = self.machine.currentData()
        self.unit_errors = {}
        for key, _, _ in NUMBER_FIELDS:
            text = self.edits[key].text()
            if text.strip():
                raw[key] = self._number(key, key, text, "f")
        kind = self.cut_kind()
        cut: dict[str, Any] = {"kind": kind}
        for key, _, _, num_kind in CUT_FIELDS[kind]:
            text = self.edits[cut_key(kind, key)].text()
            if text.strip():
                cut[key] = self._number(cut_key(kind, key), key, text, num_kind)
        raw["cut"] = cut
        stock = {}
        for key, _, _ in STOCK_FIELDS:
            text = self.edits[f"stock.{key}"].text()
            if text.strip():
                stock[key] = self._number(f"stock.{key}", key, text, "f")
        if stock:
            raw["stock"] = stock
        for key, _ in TEXT_FIELDS:
            text = self.edits[key].text()
            if text.strip():
                raw[key] = text.strip()
        return raw

    def _number(self, form_key: str, name: str, text: str, kind: str) -> Any:
        quantity = field_quantity(name)
        if quantity is None:
            return parse_number(text, kind)
        if quantity == "rpm":
            text = _english_rpm(text)
        value, why = parse_field(text, quantity, self.units)
        if why:
            self.unit_errors[form_key] = why
        edit = self.edits.get(form_key)
        if edit is not None and quantity != "rpm":
            # what the request gets, in the record's unit (an inch form sends millimetres)
            base = "mm/min" if quantity == "feed" else "mm"
            tip = "" if why or self.units == "mm" else self.tr("sent as %s %s") % (show_value(value), base)
            if edit.toolTip() != tip:
                edit.setToolTip(tip)
        return value

    def set_units(self, units: Units) -> None:
        """Show and take lengths and feeds in `units` ("mm" or "in"): the unit beside each field changes and
        every filled-in value is shown again in the new unit (the same millimetre value, exactly)."""
        units = "in" if units == "in" else "mm"
        for key, label in self.unit_labels.items():
            label.setText(unit_label(field_quantity(key) or "length", units))
        if units == self.units:
            return
        values = {key: self._field_value(key) for key in self.unit_labels}
        self.units = units
        self._loading = True
        try:
            for key, value in values.items():
                if value is not None:
                    self.edits[key].setText(show_field(value, field_quantity(key), units))
                    self.edits[key].setCursorPosition(0)  # a long inch value shows its first digits
        finally:
            self._loading = False
        self.sig_changed.emit()

    def _field_value(self, key: str) -> Any:
        text = self.edits[key].text()
        if not text.strip():
            return None
        quantity = field_quantity(key)
        value, _ = parse_field(text, quantity, self.units) if quantity else (text, "")
        return value  # a text that is not a value stays as typed

    def load_request(self, raw: dict[str, Any]) -> list[str]:
        """Fill the form from a job (a loaded file). Every value is shown, valid or not, so the core's
        errors appear at the fields; returns notices about keys the form cannot hold."""
        notices = []
        self._loading = True
        try:
            for edit in self.edits.values():
                edit.clear()
            self.select_blade(raw.get("tool_id"))
            self.select_material(raw.get("material"))
            self.select_machine(raw.get("machine", self.default_machine))
            for key, _, _ in NUMBER_FIELDS:
                self.edits[key].setText(show_field(raw.get(key), field_quantity(key), self.units))
            cut = raw.get("cut")
            if isinstance(cut, dict):
                kind = cut.get("kind") if cut.get("kind") in CUT_FIELDS else "line"
                if cut.get("kind") not in CUT_FIELDS:
                    notices.append(
                        self.tr("cut.kind %s is not one of line, kerf_array, fret_slots") % show_value(cut.get("kind"))
                    )
                self.set_cut_kind(kind)
                names = {k for k, *_ in CUT_FIELDS[kind]}
                for key in names:
                    self.edits[cut_key(kind, key)].setText(show_field(cut.get(key), field_quantity(key), self.units))
                extra = sorted(set(cut) - names - {"kind"})
                if extra:
                    notices.append(self.tr("cut: ignored unknown field(s) %s") % ", ".join(map(str, extra)))
            elif cut is not None:
                notices.append(self.tr("cut must be an object; it was ignored"))
            stock = raw.get("stock")
            if isinstance(stock, dict):
                for key, _, _ in STOCK_FIELDS:
                    self.edits[f"stock.{key}"].setText(show_field(stock.get(key), field_quantity(key), self.units))
            for key, _ in TEXT_FIELDS:
                value = raw.get(key)
                self.edits[key].setText(value if isinstance(value, str) else show_value(value))
            unknown = sorted(k for k in raw if k not in KNOWN_KEYS and k != "feasibility")
            if unknown:
                notices.append(self.tr("ignored unknown field(s): %s") % ", ".join(map(str, unknown)))
            if "feasibility" in raw:
                notices.append(self.tr("the file's own feasibility was ignored; the app computes its own"))
        finally:
            self._loading = False
        for edit in self.edits.values():
            edit.setCursorPosition(0)  # a long inch value shows its first digits
        self.touch_all()  # a loaded file's gaps are shown at once
        self._update_blade_info()
        self.sig_changed.emit()
        return notices
