"""The checkpoint the app makes at least once a day it is used (the GUI calls it at start-up)."""

from __future__ import annotations

from datetime import timedelta

from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.core.runs.checkpoints import daily_checkpoint, recorded_checkpoints
from rmos_desktop.core.runs.keys import SigningKey
from rmos_desktop.core.runs.schemas import utc_now
from rmos_desktop.core.services import open_recorder
from tests.conftest import load_example


def test_one_checkpoint_a_day_and_none_for_an_empty_ledger(tmp_path, catalog):
    key = SigningKey.generate()
    recorder = open_recorder(tmp_path, index=False, signer=key)
    assert daily_checkpoint(recorder, key) is None  # nothing recorded yet
    rmos_toolpaths(load_example("green-veneer-line"), recorder=recorder, catalog=catalog)
    first = daily_checkpoint(recorder, key)
    assert first is not None and first.checkpoint.size == 1
    assert daily_checkpoint(recorder, key) is None  # already one today
    tomorrow = utc_now() + timedelta(days=1)
    second = daily_checkpoint(recorder, key, now=tomorrow)
    assert second is not None and second.checkpoint.size == 2  # covers the first checkpoint's own line too
    assert len(recorded_checkpoints(tmp_path)) == 2
