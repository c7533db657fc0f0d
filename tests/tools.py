"""Debian-only tools some tests use (Xvfb, desktop-file-validate, appstreamcli, rs274, minisign).

On a bare machine (only Python and uv) such a test skips and names the Debian package to install. `.ci/run`
installs the packages and sets RMOS_REQUIRE_TOOLS=1, so there a missing tool fails the test instead of hiding it.
"""

from __future__ import annotations

import os
import shutil

import pytest


def need_tool(name: str, package: str) -> str:
    """The path of `name`, or skip (fail under .ci/run) naming the Debian `package` that provides it."""
    path = shutil.which(name)
    if path is not None:
        return path
    message = f"{name} is missing: install Debian's {package} package (apt-get install {package})"
    if os.environ.get("RMOS_REQUIRE_TOOLS") == "1":
        pytest.fail(message + "; .ci/run should have installed it")
    pytest.skip(reason=message)
