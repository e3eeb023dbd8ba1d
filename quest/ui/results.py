"""What a dialog hands back to whoever opened it (app.push(scene, on_result=...))."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Leave:
    """The player left what the dialog paused (the pause menu's 'Leave this scenario')."""


@dataclass(frozen=True)
class Picked:
    """The scenarios chosen in the picker, in campaign order (empty: none)."""

    ids: tuple[str, ...]


@dataclass(frozen=True)
class Renamed:
    """A new name typed for a team of a live competition."""

    team: int  # the team's index
    name: str
