"""resources/ ships inside the wheel and is found from it."""

import json
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import REPO


@pytest.mark.slow
def test_wheel_contains_the_catalog_and_finds_it(tmp_path):
    subprocess.run(
        ["uv", "build", "--wheel", "--out-dir", str(tmp_path / "dist"), str(REPO)],
        check=True,
        capture_output=True,
    )
    wheel = next((tmp_path / "dist").glob("rmos_desktop-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for part in ("blades", "materials", "machines", "weights"):
            assert f"rmos_desktop/resources/catalog/{part}.json" in names
        assert "rmos_desktop/resources/examples/green-veneer-line.json" in names
        zf.extractall(tmp_path / "site")
    # From the unpacked wheel (ahead of the checkout on sys.path), the catalog is found inside it.
    script = (
        "import json; from rmos_desktop.core.resources import resources_dir;"
        "from rmos_desktop.core.catalog import load_catalog;"
        "c = load_catalog(user_dir=False).catalog;"
        "print(json.dumps({'dir': str(resources_dir()), 'blades': len(c.blades)}))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"},
    )
    out = json.loads(proc.stdout)
    assert out["dir"].startswith(str(tmp_path / "site")), out
    assert out["blades"] == 6
