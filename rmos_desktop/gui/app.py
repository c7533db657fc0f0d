"""`rmos-desktop`: start the workstation app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv if argv is None else ["rmos-desktop", *argv])
    window = QMainWindow()
    window.setWindowTitle("RMOS Desktop")
    window.setCentralWidget(QLabel("RMOS Desktop"))
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
