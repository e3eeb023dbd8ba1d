"""Points for a verdict; every rule is a named constant, explained in docs/scoring.md."""

from __future__ import annotations

from dataclasses import dataclass

from quest.errors import InvestigationError
from quest.model.investigation import Decide, Investigation, PinClue, UseTool
from quest.model.scenario import Answer, Confidence, Weight

# The right answer, scaled by difficulty: a hard case is worth twice an easy one.
VERDICT_POINTS = {1: 100, 2: 150, 3: 200}
# Right about trust, wrong about the kind (e.g. "fake" for a misleading item): partial credit,
# because the player would not have spread it.
NEAR_MISS_SHARE = 0.4
# Calibration: being sure and right earns most, being sure and wrong costs most.
CONFIDENCE_BONUS = {Confidence.UNSURE: 0, Confidence.LIKELY: 15, Confidence.SURE: 30}
CONFIDENCE_PENALTY = {Confidence.UNSURE: 0, Confidence.LIKELY: -20, Confidence.SURE: -60}
# Evidence: each key clue pinned earns, each herring pinned costs.
KEY_CLUE_POINTS = 20
HERRING_POINTS = -15
# Efficiency: each minute left earns a point, only with the exactly right answer, so that
# guessing fast does not pay.
POINTS_PER_MINUTE_LEFT = 1
HINT_POINTS = -10


class Outcome:
    """How a verdict compares with the truth."""

    RIGHT = "right"  # the exact answer
    NEAR = "near"  # right about whether to trust it, wrong about the kind
    WRONG = "wrong"  # trusted a non-genuine item, or distrusted a genuine one


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the points breakdown: a rule, how many times it applied, its points."""

    rule: str  # verdict | confidence | key_clues | herrings | time | hints
    count: int
    points: int


@dataclass(frozen=True, slots=True)
class Score:
    """The points of one verdict, line by line."""

    outcome: str
    lines: tuple[Line, ...]

    @property
    def total(self) -> int:
        """The sum of the lines."""
        return sum(line.points for line in self.lines)

    @property
    def correct(self) -> bool:
        """Whether the exact answer was given."""
        return self.outcome == Outcome.RIGHT


def outcome(truth: Answer, answer: Answer) -> str:
    """Right, near miss or wrong."""
    if answer == truth:
        return Outcome.RIGHT
    if (truth == Answer.GENUINE) == (answer == Answer.GENUINE):
        return Outcome.NEAR
    return Outcome.WRONG


def score_parts(
    *,
    difficulty: int,
    truth: Answer,
    answer: Answer,
    confidence: Confidence,
    key_clues: int,
    herrings: int,
    minutes_left: int,
    hints: int,
) -> Score:
    """The points for a verdict described by its counts."""
    result = outcome(Answer(truth), Answer(answer))
    confidence = Confidence(confidence)
    base = VERDICT_POINTS[difficulty]
    if result == Outcome.RIGHT:
        verdict, calibration = base, CONFIDENCE_BONUS[confidence]
        time = minutes_left * POINTS_PER_MINUTE_LEFT
    elif result == Outcome.NEAR:
        verdict, calibration, time = round(base * NEAR_MISS_SHARE), 0, 0
    else:
        verdict, calibration, time = 0, CONFIDENCE_PENALTY[confidence], 0
    lines = (
        Line("verdict", 1, verdict),
        Line("confidence", 1, calibration),
        Line("key_clues", key_clues, key_clues * KEY_CLUE_POINTS),
        Line("herrings", herrings, herrings * HERRING_POINTS),
        Line("time", minutes_left if time else 0, time),
        Line("hints", hints, hints * HINT_POINTS),
    )
    return Score(result, lines)


def score(investigation: Investigation, hints: int | None = None) -> Score:
    """The points of a decided investigation (with `hints` taken, when they are only counted)."""
    if not investigation.decided:
        raise ValueError("an investigation is scored only after its verdict")
    scenario = investigation.scenario
    weights = investigation.pinned_weights()
    keys = set(scenario.verdict.key_clues)
    return score_parts(
        difficulty=scenario.difficulty,
        truth=scenario.verdict.answer,
        answer=investigation.answer,
        confidence=investigation.confidence,
        key_clues=sum(1 for cid in weights if cid in keys),
        herrings=sum(1 for w in weights.values() if w is Weight.HERRING),
        minutes_left=investigation.minutes_left,
        hints=len(investigation.hints) if hints is None else hints,
    )


def rescore(scenario, *, tools, pinned, hints: int, answer: str, confidence: str) -> Score:
    """The score of a verdict told by what the team did, as another computer or a phone
    reports it: the tools in the order used, the clues pinned, the number of hints.

    Raises InvestigationError when it could not have happened (a clue pinned that no tool
    used finds, more minutes than the budget, more hints than the scenario can give).
    """
    investigation = Investigation(scenario)
    for tool in tools:
        investigation.execute(UseTool(tool))
    for clue in pinned:
        investigation.execute(PinClue(clue))
    # Only the number of hints counts; which tool a game-made hint named depended on when it
    # was asked for, so hints are counted against the most the scenario can give.
    most = len(scenario.hints) + sum(
        1 for tool in scenario.decisive_tools()
        if set(c.id for c in scenario.tools[tool].clues) & set(scenario.verdict.key_clues))
    if not 0 <= hints <= most:
        raise InvestigationError(f"expected at most {most} hints in this scenario, found {hints}")
    investigation.execute(Decide(answer, confidence))
    return score(investigation, hints=hints)


def best_possible(scenario) -> int:
    """The most a verdict on this scenario can earn: the decisive tools only, every key clue."""
    needed = sum(scenario.findings(t).cost for t in scenario.decisive_tools())
    return score_parts(
        difficulty=scenario.difficulty,
        truth=scenario.verdict.answer,
        answer=scenario.verdict.answer,
        confidence=Confidence.SURE,
        key_clues=len(scenario.verdict.key_clues),
        herrings=0,
        minutes_left=scenario.time_budget - needed,
        hints=0,
    ).total
