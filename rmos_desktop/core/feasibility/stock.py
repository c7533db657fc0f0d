"""Total depth against the stock's thickness, when the job names its stock."""

from rmos_desktop.core.feasibility.base import Context, num, result, score_outside_band

ID = "stock"
LABEL = "stock"


def evaluate(ctx: Context):
    stock = ctx.optional("stock")
    if stock is None:
        return result(ID, LABEL, value=None, unit="mm", limit="", status="NA", score=None, explanation="No stock given")
    depth = ctx.value("depth_mm")
    thickness = stock.thickness_mm
    limit = f"≤ {num(thickness, 2)} mm (thickness)"
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
                f"Depth {num(depth, 2)} mm is deeper than the {num(thickness, 2)} mm stock: "
                "the blade cuts into the spoilboard"
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
        explanation=f"Depth {num(depth, 2)} mm within the {num(thickness, 2)} mm stock",
    )
