"""Every cut parallel to the machine's blade axis: a blade cuts only in its own plane."""

from rmos_desktop.core.feasibility.base import Context, result
from rmos_desktop.core.toolpaths.opplan import cut_parallel

ID = "direction"
LABEL = "direction"


def evaluate(ctx: Context):
    cut, machine = ctx.value("cut"), ctx.machine
    axis, sign = machine.blade_axis, machine.cut_direction
    limit = f"along {axis}, cutting {sign}{axis}"
    if cut_parallel(cut, axis):
        return result(
            ID,
            LABEL,
            value=None,
            unit="",
            limit=limit,
            status="GREEN",
            score=100.0,
            explanation=f"Every cut runs along {axis}, all in the {sign}{axis} direction",
        )
    return result(
        ID,
        LABEL,
        value=None,
        unit="",
        limit=limit,
        status="RED",
        score=0.0,
        explanation=(f"The cut is not parallel to the blade axis {axis}: a saw blade cuts only in its own plane"),
    )
