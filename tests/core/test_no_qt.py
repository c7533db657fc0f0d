"""Core never imports Qt: import every core module in a fresh interpreter and inspect sys.modules
(a grep would miss an indirect import)."""

import json
import subprocess
import sys

from tests.conftest import REPO

FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pyqtgraph")

SCRIPT = r"""
import importlib, json, pkgutil, sys
import rmos_desktop.core as core
names = []
for mod in pkgutil.walk_packages(core.__path__, prefix="rmos_desktop.core."):
    importlib.import_module(mod.name)
    names.append(mod.name)
print(json.dumps({"imported": names, "modules": sorted(sys.modules)}))
"""


def test_core_imports_no_qt_binding():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=REPO, check=True)
    data = json.loads(proc.stdout)
    assert len(data["imported"]) >= 20, "the walk must really import the core modules"
    leaked = [m for m in data["modules"] if m.split(".")[0] in FORBIDDEN]
    assert leaked == [], f"core pulled in GUI modules: {leaked}"


def test_the_check_itself_would_catch_a_qt_import(tmp_path):
    """Guard against a check that cannot fail: a module importing Qt is seen in sys.modules."""
    script = "import json, sys; import PySide6.QtCore; print(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "PySide6.QtCore" in json.loads(proc.stdout)
