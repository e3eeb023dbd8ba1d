"""The check-ups taken on this computer, kept in the results database rating by rating.

Each rating is stored in its own transaction the moment it is given, so a check-up cut off by a
crash or a killed process resumes at the first headline not yet rated, with nothing lost. A
student's forms are counterbalanced: half the students take form A before the game and B after
it, the other half the other way round.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone

from quest.model.checkup import Rating, counterbalanced_form
from quest.model.scenario import Confidence

PHASES = ("pre", "post", "retention")
MAX_STUDENT = 40  # a name or a class-list number


@dataclass(frozen=True)
class Checkup:
    """One check-up of one student: who, when in the course, which form, and the ratings."""

    id: int
    uid: str
    student: str
    team: str
    phase: str
    form: str
    started: str
    finished: str | None
    ratings: tuple[Rating, ...] = ()

    @property
    def done(self) -> bool:
        """Whether every headline was rated and the check-up closed."""
        return self.finished is not None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _key(student: str) -> str:
    """Students are the same whatever the case and spaces they are typed with."""
    return " ".join(student.split()).casefold()


def _turn(student: str) -> int:
    """0 or 1, the same for a name on every computer and evenly spread over names."""
    import hashlib

    return hashlib.sha256(_key(student).encode("utf-8")).digest()[0] % 2


class Checkups:
    """The check-ups of a results database (quest.store.Store)."""

    def __init__(self, store):
        self.store = store

    def all(self) -> list[Checkup]:
        """Every check-up, oldest first, with its ratings."""
        ratings: dict[int, list[Rating]] = {}
        for checkup_id, item_id, real, confidence in self.store._read(
                "SELECT checkup_id, item_id, real, confidence FROM checkup_ratings "
                "ORDER BY rated, rowid"):
            ratings.setdefault(checkup_id, []).append(
                Rating(item_id, bool(real), Confidence(confidence)))
        return [Checkup(*row, ratings=tuple(ratings.get(row[0], ()))) for row in self.store._read(
            "SELECT id, uid, student, team, phase, form, started, finished FROM checkups "
            "ORDER BY id")]

    def of(self, student: str) -> list[Checkup]:
        """A student's check-ups, oldest first."""
        return [c for c in self.all() if _key(c.student) == _key(student)]

    def open(self, student: str, phase: str, team: str = "") -> Checkup:
        """The student's check-up of this phase: the unfinished one to resume, or a new one
        on the form the student's turn gives."""
        if phase not in PHASES:
            raise ValueError(f"unknown phase {phase!r}")
        mine = self.of(student)
        for checkup in mine:
            if checkup.phase == phase and not checkup.done:
                return checkup
        pre = next((c for c in mine if c.phase == "pre"), None)
        # From the student's pre-test when this computer has it, else from the name itself:
        # the same student gets the same forms on any computer, and about half a class,
        # whoever sits where, starts with form B.
        turn = (0 if pre.form == "A" else 1) if pre is not None else _turn(student)
        form = counterbalanced_form(turn, phase)
        uid = os.urandom(8).hex()
        self.store._write([("INSERT INTO checkups (uid, student, team, phase, form, started) "
                            "VALUES (?, ?, ?, ?, ?, ?)",
                            (uid, " ".join(student.split()), team, phase, form, _now()))])
        return next(c for c in self.all() if c.uid == uid)

    def rate(self, checkup: Checkup | int, rating: Rating) -> None:
        """Keep one rating at once (a second rating of the same headline replaces the first)."""
        checkup_id = checkup if isinstance(checkup, int) else checkup.id
        self.store._write([("INSERT OR REPLACE INTO checkup_ratings (checkup_id, item_id, real, "
                            "confidence, rated) VALUES (?, ?, ?, ?, ?)",
                            (checkup_id, rating.item_id, int(rating.real),
                             str(Confidence(rating.confidence)), _now()))])

    def finish(self, checkup: Checkup) -> None:
        """Close a check-up whose every headline is rated."""
        self.store._write([("UPDATE checkups SET finished = ? WHERE id = ?",
                            (_now(), checkup.id))])

    def get(self, checkup_id: int) -> Checkup | None:
        """A check-up as stored now."""
        return next((c for c in self.all() if c.id == checkup_id), None)
