"""The user-interface language: our translations (resources/i18n/rmos_<code>.qm) and Qt's own (qtbase_<code>.qm,
for standard buttons and dialogs) installed at start, and QLocale's default set so numbers and dates on screen
follow the locale. Only the GUI is translated: the command line, artifacts, logs and hashes stay English."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTimeZone, QTranslator

from rmos_desktop.core.resources import resources_dir
from rmos_desktop.core.settings import LANGUAGES
from rmos_desktop.gui.timefmt import as_utc
from rmos_desktop.report.labels import fill  # noqa: F401  (the GUI's callers import it from here)

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}
"""Each language by its own name (a picker is read by someone who may not read the current language)."""

_installed: list[QTranslator] = []  # kept alive while installed (Qt holds no reference of its own)


def i18n_dir():
    return resources_dir() / "i18n"


def system_language(system: QLocale | None = None) -> str:
    """The shipped language of the system locale (its LANG / LC_* settings), or English."""
    code = (system or QLocale.system()).name().split("_")[0]
    return code if code in LANGUAGES else "en"


def resolve_language(language: str, system: QLocale | None = None) -> str:
    """The shipped language in force for a setting: the setting itself, or for "" the system locale's."""
    return language if language in LANGUAGES else system_language(system)


def _locale_for(language: str, system: QLocale) -> QLocale:
    """The system locale when it speaks the chosen language (de_AT stays Austrian, es_MX Mexican), else the
    language's main country."""
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def install_translators(app: QCoreApplication, language: str, *, system: QLocale | None = None) -> str:
    """Install the translators for `language` ("" = the system locale) on `app`, replacing any installed
    before, and make its locale the default for number and date formatting. Returns the language in force.
    A missing .qm is logged and the text stays English; nothing here stops the app from starting."""
    system = system or QLocale.system()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = resolve_language(language, system)
    # "" keeps the system's own formats (a Polish workstation writes Polish numbers around English words),
    # except the bare C/POSIX locale, which has no proper date format.
    c_locale = system.language() == QLocale.Language.C
    QLocale.setDefault(_locale_for(lang, system) if language or c_locale else system)
    if lang == "en":
        return lang
    ours = QTranslator(app)
    if ours.load(f"rmos_{lang}", str(i18n_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation rmos_%s.qm in %s: the interface stays English", lang, i18n_dir())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.info("Qt ships no qtbase_%s.qm in %s: Qt's own buttons stay English", lang, qt_dir)
    log.info("interface language %s (setting %r, locale %s)", lang, language, QLocale().name())
    return lang


# -- numbers and times as the locale writes them ----------------------------------------------------------------
def number_text(value: int | float) -> str:
    """A count or size with the locale's digit grouping ("12,345" / "12.345" / "12 345")."""
    return QLocale().toString(value) if isinstance(value, int) else QLocale().toString(float(value), "g", 12)


def decimal_text(value: float, decimals: int, *, grouped: bool = True) -> str:
    """A measured value with `decimals` decimals as the locale writes it ("5,601.8" / "5.601,8" / "5 601,8");
    `grouped=False` for coordinates ("1234.567"); a negative value with a true minus sign, never "−0"."""
    locale = QLocale()
    if not grouped:
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", decimals)
    if text.startswith("-") and not any(ch.isdigit() and ch != "0" for ch in text):
        text = text[1:]
    return text.replace("-", "−")


DATE_TIME_FORMAT = "ddd yyyy-MM-dd HH:mm:ss"
"""Dates stay in ISO order in every language, as the day folders, archive names and the history window write
them (unambiguous between a German, a Spanish and an American reader); the weekday is the locale's."""


def local_datetime_text(value: Any) -> str:
    """A stored UTC instant (datetime or ISO text) in local time to the second, with the locale's weekday
    ("Tue 2026-12-01 14:02:33", "Di. 2026-12-01 14:02:33"); None becomes "—", text that is not a time stays."""
    dt: datetime | None = as_utc(value)
    if dt is None:
        return "—" if value is None or value == "" else str(value)
    utc = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), DATE_TIME_FORMAT)
