"""A seminar session being played: whose turn it is, saving each answer, what comes next."""

from __future__ import annotations

import sys

from quest.i18n import _
from quest.model.scoring import Score
from quest.model.session import Answered, Session
from quest.store import StoreError
from quest.ui import routes
from quest.ui.problems import describe


class SessionPlay:
    """Drives a stored session through its turns; every answer is saved before moving on."""

    def __init__(self, app, session: Session):
        self.app = app
        self.session = session
        self.problem: str | None = None  # the last saving problem, shown to the facilitator

    @property
    def store(self):
        """The results database (None when it could not be opened)."""
        return self.app.data.results.store

    def scenario(self, round_number: int, team: int):
        """The scenario a team plays in a round."""
        scenario_id = self.session.plan[round_number][team]
        return self.app.data.content.scenario_by_id(scenario_id)

    def next_scene(self):
        """The screen that comes next: a team's turn, a scoreboard, or the final standings."""
        turn = self.session.next_turn()
        if turn is None:
            self.finish()
            return routes.ScoreboardScene(self.app, self, final=True)
        return routes.TurnScene(self.app, self, *turn)

    def after_answer(self, round_number: int):
        """After a debrief: the round's scoreboard once every team has played it."""
        if self.session.round_done(round_number) and self.session.next_turn() is not None:
            return routes.ScoreboardScene(self.app, self, round_number=round_number)
        return self.next_scene()

    def record(self, round_number: int, team: int, investigation, score: Score) -> None:
        """Save one answered round (its own transaction), then count it in the session."""
        scenario = investigation.scenario
        answered = Answered.of(investigation, score, round_number, team)
        if self.store is not None and self.session.id is not None:
            try:
                self.store.record_answer(self.session.id, answered, scenario.difficulty,
                                         scenario.techniques)
                self.problem = None
            except StoreError as exc:
                self.problem = _("Not saved: {problem}").format(problem=describe(exc))
                sys.stderr.write(exc.message + "\n")
        self.session.record(answered)

    def finish(self) -> None:
        """Mark the session finished in the database."""
        self.session.finished = True
        if self.store is not None and self.session.id is not None:
            try:
                self.store.finish_session(self.session.id)
            except StoreError as exc:
                self.problem = describe(exc)
