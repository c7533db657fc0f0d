"""Feed against the machine's maximum. Never clamped: the G-code must be exactly what was judged."""

from rmos_desktop.core.feasibility.base import Context, Row, red_score
from rmos_desktop.core.numbers import fmt_pair, fmt_value

ID = "feed"
LABEL = "feed"


def evaluate(ctx: Context):
    feed = ctx.value("feed_mm_min")
    machine = ctx.machine
    top = machine.max_feed_mm_min
    row = Row(ID, LABEL, feed, "mm/min", f"≤ {fmt_value(top, feed)} mm/min")
    feed_s, top_s = fmt_pair(feed, top)
    if feed > top:
        return row.judge(
            "RED", red_score((feed - top) / top), f"Feed {feed_s} mm/min exceeds the machine's maximum {top_s} mm/min"
        )
    return row.judge(
        "GREEN",
        80.0 + 20.0 * (1.0 - feed / top),
        f"Feed {feed_s} mm/min is within the machine's maximum {top_s} mm/min",
    )
