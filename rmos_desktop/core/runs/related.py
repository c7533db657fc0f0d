"""Records that reference a run (reviews, exports), read from records/<kind>s/ in time order."""

from __future__ import annotations

import json
from typing import Any

from rmos_desktop.core.runs.recorder import RunRecorder


def records_for(recorder: RunRecorder, kind: str, run_id: str) -> list[dict[str, Any]]:
    folder = recorder.store.records_dir(kind + "s")
    out = []
    if folder.is_dir():
        for path in sorted(folder.glob("*/*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict) and data.get("run_id") == run_id:
                out.append(data)
    return sorted(out, key=lambda d: str(d.get("created_at_utc", "")))
