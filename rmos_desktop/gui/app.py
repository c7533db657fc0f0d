"""`rmos-desktop`: start the workstation app (or check an installation with `--self-test`)."""

from __future__ import annotations

import argparse
import ctypes
import logging
import os
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from rmos_desktop import __version__
from rmos_desktop.core.logsetup import FILE_ONLY, log_file_path, setup_logging

log = logging.getLogger("rmos_desktop")

APP_ID = "dev.rmos_desktop.RmosDesktop"
"""The one reverse-DNS id of the desktop integration: .desktop file, AppStream metainfo and icon name."""

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
EXIT_NO_PLATFORM = 1

# What Qt's X11 plugin (libqxcb.so + libQt6XcbQpa.so.6, Qt 6.5–6.11) links against, and the Debian/Ubuntu
# package that provides each. Qt's own message only ever names xcb-cursor0, whatever is really missing.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def install_exception_hook() -> None:
    """Errors in slots are logged and shown in a readable dialog; the app keeps running."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    showing = {"now": False}

    def hook(exc_type, exc, tb) -> None:
        log.error("unhandled error", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None or showing["now"]:
            traceback.print_exception(exc_type, exc, tb)
            return
        showing["now"] = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "RMOS Desktop",
                QApplication.translate("app", "Something went wrong: %s: %s") % (exc_type.__name__, exc)
                + "\n\n"
                + QApplication.translate("app", "The app keeps running; nothing you recorded is lost.")
                + " "
                + QApplication.translate("app", "The details are in the log file %s") % log_file_path(),
            )
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
            box.exec()
        finally:
            showing["now"] = False

    sys.excepthook = hook


# -- when Qt cannot start on this display -------------------------------------------------------------


def missing_libraries(sonames: Sequence[str] = tuple(XCB_LIBRARIES)) -> list[str]:
    """The shared libraries among `sonames` that the dynamic loader cannot find on this system (nor, in a
    PyInstaller build, beside the app)."""
    bundled = Path(getattr(sys, "_MEIPASS", "") or "/nonexistent")
    missing = []
    for soname in sonames:
        if (bundled / soname).exists():
            continue
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def xcb_plugin_load_error(env: Mapping[str, str]) -> str | None:
    """Load Qt's X11 plugin the way Qt would and return the loader's complaint (it names the first library
    that is missing), or None when it loads. Only called once Qt has already given up."""
    from PySide6.QtCore import QLibraryInfo

    folders = [Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"])] if env.get("QT_QPA_PLATFORM_PLUGIN_PATH") else []
    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms")
    for folder in folders:
        plugin = folder / "libqxcb.so"
        if plugin.is_file():
            try:
                ctypes.CDLL(str(plugin))
            except OSError as exc:
                return str(exc)
            return None
    return None


def _missing_for_xcb(env: Mapping[str, str]) -> list[str]:
    """Every missing library of the known list, plus the one the plugin itself fails on if that is another."""
    missing = missing_libraries()
    complaint = xcb_plugin_load_error(env) or ""
    first = complaint.split(":", 1)[0].strip() if "cannot open shared object file" in complaint else ""
    if first and first not in missing:
        missing.insert(0, first)
    return missing


def platform_failure_hint(
    qt_messages: Sequence[str],
    env: Mapping[str, str],
    missing: Callable[[Mapping[str, str]], list[str]] = _missing_for_xcb,
) -> str:
    """What to tell a person when Qt could not start its platform plugin: the likely cause and the fix."""
    said = "\n".join(qt_messages)
    requested = env.get("QT_QPA_PLATFORM", "")
    lines = ["rmos-desktop: Qt could not open a window on this display."]
    if requested in ("", "xcb") or '"xcb"' in said or "qt.qpa.xcb" in said:
        absent = missing(env)
        no_display = not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")
        if absent:
            lines.append("These system libraries are missing: " + ", ".join(absent) + ".")
            packages = sorted({XCB_LIBRARIES[s] for s in absent if s in XCB_LIBRARIES})
            if packages:
                lines.append("On Debian/Ubuntu install them with:  sudo apt-get install " + " ".join(packages))
            unknown = [s for s in absent if s not in XCB_LIBRARIES]
            if unknown:
                lines.append("`apt-file search " + unknown[0] + "` names the package that provides it.")
        if no_display:
            lines.append(
                "No display is set (DISPLAY is empty): start RMOS Desktop from the desktop session, "
                "or use `ssh -X` for a remote session."
            )
        elif not absent:
            lines.append(f"Check that the display {env.get('DISPLAY', '')!r} is running and lets this user connect.")
        if absent or not no_display:
            lines.append(
                "Qt 6 on X11 needs these packages (Debian/Ubuntu): " + " ".join(sorted(set(XCB_LIBRARIES.values())))
            )
    elif requested:
        lines.append(f"QT_QPA_PLATFORM is set to {requested!r}; unset it or set it to xcb (X11) or wayland.")
    lines.append("To check the installation without a display: rmos-desktop --self-test")
    return "\n".join(lines)


def _start_qapplication():
    """Create the QApplication; if Qt's platform plugin fails (Qt would abort), print the hint and exit 1."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    said: list[str] = []

    def during_startup(mode, _context, message: str) -> None:
        said.append(message)
        if mode == QtMsgType.QtFatalMsg:
            hint = platform_failure_hint(said, os.environ)
            log.critical("%s\nQt said: %s", hint, message.strip(), extra={FILE_ONLY: True})
            sys.stderr.write(hint + "\n")
            sys.stderr.flush()
            os._exit(EXIT_NO_PLATFORM)  # Qt aborts after a fatal message; leave cleanly instead
        _qt_message_to_log(mode, _context, message)

    qInstallMessageHandler(during_startup)
    try:
        app = QApplication(["rmos-desktop"])
    finally:
        qInstallMessageHandler(_qt_message_to_log)
    return app


_QT_LEVELS = {0: logging.DEBUG, 1: logging.WARNING, 2: logging.ERROR, 3: logging.CRITICAL, 4: logging.INFO}


def _qt_message_to_log(mode, context, message: str) -> None:
    """Qt's own warnings go to the log file too, not only to a terminal nobody sees."""
    category = getattr(context, "category", None) or "default"
    name = category if category.startswith("qt.") else f"qt.{category}"
    logging.getLogger(name).log(_QT_LEVELS.get(int(getattr(mode, "value", mode)), logging.INFO), message)


def app_icon():
    """The app's icon in every shipped size (PNG: no SVG plugin needed)."""
    from PySide6.QtGui import QIcon

    from rmos_desktop.core.resources import resources_dir

    icon = QIcon()
    base = resources_dir() / "icons" / "hicolor"
    for size in ICON_SIZES:
        path = base / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def _refuse_to_start(app, message: str) -> int:
    """Say why the app cannot start (stderr, log, and a dialog on a real screen); exit status 2."""
    text = f"RMOS Desktop cannot start: {message}. Fix --runs-dir, RMOS_RUNS_DIR or the settings file."
    print(text, file=sys.stderr, flush=True)
    log.error(text)
    if app.platformName() not in ("offscreen", "minimal"):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "RMOS Desktop", text)
    return 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rmos-desktop", description="RMOS Desktop workstation app")
    parser.add_argument("--version", action="version", version=f"rmos-desktop {__version__}")
    parser.add_argument("--runs-dir", help="runs directory for this session (overrides settings)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation headless (catalog, a GREEN example generated into a temporary folder, "
        "its hashes, the main window) and print one line; exit 0 if it passed, 1 if not",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    log_path = setup_logging(console=not args.self_test)
    log.info("RMOS Desktop %s starting (Python %s, log file %s)", __version__, sys.version.split()[0], log_path)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or _start_qapplication()
    app.setApplicationName("RMOS Desktop")
    app.setOrganizationName("rmos-desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland compositors match the window to the .desktop file by this
    app.setWindowIcon(app_icon())
    log.info("Qt platform %s", app.platformName())

    if args.self_test:
        from rmos_desktop.gui.selftest import run_self_test

        passed, verdict = run_self_test()
        print(verdict, flush=True)
        return 0 if passed else 1

    from rmos_desktop.core.services import AppServices
    from rmos_desktop.core.settings import RunsDirError
    from rmos_desktop.gui.main_window import MainWindow
    from rmos_desktop.gui.theme import apply_theme

    try:
        services = AppServices.load(runs_dir=args.runs_dir)
    except RunsDirError as exc:
        # Never fall back to another folder: records written elsewhere would split the audit trail.
        return _refuse_to_start(app, str(exc))
    from rmos_desktop.gui.i18n import install_translators

    install_translators(app, services.settings.language)  # before any window is built: its texts are tr()'d
    apply_theme(app, services.settings.ui_scale, services.settings.theme)
    install_exception_hook()
    window = MainWindow(services)
    window.show()
    window.start_daily_checkpoint()  # on the task runner, after the recorder's recovery (AppServices.load)
    log.info("main window shown (runs directory %s)", services.runs_dir)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
