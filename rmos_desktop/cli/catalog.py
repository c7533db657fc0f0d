"""`rmos catalog`: the blades, materials and machine profiles in force."""

from __future__ import annotations

import argparse

from rmos_desktop.cli.common import EXIT_OK, Parents, add_command, load_catalog, out


def cmd_catalog(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    payload = {
        "version": catalog.version,
        "sha256": catalog.sha256,
        "blades": [b.model_dump(mode="json") for b in catalog.blades.values()],
        "materials": [m.model_dump(mode="json") for m in catalog.materials.values()],
        "machines": [m.model_dump(mode="json") for m in catalog.machines.values()],
        "weights": dict(catalog.weights),
    }

    def text() -> str:
        lines = [f"Catalog {catalog.version}  sha256 {catalog.sha256}", "", "Blades:"]
        for b in catalog.blades.values():
            band = b.bite_band_mm_per_tooth
            bite = f"bite {band.min:g}–{band.max:g}" if band else "bite: material band"
            lines.append(
                f"  {b.tool_id:<22} {b.name:<22} D{b.diameter_mm:g} {b.teeth}T kerf {b.kerf_mm:g} "
                f"plate {b.plate_mm:g} flange {b.flange_diameter_mm:g} max {b.max_rpm:g} rpm  {bite}"
            )
        lines += ["", "Materials:"]
        for m in catalog.materials.values():
            lines.append(
                f"  {m.id:<10} rim {m.rim_speed_band_m_s.min:g}–{m.rim_speed_band_m_s.max:g} m/s  "
                f"bite {m.bite_band_mm_per_tooth.min:g}–{m.bite_band_mm_per_tooth.max:g} mm/t  "
                f"kc {m.kc_n_per_mm2:g} N/mm²{' (estimate)' if m.kc_is_estimate else ''}"
            )
        lines += ["", "Machines:"]
        for m in catalog.machines.values():
            lines.append(
                f"  {m.id:<10} {m.name:<22} {m.dialect:<8} X {m.travel_x_mm.min:g}–{m.travel_x_mm.max:g} "
                f"Y {m.travel_y_mm.min:g}–{m.travel_y_mm.max:g} Z {m.travel_z_mm.min:g}–{m.travel_z_mm.max:g} "
                f"max {m.max_rpm:g} rpm, {m.max_feed_mm_min:g} mm/min, {m.spindle_power_w:g} W"
            )
        return "\n".join(lines)

    out(args, payload, text)
    return EXIT_OK


def register(sub, parents: Parents) -> None:
    add_command(sub, "catalog", cmd_catalog, "list blades, materials and machine profiles", parents=[parents.output])
