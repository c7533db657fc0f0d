"""The app's core: plain Python + pydantic. Never imports Qt (tests/core/test_no_qt.py enforces it)."""
