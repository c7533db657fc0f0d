"""`rmos audit recover` signs the `quarantine` line it writes with the station key, like every other line:
before, it opened its recorder without the key, so the audit that followed a recovery named that line
`signature_missing` (an unsigned line after signed ones: forged) and `audit verify` failed (exit 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rmos_desktop.core.runs.ledger import MAX_LINE
from tests.cli.helpers import rmos, rmos_json
from tests.conftest import REPO

GREEN = REPO / "resources" / "examples" / "green-veneer-line.json"


@pytest.fixture
def signed_runs(tmp_path) -> Path:
    """Two runs written by `rmos generate` (every ledger line signed by the station key); audit passes."""
    runs = tmp_path / "runs"
    for _ in range(2):
        proc = rmos("generate", GREEN, "--runs-dir", runs)
        assert proc.returncode == 0, proc.stderr
    code, report, err = rmos_json("audit", "verify", "--runs-dir", runs)
    assert code == 0 and report["signed"] == 2 and report["unsigned_older"] == 0, (err, report)
    return runs


def _lines(runs: Path) -> list[dict]:
    return [json.loads(line) for line in (runs / "ledger.jsonl").read_text().splitlines()]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b'{"seq": 3, "edited by hand\n', id="unparseable-last-line"),
        pytest.param(b'{"seq": 3, "kind": "artifact", "path": "' + b"x" * (MAX_LINE + 10), id="over-long-torn-tail"),
    ],
)
def test_recover_a_damaged_tail_then_verify_passes(signed_runs, tmp_path, damage):
    runs = signed_runs
    keys = {line["sig"]["key"] for line in _lines(runs)}
    assert len(keys) == 1  # the station key
    with open(runs / "ledger.jsonl", "ab") as fh:
        fh.write(damage)
    proc = rmos("generate", GREEN, "--runs-dir", runs)
    assert proc.returncode == 5, proc.stdout  # recording stops until the end is moved aside

    code, done, err = rmos_json("audit", "recover", "--runs-dir", runs)
    assert code == 0, err
    side = Path(done["quarantined"])
    assert side.read_bytes() == damage and done["ledger_bytes_removed"] == len(damage)
    last = _lines(runs)[-1]
    assert last["kind"] == "quarantine" and last["path"] == side.name and last["seq"] == 3
    assert "sig" in last and last["sig"]["key"] in keys  # signed by the same station key as the lines before it

    proc = rmos("audit", "verify", "--runs-dir", runs)
    assert proc.returncode == 0, proc.stdout
    code, report, _ = rmos_json("audit", "verify", "--runs-dir", runs)
    assert code == 0 and report["quarantined"] == 1 and report["signed"] == 3, report
    assert "signature_missing" not in {p["code"] for p in report["problems"]}

    # recording goes on, and the trail still verifies
    assert rmos("generate", GREEN, "--runs-dir", runs).returncode == 0
    code, report, _ = rmos_json("audit", "verify", "--runs-dir", runs)
    assert code == 0 and report["signed"] == 4, report
