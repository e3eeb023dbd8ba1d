"""Where the user's data lives: settings, the trainer's own scenarios, the results database."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "MIL_QUEST_DATA_DIR"
APP_NAME = "mil-quest"


def data_dir(override: str | Path | None = None) -> Path:
    """--data-dir, else $MIL_QUEST_DATA_DIR, else the platform's usual user-data folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def trainer_scenarios_dir(base: Path) -> Path:
    """The trainer's own scenario folder inside the data folder."""
    return base / "scenarios"
