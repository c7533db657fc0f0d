"""Hypothesis strategies for hostile input: raw file bytes that look almost like JSON, and Python values
JSON cannot even carry (NaN, infinities, huge and deep structures) for the in-process API."""

import json

from hypothesis import strategies as st

from tests.fuzz.strategies import json_values, mutated_requests, valid_requests

TOKENS = ["NaN", "Infinity", "-Infinity", "1e308", "1e400", "-0", "0", "-1", "1" * 400, '"\\ud800"', "null", "true"]


def _nest(depth: int) -> str:
    return "[" * depth + "]" * depth


json_texts = st.one_of(
    json_values.map(lambda v: json.dumps(v, ensure_ascii=False)),
    valid_requests.map(json.dumps),
    mutated_requests().map(json.dumps),
    st.sampled_from(TOKENS),
    st.builds(
        lambda key, token: f'{{"{key}": {token}}}', st.sampled_from(["rpm", "depth_mm", "x"]), st.sampled_from(TOKENS)
    ),
    st.integers(min_value=1, max_value=200_000).map(_nest),
)
"""Text of a job file: valid, almost valid, or JSON with tokens Python's json accepts but JSON does not."""

file_bytes = st.one_of(
    json_texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    json_texts.map(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8", "surrogatepass")),  # a BOM
    json_texts.map(lambda t: t.encode("utf-16")),
    st.binary(max_size=300),
    st.tuples(json_texts, st.binary(max_size=8)).map(lambda p: p[0].encode("utf-8", "surrogatepass")[:-1] + p[1]),
)
"""Bytes of a job, settings or catalog file."""

odd_numbers = st.sampled_from([float("nan"), float("inf"), -float("inf"), 1e308, -1e308, -0.0, 0, -1, 10**400])

python_values = st.recursive(
    json_values | odd_numbers | st.binary(max_size=10) | st.tuples(st.integers()),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
"""Values only the in-process API can receive (bytes, tuples, NaN): the pipeline must still record them."""


@st.composite
def requests_with_odd_numbers(draw):
    """A valid request with one number replaced by NaN, an infinity, ±1e308, −0 or a negative."""
    req = dict(draw(valid_requests))
    key = draw(st.sampled_from(["rpm", "feed_mm_min", "depth_mm", "cut"]))
    value = draw(odd_numbers)
    if key == "cut":
        cut = dict(req["cut"])
        cut[draw(st.sampled_from(sorted(k for k in cut if k != "kind")))] = value
        req["cut"] = cut
    else:
        req[key] = value
    return req
