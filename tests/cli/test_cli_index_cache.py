"""The run index is a cache that cannot lie and cannot break the read commands (issue 16 M2, L1), end to end.

M2: rows edited with sqlite3 (`UPDATE runs SET status='OK' …`, a forged review row) are read again from
the files; the listing and the awaiting-review state follow the files. L1: a cache that cannot be opened
or written (sqlite's "database or disk is full" injected at connect and at write, or a cache path that
is not a folder) leaves `runs list`, `runs show` and `verify` working from the files, says what is wrong
in plain words, and leaves no 0-byte sqlite file.

Expected values come from the artifact files (json.loads), never from the index under test."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import generate_three_runs, rmos_json

# Runs the real `rmos` with sqlite3.connect wrapped so that the cache file fails as a full disk would:
# mode "connect" fails every connection to a file; mode "write" lets the connection open but fails any
# statement that writes (and the WAL switch of an empty file, which writes its first page).
INJECT = r"""
import os, runpy, sqlite3, sys

MODE = os.environ["RMOS_TEST_CACHE_FAULT"]
_connect = sqlite3.connect
WRITES = ("CREATE", "INSERT", "UPDATE", "DELETE", "DROP", "BEGIN", "PRAGMA USER_VERSION=")


def _full(sql, path):
    text = sql.lstrip().upper()
    if text.startswith(WRITES) or (text.startswith("PRAGMA JOURNAL_MODE") and os.path.getsize(path) == 0):
        raise sqlite3.OperationalError("database or disk is full")


def connect(database, *args, **kw):
    if str(database) == ":memory:":
        return _connect(database, *args, **kw)
    if MODE == "connect":
        raise sqlite3.OperationalError("database or disk is full")
    path = str(database)

    class Full(sqlite3.Connection):
        def execute(self, sql, *a):
            _full(sql, path)
            return super().execute(sql, *a)

        def executemany(self, sql, *a):
            _full(sql, path)
            return super().executemany(sql, *a)

    kw["factory"] = Full
    return _connect(database, *args, **kw)


sqlite3.connect = connect
sys.argv = ["rmos", *sys.argv[1:]]
runpy.run_module("rmos_desktop.cli", run_name="__main__")
"""


def rmos_faulty(mode: str, *args, runs_dir: Path, env: dict) -> tuple[int, dict | None, str]:
    return rmos_json(*args, runs_dir=runs_dir, env={**env, "RMOS_TEST_CACHE_FAULT": mode}, entry=("-c", INJECT))


@pytest.fixture
def store(tmp_path):
    """Two OK runs and one BLOCKED run written by `rmos generate`, with a private index cache."""
    return generate_three_runs(tmp_path)


def truth(runs: Path) -> dict[str, dict]:
    """run_id -> status and risk level, read from the artifact files."""
    out = {}
    for path in runs.glob("20*/*.json"):
        raw = json.loads(path.read_text(encoding="utf-8"))
        out[raw["run_id"]] = {"status": raw["status"], "risk_level": raw["decision"]["risk_level"]}
    return out


def index_files(env: dict) -> list[Path]:
    return sorted((Path(env["RMOS_CACHE_DIR"]) / "index").glob("runs-*.sqlite3"))


def edit_index(env: dict, statements: list[tuple[str, tuple]]) -> int:
    """Run statements on the index file as someone with sqlite3 would; those naming a column this schema
    lacks are skipped. Returns how many changed a row."""
    (path,) = index_files(env)
    changed = 0
    with sqlite3.connect(path) as conn:
        for sql, args in statements:
            try:
                changed += conn.execute(sql, args).rowcount > 0
            except sqlite3.OperationalError:
                continue
    return changed


def listed(runs: Path, env: dict, *args: str) -> dict[str, dict]:
    rc, out, err = rmos_json("runs", "list", *args, runs_dir=runs, env=env)
    assert rc == 0, err
    return {r["run_id"]: r for r in out["runs"]}


def test_an_edited_row_is_read_again_from_its_file(store):
    runs, env, ids = store
    blocked = ids["blocked"]
    files = truth(runs)
    assert files[blocked] == {"status": "BLOCKED", "risk_level": "RED"}
    before = listed(runs, env)
    assert before[blocked]["status"] == "BLOCKED" and before[blocked]["awaiting_review"]

    changed = edit_index(
        env,
        [
            ("UPDATE runs SET status='OK', risk_level='GREEN', block_reason=NULL WHERE run_id=?", (blocked,)),
            (
                "UPDATE runs SET awaiting_review=0, review_count=1, last_disposition='approved' WHERE run_id=?",
                (blocked,),
            ),
        ],
    )
    assert changed >= 1  # the hole: the row did change in the file

    after = listed(runs, env)
    assert {r: (v["status"], v["risk_level"]) for r, v in after.items()} == {
        r: (v["status"], v["risk_level"]) for r, v in files.items()
    }
    assert after[blocked]["awaiting_review"] and after[blocked]["review_count"] == 0
    assert after[blocked]["block_reason"]
    assert set(listed(runs, env, "--status", "blocked")) == {blocked}
    assert set(listed(runs, env, "--unreviewed", "--status", "blocked")) == {blocked}
    assert set(listed(runs, env, "--status", "ok")) == {ids["ok1"], ids["ok2"]}


def test_a_forged_review_row_does_not_count_as_a_review(store):
    runs, env, ids = store
    blocked = ids["blocked"]
    assert listed(runs, env)[blocked]["awaiting_review"]  # the index file exists and lists the run
    fake = f"records/reviews/2026-01-01/{'f' * 32}.json"
    changed = edit_index(
        env,
        [
            (
                "INSERT INTO records (path, kind, record_id, run_id, created_us, disposition, reviewer) "
                "VALUES (?, 'review', ?, ?, 1, 'approved', 'nobody')",
                (fake, "f" * 32, blocked),
            ),
        ],
    )
    assert changed == 1
    after = listed(runs, env)
    assert after[blocked]["review_count"] == 0 and after[blocked]["awaiting_review"]
    assert after[blocked]["last_disposition"] is None
    assert set(listed(runs, env, "--unreviewed", "--status", "blocked")) == {blocked}


def test_a_real_review_still_counts_after_the_checks(store):
    runs, env, ids = store
    blocked = ids["blocked"]
    rc, _out, err = rmos_json(
        "runs",
        "review",
        blocked,
        "--disposition",
        "acknowledged",
        "--by",
        "Lee",
        "--note",
        "too fast",
        runs_dir=runs,
        env=env,
    )
    assert rc == 0, err
    row = listed(runs, env)[blocked]
    assert row["review_count"] == 1 and row["last_disposition"] == "acknowledged" and not row["awaiting_review"]
    assert listed(runs, env, "--unreviewed", "--status", "blocked") == {}


@pytest.mark.parametrize("mode", ["connect", "write"])
def test_a_full_cache_disk_does_not_break_list_show_and_verify(store, tmp_path, mode):
    runs, env, ids = store
    for path in index_files(env):  # the next command must build a new index: its writes hit the full disk
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    files = truth(runs)

    rc, out, err = rmos_faulty(mode, "runs", "list", runs_dir=runs, env=env)
    assert rc == 0, err
    assert {r["run_id"]: r["status"] for r in out["runs"]} == {r: v["status"] for r, v in files.items()}
    assert [r["run_id"] for r in out["runs"]] == [ids["ok2"], ids["blocked"], ids["ok1"]]
    assert "disk is full" in err and "unexpected error" not in err

    rc, out, err = rmos_faulty(mode, "runs", "show", ids["blocked"], runs_dir=runs, env=env)
    assert rc == 0, err
    assert "unexpected error" not in err and ids["blocked"] in json.dumps(out)

    artifact = json.loads(next(runs.glob(f"*/{ids['ok1']}.json")).read_text(encoding="utf-8"))
    program = tmp_path / "program.nc"
    program.write_text(artifact["outputs"]["gcode_text"], encoding="utf-8", newline="")
    rc, out, err = rmos_faulty(mode, "verify", program, runs_dir=runs, env=env)
    assert rc == 0, err
    assert {m["run_id"] for m in out["matches"]} == {ids["ok1"], ids["ok2"]}  # one request, one program
    assert "unexpected error" not in err

    for path in index_files(env):  # never a 0-byte sqlite file left behind
        assert path.stat().st_size > 0, f"{path} was left empty"


def test_a_cache_path_that_is_not_a_folder_does_not_break_list(store, tmp_path):
    runs, _env, ids = store
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    rc, out, err = rmos_json("runs", "list", runs_dir=runs, env={"RMOS_CACHE_DIR": str(blocker)})
    assert rc == 0, err
    assert {r["run_id"] for r in out["runs"]} == set(ids.values())
    assert "cannot be used" in err and "unexpected error" not in err
