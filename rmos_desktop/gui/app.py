"""`rmos-desktop`: start the workstation app."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence

from rmos_desktop import __version__

log = logging.getLogger("rmos_desktop")


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
                f"Something went wrong: {exc_type.__name__}: {exc}\n\n"
                "The app keeps running; nothing you recorded is lost. "
                "The details are in the log.",
            )
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
            box.exec()
        finally:
            showing["now"] = False

    sys.excepthook = hook


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rmos-desktop", description="RMOS Desktop workstation app")
    parser.add_argument("--version", action="version", version=f"rmos-desktop {__version__}")
    parser.add_argument("--runs-dir", help="runs directory for this session (overrides settings)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from PySide6.QtWidgets import QApplication

    from rmos_desktop.core.services import AppServices
    from rmos_desktop.gui.main_window import MainWindow
    from rmos_desktop.gui.theme import apply_theme

    app = QApplication.instance() or QApplication(["rmos-desktop"])
    app.setApplicationName("RMOS Desktop")
    app.setOrganizationName("rmos-desktop")
    app.setApplicationVersion(__version__)
    services = AppServices.load(runs_dir=args.runs_dir)
    apply_theme(app, services.settings.ui_scale)
    install_exception_hook()
    window = MainWindow(services)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
