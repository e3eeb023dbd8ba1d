"""The state of one investigation, changed only by commands; illegal commands change nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Union

from quest.errors import InvestigationError
from quest.model.scenario import Answer, Clue, Confidence, Scenario, Tool, Weight


@dataclass(frozen=True, slots=True)
class UseTool:
    """Spend the tool's minutes and reveal what it finds."""

    tool: Tool


@dataclass(frozen=True, slots=True)
class PinClue:
    """Pin a found clue to the verdict as evidence."""

    clue: str


@dataclass(frozen=True, slots=True)
class UnpinClue:
    """Take a pinned clue off the verdict."""

    clue: str


@dataclass(frozen=True, slots=True)
class TakeHint:
    """Ask for the next hint (each one costs points)."""


@dataclass(frozen=True, slots=True)
class Decide:
    """Give the verdict; the investigation ends."""

    answer: Answer
    confidence: Confidence


Command = Union[UseTool, PinClue, UnpinClue, TakeHint, Decide]


@dataclass(frozen=True, slots=True)
class Hint:
    """A hint given to the player: the scenario's own text, or the tool that still holds a key clue."""

    index: int
    text_index: int | None  # index into scenario.hints, or None for the game's own hint
    tool: Tool | None


class Investigation:
    """One player's investigation of one scenario.

    `clock` returns seconds (real time, for records only); in-game minutes come from tool costs.
    """

    def __init__(self, scenario: Scenario, clock: Callable[[], float] = lambda: 0.0):
        self.scenario = scenario
        self._clock = clock
        self.started_at = clock()
        self.finished_at: float | None = None
        self.used: list[Tool] = []
        self.found: list[Clue] = []  # in the order found
        self.pinned: list[str] = []
        self.hints: list[Hint] = []
        self.answer: Answer | None = None
        self.confidence: Confidence | None = None
        self._clues = scenario.clues()

    # -- queries ---------------------------------------------------------------------------
    @property
    def minutes_used(self) -> int:
        """In-game minutes spent on tools."""
        return sum(self.scenario.findings(t).cost for t in self.used)

    @property
    def minutes_left(self) -> int:
        """In-game minutes still available."""
        return self.scenario.time_budget - self.minutes_used

    @property
    def decided(self) -> bool:
        """Whether the verdict has been given."""
        return self.answer is not None

    @property
    def seconds(self) -> float:
        """Real seconds from start to verdict (or to now)."""
        end = self.finished_at if self.finished_at is not None else self._clock()
        return max(0.0, end - self.started_at)

    def can_use(self, tool: Tool) -> bool:
        """Whether `tool` may be used now."""
        return (not self.decided and tool not in self.used
                and self.scenario.findings(tool).cost <= self.minutes_left)

    def found_ids(self) -> list[str]:
        """Ids of the clues found so far."""
        return [c.id for c in self.found]

    # -- commands --------------------------------------------------------------------------
    def execute(self, command: Command):
        """Carry out a command, or raise InvestigationError and change nothing."""
        if self.decided:
            raise InvestigationError("the verdict has been given: the investigation is over")
        handler = _HANDLERS.get(type(command))
        if handler is None:
            raise InvestigationError(f"unknown command {command!r}")
        return handler(self, command)

    def _use(self, command: UseTool) -> tuple[Clue, ...]:
        try:
            tool = Tool(command.tool)
        except ValueError:
            raise InvestigationError(f"there is no tool {command.tool!r}") from None
        if tool in self.used:
            raise InvestigationError(f"the {tool} tool has already been used")
        findings = self.scenario.findings(tool)
        if findings.cost > self.minutes_left:
            raise InvestigationError(
                f"the {tool} tool needs {findings.cost} minutes, {self.minutes_left} are left"
            )
        self.used.append(tool)
        self.found.extend(findings.clues)
        return findings.clues

    def _pin(self, command: PinClue) -> None:
        if command.clue not in self._clues:
            raise InvestigationError(f"there is no clue {command.clue!r} in this scenario")
        if command.clue not in self.found_ids():
            raise InvestigationError(f"the clue {command.clue!r} has not been found yet")
        if command.clue in self.pinned:
            raise InvestigationError(f"the clue {command.clue!r} is already pinned")
        self.pinned.append(command.clue)

    def _unpin(self, command: UnpinClue) -> None:
        if command.clue not in self.pinned:
            raise InvestigationError(f"the clue {command.clue!r} is not pinned")
        self.pinned.remove(command.clue)

    def _hint(self, command: TakeHint) -> Hint:
        index = len(self.hints)
        if index < len(self.scenario.hints):
            hint = Hint(index, index, None)
        else:
            tool = self.next_key_tool()
            if tool is None:
                raise InvestigationError("no hint left: every key clue has been found")
            if any(h.tool is tool for h in self.hints):
                raise InvestigationError(f"the hint for the {tool} tool has already been given")
            hint = Hint(index, None, tool)
        self.hints.append(hint)
        return hint

    def next_key_tool(self) -> Tool | None:
        """The first unused tool that still holds a key clue."""
        keys = set(self.scenario.verdict.key_clues)
        for tool in self.scenario.decisive_tools():
            if tool not in self.used and any(c.id in keys for c in self.scenario.tools[tool].clues):
                return tool
        return None

    def _decide(self, command: Decide) -> None:
        if command.answer not in set(Answer):
            raise InvestigationError(f"there is no verdict {command.answer!r}")
        if command.confidence not in set(Confidence):
            raise InvestigationError(f"there is no confidence {command.confidence!r}")
        answer, confidence = Answer(command.answer), Confidence(command.confidence)
        self.answer, self.confidence = answer, confidence
        self.finished_at = self._clock()

    def pinned_weights(self) -> dict[str, Weight]:
        """The weight of every pinned clue."""
        return {cid: self._clues[cid].weight for cid in self.pinned}


_HANDLERS: dict[type, Callable] = {
    UseTool: Investigation._use,
    PinClue: Investigation._pin,
    UnpinClue: Investigation._unpin,
    TakeHint: Investigation._hint,
    Decide: Investigation._decide,
}

