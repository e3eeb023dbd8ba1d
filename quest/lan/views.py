"""What the host knows of its teams, and the frozen copies the game reads of it.

The host changes its seats on its own thread; the game sees them only as HostView and TeamView
snapshots, made on that thread and carried by each Event.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TeamSeat:
    """A team known to the host."""

    index: int
    team_id: str
    name: str
    secret_hash: str
    connection: object = None  # the live websocket, or None while disconnected


@dataclass(frozen=True)
class TeamView:
    """One team as the game shows it, copied on the server thread."""

    index: int
    team_id: str
    name: str
    points: int
    connected: bool
    answered: frozenset[int]

    def as_row(self) -> dict:
        """The team as a standings row."""
        return {"team": self.name, "index": self.index, "points": self.points,
                "connected": self.connected}


@dataclass(frozen=True)
class HostView:
    """The host's state frozen for the game thread: the only way the game sees it, so the
    server thread can change its own dicts at any moment."""

    rounds: tuple[str, ...] = ()
    lobby_open: bool = True
    teams: tuple[TeamView, ...] = ()  # in standings order
    code: str = ""

    @property
    def current(self) -> int:
        """The index of the round being played, or -1 before the first."""
        return len(self.rounds) - 1

    def answered_now(self) -> int:
        """How many teams have answered the current round."""
        return sum(1 for team in self.teams if self.current in team.answered)

    def team(self, index: int) -> TeamView | None:
        """The team with this index, if it is still in the competition."""
        return next((t for t in self.teams if t.index == index), None)


@dataclass
class Event:
    """Something the game should show: kind is joined, left, renamed, removed or answered;
    `view` is the host's state just after it, frozen."""

    kind: str
    team: int
    detail: dict = field(default_factory=dict)
    view: HostView | None = None
