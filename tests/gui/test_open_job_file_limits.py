"""The GUI's Open job goes through the same reader as the CLI: a key given twice, a device or a FIFO is refused
with the reason in the panel's banner, and the form keeps what it held."""

import json
import os

import pytest

from tests.conftest import load_example


def test_a_job_with_a_key_given_twice_is_refused_with_the_key_named(window, qtbot, tmp_path):
    text = json.dumps(load_example("green-veneer-line"), indent=2).replace('"rpm": 6000', '"rpm": 12000, "rpm": 6000')
    path = tmp_path / "dup.json"
    path.write_text(text)
    before = window.form.raw_request()
    assert not window.open_job_file(path)
    assert '"rpm" is given twice' in window.panel.banner.text()
    assert window.form.raw_request() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_at_once(window, qtbot, tmp_path):
    fifo = tmp_path / "job.json"
    os.mkfifo(fifo)
    assert not window.open_job_file(fifo)
    assert "is a pipe (FIFO)" in window.panel.banner.text()
