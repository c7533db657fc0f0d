"""minisign signatures (`NAME.nc.minisig`), so any PC checks an exported file with
`minisign -Vm NAME.nc -p station.pub` and no RMOS installed.

Format (four lines):
    untrusted comment: <free text, not signed>
    base64( "ED" || key_id[8] || Ed25519(BLAKE2b-512(file)) )        ("Ed": legacy, signs the file itself)
    trusted comment: <one line, signed>
    base64( Ed25519(signature[64] || trusted comment) )                (the global signature)
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from rmos_desktop.core.runs.keys import KEY_ID_BYTES, PublicKey, SigningKey, key_id_hex

ALG_HASHED = b"ED"
ALG_LEGACY = b"Ed"
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
MAX_TRUSTED_COMMENT = 8192 - len(TRUSTED_PREFIX) - 2  # minisign reads the line into 8192 bytes
MAX_UNTRUSTED_COMMENT = 1024 - len(UNTRUSTED_PREFIX) - 2  # minisign reads that line into 1024 bytes
MAX_SIG_FILE = 16 * 1024
MAX_LEGACY_BYTES = 1 << 30  # minisign itself refuses unhashed signatures over 1 GB
CHUNK = 1 << 20


class MinisigError(ValueError):
    """A signature that is malformed, by another key, or does not verify (the message says which)."""


@dataclass(frozen=True)
class Minisig:
    algorithm: bytes  # b"ED" (prehashed) or b"Ed" (legacy)
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = ""

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)


def blake2b_512(data: bytes | Path) -> bytes:
    """BLAKE2b-512 of bytes or of a file (streamed): what an "ED" signature signs."""
    h = hashlib.blake2b(digest_size=64)
    if isinstance(data, Path):
        with open(data, "rb") as fh:
            while block := fh.read(CHUNK):
                h.update(block)
    else:
        h.update(data)
    return h.digest()


def _clean_comment(text: str, what: str) -> str:
    if "\n" in text or "\r" in text or "\x00" in text:
        raise MinisigError(f"a {what} must be one line")
    return text


def sign_minisig(
    data: bytes | Path,
    key: SigningKey,
    trusted_comment: str,
    untrusted_comment: str | None = None,
) -> str:
    """The text of a prehashed ("ED") minisign signature of `data` (bytes, or a file read in chunks)."""
    trusted_comment = _clean_comment(trusted_comment, "trusted comment")
    if len(trusted_comment.encode("utf-8")) > MAX_TRUSTED_COMMENT:
        raise MinisigError(f"the trusted comment is longer than {MAX_TRUSTED_COMMENT} bytes")
    untrusted = _clean_comment(
        untrusted_comment if untrusted_comment is not None else f"signature from rmos-desktop key {key.key_id_hex}",
        "untrusted comment",
    )
    if len(untrusted.encode("utf-8")) > MAX_UNTRUSTED_COMMENT:
        raise MinisigError(f"the untrusted comment is longer than {MAX_UNTRUSTED_COMMENT} bytes")
    signature = key.sign(blake2b_512(data))
    global_sig = key.sign(signature + trusted_comment.encode("utf-8"))
    sig_line = base64.b64encode(ALG_HASHED + key.key_id + signature).decode("ascii")
    return (
        f"{UNTRUSTED_PREFIX}{untrusted}\n{sig_line}\n"
        f"{TRUSTED_PREFIX}{trusted_comment}\n{base64.b64encode(global_sig).decode('ascii')}\n"
    )


def sign_file_minisig(path: Path, key: SigningKey, trusted_comment: str, untrusted_comment: str | None = None) -> str:
    return sign_minisig(Path(path), key, trusted_comment, untrusted_comment)


def parse_minisig(text: str | bytes) -> Minisig:
    """Parse a .minisig; raises MinisigError saying what is wrong."""
    if isinstance(text, bytes):
        if len(text) > MAX_SIG_FILE:
            raise MinisigError("too large to be a minisign signature")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise MinisigError("not a minisign signature (not UTF-8 text)") from None
    if len(text) > MAX_SIG_FILE:
        raise MinisigError("too large to be a minisign signature")
    lines = text.split("\n")
    lines = [line.rstrip("\r") for line in lines]
    if len(lines) < 4:
        raise MinisigError("not a minisign signature (expected four lines)")
    if not lines[0].startswith(UNTRUSTED_PREFIX):
        raise MinisigError(f"the first line should start with {UNTRUSTED_PREFIX!r}")
    if not lines[2].startswith(TRUSTED_PREFIX):
        raise MinisigError(f"the third line should start with {TRUSTED_PREFIX!r}")
    try:
        blob = base64.b64decode(lines[1].strip(), validate=True)
        global_sig = base64.b64decode(lines[3].strip(), validate=True)
    except (binascii.Error, ValueError):
        raise MinisigError("a signature line is not valid base64") from None
    if len(blob) != 2 + KEY_ID_BYTES + 64 or len(global_sig) != 64:
        raise MinisigError("a signature line has the wrong length")
    alg = blob[:2]
    if alg not in (ALG_HASHED, ALG_LEGACY):
        raise MinisigError(f"unsupported signature algorithm {alg!r}")
    return Minisig(
        algorithm=alg,
        key_id=blob[2 : 2 + KEY_ID_BYTES],
        signature=blob[2 + KEY_ID_BYTES :],
        trusted_comment=lines[2][len(TRUSTED_PREFIX) :],
        global_signature=global_sig,
        untrusted_comment=lines[0][len(UNTRUSTED_PREFIX) :],
    )


def verify_minisig(text: str | bytes | Minisig, data: bytes | Path, pub: PublicKey) -> Minisig:
    """Check a minisign signature of `data` (bytes or a file) by `pub`, as `minisign -V` does: the key id, the
    signature, then the trusted comment's signature. Returns the parsed signature (its trusted comment is then
    authentic); raises MinisigError naming the first check that failed."""
    sig = text if isinstance(text, Minisig) else parse_minisig(text)
    if sig.key_id != pub.key_id:
        raise MinisigError(f"signed by key {sig.key_id_hex}, not by key {pub.key_id_hex}")
    if sig.algorithm == ALG_HASHED:
        message = blake2b_512(data)
    elif isinstance(data, Path):
        if data.stat().st_size > MAX_LEGACY_BYTES:
            raise MinisigError("an unhashed (legacy) signature over more than 1 GB is not checked")
        message = data.read_bytes()
    else:
        message = data
    if not pub.verify(sig.signature, message):
        raise MinisigError("the signature does not match the file (the file or the signature was changed)")
    if not pub.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8")):
        raise MinisigError("the trusted comment's signature does not verify (the comment was changed)")
    return sig


def trusted_comment_fields(comment: str) -> dict[str, str]:
    """`key:value` pairs of a tab-separated trusted comment (as minisign's own `timestamp:…\\tfile:…`)."""
    out: dict[str, str] = {}
    for part in comment.split("\t"):
        key, sep, value = part.partition(":")
        if sep:
            out.setdefault(key, value)
    return out
