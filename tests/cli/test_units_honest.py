"""`--units in` end to end: a job a hair over a limit reads as over it, in the table, the messages and the
block reason of `rmos check`, `rmos generate` and `rmos runs show` (issue 14 items 1 and 6)."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from tests.cli.helpers import rmos, rmos_json
from tests.conftest import examples_dir

GREEN = examples_dir() / "green-veneer-line.json"  # saw:veneer_160: exposure (160 − 50)/2 − 5 = 50 mm
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:e-?\d+)?")


def job(tmp_path, name: str, **changes) -> str:
    data = json.loads(GREEN.read_text())
    data.update(changes)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data))
    return str(path)


def row(stdout: str, label: str) -> tuple[str, str]:
    """The table line of calculator `label` and the explanation line under it."""
    lines = stdout.splitlines()
    i = next(i for i, line in enumerate(lines) if line.startswith(f"  {label} "))
    return lines[i], lines[i + 1]


def no_negative_zero(text: str) -> None:
    for n in NUMBER.findall(text):
        assert not (n.startswith("-") and Decimal(n) == 0), f"-0 in: {text}"


def test_a_depth_0_0001_mm_past_the_stock_reads_past_it_in_inches(tmp_path):
    # 0.5001 mm / 25.4 = 0.0196890…; 0.5 mm / 25.4 = 0.0196850…. Before, the row read "0.019689 in ≤ 0.0197 in":
    # a value over its limit shown under it.
    path = job(tmp_path, "stock", depth_mm=0.5001, stock={"length_mm": 400, "width_mm": 100, "thickness_mm": 0.5})
    proc = rmos("check", path, "--units", "in")
    assert proc.returncode == 0, proc.stderr  # YELLOW: would generate
    line, why = row(proc.stdout, "stock")
    assert "0.019689 in" in line and "≤ 0.019685 in (thickness)" in line and "YELLOW" in line
    assert why.strip() == "Depth 0.019689 in is deeper than the 0.019685 in stock: the blade cuts into the spoilboard"
    assert f"warning: {why.strip()}" in proc.stdout
    no_negative_zero(proc.stdout)
    # millimetres: the value and the limit as the core wrote them
    line, why = row(rmos("check", path).stdout, "stock")
    assert "0.5001 mm" in line and "≤ 0.50 mm (thickness)" in line
    # JSON is millimetres whatever --units says
    code, a, _ = rmos_json("check", path, "--units", "in")
    _, b, _ = rmos_json("check", path)
    assert code == 0 and a == b
    stock = next(c for c in a["feasibility"]["calculators"] if c["id"] == "stock")
    assert stock["value"] == 0.5001 and "0.5001 mm" in stock["explanation"] and "0.5000 mm" in stock["explanation"]


def test_a_depth_0_0001_mm_past_the_exposure_is_blocked_with_numbers_apart(tmp_path):
    path = job(tmp_path, "deep", depth_mm=50.0001)
    proc = rmos("check", path, "--units", "in")
    assert proc.returncode == 3
    line, why = row(proc.stdout, "depth")
    # 50.0001 / 25.4 = 1.9685079; 50 / 25.4 = 1.9685039; 40 / 25.4 = 1.5748031
    assert "1.968508 in" in line and "≤ 1.5748 (exposure 1.9685)" in line
    reason = "Depth 1.968508 in is beyond the blade's exposure 1.9685 in: the flange hits the work"
    assert why.strip() == reason and f"Would be BLOCKED: {reason}" in proc.stdout
    no_negative_zero(proc.stdout)
    # generate: the block reason in inches; runs show: the same row and reason
    runs = tmp_path / "runs"
    gen = rmos("generate", path, "--units", "in", runs_dir=runs)
    assert gen.returncode == 3
    assert gen.stdout.startswith(f"SAFETY_BLOCKED: Toolpath generation blocked by the safety policy: {reason}")
    run_id = re.search(r"run ([0-9a-f]{32})", gen.stdout)[1]
    show = rmos("runs", "show", run_id, "--units", "in", runs_dir=runs)
    assert show.returncode == 0, show.stderr
    assert f"blocked   {reason}" in show.stdout
    assert "1.968508 in" in row(show.stdout, "depth")[0]
    no_negative_zero(gen.stdout + show.stdout)


def test_an_rpm_0_001_over_the_marked_maximum_shows_its_digits_in_both_systems(tmp_path):
    path = job(tmp_path, "rpm", rpm=10000.001)  # the veneer blade's marked maximum is 10000 rpm
    for units in ("mm", "in"):
        proc = rmos("check", path, "--units", units)
        assert proc.returncode == 3
        line, why = row(proc.stdout, "blade speed")
        assert "10000.001 rpm" in line and "(max 10000)" in line  # before: "10000 rpm" beside "max 10000"
        assert "10000.001 rpm exceeds the blade's marked maximum 10000 rpm" in why


def test_no_negative_zero_in_any_output_of_the_examples():
    for example in sorted(examples_dir().glob("*.json")):
        for units in ("mm", "in"):
            proc = rmos("check", example, "--units", units)
            assert proc.returncode in (0, 3), proc.stderr
            no_negative_zero(proc.stdout)
