"""Each cut longer than the blade's footprint at the top surface (2·sqrt(2Ra − a²))."""

from rmos_desktop.core.feasibility.base import Context, num, result

ID = "cut_length"
LABEL = "cut length"


def evaluate(ctx: Context):
    plan = ctx.plan
    footprint = 2 * plan.overrun_mm
    centre = plan.centre_length_min_mm
    limit = f"> {num(footprint, 1)} mm (footprint)"
    if centre <= 0:
        return result(
            ID,
            LABEL,
            value=plan.top_length_min_mm,
            unit="mm",
            limit=limit,
            status="RED",
            score=0.0,
            explanation=(
                f"Slot of {num(plan.top_length_min_mm, 1)} mm is shorter than the blade's footprint "
                f"{num(footprint, 1)} mm at this depth"
            ),
        )
    return result(
        ID,
        LABEL,
        value=plan.top_length_min_mm,
        unit="mm",
        limit=limit,
        status="GREEN",
        score=80.0 + 20.0 * min(1.0, centre / plan.top_length_min_mm),
        explanation=(
            f"Blade centre travels {num(centre, 1)} mm; the kerf reaches {num(plan.overrun_mm, 1)} mm "
            "beyond it at each end"
        ),
    )
