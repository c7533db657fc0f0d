"""JobRequest: the validated job that the form, a job file and the CLI all produce.

Bounds here are physical (nothing a formula can overflow on, nothing below one step of the G-code's
resolution), never safety limits: an rpm over the
blade's maximum is a valid request that the feasibility engine must judge RED.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    model_validator,
)

MAX_LENGTH_MM = 10_000.0
MAX_COORD_MM = 10_000.0
MAX_RPM = 100_000.0
MAX_FEED_MM_MIN = 100_000.0
MAX_DEPTH_MM = 1_000.0
# Lower bounds: at least one step of what the G-code can say (S and F in whole units, Z to 0.001 mm), so a
# valid request never posts as S0, F0 or Z0.000. Anything smaller is a field error, never an OK program.
MIN_RPM = 1.0
MIN_FEED_MM_MIN = 1.0
MIN_DEPTH_MM = 0.001
MAX_COUNT = 10_000
MAX_FRETS = 48
MAX_CUT_PASSES = 1_000_000
MAX_SHORT_TEXT = 200
MAX_NOTES = 1_000
# Floating-point slack for comparisons of user coordinates (far below any machine's resolution).
EPS_MM = 1e-9


def _clean_text(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text") from None
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


Rpm = Annotated[float, Field(ge=MIN_RPM, le=MAX_RPM, allow_inf_nan=False, strict=True)]
Feed = Annotated[float, Field(ge=MIN_FEED_MM_MIN, le=MAX_FEED_MM_MIN, allow_inf_nan=False, strict=True)]
Depth = Annotated[float, Field(ge=MIN_DEPTH_MM, le=MAX_DEPTH_MM, allow_inf_nan=False, strict=True)]
Length = Annotated[float, Field(gt=0, le=MAX_LENGTH_MM, allow_inf_nan=False, strict=True)]
Coord = Annotated[float, Field(ge=-MAX_COORD_MM, le=MAX_COORD_MM, allow_inf_nan=False, strict=True)]
CatalogId = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.:\-]+$", strict=True)]
ShortText = Annotated[str, Field(max_length=MAX_SHORT_TEXT, strict=True), AfterValidator(_clean_text)]
Notes = Annotated[str, Field(max_length=MAX_NOTES, strict=True), AfterValidator(_clean_text)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Stock(_Model):
    length_mm: Length
    width_mm: Length
    thickness_mm: Length


class LineCut(_Model):
    """One straight cut from (x0, y0) to (x1, y1); along the blade axis it has y0 = y1."""

    kind: Literal["line"]
    x0_mm: Coord
    y0_mm: Coord
    x1_mm: Coord
    y1_mm: Coord

    @model_validator(mode="after")
    def _not_a_point(self) -> LineCut:
        if math.hypot(self.x1_mm - self.x0_mm, self.y1_mm - self.y0_mm) <= EPS_MM:
            raise ValueError("the line has zero length (start and end are the same point)")
        return self


class KerfArrayCut(_Model):
    """`count` kerfs along X, each `length_mm` long, from (x_mm, y_mm), stepping +Y by `pitch_mm`."""

    kind: Literal["kerf_array"]
    x_mm: Coord
    y_mm: Coord
    length_mm: Length
    pitch_mm: Length
    count: Annotated[int, Field(ge=1, le=MAX_COUNT, strict=True)]


class FretSlotsCut(_Model):
    """Nut at y = y_mm; slot n at y_mm + L − L / 2^(n/12), each along X from x_mm for slot_length_mm."""

    kind: Literal["fret_slots"]
    x_mm: Coord
    y_mm: Coord
    scale_length_mm: Length
    frets: Annotated[int, Field(ge=1, le=MAX_FRETS, strict=True)]
    slot_length_mm: Length


Cut = Annotated[LineCut | KerfArrayCut | FretSlotsCut, Field(discriminator="kind")]
CUT_KINDS = ("line", "kerf_array", "fret_slots")


def cut_count(cut: LineCut | KerfArrayCut | FretSlotsCut) -> int:
    if isinstance(cut, KerfArrayCut):
        return cut.count
    if isinstance(cut, FretSlotsCut):
        return cut.frets
    return 1


def pass_count(depth_mm: float, stepdown_mm: float | None) -> int:
    """Equal passes no deeper than the stepdown (one pass when there is none)."""
    if stepdown_mm is None or stepdown_mm >= depth_mm:
        return 1
    return math.ceil(depth_mm / stepdown_mm - 1e-9)


def _check_size(depth: float | None, stepdown: float | None, cut: Any) -> str | None:
    if depth is None or cut is None:
        return None
    passes = pass_count(depth, stepdown)
    total = passes * cut_count(cut)
    if total > MAX_CUT_PASSES:
        return (
            f"{passes} passes × {cut_count(cut)} cuts = {total} cut passes, more than the "
            f"{MAX_CUT_PASSES} this app plans; use a larger stepdown"
        )
    return None


class JobRequest(_Model):
    tool_id: CatalogId
    material: CatalogId
    rpm: Rpm
    feed_mm_min: Feed
    depth_mm: Depth
    stepdown_mm: Depth | None = None
    machine: CatalogId = "default"
    stock: Stock | None = None
    job_name: ShortText | None = None
    order_ref: ShortText | None = None
    notes: Notes | None = None
    cut: Cut

    @model_validator(mode="after")
    def _size(self) -> JobRequest:
        problem = _check_size(self.depth_mm, self.stepdown_mm, self.cut)
        if problem:
            raise ValueError(f"stepdown_mm: {problem}")
        return self

    @property
    def passes(self) -> int:
        return pass_count(self.depth_mm, self.stepdown_mm)


FIELD_NAMES = tuple(JobRequest.model_fields)
REQUIRED_FIELDS = tuple(n for n, f in JobRequest.model_fields.items() if f.is_required())
_FIELD_TYPES: dict[str, Any] = {
    "tool_id": CatalogId,
    "material": CatalogId,
    "rpm": Rpm,
    "feed_mm_min": Feed,
    "depth_mm": Depth,
    "stepdown_mm": Depth | None,
    "machine": CatalogId,
    "stock": Stock | None,
    "job_name": ShortText | None,
    "order_ref": ShortText | None,
    "notes": Notes | None,
    "cut": Cut,
}
assert set(_FIELD_TYPES) == set(FIELD_NAMES), "keep _FIELD_TYPES in step with JobRequest"
# One adapter per field, so a partly valid request still yields the fields that are valid.
_FIELD_ADAPTERS: dict[str, TypeAdapter[Any]] = {name: TypeAdapter(t) for name, t in _FIELD_TYPES.items()}


@dataclass(frozen=True)
class FieldError:
    """One problem with a request, naming its field (`cut.count`, `rpm`, or `` for the whole request)."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


@dataclass(frozen=True)
class JobParse:
    """The outcome of reading a raw request: the request when valid, else the valid fields and errors."""

    request: JobRequest | None
    fields: dict[str, Any]
    errors: list[FieldError]
    dropped_feasibility: bool = False
    raw_is_object: bool = True
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.request is not None

    def value(self, name: str) -> Any:
        return self.fields.get(name)


def _friendly(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    match kind:
        case "missing":
            return "field required"
        case "extra_forbidden":
            return "unknown field"
        case "less_than_equal":
            return f"must be ≤ {_num(ctx.get('le'))}"
        case "less_than":
            return f"must be < {_num(ctx.get('lt'))}"
        case "greater_than":
            return f"must be > {_num(ctx.get('gt'))}"
        case "greater_than_equal":
            return f"must be ≥ {_num(ctx.get('ge'))}"
        case "finite_number":
            return "must be a finite number"
        case "float_type" | "float_parsing":
            return "must be a number"
        case "int_type" | "int_parsing" | "int_from_float":
            return "must be a whole number"
        case "string_unicode":
            return "must be valid Unicode text"
        case "string_type":
            return "must be text"
        case "string_too_long":
            return f"must be at most {ctx.get('max_length')} characters"
        case "string_too_short":
            return "must not be empty"
        case "string_pattern_mismatch":
            return "may only contain letters, digits and _ . : -"
        case "union_tag_invalid":
            return f"kind must be one of {', '.join(CUT_KINDS)}"
        case "union_tag_not_found":
            return f"kind required (one of {', '.join(CUT_KINDS)})"
        case "model_type" | "model_attributes_type" | "dict_type":
            return "must be an object"
        case "literal_error":
            return f"must be one of {ctx.get('expected', '')}"
    msg = str(err.get("msg", "invalid value"))
    return msg.removeprefix("Value error, ")


def _num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _errors_from(exc: ValidationError, prefix: str = "") -> list[FieldError]:
    out: list[FieldError] = []
    for err in exc.errors(include_url=False):
        loc = [str(p) for p in err["loc"]]
        # A discriminated union puts the tag in the path (cut.line.x0_mm); a person reads cut.x0_mm.
        if len(loc) >= 2 and loc[1] in CUT_KINDS and (prefix + (loc[0] if loc else "")).endswith("cut"):
            loc.pop(1)
        elif prefix == "cut" and loc and loc[0] in CUT_KINDS:
            loc.pop(0)
        message = _friendly(err)
        name = ".".join(p for p in [prefix, *loc] if p)
        # Errors from model validators carry their own "field: message" prefix.
        if ": " in message and not loc and message.split(": ", 1)[0].isidentifier():
            head, message = message.split(": ", 1)
            name = head if not prefix else f"{prefix}.{head}"
        out.append(FieldError(name, message))
    return out


def parse_job(raw: Any) -> JobParse:
    """Validate a raw request. Never raises: every problem becomes a FieldError naming its field.

    A client-supplied `feasibility` key is dropped first (the app computes its own).
    """
    if not isinstance(raw, dict):
        return JobParse(
            None,
            {},
            [FieldError("", f"the request must be a JSON object, not {_json_kind(raw)}")],
            raw_is_object=False,
        )
    dropped = "feasibility" in raw
    data = {k: v for k, v in raw.items() if k != "feasibility"}
    notes = ["client-supplied feasibility was ignored; the app computed its own"] if dropped else []
    try:
        request = JobRequest.model_validate(data)
    except ValidationError as exc:
        errors = _errors_from(exc)
    except (RecursionError, ValueError, TypeError) as exc:  # pathological input pydantic cannot walk
        errors = [FieldError("", f"the request could not be read: {type(exc).__name__}")]
    else:
        return JobParse(request, {n: getattr(request, n) for n in FIELD_NAMES}, [], dropped, True, notes)

    fields: dict[str, Any] = {}
    for name, adapter in _FIELD_ADAPTERS.items():
        if name in data:
            try:
                fields[name] = adapter.validate_python(data[name])
            except (ValidationError, RecursionError, ValueError, TypeError):
                continue
        elif not JobRequest.model_fields[name].is_required():
            fields[name] = JobRequest.model_fields[name].default
    if "stepdown_mm" not in {e.field for e in errors}:
        size = _check_size(fields.get("depth_mm"), fields.get("stepdown_mm"), fields.get("cut"))
        if size:
            errors.append(FieldError("stepdown_mm", size))
    if not errors:
        errors = [FieldError("", "the request is invalid")]
    return JobParse(None, fields, _dedupe(errors), dropped, True, notes)


def _dedupe(errors: list[FieldError]) -> list[FieldError]:
    seen: set[tuple[str, str]] = set()
    out = []
    for e in errors:
        key = (e.field, e.message)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return type(value).__name__
