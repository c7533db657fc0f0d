"""The hashing recipe, pinned by golden vectors computed once with the standard library."""

import hashlib
import json
from pathlib import Path

import pytest

from rmos_desktop.core.hashing import canonical_json, sha256_json, sha256_text, summarize_request
from rmos_desktop.core.jobs import parse_job
from rmos_desktop.core.pipeline import rmos_toolpaths


def _stdlib_json(obj):
    s = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def test_empty_object_and_text_golden_vectors():
    # Well-known constants: sha256("{}") and sha256("").
    assert sha256_json({}) == "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
    assert sha256_text("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert sha256_text("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_recipe_sorts_keys_compacts_and_keeps_unicode():
    assert canonical_json({"b": 1, "a": "ü"}) == '{"a":"ü","b":1}'
    assert sha256_json({"b": 1, "a": "ü"}) == hashlib.sha256('{"a":"ü","b":1}'.encode()).hexdigest()


@pytest.mark.parametrize(
    "obj",
    [
        {"b": 1, "a": [1, 2.5, None, True]},
        {"material": "hardwood", "rpm": 6000.0, "ü": "Ståhl"},
        [1, "x", {"k": {"n": -0.5}}],
    ],
)
def test_matches_the_stdlib_recipe(obj):
    assert sha256_json(obj) == _stdlib_json(obj)


def test_nan_never_reaches_a_hash():
    with pytest.raises(ValueError):
        sha256_json({"x": float("nan")})


def test_summary_drops_client_feasibility():
    assert "feasibility" not in summarize_request({"feasibility": {"risk_level": "GREEN"}, "rpm": 1})


def test_summary_caps_long_strings_with_length_and_hash():
    text = "x" * 10_000_000
    out = summarize_request({"notes": text})["notes"]
    assert out["len"] == 10_000_000
    assert out["sha256"] == hashlib.sha256(text.encode()).hexdigest()
    assert len(json.dumps(out)) < 300


def test_summary_bounds_deep_and_huge_structures():
    deep = cur = {}
    for _ in range(1000):
        cur["n"] = {}
        cur = cur["n"]
    wide = {f"k{i}": i for i in range(10_000)}
    out = summarize_request({"deep": deep, "wide": wide, "list": list(range(100_000)), "big": 10**5000})
    text = canonical_json(out)
    assert len(text) < 5000
    assert out["list"] == {"type": "list", "len": 100_000}
    assert out["big"]["type"] == "int"


def test_summary_replaces_lone_surrogates_so_utf8_encoding_works():
    out = summarize_request({"job_name": "a\ud800b"})
    canonical_json(out).encode("utf-8")
    assert out["job_name"] == "a\ufffdb"


def test_non_object_is_summarised():
    assert summarize_request([1, 2])["type"] == "non-object"
    assert summarize_request("x" * 1000)["value"]["len"] == 1000


# The validated request of resources/examples/green-veneer-line.json, written out by hand: JobRequest fills in the
# optional fields and dumps every number as a float.
GREEN_VENEER_REQUEST = {
    "tool_id": "saw:veneer_160",
    "material": "hardwood",
    "rpm": 6000.0,
    "feed_mm_min": 5000.0,
    "depth_mm": 1.0,
    "stepdown_mm": None,
    "machine": "default",
    "stock": None,
    "job_name": "Veneer trim (worked example 1)",
    "order_ref": None,
    "notes": None,
    "cut": {"kind": "line", "x0_mm": 10.0, "y0_mm": 10.0, "x1_mm": 300.0, "y1_mm": 10.0},
}
# Computed once, outside the app, by a script using only the standard library on the dict above:
#   s = json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
#   hashlib.sha256(s.encode("utf-8")).hexdigest()
# (the same hex is in the header of tests/golden/green-veneer-line.nc).
GREEN_VENEER_REQUEST_SHA256 = "9dc8f6bd19c4cef5a3fb9c1e1f60ba93093cc98f48bf27a10572184f5aec8156"

# Floats that are not whole numbers, a stock object, and text outside ASCII (kept as UTF-8, not \u escapes).
UNICODE_REQUEST = {
    **GREEN_VENEER_REQUEST,
    "feed_mm_min": 4500.5,
    "depth_mm": 0.75,
    "stepdown_mm": 0.3333,
    "stock": {"length_mm": 420.0, "width_mm": 95.5, "thickness_mm": 2.2},
    "job_name": "Stück 1/3 „Zarge“",
    "notes": "Fräse – Ø 160",
}
# Obtained the same way as GREEN_VENEER_REQUEST_SHA256, from the dict above.
UNICODE_REQUEST_SHA256 = "651c35c58cb0ab66b8467b69921189798322fad76fa61490d581dd9f4c623714"


def test_request_sha256_golden_vector_of_the_green_example(example):
    dumped = parse_job(example("green-veneer-line")).request.model_dump(mode="json")
    assert dumped == GREEN_VENEER_REQUEST
    assert sha256_json(dumped) == GREEN_VENEER_REQUEST_SHA256


def test_request_sha256_golden_vector_with_floats_and_unicode(example):
    raw = {
        **example("green-veneer-line"),
        "feed_mm_min": 4500.5,
        "depth_mm": 0.75,
        "stepdown_mm": 0.3333,
        "stock": {"length_mm": 420, "width_mm": 95.5, "thickness_mm": 2.2},
        "job_name": "Stück 1/3 „Zarge“",
        "notes": "Fräse – Ø 160",
    }
    dumped = parse_job(raw).request.model_dump(mode="json")
    assert dumped == UNICODE_REQUEST
    assert sha256_json(dumped) == UNICODE_REQUEST_SHA256
    assert "Fräse – Ø 160" in canonical_json(dumped)  # UTF-8 text, not \u escapes


def test_artifact_records_the_golden_request_sha256(example, recorder, catalog):
    out = rmos_toolpaths(example("green-veneer-line"), recorder=recorder, catalog=catalog)
    artifact = json.loads(Path(out["_run_artifact_path"]).read_text(encoding="utf-8"))
    assert artifact["request_sha256"] == GREEN_VENEER_REQUEST_SHA256
    assert f"(request sha256 {GREEN_VENEER_REQUEST_SHA256})" in out["gcode_text"]
