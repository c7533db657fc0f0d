"""`rmos audit verify` and `rmos audit recover` end to end: exit codes, text and JSON, and the issue's
tamper matrix named through the real command."""

import json
from pathlib import Path

import pytest

from rmos_desktop.core.runs.recorder import RunRecorder
from rmos_desktop.core.services import open_recorder
from tests.cli.helpers import rmos, rmos_json
from tests.core import test_audit as matrix

CLI_TAMPER = [
    "flip-one-byte",
    "delete-artifact",
    "stray-artifact",
    "edit-ledger-line",
    "delete-ledger-line",
    "swap-ledger-lines",
    "forged-void",
    "forged-appended-line",
]


@pytest.fixture
def shop_dir(tmp_path, catalog):
    """Six records signed by the station key, as the CLI and the GUI write them."""
    runs = tmp_path / "runs"
    ids = matrix.populate(open_recorder(runs), catalog)
    return runs, ids


def test_a_consistent_directory_exits_0_and_quotes_the_head(shop_dir):
    runs, _ = shop_dir
    proc = rmos("audit", "verify", "--runs-dir", runs)
    assert proc.returncode == 0, proc.stderr
    head = RunRecorder.open(runs).head()
    assert f"All 6 records consistent, ledger head {head}" in proc.stdout
    assert "does not prevent it" in proc.stdout
    code, report, _ = rmos_json("audit", "verify", "--expect-head", str(head), runs_dir=runs)  # via RMOS_RUNS_DIR
    assert code == 0 and report["ok"] and report["head"] == str(head) and report["problems"] == []


@pytest.mark.parametrize("case", CLI_TAMPER)
def test_the_tamper_matrix_through_the_cli(shop_dir, case):
    runs, ids = shop_dir
    tamper, codes = matrix.TAMPER[case]
    named = tamper(runs, ids)
    code, report, err = rmos_json("audit", "verify", "--runs-dir", runs)
    assert code == 1, err
    assert not report["ok"] and {p["code"] for p in report["problems"]} == codes
    if named:
        assert named in {p["path"] for p in report["problems"]}
    text = rmos("audit", "verify", "--runs-dir", runs)
    assert text.returncode == 1 and "PROBLEMS" in text.stdout and "Traceback" not in text.stderr
    assert all(c in text.stdout for c in codes)


def test_a_truncated_tail_needs_the_expected_head(shop_dir):
    runs, _ = shop_dir
    head = str(RunRecorder.open(runs).head())
    ledger = runs / "ledger.jsonl"
    ledger.write_bytes(b"".join(ledger.read_bytes().splitlines(keepends=True)[:-1]))
    code, report, _ = rmos_json("audit", "verify", "--runs-dir", runs, "--expect-head", head)
    assert code == 1 and "ledger_truncated" in {p["code"] for p in report["problems"]}
    truncated = next(p for p in report["problems"] if p["code"] == "ledger_truncated")
    assert "ends at seq 5" in truncated["message"]


@pytest.mark.parametrize("head", ["12", "x:y", "1:" + "a" * 63, "0:" + "a" * 64])
def test_a_malformed_head_is_a_usage_error(shop_dir, head):
    runs, _ = shop_dir
    proc = rmos("audit", "verify", "--runs-dir", runs, "--expect-head", head)
    assert proc.returncode == 2 and "--expect-head" in proc.stderr and "Traceback" not in proc.stderr


def test_a_runs_directory_that_does_not_exist_is_a_usage_error(tmp_path):
    proc = rmos("audit", "verify", "--runs-dir", tmp_path / "nowhere")
    assert proc.returncode == 2 and "not a runs directory" in proc.stderr
    assert not (tmp_path / "nowhere").exists()


def test_help_says_it_detects_and_does_not_prevent():
    proc = rmos("audit", "verify", "--help")
    assert proc.returncode == 0
    text = " ".join(proc.stdout.split())
    assert "detects tampering; it does not prevent it" in text and "--expect-head" in text
    assert "does not prevent" in " ".join(rmos("audit", "--help").stdout.split())


def test_recover_then_verify(tmp_path, catalog):
    from tests.core.test_ledger import crash_after_ledger_line, sample_artifact

    runs = tmp_path / "runs"
    recorder = RunRecorder.open(runs)
    artifact, _ = sample_artifact(recorder, catalog)
    crash_after_ledger_line(recorder, artifact)
    code, report, _ = rmos_json("audit", "verify", "--runs-dir", runs)
    assert code == 1 and [p["code"] for p in report["problems"]] == ["interrupted_write"]
    code, done, err = rmos_json("audit", "recover", "--runs-dir", runs)
    assert code == 0, err
    assert [p.endswith(f"{artifact.run_id}.json") for p in done["completed"]] == [True]
    assert rmos("audit", "verify", "--runs-dir", runs).returncode == 0
    proc = rmos("audit", "recover", "--runs-dir", runs)
    assert proc.returncode == 0 and "nothing to repair" in proc.stdout
    json.loads((runs / "ledger.jsonl").read_text().splitlines()[0])


def test_h1_a_forged_void_no_longer_hides_a_deleted_blocked_run(shop_dir):
    """Issue 16 H1, through the CLI: delete a BLOCKED artifact and append a void repeating its path and
    sha256 with a correct prev/hash. Before: `audit verify` said OK ("1 failed writes voided")."""
    runs, ids = shop_dir
    head = RunRecorder.open(runs).head()
    rel = matrix.forged_void(runs, ids)  # ids[1] is the BLOCKED red-kerfcut run
    proc = rmos("audit", "verify", "--runs-dir", runs, "--expect-head", head)
    assert proc.returncode == 1, proc.stdout
    assert "void_forged" in proc.stdout and "artifact_missing" in proc.stdout and "signature_missing" in proc.stdout
    assert ids[1] in proc.stdout and "failed writes voided" not in proc.stdout
    code, report, _ = rmos_json("audit", "verify", "--runs-dir", runs)
    forged = [p for p in report["problems"] if p["code"] == "void_forged"]
    assert code == 1 and [p["path"] for p in forged] == [rel] and report["voided"] == 0
    missing = [p for p in report["problems"] if p["code"] == "artifact_missing"]
    assert [p["path"] for p in missing] == [rel]


def test_a_signed_trail_reports_its_signatures(shop_dir):
    runs, _ = shop_dir
    code, report, _ = rmos_json("audit", "verify", "--runs-dir", runs)
    assert code == 0 and report["signed"] == 6 and report["unsigned_older"] == 0
    assert len(report["trusted_keys"]) == 1 and report["trusted_keys"][0] in report["signatures"]


def test_l2_a_damaged_last_line_is_quarantined_by_audit_recover_and_writes_continue(shop_dir, tmp_path):
    """Issue 16 L2: one unparseable last line stopped all writes (exit 5) and `audit recover` said "nothing to
    repair"."""
    from tests.conftest import load_example

    runs, _ = shop_dir
    job = tmp_path / "job.json"
    job.write_text(json.dumps(load_example("green-veneer-line")))
    garbage = b'{"seq": 7, "edited by hand\n'
    with open(runs / "ledger.jsonl", "ab") as fh:
        fh.write(garbage)
    proc = rmos("generate", job, "--runs-dir", runs)
    assert proc.returncode == 5 and "audit recover" in proc.stdout + proc.stderr
    code, done, err = rmos_json("audit", "recover", "--runs-dir", runs)
    assert code == 0, err
    side = Path(done["quarantined"])
    assert side.parent == runs and side.read_bytes() == garbage
    assert done["ledger_bytes_removed"] == len(garbage)
    last = json.loads((runs / "ledger.jsonl").read_text().splitlines()[-1])
    assert last["kind"] == "quarantine" and last["path"] == side.name and last["seq"] == 7
    proc = rmos("generate", job, "--runs-dir", runs)
    assert proc.returncode == 0, proc.stderr
