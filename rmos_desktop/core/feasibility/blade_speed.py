"""Spindle speed against the blade's marked maximum (EN 847-1) and the machine's maximum."""

from rmos_desktop.core.feasibility.base import Context, Row, score_upper
from rmos_desktop.core.numbers import fmt_pair, fmt_value

ID = "blade_speed"
LABEL = "blade speed"
GREEN_SHARE = 0.9  # GREEN up to 90 % of the marked maximum


def evaluate(ctx: Context):
    rpm = ctx.value("rpm")
    blade, machine = ctx.blade, ctx.machine
    n_max = blade.max_rpm
    row = Row(ID, LABEL, rpm, "rpm", f"≤ {fmt_value(GREEN_SHARE * n_max, rpm)} (max {fmt_value(n_max, rpm)})")
    if rpm > machine.max_rpm:
        return row.judge(
            "RED",
            score_upper(rpm, machine.max_rpm, machine.max_rpm)[1],
            "Spindle speed {} rpm exceeds the machine's maximum {} rpm".format(*fmt_pair(rpm, machine.max_rpm)),
        )
    status, score = score_upper(rpm, GREEN_SHARE * n_max, n_max)
    rpm_s, max_s = fmt_pair(rpm, n_max)
    if status == "RED":
        text = f"Blade speed {rpm_s} rpm exceeds the blade's marked maximum {max_s} rpm"
    elif status == "YELLOW":
        text = f"Blade speed {rpm_s} rpm is within 10 % of the blade's marked maximum {max_s} rpm"
    else:
        text = f"Blade speed {rpm_s} rpm is well under the blade's marked maximum {max_s} rpm"
    return row.judge(status, score, text)
