"""Kerf against plate thickness: below 1.1 the plate binds in its own kerf."""

from rmos_desktop.core.feasibility.base import Context, Row
from rmos_desktop.core.numbers import fmt_pair

ID = "kerf_plate"
LABEL = "kerf / plate"
MIN_RATIO = 1.1


def evaluate(ctx: Context):
    blade = ctx.blade
    ratio = blade.kerf_mm / blade.plate_mm
    row = Row(ID, LABEL, ratio, "", f"≥ {MIN_RATIO:g}")
    kerf_s, plate_s = fmt_pair(blade.kerf_mm, blade.plate_mm, 2)
    if ratio < MIN_RATIO:
        return row.judge(
            "RED",
            0.0,
            (f"Kerf {kerf_s} mm is too close to the plate {plate_s} mm: the plate binds in its own kerf"),
        )
    return row.judge(
        "GREEN",
        80.0 + 20.0 * min(1.0, (ratio - MIN_RATIO) / 0.4),
        f"Kerf {kerf_s} mm clears the plate {plate_s} mm",
    )
