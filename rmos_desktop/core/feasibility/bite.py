"""Bite (chip load) f_z = v_f / (n·z) mm/tooth against the blade's band, or the material's.

Low bite is a quality warning (rubbing, heat, burn marks), never a block; more than 1.5× the band's
maximum overloads the teeth and risks kickback.
"""

from rmos_desktop.core.feasibility.base import (
    Context,
    Row,
    red_score,
    score_in_band,
    score_outside_band,
)
from rmos_desktop.core.numbers import fmt_value

ID = "bite"
LABEL = "bite"
OVERLOAD_FACTOR = 1.5


def bite_mm_per_tooth(feed_mm_min: float, rpm: float, teeth: int) -> float:
    return feed_mm_min / (rpm * teeth)


def evaluate(ctx: Context):
    rpm, feed = ctx.value("rpm"), ctx.value("feed_mm_min")
    blade = ctx.blade
    if blade.bite_band_mm_per_tooth is not None:
        band, source = blade.bite_band_mm_per_tooth, "the blade's"
    else:
        band, source = ctx.material.bite_band_mm_per_tooth, f"{ctx.material.name.lower()}'s"
    fz = bite_mm_per_tooth(feed, rpm, blade.teeth)
    red_above = OVERLOAD_FACTOR * band.max
    # the band's numbers as the catalog gives them, with more digits where fewer would show the bite on them
    low, high, red = (fmt_value(x, fz, sig=6) for x in (band.min, band.max, red_above))
    limit = f"{low}–{high} mm/t (red > {red})"
    row = Row(ID, LABEL, fz, "mm/tooth", limit)
    if fz > red_above:
        return row.judge(
            "RED",
            red_score((fz - red_above) / red_above),
            (
                f"Bite {fmt_value(fz, red_above, sig=4)} mm/tooth is over 1.5× {source} maximum {band.max:g}: "
                "tooth overload and kickback risk; lower the feed or raise the speed"
            ),
        )
    if fz > band.max:
        return row.judge(
            "YELLOW",
            score_outside_band(fz - band.max, red_above - band.max),
            (f"Bite {fmt_value(fz, band.max, sig=4)} mm/tooth is above {source} band: heavy load on the teeth"),
        )
    if fz < band.min:
        return row.judge(
            "YELLOW",
            score_outside_band(band.min - fz, band.min),
            (
                f"Bite {fmt_value(fz, band.min, sig=4)} mm/tooth is below {source} band: "
                "the teeth rub, heat and burn the cut"
            ),
        )
    return row.judge(
        "GREEN",
        score_in_band(fz, band.min, band.max),
        f"Bite {_inside(fz, band)} mm/tooth is inside {source} band",
    )


def _inside(fz: float, band) -> str:
    """Inside the band: enough digits not to read as one of its edges."""
    return fmt_value(fz, band.min if fz - band.min < band.max - fz else band.max, sig=4)
