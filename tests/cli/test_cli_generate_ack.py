"""Issue 14 item 4: `rmos generate` of a YELLOW job asks for the acknowledgement the GUI asks for.

Without --acknowledge-warnings, or with no operator to name, it exits 2 naming the warnings and the flag and
records nothing; with both, the artifact's `meta.acknowledgement` is what `acknowledgement_record` builds.
Through the real command in subprocesses, with private config folders (the settings file's operator)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rmos_desktop.core.assess import acknowledgement_record, assess
from rmos_desktop.core.settings import Settings, save_settings, settings_path
from tests.cli.helpers import rmos, rmos_json
from tests.conftest import examples_dir, load_example

YELLOW = examples_dir() / "yellow-veneer-fast.json"
ACK = "--acknowledge-warnings"


def recorded(runs: Path) -> list[Path]:
    """Every file in the runs directory (artifacts, ledger, sidecars): empty when nothing was recorded."""
    return sorted(p for p in runs.rglob("*") if p.is_file()) if runs.exists() else []


def stdlib_hash(obj) -> str:
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_example_is_yellow_with_two_warnings(catalog):
    a = assess(load_example("yellow-veneer-fast"), catalog)
    assert str(a.risk_level) == "YELLOW" and a.needs_acknowledgement
    assert len(a.decision.warnings) == 2  # blade speed near its maximum, rim speed above the band


def test_yellow_without_the_flag_exits_2_names_warnings_and_flag_and_records_nothing(home, catalog):
    runs = home / "runs"
    warnings = assess(load_example("yellow-veneer-fast"), catalog).decision.warnings
    proc = rmos("generate", YELLOW, "--operator", "Dana", runs_dir=runs)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("rmos: ") and str(YELLOW) in proc.stderr and "YELLOW" in proc.stderr
    assert ACK in proc.stderr and "Traceback" not in proc.stderr
    for warning in warnings:
        assert warning in proc.stderr
    assert proc.stdout == ""
    assert recorded(runs) == []

    code, data, err = rmos_json("generate", YELLOW, "--operator", "Dana", runs_dir=runs)
    assert code == 2 and ACK in err
    assert data["error"] == "REFUSED" and data["recorded"] is False
    assert data["risk_level"] == "YELLOW" and data["warnings"] == list(warnings)
    assert recorded(runs) == []


@pytest.mark.parametrize("operator_args", [(), ("--operator", ""), ("--operator", "   ")])
def test_yellow_with_the_flag_but_no_operator_is_refused_the_same_way(home, operator_args):
    runs = home / "runs"
    proc = rmos("generate", YELLOW, ACK, *operator_args, runs_dir=runs)
    assert proc.returncode == 2, proc.stderr
    assert "no operator is known" in proc.stderr and "--operator NAME" in proc.stderr
    assert recorded(runs) == []


def test_yellow_acknowledged_records_what_the_gui_records(home, catalog):
    runs, out = home / "runs", home / "yellow.nc"
    before = datetime.now(UTC)
    code, data, err = rmos_json("generate", YELLOW, ACK, "--operator", "Dana", "--gcode-out", out, runs_dir=runs)
    after = datetime.now(UTC)
    assert code == 0, err
    assert data["risk_level"] == "YELLOW"
    art = json.loads(Path(data["_run_artifact_path"]).read_text(encoding="utf-8"))
    assert art["status"] == "OK" and art["meta"]["operator"] == "Dana"
    ack = art["meta"]["acknowledgement"]
    at = datetime.fromisoformat(ack["at_utc"].replace("Z", "+00:00"))
    assert ack["at_utc"].endswith("Z") and before <= at <= after
    assert at <= datetime.fromisoformat(art["created_at_utc"].replace("Z", "+00:00"))  # acknowledged, then run
    expected = acknowledgement_record(
        assess(load_example("yellow-veneer-fast"), catalog), operator="Dana", now=lambda: at
    )
    assert ack == expected
    # and against the artifact itself, computed independently of assess
    assert ack["by"] == "Dana"
    assert ack["warnings"] == art["decision"]["warnings"] and len(ack["warnings"]) == 2
    assert ack["request_sha256"] == art["request_sha256"] == stdlib_hash(art["request_summary"])
    assert hashlib.sha256(out.read_bytes()).hexdigest() == art["hashes"]["gcode_sha256"]

    text = rmos("generate", YELLOW, ACK, "--operator", "Dana", runs_dir=runs)
    assert text.returncode == 0 and "2 warnings acknowledged by Dana" in text.stdout


def test_the_operator_comes_from_the_settings_file(home):
    save_settings(Settings(operator="Kim"), settings_path())
    runs = home / "runs"
    code, data, err = rmos_json("generate", YELLOW, ACK, runs_dir=runs)
    assert code == 0, err
    art = json.loads(Path(data["_run_artifact_path"]).read_text(encoding="utf-8"))
    assert art["meta"]["operator"] == "Kim" and art["meta"]["acknowledgement"]["by"] == "Kim"
    code, data, err = rmos_json("generate", YELLOW, ACK, "--operator", "Dana", runs_dir=runs)  # the flag wins
    art = json.loads(Path(data["_run_artifact_path"]).read_text(encoding="utf-8"))
    assert code == 0 and art["meta"]["acknowledgement"]["by"] == "Dana"
    assert rmos("generate", YELLOW, runs_dir=runs).returncode == 2  # an operator alone is no acknowledgement


@pytest.mark.parametrize("flag", [(), (ACK,)])
def test_green_needs_no_flag_and_records_no_acknowledgement(home, flag):
    code, data, err = rmos_json("generate", examples_dir() / "green-veneer-line.json", *flag, runs_dir=home / "r")
    assert code == 0, err
    art = json.loads(Path(data["_run_artifact_path"]).read_text(encoding="utf-8"))
    assert art["decision"]["risk_level"] == "GREEN" and "acknowledgement" not in art["meta"]


@pytest.mark.parametrize("name, level", [("red-kerfcut-overspeed", "RED"), ("unknown-missing-rpm", "UNKNOWN")])
@pytest.mark.parametrize("flag", [(), (ACK,)])
def test_red_and_unknown_are_recorded_blocked_as_before(home, name, level, flag):
    runs = home / "runs"
    code, data, err = rmos_json("generate", examples_dir() / f"{name}.json", *flag, runs_dir=runs)
    assert code == 3 and data["error"] == "SAFETY_BLOCKED", err
    art = json.loads(Path(data["run_artifact_path"]).read_text(encoding="utf-8"))
    assert art["status"] == "BLOCKED" and art["decision"]["risk_level"] == level
    assert "acknowledgement" not in art["meta"]
    assert len(list(runs.rglob("*.json"))) == 1
