"""Discernment in signal-detection terms: does a player catch fakes without distrusting the truth?

A verdict other than "genuine" on a non-genuine item is a hit; on a genuine item a false alarm.
Rates use the log-linear correction (Hautus, 1995): add 0.5 to each count and 1 to each total,
so that rates of 0 or 1 still give finite d' and c.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist
from typing import Iterable

from quest.model.scenario import Answer

_z = NormalDist().inv_cdf


@dataclass(frozen=True, slots=True)
class Discernment:
    """Counts and signal-detection figures for one player, team or class."""

    hits: int
    misses: int
    false_alarms: int
    correct_rejections: int

    @property
    def signals(self) -> int:
        """Non-genuine items seen."""
        return self.hits + self.misses

    @property
    def noise(self) -> int:
        """Genuine items seen."""
        return self.false_alarms + self.correct_rejections

    @property
    def hit_rate(self) -> float | None:
        """Share of non-genuine items caught (uncorrected); None without any."""
        return self.hits / self.signals if self.signals else None

    @property
    def false_alarm_rate(self) -> float | None:
        """Share of genuine items distrusted (uncorrected); None without any."""
        return self.false_alarms / self.noise if self.noise else None

    def _corrected(self) -> tuple[float, float]:
        hit = (self.hits + 0.5) / (self.signals + 1)
        false_alarm = (self.false_alarms + 0.5) / (self.noise + 1)
        return hit, false_alarm

    @property
    def d_prime(self) -> float:
        """Sensitivity: how well genuine and non-genuine items are told apart."""
        hit, false_alarm = self._corrected()
        return _z(hit) - _z(false_alarm)

    @property
    def criterion(self) -> float:
        """Bias c: negative means quick to call things fake, positive quick to trust."""
        hit, false_alarm = self._corrected()
        return -(_z(hit) + _z(false_alarm)) / 2

    def __add__(self, other: "Discernment") -> "Discernment":
        return Discernment(
            self.hits + other.hits,
            self.misses + other.misses,
            self.false_alarms + other.false_alarms,
            self.correct_rejections + other.correct_rejections,
        )


def tally(verdicts: Iterable[tuple[Answer | str, Answer | str]]) -> Discernment:
    """Count (truth, answer) pairs into hits, misses, false alarms and correct rejections."""
    hits = misses = false_alarms = correct = 0
    for truth, answer in verdicts:
        flagged = answer != Answer.GENUINE
        if truth != Answer.GENUINE:
            hits += flagged
            misses += not flagged
        else:
            false_alarms += flagged
            correct += not flagged
    return Discernment(hits, misses, false_alarms, correct)
