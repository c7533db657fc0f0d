"""The shipped catalog holds the reference's numbers; a shop's own files extend or override it."""

import json

import pytest

from rmos_desktop.core.catalog import CALCULATOR_IDS, load_catalog

# The reference table (shared/reference/saw-feasibility.md), typed in independently of the JSON files.
BLADES = {
    "saw:veneer_160": (160, 96, 1.2, 0.9, 20, 50, 10000, (0.005, 0.03)),
    "saw:ultra_thin_140": (140, 80, 1.0, 0.8, 20, 45, 12000, (0.005, 0.03)),
    "saw:rosette_180": (180, 120, 1.4, 1.0, 30, 50, 9000, (0.005, 0.03)),
    "saw:slitting_75": (75, 36, 1.6, 1.2, 16, 25, 18000, (0.01, 0.06)),
    "saw:purfling_50": (50, 48, 0.8, 0.6, 10, 16, 24000, (0.003, 0.02)),
    "saw:kerf_cut_v1": (200, 40, 2.4, 1.8, 30, 60, 7000, None),
}
MATERIALS = {
    "softwood": ((45, 90), (0.10, 0.25), 40),
    "hardwood": ((45, 70), (0.06, 0.18), 80),
    "plywood": ((50, 80), (0.05, 0.15), 60),
    "mdf": ((50, 80), (0.04, 0.11), 50),
}


@pytest.mark.parametrize("tool_id", sorted(BLADES))
def test_blades_match_the_reference(catalog, tool_id):
    d, z, b, s, bore, flange, n_max, band = BLADES[tool_id]
    blade = catalog.blade(tool_id)
    assert (blade.diameter_mm, blade.teeth, blade.kerf_mm, blade.plate_mm) == (d, z, b, s)
    assert (blade.bore_mm, blade.flange_diameter_mm, blade.max_rpm) == (bore, flange, n_max)
    assert blade.flange_diameter_mm >= blade.diameter_mm / 4  # EN 1870-1 test reports
    if band is None:
        assert blade.bite_band_mm_per_tooth is None
    else:
        assert (blade.bite_band_mm_per_tooth.min, blade.bite_band_mm_per_tooth.max) == band


@pytest.mark.parametrize("material_id", sorted(MATERIALS))
def test_materials_match_the_reference(catalog, material_id):
    rim, bite, kc = MATERIALS[material_id]
    m = catalog.material(material_id)
    assert (m.rim_speed_band_m_s.min, m.rim_speed_band_m_s.max) == rim
    assert (m.bite_band_mm_per_tooth.min, m.bite_band_mm_per_tooth.max) == bite
    assert m.kc_n_per_mm2 == kc and m.kc_is_estimate


def test_machine_profiles_match_the_reference(catalog):
    assert set(catalog.machines) == {"default", "linuxcnc"}
    for machine_id, dialect in (("default", "grbl"), ("linuxcnc", "linuxcnc")):
        m = catalog.machine(machine_id)
        assert m.dialect == dialect
        assert (m.travel_x_mm.min, m.travel_x_mm.max) == (0, 1200)
        assert (m.travel_y_mm.min, m.travel_y_mm.max) == (0, 600)
        assert (m.travel_z_mm.min, m.travel_z_mm.max) == (-100, 50)
        assert (m.blade_axis, m.cut_direction) == ("X", "+")
        assert (m.max_rpm, m.spindle_power_w, m.power_usable_share) == (24000, 3000, 0.85)
        assert (m.max_feed_mm_min, m.rapid_mm_min, m.plunge_feed_mm_min) == (10000, 20000, 600)
        assert (m.spinup_dwell_s, m.safe_z_mm) == (2, 5)


def test_catalog_has_weights_for_every_calculator_and_a_version(catalog):
    assert set(catalog.weights) == set(CALCULATOR_IDS)
    assert catalog.version
    assert len(catalog.sha256) == 64


def test_catalog_sha256_is_the_canonical_json_recipe(catalog):
    import hashlib

    text = json.dumps(catalog.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert catalog.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_user_file_overrides_one_field_and_adds_a_blade(tmp_path, catalog):
    user = tmp_path / "catalog"
    _write(
        user / "shop.json",
        {
            "version": "shop-3",
            "materials": {"hardwood": {"kc_n_per_mm2": 95}},
            "blades": {
                "saw:fret_058": {
                    "tool_id": "saw:fret_058",
                    "name": "Fret slot 0.58",
                    "diameter_mm": 80,
                    "teeth": 60,
                    "kerf_mm": 0.58,
                    "plate_mm": 0.5,
                    "bore_mm": 16,
                    "flange_diameter_mm": 25,
                    "max_rpm": 15000,
                }
            },
        },
    )
    loaded = load_catalog(user_dir=user)
    assert loaded.problems == []
    assert loaded.catalog.material("hardwood").kc_n_per_mm2 == 95
    assert loaded.catalog.material("hardwood").rim_speed_band_m_s.max == 70  # untouched fields kept
    assert loaded.catalog.blade("saw:fret_058").kerf_mm == 0.58
    assert loaded.catalog.version.endswith("+shop-3")
    assert loaded.catalog.sha256 != catalog.sha256


def test_broken_user_file_names_file_and_field_and_shipped_catalog_still_loads(tmp_path, catalog):
    user = tmp_path / "catalog"
    _write(user / "a-good.json", {"materials": {"mdf": {"kc_n_per_mm2": 55}}})
    _write(user / "b-broken.json", {"blades": {"saw:veneer_160": {"max_rpm": -5}}})
    (user / "c-notjson.json").write_text("{oops", encoding="utf-8")
    loaded = load_catalog(user_dir=user)
    assert loaded.catalog.blade("saw:veneer_160").max_rpm == 10000  # the broken override is left out
    assert loaded.catalog.material("mdf").kc_n_per_mm2 == 55  # the good file still applies
    texts = [str(p) for p in loaded.problems]
    assert any("b-broken.json" in t and "blades.saw:veneer_160.max_rpm" in t for t in texts), texts
    assert any("c-notjson.json" in t for t in texts), texts


def test_user_file_with_unknown_field_is_rejected_by_name(tmp_path):
    user = tmp_path / "catalog"
    _write(user / "x.json", {"machines": {"default": {"max_rpmm": 1}}})
    loaded = load_catalog(user_dir=user)
    assert any("machines.default.max_rpmm" in str(p) for p in loaded.problems)
    assert loaded.catalog.machine("default").max_rpm == 24000


# -- a shop catalog may tighten, never loosen (issue 16 M7) ------------------------------------------------------
def test_a_shop_catalog_raising_a_blades_marked_max_rpm_is_left_out_and_the_red_job_stays_red(tmp_path):
    from rmos_desktop.core.feasibility import evaluate_feasibility
    from tests.conftest import load_example

    user = tmp_path / "catalog"
    _write(user / "shop.json", {"blades": {"saw:kerf_cut_v1": {"max_rpm": 20000}}})
    loaded = load_catalog(user_dir=user)
    assert loaded.catalog.blade("saw:kerf_cut_v1").max_rpm == 7000
    texts = [str(p) for p in loaded.problems]
    assert len(texts) == 1
    assert "shop.json at blades.saw:kerf_cut_v1.max_rpm" in texts[0]
    assert "raises the blade's marked maximum 7000 rpm to 20000" in texts[0] and "never loosen" in texts[0]
    report = evaluate_feasibility(load_example("red-kerfcut-overspeed"), loaded.catalog)
    assert str(report.risk_level) == "RED" and report.calculator("blade_speed").status == "RED"


def test_the_cli_keeps_the_red_job_red_and_names_the_loosening_file(tmp_path):
    from tests.cli.helpers import rmos
    from tests.conftest import REPO

    _write(
        tmp_path / "config" / "rmos-desktop" / "catalog" / "shop.json",
        {"blades": {"saw:kerf_cut_v1": {"max_rpm": 20000}}},
    )
    proc = rmos(
        "check",
        REPO / "resources" / "examples" / "red-kerfcut-overspeed.json",
        env={"XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert "Blade speed 12000 rpm exceeds the blade's marked maximum 7000 rpm" in proc.stdout
    assert "blades.saw:kerf_cut_v1.max_rpm" in proc.stderr and "never loosen" in proc.stderr


@pytest.mark.parametrize(
    "section, entry, change, field",
    [
        ("blades", "saw:veneer_160", {"max_rpm": 10000.001}, "max_rpm"),
        ("blades", "saw:veneer_160", {"diameter_mm": 150}, "diameter_mm"),
        ("blades", "saw:veneer_160", {"flange_diameter_mm": 40}, "flange_diameter_mm"),  # more exposure
        ("blades", "saw:veneer_160", {"diameter_mm": 180}, "flange_diameter_mm"),  # more exposure
        ("blades", "saw:veneer_160", {"kerf_mm": 1.0}, "kerf_mm"),
        ("blades", "saw:veneer_160", {"plate_mm": 0.5}, "plate_mm"),  # kerf/plate looks safer
        ("machines", "default", {"travel_x_mm": {"min": -10, "max": 1200}}, "travel_x_mm"),
        ("machines", "default", {"travel_z_mm": {"min": -100, "max": 200}}, "travel_z_mm"),
        ("machines", "default", {"max_feed_mm_min": 12000}, "max_feed_mm_min"),
        ("machines", "linuxcnc", {"max_rpm": 30000}, "max_rpm"),
    ],
)
def test_every_hard_limit_may_not_be_loosened(tmp_path, catalog, section, entry, change, field):
    user = tmp_path / "catalog"
    _write(user / "shop.json", {section: {entry: change}})
    loaded = load_catalog(user_dir=user)
    assert loaded.catalog.sha256 == catalog.sha256  # the file is left out whole
    assert any(f"{section}.{entry}.{field}" in str(p) and "never loosen" in str(p) for p in loaded.problems), [
        str(p) for p in loaded.problems
    ]


def test_tightening_and_adding_are_allowed(tmp_path, catalog):
    user = tmp_path / "catalog"
    _write(
        user / "shop.json",
        {
            "blades": {
                "saw:kerf_cut_v1": {"max_rpm": 6000},
                "saw:veneer_160": {"flange_diameter_mm": 60, "plate_mm": 1.0},
            },
            "machines": {"default": {"travel_x_mm": {"min": 10, "max": 1000}, "max_feed_mm_min": 8000}},
        },
    )
    loaded = load_catalog(user_dir=user)
    assert loaded.problems == []
    assert loaded.catalog.blade("saw:kerf_cut_v1").max_rpm == 6000
    assert loaded.catalog.machine("default").max_feed_mm_min == 8000
    assert loaded.catalog.sha256 != catalog.sha256
