"""Total depth against the blade's exposure (D − d_f)/2 − 5 mm, where the flange would meet the work."""

from rmos_desktop.core.feasibility.base import Context, num, result, score_upper

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
    limit = f"≤ {num(GREEN_SHARE * exposure)} (exposure {num(exposure)})"
    if exposure <= 0:
        return result(
            ID,
            LABEL,
            value=depth,
            unit="mm",
            limit=limit,
            status="RED",
            score=0.0,
            explanation="This blade's flange leaves no usable exposure: it cannot cut at any depth",
        )
    status, score = score_upper(depth, GREEN_SHARE * exposure, exposure)
    if status == "RED":
        text = f"Depth {num(depth, 2)} mm is beyond the blade's exposure {num(exposure)} mm: the flange hits the work"
    elif status == "YELLOW":
        text = f"Depth {num(depth, 2)} mm is within 20 % of the blade's exposure {num(exposure)} mm"
    else:
        text = f"Depth {num(depth, 2)} mm is well within the blade's exposure {num(exposure)} mm"
    return result(ID, LABEL, value=depth, unit="mm", limit=limit, status=status, score=score, explanation=text)
