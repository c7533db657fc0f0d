"""Settings: runs directory (with where the effective one comes from), default machine, operator name,
UI scale, units (mm or in, applied at once) and language. Saved as JSON in the config folder, read by the CLI too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rmos_desktop.core.catalog import Catalog
from rmos_desktop.core.settings import RunsDirChoice, Settings, default_runs_dir
from rmos_desktop.gui.fit import centre_labels, fit_to_screen, install_close_keys, make_touchable
from rmos_desktop.gui.i18n import LANGUAGE_NAMES, fill, system_language


def runs_source_text(source: str) -> str:
    """Where the runs directory comes from, in words (the option and variable names stay as typed)."""
    words = {
        "settings file": QCoreApplication.translate("SettingsDialog", "the settings file"),
        "default": QCoreApplication.translate("SettingsDialog", "the default"),
    }
    return words.get(source, source)


class SettingsDialog(QDialog):
    sig_archive_requested = Signal()
    """The supervisor asked to archive old runs (the main window opens the archive dialog)."""

    def __init__(self, settings: Settings, catalog: Catalog, runs: RunsDirChoice, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)

        self.runs_dir = QLineEdit(settings.runs_dir or "")
        self.runs_dir.setObjectName("runs_dir")
        self.runs_dir.setPlaceholderText(str(default_runs_dir()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.runs_dir, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Runs directory"), row)
        effective = QLabel(
            fill(
                self.tr(
                    "In use now: %1\n(from %2; precedence: --runs-dir, RMOS_RUNS_DIR, this setting, "
                    "the default). A folder shared by several accounts is fine."
                ),
                runs.path,
                self._source_text(runs.source),
            )
        )
        effective.setObjectName("effective_runs_dir")
        effective.setWordWrap(True)
        effective.setProperty("role", "hint")
        form.addRow("", effective)

        self._machine_operator_scale(form, settings, catalog)

        self.archive_button = QPushButton(self.tr("Archive old runs… (supervisor)"))
        self.archive_button.setObjectName("archive_runs")
        self.archive_button.clicked.connect(self.sig_archive_requested)
        form.addRow(self.tr("Retention"), self.archive_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        make_touchable(
            [
                browse,
                self.runs_dir,
                self.machine,
                self.operator,
                self.scale,
                self.units,
                self.language,
                self.archive_button,
            ]
        )
        make_touchable(buttons.buttons())
        centre_labels(form)
        install_close_keys(self, self.reject)
        fit_to_screen(self, 760)

    def _machine_operator_scale(self, form: QFormLayout, settings: Settings, catalog: Catalog) -> None:
        self.machine = QComboBox()
        self.machine.setObjectName("default_machine")
        self.machine.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.machine.setMinimumContentsLength(20)
        for m in catalog.machines.values():
            self.machine.addItem(f"{m.name} ({m.id})", m.id)
        i = self.machine.findData(settings.default_machine)
        self.machine.setCurrentIndex(max(0, i))
        form.addRow(self.tr("Default machine"), self.machine)

        self.operator = QLineEdit(settings.operator)
        self.operator.setObjectName("operator")
        self.operator.setMaxLength(100)
        self.operator.setPlaceholderText(self.tr("recorded in every run"))
        form.addRow(self.tr("Operator name"), self.operator)

        self.scale = QSpinBox()
        self.scale.setObjectName("ui_scale")
        self.scale.setRange(100, 200)
        self.scale.setSingleStep(10)
        self.scale.setSuffix(" %")
        self.scale.setValue(settings.ui_scale)
        form.addRow(self.tr("UI scale (touch screens, gloves)"), self.scale)

        self.units = QComboBox()
        self.units.setObjectName("units")
        self.units.addItem(self.tr("Millimetres (mm, mm/min)"), "mm")
        self.units.addItem(self.tr("Inches (in, in/min)"), "in")
        self.units.setCurrentIndex(max(0, self.units.findData(settings.units)))
        self.units.setToolTip(
            self.tr("Lengths and feeds in the form, the risk panel, the preview and history. Applied at once.")
        )
        form.addRow(self.tr("Units"), self.units)
        units_hint = QLabel(self.tr("Job files, records, hashes and the G-code (G21) stay in millimetres."))
        units_hint.setObjectName("units_hint")
        units_hint.setWordWrap(True)
        units_hint.setProperty("role", "hint")
        form.addRow("", units_hint)

        self.language = QComboBox()
        self.language.setObjectName("language")
        system = LANGUAGE_NAMES[system_language()]
        self.language.addItem(fill(self.tr("System default (%1)"), system), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Language"), self.language)
        hint = QLabel(
            self.tr(
                "A new language shows the next time RMOS Desktop starts. Files, logs and the command line stay English."
            )
        )
        hint.setObjectName("language_hint")
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form.addRow("", hint)

    def _source_text(self, source: str) -> str:
        return runs_source_text(source)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Runs directory"), self.runs_dir.text())
        if folder:
            self.runs_dir.setText(folder)

    def result_settings(self) -> Settings:
        # Validated again (a runs directory typed here gets the same checks as the file's); the settings this
        # dialog does not show (the shop server's) are kept as they were.
        return Settings.model_validate(
            {
                **self._settings.model_dump(),
                "runs_dir": self.runs_dir.text().strip() or None,
                "default_machine": self.machine.currentData() or "default",
                "operator": self.operator.text().strip(),
                "ui_scale": self.scale.value(),
                "units": self.units.currentData() or "mm",
                "language": self.language.currentData() or "",
            }
        )
