"""RMOS Desktop: a shop-floor CNC saw workstation with an immutable audit trail."""

__version__ = "0.1.0"
APP_NAME = "rmos-desktop"
