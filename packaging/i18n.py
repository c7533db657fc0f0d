"""Refresh the translation sources and build the shipped translations.

    uv run python packaging/i18n.py            # lupdate (refresh the .ts) and lrelease (build the .qm)
    uv run python packaging/i18n.py update [FILE_OR_FOLDER ...]   # only refresh the .ts
    uv run python packaging/i18n.py release    # only build the .qm from the .ts

`update` runs `pyside6-lupdate` over the GUI and the report package (or the files and folders named) and writes
every `tr()` / `QCoreApplication.translate()` / `QT_TRANSLATE_NOOP()` text into rmos_<lang>.ts (Qt Linguist XML:
new texts arrive as type="unfinished", texts no longer in the code are dropped). Translate them in Qt Linguist
(`uv run pyside6-linguist resources/i18n/rmos_de.ts`) or any XML editor, then `release` builds rmos_<lang>.qm with
`pyside6-lrelease`. Both the .ts and the .qm are committed; the .qm ship in the wheel. tests/gui/test_i18n.py fails
while any text is unfinished or a .qm is older than its .ts.

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
import subprocess
import sys
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


def update(sources: list[str] | None = None) -> None:
    files = python_files(list(sources or SOURCES))
    for lang in LANGUAGES:
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
                str(ts_path(lang)),
            ],
            check=True,
            cwd=REPO,
        )


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
    parser.add_argument("sources", nargs="*", help=f"files or folders for lupdate (default: {' '.join(SOURCES)})")
    args = parser.parse_args(argv)
    if args.step in ("all", "update"):
        update(args.sources)
    if args.step in ("all", "release"):
        for path in release():
            print(f"built {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
