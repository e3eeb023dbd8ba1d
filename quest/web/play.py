"""One team's investigation of one round, run on the host for a phone: the pure model does the
work, and `case` says only what the team may see.

A phone never holds the scenario: it sends commands (use a tool, pin a clue, take a hint,
decide) and receives the case as it now stands. Clues are named by handles in the order found
(c0, c1, ...), never by their ids, and never with their weights; pictures by tokens made when
they are shown. The answer, the key clues and the debrief are added only after the verdict.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from quest.errors import InvestigationError
from quest.model.investigation import Decide, Investigation, PinClue, TakeHint, UnpinClue, UseTool
from quest.model.scenario import Answer, Confidence, Scenario, Text, Tool
from quest.model.scoring import Score, score

# Why a command changed nothing, as the page's words know it.
NOTICE_NO_TIME, NOTICE_USED, NOTICE_UNKNOWN_CLUE, NOTICE_OVER = "no-time", "used", \
    "unknown-clue", "over"


def _said(text: Text | None, lang: str) -> str | None:
    return text.get(lang) if text is not None else None


@dataclass
class Pictures:
    """The pictures the host has shown, by token: a token exists only once a picture was sent."""

    by_token: dict[str, Path] = field(default_factory=dict)
    _tokens: dict[Path, str] = field(default_factory=dict)

    def token(self, path: Path) -> str:
        """The URL of a picture the team is being shown (the same path keeps its token)."""
        if path not in self._tokens:
            token = secrets.token_urlsafe(16)
            self._tokens[path], self.by_token[token] = token, path
        return f"/img/{self._tokens[path]}"

    def path(self, token: str) -> Path | None:
        """The file of a token handed out, or None."""
        return self.by_token.get(token)


class WebCase:
    """A team's investigation of a round on the host, and what the page may see of it."""

    def __init__(self, scenario: Scenario, round_number: int, image_path: Callable[[str], Path],
                 pictures: Pictures, clock: Callable[[], float]):
        self.scenario = scenario
        self.round = round_number
        self.investigation = Investigation(scenario, clock)
        self.image_path = image_path
        self.pictures = pictures
        self.handles: dict[str, str] = {}  # handle -> clue id, for the clues found
        self.result: Score | None = None

    # -- commands --------------------------------------------------------------------------
    def use(self, tool: str) -> str | None:
        """Use a tool; a notice code when it cannot be used now."""
        try:
            tool = Tool(tool)
        except ValueError:
            return NOTICE_USED
        if self.investigation.decided:
            return NOTICE_OVER
        if tool in self.investigation.used:
            return NOTICE_USED
        try:
            self.investigation.execute(UseTool(tool))
        except InvestigationError:
            return NOTICE_NO_TIME
        for clue in self.investigation.found:
            if clue.id not in self.handles.values():
                self.handles[f"c{len(self.handles)}"] = clue.id
        return None

    def pin(self, handle: str, on: bool) -> str | None:
        """Pin or unpin a found clue by its handle."""
        clue = self.handles.get(handle)
        if clue is None:
            return NOTICE_UNKNOWN_CLUE
        pinned = clue in self.investigation.pinned
        if pinned == on:
            return None
        try:
            self.investigation.execute(PinClue(clue) if on else UnpinClue(clue))
        except InvestigationError:
            return NOTICE_OVER
        return None

    def hint(self) -> str | None:
        """Take the next hint."""
        try:
            self.investigation.execute(TakeHint())
        except InvestigationError:
            return NOTICE_OVER
        return None

    def decide(self, answer: str, confidence: str) -> Score:
        """Give the verdict and score it (InvestigationError when already given)."""
        self.investigation.execute(Decide(Answer(answer), Confidence(confidence)))
        self.result = score(self.investigation)
        return self.result

    # -- what the page sees ----------------------------------------------------------------
    def hint_left(self) -> bool:
        """Whether another hint can be given."""
        taken = len(self.investigation.hints)
        return not self.investigation.decided and (
            taken < len(self.scenario.hints) or self.investigation.next_key_tool() is not None)

    def case(self, lang: str, gettext: Callable[[str], str], notice: str | None = None) -> dict:
        """The round as the team may see it now, its texts in `lang`."""
        from quest.ui import labels  # the game's names of tools, answers and score lines

        inv = self.investigation
        tools = []
        for tool in Tool:
            cost = self.scenario.findings(tool).cost
            tools.append({"tool": str(tool), "name": gettext(labels.TOOL_NAMES[tool]),
                          "action": gettext(labels.TOOL_ACTIONS[tool]), "cost": cost,
                          "used": tool in inv.used, "usable": inv.can_use(tool)})
        by_id = {clue_id: handle for handle, clue_id in self.handles.items()}
        found = []
        for clue in inv.found:
            found.append({"handle": by_id[clue.id], "tool": str(clue.tool),
                          "text": clue.text.get(lang), "image": self._picture(clue.image),
                          "image_alt": _said(clue.image_alt, lang),
                          "pinned": clue.id in inv.pinned})
        hints = []
        for hint in inv.hints:
            if hint.text_index is not None:
                hints.append(self.scenario.hints[hint.text_index].get(lang))
            else:
                hints.append(gettext("Hint: try the “{tool}” tool.").format(
                    tool=gettext(labels.TOOL_NAMES[hint.tool])))
        return {"type": "case", "round": self.round, "lang": lang,
                "budget": self.scenario.time_budget, "minutes_left": inv.minutes_left,
                "decided": inv.decided, "item": self._item(lang, gettext), "tools": tools,
                "found": found, "hints": hints, "hint_left": self.hint_left(),
                "notice": notice, "debrief": self._debrief(lang, gettext)}

    def _picture(self, relative: str | None) -> str | None:
        return self.pictures.token(self.image_path(relative)) if relative else None

    def _item(self, lang: str, gettext) -> dict:
        from quest.ui import labels

        item = self.scenario.item
        source = item.source
        return {
            "kind": str(item.kind), "kind_name": gettext(labels.KIND_NAMES[item.kind]),
            "headline": _said(item.headline, lang), "body": _said(item.body, lang),
            "caption": _said(item.caption, lang), "byline": _said(item.byline, lang),
            "cta": _said(item.cta, lang), "link": item.link, "forwarded": item.forwarded,
            "published": item.published.isoformat() if item.published else None,
            "source": {"name": source.name.get(lang), "handle": source.handle,
                       "url": source.url, "verified": source.verified,
                       "followers": source.followers,
                       "created": source.created.isoformat() if source.created else None},
            "stats": {"likes": item.stats.likes, "shares": item.stats.shares,
                      "comments": item.stats.comments, "views": item.stats.views},
            "image": self._picture(item.image), "image_alt": _said(item.image_alt, lang),
        }

    def _debrief(self, lang: str, gettext) -> dict | None:
        """What the debrief shows, once the team has given its verdict; None before."""
        from quest.ui import labels

        if self.result is None:
            return None
        inv, scenario, result = self.investigation, self.scenario, self.result
        clues = scenario.clues()
        return {
            "truth": str(scenario.verdict.answer),
            "truth_name": gettext(labels.ANSWER_NAMES[scenario.verdict.answer]),
            "answer": str(inv.answer), "answer_name": gettext(labels.ANSWER_NAMES[inv.answer]),
            "confidence": str(inv.confidence),
            "confidence_name": gettext(labels.CONFIDENCE_NAMES[inv.confidence]),
            "outcome": result.outcome, "outcome_name": gettext(labels.OUTCOME_NAMES[
                result.outcome]),
            "total": result.total,
            "lines": [{"rule": line.rule, "name": gettext(labels.SCORE_LINES[line.rule]),
                       "count": line.count, "points": line.points} for line in result.lines],
            "summary": scenario.debrief.summary.get(lang),
            "lesson": scenario.debrief.lesson.get(lang),
            "tips": [tip.get(lang) for tip in scenario.debrief.tips],
            "techniques": [gettext(labels.TECHNIQUE_NAMES[t]) for t in scenario.techniques],
            "key_clues": [clues[cid].text.get(lang) for cid in scenario.verdict.key_clues
                          if cid in clues],
        }
