"""An exporter process for the export kill test: exports one OK run again and again, each time under a new name,
and reports each export only after export_run returned.

    python -m tests.faults.export_child serve RUNS_DIR DEST KEYFILE REPORT

`serve` imports everything once, then answers on stdin: `go SEED` forks a child that exports forever
(appending `DONE <name>` lines to REPORT) and answers `pid <pid>`; `reap PID` waits for that child and answers
`reaped <status>`; `time` answers `took <seconds>` for one export done in the server itself; `quit` ends.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from rmos_desktop.core.export import export_run
from rmos_desktop.core.runs.keys import load_signing_key
from rmos_desktop.core.runs.recorder import RunRecorder
from rmos_desktop.core.services import open_recorder
from tests.faults import forkserver


def ok_run_id(recorder: RunRecorder) -> str:
    for path in recorder.store.iter_artifact_paths():
        artifact = recorder.store.read_artifact_file(path)[0]
        if artifact.status == "OK":
            return artifact.run_id
    raise SystemExit("no OK run to export")


def export_forever(runs_dir: Path, dest: Path, key_file: Path, report: Path, seed: int) -> None:
    recorder = open_recorder(runs_dir, index=False)  # as the app opens it (signing its ledger lines where it does)
    key = load_signing_key(key_file)
    run_id = ok_run_id(recorder)
    fd = os.open(report, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    n = 0
    while True:
        name = f"kill-{seed}-{n}"
        result = export_run(recorder, run_id, dest, name=name, key=key)
        os.write(fd, f"DONE {result.file_name}\n".encode())
        n += 1


def serve(runs_dir: Path, dest: Path, key_file: Path, report: Path) -> int:
    def timed(arg: str) -> str:
        recorder = open_recorder(runs_dir, index=False)
        start = time.perf_counter()
        export_run(recorder, ok_run_id(recorder), dest, name=f"timing-{arg}", key=load_signing_key(key_file))
        return f"took {time.perf_counter() - start:.4f}"

    return forkserver.serve(lambda seed: export_forever(runs_dir, dest, key_file, report, seed), {"time": timed})


if __name__ == "__main__":
    a = sys.argv[1:]
    if a[0] != "serve":
        raise SystemExit(f"unknown mode {a[0]!r}")
    raise SystemExit(serve(Path(a[1]), Path(a[2]), Path(a[3]), Path(a[4])))
