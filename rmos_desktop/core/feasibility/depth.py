"""Total depth against the blade's exposure (D − d_f)/2 − 5 mm, where the flange would meet the work."""

from rmos_desktop.core.feasibility.base import Context, Row, score_upper
from rmos_desktop.core.numbers import fmt_value

ID = "depth"
LABEL = "depth"
FLANGE_CLEARANCE_MM = 5.0
GREEN_SHARE = 0.8


def exposure_mm(diameter_mm: float, flange_diameter_mm: float) -> float:
    return (diameter_mm - flange_diameter_mm) / 2.0 - FLANGE_CLEARANCE_MM


def evaluate(ctx: Context):
    depth = ctx.value("depth_mm")
    blade = ctx.blade
    exposure = exposure_mm(blade.diameter_mm, blade.flange_diameter_mm)
    row = Row(
        ID, LABEL, depth, "mm", f"≤ {fmt_value(GREEN_SHARE * exposure, depth)} (exposure {fmt_value(exposure, depth)})"
    )
    if exposure <= 0:
        return row.judge(
            "RED",
            0.0,
            "This blade's flange leaves no usable exposure: it cannot cut at any depth",
        )
    status, score = score_upper(depth, GREEN_SHARE * exposure, exposure)
    depth_s, exposure_s = fmt_value(depth, exposure, 2), fmt_value(exposure, depth)
    if status == "RED":
        text = f"Depth {depth_s} mm is beyond the blade's exposure {exposure_s} mm: the flange hits the work"
    elif status == "YELLOW":
        text = f"Depth {depth_s} mm is within 20 % of the blade's exposure {exposure_s} mm"
    else:
        text = f"Depth {depth_s} mm is well within the blade's exposure {exposure_s} mm"
    return row.judge(status, score, text)
