"""What loading one scenario file gave: kept apart from the loader so a cached library needs
no YAML machinery."""

from __future__ import annotations

from dataclasses import dataclass, field

from quest.errors import Problem, ScenarioError
from quest.model.scenario import Scenario


@dataclass
class LoadResult:
    """What loading one file gave: the scenario (None on error) and every problem found."""

    label: str
    scenario: Scenario | None
    problems: list[Problem] = field(default_factory=list)
    images: list[tuple[str, int, int]] = field(default_factory=list)
    id_position: tuple[int, int] = (1, 1)
    texts: int = 0
    translated: dict[str, int] = field(default_factory=dict)
    untranslated: dict[str, int] = field(default_factory=dict)  # missing or empty, per language
    languages: tuple[str, ...] = ()

    @property
    def errors(self) -> list[Problem]:
        """The problems that make the file unusable."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """The problems worth fixing that do not stop the file from loading."""
        return [p for p in self.problems if p.severity == "warning"]

    def require(self) -> Scenario:
        """The scenario, or a ScenarioError carrying the problems."""
        if self.scenario is None:
            raise ScenarioError(self.problems)
        return self.scenario
