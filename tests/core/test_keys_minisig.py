"""minisign signatures: ours verify with the real minisign, minisign's verify with ours, and every change is caught."""

from __future__ import annotations

import base64
import hashlib
import subprocess

import pytest

from rmos_desktop.core.runs.keys import SigningKey, init_key_pair, load_public_key, load_signing_key
from rmos_desktop.core.runs.minisig import (
    MinisigError,
    parse_minisig,
    sign_file_minisig,
    sign_minisig,
    trusted_comment_fields,
    verify_minisig,
)
from tests.conftest import need_minisign


def _run(*args, **kw):
    return subprocess.run(
        list(args), check=False, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL, **kw
    )


def test_layout_is_minisign_prehashed():
    key = SigningKey.generate()
    data = b"G21\nG0 X0 Y0\nM30\n"
    text = sign_minisig(data, key, "timestamp:1\tfile:a.nc\trun:abc")
    lines = text.splitlines()
    assert lines[0].startswith("untrusted comment: ")
    assert lines[2] == "trusted comment: timestamp:1\tfile:a.nc\trun:abc"
    blob = base64.b64decode(lines[1])
    assert blob[:2] == b"ED" and blob[2:10] == key.key_id
    # signature over BLAKE2b-512 of the data, computed here independently
    assert key.public().verify(blob[10:], hashlib.blake2b(data, digest_size=64).digest())
    assert key.public().verify(base64.b64decode(lines[3]), blob[10:] + lines[2][len("trusted comment: ") :].encode())
    sig = verify_minisig(text, data, key.public())
    assert sig.trusted_comment == "timestamp:1\tfile:a.nc\trun:abc"
    assert trusted_comment_fields(sig.trusted_comment) == {"timestamp": "1", "file": "a.nc", "run": "abc"}


def test_changes_are_caught_with_a_reason(tmp_path):
    key = SigningKey.generate()
    data = b"G0 X1\n"
    text = sign_minisig(data, key, "run:1")
    with pytest.raises(MinisigError, match="does not match the file"):
        verify_minisig(text, b"G0 X2\n", key.public())
    lines = text.splitlines()
    forged_comment = "\n".join([lines[0], lines[1], "trusted comment: run:2", lines[3]]) + "\n"
    with pytest.raises(MinisigError, match="trusted comment"):
        verify_minisig(forged_comment, data, key.public())
    other = SigningKey.generate()
    with pytest.raises(MinisigError, match=f"signed by key {key.key_id_hex}, not by key {other.key_id_hex}"):
        verify_minisig(text, data, other.public())
    # same key id, other key: the signature itself fails
    impostor = SigningKey(SigningKey.generate()._key, key.key_id)
    with pytest.raises(MinisigError, match="does not match"):
        verify_minisig(sign_minisig(data, impostor, "run:1"), data, key.public())
    # the untrusted comment is not signed (as in minisign)
    relabelled = text.replace(lines[0], "untrusted comment: anything")
    assert verify_minisig(relabelled, data, key.public()).untrusted_comment == "anything"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "four lines"),
        ("hello\nworld\nx\ny\n", "first line"),
        ("untrusted comment: a\nAAAA\nnope\nAAAA\n", "third line"),
        ("untrusted comment: a\n!!!\ntrusted comment: x\nAAAA\n", "base64"),
        ("untrusted comment: a\nAAAA\ntrusted comment: x\nAAAA\n", "length"),
    ],
)
def test_garbage_is_a_clear_error(text, words):
    with pytest.raises(MinisigError, match=words):
        parse_minisig(text)


def test_multi_line_comments_are_refused():
    key = SigningKey.generate()
    with pytest.raises(MinisigError, match="one line"):
        sign_minisig(b"x", key, "a\nb")
    with pytest.raises(MinisigError, match="longer"):
        sign_minisig(b"x", key, "t" * 9000)


def test_file_and_bytes_agree(tmp_path):
    key = SigningKey.generate()
    f = tmp_path / "big.nc"
    f.write_bytes(b"G1 X1 Y1 F100\n" * 300_000)  # several read chunks
    text = sign_file_minisig(f, key, "file:big.nc")
    verify_minisig(text, f.read_bytes(), key.public())
    verify_minisig(text, f, key.public())


def test_real_minisign_accepts_ours(tmp_path):
    exe = need_minisign()
    key_path, pub_path = init_key_pair(tmp_path / "station")
    key = load_signing_key(key_path)
    prog = tmp_path / "cut.nc"
    prog.write_bytes(b"G21\nG90\nG0 X0 Y0\nM3 S3000\nG1 X100 F800\nM5\nM30\n")
    comment = "timestamp:1764900000\tfile:cut.nc\trun:0123456789abcdef0123456789abcdef\tledger:7:" + "ab" * 32
    (tmp_path / "cut.nc.minisig").write_text(sign_file_minisig(prog, key, comment))
    out = _run(exe, "-Vm", str(prog), "-p", str(pub_path))
    assert out.returncode == 0, out.stderr
    assert f"Trusted comment: {comment}" in out.stdout
    prog.write_bytes(prog.read_bytes().replace(b"F800", b"F900"))
    out = _run(exe, "-Vm", str(prog), "-p", str(pub_path))
    assert out.returncode != 0
    assert "verification failed" in (out.stderr + out.stdout).lower()


def test_we_accept_real_minisign_signatures(tmp_path):
    exe = need_minisign()
    assert _run(exe, "-G", "-W", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key")).returncode == 0
    prog = tmp_path / "p.nc"
    prog.write_bytes(b"G0 X5\nM30\n")
    assert _run(exe, "-S", "-s", str(tmp_path / "m.key"), "-m", str(prog), "-t", "made by minisign").returncode == 0
    pub = load_public_key(tmp_path / "m.pub")
    sig = verify_minisig((tmp_path / "p.nc.minisig").read_text(), prog, pub)
    assert sig.trusted_comment == "made by minisign"
    assert sig.algorithm == b"ED"
    with pytest.raises(MinisigError):
        verify_minisig((tmp_path / "p.nc.minisig").read_text(), b"G0 X6\nM30\n", pub)
