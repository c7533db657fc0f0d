"""Regenerate the golden G-code files (run after an intended change to the post-processors or the
app version, then review the diff): uv run python -m tests.golden.regenerate"""

from pathlib import Path

from rmos_desktop.core.catalog import load_catalog
from rmos_desktop.core.jobs import parse_job
from rmos_desktop.core.pipeline import build_program
from tests.conftest import load_example

HERE = Path(__file__).resolve().parent
CASES = {
    "green-veneer-line": {},
    "yellow-veneer-fast": {},
    "kerf-array-side-kerfs": {},
    "fret-slots-648": {},
    "kerf-array-side-kerfs.linuxcnc": {"machine": "linuxcnc"},
}


def golden_gcode(case: str) -> str:
    example = case.split(".")[0]
    raw = {**load_example(example), **CASES[case]}
    catalog = load_catalog(user_dir=False).catalog
    return build_program(parse_job(raw).request, catalog).program.gcode_text


if __name__ == "__main__":
    for case in CASES:
        (HERE / f"{case}.nc").write_text(golden_gcode(case), encoding="ascii", newline="\n")
        print("wrote", case)
