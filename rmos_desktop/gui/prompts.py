"""The main window's small dialogs: acknowledge a YELLOW job, record the same request again, discard edits,
who is at the saw, and About. Each wraps its text (never wider than the screen) and closes on Esc or Ctrl+W."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.gui.fit import scaled
from rmos_desktop.report.core_texts import core_text

translate = QCoreApplication.translate  # by this name pyside6-lupdate finds the texts

DIALOG_MAX_WIDTH = 900  # wrapped text: fits 1280 px at 100 % and 1920 px at 150 %


def add_close_shortcuts(widget: QWidget) -> None:
    """Ctrl+W (and Esc for a plain window) close it, like every secondary window of the app."""
    close = widget.reject if isinstance(widget, QDialog) else widget.close
    for keys in (QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W"), QKeySequence("Esc")):
        shortcut = QShortcut(keys, widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(close)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setWordWrap(True)
        label.setMaximumWidth(DIALOG_MAX_WIDTH)
    add_close_shortcuts(box)
    return box


def acknowledgement_box(parent: QWidget | None, warnings: list[str]) -> tuple[QMessageBox, QPushButton]:
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        translate("Prompts", "YELLOW: acknowledge the warnings"),
        translate("Prompts", "This job is YELLOW. Read the warnings before generating:"),
        "\n".join(f"• {core_text(w)}" for w in warnings),
    )
    ack = box.addButton(translate("Prompts", "Acknowledge and generate"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    return box, ack


def ask_acknowledgement(parent: QWidget | None, warnings: list[str]) -> bool:
    box, ack = acknowledgement_box(parent, warnings)
    box.exec()
    return box.clickedButton() is ack


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str = "") -> bool:
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no or translate("Prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is ok


def confirm_repeat(parent: QWidget | None) -> bool:
    return confirm(
        parent,
        translate("Prompts", "Record the same job again?"),
        translate(
            "Prompts",
            "This exact job was recorded a few seconds ago. Every Generate is recorded as a run; record another?",
        ),
        translate("Prompts", "Record another run"),
        translate("Prompts", "Don't record"),
    )


def confirm_discard(parent: QWidget | None) -> bool:
    return confirm(
        parent,
        translate("Prompts", "Discard the typed job?"),
        translate("Prompts", "The form has edits that are not saved. Start a new job anyway?"),
        translate("Prompts", "Discard"),
    )


class OperatorPrompt(QDialog):
    """Who is at the saw: recent names one click away, a new name typed, or Skip (runs say "—")."""

    def __init__(self, recent: list[str], current: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("operator_prompt")
        self.setWindowTitle(self.tr("Who is at the saw?"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr("Every run records its operator. Pick your name or type it (you can change it from the toolbar).")
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.names = QComboBox()
        self.names.setObjectName("operator_name")
        self.names.setEditable(True)
        self.names.addItems(recent)
        self.names.setCurrentText(current or (recent[0] if recent else ""))
        self.names.lineEdit().setPlaceholderText(self.tr("your name"))
        layout.addWidget(self.names)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("That's me"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMaximumWidth(DIALOG_MAX_WIDTH)
        add_close_shortcuts(self)

    def name(self) -> str:
        return self.names.currentText().strip()


class AboutDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About RMOS Desktop"))
        layout = QVBoxLayout(self)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Long paths and hashes wrap: the label gets the dialog's full width (the height then follows it), and
        # the text scrolls on a screen too short for it rather than being cut off.
        scroll = QScrollArea()
        scroll.setObjectName("about_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # a 64-hex hash never breaks
        scroll.setWidget(self.text)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMaximumWidth(DIALOG_MAX_WIDTH)
        add_close_shortcuts(self)
        self._fit()

    def _fit(self) -> None:
        """As wide as the text needs up to DIALOG_MAX_WIDTH (less on a narrow screen), as tall as the wrapped
        text at that width (less on a short screen)."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width = min(DIALOG_MAX_WIDTH, screen.width() - 40 if screen else DIALOG_MAX_WIDTH)
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        text_h = self.text.heightForWidth(inner) if self.text.hasHeightForWidth() else self.text.sizeHint().height()
        height = text_h + self.layout().spacing() + margins.top() + margins.bottom() + scaled(48)
        if screen is not None:
            height = min(height, screen.height() - 60)
        self.resize(width, height)
