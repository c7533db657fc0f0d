"""The core's texts in the interface language (report/core_texts.py): every label, limit, explanation, warning, block
reason and field error the core writes — for the examples, a fuzzed sample of requests and typed field input, in
millimetres and in inches — is read by an entry (so nothing stays English in German); English is unchanged byte
for byte; German reads German with decimal commas and every digit the core wrote; the risk panel and the job form
show it."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from rmos_desktop.core.assess import assess
from rmos_desktop.core.feasibility.engine import CALCULATORS
from rmos_desktop.core.resources import examples_dir
from rmos_desktop.core.units import Units
from rmos_desktop.gui.field_limits import field_marks
from rmos_desktop.gui.form_messages import field_message
from rmos_desktop.gui.i18n import install_translators
from rmos_desktop.gui.job_form import parse_field
from rmos_desktop.gui.risk_panel import RiskPanel
from rmos_desktop.report import core_texts
from rmos_desktop.report.core_texts import (
    SENTENCES,
    core_text,
    is_mark_read,
    is_read,
    label_text,
    local_number,
    mark_text,
    value_text,
)
from rmos_desktop.report.units_text import honest_text, row_texts
from tests.conftest import REPO, load_example
from tests.fuzz.strategies import controller_requests, mutated_requests, valid_requests

EXAMPLES = sorted(p.stem for p in examples_dir().glob("*.json"))
PLACEHOLDER = re.compile(r"%[1-9]")


def form_key(field: str) -> str:
    """The form's key a core field error is shown at (cut.x_mm → the cut's field; field_message reads its
    last part only)."""
    return field or "request"


def core_texts_of(raw, catalog, units: Units) -> list[str]:
    """Every text the core writes about `raw` as the GUI shows it in `units` before translating: each row's
    label, limit and explanation (the risk panel's own conversion), the warnings, the block reason and the
    field errors (as the job form shows them)."""
    a = assess(raw, catalog)
    texts = []
    for c in a.report.calculators:
        _value, limit, explanation = row_texts(c.value, c.unit, c.limit, c.explanation, units)
        texts += [c.label, limit, explanation]
    texts += [honest_text(w, units) for w in a.decision.warnings]
    if a.decision.block_reason:
        texts.append(honest_text(a.decision.block_reason, units))
    for err in a.parse.errors:
        texts.append(field_message(err.message, form_key(err.field), units))
        texts.append(honest_text(str(err), units))
    return [t for t in texts if t and t != "—"]


def unread(texts: list[str]) -> list[str]:
    return [t for t in texts if not is_read(t)]


def marks_of(raw, catalog, units: Units) -> list[str]:
    """The allowed ranges the job form shows beside the fields a RED or UNKNOWN row names."""
    a = assess(raw, catalog)
    kind = (raw.get("cut") or {}).get("kind") if isinstance(raw.get("cut"), dict) else None
    return [m.text for m in field_marks(a.report, kind if isinstance(kind, str) else "line", units).values()]


# -- coverage: nothing the core writes stays English ------------------------------------------------------------
def test_every_calculator_label_is_translatable():
    assert {m.LABEL for m in CALCULATORS} == set(core_texts.LABELS)


@pytest.mark.parametrize("units", ["mm", "in"])
@pytest.mark.parametrize("name", EXAMPLES)
def test_every_text_of_the_examples_is_read(catalog, name, units):
    texts = core_texts_of(load_example(name), catalog, units)
    assert len(texts) >= 24  # 12 rows, each a label, a limit or "—" and an explanation
    assert unread(texts) == []
    assert [core_text(t) for t in texts] == texts  # English: byte for byte what the core wrote
    marks = marks_of(load_example(name), catalog, units)
    assert [m for m in marks if not is_mark_read(m)] == []
    assert [mark_text(m) for m in marks] == marks


# Field input a person types or a file carries: letters, out of range, empty, zero, negative, exponents.
junk_numbers = st.sampled_from(
    ["abc", "", " ", "12,5", "1e3", "0", "-1", "1e-9", "0.0004", "100000.5", "1e300", "NaN", "7 furlongs", None, True]
) | st.floats(allow_nan=False, allow_infinity=False)
field_junk = st.fixed_dictionaries(
    {},
    optional={
        "tool_id": st.sampled_from(["saw:veneer_160", "saw:nope", "router:v_bit", "", "bad id!", 7]),
        "material": st.sampled_from(["hardwood", "unobtainium", ""]),
        "machine": st.sampled_from(["default", "linuxcnc", "mill9"]),
        "rpm": junk_numbers,
        "feed_mm_min": junk_numbers,
        "depth_mm": junk_numbers,
        "stepdown_mm": junk_numbers,
        "stock": st.sampled_from([{"length_mm": 100, "width_mm": 50, "thickness_mm": 2}, {"thickness_mm": "x"}, 5]),
        "cut": st.sampled_from(
            [
                {"kind": "line", "x0_mm": 0, "y0_mm": 0, "x1_mm": 0, "y1_mm": 0},
                {"kind": "spiral"},
                {"x0_mm": 1},
                {"kind": "kerf_array", "x_mm": 0, "y_mm": 0, "length_mm": 50, "pitch_mm": 0.01, "count": 10001},
                {"kind": "fret_slots", "x_mm": 1, "y_mm": 1, "scale_length_mm": 648, "frets": 1.5},
                "line",
            ]
        ),
        "job_name": st.sampled_from(["x" * 201, "nul\x00", 5]),
        "feasibility": st.just({"risk_level": "GREEN"}),
        "colour": st.just("red"),
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    raw=controller_requests() | valid_requests | mutated_requests() | field_junk, units=st.sampled_from(["mm", "in"])
)
def test_every_text_of_fuzzed_requests_is_read(catalog, raw, units):
    texts = core_texts_of(raw, catalog, units)
    assert unread(texts) == []
    assert [core_text(t) for t in texts] == texts
    marks = marks_of(raw, catalog, units)
    assert [m for m in marks if not is_mark_read(m)] == []
    assert [mark_text(m) for m in marks] == marks


@settings(max_examples=100, deadline=None)
@given(
    text=st.sampled_from(["abc", "", "1.2.3", "3 furlongs", "1/0", "9" * 30, "x" * 120, "1e999", "½ mm/min"])
    | st.text(max_size=12),
    quantity=st.sampled_from(["length", "feed", "rpm"]),
)
def test_every_message_of_an_inch_field_is_read(text, quantity):
    """What an inch form could not read (core/units.py's messages, shown at the field)."""
    _value, why = parse_field(text, quantity, "in")
    assert not why or is_read(why), why
    assert core_text(why) == why


def test_what_no_entry_reads_stays_as_written(german):
    assert not is_read("Something new at 1.5 mm")
    assert core_text("Something new at 1.5 mm") == "Something new at 1.5 mm"  # not even its decimal point
    mixed = "Blade speed 12000 rpm exceeds the blade's marked maximum 7000 rpm; the moon is full"
    shown = core_text(mixed)
    assert not is_read(mixed)
    assert shown.endswith("; the moon is full") and "Blade speed" not in shown and "12000" in shown


# -- German -----------------------------------------------------------------------------------------------------
def ts_texts(lang: str) -> dict[str, ET.Element]:
    """Source → <translation> of the CoreText context in the committed rmos_<lang>.ts."""
    root = ET.parse(REPO / "resources" / "i18n" / f"rmos_{lang}.ts").getroot()
    return {
        m.findtext("source"): m.find("translation")
        for ctx in root.iter("context")
        if ctx.findtext("name") == "CoreText"
        for m in ctx.iter("message")
    }


@pytest.fixture
def german(qapp):
    """The German interface (the shipped rmos_de.qm) and locale for one test; English comes back afterwards."""
    before = QLocale()
    assert install_translators(qapp, "de") == "de"
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.mark.parametrize("lang", ["de", "es", "fr"])
def test_every_entry_is_translated_with_its_placeholders(lang):
    """Every entry is in the .ts under CoreText, finished, with its placeholders (lupdate finds them all)."""
    texts = ts_texts(lang)
    sources = (
        [s for s, _ in SENTENCES]
        + list(core_texts.MARKS)
        + list(core_texts.LABELS)
        + list(core_texts.UNITS)
        + [core_texts.LIST_SEPARATOR]
    )
    assert len(sources) > 130
    assert [s for s in sources if s not in texts] == []
    for source in sources:
        translation = texts[source]
        assert translation.get("type") is None and (translation.text or "").strip(), source
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(PLACEHOLDER.findall(source)), source
    if lang == "fr":  # French puts a no-break space before ":" and ";"
        assert texts["Cannot check: %1"].text == "Vérification impossible\u00a0: %1"


def test_local_number_keeps_every_digit(german):
    assert local_number("10000.001") == "10000,001"
    assert local_number("-0.000123 and 12000") == "-0,000123 and 12000"  # never grouped, never rounded
    assert value_text("12000 rpm") == "12000 U/min"
    assert value_text("0.0123 mm/tooth") == "0,0123 mm/Zahn"
    assert value_text("—") == "—"
    # a tiny value in exponent form (core.numbers writes 3.9e-7) keeps its exponent
    assert (
        core_text("Every move stays inside the travel (2.99e-302 in to the nearest limit)")
        == "Jede Bewegung bleibt im Verfahrbereich (2,99e-302 in bis zur nächsten Grenze)"
    )


def test_a_red_example_reads_german_with_decimal_commas(german, catalog):
    a = assess(load_example("red-kerfcut-overspeed"), catalog)
    reason = a.decision.block_reason
    assert reason and a.blocked
    shown = core_text(reason)
    assert "exceeds" not in shown and "Sägeblatt" in shown
    # every number the core wrote is there, each digit, with a decimal comma
    for number in re.findall(r"\d+(?:\.\d+)?", reason):
        assert number.replace(".", ",") in shown, (number, shown)
    decimals = [n for c in a.report.calculators for n in re.findall(r"\d+\.\d+", c.explanation)]
    assert decimals, "the example should carry decimals"
    for c in a.report.calculators:
        german_text = core_text(c.explanation)
        assert german_text != c.explanation
        for number in re.findall(r"\d+\.\d+", c.explanation):
            assert number.replace(".", ",") in german_text
            assert number not in german_text
        assert label_text(c.label) != c.label


def test_inch_texts_read_german(german, catalog):
    raw = {**load_example("red-kerfcut-overspeed"), "depth_mm": 60.0}
    a = assess(raw, catalog)
    depth = next(c for c in a.report.calculators if c.id == "depth")
    _value, _limit, explanation = row_texts(depth.value, depth.unit, depth.limit, depth.explanation, "in")
    assert " in " in explanation
    shown = core_text(explanation)
    assert "Tiefe" in shown and " in " in shown and "." not in re.sub(r"[^\d.]", "", shown)


def test_the_risk_panel_shows_german_rows(german, catalog, qtbot):
    a = assess(load_example("red-kerfcut-overspeed"), catalog)
    panel = RiskPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show_report(a.report, a.decision, a.blocked)
    rows = panel.rows()
    red = next(r for r in rows if r[3] == "RED")
    assert red[0] == "Sägeblattdrehzahl"
    assert red[1] == "12000 U/min" and red[2] == "≤ 6300 (max. 7000)"
    assert (
        red[4]
        == "Sägeblattdrehzahl 12000 U/min überschreitet die auf dem Sägeblatt angegebene Höchstdrehzahl 7000 U/min"
    )
    assert all(r[0] != c.label for r, c in zip(rows, panel.ordered(a.report), strict=True))
    assert "exceeds" not in panel.banner.text()
    assert "Sägeblatt" in panel.banner.text()


def test_the_risk_panel_in_english_is_what_the_core_wrote(catalog, qtbot):
    a = assess(load_example("red-kerfcut-overspeed"), catalog)
    panel = RiskPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show_report(a.report, a.decision, a.blocked)
    by_label = {r[0]: r for r in panel.rows()}
    for c in a.report.calculators:
        row = by_label[c.label]
        assert row[2] == (c.limit or "—") and row[4] == c.explanation
    assert panel.banner.text().endswith(a.decision.block_reason)


def test_the_job_form_shows_german_field_errors(german, window, qtbot):
    from tests.gui.conftest import fill

    fill(window, qtbot, {**load_example("green-veneer-line"), "rpm": "abc", "depth_mm": 5000})
    assert window.form.error_text("rpm") == core_text("must be a number") != "must be a number"
    shown = window.form.error_text("depth_mm")
    assert shown.startswith("muss") and "1000" in shown


def test_the_job_form_shows_german_ranges_beside_the_fields(german, window, qtbot):
    from tests.gui.conftest import fill

    fill(window, qtbot, {**load_example("red-kerfcut-overspeed")})
    shown = window.form.limit_text("rpm")
    assert shown.startswith("Sägeblattdrehzahl ≤ 6300 (max. 7000) U/min für dieses Sägeblatt"), shown


def test_a_long_text_no_entry_reads_is_quick_and_stays_english():
    """Grouping the parts of a "; "-joined text is bounded: 40 unread problems do not try every grouping."""
    text = "Cannot judge this job, so it is treated as unsafe: " + "; ".join(f"k{i}: junk {i}" for i in range(40))
    start = time.perf_counter()
    shown = core_text(text)
    assert time.perf_counter() - start < 2.0
    assert shown == text and not is_read(text)


def test_every_problem_of_an_empty_job_reads_german(german, catalog):
    a = assess({"rpm": "abc", "cut": {"kind": "spiral"}, "stock": 5, "colour": "red"}, catalog)
    reason = a.decision.block_reason
    assert reason.count("; ") >= 5 and is_read(reason)
    shown = core_text(reason)
    assert shown.startswith("Dieser Auftrag kann nicht beurteilt werden und gilt daher als unsicher: ")
    assert "rpm: muss eine Zahl sein" in shown and "colour: unbekanntes Feld" in shown
    assert "field required" not in shown and "Pflichtfeld" in shown


def test_the_acknowledgement_lists_german_warnings(german, catalog, qtbot):
    from rmos_desktop.gui.prompts import acknowledgement_box

    a = assess(load_example("yellow-veneer-fast"), catalog)
    assert a.decision.warnings
    box, _ack = acknowledgement_box(None, list(a.decision.warnings))
    qtbot.addWidget(box)
    listed = box.informativeText()
    assert listed == "\n".join(f"• {core_text(w)}" for w in a.decision.warnings)
    assert all(core_text(w) != w for w in a.decision.warnings) and "Sägeblattdrehzahl" in listed


def test_a_blocked_generate_and_a_broken_job_file_read_german(german, window, qtbot, tmp_path):
    from tests.gui.conftest import fill, generate

    fill(window, qtbot, load_example("red-kerfcut-overspeed"))
    outcome = generate(window, qtbot)
    assert outcome.status == "BLOCKED"
    banner = window.panel.banner.text()
    assert "Sägeblattdrehzahl 12000 U/min überschreitet" in banner and "exceeds" not in banner
    broken = tmp_path / "broken.json"
    broken.write_text('{"rpm": 1, "rpm": 2}', encoding="utf-8")
    assert not window.open_job_file(broken)
    assert window.panel.banner.text().endswith(
        f'{broken} ist mehrdeutig: "rpm" steht zweimal darin; jeden Schlüssel nur einmal angeben'
    )


def test_the_run_description_reads_the_cores_sentences_in_the_interface_language(services, catalog, german):
    """The history's detail pane and the PDF report (one HTML rendering) show a BLOCKED run's calculator labels,
    explanations and block reason in German; English words of those sentences are gone, ids stay verbatim."""
    from rmos_desktop.core.hashing import sha256_bytes
    from rmos_desktop.core.pipeline import SafetyBlocked, rmos_toolpaths
    from rmos_desktop.core.runs.describe import describe_run
    from rmos_desktop.report.html import description_html

    with pytest.raises(SafetyBlocked) as blocked:
        rmos_toolpaths(load_example("red-kerfcut-overspeed"), recorder=services.recorder, catalog=catalog)
    run_id = blocked.value.detail["run_id"]
    store = services.recorder.store
    path = store.find_artifact(run_id)
    artifact = store.read_artifact(run_id)
    html = description_html(describe_run(artifact, sha256_bytes(path.read_bytes())))
    de = ts_texts("de")
    blade_speed = de["blade speed"].text
    assert blade_speed and blade_speed in html
    assert "exceeds the blade's marked maximum" not in html  # the explanation and the block reason, in German
    assert "7000" in html and run_id in html
