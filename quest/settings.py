"""Player settings, remembered between runs in settings.json of the data folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from quest.files import read_bytes, write_atomic

TEXT_SCALES = (100, 125, 150)
SETTINGS_FILE = "settings.json"
# The game writes about a hundred bytes; anything far larger is not its settings file.
MAX_SETTINGS_BYTES = 64 * 1024


@dataclass
class Settings:
    """What the player chose in the settings screen."""

    language: str | None = None
    text_scale: int = 100
    high_contrast: bool = False
    fullscreen: bool = False


def load(folder: Path) -> tuple[Settings, str | None]:
    """The saved settings, or defaults and a note saying why the file could not be used."""
    path = folder / SETTINGS_FILE
    try:
        raw = read_bytes(path, MAX_SETTINGS_BYTES).decode("utf-8")
    except FileNotFoundError:
        return Settings(), None
    except OSError as exc:
        return Settings(), (f"{path}: cannot read the settings ({exc.strerror or exc}); "
                            "using the defaults")
    except UnicodeDecodeError as exc:
        return Settings(), f"{path}: cannot read the settings ({exc}); using the defaults"
    try:
        data = json.loads(raw)
    except ValueError as exc:
        return Settings(), f"{path}: the settings file is damaged ({exc}); using the defaults"
    if not isinstance(data, dict):
        return Settings(), f"{path}: expected a JSON object of settings; using the defaults"
    settings = Settings()
    problems = []
    for spec in fields(Settings):
        if spec.name not in data:
            continue
        value = data[spec.name]
        if spec.name == "language" and (value is None or (isinstance(value, str)
                                                           and len(value) <= 8)):
            settings.language = value
        elif spec.name == "text_scale" and value in TEXT_SCALES and type(value) is int:
            settings.text_scale = value
        elif spec.name in ("high_contrast", "fullscreen") and isinstance(value, bool):
            setattr(settings, spec.name, value)
        else:
            problems.append(spec.name)
    note = (f"{path}: ignored invalid settings ({', '.join(problems)})" if problems else None)
    return settings, note


def save(folder: Path, settings: Settings) -> str | None:
    """Write the settings atomically; returns a note when they could not be saved."""
    path = folder / SETTINGS_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(asdict(settings), indent=2).encode("utf-8"))
    except OSError as exc:
        return f"{path}: cannot save the settings ({exc.strerror or exc})"
    return None
