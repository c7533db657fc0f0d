"""Saw facts for the preview, worked out from the moves (NumPy, no Qt; runs on the worker): the blade disc at
the first cut's start and end with its overrun at the top surface, and the position of every cut for a
kerf array or fret slots (what a luthier checks against a ruler)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from rmos_desktop.core.toolpaths.moves import FEED

DISC_POINTS = 97


@dataclass(frozen=True)
class BladeDisc:
    """The side view (X–Z) of the blade at the first cut: two disc outlines (NaN-broken) and the overrun, the
    stretch of the top surface (Z 0) the kerf reaches beyond the blade centre's travel at each end."""

    disc_xs: np.ndarray
    disc_zs: np.ndarray
    overrun_xs: np.ndarray
    overrun_zs: np.ndarray
    overrun_mm: float
    first_line: int


@dataclass(frozen=True)
class CutPosition:
    """One cut where a ruler finds it: the kerf's ends at the top surface (the blade centre's travel plus the
    overrun of its deepest pass, when the blade is known) and its Y."""

    n: int
    x_from: float
    x_to: float
    y: float
    from_nut: float | None  # fret slots: distance from the nut along Y
    line: int  # first G-code line that cuts it
    at_surface: bool  # x_from/x_to are the kerf's ends at Z 0 (else the blade centre's travel)


def _cutting(a: dict[str, np.ndarray]) -> np.ndarray:
    """Feed moves below the top surface that travel in X–Y (the cuts, pass by pass, in program order)."""
    length = np.hypot(a["x"] - a["x0"], a["y"] - a["y0"])
    depth = -np.minimum(a["z0"], a["z"])
    return np.flatnonzero((a["kind"] == FEED) & (depth > 0) & (length > 0))


def blade_disc(a: dict[str, np.ndarray], diameter_mm: float) -> BladeDisc | None:
    sel = _cutting(a)
    if not len(sel) or diameter_mm <= 0:
        return None
    i = int(sel[0])
    r = diameter_mm / 2.0
    x0, y0, x1, y1 = (float(a[k][i]) for k in ("x0", "y0", "x", "y"))
    z = float(min(a["z0"][i], a["z"][i]))
    length = float(np.hypot(x1 - x0, y1 - y0))
    ux = (x1 - x0) / length  # the blade's plane holds the cut direction: seen from the side, an ellipse
    t = np.linspace(0.0, 2.0 * np.pi, DISC_POINTS)
    xs, zs = [], []
    for cx in (x0, x1):
        xs += [cx + r * abs(ux) * np.cos(t), [np.nan]]
        zs += [z + r + r * np.sin(t), [np.nan]]
    over = overrun(-z, diameter_mm)
    lo, hi = min(x0, x1), max(x0, x1)
    ox = over * abs(ux)
    return BladeDisc(
        disc_xs=np.concatenate(xs),
        disc_zs=np.concatenate(zs),
        overrun_xs=np.array([lo - ox, lo, np.nan, hi, hi + ox]),
        overrun_zs=np.array([0.0, 0.0, np.nan, 0.0, 0.0]),
        overrun_mm=over,
        first_line=int(a["line"][i]),
    )


def overrun(depth: float, diameter_mm: float) -> float:
    """How far the kerf reaches beyond the blade centre at the top surface for a cut `depth` deep."""
    r = diameter_mm / 2.0
    d = min(max(depth, 0.0), r)
    return float(np.sqrt(max(0.0, 2.0 * r * d - d * d)))


def cut_positions(
    a: dict[str, np.ndarray], cut: dict[str, Any] | None, diameter_mm: float | None = None
) -> list[CutPosition]:
    """Cut n → X from/to and Y (fret slots: distance from the nut), one row per distinct cut line (passes
    over the same line are one cut), in the order the program first cuts them."""
    if not isinstance(cut, dict) or cut.get("kind") not in ("kerf_array", "fret_slots"):
        return []
    sel = _cutting(a)
    if not len(sel):
        return []
    keys = np.round(np.column_stack((a["x0"][sel], a["y0"][sel], a["x"][sel], a["y"][sel])), 6)
    _, first, group = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    depth = -np.minimum(a["z0"][sel], a["z"][sel])
    deepest = np.zeros(len(first))
    np.maximum.at(deepest, group.ravel(), depth)
    nut = cut.get("y_mm") if cut.get("kind") == "fret_slots" else None
    out = []
    for n, g in enumerate(np.argsort(first, kind="stable").tolist(), 1):
        i = int(sel[first[g]])
        x0, x1 = float(a["x0"][i]), float(a["x"][i])
        ux = abs(x1 - x0) / max(float(np.hypot(x1 - x0, a["y"][i] - a["y0"][i])), 1e-12)
        reach = overrun(float(deepest[g]), diameter_mm) * ux if diameter_mm else 0.0
        y = float(a["y"][i])
        out.append(
            CutPosition(
                n=n,
                x_from=min(x0, x1) - reach,
                x_to=max(x0, x1) + reach,
                y=y,
                from_nut=(y - float(nut)) if isinstance(nut, int | float) else None,
                line=int(a["line"][i]),
                at_surface=bool(diameter_mm),
            )
        )
    return out
