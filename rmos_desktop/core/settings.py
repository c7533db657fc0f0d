"""Domain settings shared by the GUI and the CLI: a pydantic model saved as JSON in the config folder,
and where the runs directory comes from (--runs-dir > RMOS_RUNS_DIR > settings file > default)."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from platformdirs import user_cache_path, user_config_path, user_data_path, user_log_path
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from rmos_desktop import APP_NAME

log = logging.getLogger(__name__)

ENV_RUNS_DIR = "RMOS_RUNS_DIR"

LANGUAGES = ("en", "de", "es", "fr")
"""The user-interface languages shipped (resources/i18n/rmos_<code>.qm; English is the source text)."""


def _usable_path(value: str | None) -> str | None:
    """A runs directory must be a path the OS can take: no NUL byte, and a `~user` that exists."""
    if value is None:
        return None
    if "\x00" in value:
        raise ValueError("a path cannot contain a NUL byte")
    try:
        Path(value).expanduser()
    except RuntimeError as exc:  # ~someone who has no account here
        raise ValueError(f"cannot expand {value.split('/', 1)[0]!r}: {exc}") from None
    return value


def _shipped_language(value: str) -> str:
    """The empty text (follow the system locale) or one of the shipped languages."""
    if value not in ("", *LANGUAGES):
        raise ValueError(f'{value!r} is not a shipped language; use one of {", ".join(LANGUAGES)} or "" (system)')
    return value


class RunsDirError(ValueError):
    """A runs directory given on the command line or in RMOS_RUNS_DIR that cannot be a path."""


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    runs_dir: Annotated[str | None, Field(max_length=4096), AfterValidator(_usable_path)] = None
    default_machine: Annotated[str, Field(min_length=1, max_length=100)] = "default"
    operator: Annotated[str, Field(max_length=100)] = ""
    ui_scale: Annotated[int, Field(ge=100, le=200)] = 100
    # How lengths, feeds, rim speed and bite are shown and typed at this workstation; requests, artifacts,
    # hashes and G-code are millimetres whatever this says.
    units: Literal["mm", "in"] = "mm"
    # The optional shop server (RMOS_SHOP_URL / RMOS_STATION win over these); empty: no shop server.
    shop_url: Annotated[str, Field(max_length=2000)] = ""
    station: Annotated[str, Field(max_length=32)] = ""
    # the shop-floor workflow (the main window keeps these up to date)
    theme: Literal["light", "dark"] = "light"
    recent_operators: Annotated[list[Annotated[str, Field(min_length=1, max_length=100)]], Field(max_length=10)] = []
    recent_jobs: Annotated[list[Annotated[str, Field(max_length=4096)]], Field(max_length=10)] = []
    last_job_folder: Annotated[str | None, Field(max_length=4096)] = None
    last_export_folder: Annotated[str | None, Field(max_length=4096)] = None
    operator_prompt: bool = True  # ask who is at the saw at start when no operator is set
    # The user-interface language: "" follows the system locale; the CLI, logs and artifacts stay English.
    language: Annotated[str, Field(max_length=8), AfterValidator(_shipped_language)] = ""


MAX_RECENT = 10


def remember(items: list[str], value: str, limit: int = MAX_RECENT) -> list[str]:
    """`value` first, then the others without it, at most `limit`."""
    return [value, *(i for i in items if i != value)][:limit]


def config_dir() -> Path:
    return user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    return user_cache_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def settings_path() -> Path:
    return config_dir() / "settings.json"


def default_runs_dir() -> Path:
    return data_dir() / "runs" / "rmos"


@dataclass(frozen=True)
class SettingsLoad:
    settings: Settings
    path: Path
    warning: str | None = None  # set when the file was unusable and defaults are in force


def load_settings(path: Path | None = None) -> SettingsLoad:
    """Read the settings file. A missing file gives defaults; a broken one gives defaults and a warning."""
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return SettingsLoad(Settings(), path)
    except (OSError, UnicodeDecodeError) as exc:
        return SettingsLoad(Settings(), path, f"Settings file {path} could not be read ({exc}); using defaults.")
    try:
        data = json.loads(text)
        return SettingsLoad(Settings.model_validate(data), path)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'file'}: {e['msg']}" for e in exc.errors(include_url=False)
        )
        return SettingsLoad(Settings(), path, f"Settings file {path} is invalid ({problems}); using defaults.")
    except (ValueError, RecursionError) as exc:
        return SettingsLoad(Settings(), path, f"Settings file {path} is not valid JSON ({exc}); using defaults.")


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings atomically (temp file, fsync, replace)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    data = json.dumps(settings.model_dump(mode="json"), indent=2) + "\n"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


@dataclass(frozen=True)
class RunsDirChoice:
    path: Path
    source: str  # "--runs-dir", "RMOS_RUNS_DIR", "settings file", "default"


def resolve_runs_dir(
    cli_value: str | Path | None = None,
    settings: Settings | None = None,
    env: Mapping[str, str] | None = None,
) -> RunsDirChoice:
    """Raises RunsDirError (naming where the value came from) for a value that cannot be a path."""
    env = os.environ if env is None else env
    if cli_value:
        return RunsDirChoice(_as_path(cli_value, "--runs-dir"), "--runs-dir")
    if env.get(ENV_RUNS_DIR):
        return RunsDirChoice(_as_path(env[ENV_RUNS_DIR], ENV_RUNS_DIR), ENV_RUNS_DIR)
    if settings is not None and settings.runs_dir:
        return RunsDirChoice(_as_path(settings.runs_dir, "the settings file"), "settings file")
    return RunsDirChoice(default_runs_dir(), "default")


def _as_path(value: str | Path, source: str) -> Path:
    try:
        return Path(value).expanduser().resolve()
    except (ValueError, RuntimeError, OSError) as exc:
        shown = str(value).replace("\x00", "\\0")[:200]
        raise RunsDirError(f"the runs directory {shown!r} from {source} cannot be used: {exc}") from None
