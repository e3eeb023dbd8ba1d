"""How an investigation is played, as data: practice, a trainer's preview, a team's turn in a
session, a team's round of a live competition (and, later, a phone's).

The investigation, verdict and debrief screens are the same for all; a PlayMode says what
differs: the title, where a verdict goes, what the debrief offers and what comes after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from quest.i18n import _
from quest.model.investigation import Investigation
from quest.model.scenario import Scenario
from quest.model.scoring import Score
from quest.model.session import Answered


@dataclass(frozen=True)
class CaseResult:
    """A decided investigation and its score: what the debrief shows."""

    scenario: Scenario
    investigation: Investigation
    score: Score
    mode: PlayMode


class PlayMode:
    """Practice: the verdict is remembered for this run; the debrief offers the next case."""

    # What the debrief offers: "practice" (next case, finish), "preview" (done) or "turn"
    # (continue to what the session or the competition does next).
    after = "practice"
    leaves_to_menu = False  # whether leaving from the pause menu ends at the main menu

    def title(self, scenario: Scenario, lang: str) -> str:
        """The investigation's title bar."""
        return "MIL Quest · " + scenario.title.get(lang)

    def submit(self, app, investigation: Investigation, score: Score) -> None:
        """Hand over a scored verdict."""
        app.data.results.remember_practice(Answered.of(investigation, score))

    def go_on(self, app) -> None:
        """After the debrief's Continue (modes whose `after` is "turn")."""
        raise NotImplementedError


class Preview(PlayMode):
    """A trainer's preview of a scenario: nothing is kept."""

    after = "preview"

    def title(self, scenario: Scenario, lang: str) -> str:
        return _("Preview") + " · " + super().title(scenario, lang)

    def submit(self, app, investigation: Investigation, score: Score) -> None:
        pass


@dataclass
class SessionTurn(PlayMode):
    """One team's turn in one round of a seminar session on this computer."""

    play: object  # quest.ui.sessionplay.SessionPlay
    round: int
    team: int
    after = "turn"
    leaves_to_menu = True  # the session waits in the menu, ready to resume

    def title(self, scenario: Scenario, lang: str) -> str:
        session = self.play.session
        return _("Round {n}/{total} · {team}").format(
            n=self.round + 1, total=session.rounds, team=session.teams[self.team]) + " · " + \
            scenario.title.get(lang)

    def submit(self, app, investigation: Investigation, score: Score) -> None:
        self.play.record(self.round, self.team, investigation, score)

    def go_on(self, app) -> None:
        app.switch(self.play.after_answer(self.round))


@dataclass
class LanTurn(PlayMode):
    """A team playing a round of a live competition from this laptop."""

    client: object  # quest.lan.client.TeamClient
    round: int
    after = "turn"

    def title(self, scenario: Scenario, lang: str) -> str:
        return _("Live round {n}").format(n=self.round + 1) + " · " + scenario.title.get(lang)

    def submit(self, app, investigation: Investigation, score: Score) -> None:
        # Kept in the outbox on disk, then sent until the host acknowledges it; the host
        # scores it again itself.
        from quest.lan.protocol import verdict_of

        self.client.submit(verdict_of(Answered.of(investigation, score, self.round)))

    def go_on(self, app) -> None:
        app.pop()  # back to waiting for the next round


PRACTICE = PlayMode()
PREVIEW = Preview()
