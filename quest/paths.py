"""Where the user's data lives: settings, the trainer's own scenarios, the results database."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from quest.files import read_bytes, write_atomic

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


def computer_name(base: Path) -> str:
    """A short name for this computer in exports: its host name and a random tag, kept in the
    data folder (two laptops of one class often share a host name)."""
    import secrets
    import socket

    path = base / "computer.txt"
    try:
        name = read_bytes(path, 256).decode("utf-8").strip()
        if name and len(name) <= 40 and name.isprintable():
            return name
    except (OSError, UnicodeDecodeError):
        pass  # made anew below
    host = "".join(ch for ch in socket.gethostname() if ch.isalnum() or ch in "-_")[:24]
    name = f"{host or 'computer'}-{secrets.token_hex(2)}"
    try:
        base.mkdir(parents=True, exist_ok=True)
        write_atomic(path, (name + "\n").encode("utf-8"))
    except OSError:
        pass  # an unwritable folder: the name holds for this run only
    return name
