"""Rim (cutting) speed v = π·D·n / 60000 m/s against the material's band and a hard 100 m/s limit."""

import math

from rmos_desktop.core.feasibility.base import Context, Row, red_score, score_in_band, score_outside_band
from rmos_desktop.core.numbers import fmt_value

ID = "rim_speed"
LABEL = "rim speed"
HARD_LIMIT_M_S = 100.0


def rim_speed_m_s(diameter_mm: float, rpm: float) -> float:
    return math.pi * diameter_mm * rpm / 60000.0


def evaluate(ctx: Context):
    rpm = ctx.value("rpm")
    blade, material = ctx.blade, ctx.material
    v = rim_speed_m_s(blade.diameter_mm, rpm)
    band = material.rim_speed_band_m_s
    # the band's numbers as the catalog gives them, with more digits where fewer would show the speed on them
    low, high, hard = (fmt_value(x, v, sig=6) for x in (band.min, band.max, HARD_LIMIT_M_S))
    limit = f"{low}–{high} m/s (hard {hard})"
    row = Row(ID, LABEL, v, "m/s", limit)
    if v > HARD_LIMIT_M_S:
        return row.judge(
            "RED",
            red_score((v - HARD_LIMIT_M_S) / HARD_LIMIT_M_S),
            (f"Rim speed {fmt_value(v, HARD_LIMIT_M_S)} m/s exceeds the {HARD_LIMIT_M_S:g} m/s limit for saw blades"),
        )
    width = band.max - band.min
    if v < band.min:
        return row.judge(
            "YELLOW",
            score_outside_band(band.min - v, width),
            (f"Rim speed {fmt_value(v, band.min)} m/s is below {material.name.lower()}'s band: slow, rough cut"),
        )
    if v > band.max:
        return row.judge(
            "YELLOW",
            score_outside_band(v - band.max, width),
            (f"Rim speed {fmt_value(v, band.max)} m/s is above {material.name.lower()}'s band: heat and burn marks"),
        )
    return row.judge(
        "GREEN",
        score_in_band(v, band.min, band.max),
        f"Rim speed {_inside(v, band)} m/s is inside {material.name.lower()}'s band",
    )


def _inside(v: float, band) -> str:
    """Inside the band: enough digits not to read as one of its edges."""
    return fmt_value(v, band.min if v - band.min < band.max - v else band.max)
