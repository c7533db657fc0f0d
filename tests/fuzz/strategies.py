"""Hypothesis strategies shared by the fuzz tests: arbitrary JSON, valid requests, mutations."""

from fractions import Fraction

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


# -- numbers as a person types them ------------------------------------------------------------------------
def typed_decimal(lo: float, hi: float, places: int):
    """Decimals with at most `places` places in [lo, hi], as a JSON file carries them (shortest repr)."""
    scale = 10**places
    return st.integers(round(lo * scale), round(hi * scale)).map(lambda n: float(Fraction(n, scale)))


# Imperial depths and stepdowns: n/64 in (1/64 in = 0.396875 mm) up to 3 in, converted exactly.
imperial_mm = st.integers(1, 192).map(lambda n: float(Fraction(n, 64) * Fraction(254, 10)))


# Marked max rpm, teeth and bite band of the shipped blades, to aim most draws at programs that generate.
BLADES = {
    "saw:veneer_160": (10000, 96, 0.005, 0.03),
    "saw:ultra_thin_140": (12000, 80, 0.005, 0.03),
    "saw:rosette_180": (9000, 120, 0.005, 0.03),
    "saw:slitting_75": (18000, 36, 0.01, 0.06),
    "saw:purfling_50": (24000, 48, 0.003, 0.02),
    "saw:kerf_cut_v1": (7000, 40, 0.005, 0.03),
}
inside_line = st.builds(
    lambda x0, y, length: {"kind": "line", "x0_mm": x0, "y0_mm": y, "x1_mm": x0 + length, "y1_mm": y},
    typed_decimal(20, 500, 3),
    typed_decimal(20, 550, 3),
    typed_decimal(60, 600, 3),
)


@st.composite
def controller_requests(draw):
    """Requests whose numbers are what shops type: 0-3 decimal rpm and feed (down to the lower bounds now and
    then), 4-decimal and imperial depths and stepdowns that the post rounds to 0.001 mm. Mostly aimed inside
    the blade's bands and the travel so that most of them generate; the rest are anywhere."""
    req = dict(draw(valid_requests))
    places = draw(st.integers(0, 3))
    max_rpm, teeth, bite_lo, bite_hi = BLADES[req["tool_id"]]
    if draw(st.integers(0, 9)) == 0:
        req["rpm"] = draw(typed_decimal(1, 40000, places))
        req["feed_mm_min"] = draw(typed_decimal(1, 20000, draw(st.integers(0, 3))))
    else:
        rpm = draw(typed_decimal(0.3 * max_rpm, 0.95 * max_rpm, places))
        bite = draw(st.floats(bite_lo * 0.8, bite_hi * 1.2))
        req["rpm"] = rpm
        req["feed_mm_min"] = min(9999.0, max(1.0, round(bite * rpm * teeth, draw(st.integers(0, 3)))))
        if draw(st.booleans()):
            req["cut"] = draw(inside_line)
    depth = draw(imperial_mm | typed_decimal(0.001, 20, 4) | typed_decimal(0.001, 2, 3))
    req["depth_mm"] = depth
    req.pop("stepdown_mm", None)
    if draw(st.booleans()):
        step = draw(imperial_mm | typed_decimal(0.001, 20, 4))
        if depth / step <= 40:  # keep programs small; deep stepdown sweeps are not what this tests
            req["stepdown_mm"] = step
    return req
