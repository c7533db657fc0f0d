"""Spacing between neighbouring cuts (kerf array pitch, closest fret slots) against the kerf."""

from rmos_desktop.core.feasibility.base import Context, result
from rmos_desktop.core.numbers import fmt_value

ID = "kerf_pitch"
LABEL = "kerf pitch"


def evaluate(ctx: Context):
    cut = ctx.value("cut")
    if cut.kind == "line":
        return result(
            ID,
            LABEL,
            value=None,
            unit="mm",
            limit="",
            status="NA",
            score=None,
            explanation="One cut: no pitch to check",
        )
    blade = ctx.blade
    spacing = ctx.plan.min_spacing_mm
    if spacing is None:
        return result(
            ID,
            LABEL,
            value=None,
            unit="mm",
            limit="",
            status="NA",
            score=None,
            explanation="One cut: no pitch to check",
        )
    kerf = blade.kerf_mm
    limit = f"> {fmt_value(kerf, None, 2)} mm (kerf)"
    spacing_s, kerf_s = fmt_value(spacing, kerf, 3), fmt_value(kerf, spacing, 2)
    what = "Pitch" if cut.kind == "kerf_array" else "Closest fret spacing"
    if spacing <= kerf:
        return result(
            ID,
            LABEL,
            value=spacing,
            unit="mm",
            limit=limit,
            status="RED",
            score=0.0,
            explanation=f"{what} {spacing_s} mm is not wider than the kerf {kerf_s} mm: kerfs merge",
        )
    return result(
        ID,
        LABEL,
        value=spacing,
        unit="mm",
        limit=limit,
        status="GREEN",
        score=80.0 + 20.0 * min(1.0, (spacing - kerf) / kerf),
        explanation=f"{what} {spacing_s} mm leaves {fmt_value(spacing - kerf, None, 3)} mm between kerfs",
    )
