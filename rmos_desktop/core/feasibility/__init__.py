"""The feasibility engine: one module per calculator of the reference table, combined by engine.py."""

from rmos_desktop.core.feasibility.base import CalculatorResult, FeasibilityReport, RiskLevel
from rmos_desktop.core.feasibility.engine import evaluate_feasibility

__all__ = ["CalculatorResult", "FeasibilityReport", "RiskLevel", "evaluate_feasibility"]
