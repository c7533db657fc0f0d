"""resources/ ships inside the wheel and is found from it; the installed wheel passes `rmos-desktop --self-test`
in a fresh virtual environment."""

import json
import os
import re
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import REPO

APP_ID = "dev.rmos_desktop.RmosDesktop"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(["uv", "build", "--wheel", "--out-dir", str(dist), str(REPO)], check=True, capture_output=True)
    return next(dist.glob("rmos_desktop-*.whl"))


@pytest.mark.slow
def test_wheel_contains_the_catalog_and_finds_it(wheel, tmp_path):
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for part in ("blades", "materials", "machines", "weights"):
            assert f"rmos_desktop/resources/catalog/{part}.json" in names
        assert "rmos_desktop/resources/examples/green-veneer-line.json" in names
        assert f"rmos_desktop/resources/icons/hicolor/scalable/apps/{APP_ID}.svg" in names
        assert f"rmos_desktop/resources/icons/hicolor/48x48/apps/{APP_ID}.png" in names
        for lang in ("de", "es", "fr"):  # the built translations ship (the .ts sources may come along)
            assert f"rmos_desktop/resources/i18n/rmos_{lang}.qm" in names
        zf.extractall(tmp_path / "site")
    # From the unpacked wheel (ahead of the checkout on sys.path), the catalog is found inside it.
    script = (
        "import json; from rmos_desktop.core.resources import resources_dir;"
        "from rmos_desktop.core.catalog import load_catalog;"
        "c = load_catalog(user_dir=False).catalog;"
        "qm = sorted(p.name for p in (resources_dir() / 'i18n').glob('*.qm'));"
        "print(json.dumps({'dir': str(resources_dir()), 'blades': len(c.blades), 'qm': qm}))"
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
    assert out["qm"] == ["rmos_de.qm", "rmos_es.qm", "rmos_fr.qm"]


@pytest.mark.slow
def test_installed_wheel_passes_the_self_test_in_a_fresh_venv(wheel, tmp_path):
    venv = tmp_path / "venv"

    def run(args, **kw):
        return subprocess.run(args, check=True, capture_output=True, text=True, cwd=tmp_path, **kw)

    run(["uv", "venv", "--quiet", "--python", sys.executable, str(venv)])
    # The locked runtime versions (from uv's cache when it has them), then the wheel itself.
    requirements = tmp_path / "requirements.txt"
    exported = run(["uv", "export", "--frozen", "--no-dev", "--no-emit-project", "--project", str(REPO)])
    requirements.write_text(exported.stdout, encoding="utf-8")
    python = str(venv / "bin" / "python")
    run(["uv", "pip", "install", "--quiet", "--python", python, "-r", str(requirements)])
    run(["uv", "pip", "install", "--quiet", "--python", python, "--no-deps", str(wheel)])

    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "RMOS_", "PYTHON", "VIRTUAL_ENV"))}
    env.pop("DISPLAY", None)
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    proc = subprocess.run(
        [str(venv / "bin" / "rmos-desktop"), "--self-test"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.fullmatch(
        r"rmos-desktop self-test: OK \(catalog \S+, run [0-9a-f]{32}, gcode sha256 [0-9a-f]{64}\)\n", proc.stdout
    ), proc.stdout
    where = run(
        [python, "-c", "from rmos_desktop.core.resources import resources_dir; print(resources_dir())"], env=env
    )
    assert where.stdout.strip().startswith(str(venv)), where.stdout
