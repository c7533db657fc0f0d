"""The app's services for one session: catalog, settings, runs directory, recorder and run index.

Built once by the GUI or the CLI and passed in (no singletons), so tests build their own.

The run index (core/runs/index/) is a sqlite cache in the user cache directory, one file per runs
directory: `$RMOS_CACHE_DIR/index/` when that variable is set (tests, or a workstation whose home is on a
network share), else `platformdirs.user_cache_path("rmos-desktop")/index/`. Opening it reads nothing; the
first query (or `reconcile_index`, which the GUI runs off its thread at start-up) rebuilds a missing,
corrupt or old index and picks up files other processes wrote.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from rmos_desktop.core.catalog import Catalog, CatalogProblem, load_catalog
from rmos_desktop.core.runs.index import ReconcileReport, RunIndex
from rmos_desktop.core.runs.recorder import RunRecorder
from rmos_desktop.core.settings import RunsDirChoice, Settings, load_settings, resolve_runs_dir, save_settings

log = logging.getLogger(__name__)


def open_index(runs_dir: Path) -> RunIndex | None:
    """The run index of `runs_dir` (None, logged, when the cache directory cannot be used: the app then
    works from the files alone)."""
    try:
        return RunIndex.open(runs_dir)
    except (OSError, ValueError) as exc:
        log.warning("run index unavailable for %s: %s", runs_dir, exc)
        return None


def open_signer(config_dir: Path | None = None):
    """The station key that signs every ledger line (made on first need), or None, logged, when it cannot
    be used: the app still records every attempt, and the audit names the unsigned lines."""
    from rmos_desktop.core.runs.keys import KeyFileError, station_key

    try:
        return station_key(config_dir)
    except (KeyFileError, OSError) as exc:
        log.error("ledger lines will not be signed: %s", exc)
        return None


def open_recorder(runs_dir: Path, *, index: bool = True, signer=None) -> RunRecorder:
    """The recorder for a runs directory (store + ledger + index), signing with the station key (or `signer`),
    with any write a crash cut short finished or cleaned up first (`RunRecorder.recover`; it logs what it did
    and never raises for a damaged file)."""
    recorder = RunRecorder.open(
        runs_dir, index=open_index(runs_dir) if index else None, signer=signer if signer is not None else open_signer()
    )
    if runs_dir.is_dir():
        try:
            recorder.recover(quarantine=False)
        except OSError:  # an unwritable runs directory is reported by runs_dir_problem at start-up
            log.warning("recovery skipped for %s", runs_dir, exc_info=True)
    return recorder


def runs_dir_problem(path: Path) -> str | None:
    """Why records cannot be written to `path`, or None when a test file can be created there."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".write-test.{os.getpid()}.tmp"
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            os.write(fd, b"ok")
            os.fsync(fd)
        finally:
            os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    return None


@dataclass
class AppServices:
    catalog: Catalog
    settings: Settings
    settings_path: Path | None
    runs: RunsDirChoice
    recorder: RunRecorder
    catalog_problems: list[CatalogProblem] = field(default_factory=list)
    settings_warning: str | None = None
    catalog_sources: list[Path] = field(default_factory=list)  # the catalog files in force (About names them)

    @classmethod
    def load(
        cls, *, runs_dir: str | Path | None = None, settings_path: Path | None = None, catalog: Catalog | None = None
    ) -> AppServices:
        loaded = load_settings(settings_path)
        problems: list[CatalogProblem] = []
        sources: list[Path] = []
        if catalog is None:
            cat_load = load_catalog()
            catalog, problems, sources = cat_load.catalog, cat_load.problems, cat_load.sources
        runs = resolve_runs_dir(runs_dir, loaded.settings)
        return cls(
            catalog=catalog,
            settings=loaded.settings,
            settings_path=loaded.path,
            runs=runs,
            recorder=open_recorder(runs.path),
            catalog_problems=problems,
            settings_warning=loaded.warning,
            catalog_sources=sources,
        )

    @property
    def runs_dir(self) -> Path:
        return self.runs.path

    @property
    def index(self) -> RunIndex | None:
        """The run index of the current runs directory (follows a runs directory change)."""
        index = self.recorder.index
        return index if isinstance(index, RunIndex) else None

    def reconcile_index(self, progress=None) -> ReconcileReport | None:
        """Bring the index up to date with the files (rebuilding it when needed). Slow on a big store the
        first time: the GUI calls it through its TaskRunner."""
        index = self.index
        return None if index is None else index.reconcile(progress=progress)

    def apply_settings(self, settings: Settings, *, save: bool = True) -> None:
        """Adopt new settings (saved to the settings file); the runs directory follows them unless the
        command line or RMOS_RUNS_DIR decided it."""
        if save:
            save_settings(settings, self.settings_path)
        self.settings = settings
        self.settings_warning = None
        if self.runs.source in ("settings file", "default"):
            runs = resolve_runs_dir(None, settings)
            if runs.path != self.runs.path:
                self.runs = runs
                old = self.index
                self.recorder = open_recorder(runs.path)
                if old is not None:
                    old.close()
            else:
                self.runs = runs
