"""The check-up: bare headlines rated real or fake, scored as the Misinformation Susceptibility
Test (MIST) scores them, and a class's change from before to after the game.

Five scores per form (Maertens et al., MIST): veracity discernment (every correct rating), real
news detection (genuine rated real), fake news detection (fake rated fake), distrust (fake
ratings beyond the number of fake items) and naivety (real ratings beyond the number of genuine
items); with d' and c from quest.model.discernment, where a fake item is the signal. A class's
pre/post change in d' and c is paired, student by student, with a bootstrap interval, so a
class that only grew more sceptical is told apart from one that grew more discerning.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from statistics import fmean

from quest.model.discernment import Discernment
from quest.model.scenario import Confidence, Technique, Text

TOPICS = ("health", "education", "economy", "environment", "technology", "society", "science",
          "culture")
BOOTSTRAP_SAMPLES = 2000
BOOTSTRAP_SEED = 20250121  # the same class gives the same interval every time


@dataclass(frozen=True, slots=True)
class CheckupItem:
    """One headline of a form: genuine or fake, and what makes it so."""

    id: str
    real: bool
    topic: str
    difficulty: int
    headline: Text
    technique: Technique | None = None
    source: Text | None = None


@dataclass(frozen=True, slots=True)
class CheckupForm:
    """A form of the check-up: as many genuine as fake headlines."""

    name: str  # "A" or "B"
    items: tuple[CheckupItem, ...]
    languages: tuple[str, ...] = ("kk", "ru", "en")

    def item(self, item_id: str) -> CheckupItem | None:
        """The item with this id, if the form has it."""
        return next((item for item in self.items if item.id == item_id), None)


@dataclass(frozen=True, slots=True)
class Rating:
    """A student's judgement of one headline: real or fake, and how sure."""

    item_id: str
    real: bool
    confidence: Confidence = Confidence.LIKELY


@dataclass(frozen=True, slots=True)
class Scores:
    """The MIST scores of one student (or team) on one form, with d' and c."""

    genuine: int  # genuine items rated
    fake: int  # fake items rated
    real_detected: int  # r: genuine rated real
    fake_detected: int  # f: fake rated fake
    judged_fake: int  # every "fake" rating, right or wrong
    judged_real: int

    @property
    def discernment(self) -> int:
        """V: every correct rating."""
        return self.real_detected + self.fake_detected

    @property
    def distrust(self) -> int:
        """d: "fake" ratings beyond the number of fake items (0 when there are not more)."""
        return max(0, self.judged_fake - self.fake)

    @property
    def naivety(self) -> int:
        """n: "real" ratings beyond the number of genuine items."""
        return max(0, self.judged_real - self.genuine)

    @property
    def signal(self) -> Discernment:
        """The counts in signal-detection terms, a fake item being the signal."""
        return Discernment(self.fake_detected, self.fake - self.fake_detected,
                           self.genuine - self.real_detected, self.real_detected)

    @property
    def d_prime(self) -> float:
        """Sensitivity: how well genuine and fake headlines are told apart."""
        return self.signal.d_prime

    @property
    def criterion(self) -> float:
        """Bias c: negative when quick to call things fake, positive when quick to trust."""
        return self.signal.criterion

    def as_dict(self) -> dict:
        """The scores as plain data (exports, the report)."""
        return {"discernment": self.discernment, "real_detected": self.real_detected,
                "fake_detected": self.fake_detected, "distrust": self.distrust,
                "naivety": self.naivety, "d_prime": round(self.d_prime, 3),
                "criterion": round(self.criterion, 3), "genuine": self.genuine,
                "fake": self.fake}


def score(form: CheckupForm, ratings) -> Scores:
    """The scores of one student's ratings of a form; ratings of unknown items are ignored,
    and an item rated twice counts once (its last rating)."""
    last = {}
    for rating in ratings:
        if form.item(rating.item_id) is not None:
            last[rating.item_id] = rating
    genuine = fake = real_detected = fake_detected = judged_fake = 0
    for item_id, rating in last.items():
        item = form.item(item_id)
        if item.real:
            genuine += 1
            real_detected += rating.real
        else:
            fake += 1
            fake_detected += not rating.real
        judged_fake += not rating.real
    return Scores(genuine, fake, real_detected, fake_detected, judged_fake,
                  len(last) - judged_fake)


@dataclass(frozen=True, slots=True)
class Interval:
    """A mean change and its 95% interval."""

    mean: float
    low: float
    high: float

    @property
    def up(self) -> bool:
        """The whole interval is above zero."""
        return self.low > 0

    @property
    def down(self) -> bool:
        """The whole interval is below zero."""
        return self.high < 0


@dataclass(frozen=True, slots=True)
class ClassChange:
    """A class's change from the check-up before the game to the one after it."""

    students: int  # with both a pre and a post
    d_prime: Interval | None
    criterion: Interval | None

    @property
    def verdict(self) -> str:
        """What happened, as a code: better, better-and-sceptical, sceptical, credulous,
        worse, unclear, or too-few."""
        if self.d_prime is None or self.criterion is None:
            return "too-few"
        better, worse = self.d_prime.up, self.d_prime.down
        sceptical, credulous = self.criterion.down, self.criterion.up
        if better:
            return "better-and-sceptical" if sceptical else "better"
        if worse:
            return "worse"
        if sceptical:
            return "sceptical"
        if credulous:
            return "credulous"
        return "unclear"


def paired_interval(before: list[float], after: list[float],
                    samples: int = BOOTSTRAP_SAMPLES, seed: int = BOOTSTRAP_SEED) -> Interval:
    """The mean of after - before, with a percentile bootstrap 95% interval over students."""
    changes = [b - a for a, b in zip(before, after)]
    rng = random.Random(seed)
    means = sorted(fmean(rng.choices(changes, k=len(changes))) for _ in range(samples))
    return Interval(fmean(changes), means[int(0.025 * samples)],
                    means[min(samples - 1, int(0.975 * samples))])


def class_change(pairs: list[tuple[Scores, Scores]]) -> ClassChange:
    """The class's change in d' and c from (pre, post) scores of each student who took both."""
    if len(pairs) < 3:  # an interval of one or two students says nothing
        return ClassChange(len(pairs), None, None)
    return ClassChange(
        len(pairs),
        paired_interval([p.d_prime for p, _ in pairs], [q.d_prime for _, q in pairs]),
        paired_interval([p.criterion for p, _ in pairs], [q.criterion for _, q in pairs]))


def counterbalanced_form(student_index: int, phase: str) -> str:
    """Which form a student takes: half the class takes A first, half B; the post-test is the
    other form, and a retention test a few weeks later the first one again."""
    first = "A" if student_index % 2 == 0 else "B"
    other = "B" if first == "A" else "A"
    return {"pre": first, "post": other, "retention": first}[phase]
