"""A seminar session: teams, rounds, the plan of who plays what, and the standings."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from quest.errors import QuestError
from quest.model.scenario import Answer

MIN_TEAMS, MAX_TEAMS = 2, 8
MAX_ROUNDS = 20
MAX_TEAM_NAME = 24
MAX_SESSION_NAME = 80  # the exports' limit


class Format:
    """How the teams play a round."""

    TURNS = "turns"  # one computer: teams in turn, each a different scenario of one difficulty
    ALL_PLAY = "all"  # a computer per team: everyone plays the same scenario
    LAN = "lan"  # a live competition: teams on their own laptops, joined to this one
    MERGED = "merged"  # the exports of several computers combined


FORMATS = (Format.TURNS, Format.ALL_PLAY)


class SessionError(QuestError):
    """A session that cannot be set up or played as asked; `code` and `values` let the UI say
    it in the player's language."""

    default_code = "session"


@dataclass(frozen=True, slots=True)
class Answered:
    """One verdict and what it earned: a team's in a round of a session (or live), or a
    player's in practice (round and team 0). The one record of a verdict, built by of()."""

    round: int
    team: int
    scenario_id: str
    answer: str
    confidence: str
    points: int
    truth: str
    pinned: tuple[str, ...] = ()
    seconds: float = 0.0
    # What the team did, so the points can be worked out again anywhere (a merge, a host):
    # the tools in the order used and the hints taken. None for answers kept before these were.
    tools: tuple[str, ...] | None = None
    hints: int | None = None
    # How the points were made up, (rule, count, points) a line: shown, never stored.
    lines: tuple[tuple[str, int, int], ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, investigation, score, round_number: int = 0, team: int = 0) -> Answered:
        """The record of a decided investigation and its score."""
        scenario = investigation.scenario
        return cls(round_number, team, scenario.id, str(investigation.answer),
                   str(investigation.confidence), score.total, str(scenario.verdict.answer),
                   tuple(investigation.pinned), investigation.seconds,
                   tuple(str(t) for t in investigation.used), len(investigation.hints),
                   tuple((line.rule, line.count, line.points) for line in score.lines))

    @property
    def outcome(self) -> str:
        """right, near (the right side, the wrong word) or wrong."""
        from quest.model.scoring import outcome

        return str(outcome(Answer(self.truth), Answer(self.answer)))


@dataclass
class Standing:
    """A team's place in the table."""

    team: int
    name: str
    points: int
    rounds: int
    right: int
    place: int = 0
    last_round: int = 0  # points of the most recent round


def _clean_name(name: str, what: str, limit: int, prefix: str = "") -> str:
    """A name as stored: trimmed, single spaces, printable, at most `limit` characters."""
    name = " ".join(name.split())
    if not name:
        raise SessionError(f"a {what} name cannot be empty", f"empty-{prefix}name")
    if len(name) > limit:
        raise SessionError(f"a {what} name has at most {limit} characters: {name!r}",
                           f"long-{prefix}name", limit=limit, name=name)
    if any(not ch.isprintable() for ch in name):
        raise SessionError(f"a {what} name cannot contain control characters: {name!r}",
                           "control-character")
    return name


def clean_team_name(name: str) -> str:
    """A team name as stored: trimmed, single spaces, at most MAX_TEAM_NAME characters."""
    return _clean_name(name, "team", MAX_TEAM_NAME)


def clean_session_name(name: str) -> str:
    """A session name as stored: trimmed, single spaces, at most MAX_SESSION_NAME characters."""
    return _clean_name(name, "session", MAX_SESSION_NAME, "session-")


def check_teams(names: list[str], fmt: str = "turns") -> list[str]:
    """Distinct, cleaned team names: 2 to 8 taking turns, 1 to 8 on a computer of all play."""
    cleaned = [clean_team_name(n) for n in names]
    least = 1 if fmt == Format.ALL_PLAY else MIN_TEAMS
    if not least <= len(cleaned) <= MAX_TEAMS:
        raise SessionError(f"a session has {least} to {MAX_TEAMS} teams, not {len(cleaned)}",
                           "team-count", least=least, most=MAX_TEAMS)
    folded = [n.casefold() for n in cleaned]
    if len(set(folded)) != len(folded):
        raise SessionError("two teams have the same name", "same-name")
    return cleaned


def plan_rounds(fmt: str, teams: int, rounds: int, pool: list, rng: random.Random) -> list:
    """Who plays which scenario in each round: a list of rounds, each a list (one per team).

    `pool` is the scenarios to draw from, in order (the campaign or a hand-picked set). In turns,
    every team of a round plays a different scenario of the same difficulty, so that no team
    sees another's case before playing it and every team's round is equally hard. In all play,
    every team plays the round's one scenario.
    """
    if fmt not in FORMATS:
        raise SessionError(f"expected a format ({', '.join(FORMATS)}), found {fmt!r}")
    if not 1 <= rounds <= MAX_ROUNDS:
        raise SessionError(f"a session has 1 to {MAX_ROUNDS} rounds, not {rounds}")
    if fmt == Format.ALL_PLAY:
        if len(pool) < rounds:
            raise SessionError(f"{rounds} rounds need {rounds} scenarios; the set has "
                               f"{len(pool)}", "set-too-small", rounds=rounds, size=len(pool))
        return [[scenario.id] * teams for scenario in pool[:rounds]]
    by_level: dict[int, list] = {}
    for scenario in pool:
        by_level.setdefault(scenario.difficulty, []).append(scenario)
    plan = []
    used: set[str] = set()
    levels = sorted(by_level)
    for number in range(rounds):
        # Rounds get harder as the session goes on, where the set allows.
        wanted = levels[min(len(levels) - 1, number * len(levels) // max(1, rounds))]
        choices = [lvl for lvl in [wanted] + levels
                   if len([s for s in by_level[lvl] if s.id not in used]) >= teams]
        if not choices:
            raise SessionError(f"round {number + 1} needs {teams} unplayed scenarios of one "
                               "difficulty; the set has too few: choose fewer rounds or a "
                               "larger set", "set-too-small", rounds=rounds, size=len(pool))
        candidates = [s for s in by_level[choices[0]] if s.id not in used]
        picked = candidates[:teams]
        rng.shuffle(picked)
        used.update(s.id for s in picked)
        plan.append([s.id for s in picked])
    return plan


@dataclass
class Session:
    """A session's set-up and its answered rounds; pure data, stored by quest.store."""

    id: int | None
    name: str
    fmt: str
    teams: list[str]
    plan: list[list[str]]
    answers: list[Answered] = field(default_factory=list)
    finished: bool = False
    # Ids of the teams, one per name: a team stays itself in a merge whatever its name.
    team_ids: list[str] = field(default_factory=list)
    results_key: str = ""  # signs the session's exports (quest.signing); shared by a class

    @property
    def rounds(self) -> int:
        """Number of rounds planned."""
        return len(self.plan)

    def answer_of(self, round_number: int, team: int) -> Answered | None:
        """The answer a team gave in a round, if any."""
        return next((a for a in self.answers if a.round == round_number and a.team == team),
                    None)

    def next_turn(self) -> tuple[int, int] | None:
        """(round, team) of the next answer to play, in order; None when every round is done."""
        for round_number in range(self.rounds):
            for team in range(len(self.teams)):
                if self.answer_of(round_number, team) is None:
                    return round_number, team
        return None

    def round_done(self, round_number: int) -> bool:
        """Whether every team has answered in this round."""
        return all(self.answer_of(round_number, t) is not None for t in range(len(self.teams)))

    def record(self, answered: Answered) -> None:
        """Add an answer; an answer for a (round, team) already answered is refused."""
        if not 0 <= answered.round < self.rounds or not 0 <= answered.team < len(self.teams):
            raise SessionError(f"there is no round {answered.round + 1} for team "
                               f"{answered.team + 1}")
        if self.answer_of(answered.round, answered.team) is not None:
            raise SessionError(f"{self.teams[answered.team]} has already answered round "
                               f"{answered.round + 1}")
        if self.plan[answered.round][answered.team] != answered.scenario_id:
            raise SessionError(f"round {answered.round + 1} of {self.teams[answered.team]} is "
                               f"{self.plan[answered.round][answered.team]!r}, not "
                               f"{answered.scenario_id!r}")
        self.answers.append(answered)

    def standings(self, upto_round: int | None = None) -> list[Standing]:
        """The table: most points first; ties share a place (then more right answers first)."""
        rows = []
        last = upto_round if upto_round is not None else max(
            (a.round for a in self.answers), default=-1)
        for index, name in enumerate(self.teams):
            mine = [a for a in self.answers if a.team == index and
                    (upto_round is None or a.round <= upto_round)]
            rows.append(Standing(index, name, sum(a.points for a in mine), len(mine),
                                 sum(a.answer == a.truth for a in mine),
                                 last_round=sum(a.points for a in mine if a.round == last)))
        return rank(rows)


def rank(rows: list[Standing]) -> list[Standing]:
    """Sort standings and give places; equal points share a place."""
    rows.sort(key=lambda r: (-r.points, -r.right, r.name.casefold()))
    place = 0
    previous = None
    for position, row in enumerate(rows, 1):
        if row.points != previous:
            place, previous = position, row.points
        row.place = place
    return rows
