"""The history window follows the files when its index was edited behind its back (issue 16 M2): after a
refresh (a reconcile) the table and the awaiting-review counter show what the artifact files say."""

from __future__ import annotations

import json
import sqlite3

from rmos_desktop.gui.history import HistoryWindow
from rmos_desktop.gui.tasks import TaskRunner
from tests.core.test_index import add_runs, mixed_specs


def test_an_edited_index_is_repaired_in_the_open_window(qtbot, services):
    add_runs(services.recorder, mixed_specs(6))
    services.reconcile_index()
    runs = services.runs_dir
    blocked_files = {
        json.loads(p.read_text(encoding="utf-8"))["run_id"]
        for p in runs.glob("20*/*.json")
        if json.loads(p.read_text(encoding="utf-8"))["status"] == "BLOCKED"
    }
    assert len(blocked_files) == 2
    w = HistoryWindow(services, TaskRunner())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() == 6 and not w._reconciling, timeout=10000)
    assert w.awaiting == 2
    with sqlite3.connect(services.index.path) as conn:
        conn.execute("UPDATE runs SET status='OK', risk_level='GREEN' WHERE status='BLOCKED'")
    w.apply_filters()  # shown as the index stands: the edit is believed until the next reconcile
    assert "BLOCKED" not in {w.model.row_at(i).status for i in range(w.model.rowCount())}
    w.refresh()
    qtbot.waitUntil(lambda: not w._reconciling, timeout=10000)
    shown = {w.model.row_at(i).run_id: w.model.row_at(i).status for i in range(w.model.rowCount())}
    assert {r for r, s in shown.items() if s == "BLOCKED"} == blocked_files
    assert w.awaiting == 2
