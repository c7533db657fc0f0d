"""Spacing between neighbouring cuts (kerf array pitch, closest fret slots) against the kerf."""

from rmos_desktop.core.feasibility.base import Context, Row
from rmos_desktop.core.numbers import fmt_value

ID = "kerf_pitch"
LABEL = "kerf pitch"


def evaluate(ctx: Context):
    cut = ctx.value("cut")
    kerf = None if cut.kind == "line" else ctx.blade.kerf_mm  # the blade before the plan: the first Missing wins
    spacing = None if kerf is None else ctx.plan.min_spacing_mm
    if kerf is None or spacing is None:
        return Row(ID, LABEL, unit="mm").judge("NA", None, "One cut: no pitch to check")
    row = Row(ID, LABEL, spacing, "mm", f"> {fmt_value(kerf, spacing, 2)} mm (kerf)")
    spacing_s, kerf_s = fmt_value(spacing, kerf, 3), fmt_value(kerf, spacing, 2)
    what = "Pitch" if cut.kind == "kerf_array" else "Closest fret spacing"
    if spacing <= kerf:
        return row.judge("RED", 0.0, f"{what} {spacing_s} mm is not wider than the kerf {kerf_s} mm: kerfs merge")
    return row.judge(
        "GREEN",
        80.0 + 20.0 * min(1.0, (spacing - kerf) / kerf),
        f"{what} {spacing_s} mm leaves {fmt_value(spacing - kerf, None, 3)} mm between kerfs",
    )
