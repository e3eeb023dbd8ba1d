"""The default order of the bundled scenarios: easy ones first, kinds and answers mixed."""

from __future__ import annotations

from collections import Counter

from quest.content.packs import Library
from quest.model.scenario import Scenario


def ordered(library: Library) -> list[Scenario]:
    """Scenarios by difficulty; within a level, alternate answers and kinds so runs vary."""
    by_level: dict[int, list[Scenario]] = {}
    for scenario in library.scenarios.values():
        by_level.setdefault(scenario.difficulty, []).append(scenario)
    out: list[Scenario] = []
    for level in sorted(by_level):
        pool = sorted(by_level[level], key=lambda s: s.id)
        # Guided scenarios teach the toolbox: they come first.
        pool.sort(key=lambda s: not s.guide)
        previous = None
        while pool:
            guided = [s for s in pool if s.guide]
            if guided:
                pick = guided[0]
            else:
                left = Counter(s.verdict.answer for s in pool)

                def fit(s: Scenario) -> tuple:
                    # Another answer than the last, then another kind; among those, the
                    # answer with most cases left, so no answer piles up at the level's end.
                    return (previous is not None and s.verdict.answer == previous.verdict.answer,
                            previous is not None and s.item.kind == previous.item.kind,
                            -left[s.verdict.answer])
                pick = min(pool, key=fit)
            pool.remove(pick)
            out.append(pick)
            previous = pick
    return out
