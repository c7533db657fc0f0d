"""Feed against the machine's maximum. Never clamped: the G-code must be exactly what was judged."""

from rmos_desktop.core.feasibility.base import Context, red_score, result
from rmos_desktop.core.numbers import fmt_pair, fmt_value

ID = "feed"
LABEL = "feed"


def evaluate(ctx: Context):
    feed = ctx.value("feed_mm_min")
    machine = ctx.machine
    top = machine.max_feed_mm_min
    limit = f"≤ {fmt_value(top)} mm/min"
    feed_s, top_s = fmt_pair(feed, top)
    if feed > top:
        return result(
            ID,
            LABEL,
            value=feed,
            unit="mm/min",
            limit=limit,
            status="RED",
            score=red_score((feed - top) / top),
            explanation=f"Feed {feed_s} mm/min exceeds the machine's maximum {top_s} mm/min",
        )
    return result(
        ID,
        LABEL,
        value=feed,
        unit="mm/min",
        limit=limit,
        status="GREEN",
        score=80.0 + 20.0 * (1.0 - feed / top),
        explanation=f"Feed {feed_s} mm/min is within the machine's maximum {top_s} mm/min",
    )
