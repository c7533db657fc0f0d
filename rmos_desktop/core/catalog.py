"""Blades, materials and machine profiles, loaded from resources/catalog plus a shop's own files.

The shipped catalog is the reference's defaults. A shop may drop `*.json` files into
`<user config dir>/catalog/`; each entry there extends the catalog or overrides an entry's fields
(a partial entry is merged onto the shipped one). A shop file may add entries and tighten limits but never
loosen a shipped entry's hard limits (a blade's marked max rpm, diameter and exposure, kerf against plate; a
machine's travel, max rpm and max feed). A broken or loosening user file is reported with its file and
field and left out, while the shipped catalog still loads.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from rmos_desktop.core.hashing import sha256_json
from rmos_desktop.core.numbers import fmt_pair
from rmos_desktop.core.resources import resources_dir

log = logging.getLogger(__name__)

CALCULATOR_IDS = (
    "blade_speed",
    "rim_speed",
    "bite",
    "depth",
    "power",
    "feed",
    "envelope",
    "direction",
    "cut_length",
    "kerf_pitch",
    "kerf_plate",
    "stock",
)

PosFloat = Annotated[float, Field(gt=0, allow_inf_nan=False)]
Coord = Annotated[float, Field(allow_inf_nan=False)]
Name = Annotated[str, Field(min_length=1, max_length=200)]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Band(_Entry):
    """A closed range [min, max] with min < max."""

    min: Coord
    max: Coord

    @model_validator(mode="after")
    def _ordered(self) -> Band:
        if not self.min < self.max:
            raise ValueError(f"min ({self.min}) must be below max ({self.max})")
        return self

    def contains(self, value: float) -> bool:
        return self.min <= value <= self.max

    def text(self, digits: int = 2) -> str:
        return f"{self.min:.{digits}f}–{self.max:.{digits}f}"


class Blade(_Entry):
    tool_id: Annotated[str, Field(pattern=r"^saw:[A-Za-z0-9_.\-]{1,64}$")]
    name: Name
    diameter_mm: PosFloat
    teeth: Annotated[int, Field(gt=0, le=1000)]
    kerf_mm: PosFloat
    plate_mm: PosFloat
    bore_mm: PosFloat
    flange_diameter_mm: PosFloat
    max_rpm: PosFloat
    bite_band_mm_per_tooth: Band | None = None

    @model_validator(mode="after")
    def _geometry(self) -> Blade:
        if self.flange_diameter_mm >= self.diameter_mm:
            raise ValueError("flange_diameter_mm must be smaller than diameter_mm")
        if self.bore_mm >= self.flange_diameter_mm:
            raise ValueError("bore_mm must be smaller than flange_diameter_mm")
        return self

    @property
    def summary(self) -> str:
        return f"{self.diameter_mm:g} mm · {self.teeth} T · {self.kerf_mm:g} kerf · max {self.max_rpm:g} rpm"


class Material(_Entry):
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.\-]{1,64}$")]
    name: Name
    rim_speed_band_m_s: Band
    bite_band_mm_per_tooth: Band
    kc_n_per_mm2: PosFloat
    kc_is_estimate: bool = True


class MachineProfile(_Entry):
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.\-]{1,64}$")]
    name: Name
    travel_x_mm: Band
    travel_y_mm: Band
    travel_z_mm: Band
    max_rpm: PosFloat
    spindle_power_w: PosFloat
    power_usable_share: Annotated[float, Field(gt=0, le=1, allow_inf_nan=False)] = 0.85
    max_feed_mm_min: PosFloat
    rapid_mm_min: PosFloat
    plunge_feed_mm_min: PosFloat
    accel_mm_s2: PosFloat = 500.0
    spinup_dwell_s: Annotated[float, Field(ge=0, le=60, allow_inf_nan=False)]
    dialect: Literal["grbl", "linuxcnc"]
    safe_z_mm: Coord
    blade_axis: Literal["X", "Y"]
    cut_direction: Literal["+", "-"] = "+"

    @model_validator(mode="after")
    def _safe_z_inside(self) -> MachineProfile:
        if not self.travel_z_mm.contains(self.safe_z_mm):
            raise ValueError(f"safe_z_mm ({self.safe_z_mm}) must lie inside travel_z_mm")
        if self.plunge_feed_mm_min > self.max_feed_mm_min:
            raise ValueError("plunge_feed_mm_min must not exceed max_feed_mm_min")
        return self


class Catalog(_Entry):
    """The effective catalog: shipped entries with the shop's additions merged in."""

    version: Name
    blades: dict[str, Blade]
    materials: dict[str, Material]
    machines: dict[str, MachineProfile]
    weights: dict[Literal[CALCULATOR_IDS], Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]]

    @model_validator(mode="after")
    def _keys_match_ids(self) -> Catalog:
        for key, blade in self.blades.items():
            if key != blade.tool_id:
                raise ValueError(f"blades.{key}: key differs from tool_id {blade.tool_id!r}")
        for key, material in self.materials.items():
            if key != material.id:
                raise ValueError(f"materials.{key}: key differs from id {material.id!r}")
        for key, machine in self.machines.items():
            if key != machine.id:
                raise ValueError(f"machines.{key}: key differs from id {machine.id!r}")
        missing = [c for c in CALCULATOR_IDS if c not in self.weights]
        if missing:
            raise ValueError(f"weights: missing {', '.join(missing)}")
        return self

    @cached_property
    def sha256(self) -> str:
        """SHA-256 of the canonical JSON of the effective catalog."""
        return sha256_json(self.model_dump(mode="json"))

    def blade(self, tool_id: str) -> Blade | None:
        return self.blades.get(tool_id)

    def material(self, material_id: str) -> Material | None:
        return self.materials.get(material_id)

    def machine(self, machine_id: str) -> MachineProfile | None:
        return self.machines.get(machine_id)


@dataclass(frozen=True)
class CatalogProblem:
    """One reason a catalog file was left out, naming the file and the field."""

    file: Path
    field: str
    message: str

    def __str__(self) -> str:
        where = f" at {self.field}" if self.field else ""
        return f"{self.file}{where}: {self.message}"


@dataclass(frozen=True)
class CatalogLoad:
    catalog: Catalog
    problems: list[CatalogProblem] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)


class CatalogError(Exception):
    """The shipped catalog itself is broken: the app cannot judge any job."""


SECTIONS = ("blades", "materials", "machines", "weights")


def shipped_catalog_dir() -> Path:
    return resources_dir() / "catalog"


def user_catalog_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path("rmos-desktop", appauthor=False) / "catalog"


def _read_json_object(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text, parse_constant=_reject_constant)
    if not isinstance(data, dict):
        raise ValueError("the file must hold a JSON object")
    return data


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not a number a catalog may hold")


def _merge(base: dict[str, Any], part: dict[str, Any], *, source: Path) -> list[CatalogProblem]:
    """Merge one catalog file's sections into `base` (entries merged field by field)."""
    problems: list[CatalogProblem] = []
    for key, value in part.items():
        if key == "version":
            if not isinstance(value, str):
                problems.append(CatalogProblem(source, "version", "must be a string"))
            continue
        if key == "$comment":
            continue
        if key not in SECTIONS:
            problems.append(CatalogProblem(source, key, f"unknown section (expected one of {', '.join(SECTIONS)})"))
            continue
        if not isinstance(value, dict):
            problems.append(CatalogProblem(source, key, "must be an object"))
            continue
        section = base.setdefault(key, {})
        for entry_id, entry in value.items():
            if key == "weights":
                section[entry_id] = entry
            elif isinstance(entry, dict):
                merged = dict(section.get(entry_id, {}))
                merged.update(entry)
                section[entry_id] = merged
            else:
                problems.append(CatalogProblem(source, f"{key}.{entry_id}", "must be an object"))
    return problems


def _problems_from_validation(source: Path, exc: ValidationError) -> list[CatalogProblem]:
    out = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        out.append(CatalogProblem(source, loc, err["msg"]))
    return out


def load_catalog(shipped_dir: Path | None = None, user_dir: Path | Literal[False] | None = None) -> CatalogLoad:
    """Load the shipped catalog, then each user file in name order.

    `user_dir=False` skips user files (tests, self-test); None means the platformdirs config folder.
    """
    shipped_dir = shipped_dir or shipped_catalog_dir()
    base: dict[str, Any] = {}
    versions: list[str] = []
    sources: list[Path] = []
    for path in sorted(shipped_dir.glob("*.json")):
        try:
            part = _read_json_object(path)
        except (OSError, ValueError) as exc:
            raise CatalogError(f"shipped catalog file {path} is unreadable: {exc}") from exc
        problems = _merge(base, part, source=path)
        if problems:
            raise CatalogError("; ".join(str(p) for p in problems))
        if isinstance(part.get("version"), str):
            versions.append(part["version"])
        sources.append(path)
    version = versions[0] if versions else "unversioned"
    try:
        catalog = Catalog.model_validate({"version": version, **base})
    except ValidationError as exc:
        raise CatalogError("; ".join(str(p) for p in _problems_from_validation(shipped_dir, exc))) from exc

    shipped = catalog
    problems: list[CatalogProblem] = []
    if user_dir is False:
        return CatalogLoad(catalog, problems, sources)
    user_dir = user_dir or user_catalog_dir()
    try:
        user_files = sorted(user_dir.glob("*.json")) if user_dir.is_dir() else []
    except OSError as exc:
        problems.append(CatalogProblem(user_dir, "", f"cannot list the folder: {exc}"))
        user_files = []
    user_versions: list[str] = []
    for path in user_files:
        trial = json.loads(json.dumps(catalog.model_dump(mode="json")))
        trial.pop("version")
        try:
            part = _read_json_object(path)
        except (OSError, ValueError, RecursionError) as exc:
            problems.append(CatalogProblem(path, "", f"not a readable JSON object ({exc})"))
            continue
        file_problems = _merge(trial, part, source=path)
        if file_problems:
            problems.extend(file_problems)
            continue
        try:
            candidate = Catalog.model_validate({"version": version, **trial})
        except ValidationError as exc:
            problems.extend(_problems_from_validation(path, exc))
            continue
        loosened = loosened_limits(shipped, candidate, source=path)
        if loosened:
            problems.extend(loosened)
            continue
        catalog = candidate
        sources.append(path)
        user_versions.append(str(part.get("version") or path.stem))
    if user_versions:
        catalog = catalog.model_copy(update={"version": f"{version}+" + "+".join(user_versions)})
    for problem in problems:
        log.warning("catalog file left out: %s", problem)
    return CatalogLoad(catalog, problems, sources)


def _exposure(blade: Blade) -> float:
    # The depth calculator's exposure, (D − d_f)/2 − 5 mm; the constant cancels in a comparison.
    return (blade.diameter_mm - blade.flange_diameter_mm) / 2.0


def loosened_limits(shipped: Catalog, candidate: Catalog, *, source: Path) -> list[CatalogProblem]:
    """Every hard limit of a shipped entry that `candidate` loosens, each naming the entry and the field."""
    out: list[CatalogProblem] = []

    def refuse(where: str, what: str) -> None:
        out.append(
            CatalogProblem(
                source, where, f"{what}: a shop catalog may tighten a shipped entry's limits, never loosen them"
            )
        )

    for tool_id, old in shipped.blades.items():
        new = candidate.blades[tool_id]
        where = f"blades.{tool_id}"
        if new.max_rpm > old.max_rpm:
            refuse(
                f"{where}.max_rpm",
                "raises the blade's marked maximum {} rpm to {}".format(*fmt_pair(old.max_rpm, new.max_rpm)),
            )
        if new.diameter_mm < old.diameter_mm:
            # A smaller diameter lowers the computed rim speed below what the real blade reaches.
            refuse(
                f"{where}.diameter_mm",
                "lowers the diameter {} mm to {}".format(*fmt_pair(old.diameter_mm, new.diameter_mm)),
            )
        if _exposure(new) > _exposure(old):
            refuse(
                f"{where}.flange_diameter_mm",
                f"increases the exposure (diameter {new.diameter_mm:g} mm, flange {new.flange_diameter_mm:g} mm; "
                f"shipped {old.diameter_mm:g} mm, {old.flange_diameter_mm:g} mm)",
            )
        if new.kerf_mm < old.kerf_mm:
            refuse(f"{where}.kerf_mm", "narrows the kerf {} mm to {}".format(*fmt_pair(old.kerf_mm, new.kerf_mm, 2)))
        if new.kerf_mm * old.plate_mm > old.kerf_mm * new.plate_mm:  # kerf/plate ratio raised
            refuse(
                f"{where}.plate_mm",
                f"raises kerf/plate from {old.kerf_mm:g}/{old.plate_mm:g} to {new.kerf_mm:g}/{new.plate_mm:g}",
            )
    for machine_id, old_m in shipped.machines.items():
        new_m = candidate.machines[machine_id]
        where = f"machines.{machine_id}"
        for axis in ("x", "y", "z"):
            old_t, new_t = getattr(old_m, f"travel_{axis}_mm"), getattr(new_m, f"travel_{axis}_mm")
            if new_t.min < old_t.min or new_t.max > old_t.max:
                refuse(
                    f"{where}.travel_{axis}_mm",
                    f"widens the travel {old_t.min:g}–{old_t.max:g} mm to {new_t.min:g}–{new_t.max:g}",
                )
        if new_m.max_feed_mm_min > old_m.max_feed_mm_min:
            refuse(
                f"{where}.max_feed_mm_min",
                "raises the maximum feed {} mm/min to {}".format(
                    *fmt_pair(old_m.max_feed_mm_min, new_m.max_feed_mm_min)
                ),
            )
        if new_m.max_rpm > old_m.max_rpm:
            refuse(
                f"{where}.max_rpm",
                "raises the maximum spindle speed {} rpm to {}".format(*fmt_pair(old_m.max_rpm, new_m.max_rpm)),
            )
    return out


def entry_dump(entry: BaseModel | None) -> dict[str, Any] | None:
    return None if entry is None else entry.model_dump(mode="json")
