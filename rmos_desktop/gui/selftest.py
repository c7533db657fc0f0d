"""`rmos-desktop --self-test`: proves an installation works end to end (resources, catalog, pipeline, hashes,
Qt) without touching the user's runs, and says so in one line."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

EXAMPLE = "green-veneer-line"
PREFIX = "rmos-desktop self-test:"


class SelfTestFailed(Exception):
    """One check of the self-test did not hold; the message says which."""


def _sha256_json(obj: Any) -> str:
    """The documented recipe, written out here on purpose: the self-test must not trust the code it checks."""
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailed(reason)


def verify_artifact_file(path: Path, *, run_id: str, gcode_text: str) -> dict[str, Any]:
    """Re-read the written artifact and re-check every hash in it with the standard library alone."""
    artifact = json.loads(path.read_text(encoding="utf-8"))
    _check(artifact.get("run_id") == run_id, f"artifact {path.name} names run {artifact.get('run_id')!r}")
    _check(artifact.get("status") == "OK", f"artifact status is {artifact.get('status')!r}, expected OK")
    hashes, outputs = artifact["hashes"], artifact["outputs"]
    stored_gcode = outputs.get("gcode_text")
    if stored_gcode is None and outputs.get("gcode_path"):
        stored_gcode = (path.parent / outputs["gcode_path"]).read_text(encoding="utf-8")
    _check(stored_gcode == gcode_text, "the stored G-code differs from the G-code the pipeline returned")
    expected = {
        "request_sha256": (artifact.get("request_sha256"), _sha256_json(artifact["request_summary"])),
        "feasibility_sha256": (hashes.get("feasibility_sha256"), _sha256_json(artifact["feasibility"])),
        "toolpaths_sha256": (hashes.get("toolpaths_sha256"), _sha256_json(outputs["toolpaths"])),
        "opplan_sha256": (hashes.get("opplan_sha256"), _sha256_json(outputs["opplan_json"])),
        "gcode_sha256": (hashes.get("gcode_sha256"), _sha256_text(stored_gcode)),
    }
    for name, (stored, recomputed) in expected.items():
        _check(stored == recomputed, f"{name} in the artifact is {stored}, recomputed {recomputed}")
    _check(
        outputs["toolpaths"].get("gcode_sha256") == hashes["gcode_sha256"],
        "the toolpaths record names a different G-code hash",
    )
    return artifact


def _remove_tree(path: Path) -> None:
    """Delete the temporary runs folder; its records are read-only (which Windows would refuse to delete)."""
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chmod(os.path.join(root, name), stat.S_IRWXU)
    shutil.rmtree(path, ignore_errors=True)


def run_checks(workdir: Path) -> str:
    """Every check, in order; returns the details for the OK line or raises SelfTestFailed."""
    from rmos_desktop.core.assess import assess
    from rmos_desktop.core.catalog import load_catalog
    from rmos_desktop.core.decision import RiskLevel
    from rmos_desktop.core.pipeline import run_attempt
    from rmos_desktop.core.resources import examples_dir, resources_dir
    from rmos_desktop.core.services import AppServices, open_recorder

    loaded = load_catalog(user_dir=False)  # the shipped catalog only: a shop's own files can't fail an install
    _check(not loaded.problems, "shipped catalog problems: " + "; ".join(str(p) for p in loaded.problems))
    catalog = loaded.catalog
    _check(bool(catalog.blades), f"the catalog in {resources_dir()} has no blades")

    example = examples_dir() / f"{EXAMPLE}.json"
    request = json.loads(example.read_text(encoding="utf-8"))
    judged = assess(request, catalog)
    _check(judged.risk_level == RiskLevel.GREEN, f"{example.name} evaluates {judged.risk_level}, expected GREEN")
    _check(not judged.blocked, f"{example.name} is GREEN but the safety policy would block it")

    runs_dir = workdir / "runs"
    result = run_attempt(request, recorder=open_recorder(runs_dir), catalog=catalog, operator="self-test")
    _check(result.ok, f"generation gave {result.payload.get('error')}: {result.message}")
    run_id = result.run_id
    artifact_path = result.artifact_path
    _check(
        run_id is not None and artifact_path is not None and artifact_path.is_relative_to(runs_dir.resolve()),
        f"the artifact was written outside {runs_dir}",
    )
    artifact = verify_artifact_file(artifact_path, run_id=run_id, gcode_text=result.payload["gcode_text"])

    _construct_main_window(
        AppServices.load(runs_dir=runs_dir, settings_path=workdir / "settings.json", catalog=catalog)
    )
    return f"catalog {catalog.version}, run {run_id}, gcode sha256 {artifact['hashes']['gcode_sha256']}"


def _construct_main_window(services) -> None:
    """Build the main window once (not shown) so a missing Qt module or resource shows up here."""
    from PySide6.QtWidgets import QApplication

    from rmos_desktop.gui.main_window import MainWindow

    _check(QApplication.instance() is not None, "no QApplication")
    window = MainWindow(services)
    try:
        window.tasks.wait_all(10000)
    finally:
        window.deleteLater()
        QApplication.processEvents()


def run_self_test() -> tuple[bool, str]:
    """Run the self-test in a temporary folder; returns (passed, one-line verdict)."""
    workdir = Path(tempfile.mkdtemp(prefix="rmos-selftest-"))
    try:
        details = run_checks(workdir)
    except SelfTestFailed as exc:
        verdict = (False, f"{PREFIX} FAILED: {exc}")
    except Exception as exc:
        log.exception("self-test crashed")
        verdict = (False, f"{PREFIX} FAILED: {type(exc).__name__}: {exc}")
    else:
        verdict = (True, f"{PREFIX} OK ({details})")
    finally:
        _remove_tree(workdir)
    (log.info if verdict[0] else log.error)("%s", verdict[1])
    return verdict
