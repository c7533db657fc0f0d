"""The start page (Help ▸ Start page): example jobs one click away, where the records live, and how many runs
the index lists — counted, never assumed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from rmos_desktop.core.resources import examples_dir
from rmos_desktop.gui.flow_layout import FlowLayout

# (example job, its button's text: shown through translate("StartPage", …), marked here for pyside6-lupdate)
EXAMPLES = [
    ("green-veneer-line", QT_TRANSLATE_NOOP("StartPage", "Veneer trim (GREEN)")),
    ("kerf-array-side-kerfs", QT_TRANSLATE_NOOP("StartPage", "Side kerfs (kerf array)")),
    ("fret-slots-648", QT_TRANSLATE_NOOP("StartPage", "Fret slots, 648 mm scale")),
    ("red-kerfcut-overspeed", QT_TRANSLATE_NOOP("StartPage", "Over-speed (RED, blocked)")),
]


class StartPage(QScrollArea):
    """Scrolls rather than ask for height: under a job's verdict in a short window the panel's rows come first."""

    sig_open_example = Signal(object)
    """An example button was pressed; carries the example job's Path."""

    def __init__(self, runs_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start_page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("start_body")
        layout = QVBoxLayout(body)
        self.title = QLabel(self.tr("Welcome to RMOS Desktop."))
        self.title.setObjectName("start_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.count_label = QLabel(self.tr("Counting the runs recorded here…"))
        self.count_label.setObjectName("start_runs")
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        hint = QLabel(self.tr("Open an example job to see how the risk panel judges it:"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=10)
        self.example_buttons: dict[str, QPushButton] = {}
        for name, label in EXAMPLES:
            button = QPushButton(QCoreApplication.translate("StartPage", label))
            button.setObjectName(f"example:{name}")
            button.clicked.connect(lambda _=False, n=name: self.sig_open_example.emit(examples_dir() / f"{n}.json"))
            flow.addWidget(button)
            self.example_buttons[name] = button
        layout.addWidget(buttons)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setProperty("role", "hint")
        layout.addWidget(self.where)
        layout.addStretch(1)
        self.setWidget(body)
        self.set_runs_dir(runs_dir)

    def set_runs_dir(self, runs_dir: Path) -> None:
        self.where.setText(
            self.tr(
                "Every attempt to generate is recorded in %s (change it in Tools ▸ Settings). "
                "More example jobs are in %s."
            )
            % (runs_dir, examples_dir())
        )

    def set_run_count(self, count: int | None, awaiting_review: int | None = None) -> None:
        if count is None:
            self.count_label.setText(self.tr("The run index cannot say how many runs are recorded here."))
        elif count == 0:
            self.count_label.setText(self.tr("No runs are recorded here yet."))
        else:
            text = (self.tr("%d runs recorded here") if count != 1 else self.tr("%d run recorded here")) % count
            text += self.tr(" (Tools ▸ Run history).")
            if awaiting_review:
                text += " " + self.tr("%d blocked runs await supervisor review.") % awaiting_review
            self.count_label.setText(text)
