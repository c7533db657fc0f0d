"""The feasibility engine: one module per calculator of the reference table, combined by engine.py.

The engine (and with it every calculator) loads only when `evaluate_feasibility` is first asked for, so
modules that merely name a report or a risk level (run records, the history) stay light.
"""

from typing import Any

from rmos_desktop.core.feasibility.base import CalculatorResult, FeasibilityReport, RiskLevel

__all__ = ["CalculatorResult", "FeasibilityReport", "RiskLevel", "evaluate_feasibility"]


def __getattr__(name: str) -> Any:
    if name == "evaluate_feasibility":
        from rmos_desktop.core.feasibility.engine import evaluate_feasibility

        return evaluate_feasibility
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
