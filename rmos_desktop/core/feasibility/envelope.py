"""Every planned position (rapids included) inside the machine's travel.

The plan's extents bound every move's end point and the travel is a box, so checking the extents
covers every straight move. The pipeline checks the generated move list again, move by move.
"""

from rmos_desktop.core.feasibility.base import Context, Row
from rmos_desktop.core.numbers import fmt_value

ID = "envelope"
LABEL = "envelope"
COMFORT_MM = 50.0  # full score once every position is this far inside the travel
TOLERANCE_MM = 1e-6  # float noise far below the G-code's 0.001 mm resolution is not a violation


def evaluate(ctx: Context):
    machine, ext = ctx.machine, ctx.plan.extents
    checks = (
        ("X", ext.xmin, ext.xmax, machine.travel_x_mm),
        ("Y", ext.ymin, ext.ymax, machine.travel_y_mm),
        ("Z", ext.zmin, ext.zmax, machine.travel_z_mm),
    )
    margin = min(min(lo - band.min, band.max - hi) for _, lo, hi, band in checks)
    limit = (
        f"X {fmt_value(machine.travel_x_mm.min)}–{fmt_value(machine.travel_x_mm.max)}, "
        f"Y {fmt_value(machine.travel_y_mm.min)}–{fmt_value(machine.travel_y_mm.max)}, "
        f"Z {fmt_value(machine.travel_z_mm.min)}–{fmt_value(machine.travel_z_mm.max)}"
    )
    outside = []
    for axis, lo, hi, band in checks:
        if lo < band.min - TOLERANCE_MM:
            outside.append(f"{axis} {fmt_value(lo, band.min)} mm is below the travel's {fmt_value(band.min, lo)} mm")
        if hi > band.max + TOLERANCE_MM:
            outside.append(f"{axis} {fmt_value(hi, band.max)} mm is beyond the travel's {fmt_value(band.max, hi)} mm")
    row = Row(ID, LABEL, margin, "mm", limit)
    if outside:
        return row.judge("RED", 0.0, "Leaves the machine's travel: " + "; ".join(outside))
    return row.judge(
        "GREEN",
        80.0 + 20.0 * min(1.0, margin / COMFORT_MM),
        f"Every move stays inside the travel ({fmt_value(margin)} mm to the nearest limit)",
    )
