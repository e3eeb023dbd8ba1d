"""Shared fixtures; UI tests run on SDL's dummy drivers, so no screen is needed."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ.setdefault("MIL_QUEST_NO_ZEROCONF", "1")  # tests send nothing to the local network

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def minimal_text() -> str:
    """A small valid scenario in English and Russian."""
    return (DATA / "minimal.yaml").read_text(encoding="utf-8")
