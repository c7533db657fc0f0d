"""Languages: every text translated in every shipped language with its placeholders, the .qm built from the
.ts as committed, the dialogs in German (the longest) on the shop's screens, the PDF in the interface language,
and the command line locale-independent."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pydantic import ValidationError
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from rmos_desktop.core.settings import LANGUAGES, Settings, save_settings
from rmos_desktop.gui import i18n
from rmos_desktop.gui.i18n import fill, install_translators, local_datetime_text, resolve_language
from tests.conftest import REPO, load_example
from tests.gui import test_fit_history as fit_harness

I18N = REPO / "resources" / "i18n"
SHIPPED = [lang for lang in LANGUAGES if lang != "en"]
# The fit harness's fixtures (a shop's runs, the four shop screens), not its tests.
shop = fit_harness.shop
screen = fit_harness.screen
NUMERUS_FORMS = {"de": 2, "es": 2, "fr": 2}
DROPPED = ("vanished", "obsolete")  # what lupdate marks a text that left the code (update drops it)
PLACEHOLDER = re.compile(r"%L?n|%[1-9]|%s|\{\w+\}")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name"), m) for ctx in root.iter("context") for m in ctx.iter("message")]


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.fixture
def language(qapp):
    """Install a language for one test; English and the previous locale come back afterwards."""
    before = QLocale()

    def use(lang: str) -> str:
        return install_translators(qapp, lang)

    yield use
    install_translators(qapp, "en")
    QLocale.setDefault(before)


# -- the translation files -------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", SHIPPED)
def test_every_text_is_translated_with_its_placeholders(lang):
    found = messages(I18N / f"rmos_{lang}.ts")
    assert len(found) > 100, f"rmos_{lang}.ts holds only {len(found)} texts"
    root = ET.parse(I18N / f"rmos_{lang}.ts").getroot()
    assert root.get("language") == lang
    problems = []
    for context, m in found:
        source = m.findtext("source")
        translation = m.find("translation")
        where = f"{context}: {source[:60]!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if m.get("numerus") == "yes" else None
        if forms is not None and len(forms) != NUMERUS_FORMS[lang]:
            problems.append(f"{where} has {len(forms)} plural forms, {lang} needs {NUMERUS_FORMS[lang]}")
        for text in forms if forms is not None else [translation.text or ""]:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif placeholders(text) != placeholders(source):
                problems.append(f"{where}: {placeholders(text)} in {text!r}, the source has {placeholders(source)}")
    assert not problems, "\n".join(problems)


def test_the_placeholder_check_can_fail():
    assert placeholders("Archived %Ln run(s) from %1 day(s) into %2") == ["%1", "%2", "%Ln"]
    assert placeholders("%Ln Läufe aus Tagen archiviert in %2") != placeholders("Archived %Ln run(s) from %1 into %2")


def test_the_qm_files_are_built_from_the_committed_ts(tmp_path):
    """Rebuilt with pyside6-lrelease into a temp folder, each .qm is byte for byte the committed one."""
    for built in _build().release(tmp_path):
        committed = I18N / built.name
        assert committed.read_bytes() == built.read_bytes(), f"{committed.name} is stale: run packaging/i18n.py"


def _build():
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        import i18n as build  # packaging/i18n.py
    finally:
        sys.path.remove(str(REPO / "packaging"))
    return build


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """What `packaging/i18n.py update` finds: pyside6-lupdate over all of its SOURCES, into a new .ts."""
    build = _build()
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(lupdate).exists():
        lupdate = shutil.which("pyside6-lupdate") or pytest.skip("pyside6-lupdate is not installed (PyPI: pyside6)")
    files = build.python_files(list(build.SOURCES))
    subprocess.run([lupdate, *files, "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True)
    return fresh


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_ts_is_exactly_what_lupdate_finds(fresh_ts, lang):
    """No text kept by hand: every (context, source) of the committed .ts is one lupdate finds in the code, and
    every one it finds is there. A text the code looks up under a context lupdate cannot see (a variable passed
    to tr(), `window.tr("…")` in a module function) would be dropped by the next `update`, and the interface
    would fall back to English without a word."""
    wanted = {(c or "", m.findtext("source")) for c, m in messages(fresh_ts)}
    assert len(wanted) > 500
    committed = messages(I18N / f"rmos_{lang}.ts")
    have = {(c or "", m.findtext("source")) for c, m in committed}
    assert len(have) == len(committed), f"rmos_{lang}.ts holds a (context, source) twice"
    assert not wanted - have, f"rmos_{lang}.ts lacks {sorted(wanted - have)[:5]}: run packaging/i18n.py"
    assert not have - wanted, f"update would drop {sorted(have - wanted)[:5]} from rmos_{lang}.ts"
    kept = [(c, m.findtext("source")) for c, m in committed if m.find("translation").get("type") in DROPPED]
    assert not kept, f"rmos_{lang}.ts keeps texts no longer in the code: {kept[:5]}"


def test_the_exact_set_check_can_fail(tmp_path):
    """A hand-kept entry (a context lupdate does not give) and a vanished one are both told apart."""
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>MainWindow</name><message><source>&amp;File</source><translation>&amp;Datei</translation>"
        '</message><message><source>Old</source><translation type="vanished">Alt</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    found = messages(ts)
    assert {(c, m.findtext("source")) for c, m in found} == {("MainWindow", "&File"), ("MainWindow", "Old")}
    assert [m.findtext("source") for _, m in found if m.find("translation").get("type") in DROPPED] == ["Old"]


def test_update_re_uses_the_translation_of_a_text_whose_context_moved(tmp_path, capsys):
    """packaging/i18n.py update: a text now under another context keeps its finished translation (plurals
    too); a source translated two ways, or never, stays unfinished; a second update changes nothing."""
    if not (Path(sys.executable).parent / "pyside6-lupdate").exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip(reason="pyside6-lupdate is not installed (PyPI: pyside6)")
    build = _build()
    code = tmp_path / "moved.py"
    code.write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "translate = QCoreApplication.translate\n\n\n"
        "class Panel(QObject):\n"
        "    def texts(self, n):\n"
        '        return [self.tr("&File"), self.tr("%n run(s)", "", n), self.tr("Order"), self.tr("New")]\n\n\n'
        'LABEL = translate("MainWindow", "Main")\n',
        encoding="utf-8",
    )
    (tmp_path / "rmos_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n'
        "<context><name>w</name>"
        "<message><source>&amp;File</source><translation>&amp;Datei</translation></message>"
        "<message><source>Main</source><translation>Hauptleiste</translation></message>"
        "<message><source>Order</source><translation>Bestellung</translation></message></context>\n"
        "<context><name>JobsPanel</name>"
        "<message><source>Order</source><translation>Reihenfolge</translation></message>"
        '<message numerus="yes"><source>%n run(s)</source><translation><numerusform>%n Lauf</numerusform>'
        "<numerusform>%n Läufe</numerusform></translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    build.update([str(code)], folder=tmp_path)
    got = {(c, m.findtext("source")): m.find("translation") for c, m in messages(tmp_path / "rmos_de.ts")}
    assert set(got) == {("Panel", "&File"), ("Panel", "%n run(s)"), ("Panel", "Order"), ("Panel", "New"),
                        ("MainWindow", "Main")}  # fmt: skip
    assert (got["Panel", "&File"].text, got["Panel", "&File"].get("type")) == ("&Datei", None)
    assert (got["MainWindow", "Main"].text, got["MainWindow", "Main"].get("type")) == ("Hauptleiste", None)
    plural = got["Panel", "%n run(s)"]
    assert plural.get("type") is None and [f.text for f in plural.iter("numerusform")] == ["%n Lauf", "%n Läufe"]
    assert got["Panel", "Order"].get("type") == "unfinished"  # two translations before: a person chooses
    assert got["Panel", "New"].get("type") == "unfinished" and not got["Panel", "New"].text
    assert "rmos_de.ts: re-used for Panel: '&File' -> '&Datei'" in capsys.readouterr().out
    spanish = [m.find("translation").get("type") for _, m in messages(tmp_path / "rmos_es.ts")]
    assert spanish == ["unfinished"] * 5  # nothing to re-use
    before = (tmp_path / "rmos_de.ts").read_bytes()
    build.update([str(code)], folder=tmp_path)
    assert (tmp_path / "rmos_de.ts").read_bytes() == before


def _contexts_the_code_names() -> set[str]:
    """The contexts a text can be looked up under at run time: every class of the translated packages (tr()
    looks in the object's class, then its base classes: the MainWindow mixins' own names count) and every
    literal context of a translate() / QT_TRANSLATE_NOOP() call."""
    build = _build()
    names: set[str] = set()
    for file in build.python_files(list(build.SOURCES)):
        for node in ast.walk(ast.parse(Path(file).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if func in ("translate", "QT_TRANSLATE_NOOP") and isinstance(node.args[0].value, str):
                    names.add(node.args[0].value)
    return names


# Contexts that lupdate gives but no code looks up: `self.tr("…")` in module-level functions (lupdate files them
# under no context; at run time the object's class is the context, so they stay English). None is allowed now.
STRAY_CONTEXTS: dict[str, str] = {}  # context -> the file that files texts under it (none left)


def test_every_context_is_one_the_app_looks_texts_up_in(fresh_ts):
    """No text filed under a variable's name ("w", "self.window": `w.tr("…")` in a module function), where
    the app never looks."""
    named = _contexts_the_code_names()
    assert {"MainWindow", "JobForm", "ShopIntegration", "HistoryModel", "RunDescription"} <= named
    stray = {c or "" for c, _ in messages(fresh_ts)} - named
    assert stray <= set(STRAY_CONTEXTS), f"texts under contexts no code looks up: {sorted(stray)}"


def test_every_fixed_word_of_a_run_description_is_translatable(services, catalog):
    """The labels the core's describe_run writes are all in report.labels (so the .ts has them); values, ids,
    hashes and request field names are not labels."""
    from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths
    from rmos_desktop.core.runs.describe import Note, describe_run, describe_unreadable
    from rmos_desktop.core.runs.schemas import RunArtifact
    from rmos_desktop.report.labels import LABELS

    green = load_example("green-veneer-line")
    ok = rmos_toolpaths(green, recorder=services.recorder, catalog=catalog, operator="Dana")["_run_id"]
    try:
        rmos_toolpaths({**green, "rpm": 20000}, recorder=services.recorder, catalog=catalog, operator="Dana")
    except PipelineOutcome as outcome:
        blocked = outcome.detail["run_id"]
    words: set[str] = set()
    descriptions = [describe_unreadable("2026-01-01/x.json", "not JSON")]
    for run_id in (ok, blocked):
        path = services.recorder.store.find_artifact(run_id)
        artifact = RunArtifact.model_validate_json(path.read_bytes())
        descriptions.append(describe_run(artifact, "0" * 64, path="x.json", archive_name="a.zip"))
    for desc in descriptions:
        words |= {c.text for c in desc.headline if not (c.badge or c.code) and not c.text.startswith("score ")}
        for section in desc.sections:
            words |= {section.title} - {""}
            for block in section.blocks:
                if isinstance(block, Note):
                    words |= {block.label} - {""}
                    continue
                words |= set(block.header or ()) | ({block.empty} if not block.rows else set())
                if not block.header and not section.title.startswith("Hashes"):
                    words |= {row[0].text for row in block.rows}
    assert "Why it was blocked" in words and "Created" in words  # the walk reached the rows it should
    assert words - set(LABELS) == set()


# -- the language setting and what it installs -----------------------------------------------------------------
def test_the_language_setting_takes_the_shipped_languages_or_the_system():
    assert Settings().language == ""
    for lang in ("", "en", "de", "es", "fr"):
        assert Settings(language=lang).language == lang
    for bad in ("xx", "de_DE", "German", "DE"):
        with pytest.raises(ValidationError, match="not a shipped language"):
            Settings(language=bad)


def test_the_system_locale_picks_a_shipped_language_or_english():
    assert resolve_language("", QLocale("es_MX")) == "es"
    assert resolve_language("", QLocale("de_AT")) == "de"
    assert resolve_language("", QLocale("pl_PL")) == "en"
    assert resolve_language("", QLocale.c()) == "en"
    assert resolve_language("fr", QLocale("de_DE")) == "fr"


def test_installing_a_language_sets_texts_and_number_formats(qapp, language):
    assert language("de") == "de"
    assert QApplication.translate("SettingsDialog", "Language") == "Sprache"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own qtbase_de.qm
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert i18n.number_text(12345) == "12.345"
    assert language("fr") == "fr"
    assert QApplication.translate("SettingsDialog", "Language") == "Langue"
    assert QLocale().toString(0.5, "f", 1) == "0,5"
    assert language("") in LANGUAGES
    assert language("en") == "en"
    assert QApplication.translate("SettingsDialog", "Language") == "Language"


def test_a_system_locale_that_speaks_the_language_keeps_its_own_formats(qapp, language):
    install_translators(qapp, "", system=QLocale("es_MX"))
    assert QLocale().name() == "es_MX" and QApplication.translate("SettingsDialog", "Language") == "Idioma"
    install_translators(qapp, "de", system=QLocale("de_CH"))
    assert QLocale().name() == "de_CH"
    install_translators(qapp, "de", system=QLocale("en_US"))
    assert QLocale().name() == "de_DE"
    install_translators(qapp, "", system=QLocale("pl_PL"))  # Polish numbers around English words
    assert QLocale().name() == "pl_PL" and QApplication.translate("SettingsDialog", "Language") == "Language"


def test_fill_puts_each_value_in_once():
    assert fill("%2 then %1", "a%2", "b") == "b then a%2"
    assert fill("%1 of %3", 1) == "1 of %3"


def test_local_times_keep_iso_order_with_the_locales_weekday(qapp, language, monkeypatch):
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        language("en")
        assert local_datetime_text("2026-12-01T14:02:33Z") == "Tue 2026-12-01 14:02:33"
        language("de")
        assert local_datetime_text("2026-12-01T14:02:33Z") == "Di. 2026-12-01 14:02:33"
        assert local_datetime_text(None) == "—" and local_datetime_text("soon") == "soon"
    finally:
        monkeypatch.undo()
        time.tzset()


# -- dialogs in German -----------------------------------------------------------------------------------------
def test_the_settings_dialog_speaks_german_and_saves_the_language(qtbot, services, language):
    from rmos_desktop.gui.settings_dialog import SettingsDialog

    language("de")
    dialog = SettingsDialog(services.settings, services.catalog, services.runs)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Laufordner", "Sprache", "Name des Bedieners"} <= labels
    effective = dialog.findChild(QLabel, "effective_runs_dir").text()
    assert effective.startswith(f"Jetzt in Gebrauch: {services.runs_dir}\n(aus der Einstellungsdatei;")
    buttons = {b.text() for b in dialog.findChild(QDialogButtonBox).buttons()}
    assert buttons == {"Speichern", "Abbrechen"}
    assert [dialog.language.itemText(i) for i in range(1, 5)] == ["English", "Deutsch", "Español", "Français"]
    assert dialog.language.currentData() == ""
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    saved = dialog.result_settings()
    assert saved.language == "fr" and saved.operator == "Dana"


def test_the_settings_dialog_keeps_the_settings_it_does_not_show(qtbot, services):
    from rmos_desktop.gui.settings_dialog import SettingsDialog

    settings = services.settings.model_copy(update={"shop_url": "postgresql://shop/rmos", "station": "saw-2"})
    dialog = SettingsDialog(settings, services.catalog, services.runs)
    qtbot.addWidget(dialog)
    dialog.runs_dir.setText("/srv/rmos/runs")
    new = dialog.result_settings()
    assert (new.shop_url, new.station, new.runs_dir) == ("postgresql://shop/rmos", "saw-2", "/srv/rmos/runs")
    dialog.runs_dir.setText("/srv/\x00runs")
    with pytest.raises(ValidationError, match="NUL"):
        dialog.result_settings()


def test_the_audit_dialog_counts_in_german(qtbot, services, catalog, language):
    from rmos_desktop.core.pipeline import rmos_toolpaths
    from rmos_desktop.gui.audit_dialog import AuditDialog
    from rmos_desktop.gui.tasks import TaskRunner

    green = load_example("green-veneer-line")
    for _ in range(2):
        rmos_toolpaths(green, recorder=services.recorder, catalog=catalog, operator="Dana")
    language("de")
    dialog = AuditDialog(services, TaskRunner(), autostart=False)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_finished, timeout=15000) as done:
        dialog.start()
    report = done.args[0]
    assert report.ok and report.records >= 2
    assert dialog.status.text() == f"✔ Alle {report.records} Einträge stimmig, Protokollstand {report.head}"
    assert dialog.run_button.text() == "Prüfung starten"


def test_the_verify_dialog_in_spanish_keeps_ids_and_hashes(qtbot, services, catalog, language, tmp_path):
    from rmos_desktop.core.pipeline import rmos_toolpaths
    from rmos_desktop.gui.verify_dialog import VerifyDialog, verify_with_services

    out = rmos_toolpaths(load_example("green-veneer-line"), recorder=services.recorder, catalog=catalog, operator="D")
    gcode = tmp_path / "prog.nc"
    gcode.write_bytes(out["gcode_text"].encode("utf-8"))
    language("es")
    report = verify_with_services(services, gcode)
    dialog = VerifyDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Verificar archivo de código G"
    assert dialog.verdict.text() == f"MATCH: estos bytes exactos proceden de la(s) ejecución(es) {out['_run_id']} (OK)."
    details = dialog.details.toPlainText()
    size = QLocale().toString(len(out["gcode_text"].encode()))
    assert f"SHA-256: {report.sha256}  ({size} bytes)" in details
    assert f"Ejecución {out['_run_id']}  OK  GREEN  " in details
    # crlf copy: the Spanish "line endings only" verdict names the run and the kind
    gcode.write_bytes(out["gcode_text"].replace("\n", "\r\n").encode())
    crlf = VerifyDialog(verify_with_services(services, gcode))
    qtbot.addWidget(crlf)
    assert crlf.verdict.text().startswith(f"NO MATCH: este archivo difiere de la ejecución {out['_run_id']}")
    assert "(CRLF en lugar de LF" in crlf.verdict.text()


def test_the_pdf_report_follows_the_interface_language_with_ids_verbatim(services, catalog, language, tmp_path):
    pypdfium2 = pytest.importorskip("pypdfium2")
    from rmos_desktop.core.pipeline import rmos_toolpaths
    from rmos_desktop.report import write_run_report

    run_id = rmos_toolpaths(load_example("green-veneer-line"), recorder=services.recorder, catalog=catalog)["_run_id"]

    def text_of(pdf: Path) -> str:
        doc = pypdfium2.PdfDocument(str(pdf))
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in doc)
        finally:
            doc.close()

    language("de")
    german = text_of(write_run_report(services.recorder, run_id, tmp_path / "de.pdf"))
    language("en")
    english = text_of(write_run_report(services.recorder, run_id, tmp_path / "en.pdf"))
    assert "RMOS Desktop — Laufbericht" in german and "Entscheidung — alle Rechner" in german
    assert "Seite 1 von" in german and "GREEN" in german
    assert "RMOS Desktop — run report" in english and "Laufbericht" not in english
    compact = re.sub(r"\s+", "", german)
    assert run_id in compact  # the id verbatim (it may wrap at a line end)


# -- fit: every language on every shop screen ----------------------------------------------------------------
@pytest.fixture(params=SHIPPED)
def translated(request, qapp):
    """German has the longest words, French the longest texts (4,610 characters against German's 4,302 and
    Spanish's 4,524 in this round): every shipped language is fitted."""
    before = QLocale()
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_supervisor_dialogs_fit_translated(qtbot, services, shop, screen, tmp_path, translated):
    """The history engineer's fit harness (tests/gui/test_fit_history.py) on the dialogs translated here: the
    audit (with its problem list), archive, verify and settings dialogs, every control inside and touch-tall."""
    assert QApplication.translate("SettingsDialog", "Language") != "Language"
    fit_harness.test_supervisor_dialogs_fit(qtbot, services, shop, screen, tmp_path)


# -- the command line stays English and locale-independent -------------------------------------------------------
def test_rmos_check_json_is_the_same_under_a_german_locale(tmp_path):
    from tests.cli.helpers import rmos

    job = tmp_path / "job.json"
    job.write_text(json.dumps({**load_example("yellow-veneer-fast")}), encoding="utf-8")
    outputs = []
    for lang, setting in (("C.UTF-8", ""), ("de_DE.UTF-8", "de")):
        config = tmp_path / f"config-{setting or 'none'}"
        save_settings(Settings(language=setting), config / "rmos-desktop" / "settings.json")
        env = {"LANG": lang, "LC_ALL": lang, "LANGUAGE": lang.split(".")[0], "XDG_CONFIG_HOME": str(config)}
        proc = rmos("check", job, "--json", runs_dir=tmp_path / "runs", env=env)
        assert proc.stdout.strip(), proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])  # real JSON, English keys
    assert "Sperr" not in outputs[1] and "gesperrt" not in outputs[1]


@pytest.mark.slow
def test_the_language_screenshot_script_shoots_every_language(tmp_path):
    """docs/screenshots_i18n.py runs end to end (so it does not rot): three dialogs and the main window in four
    languages, each no larger than the 1366×768 screen's free area."""
    import os

    from PySide6.QtGui import QImage

    env = {k: v for k, v in os.environ.items() if not k.startswith("RMOS_")}
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    proc = subprocess.run(
        [sys.executable, str(REPO / "docs" / "screenshots_i18n.py"), str(tmp_path / "shots")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    names = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert names == sorted(
        f"{d}-{lang}-1366x768.png" for d in ("settings", "audit", "verify", "main-window") for lang in LANGUAGES
    )
    for name in names:
        image = QImage(str(tmp_path / "shots" / name))
        assert not image.isNull() and image.width() <= 1366 and image.height() <= 768 - 40, name
