"""`rmos keys public` and `rmos keys init` end to end (subprocesses, each test with a config folder of its own):
the files are minisign's own formats, checked here by decoding them by hand and by the real `minisign`."""

from __future__ import annotations

import base64
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from tests.cli.helpers import rmos
from tests.conftest import REPO
from tests.tools import need_tool


def run(cfg: Path, *args):
    proc = rmos(*args, env={"XDG_CONFIG_HOME": str(cfg)})
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def decode_pub(text: str) -> tuple[str, bytes, bytes]:
    """(comment, key id, raw public key) of a minisign .pub text, decoded by hand."""
    comment, line = text.splitlines()
    blob = base64.b64decode(line)
    assert len(blob) == 42 and blob[:2] == b"Ed"
    return comment, blob[2:10], blob[10:]


def shown_id(key_id: bytes) -> str:
    return f"{int.from_bytes(key_id, 'little'):016X}"  # minisign prints the 8 bytes as a little-endian number


def decode_secret(text: str) -> tuple[bytes, bytes, bytes]:
    """(key id, seed, public key) of an unencrypted minisign secret key, decoded by hand."""
    blob = base64.b64decode(text.splitlines()[1])
    assert len(blob) == 158 and blob[:6] == b"Ed\0\0B2"
    return blob[54:62], blob[62:94], blob[94:126]


def test_keys_public_makes_the_station_key_on_first_need_and_prints_it(tmp_path):
    cfg = tmp_path / "cfg"
    key_file = cfg / "rmos-desktop" / "keys" / "station.key"
    assert not key_file.exists()
    proc = run(cfg, "keys", "public")
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    comment, key_id, raw = decode_pub(proc.stdout)
    assert comment == f"untrusted comment: minisign public key {shown_id(key_id)}"
    secret_id, seed, public = decode_secret(key_file.read_text())
    derived = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert (secret_id, raw) == (key_id, derived) and public == derived
    again = run(cfg, "keys", "public", "--json")  # the same key next time, never a new one
    data = json.loads(again.stdout)
    assert data["key_id"] == shown_id(key_id) and data["pub_file_text"] == proc.stdout
    assert data["public_key"] == proc.stdout.splitlines()[1]
    other = run(tmp_path / "other-pc", "keys", "public")
    assert decode_pub(other.stdout)[1] != key_id  # another workstation, another key


def test_keys_public_out_writes_and_never_replaces_another_file_silently(tmp_path):
    cfg = tmp_path / "cfg"
    target = tmp_path / "station.pub"
    proc = run(cfg, "keys", "public", "--out", target)
    assert proc.returncode == 0 and "Wrote the station public key" in proc.stdout
    assert target.read_text() == run(cfg, "keys", "public").stdout
    assert run(cfg, "keys", "public", "--out", target).returncode == 0  # the same key again: fine
    other = tmp_path / "other.pub"
    other.write_text("someone else's key\n")
    proc = run(cfg, "keys", "public", "--out", other)
    assert proc.returncode == 2 and "already exists" in proc.stderr and "--overwrite" in proc.stderr
    assert other.read_text() == "someone else's key\n"
    assert run(cfg, "keys", "public", "--out", other, "--overwrite").returncode == 0
    assert other.read_text() == target.read_text()
    proc = run(cfg, "keys", "public", "--out", tmp_path)
    assert proc.returncode == 2 and "a folder" in proc.stderr
    proc = run(cfg, "keys", "public", "--out", tmp_path / "nowhere" / "x.pub")
    assert proc.returncode == 2 and "does not exist" in proc.stderr


def test_a_damaged_station_key_is_an_error_and_left_alone(tmp_path):
    cfg = tmp_path / "cfg"
    assert run(cfg, "keys", "public").returncode == 0
    key_file = cfg / "rmos-desktop" / "keys" / "station.key"
    key_file.write_text("untrusted comment: x\nnot base64 !!\n")
    proc = run(cfg, "keys", "public")
    assert proc.returncode == 1 and "station key cannot be used" in proc.stderr and proc.stdout == ""
    assert key_file.read_text() == "untrusted comment: x\nnot base64 !!\n"


def test_a_config_folder_that_cannot_be_made_is_a_storage_error(tmp_path):
    blocker = tmp_path / "cfg"
    blocker.write_text("a file where the config folder should be")
    proc = run(blocker, "keys", "public")
    assert proc.returncode == 5 and "cannot create the station key" in proc.stderr


def test_keys_init_makes_a_pair_that_minisign_signs_and_verifies_with(tmp_path):
    cfg, stick = tmp_path / "cfg", tmp_path / "stick"
    stick.mkdir()
    proc = run(cfg, "keys", "init", "--out", stick / "supervisor", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    key, pub = stick / "supervisor.key", stick / "supervisor.pub"
    assert (data["secret_key_file"], data["public_key_file"]) == (str(key), str(pub))
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    key_id, seed, public = decode_secret(key.read_text())
    _comment, pub_id, raw = decode_pub(pub.read_text())
    derived = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert (pub_id, raw, public) == (key_id, derived, derived) and data["key_id"] == shown_id(key_id)
    station_pub = run(cfg, "keys", "public").stdout
    assert decode_pub(station_pub)[1] != key_id  # not the station key
    minisign = need_tool("minisign", "minisign")
    note = tmp_path / "note.txt"
    note.write_text("cosigned by the supervisor\n")
    signed = subprocess.run(
        [minisign, "-S", "-s", str(key), "-m", str(note)], capture_output=True, text=True, check=False, input="\n"
    )
    assert signed.returncode == 0, signed.stderr
    check = subprocess.run([minisign, "-Vm", str(note), "-p", str(pub)], capture_output=True, text=True, check=False)
    assert check.returncode == 0 and "verified" in check.stdout, check.stderr


def test_keys_init_never_overwrites_and_names_the_problem(tmp_path):
    cfg, stick = tmp_path / "cfg", tmp_path / "stick"
    stick.mkdir()
    assert run(cfg, "keys", "init", "--out", stick / "sup.key").returncode == 0  # a trailing .key is dropped
    before = {p.name: p.read_bytes() for p in stick.iterdir()}
    assert sorted(before) == ["sup.key", "sup.pub"]
    for out in ("sup", "sup.pub", "sup.key"):
        proc = run(cfg, "keys", "init", "--out", stick / out)
        assert proc.returncode == 2 and "already exists" in proc.stderr and "never overwritten" in proc.stderr
    (stick / "only.pub").write_text("x")
    proc = run(cfg, "keys", "init", "--out", stick / "only")
    assert proc.returncode == 2 and not (stick / "only.key").exists()
    assert {p.name: p.read_bytes() for p in stick.iterdir() if p.name.startswith("sup")} == before
    proc = run(cfg, "keys", "init", "--out", tmp_path / "nowhere" / "sup")
    assert proc.returncode == 2 and "does not exist" in proc.stderr
    run(cfg, "keys", "public")
    proc = run(cfg, "keys", "init", "--out", cfg / "rmos-desktop" / "keys" / "supervisor")
    assert proc.returncode == 2 and "holds the station key" in proc.stderr
    proc = run(cfg, "keys", "init", "--out", stick / "c", "--comment", "line\nbreak")
    assert proc.returncode == 2 and "--comment" in proc.stderr


def test_keys_init_into_a_folder_that_refuses_writes_is_a_storage_error(tmp_path):
    """Root writes through read-only modes, so the refusal is injected (os.open raises EACCES in the child)."""
    stick = tmp_path / "stick"
    stick.mkdir()
    code = (
        "import errno, os, sys\n"
        "real = os.open\n"
        "def refuse(path, *a, **k):\n"
        "    if str(path).startswith(sys.argv[1]):\n"
        "        raise PermissionError(errno.EACCES, 'Permission denied', str(path))\n"
        "    return real(path, *a, **k)\n"
        "os.open = refuse\n"
        "from rmos_desktop.cli.main import main\n"
        "sys.exit(main(['keys', 'init', '--out', sys.argv[1] + '/sup']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(stick)],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cfg")},
    )
    assert proc.returncode == 5 and "Permission denied" in proc.stderr and "Traceback" not in proc.stderr
    assert list(stick.iterdir()) == []
