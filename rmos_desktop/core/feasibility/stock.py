"""Total depth against the stock's thickness, when the job names its stock."""

from rmos_desktop.core.feasibility.base import Context, result, score_outside_band
from rmos_desktop.core.numbers import fmt_value

ID = "stock"
LABEL = "stock"


def evaluate(ctx: Context):
    stock = ctx.optional("stock")
    if stock is None:
        return result(ID, LABEL, value=None, unit="mm", limit="", status="NA", score=None, explanation="No stock given")
    depth = ctx.value("depth_mm")
    thickness = stock.thickness_mm
    limit = f"≤ {fmt_value(thickness, None, 2)} mm (thickness)"
    depth_s, thickness_s = fmt_value(depth, thickness, 2), fmt_value(thickness, depth, 2)
    if depth > thickness:
        return result(
            ID,
            LABEL,
            value=depth,
            unit="mm",
            limit=limit,
            status="YELLOW",
            score=score_outside_band(depth - thickness, thickness),
            explanation=(
                f"Depth {depth_s} mm is deeper than the {thickness_s} mm stock: the blade cuts into the spoilboard"
            ),
        )
    return result(
        ID,
        LABEL,
        value=depth,
        unit="mm",
        limit=limit,
        status="GREEN",
        score=100.0,
        explanation=f"Depth {depth_s} mm within the {thickness_s} mm stock",
    )
