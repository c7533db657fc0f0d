"""The verdict words every layer shares: the risk level and the safety decision recorded in an artifact.

A leaf module (pydantic only), so the run records can name a decision without importing the calculators.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class RiskLevel(StrEnum):
    GREEN = "GREEN"
    YELLOW = "YELLOW"
    RED = "RED"
    UNKNOWN = "UNKNOWN"


class RunDecision(BaseModel):
    """The safety decision derived from feasibility (the original design's fields)."""

    model_config = ConfigDict(extra="forbid")

    risk_level: RiskLevel = RiskLevel.UNKNOWN
    score: float | None = None
    block_reason: str | None = None
    warnings: list[str] = Field(default_factory=list)
    details: dict[str, Any] = Field(default_factory=dict)
