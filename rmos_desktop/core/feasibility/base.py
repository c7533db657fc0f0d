"""What every calculator returns, the context it reads, and the margin-based scores."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from rmos_desktop.core.catalog import Blade, Catalog, MachineProfile, Material
from rmos_desktop.core.decision import RiskLevel
from rmos_desktop.core.toolpaths.opplan import Plan

Status = Literal["GREEN", "YELLOW", "RED", "UNKNOWN", "NA"]  # NA: does not apply to this job


class CalculatorResult(BaseModel):
    """One row of the risk panel; all of it goes into the artifact."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    label: str
    value: float | None
    unit: str
    limit: str  # the band or limit, as a machinist reads it
    status: Status
    score: float | None  # 0–100, higher is safer; None when UNKNOWN or NA
    explanation: str


class InputError(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    message: str


class FeasibilityReport(BaseModel):
    """The app's own evaluation of one request: the numbers, the verdict and what it was judged against."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    engine_version: int
    risk_level: RiskLevel
    score: float | None
    calculators: list[CalculatorResult]
    warnings: list[str]
    input_errors: list[InputError]
    catalog: dict[str, str]  # version and sha256 of the effective catalog
    entries: dict[str, dict[str, Any] | None]  # the exact blade, material and machine entries used

    def calculator(self, calc_id: str) -> CalculatorResult | None:
        return next((c for c in self.calculators if c.id == calc_id), None)

    def by_status(self, status: str) -> list[CalculatorResult]:
        return [c for c in self.calculators if c.status == status]


class Missing(Exception):
    """An input a calculator needs is missing or invalid: the calculator reports UNKNOWN."""


@dataclass(frozen=True)
class Context:
    """Everything a calculator may read. Accessors raise Missing for what is unavailable."""

    fields: dict[str, Any]
    field_errors: dict[str, str]
    catalog: Catalog
    blade_entry: Blade | None
    material_entry: Material | None
    machine_entry: MachineProfile | None
    plan_entry: Plan | None
    plan_problem: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def value(self, name: str) -> Any:
        if name in self.field_errors:
            raise Missing(self.field_errors[name])
        val = self.fields.get(name)
        if val is None:
            raise Missing(f"{name}: field required")
        return val

    def optional(self, name: str) -> Any:
        if name in self.field_errors:
            raise Missing(self.field_errors[name])
        return self.fields.get(name)

    def _entry(self, key: str, entry: Any, kind: str) -> Any:
        if entry is None:
            ident = self.value(key)  # raises Missing when the id itself is absent or invalid
            if key == "tool_id" and str(ident).startswith("router:"):
                raise Missing(f"{key}: router tools are not supported yet ({ident!r}); only saw blades")
            raise Missing(f"{key}: unknown {kind} {ident!r} (not in the catalog)")
        return entry

    @property
    def blade(self) -> Blade:
        return self._entry("tool_id", self.blade_entry, "blade")

    @property
    def material(self) -> Material:
        return self._entry("material", self.material_entry, "material")

    @property
    def machine(self) -> MachineProfile:
        return self._entry("machine", self.machine_entry, "machine profile")

    @property
    def plan(self) -> Plan:
        if self.plan_entry is None:
            raise Missing(self.plan_problem or "the cut geometry could not be planned")
        return self.plan_entry


def result(
    calc_id: str,
    label: str,
    *,
    value: float | None,
    unit: str,
    limit: str,
    status: Status,
    score: float | None,
    explanation: str,
) -> CalculatorResult:
    if value is not None:
        # A quantity past any float (a bite at 1e-308 rpm) is recorded as no value, never inf: the artifact is
        # JSON, and the status already says what it means.
        value = round(value, 6) if math.isfinite(value) else None
    if score is not None:
        score = round(min(100.0, max(0.0, score)), 1)
    return CalculatorResult(
        id=calc_id,
        label=label,
        value=value,
        unit=unit,
        limit=limit,
        status=status,
        score=score,
        explanation=explanation,
    )


@dataclass(frozen=True)
class Row:
    """One calculator's row before its verdict: what it measured (`value`, `unit`) against which `limit`.
    `judge` adds the status, score and explanation (through `result`, which rounds them)."""

    calc_id: str
    label: str
    value: float | None = None
    unit: str = ""
    limit: str = ""

    def judge(self, status: Status, score: float | None, explanation: str) -> CalculatorResult:
        return result(
            self.calc_id,
            self.label,
            value=self.value,
            unit=self.unit,
            limit=self.limit,
            status=status,
            score=score,
            explanation=explanation,
        )


# Score bands: GREEN 80–100, YELLOW 40–79, RED 0–39; within a band, the score follows the margin.
def score_upper(value: float, green_max: float, red_above: float) -> tuple[str, float]:
    """For quantities where less is safer: GREEN up to green_max, YELLOW up to red_above, RED beyond."""
    if value <= green_max:
        frac = 1.0 - value / green_max if green_max > 0 else 0.0
        return "GREEN", 80.0 + 20.0 * max(0.0, min(1.0, frac))
    if value <= red_above:
        span = red_above - green_max
        frac = (value - green_max) / span if span > 0 else 1.0
        return "YELLOW", 79.0 - 39.0 * frac
    frac = (value - red_above) / red_above if red_above > 0 else 1.0
    return "RED", 39.0 * max(0.0, 1.0 - frac)


def score_in_band(value: float, lo: float, hi: float) -> float:
    """GREEN score for a value inside [lo, hi]: 100 at the centre, 80 at an edge."""
    half = (hi - lo) / 2.0
    return 80.0 + 20.0 * max(0.0, min(1.0, min(value - lo, hi - value) / half))


def score_outside_band(distance: float, scale: float) -> float:
    """YELLOW score for a value `distance` outside its band: 79 at the edge, 40 one `scale` away."""
    return 79.0 - 39.0 * max(0.0, min(1.0, distance / scale))


def red_score(excess_ratio: float) -> float:
    """RED score: 39 at the limit, falling to 0 at twice the limit."""
    return 39.0 * max(0.0, 1.0 - excess_ratio)


def num(value: float, digits: int = 1) -> str:
    """A number as a machinist reads it: whole numbers without decimals, others to `digits` places."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.{digits}f}"
