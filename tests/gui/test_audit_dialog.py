"""The supervisor's audit dialog: runs the audit off the GUI thread, then says all is consistent (with the
ledger head) or lists each problem."""

import pytest
from PySide6.QtCore import Qt

from rmos_desktop.gui.audit_dialog import AuditDialog
from rmos_desktop.gui.tasks import TaskRunner
from tests.core import test_audit as matrix


@pytest.fixture
def shop(services, catalog):
    return matrix.populate(services.recorder, catalog)


def open_dialog(qtbot, services, **kw):
    dialog = AuditDialog(services, TaskRunner(), **kw)
    dialog.tasks.setParent(dialog)
    qtbot.addWidget(dialog)
    return dialog


def test_it_runs_when_shown_and_reports_a_consistent_directory(qtbot, services, shop):
    dialog = open_dialog(qtbot, services)
    with qtbot.waitSignal(dialog.sig_finished, timeout=10000) as blocker:
        dialog.show()
    report = blocker.args[0]
    assert report.ok and dialog.report is report
    head = services.recorder.head()
    assert dialog.status.text() == f"✔ All 6 record(s) consistent, ledger head {head}"
    assert dialog.status.property("kind") == "ok" and dialog.problems.isHidden()
    assert dialog.run_button.isEnabled() and dialog.progress.isHidden()
    assert "does not prevent it" in dialog.intro.text() and str(services.runs_dir) in dialog.intro.text()


def test_problems_are_listed_one_per_row(qtbot, services, shop):
    runs = services.runs_dir
    named = {matrix.flip_byte(runs, shop), matrix.stray_artifact(runs, shop)}
    dialog = open_dialog(qtbot, services, autostart=False)
    dialog.show()
    with qtbot.waitSignal(dialog.sig_finished, timeout=10000):
        dialog.run_button.click()
    assert "2 problem(s) found" in dialog.status.text() and dialog.status.property("kind") == "blocked"
    rows = [dialog.problems.topLevelItem(i) for i in range(dialog.problems.topLevelItemCount())]
    assert sorted(r.text(0) for r in rows) == ["artifact_modified", "unlisted_file"]
    assert all(any(r.text(1).startswith(path) for r in rows) for path in named)
    problems = {r.data(0, Qt.ItemDataRole.UserRole) for r in rows}
    assert problems == set(dialog.report.problems) and not dialog.problems.isHidden()


def test_the_expected_head_is_checked(qtbot, services, shop):
    head = services.recorder.head()
    dialog = open_dialog(qtbot, services, autostart=False)
    dialog.expect_head.setText("not a head")
    dialog.start()
    assert "12:<64 hex digits>" in dialog.status.text() and not dialog.running
    dialog.expect_head.setText(f"{head.seq + 3}:{head.hash}")
    with qtbot.waitSignal(dialog.sig_finished, timeout=10000) as blocker:
        dialog.start()
    assert blocker.args[0].codes == {"ledger_truncated"}
    assert dialog.problems.topLevelItem(0).text(0) == "ledger_truncated"


def test_nothing_recorded_yet(qtbot, services):
    dialog = open_dialog(qtbot, services, autostart=False)
    dialog.start()
    assert "Nothing has been recorded" in dialog.status.text() and not dialog.running


def test_a_failing_audit_is_shown_not_raised(qtbot, services, shop, monkeypatch):
    from rmos_desktop.gui import audit_dialog

    def broken(*a, **k):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(audit_dialog, "audit_runs", broken)
    dialog = open_dialog(qtbot, services, autostart=False)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert "could not run" in dialog.status.text() and dialog.run_button.isEnabled()


def test_closing_cancels_a_running_audit(qtbot, services, shop):
    dialog = open_dialog(qtbot, services, autostart=False)
    dialog.start()
    handle = dialog._handle
    dialog.reject()
    assert handle.cancelled
    dialog.tasks.wait_all(5000)


def test_the_selected_problem_is_shown_in_full(qtbot, services, shop):
    matrix.swap_ledger_lines(services.runs_dir, shop)
    dialog = open_dialog(qtbot, services, autostart=False)
    with qtbot.waitSignal(dialog.sig_finished, timeout=10000):
        dialog.start()
    (problem,) = dialog.report.problems
    assert dialog.details.toPlainText() == f"{problem.code}: {problem.message}\nledger seq 3 · ledger line 4"
