"""DSSE envelopes: PAE as the spec defines it, signatures that catch any change, parsing that never tracebacks."""

from __future__ import annotations

import base64
import json

import pytest

from rmos_desktop.core.runs.dsse import (
    PAYLOAD_TYPE_INTOTO,
    DsseError,
    is_envelope,
    pae,
    parse_envelope,
    sign_envelope,
    verify_envelope,
)
from rmos_desktop.core.runs.keys import SigningKey


def test_pae_matches_the_spec_example():
    # the DSSE protocol example (the lengths, 29 and 11 bytes, counted by hand)
    assert pae("http://example.com/HelloWorld", b"hello world") == (
        b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    )
    assert pae("t", b"") == b"DSSEv1 1 t 0 "
    assert pae("\u00e9", b"x") == b"DSSEv1 2 \xc3\xa9 1 x"  # byte lengths, not characters


def test_sign_and_verify_round_trip_through_json():
    key = SigningKey.generate()
    payload = json.dumps({"_type": "https://in-toto.io/Statement/v1"}).encode()
    env = sign_envelope(payload, PAYLOAD_TYPE_INTOTO, [key])
    data = json.loads(env.to_json())
    assert set(data) == {"payload", "payloadType", "signatures"}
    assert base64.b64decode(data["payload"]) == payload
    assert data["payloadType"] == "application/vnd.in-toto+json"
    assert data["signatures"][0]["keyid"] == key.key_id_hex
    assert key.public().verify(base64.b64decode(data["signatures"][0]["sig"]), pae(PAYLOAD_TYPE_INTOTO, payload))
    back = parse_envelope(env.to_json())
    assert back == env and is_envelope(data)
    check = verify_envelope(back, [SigningKey.generate().public(), key.public()])
    assert check.ok and check.verified_by == [key.key_id_hex] and check.unverified == []


def test_changed_payload_or_type_or_key_fails():
    key, other = SigningKey.generate(), SigningKey.generate()
    env = sign_envelope(b'{"a": 1}', PAYLOAD_TYPE_INTOTO, [key])
    data = env.as_dict()
    data["payload"] = base64.b64encode(b'{"a": 2}').decode()
    assert not verify_envelope(parse_envelope(data), [key.public()]).ok
    data = env.as_dict()
    data["payloadType"] = "application/json"
    assert not verify_envelope(parse_envelope(data), [key.public()]).ok
    check = verify_envelope(env, [other.public()])
    assert not check.ok and check.unverified == [key.key_id_hex]
    assert not verify_envelope(env, []).ok


def test_two_signers_and_url_safe_base64():
    a, b = SigningKey.generate(), SigningKey.generate()
    env = sign_envelope(b"\xfb\xff payload", "x/y", [a, b])
    data = env.as_dict()
    data["payload"] = base64.urlsafe_b64encode(env.payload).decode().rstrip("=")
    check = verify_envelope(parse_envelope(data), [a.public(), b.public()])
    assert sorted(check.verified_by) == sorted([a.key_id_hex, b.key_id_hex])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("nope", "not JSON"),
        ("[1]", "not a DSSE envelope"),
        ('{"payload": 1, "payloadType": "t"}', "payload is not a string"),
        ('{"payload": "!!", "payloadType": "t"}', "base64"),
        ('{"payload": "", "payloadType": 3}', "payloadType"),
        ('{"payload": "", "payloadType": "t", "signatures": {}}', "signatures"),
        ('{"payload": "", "payloadType": "t", "signatures": [{"sig": 5}]}', "signature 1"),
        ("[" * 100_000, "not JSON"),
    ],
)
def test_garbage_is_a_clear_error(text, words):
    with pytest.raises(DsseError, match=words):
        parse_envelope(text)
