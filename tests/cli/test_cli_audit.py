"""`rmos audit verify` and `rmos audit recover` end to end: exit codes, text and JSON, and the issue's
tamper matrix named through the real command."""

import base64
import hashlib
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

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


# ---- checkpoints and cosigning (issue 16 item 4) ---------------------------------------------------------------


def signed_note_parts(text: str) -> tuple[str, list[tuple[str, bytes, bytes]]]:
    """(signed body, [(name, key hash, signature)]) of a C2SP signed note, split by hand."""
    body, _, sig_block = text.partition("\n\n")
    sigs = []
    for line in sig_block.splitlines():
        dash, name, b64 = line.split(" ")
        assert dash == "\u2014"
        blob = base64.b64decode(b64)
        sigs.append((name, blob[:4], blob[4:]))
    return body + "\n", sigs


def pub_raw(pub_text: str) -> bytes:
    return base64.b64decode(pub_text.splitlines()[1])[10:]


def check_signature(body: str, name: str, key_hash: bytes, sig: bytes, raw: bytes) -> None:
    """The signed-note rules, computed here: key hash = SHA-256(name, newline, 0x01, key)[:4]; Ed25519 over body."""
    assert key_hash == hashlib.sha256(name.encode() + b"\n\x01" + raw).digest()[:4]
    Ed25519PublicKey.from_public_bytes(raw).verify(sig, body.encode())  # raises InvalidSignature


@pytest.fixture
def keyed_shop(tmp_path, catalog):
    """Six records signed by a station key of this test's own (config folder under tmp_path)."""
    from rmos_desktop.core.runs.keys import station_key

    cfg = tmp_path / "cfg"
    runs = tmp_path / "runs"
    ids = matrix.populate(open_recorder(runs, signer=station_key(cfg / "rmos-desktop")), catalog)
    env = {"XDG_CONFIG_HOME": str(cfg)}
    stick = tmp_path / "stick"
    stick.mkdir()
    assert rmos("keys", "init", "--out", stick / "supervisor", env=env).returncode == 0
    return runs, ids, env, stick


def test_audit_checkpoint_signs_the_head_and_records_it(keyed_shop):
    runs, _ids, env, stick = keyed_shop
    last = json.loads((runs / "ledger.jsonl").read_text().splitlines()[-1])
    code, data, err = rmos_json("audit", "checkpoint", "--out", stick / "cp.txt", runs_dir=runs, env=env)
    assert code == 0, err
    note = (stick / "cp.txt").read_text()
    assert note == data["note"]
    body, sigs = signed_note_parts(note)
    station_pub = rmos("keys", "public", env=env).stdout
    key_id = station_pub.splitlines()[0].rsplit(" ", 1)[1]
    origin = f"rmos-desktop/{key_id}"
    assert body == f"{origin}\n{last['seq']}\n{base64.b64encode(bytes.fromhex(last['hash'])).decode()}\n"
    ((name, key_hash, sig),) = sigs
    assert name == origin
    check_signature(body, name, key_hash, sig, pub_raw(station_pub))
    record = json.loads(Path(data["record_path"]).read_text())
    assert Path(data["record_path"]).parent.parent.name == "checkpoints" and record["note"] == note
    assert data["size"] == last["seq"] and data["head"] == f"{last['seq']}:{last['hash']}"
    proc = rmos("audit", "verify", "--runs-dir", runs, env=env)
    assert proc.returncode == 0 and "checkpoints: 1 checked, 1 verified and extended by the ledger" in proc.stdout
    text = rmos("audit", "checkpoint", "--runs-dir", runs, env=env)
    assert text.returncode == 0 and text.stdout.startswith(f"Checkpoint of ledger seq {last['seq'] + 1} signed")


def test_audit_checkpoint_refuses_when_a_record_is_missing(keyed_shop):
    runs, ids, env, stick = keyed_shop
    rel = matrix.delete_artifact(runs, ids)
    proc = rmos("audit", "checkpoint", "--out", stick / "cp.txt", "--runs-dir", runs, env=env)
    assert proc.returncode == 1 and "no checkpoint signed" in proc.stderr and "artifact_missing" in proc.stderr
    assert rel in proc.stderr and "Traceback" not in proc.stderr
    assert not (stick / "cp.txt").exists() and not (runs / "records" / "checkpoints").exists()


def test_audit_checkpoint_bad_targets_are_refused_before_anything_is_signed(keyed_shop, tmp_path):
    runs, _ids, env, stick = keyed_shop
    (stick / "old.txt").write_text("kept")
    cases = [
        (stick / "old.txt", "already exists"),
        (runs / "cp.txt", "inside the runs directory"),
        (stick, "not a regular file"),
        (tmp_path / "nowhere" / "cp.txt", "does not exist"),
    ]
    for target, words in cases:
        proc = rmos("audit", "checkpoint", "--out", target, "--runs-dir", runs, env=env)
        assert proc.returncode == 2 and words in proc.stderr, (target, proc.stderr)
    assert (stick / "old.txt").read_text() == "kept" and not (runs / "records" / "checkpoints").exists()
    proc = rmos("audit", "checkpoint", "--out", stick / "old.txt", "--overwrite", "--runs-dir", runs, env=env)
    assert proc.returncode == 0 and (stick / "old.txt").read_text().startswith("rmos-desktop/")
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = rmos("audit", "checkpoint", "--runs-dir", empty, env=env)
    assert proc.returncode == 1 and "ledger is empty" in proc.stderr
    proc = rmos("audit", "checkpoint", "--runs-dir", tmp_path / "absent", env=env)
    assert proc.returncode == 2 and "not a runs directory" in proc.stderr and not (tmp_path / "absent").exists()


def test_audit_cosign_adds_the_supervisors_signature_and_records_it(keyed_shop):
    runs, _ids, env, stick = keyed_shop
    assert rmos("audit", "checkpoint", "--out", stick / "cp.txt", "--runs-dir", runs, env=env).returncode == 0
    before = (stick / "cp.txt").read_text()
    code, data, err = rmos_json(
        "audit",
        "cosign",
        stick / "cp.txt",
        "--key",
        stick / "supervisor.key",
        "--name",
        "supervisor",
        runs_dir=runs,
        env=env,
    )
    assert code == 0, err
    after = (stick / "cp.txt").read_text()
    assert after.startswith(before) and after == data["note"]  # only a signature line was added
    body, sigs = signed_note_parts(after)
    assert [s[0] for s in sigs] == [sigs[0][0], "supervisor"]
    check_signature(body, *sigs[1], pub_raw((stick / "supervisor.pub").read_text()))
    assert json.loads(Path(data["record_path"]).read_text())["note"] == after
    code, report, _ = rmos_json(
        "audit", "verify", "--trust", stick / "supervisor.pub", "--checkpoint", stick / "cp.txt", runs_dir=runs, env=env
    )
    assert code == 0 and report["problems"] == []
    assert [len(c["verified_by"]) for c in report["checkpoints"]] == [1, 2, 2]  # station's record, cosigned, file
    out = stick / "copy.txt"
    again = ("--key", stick / "supervisor.key", "--name", "supervisor", "--out", out)
    proc = rmos("audit", "cosign", stick / "cp.txt", *again, env=env, runs_dir=runs)
    assert proc.returncode == 0 and (stick / "cp.txt").read_text() == after and out.read_text() == after


def test_audit_cosign_refusals(keyed_shop, tmp_path):
    runs, ids, env, stick = keyed_shop
    assert rmos("audit", "checkpoint", "--out", stick / "cp.txt", "--runs-dir", runs, env=env).returncode == 0
    station_key_file = tmp_path / "cfg" / "rmos-desktop" / "keys" / "station.key"

    def cosign(note, key=stick / "supervisor.key", *extra):
        return rmos("audit", "cosign", note, "--key", key, *extra, runs_dir=runs, env=env)

    proc = cosign(stick / "cp.txt", station_key_file)
    assert proc.returncode == 2 and "station key" in proc.stderr and "off the workstation" in proc.stderr
    garbage = stick / "garbage.txt"
    garbage.write_text("not a checkpoint\n")
    proc = cosign(garbage)
    assert proc.returncode == 2 and "garbage.txt" in proc.stderr
    proc = cosign(stick / "cp.txt", stick / "supervisor.pub")
    assert proc.returncode == 2 and "--key" in proc.stderr and "secret key" in proc.stderr
    proc = cosign(stick / "cp.txt", stick / "supervisor.key", "--name", "two words")
    assert proc.returncode == 2 and "--name" in proc.stderr
    proc = cosign(stick / "cp.txt", stick / "supervisor.key", "--name", "sup\x1b]0;x\x07")
    assert proc.returncode == 2 and "control characters" in proc.stderr and "\x1b" not in proc.stderr
    # a checkpoint the station never signed: the cosigner vouches only for what the station signed
    forged = stick / "forged.txt"
    text = (stick / "cp.txt").read_text()
    body, sigs = signed_note_parts(text)
    name, key_hash, sig = sigs[0]
    bad = bytes([sig[0] ^ 1]) + sig[1:]
    forged.write_text(f"{body}\n\u2014 {name} {base64.b64encode(key_hash + bad).decode()}\n")
    proc = cosign(forged)
    assert proc.returncode == 1 and "not cosigned" in proc.stderr
    # a ledger that no longer extends it
    matrix.rewrite_ledger_line(runs, ids)
    before = text
    proc = cosign(stick / "cp.txt")
    assert proc.returncode == 1 and "not cosigned" in proc.stderr and (stick / "cp.txt").read_text() == before
    assert "Traceback" not in proc.stderr


def test_audit_verify_checkpoint_problems_are_named(keyed_shop):
    runs, _ids, env, stick = keyed_shop
    assert rmos("audit", "checkpoint", "--out", stick / "cp.txt", "--runs-dir", runs, env=env).returncode == 0
    body, sigs = signed_note_parts((stick / "cp.txt").read_text())
    name, key_hash, _sig = sigs[0]
    tampered = stick / "tampered.txt"
    tampered.write_text(f"{body}\n\u2014 {name} {base64.b64encode(key_hash + bytes(64)).decode()}\n")
    code, report, _ = rmos_json("audit", "verify", "--checkpoint", tampered, runs_dir=runs, env=env)
    assert code == 1 and codes_of(report) == {"checkpoint_signature_invalid"}
    code, report, _ = rmos_json(
        "audit", "verify", "--checkpoint", stick / "cp.txt", "--no-station-key", runs_dir=runs, env=env
    )
    assert code == 1 and codes_of(report) == {"checkpoint_untrusted"}  # a given checkpoint needs a trusted signer
    proc = rmos("audit", "verify", "--trust", stick / "cp.txt", "--runs-dir", runs, env=env)
    assert proc.returncode == 2 and "--trust" in proc.stderr and "Traceback" not in proc.stderr
    proc = rmos("audit", "verify", "--checkpoint", stick / "missing.txt", "--runs-dir", runs, env=env)
    assert proc.returncode == 2 and "--checkpoint" in proc.stderr


def codes_of(report) -> set[str]:
    return {p["code"] for p in report["problems"]}


def test_the_plain_audit_text_is_unchanged_without_checkpoints(shop_dir):
    runs, _ = shop_dir
    proc = rmos("audit", "verify", "--runs-dir", runs)
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert len(lines) == 3 and lines[1].startswith("OK  All 6 records consistent") and "checkpoints" not in proc.stdout


@pytest.mark.parametrize("tamper", [None, "rewrite_ledger_line", "edit_ledger_line", "delete_ledger_line", "cut"])
def test_one_ledger_pass_for_all_checkpoints_agrees_with_the_core(keyed_shop, catalog, tamper):
    """`audit verify` reads the ledger once for every checkpoint (the core's check_checkpoints scans it once per
    checkpoint: 11.8 s for 300 checkpoints over 3,300 lines against 0.13 s); both must say the same."""
    from rmos_desktop.cli.audit import check_all_checkpoints
    from rmos_desktop.core.runs.checkpoints import check_checkpoints, make_checkpoint
    from rmos_desktop.core.runs.keys import SigningKey, station_key

    runs, ids, _env, _stick = keyed_shop
    key = station_key(Path(_env["XDG_CONFIG_HOME"]) / "rmos-desktop")
    recorder = open_recorder(runs, signer=key)
    make_checkpoint(recorder, key)
    matrix.populate(recorder, catalog)
    make_checkpoint(recorder, key)
    given = [("elsewhere", make_checkpoint(recorder, key, record=False).text)]
    if tamper == "cut":
        lines = (runs / "ledger.jsonl").read_bytes().splitlines(keepends=True)
        (runs / "ledger.jsonl").write_bytes(b"".join(lines[:9]))
    elif tamper is not None:
        getattr(matrix, tamper)(runs, ids)
    for keys in ([key.public()], [], [SigningKey.generate().public()]):
        core = check_checkpoints(runs, keys, given)
        ours = check_all_checkpoints(runs, keys, given)
        assert [(f.source, f.problem, f.extends and f.extends.problem) for f in ours] == [
            (f.source, f.problem, f.extends and f.extends.problem) for f in core
        ]
        assert len(ours) == 3
    trusted = check_all_checkpoints(runs, [key.public()], given)
    assert any(f.problem for f in trusted) is (tamper is not None)
    if tamper == "cut":  # the first checkpoint (size 6) still stands; the later ones are beyond the end
        assert [f.extends.ok for f in trusted] == [True, False, False]


def test_the_audit_says_which_key_signed_the_lines_not_every_trusted_key(keyed_shop):
    runs, _ids, env, stick = keyed_shop
    station_id = rmos("keys", "public", env=env).stdout.splitlines()[0].rsplit(" ", 1)[1]
    supervisor_id = (stick / "supervisor.pub").read_text().splitlines()[0].rsplit(" ", 1)[1]
    proc = rmos("audit", "verify", "--trust", stick / "supervisor.pub", "--runs-dir", runs, env=env)
    assert proc.returncode == 0
    assert f"lines by key: 6 line(s) signed by {station_id}\n" in proc.stdout
    assert f"trusted keys: {station_id}, {supervisor_id}" in proc.stdout
    code, report, _ = rmos_json(
        "audit", "verify", "--no-station-key", "--trust", stick / "supervisor.pub", runs_dir=runs, env=env
    )
    assert code == 1 and report["lines_by_key"] == {station_id: 6}
    assert {p["code"] for p in report["problems"]} == {"signature_untrusted"}
    text = rmos("audit", "verify", "--no-station-key", "--trust", stick / "supervisor.pub", "--runs-dir", runs, env=env)
    assert f"6 line(s) signed by {station_id} (not a trusted key)" in text.stdout
