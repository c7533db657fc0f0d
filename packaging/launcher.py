"""Entry point of the PyInstaller build: `rmos-desktop`, or the `rmos` command line when started through the
`rmos` link beside it (one frozen interpreter serves both)."""

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.argv[0]).name == "rmos":
        from rmos_desktop.cli import main
    else:
        from rmos_desktop.gui.app import main
    raise SystemExit(main())
