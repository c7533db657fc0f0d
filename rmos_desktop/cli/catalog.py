"""`rmos catalog`: the blades, materials and machine profiles in force."""

from __future__ import annotations

import argparse

from rmos_desktop.cli.common import EXIT_OK, Parents, add_command, load_catalog, out


def _blade_line(b) -> str:
    band = b.bite_band_mm_per_tooth
    bite = f"bite {band.min:g}–{band.max:g}" if band else "bite: material band"
    return (
        f"{b.tool_id:<22} {b.name:<22} D{b.diameter_mm:g} {b.teeth}T kerf {b.kerf_mm:g} "
        f"plate {b.plate_mm:g} flange {b.flange_diameter_mm:g} max {b.max_rpm:g} rpm  {bite}"
    )


def _material_line(m) -> str:
    return (
        f"{m.id:<10} rim {m.rim_speed_band_m_s.min:g}–{m.rim_speed_band_m_s.max:g} m/s  "
        f"bite {m.bite_band_mm_per_tooth.min:g}–{m.bite_band_mm_per_tooth.max:g} mm/t  "
        f"kc {m.kc_n_per_mm2:g} N/mm²{' (estimate)' if m.kc_is_estimate else ''}"
    )


def _machine_line(m) -> str:
    return (
        f"{m.id:<10} {m.name:<22} {m.dialect:<8} X {m.travel_x_mm.min:g}–{m.travel_x_mm.max:g} "
        f"Y {m.travel_y_mm.min:g}–{m.travel_y_mm.max:g} Z {m.travel_z_mm.min:g}–{m.travel_z_mm.max:g} "
        f"max {m.max_rpm:g} rpm, {m.max_feed_mm_min:g} mm/min, {m.spindle_power_w:g} W"
    )


def cmd_catalog(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    # (payload key, text heading, entries, one text line per entry)
    sections = (
        ("blades", "Blades", catalog.blades.values(), _blade_line),
        ("materials", "Materials", catalog.materials.values(), _material_line),
        ("machines", "Machines", catalog.machines.values(), _machine_line),
    )
    payload = {"version": catalog.version, "sha256": catalog.sha256}
    for key, _, entries, _ in sections:
        payload[key] = [e.model_dump(mode="json") for e in entries]
    payload["weights"] = dict(catalog.weights)

    def text() -> str:
        lines = [f"Catalog {catalog.version}  sha256 {catalog.sha256}"]
        for _, heading, entries, line in sections:
            lines += ["", f"{heading}:", *(f"  {line(e)}" for e in entries)]
        return "\n".join(lines)

    out(args, payload, text)
    return EXIT_OK


def register(sub, parents: Parents) -> None:
    add_command(sub, "catalog", cmd_catalog, "list blades, materials and machine profiles", parents=[parents.output])
