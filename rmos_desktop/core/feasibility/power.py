"""Estimated cutting power P_c = kc·b·a_pass·v_f / 60000 W against the spindle's usable power η·P.

An estimate: kc rises as chips get thinner (roughly kc0 + R/h), so at very small bites the real
force can be several times this constant-kc figure. The panel labels it as an estimate.
"""

from rmos_desktop.core.feasibility.base import Context, Row, score_upper
from rmos_desktop.core.numbers import fmt_value

ID = "power"
LABEL = "power (est.)"
GREEN_RATIO = 0.8


def cutting_power_w(kc_n_per_mm2: float, kerf_mm: float, pass_depth_mm: float, feed_mm_min: float) -> float:
    # N/mm² · mm · mm · mm/min = N·mm/min; / 60000 gives N·m/s = W.
    return kc_n_per_mm2 * kerf_mm * pass_depth_mm * feed_mm_min / 60000.0


def evaluate(ctx: Context):
    feed = ctx.value("feed_mm_min")
    blade, material, machine = ctx.blade, ctx.material, ctx.machine
    a_pass = ctx.plan.max_pass_depth_mm
    p_c = cutting_power_w(material.kc_n_per_mm2, blade.kerf_mm, a_pass, feed)
    usable = machine.power_usable_share * machine.spindle_power_w
    ratio = p_c / usable
    status, score = score_upper(ratio, GREEN_RATIO, 1.0)
    limit = f"≤ {fmt_value(GREEN_RATIO * usable, p_c, 0)} W (usable {fmt_value(usable, p_c, 0)} W)"
    green_w = GREEN_RATIO * usable
    # The value is judged against 80 % of usable (YELLOW) and usable (RED): enough digits for both.
    p_s = fmt_value(p_c, usable if p_c > green_w else green_w, 0)
    usable_s = fmt_value(usable, p_c, 0)
    if status == "RED":
        text = f"Estimated {p_s} W exceeds the spindle's usable {usable_s} W: stall and kickback risk"
    elif status == "YELLOW":
        text = f"Estimated {p_s} W is over 80 % of the spindle's usable {usable_s} W"
    else:
        text = f"Estimated {p_s} W of the spindle's usable {usable_s} W (an estimate)"
    return Row(ID, LABEL, p_c, "W", limit).judge(status, score, text)
