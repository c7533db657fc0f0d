"""Refresh the translation sources and build the shipped translations.

    uv run python packaging/i18n.py            # lupdate (refresh the .ts) and lrelease (build the .qm)
    uv run python packaging/i18n.py update [--no-reuse | --reuse-from REV] [FILE_OR_FOLDER ...]   # only the .ts
    uv run python packaging/i18n.py release    # only build the .qm from the .ts

`update` runs `pyside6-lupdate` over the GUI and the report package (or the files and folders named) and writes
every `tr()` / `QCoreApplication.translate()` / `QT_TRANSLATE_NOOP()` text into rmos_<lang>.ts (Qt Linguist XML:
new texts arrive as type="unfinished", texts no longer in the code are dropped). The .ts holds exactly what lupdate
finds: no entry is kept by hand, so a text the code looks up under a context lupdate cannot see would be lost. Name
the context where lupdate can read it: `self.tr("…")` inside the class, `translate("MainWindow", "…")` (a module may
bind `translate = QCoreApplication.translate`) in a module function, `QT_TRANSLATE_NOOP("JobForm", "…")` in a
table translated later with `translate("JobForm", label)`; never `tr(variable)` or `window.tr("…")`.

A text whose context changed (code moved, a table now named) arrives new; `update` gives it the translation the
same source had in the .ts before, when it had exactly one finished translation there, and prints each one it
re-used (`--no-reuse`: leave them to Qt's same-text heuristic, unfinished; `--reuse-from REVISION` also takes them
from the .ts at that git revision, for texts dropped earlier while no code named their context). Translate what is
still unfinished in Qt Linguist (`uv run pyside6-linguist resources/i18n/rmos_de.ts`) or any XML editor, then
`release` builds rmos_<lang>.qm with `pyside6-lrelease`. Both the .ts and the .qm are committed; the .qm ship in
the wheel. tests/gui/test_i18n.py fails while any text is unfinished, a .qm is older than its .ts, or the .ts is
not exactly what lupdate finds.

Adding a language: add its code to LANGUAGES here and in rmos_desktop/core/settings.py, its own name to
LANGUAGE_NAMES in rmos_desktop/gui/i18n.py, run `update` (it creates rmos_<code>.ts), translate, `release`.

Glossary (keep the words a shop floor uses, the same word everywhere):

    English          Deutsch                  Español                   Français
    run              Lauf                     ejecución                 exécution
    runs directory   Laufordner               carpeta de ejecuciones    dossier des exécutions
    job / order      Auftrag / Bestellung     trabajo / pedido          travail / commande
    blade            Sägeblatt                hoja de sierra            lame
    blocked          gesperrt                 bloqueado                 bloqué
    ledger           Prüfprotokoll            diario (de auditoría)     registre (d'audit)
    ledger head      Protokollstand           estado del diario         état du registre
    record           Eintrag                  registro                  enregistrement
    audit            prüfen / Prüfung         auditar / auditoría       auditer / audit
    archive          archivieren / Archiv     archivar / archivo        archiver / archive
    restore          wiederherstellen         restaurar                 restaurer
    review           Bewertung                revisión                  examen
    operator         Bediener                 operario                  opérateur
    supervisor       Schichtleiter            supervisor                responsable
    workstation      Arbeitsplatz             puesto                    poste
    export statement Exportnachweis           justificante de export.   attestation d'export
    provenance       Herkunft                 procedencia               provenance
    G-code           G-Code                   código G                  code G
    settings         Einstellungen            ajustes                   paramètres
French puts a no-break space before ":" and ";".
Kept verbatim in every language: run ids, hashes (SHA-256), the status and risk words OK, BLOCKED, ERROR, GREEN,
YELLOW, RED, UNKNOWN and the verify verdicts MATCH / NO MATCH (they are what the records, the CLI and the audit
say), command names, options and request field names.
"""

from __future__ import annotations

import argparse
import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "resources" / "i18n"
LANGUAGES = ("de", "es", "fr")
SOURCES = ("rmos_desktop/gui", "rmos_desktop/report")


def ts_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"rmos_{lang}.ts"


def qm_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"rmos_{lang}.qm"


def _tool(name: str) -> str:
    """The PySide6 wrapper beside this interpreter (the project's .venv), else the one on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def python_files(sources: list[str]) -> list[str]:
    files: list[str] = []
    for source in sources:
        path = (REPO / source).resolve()
        files += sorted(str(p) for p in path.rglob("*.py")) if path.is_dir() else [str(path)]
    return files


def finished_translations(*texts: str) -> dict[str, ET.Element]:
    """Source text -> its finished <translation> in the .ts `texts`, for sources translated one way only (in any
    context of any of them)."""
    found: dict[str, list[ET.Element]] = {}
    messages = [m for text in texts if text for m in ET.fromstring(text.encode("utf-8")).iter("message")]
    for message in messages:
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            found.setdefault(message.findtext("source") or "", []).append(translation)
    one_way = {}
    for source, translations in found.items():
        if len({ET.tostring(t, encoding="unicode").strip() for t in translations}) == 1:
            one_way[source] = translations[0]
    return one_way


def reuse(ts: Path, before: dict[str, ET.Element]) -> list[tuple[str, str, str]]:
    """Give each unfinished text of `ts` the finished translation its source had before (its context moved).
    Returns (context, source, translation) of each text filled in; `ts` is rewritten only when there are any."""
    tree = ET.parse(ts)
    filled = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished" or source not in before:
                continue
            old = before[source]
            if (message.get("numerus") == "yes") != (old.find("numerusform") is not None):
                continue  # a plural text never takes a plain translation, nor the other way round
            translation.clear()
            translation.text = old.text
            for form in old:
                translation.append(copy.deepcopy(form))
            filled.append((context.findtext("name") or "", source, "".join(translation.itertext())))
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled


def lupdate(files: list[str], lang: str, ts: Path) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "none",  # no line numbers: a moved line is not a change to translate
            "-target-language",
            lang,
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=REPO,
    )


def committed_ts(revision: str, lang: str) -> str:
    """rmos_<lang>.ts as git holds it at `revision` ("" where it has none)."""
    path = ts_path(lang).relative_to(REPO).as_posix()
    shown = subprocess.run(["git", "show", f"{revision}:{path}"], cwd=REPO, capture_output=True, check=False)
    return shown.stdout.decode("utf-8") if shown.returncode == 0 else ""


def update(
    sources: list[str] | None = None, *, folder: Path = HERE, keep: bool = True, reuse_from: str | None = None
) -> None:
    files = python_files(list(sources or SOURCES))
    for lang in LANGUAGES:
        ts = ts_path(lang, folder)
        now = ts.read_text(encoding="utf-8") if ts.exists() else ""
        before = finished_translations(now, committed_ts(reuse_from, lang) if reuse_from else "") if keep else {}
        lupdate(files, lang, ts)
        filled = reuse(ts, before) if before else []
        for context, source, text in filled:
            print(f"rmos_{lang}.ts: re-used for {context}: {source!r} -> {text!r}")
        if filled:
            lupdate(files, lang, ts)  # lupdate's own layout again (a later update then changes nothing)


def release(out: Path = HERE) -> list[Path]:
    built = []
    for lang in LANGUAGES:
        target = qm_path(lang, out)
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(target)], check=True, cwd=REPO
        )
        built.append(target)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", nargs="?", choices=("all", "update", "release"), default="all")
    parser.add_argument("--no-reuse", action="store_true", help="do not re-use translations of moved texts")
    parser.add_argument(
        "--reuse-from",
        metavar="REVISION",
        help="also re-use the translations the .ts held at this git revision (texts dropped since)",
    )
    parser.add_argument("sources", nargs="*", help=f"files or folders for lupdate (default: {' '.join(SOURCES)})")
    args = parser.parse_args(argv)
    if args.step in ("all", "update"):
        update(args.sources, keep=not args.no_reuse, reuse_from=args.reuse_from)
    if args.step in ("all", "release"):
        for path in release():
            print(f"built {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
