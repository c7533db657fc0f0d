"""Feed against the machine's maximum. Never clamped: the G-code must be exactly what was judged."""

from rmos_desktop.core.feasibility.base import Context, num, red_score, result

ID = "feed"
LABEL = "feed"


def evaluate(ctx: Context):
    feed = ctx.value("feed_mm_min")
    machine = ctx.machine
    top = machine.max_feed_mm_min
    limit = f"≤ {num(top)} mm/min"
    if feed > top:
        return result(
            ID,
            LABEL,
            value=feed,
            unit="mm/min",
            limit=limit,
            status="RED",
            score=red_score((feed - top) / top),
            explanation=f"Feed {num(feed)} mm/min exceeds the machine's maximum {num(top)} mm/min",
        )
    return result(
        ID,
        LABEL,
        value=feed,
        unit="mm/min",
        limit=limit,
        status="GREEN",
        score=80.0 + 20.0 * (1.0 - feed / top),
        explanation=f"Feed {num(feed)} mm/min is within the machine's maximum {num(top)} mm/min",
    )
