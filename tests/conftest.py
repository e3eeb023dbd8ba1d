"""Shared fixtures; UI tests run on SDL's dummy drivers, so no screen is needed."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ.setdefault("MIL_QUEST_NO_ZEROCONF", "1")  # tests send nothing to the local network
# The tests read the English the program prints unless they ask for another language, so the
# locale of the machine running them must not choose one (check defaults to the system's).
for _name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def minimal_text() -> str:
    """A small valid scenario in English and Russian."""
    return (DATA / "minimal.yaml").read_text(encoding="utf-8")
