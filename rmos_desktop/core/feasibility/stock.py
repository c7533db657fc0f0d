"""Total depth against the stock's thickness, when the job names its stock."""

from rmos_desktop.core.feasibility.base import Context, Row, score_outside_band
from rmos_desktop.core.numbers import fmt_value

ID = "stock"
LABEL = "stock"


def evaluate(ctx: Context):
    stock = ctx.optional("stock")
    if stock is None:
        return Row(ID, LABEL, unit="mm").judge("NA", None, "No stock given")
    depth = ctx.value("depth_mm")
    thickness = stock.thickness_mm
    row = Row(ID, LABEL, depth, "mm", f"≤ {fmt_value(thickness, depth, 2)} mm (thickness)")
    depth_s, thickness_s = fmt_value(depth, thickness, 2), fmt_value(thickness, depth, 2)
    if depth > thickness:
        return row.judge(
            "YELLOW",
            score_outside_band(depth - thickness, thickness),
            (f"Depth {depth_s} mm is deeper than the {thickness_s} mm stock: the blade cuts into the spoilboard"),
        )
    return row.judge("GREEN", 100.0, f"Depth {depth_s} mm within the {thickness_s} mm stock")
