"""Fixtures for pytest-qt tests: services on a temp folder and a shown main window."""

from pathlib import Path

import pytest

from rmos_desktop.core.services import AppServices
from rmos_desktop.core.settings import Settings, resolve_runs_dir, save_settings


@pytest.fixture(autouse=True)
def shop_theme(qapp):
    """GUI tests run with the real stylesheet, so screenshots show what a machinist sees."""
    from rmos_desktop.gui.theme import apply_theme

    apply_theme(qapp, 100)


@pytest.fixture
def services(tmp_path: Path, catalog) -> AppServices:
    settings_path = tmp_path / "config" / "settings.json"
    save_settings(Settings(runs_dir=str(tmp_path / "runs"), operator="Dana"), settings_path)
    s = AppServices.load(settings_path=settings_path, catalog=catalog)
    assert s.runs.path == resolve_runs_dir(None, s.settings).path == (tmp_path / "runs").resolve()
    return s


@pytest.fixture
def window(qtbot, services):
    from rmos_desktop.gui.main_window import MainWindow

    w = MainWindow(services)

    def unexpected(what: str):
        def prompt(*_args):
            raise AssertionError(f"unexpected modal prompt: {what} (set window.{what} in the test)")

        return prompt

    # A modal prompt would hang an offscreen test: tests that expect one set these themselves.
    w.confirm_repeat = unexpected("confirm_repeat")
    w.confirm_discard = unexpected("confirm_discard")
    qtbot.addWidget(w)
    w.resize(1500, 950)
    w.show()
    yield w
    w.tasks.wait_all(10000)


def fill(window, qtbot, raw: dict) -> None:
    """Fill the form through the widgets' own methods, then wait for the panel to follow."""
    form = window.form
    with qtbot.waitSignal(window.sig_evaluated, timeout=2000):
        form.new_job()
        if "tool_id" in raw:
            form.blade.setCurrentIndex(form.blade.findData(raw["tool_id"]))
        if "material" in raw:
            form.material.setCurrentIndex(form.material.findData(raw["material"]))
        if "machine" in raw:
            form.machine.setCurrentIndex(form.machine.findData(raw["machine"]))
        for key in ("rpm", "feed_mm_min", "depth_mm", "stepdown_mm", "job_name", "order_ref", "notes"):
            if key in raw:
                form.edits[key].setText(str(raw[key]))
        cut = raw.get("cut", {})
        if cut:
            form.kind_buttons[cut["kind"]].click()
            for key, value in cut.items():
                if key != "kind":
                    form.edits[f"cut[{cut['kind']}].{key}"].setText(str(value))
        for key, value in (raw.get("stock") or {}).items():
            form.edits[f"stock.{key}"].setText(str(value))


def generate(window, qtbot, timeout=15000):
    with qtbot.waitSignal(window.sig_generation_finished, timeout=timeout) as blocker:
        window.generate_button.click()
    return blocker.args[0]
