"""The declared layers (pyproject.toml [tool.importlinter], DESIGN.md §1) hold, and a broken one fails.

`lint-imports` runs from this interpreter's own environment; lazy (function-level) imports count too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / ("lint-imports.exe" if sys.platform == "win32" else "lint-imports")


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    if not LINT_IMPORTS.exists():
        pytest.skip(reason=f"lint-imports is not installed beside {sys.executable} (uv sync installs import-linter)")
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo"],
        cwd=cwd,
        env={**os.environ, "COLUMNS": "500"},  # one report line per contract and per import
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def contracts() -> dict[str, dict]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    return {c["id"]: c for c in config["contracts"]}


def test_every_contract_holds():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(contracts())} kept, 0 broken." in result.stdout


def test_the_contracts_say_what_design_md_says():
    c = contracts()
    ui = set(c["core-knows-no-ui"]["forbidden_modules"])
    assert {"PySide6", "shiboken6", "pyqtgraph", "rmos_desktop.gui", "rmos_desktop.cli"} <= ui
    assert c["core-knows-no-ui"]["source_modules"] == ["rmos_desktop.core"]
    runs = set(c["runs-know-not-how-runs-are-made"]["forbidden_modules"])
    assert {f"rmos_desktop.core.{m}" for m in ("pipeline", "assess", "feasibility", "toolpaths", "export")} <= runs
    layers = [layer.replace("(", "").replace(")", "") for layer in c["layers"]["layers"]]
    order = ["gui", "core.pipeline", "core.assess", "core.feasibility", "core.toolpaths", "core.jobs", "core.hashing"]
    where = [next(i for i, layer in enumerate(layers) if f"rmos_desktop.{name} " in layer + " ") for name in order]
    assert where == sorted(where) and len(set(where)) == len(where), list(zip(order, where, strict=True))
    for contract in c.values():  # every exception says why, on the line above it
        text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
        for ignored in contract.get("ignore_imports", []):
            before = text[: text.index(f'"{ignored}"')].rstrip().splitlines()
            assert any(line.strip().startswith("#") for line in before[-3:]), f"no reason given for {ignored}"


def _copy_project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(REPO / "rmos_desktop", root / "rmos_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    return root


def _append(path: Path, code: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\n\n" + code + "\n")


@pytest.mark.slow
def test_a_backwards_import_breaks_its_contract(tmp_path):
    """The same check on a copy of the package with four forbidden imports added (three of them lazy,
    inside a function, as the code base's own lazy imports are): each names its contract."""
    root = _copy_project(tmp_path)
    pkg = root / "rmos_desktop"
    _append(pkg / "core" / "jobs.py", "def _peek():\n    import PySide6.QtCore  # noqa\n")
    _append(pkg / "core" / "runs" / "schemas.py", "def _peek():\n    from rmos_desktop.core import pipeline  # noqa\n")
    _append(pkg / "cli" / "runs.py", "def _peek():\n    from rmos_desktop.gui import history  # noqa\n")
    _append(pkg / "core" / "toolpaths" / "opplan.py", "from rmos_desktop.core.feasibility import base  # noqa\n")

    result = lint_imports(root)
    assert result.returncode != 0
    verdicts = {c["name"]: None for c in contracts().values()}
    for line in result.stdout.splitlines():
        for name in verdicts:
            if line.startswith(name + " ") and (line.endswith(" KEPT") or " BROKEN" in line):
                verdicts[name] = "BROKEN" if " BROKEN" in line else "KEPT"
    broken = {cid for cid, c in contracts().items() if verdicts[c["name"]] == "BROKEN"}
    assert broken == {"core-knows-no-ui", "runs-know-not-how-runs-are-made", "cli-without-gui", "layers"}, verdicts
    for needle in (
        "rmos_desktop.core.jobs -> PySide6",
        "rmos_desktop.core.runs.schemas -> rmos_desktop.core.pipeline",
        "rmos_desktop.cli.runs -> rmos_desktop.gui.history",
        "rmos_desktop.core.toolpaths.opplan -> rmos_desktop.core.feasibility.base",
    ):
        assert needle in result.stdout, needle


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(m for m in sys.modules if m.startswith('rmos_desktop')))"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_the_run_store_loads_none_of_the_judging_code():
    loaded = _loaded_after("import rmos_desktop.core.runs.store")
    assert "rmos_desktop.core.runs.store" in loaded
    judging = ("feasibility", "toolpaths", "pipeline", "assess", "safety", "export")
    assert not {m for m in loaded if m.split(".")[2:3] and m.split(".")[2] in judging}, sorted(loaded)


def test_the_feasibility_package_loads_the_engine_only_when_asked():
    loaded = _loaded_after("import rmos_desktop.core.feasibility")
    assert "rmos_desktop.core.feasibility.base" in loaded
    assert "rmos_desktop.core.feasibility.engine" not in loaded
    assert "rmos_desktop.core.feasibility.rim_speed" not in loaded
    loaded = _loaded_after("from rmos_desktop.core.feasibility import evaluate_feasibility")
    assert {"rmos_desktop.core.feasibility.engine", "rmos_desktop.core.feasibility.rim_speed"} <= loaded
