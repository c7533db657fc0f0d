"""The hashing recipe every artifact uses, re-checkable with the standard library alone.

    sha256(json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))

and for text, sha256(text.encode("utf-8")). Golden vectors in tests/core/test_hashing.py pin it.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from typing import Any

__all__ = [
    "canonical_json",
    "sha256_bytes",
    "sha256_json",
    "sha256_text",
    "summarize_request",
]

# Caps for summarize_request: nothing a caller sends can make an artifact large or unserialisable.
MAX_STRING_CHARS = 200
MAX_KEY_CHARS = 64
MAX_KEYS = 80
MAX_LIST_ITEMS = 50
MAX_DEPTH = 4
MAX_INT_DIGITS = 30
STRING_HEAD_CHARS = 40
_SURROGATE = re.compile("[\ud800-\udfff]")


def canonical_json(obj: Any) -> str:
    """The canonical JSON text that gets hashed. Refuses NaN and infinities."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path: str | os.PathLike[str]) -> str | None:
    """SHA-256 of a file's bytes, read a megabyte at a time; None when the file cannot be read."""
    try:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                h.update(block)
        return h.hexdigest()
    except OSError:
        return None


def sha256_json(obj: Any) -> str:
    return sha256_text(canonical_json(obj))


def clean_text(text: str) -> str:
    """Replace lone surrogates (legal in JSON escapes, illegal in UTF-8) with U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _summarize_str(text: str) -> Any:
    text = clean_text(text)
    if len(text) <= MAX_STRING_CHARS:
        return text
    return {
        "type": "str",
        "len": len(text),
        "sha256": sha256_text(text),
        "head": text[:STRING_HEAD_CHARS],
    }


def _summarize_key(key: Any) -> str:
    key = clean_text(str(key))
    if len(key) <= MAX_KEY_CHARS:
        return key
    return f"{key[: MAX_KEY_CHARS - 18]}…[{len(key)} chars {sha256_text(key)[:12]}]"


def _summarize(value: Any, depth: int) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if abs(value) >= 10**MAX_INT_DIGITS:
            return {"type": "int", "digits": _int_digits(value)}
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return {"type": "float", "value": repr(value)}
    if isinstance(value, str):
        return _summarize_str(value)
    if isinstance(value, dict):
        if depth >= MAX_DEPTH:
            return {"type": "dict", "len": len(value)}
        out: dict[str, Any] = {}
        keys = sorted(value.keys(), key=str)
        for key in keys[:MAX_KEYS]:
            out[_summarize_key(key)] = _summarize(value[key], depth + 1)
        if len(keys) > MAX_KEYS:
            out["…truncated_keys"] = len(keys) - MAX_KEYS
        return out
    if isinstance(value, list | tuple):
        if depth >= MAX_DEPTH or len(value) > MAX_LIST_ITEMS:
            return {"type": "list", "len": len(value)}
        return [_summarize(item, depth + 1) for item in value]
    return {"type": type(value).__name__}


def _int_digits(value: int) -> int:
    # str() of a huge int can exceed Python's int-to-str limit; bit_length gives the digit count.
    return int(abs(value).bit_length() * math.log10(2)) + 1


def summarize_request(req: Any) -> Any:
    """A bounded, JSON-safe summary of whatever a caller sent.

    Drops a client-supplied `feasibility` (the app computes its own), cuts long strings to their length,
    hash and first characters, and summarises deep or huge structures, so no input can bloat an artifact
    or make it unserialisable.
    """
    if isinstance(req, dict):
        req = {k: v for k, v in req.items() if k != "feasibility"}
        return _summarize(req, 0)
    return {"type": "non-object", "value": _summarize(req, MAX_DEPTH - 1)}
