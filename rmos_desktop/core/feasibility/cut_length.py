"""Each cut longer than the blade's footprint at the top surface (2·sqrt(2Ra − a²))."""

from rmos_desktop.core.feasibility.base import Context, Row
from rmos_desktop.core.numbers import fmt_value

ID = "cut_length"
LABEL = "cut length"


def evaluate(ctx: Context):
    plan = ctx.plan
    footprint = 2 * plan.overrun_mm
    centre = plan.centre_length_min_mm
    limit = f"> {fmt_value(footprint, plan.top_length_min_mm)} mm (footprint)"
    top_s, footprint_s = fmt_value(plan.top_length_min_mm, footprint), fmt_value(footprint, plan.top_length_min_mm)
    row = Row(ID, LABEL, plan.top_length_min_mm, "mm", limit)
    if centre <= 0:
        return row.judge(
            "RED", 0.0, f"Slot of {top_s} mm is shorter than the blade's footprint {footprint_s} mm at this depth"
        )
    return row.judge(
        "GREEN",
        80.0 + 20.0 * min(1.0, centre / plan.top_length_min_mm),
        (
            f"Blade centre travels {fmt_value(centre)} mm; the kerf reaches {fmt_value(plan.overrun_mm)} mm "
            "beyond it at each end"
        ),
    )
