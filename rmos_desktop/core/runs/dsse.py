"""DSSE envelopes (Dead Simple Signing Envelope, as in-toto and Sigstore use them): a payload, its type, and
Ed25519 signatures over PAE(type, payload), so a provenance statement cannot be edited without the key.

PAE(type, body) = "DSSEv1" SP len(type) SP type SP len(body) SP body   (lengths in ASCII decimal, in bytes)
Envelope: {"payload": base64(body), "payloadType": type, "signatures": [{"keyid": "<16 hex>", "sig": base64}]}
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rmos_desktop.core.runs.keys import PublicKey, SigningKey

PAYLOAD_TYPE_INTOTO = "application/vnd.in-toto+json"
MAX_ENVELOPE_BYTES = 4 * 1024 * 1024


class DsseError(ValueError):
    """Not a DSSE envelope (the message says why)."""


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE's pre-authentication encoding: what each signature signs."""
    t = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(payload), payload)


def _b64decode(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise DsseError(f"{what} is not a string")
    try:
        if "-" in text or "_" in text:  # the spec allows URL-safe base64 too
            return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise DsseError(f"{what} is not valid base64") from None


@dataclass(frozen=True)
class Signature:
    keyid: str
    sig: bytes


@dataclass(frozen=True)
class Envelope:
    payload: bytes
    payload_type: str
    signatures: tuple[Signature, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "payload": base64.b64encode(self.payload).decode("ascii"),
            "payloadType": self.payload_type,
            "signatures": [{"keyid": s.keyid, "sig": base64.b64encode(s.sig).decode("ascii")} for s in self.signatures],
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), indent=2) + "\n"


def sign_envelope(payload: bytes, payload_type: str, keys: Iterable[SigningKey]) -> Envelope:
    message = pae(payload_type, payload)
    sigs = tuple(Signature(k.key_id_hex, k.sign(message)) for k in keys)
    if not sigs:
        raise DsseError("an envelope needs at least one signing key")
    return Envelope(payload, payload_type, sigs)


def is_envelope(obj: Any) -> bool:
    """Does this parsed JSON look like a DSSE envelope (rather than a bare statement)?"""
    return isinstance(obj, dict) and "payloadType" in obj and "payload" in obj


def parse_envelope(data: str | bytes | dict[str, Any]) -> Envelope:
    """Read an envelope from JSON text or a parsed dict; raises DsseError naming what is wrong."""
    if isinstance(data, str | bytes):
        if len(data) > MAX_ENVELOPE_BYTES:
            raise DsseError("too large to be a provenance envelope")
        try:
            data = json.loads(data)
        except (ValueError, RecursionError) as exc:
            raise DsseError(f"not JSON ({str(exc)[:100]})") from None
    if not is_envelope(data):
        raise DsseError("not a DSSE envelope (no payload and payloadType)")
    assert isinstance(data, dict)
    payload_type = data["payloadType"]
    if not isinstance(payload_type, str) or not payload_type:
        raise DsseError("payloadType is not a string")
    payload = _b64decode(data["payload"], "payload")
    raw_sigs = data.get("signatures", [])
    if not isinstance(raw_sigs, list) or len(raw_sigs) > 64:
        raise DsseError("signatures is not a list (of at most 64)")
    sigs = []
    for i, raw in enumerate(raw_sigs):
        if not isinstance(raw, dict):
            raise DsseError(f"signature {i + 1} is not an object")
        keyid = raw.get("keyid", "")
        if not isinstance(keyid, str):
            raise DsseError(f"signature {i + 1}'s keyid is not a string")
        sigs.append(Signature(keyid[:100], _b64decode(raw.get("sig"), f"signature {i + 1}")))
    return Envelope(payload, payload_type, tuple(sigs))


@dataclass
class EnvelopeCheck:
    """Which signatures of an envelope verify against the trusted keys."""

    verified_by: list[str] = field(default_factory=list)  # key ids (16 hex) of trusted keys whose signature verifies
    unverified: list[str] = field(default_factory=list)  # key ids of signatures by keys not trusted here
    failed: list[str] = field(default_factory=list)  # key ids of trusted keys whose signature does NOT verify

    @property
    def ok(self) -> bool:
        return bool(self.verified_by)


def verify_envelope(envelope: Envelope, trusted: Iterable[PublicKey]) -> EnvelopeCheck:
    """Check every signature against the trusted keys (a signature's keyid is a hint only: with no key of that id,
    each trusted key is tried). An envelope is authentic when at least one trusted key's signature verifies."""
    message = pae(envelope.payload_type, envelope.payload)
    keys = list(trusted)
    check = EnvelopeCheck()
    for sig in envelope.signatures:
        named = [k for k in keys if k.key_id_hex == sig.keyid.upper()]
        good = next((k for k in named or keys if k.verify(sig.sig, message)), None)
        if good is not None:
            if good.key_id_hex not in check.verified_by:
                check.verified_by.append(good.key_id_hex)
        elif named:
            check.failed.append(named[0].key_id_hex)
        else:
            check.unverified.append(sig.keyid or "(no key id)")
    return check
