"""`python -m rmos_desktop.cli`: the same `rmos` command."""

from rmos_desktop.cli.main import main

raise SystemExit(main())
