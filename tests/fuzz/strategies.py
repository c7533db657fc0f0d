"""Hypothesis strategies shared by the fuzz tests: arbitrary JSON, valid requests, mutations."""

from hypothesis import strategies as st

TOOLS = [
    "saw:veneer_160",
    "saw:ultra_thin_140",
    "saw:rosette_180",
    "saw:slitting_75",
    "saw:purfling_50",
    "saw:kerf_cut_v1",
]
MATERIALS = ["softwood", "hardwood", "plywood", "mdf"]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=50)
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)

coord = st.floats(min_value=-50, max_value=1300, allow_nan=False)
length = st.floats(min_value=0.5, max_value=1300, allow_nan=False)

line_cut = st.builds(
    lambda x0, y0, x1, dy: {"kind": "line", "x0_mm": x0, "y0_mm": y0, "x1_mm": x1, "y1_mm": y0 + dy},
    coord,
    coord,
    coord,
    st.sampled_from([0.0, 0.0, 0.0, 5.0]),
).filter(lambda c: abs(c["x1_mm"] - c["x0_mm"]) + abs(c["y1_mm"] - c["y0_mm"]) > 1e-6)
kerf_cut = st.fixed_dictionaries(
    {
        "kind": st.just("kerf_array"),
        "x_mm": coord,
        "y_mm": coord,
        "length_mm": length,
        "pitch_mm": st.floats(min_value=0.2, max_value=40),
        "count": st.integers(min_value=1, max_value=120),
    }
)
fret_cut = st.fixed_dictionaries(
    {
        "kind": st.just("fret_slots"),
        "x_mm": coord,
        "y_mm": coord,
        "scale_length_mm": st.floats(min_value=100, max_value=900),
        "frets": st.integers(min_value=1, max_value=30),
        "slot_length_mm": length,
    }
)

valid_requests = st.fixed_dictionaries(
    {
        "tool_id": st.sampled_from(TOOLS),
        "material": st.sampled_from(MATERIALS),
        "rpm": st.floats(min_value=500, max_value=40000),
        "feed_mm_min": st.floats(min_value=50, max_value=20000),
        "depth_mm": st.floats(min_value=0.1, max_value=80),
        "cut": line_cut | kerf_cut | fret_cut,
    },
    optional={
        "stepdown_mm": st.floats(min_value=0.2, max_value=20),
        "machine": st.sampled_from(["default", "linuxcnc"]),
        "stock": st.fixed_dictionaries(
            {"length_mm": length, "width_mm": length, "thickness_mm": st.floats(min_value=0.5, max_value=60)}
        ),
        "job_name": st.text(max_size=40),
    },
)


@st.composite
def mutated_requests(draw):
    """A valid request with one field deleted, replaced by junk, or a junk key added."""
    req = dict(draw(valid_requests))
    action = draw(st.sampled_from(["delete", "replace", "add", "nest"]))
    key = draw(st.sampled_from(sorted(req)))
    if action == "delete":
        req.pop(key)
    elif action == "replace":
        req[key] = draw(json_values)
    elif action == "add":
        req[draw(st.text(min_size=1, max_size=12))] = draw(json_values)
    else:
        cut = dict(req["cut"])
        cut[draw(st.sampled_from(sorted(cut)))] = draw(json_values)
        req["cut"] = cut
    return req
