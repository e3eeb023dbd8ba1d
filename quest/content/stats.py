"""The balance of a set of scenarios, measured against the rules of a good set."""

from __future__ import annotations

from dataclasses import dataclass, field

from quest.message import Message, Plural
from quest.model.scenario import Answer, ItemKind, Scenario, Technique, Tool

# The rules of a balanced set (the content brief): trusting true news is rewarded as much as
# catching fakes, so a third or more is genuine; the whole toolbox and every technique matter.
MIN_GENUINE_SHARE = 1 / 3
MIN_DECISIVE_PER_TOOL = 2
MIN_PER_TECHNIQUE = 1
MIN_PER_DIFFICULTY = 10
MIN_PER_KIND = 1


@dataclass
class Balance:
    """Counts of a set of scenarios and the rules they do not meet yet."""

    scenarios: int
    answers: dict[str, int]
    difficulties: dict[int, int]
    kinds: dict[str, int]
    decisive_tools: dict[str, int]
    techniques: dict[str, int]
    guided: int
    shortfalls: list[Message] = field(default_factory=list)

    @property
    def genuine_share(self) -> float:
        """The share of genuine items."""
        return self.answers.get(Answer.GENUINE, 0) / self.scenarios if self.scenarios else 0.0

    def as_dict(self) -> dict:
        """The figures as plain data for JSON output."""
        return {
            "scenarios": self.scenarios,
            "answers": dict(self.answers),
            "genuine_share": round(self.genuine_share, 3),
            "difficulties": {str(k): v for k, v in self.difficulties.items()},
            "kinds": dict(self.kinds),
            "decisive_tools": dict(self.decisive_tools),
            "techniques": dict(self.techniques),
            "guided": self.guided,
            "shortfalls": list(self.shortfalls),
        }


def balance(scenarios: list[Scenario]) -> Balance:
    """Count answers, difficulties, kinds, decisive tools and techniques; list the shortfalls."""
    answers = {str(a): 0 for a in Answer}
    difficulties = {level: 0 for level in (1, 2, 3)}
    kinds = {str(k): 0 for k in ItemKind}
    tools = {str(t): 0 for t in Tool}
    techniques = {str(t): 0 for t in Technique}
    for scenario in scenarios:
        answers[str(scenario.verdict.answer)] += 1
        difficulties[scenario.difficulty] += 1
        kinds[str(scenario.item.kind)] += 1
        for tool in scenario.decisive_tools():
            tools[str(tool)] += 1
        for technique in scenario.techniques:
            techniques[str(technique)] += 1
    result = Balance(len(scenarios), answers, difficulties, kinds, tools, techniques,
                     sum(1 for s in scenarios if s.guide))
    short = result.shortfalls
    if result.genuine_share < MIN_GENUINE_SHARE:
        short.append(Message("genuine items: {genuine} of {count}, expected a third or more",
                             genuine=answers["genuine"], count=len(scenarios)))
    for level, count in difficulties.items():
        if count < MIN_PER_DIFFICULTY:
            short.append(Message("difficulty {level}: {found}, expected {least} or more",
                                 level=level, found=_scenarios(count),
                                 least=MIN_PER_DIFFICULTY))
    for name, count in kinds.items():
        if count < MIN_PER_KIND:
            short.append(Message("item kind {name}: not used", name=name))
    for name, count in tools.items():
        if count < MIN_DECISIVE_PER_TOOL:
            short.append(Message("tool {name}: decisive in {found}, expected {least} or more",
                                 name=name, found=_scenarios(count),
                                 least=MIN_DECISIVE_PER_TOOL))
    for name, count in techniques.items():
        if count < MIN_PER_TECHNIQUE:
            short.append(Message("technique {name}: not used", name=name))
    return result


def _scenarios(count: int) -> Plural:
    return Plural("{count} scenario", "{count} scenarios", count)


def report(result: Balance) -> list[Message]:
    """The balance as lines of text for `mil-quest check --stats`."""
    def counts(table: dict) -> str:
        return ", ".join(f"{name} {count}" for name, count in table.items())

    levels = ", ".join(f"{level}: {count}" for level, count in result.difficulties.items())
    lines = [
        Message("balance of {scenarios} ({guided} guided):",
                scenarios=_scenarios(result.scenarios), guided=result.guided),
        Message("  answers: {answers} (genuine {share:.0%})", answers=counts(result.answers),
                share=result.genuine_share),
        Message("  difficulty levels: {levels}", levels=levels),
        Message("  item kinds: {kinds}", kinds=counts(result.kinds)),
        Message("  decisive tools: {tools}", tools=counts(result.decisive_tools)),
        Message("  techniques: {techniques}", techniques=counts(result.techniques)),
    ]
    if result.shortfalls:
        lines.append(Message("  not balanced yet:"))
        lines += [Message("    - {item}", item=item) for item in result.shortfalls]
    else:
        lines.append(Message("  balanced: every rule of a good set is met"))
    return lines
