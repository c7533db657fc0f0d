"""`--units in`: human output in inches, ft/min and in/tooth; JSON, artifacts and hashes stay millimetres."""

from __future__ import annotations

import json

from rmos_desktop.core.units import convert_limit, convert_text, display_number
from tests.cli.helpers import rmos, rmos_json
from tests.conftest import examples_dir

RED = examples_dir() / "red-kerfcut-overspeed.json"


def test_converted_texts_against_hand_worked_values():
    # 50 / 25.4 = 1.96850…; 50.001 / 25.4 = 1.96854…: written with more digits, shown with more
    assert convert_text("Depth 50.001 mm is beyond the blade's exposure 50 mm", "in") == (
        "Depth 1.96854 in is beyond the blade's exposure 1.9685 in"
    )
    assert convert_text("Feed 6000 mm/min", "in") == "Feed 236.22 in/min"  # 6000 / 25.4 = 236.220…
    assert convert_text("rim 42.5 m/s", "in") == "rim 8366 ft/min"  # 42.5 / 0.00508 = 8366.14…
    assert convert_limit("0.1–0.25 mm/t (red > 0.375)", "mm/tooth", "in") == "0.00394–0.00984 in/tooth (red > 0.01476)"
    assert convert_limit("≤ 52 (exposure 65)", "mm", "in") == "≤ 2.0472 (exposure 2.5591)"  # 52/25.4, 65/25.4
    assert convert_limit("≤ 6300 (max 7000)", "rpm", "in") == "≤ 6300 (max 7000)"  # rpm is rpm
    assert convert_text("X -0.04 mm", "mm") == "X -0.04 mm"
    assert display_number(3.0, "mm", "in") == "0.1181 in" and display_number(14.4, "W", "in") == "14.4 W"


def test_check_in_inches_and_json_in_millimetres(tmp_path):
    inches = rmos("check", RED, "--units", "in")
    assert inches.returncode == 3
    assert "ft/min" in inches.stdout and "in/tooth" in inches.stdout and "12000 rpm" in inches.stdout
    assert " mm/min" not in inches.stdout and " m/s" not in inches.stdout
    plain = rmos("check", RED)
    assert "m/s" in plain.stdout and "ft/min" not in plain.stdout
    code, a, _ = rmos_json("check", RED, "--units", "in")
    _, b, _ = rmos_json("check", RED)
    assert code == 3 and a == b  # JSON is always millimetres


def test_the_settings_file_sets_the_default_units(tmp_path):
    config = tmp_path / "config" / "rmos-desktop"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"units": "in"}))
    proc = rmos("check", RED, env={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert "ft/min" in proc.stdout
    proc = rmos("check", RED, "--units", "mm", env={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert "ft/min" not in proc.stdout


def test_the_artifact_records_the_entry_unit(tmp_path):
    code, _, _ = rmos_json("generate", examples_dir() / "green-veneer-line.json", "--units", "in", runs_dir=tmp_path)
    assert code == 0
    artifact = json.loads(next(tmp_path.glob("*/*.json")).read_text())
    assert artifact["meta"]["entry_unit"] == "mm"  # job files are millimetres; --units only changes the display
