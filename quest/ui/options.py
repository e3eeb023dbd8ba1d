"""What the command line asks of a game run, as one frozen object the UI reads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PlayOptions:
    """A game run's options; every default is what a plain `mil-quest` start uses."""

    command: str = "play"  # play | host | join
    lang: str | None = None  # given on the command line (then the title screen is skipped)
    size: str | None = None  # as typed, like 1366x768 (checked by app.parse_size)
    fullscreen: bool = False
    record: Path | None = None  # record the input into this file
    scenario: str | None = None  # play this scenario (an id or a file) directly
    scenarios: tuple[Path, ...] = ()  # the trainer's folders given with --scenarios
    data_dir: str | None = None
    frames: int | None = None  # stop after this many frames (tests and benchmarks)
    port: int | None = None  # host: the port to listen on (None: the protocol's usual one)
    bind: str = ""  # host: the one address to listen on ("": every network of the laptop)
    address: str = ""  # join: the host's address, its join code and the team's name
    code: str = ""
    team: str = ""
    student: str = ""  # checkup: the student's name or class-list number
