"""Station keys and key pairs: minisign's formats both ways, mode 0600 from the first byte, never replaced."""

from __future__ import annotations

import base64
import hashlib
import os
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from rmos_desktop.core.runs import keys as keys_mod
from rmos_desktop.core.runs.keys import (
    KeyFileError,
    PublicKey,
    SigningKey,
    StationKeyError,
    init_key_pair,
    key_id_hex,
    load_public_key,
    load_signing_key,
    station_key,
)
from tests.conftest import need_minisign


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


# ---- keys in memory ----------------------------------------------------------------------------------------------


def test_sign_and_verify_round_trip():
    key = SigningKey.generate()
    sig = key.sign(b"line 1")
    assert len(sig) == 64
    assert len(key.key_id) == 8
    pub = key.public()
    assert pub.key_id == key.key_id
    assert len(pub.raw) == 32
    assert pub.verify(sig, b"line 1")
    assert not pub.verify(sig, b"line 2")
    assert not pub.verify(sig[:-1] + bytes([sig[-1] ^ 1]), b"line 1")
    assert not pub.verify(sig[:63], b"line 1")
    assert not SigningKey.generate().public().verify(sig, b"line 1")


def test_key_id_hex_is_minisign_little_endian_upper_case():
    kid = bytes.fromhex("e9f188d39a064858")
    # minisign prints the id as a little-endian u64 with %016 PRIX64 (seen: "5848069AD388F1E9" for these bytes)
    assert key_id_hex(kid) == "5848069AD388F1E9"
    assert key_id_hex(bytes.fromhex("0100000000000000")) == "0000000000000001"
    key = SigningKey.generate()
    assert key.key_id_hex == key.key_id[::-1].hex().upper()
    assert len(key.key_id_hex) == 16
    assert key.key_id_hex not in repr(key.sign(b"x"))
    assert "SigningKey(key_id=" in repr(key)


def test_public_key_minisign_text_round_trip():
    key = SigningKey.generate()
    text = key.public().to_minisign_pub()
    lines = text.splitlines()
    assert lines[0] == f"untrusted comment: minisign public key {key.key_id_hex}"
    blob = base64.b64decode(lines[1])
    assert blob == b"Ed" + key.key_id + key.public().raw
    assert text.endswith("\n") and len(lines) == 2
    back = PublicKey.from_minisign_pub(text)
    assert back == key.public()
    assert PublicKey.from_minisign_pub(lines[1]) == key.public()  # the bare line minisign -P takes
    assert PublicKey.from_minisign_pub(text.replace("\n", "\r\n")) == key.public()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("hello world", "base64"),
        ("untrusted comment: x\n", "no key line"),
        ("untrusted comment: x\n" + base64.b64encode(b"Ed" + bytes(10)).decode(), "bytes"),
        ("untrusted comment: x\n" + base64.b64encode(b"XX" + bytes(40)).decode(), "Ed25519"),
    ],
)
def test_public_key_garbage_is_a_clear_value_error(text, words):
    with pytest.raises(ValueError, match=words):
        PublicKey.from_minisign_pub(text)


def test_secret_key_text_round_trip_and_layout():
    key = SigningKey.generate()
    text = key.to_minisign_secret()
    blob = base64.b64decode(text.splitlines()[1])
    assert len(blob) == 158
    assert blob[:6] == b"Ed\0\0B2"  # Ed25519, no KDF (unencrypted), BLAKE2b checksum
    assert blob[54:62] == key.key_id
    assert blob[94:126] == key.public().raw
    want_chk = hashlib.blake2b(b"Ed" + key.key_id + blob[62:126], digest_size=32).digest()
    assert blob[126:] == want_chk
    back = SigningKey.from_minisign_secret(text)
    assert back.key_id == key.key_id
    assert key.public().verify(back.sign(b"data"), b"data")


def _patched_secret(text: str, start: int, new: bytes) -> str:
    lines = text.splitlines()
    blob = bytearray(base64.b64decode(lines[1]))
    blob[start : start + len(new)] = new
    return f"{lines[0]}\n{base64.b64encode(bytes(blob)).decode()}\n"


def test_secret_key_damage_is_named():
    text = SigningKey.generate().to_minisign_secret()
    with pytest.raises(KeyFileError, match="password-protected"):
        SigningKey.from_minisign_secret(_patched_secret(text, 2, b"Sc"))
    with pytest.raises(KeyFileError, match="checksum"):
        SigningKey.from_minisign_secret(_patched_secret(text, 126, b"\x01"))
    with pytest.raises(KeyFileError, match="public half"):
        SigningKey.from_minisign_secret(_patched_secret(_patched_secret(text, 126, bytes(32)), 94, b"\x00\x01"))
    with pytest.raises(KeyFileError, match="not a minisign secret key"):
        SigningKey.from_minisign_secret("just one line")
    with pytest.raises(KeyFileError, match="bytes"):
        SigningKey.from_minisign_secret("untrusted comment: x\nRWQAAA==\n")
    # minisign 0.11 writes an all-zero checksum for an unencrypted key: accepted
    zero = _patched_secret(text, 126, bytes(32))
    assert SigningKey.from_minisign_secret(zero).key_id == SigningKey.from_minisign_secret(text).key_id


# ---- key pairs on disk ----------------------------------------------------------------------------------------


def test_init_key_pair_writes_0600_key_and_pub(tmp_path):
    key_path, pub_path = init_key_pair(tmp_path / "witness")
    assert key_path == tmp_path / "witness.key"
    assert pub_path == tmp_path / "witness.pub"
    assert _mode(key_path) == 0o600
    key = load_signing_key(key_path)
    pub = load_public_key(pub_path)
    assert pub == key.public()
    assert pub.verify(key.sign(b"m"), b"m")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp debris


def test_init_key_pair_accepts_a_trailing_suffix(tmp_path):
    key_path, pub_path = init_key_pair(tmp_path / "sup.key")
    assert (key_path.name, pub_path.name) == ("sup.key", "sup.pub")


def test_init_key_pair_never_overwrites(tmp_path):
    key_path, pub_path = init_key_pair(tmp_path / "w")
    before = key_path.read_bytes(), pub_path.read_bytes()
    with pytest.raises(KeyFileError, match="already exists"):
        init_key_pair(tmp_path / "w")
    assert (key_path.read_bytes(), pub_path.read_bytes()) == before
    (tmp_path / "only.pub").write_text("mine\n")
    with pytest.raises(KeyFileError, match="already exists"):
        init_key_pair(tmp_path / "only")
    assert not (tmp_path / "only.key").exists()
    assert (tmp_path / "only.pub").read_text() == "mine\n"


def test_init_key_pair_in_a_missing_folder_is_a_plain_error(tmp_path):
    with pytest.raises(KeyFileError, match="does not exist"):
        init_key_pair(tmp_path / "nowhere" / "w")


def test_key_is_created_with_0600_from_the_start_even_with_umask_0(tmp_path, monkeypatch):
    created: list[tuple[str, int]] = []
    real_open = os.open

    def spy(path, flags, mode=0o777, *a, **kw):
        if flags & os.O_CREAT:
            created.append((str(path), mode))
        return real_open(path, flags, mode, *a, **kw)

    monkeypatch.setattr(keys_mod.os, "open", spy)
    old = os.umask(0)
    try:
        key_path, _pub = init_key_pair(tmp_path / "k")
    finally:
        os.umask(old)
    assert _mode(key_path) == 0o600
    key_creates = [mode for path, mode in created if ".k.key." in path or path.endswith("k.key")]
    assert key_creates and all(mode == 0o600 for mode in key_creates)


def test_load_errors_name_the_file(tmp_path):
    with pytest.raises(KeyFileError, match="does not exist"):
        load_signing_key(tmp_path / "none.key")
    (tmp_path / "bin.key").write_bytes(b"\xff\xfe garbage")
    with pytest.raises(KeyFileError, match=r"bin\.key.*not a minisign key file"):
        load_signing_key(tmp_path / "bin.key")
    (tmp_path / "big.pub").write_bytes(b"A" * 100_000)
    with pytest.raises(KeyFileError, match="too large"):
        load_public_key(tmp_path / "big.pub")
    with pytest.raises(KeyFileError, match="not a regular file"):
        load_public_key(tmp_path)
    real = tmp_path / "real.pub"
    real.write_text(SigningKey.generate().public().to_minisign_pub())
    (tmp_path / "link.pub").symlink_to(real)
    with pytest.raises(KeyFileError, match="symbolic link"):
        load_public_key(tmp_path / "link.pub")


# ---- the station key -------------------------------------------------------------------------------------------


def test_station_key_is_made_once_and_kept(tmp_path):
    key = station_key(tmp_path)
    path = tmp_path / "keys" / "station.key"
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    again = station_key(tmp_path)
    assert again.key_id == key.key_id
    assert again.public() == key.public()
    pub = load_public_key(tmp_path / "keys" / "station.pub")
    assert pub == key.public()


def test_station_key_default_folder_is_the_settings_config_folder():
    from rmos_desktop.core.settings import config_dir

    key = station_key()
    assert load_signing_key(config_dir() / "keys" / "station.key").key_id == key.key_id


def test_station_pub_is_rewritten_from_the_key(tmp_path):
    key = station_key(tmp_path)
    pub_path = tmp_path / "keys" / "station.pub"
    pub_path.write_text(SigningKey.generate().public().to_minisign_pub())
    station_key(tmp_path)
    assert load_public_key(pub_path) == key.public()


def test_a_damaged_station_key_is_an_error_and_never_replaced(tmp_path):
    station_key(tmp_path)
    path = tmp_path / "keys" / "station.key"
    path.write_text("untrusted comment: x\nnot base64!!\n")
    with pytest.raises(StationKeyError, match=r"station key cannot be used.*left as it is"):
        station_key(tmp_path)
    assert path.read_text() == "untrusted comment: x\nnot base64!!\n"
    path.write_bytes(b"")
    with pytest.raises(StationKeyError):
        station_key(tmp_path)
    assert path.read_bytes() == b""


def test_an_unreadable_station_key_is_an_error(tmp_path, monkeypatch):
    station_key(tmp_path)
    real_open = os.open

    def deny(path, flags, *a, **kw):
        if str(path).endswith("station.key"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *a, **kw)

    monkeypatch.setattr(keys_mod.os, "open", deny)
    with pytest.raises(StationKeyError, match="Permission denied"):
        station_key(tmp_path)


def test_a_station_key_readable_by_others_is_tightened(tmp_path):
    station_key(tmp_path)
    path = tmp_path / "keys" / "station.key"
    path.chmod(0o644)
    station_key(tmp_path)
    assert _mode(path) == 0o600


def test_concurrent_first_use_ends_with_one_key(tmp_path):
    barrier = threading.Barrier(6)
    ids: list[bytes] = []

    def first_use():
        barrier.wait()
        ids.append(station_key(tmp_path).key_id)

    threads = [threading.Thread(target=first_use) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(ids) == 6 and len(set(ids)) == 1
    assert sorted(p.name for p in (tmp_path / "keys").iterdir()) == ["station.key", "station.pub"]


# ---- the real minisign ------------------------------------------------------------------------------------------


def test_minisign_signs_with_our_key_file_and_verifies_with_our_pub(tmp_path):
    exe = need_minisign()
    key_path, pub_path = init_key_pair(tmp_path / "ours")
    data = tmp_path / "prog.nc"
    data.write_bytes(b"G0 X0\nM30\n")
    subprocess.run(
        [exe, "-S", "-s", str(key_path), "-m", str(data), "-t", "from rmos test"],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=30,
    )
    out = subprocess.run(
        [exe, "-V", "-p", str(pub_path), "-m", str(data)], check=False, capture_output=True, text=True, timeout=30
    )
    assert out.returncode == 0, out.stderr
    assert "Trusted comment: from rmos test" in out.stdout
    # and the signature minisign made is ours: prehashed Ed25519 over BLAKE2b-512 of the file
    sig_line = (tmp_path / "prog.nc.minisig").read_text().splitlines()[1]
    blob = base64.b64decode(sig_line)
    assert blob[:2] == b"ED"
    assert blob[2:10] == load_signing_key(key_path).key_id
    digest = hashlib.blake2b(data.read_bytes(), digest_size=64).digest()
    assert load_public_key(pub_path).verify(blob[10:], digest)


def test_we_load_minisign_made_keys(tmp_path):
    exe = need_minisign()
    subprocess.run(
        [exe, "-G", "-W", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key")],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=30,
    )
    key = load_signing_key(tmp_path / "m.key")
    pub = load_public_key(tmp_path / "m.pub")
    assert pub == key.public()
    first = (tmp_path / "m.pub").read_text().splitlines()[0]
    # minisign 0.11 prints the id unpadded (%PRIX64), newer versions pad it to 16 digits as we do
    assert first.startswith("untrusted comment: minisign public key ")
    assert int(first.rsplit(" ", 1)[1], 16) == int(key.key_id_hex, 16)
    assert pub.verify(key.sign(b"abc"), b"abc")


def test_write_public_key_never_replaces_another_key_silently(tmp_path):
    from rmos_desktop.core.runs.keys import write_public_key

    key, other = SigningKey.generate(), SigningKey.generate()
    out = write_public_key(key.public(), tmp_path / "station.pub")
    assert load_public_key(out) == key.public()
    assert write_public_key(key.public(), out) == out  # the same key again: fine
    with pytest.raises(KeyFileError, match="already exists"):
        write_public_key(other.public(), out)
    assert load_public_key(out) == key.public()
    write_public_key(other.public(), out, overwrite=True)
    assert load_public_key(out) == other.public()
    with pytest.raises(KeyFileError, match="cannot write"):
        write_public_key(key.public(), tmp_path / "missing" / "k.pub")


def test_load_trusted_keys_adds_the_station_key(tmp_path):
    from rmos_desktop.core.runs.keys import load_trusted_keys

    own = station_key().public()
    _k, pub = init_key_pair(tmp_path / "sup")
    keys = load_trusted_keys([pub])
    assert [k.key_id for k in keys] == [own.key_id, load_public_key(pub).key_id]
    assert load_trusted_keys([pub], include_station=False) == [load_public_key(pub)]
    (tmp_path / "junk.pub").write_text("hello\n")
    with pytest.raises(KeyFileError, match=r"junk\.pub"):
        load_trusted_keys([tmp_path / "junk.pub"])


def test_a_file_system_without_hard_links_still_never_overwrites(tmp_path, monkeypatch):
    import errno

    def no_links(src, dst, *a, **kw):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(keys_mod.os, "link", no_links)
    key_path, pub_path = init_key_pair(tmp_path / "fat")
    assert _mode(key_path) == 0o600 and load_signing_key(key_path).public() == load_public_key(pub_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fat.key", "fat.pub"]
    before = key_path.read_bytes()
    assert keys_mod._write_new_file(key_path, "other\n", 0o600) is False
    assert key_path.read_bytes() == before
