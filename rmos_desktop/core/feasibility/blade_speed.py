"""Spindle speed against the blade's marked maximum (EN 847-1) and the machine's maximum."""

from rmos_desktop.core.feasibility.base import Context, num, result, score_upper

ID = "blade_speed"
LABEL = "blade speed"
GREEN_SHARE = 0.9  # GREEN up to 90 % of the marked maximum


def evaluate(ctx: Context):
    rpm = ctx.value("rpm")
    blade, machine = ctx.blade, ctx.machine
    n_max = blade.max_rpm
    limit = f"≤ {num(GREEN_SHARE * n_max)} (max {num(n_max)})"
    if rpm > machine.max_rpm:
        return result(
            ID,
            LABEL,
            value=rpm,
            unit="rpm",
            limit=limit,
            status="RED",
            score=score_upper(rpm, machine.max_rpm, machine.max_rpm)[1],
            explanation=(f"Spindle speed {num(rpm)} rpm exceeds the machine's maximum {num(machine.max_rpm)} rpm"),
        )
    status, score = score_upper(rpm, GREEN_SHARE * n_max, n_max)
    if status == "RED":
        text = f"Blade speed {num(rpm)} rpm exceeds the blade's marked maximum {num(n_max)} rpm"
    elif status == "YELLOW":
        text = f"Blade speed {num(rpm)} rpm is within 10 % of the blade's marked maximum {num(n_max)} rpm"
    else:
        text = f"Blade speed {num(rpm)} rpm is well under the blade's marked maximum {num(n_max)} rpm"
    return result(ID, LABEL, value=rpm, unit="rpm", limit=limit, status=status, score=score, explanation=text)
