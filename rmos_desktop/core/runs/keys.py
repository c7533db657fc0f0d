"""Ed25519 keys in minisign's file formats: the station key that signs this workstation's records and exports,
and separate key pairs (a supervisor's or witness's, kept off the workstation) that cosign checkpoints.

Secret key file (minisign's, unencrypted as `minisign -G -W` writes it, so `minisign -S -s FILE` signs with it):
    untrusted comment: <text>
    base64( "Ed" || kdf "\\0\\0" || "B2" || salt[32] || opslimit[8] || memlimit[8]
            || key_id[8] || seed[32] || public[32] || BLAKE2b-256("Ed" || key_id || seed || public) )
Public key file: `untrusted comment: minisign public key <ID>` then base64("Ed" || key_id[8] || public[32]).
The key id is shown as minisign shows it: the 8 bytes read as a little-endian integer in upper-case hex, padded
to 16 digits (as newer minisign versions do; minisign 0.11 drops leading zeros in its .pub comment).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import errno
import hashlib
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from rmos_desktop.core.runs.store import durable_replace, fsync_dir_if_possible, write_all

log = logging.getLogger(__name__)
_Key = TypeVar("_Key")

KEY_ID_BYTES = 8
SIG_ALG = b"Ed"
KDF_NONE = b"\0\0"
KDF_SCRYPT = b"Sc"
CHK_ALG = b"B2"
_SECRET_LEN = 2 + 2 + 2 + 32 + 8 + 8 + KEY_ID_BYTES + 64 + 32  # 158 bytes
_PUBLIC_LEN = 2 + KEY_ID_BYTES + 32
_MAX_KEY_FILE = 16 * 1024  # a key file is a few hundred bytes; anything bigger is not one
COMMENT_PREFIX = "untrusted comment: "
STATION_KEY_NAME = "station.key"
STATION_PUB_NAME = "station.pub"


class KeyFileError(ValueError):
    """A key file or key text that is missing, unreadable or not a key in the expected format."""


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it (little-endian 64-bit integer, 16 upper-case hex digits)."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


def _b64decode(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError(f"{what} is not valid base64") from None


def _key_lines(text: str, what: str) -> tuple[str, str]:
    """(comment, base64 line) of a minisign key text; the comment line is optional for a bare public key."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise KeyFileError(f"{what} is empty")
    if lines[0].startswith(COMMENT_PREFIX):
        if len(lines) < 2:
            raise KeyFileError(f"{what} has a comment line but no key line")
        return lines[0][len(COMMENT_PREFIX) :], lines[1]
    if lines[0].startswith("untrusted comment:"):
        return lines[0][len("untrusted comment:") :].strip(), lines[1] if len(lines) > 1 else ""
    return "", lines[0]


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key with its minisign key id."""

    key_id: bytes
    raw: bytes  # 32 bytes
    _key: Ed25519PublicKey = field(repr=False, compare=False, hash=False)

    @classmethod
    def from_raw(cls, key_id: bytes, raw: bytes) -> PublicKey:
        if len(key_id) != KEY_ID_BYTES:
            raise KeyFileError(f"a key id is {KEY_ID_BYTES} bytes, not {len(key_id)}")
        if len(raw) != 32:
            raise KeyFileError(f"an Ed25519 public key is 32 bytes, not {len(raw)}")
        try:
            key = Ed25519PublicKey.from_public_bytes(raw)
        except ValueError as exc:
            raise KeyFileError(f"not an Ed25519 public key ({exc})") from None
        return cls(bytes(key_id), bytes(raw), key)

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)

    def verify(self, signature: bytes, data: bytes) -> bool:
        """True when `signature` is this key's Ed25519 signature of `data`."""
        if len(signature) != 64:
            return False
        try:
            self._key.verify(signature, data)
        except InvalidSignature:
            return False
        return True

    def to_minisign_pub(self) -> str:
        blob = base64.b64encode(SIG_ALG + self.key_id + self.raw).decode("ascii")
        return f"{COMMENT_PREFIX}minisign public key {self.key_id_hex}\n{blob}\n"

    def minisign_base64(self) -> str:
        """The one-line form `minisign -P` takes."""
        return base64.b64encode(SIG_ALG + self.key_id + self.raw).decode("ascii")

    @classmethod
    def from_minisign_pub(cls, text: str) -> PublicKey:
        """Parse a minisign public key (the two-line `.pub` file or its bare base64 line)."""
        if not isinstance(text, str):
            raise KeyFileError("a public key must be text")
        _comment, line = _key_lines(text, "the public key")
        blob = _b64decode(line, "the public key")
        if len(blob) != _PUBLIC_LEN:
            raise KeyFileError(f"the public key is {len(blob)} bytes, not a minisign public key ({_PUBLIC_LEN} bytes)")
        if blob[:2] != SIG_ALG:
            raise KeyFileError(f"the public key's algorithm is {blob[:2]!r}, not Ed25519 ('Ed')")
        return cls.from_raw(blob[2 : 2 + KEY_ID_BYTES], blob[2 + KEY_ID_BYTES :])


class SigningKey:
    """An Ed25519 private key with a minisign key id."""

    __slots__ = ("_key", "_public", "key_id")

    def __init__(self, private_key: Ed25519PrivateKey, key_id: bytes) -> None:
        if len(key_id) != KEY_ID_BYTES:
            raise KeyFileError(f"a key id is {KEY_ID_BYTES} bytes, not {len(key_id)}")
        self._key = private_key
        self.key_id = bytes(key_id)
        raw = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self._public = PublicKey.from_raw(self.key_id, raw)

    def __repr__(self) -> str:  # never the secret
        return f"SigningKey(key_id={self.key_id_hex})"

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate(), os.urandom(KEY_ID_BYTES))

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)

    def sign(self, data: bytes) -> bytes:
        """The raw Ed25519 signature (64 bytes) of `data`."""
        return self._key.sign(data)

    def public(self) -> PublicKey:
        return self._public

    def to_minisign_secret(self, comment: str = "minisign secret key (unencrypted)") -> str:
        seed = self._key.private_bytes_raw()
        sk = seed + self._public.raw
        chk = hashlib.blake2b(SIG_ALG + self.key_id + sk, digest_size=32).digest()
        blob = SIG_ALG + KDF_NONE + CHK_ALG + bytes(32 + 8 + 8) + self.key_id + sk + chk
        assert len(blob) == _SECRET_LEN
        return f"{COMMENT_PREFIX}{comment}\n{base64.b64encode(blob).decode('ascii')}\n"

    @classmethod
    def from_minisign_secret(cls, text: str) -> SigningKey:
        """Parse an unencrypted minisign secret key (`minisign -G -W`, or one this module wrote)."""
        if not isinstance(text, str):
            raise KeyFileError("a secret key must be text")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) < 2 or not lines[0].startswith("untrusted comment:"):
            raise KeyFileError("not a minisign secret key (expected an 'untrusted comment:' line and a key line)")
        blob = _b64decode(lines[1], "the secret key")
        if len(blob) != _SECRET_LEN:
            raise KeyFileError(f"the secret key is {len(blob)} bytes, not a minisign secret key ({_SECRET_LEN} bytes)")
        sig_alg, kdf, chk_alg = blob[0:2], blob[2:4], blob[4:6]
        if sig_alg != SIG_ALG:
            raise KeyFileError(f"the secret key's algorithm is {sig_alg!r}, not Ed25519 ('Ed')")
        if kdf == KDF_SCRYPT:
            raise KeyFileError(
                "the secret key is password-protected; RMOS signs with an unencrypted key "
                "(make one with `rmos keys init` or `minisign -G -W`)"
            )
        if kdf != KDF_NONE:
            raise KeyFileError(f"the secret key's key derivation {kdf!r} is unknown")
        if chk_alg != CHK_ALG:
            raise KeyFileError(f"the secret key's checksum algorithm {chk_alg!r} is unknown")
        key_id = blob[54:62]
        seed, pub, chk = blob[62:94], blob[94:126], blob[126:158]
        # minisign 0.11 leaves the checksum of an unencrypted key zero; anything else must match.
        if chk != bytes(32) and chk != hashlib.blake2b(SIG_ALG + key_id + seed + pub, digest_size=32).digest():
            raise KeyFileError("the secret key's checksum does not match: the key is damaged")
        private = Ed25519PrivateKey.from_private_bytes(seed)
        key = cls(private, key_id)
        if key.public().raw != pub:
            raise KeyFileError("the secret key's public half does not match its private half: the key is damaged")
        return key


# ---- files -----------------------------------------------------------------------------------------------------


def _read_key_file(path: Path, what: str) -> str:
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise KeyFileError(f"{what} {path} does not exist") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise KeyFileError(f"{what} {path} is a symbolic link; give the key file itself") from None
        raise KeyFileError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise KeyFileError(f"{what} {path} is not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(_MAX_KEY_FILE + 1)
    except OSError as exc:
        raise KeyFileError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > _MAX_KEY_FILE:
        raise KeyFileError(f"{what} {path} is too large to be a key file")
    try:
        return data.decode("ascii")
    except UnicodeDecodeError:
        raise KeyFileError(f"{what} {path} is not a minisign key file (not ASCII text)") from None


def _load_key(path: Path | str, what: str, parse: Callable[[str], _Key]) -> _Key:
    text = _read_key_file(Path(path), what)
    try:
        return parse(text)
    except KeyFileError as exc:
        raise KeyFileError(f"{what} {path}: {exc}") from None


def load_signing_key(path: Path | str) -> SigningKey:
    """Load an unencrypted minisign secret key file. Raises KeyFileError naming the file and the problem."""
    return _load_key(path, "secret key file", SigningKey.from_minisign_secret)


def load_public_key(path: Path | str) -> PublicKey:
    """Load a minisign public key file. Raises KeyFileError naming the file and the problem."""
    return _load_key(path, "public key file", PublicKey.from_minisign_pub)


def _tmp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")


def _write_new_file(path: Path, text: str, mode: int) -> bool:
    """Create `path` with `text`, atomically and with `mode` from the first byte (temp file created with that
    mode, fsynced, hard-linked to the name: never a partial file under the name, never an overwrite). Returns
    False when `path` already exists (left untouched)."""
    tmp = _tmp_name(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), mode)
    try:
        try:
            os.fchmod(fd, mode)  # the umask may have taken bits away; never added any
            data = text.encode("ascii")
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            # no hard links here (FAT, some network file systems): O_EXCL still never overwrites
            try:
                fd2 = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), mode)
            except FileExistsError:
                return False
            try:
                write_all(fd2, data)
                os.fsync(fd2)
            finally:
                os.close(fd2)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    fsync_dir_if_possible(path.parent)
    return True


def _replace_file(path: Path, text: str, mode: int) -> None:
    """Write `path` atomically (temp file with `mode`, fsync, rename over)."""
    durable_replace(path, text.encode("ascii"), mode=mode, exact_mode=True)


def _pair_paths(out: Path | str) -> tuple[Path, Path]:
    out = Path(out)
    if out.suffix in (".key", ".pub"):
        out = out.with_suffix("")
    if not out.name:
        raise KeyFileError("give a file name for the key pair (PATH makes PATH.key and PATH.pub)")
    return out.with_name(out.name + ".key"), out.with_name(out.name + ".pub")


def init_key_pair(out: Path | str, comment: str = "rmos-desktop key") -> tuple[Path, Path]:
    """Make a new key pair PATH.key (secret, mode 0600) and PATH.pub (a trailing .key/.pub on PATH is dropped).
    Refuses (KeyFileError) when either file exists: a key is never overwritten."""
    key_path, pub_path = _pair_paths(out)
    for p in (key_path, pub_path):
        if p.exists() or p.is_symlink():
            raise KeyFileError(f"{p} already exists; a key file is never overwritten (choose another name)")
    if not key_path.parent.is_dir():
        raise KeyFileError(f"folder {key_path.parent} does not exist")
    key = SigningKey.generate()
    try:
        if not _write_new_file(key_path, key.to_minisign_secret(f"{comment} {key.key_id_hex} (unencrypted)"), 0o600):
            raise KeyFileError(f"{key_path} already exists; a key file is never overwritten (choose another name)")
        if not _write_new_file(pub_path, key.public().to_minisign_pub(), 0o644):
            raise KeyFileError(f"{pub_path} already exists; a key file is never overwritten (choose another name)")
    except OSError as exc:
        raise KeyFileError(f"cannot write the key pair {key_path}: {exc.strerror or exc}") from None
    log.info("made key pair %s (key id %s)", key_path, key.key_id_hex)
    return key_path, pub_path


# ---- the station key ---------------------------------------------------------------------------------------------


def station_key_dir(config_dir: Path | None = None) -> Path:
    if config_dir is None:
        from rmos_desktop.core.settings import config_dir as default_config_dir

        config_dir = default_config_dir()
    return Path(config_dir) / "keys"


def station_key_path(config_dir: Path | None = None) -> Path:
    return station_key_dir(config_dir) / STATION_KEY_NAME


def station_pub_path(config_dir: Path | None = None) -> Path:
    return station_key_dir(config_dir) / STATION_PUB_NAME


class StationKeyError(KeyFileError):
    """The station key exists but cannot be used. It is never replaced silently: records signed with it would
    no longer verify, and a new key would look like someone else's workstation."""


def station_key(config_dir: Path | None = None) -> SigningKey:
    """This workstation's signing key, created on first need in `<config>/keys/station.key` (mode 0600, written
    atomically; a concurrent first use by another process ends with both using the same key). A key file that
    cannot be read or parsed raises StationKeyError; it is never replaced."""
    folder = station_key_dir(config_dir)
    path = folder / STATION_KEY_NAME
    if not (path.exists() or path.is_symlink()):
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            key = SigningKey.generate()
            comment = f"rmos-desktop station key {key.key_id_hex} (unencrypted)"
            if _write_new_file(path, key.to_minisign_secret(comment), 0o600):
                log.info("made the station key %s (key id %s)", path, key.key_id_hex)
        except OSError as exc:
            raise StationKeyError(f"cannot create the station key {path}: {exc.strerror or exc}") from None
    try:
        key = load_signing_key(path)
    except KeyFileError as exc:
        raise StationKeyError(f"the station key cannot be used ({exc}); it was left as it is") from None
    _tighten_mode(path)
    _ensure_station_pub(folder / STATION_PUB_NAME, key.public())
    return key


def station_public_key(config_dir: Path | None = None) -> PublicKey:
    """The station key's public half (the key is made if this is its first need)."""
    return station_key(config_dir).public()


def _tighten_mode(path: Path) -> None:
    try:
        mode = stat.S_IMODE(os.lstat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, 0o600)
            log.warning("the station key %s was readable by others (mode %o); set to 0600", path, mode)
    except OSError as exc:
        log.warning("cannot check the mode of the station key %s: %s", path, exc)


def _ensure_station_pub(pub_path: Path, public: PublicKey) -> None:
    """station.pub is derived from the key: (re)written when missing or not matching it."""
    want = public.to_minisign_pub()
    try:
        current = pub_path.read_text(encoding="ascii") if pub_path.is_file() else None
    except (OSError, UnicodeDecodeError):
        current = None
    if current == want:
        return
    try:
        _replace_file(pub_path, want, 0o644)
    except OSError as exc:
        log.warning("cannot write the station public key %s: %s", pub_path, exc)


def station_public_key_if_present(config_dir: Path | None = None) -> PublicKey | None:
    """The station key's public half when the station has a key (None otherwise: nothing is created). For
    checks that trust this workstation's own key without making one. Raises StationKeyError for a damaged key."""
    path = station_key_path(config_dir)
    if not (path.exists() or path.is_symlink()):
        return None
    try:
        return load_signing_key(path).public()
    except KeyFileError as exc:
        raise StationKeyError(f"the station key cannot be used ({exc}); it was left as it is") from None


def write_public_key(pub: PublicKey, out: Path | str, *, overwrite: bool = False) -> Path:
    """Write a public key in minisign `.pub` format (what `rmos keys public --out FILE` does). An existing file is
    replaced only with `overwrite` (or when it already holds this very key). Raises KeyFileError."""
    out = Path(out)
    text = pub.to_minisign_pub()
    try:
        if out.is_symlink() or (out.exists() and not out.is_file()):
            raise KeyFileError(f"{out} is not a regular file")
        if out.exists():
            if _read_key_file(out, "public key file") == text:
                return out
            if not overwrite:
                raise KeyFileError(f"{out} already exists with other content (use --overwrite to replace it)")
            _replace_file(out, text, 0o644)
        elif not _write_new_file(out, text, 0o644):
            raise KeyFileError(f"{out} appeared while it was being written; nothing was replaced")
    except OSError as exc:
        raise KeyFileError(f"cannot write {out}: {exc.strerror or exc}") from None
    return out


def load_trusted_keys(pub_files: list[Path | str] = (), *, include_station: bool = True) -> list[PublicKey]:
    """The keys `--trust PUBFILE …` names, plus (by default) the station's own public key when it has one.
    Raises KeyFileError naming the first file that is not a public key."""
    keys = [load_public_key(p) for p in pub_files]
    if include_station:
        own = station_public_key_if_present()
        if own is not None and all(k.key_id != own.key_id for k in keys):
            keys.insert(0, own)
    return keys
