"""Every cut parallel to the machine's blade axis: a blade cuts only in its own plane."""

from rmos_desktop.core.feasibility.base import Context, Row
from rmos_desktop.core.toolpaths.opplan import cut_parallel

ID = "direction"
LABEL = "direction"


def evaluate(ctx: Context):
    cut, machine = ctx.value("cut"), ctx.machine
    axis, sign = machine.blade_axis, machine.cut_direction
    row = Row(ID, LABEL, limit=f"along {axis}, cutting {sign}{axis}")
    if cut_parallel(cut, axis):
        return row.judge("GREEN", 100.0, f"Every cut runs along {axis}, all in the {sign}{axis} direction")
    return row.judge(
        "RED", 0.0, f"The cut is not parallel to the blade axis {axis}: a saw blade cuts only in its own plane"
    )
