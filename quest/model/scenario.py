"""The scenario model (format 1) and its vocabularies, defined once for the whole program."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

FORMAT_VERSION = 1
# Ids of scenarios and clues: lowercase Latin letters and digits in hyphen-joined words, at
# most MAX_ID_LENGTH characters. The one pattern every reader of ids uses (files, exports,
# the network, the command line); the JSON Schema carries it too.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MAX_ID_LENGTH = 64
_SLUG = re.compile(SLUG_PATTERN)


def is_slug(value) -> bool:
    """Whether `value` is a well-formed id (the whole string: no line feed after it)."""
    return isinstance(value, str) and len(value) <= MAX_ID_LENGTH and \
        _SLUG.fullmatch(value) is not None


class ItemKind(StrEnum):
    """What the suspicious item looks like on screen."""

    SOCIAL_POST = "social_post"
    NEWS_ARTICLE = "news_article"
    MESSENGER = "messenger"
    PHOTO = "photo"
    VIDEO_STILL = "video_still"
    AD = "ad"


class Tool(StrEnum):
    """The fact-checker's toolbox; the order is the order of the number keys."""

    SOURCE = "source"
    AUTHOR = "author"
    URL = "url"
    DATE = "date"
    IMAGE = "image"
    LATERAL = "lateral"
    QUOTE = "quote"
    DATA = "data"
    AI = "ai"
    ACCOUNT = "account"
    LINK = "link"
    EMOTION = "emotion"


# Minutes a tool costs when a scenario does not say otherwise: quick looks are cheap,
# searches that take real effort (reverse image search, reading laterally) are dear.
DEFAULT_TOOL_COST: dict[Tool, int] = {
    Tool.SOURCE: 5,
    Tool.AUTHOR: 5,
    Tool.URL: 2,
    Tool.DATE: 3,
    Tool.IMAGE: 10,
    Tool.LATERAL: 10,
    Tool.QUOTE: 6,
    Tool.DATA: 8,
    Tool.AI: 6,
    Tool.ACCOUNT: 5,
    Tool.LINK: 2,
    Tool.EMOTION: 2,
}


class Answer(StrEnum):
    """The verdicts a player can give."""

    GENUINE = "genuine"
    FAKE = "fake"
    MISLEADING = "misleading"
    SATIRE = "satire"
    UNVERIFIED = "unverified"


class Weight(StrEnum):
    """How much a clue tells: strong and weak clues help, herrings lead astray."""

    STRONG = "strong"
    WEAK = "weak"
    HERRING = "herring"


class Evidence(StrEnum):
    """The analysis of the item's own picture a clue rests on (quest.forensics computes it)."""

    SEARCH = "search"  # the reverse image search over the archive
    METADATA = "metadata"  # EXIF and XMP
    ELA = "ela"  # error level analysis


# What a clue may claim an analysis shows; a search names an archived picture's file instead.
EVIDENCE_CLAIMS = {
    Evidence.SEARCH: ("none",),
    Evidence.METADATA: ("camera", "date", "software", "gps", "none"),
    Evidence.ELA: ("uneven", "even"),
}


class Confidence(StrEnum):
    """How sure the player says they are of their verdict."""

    UNSURE = "unsure"
    LIKELY = "likely"
    SURE = "sure"


class Technique(StrEnum):
    """The manipulation techniques a scenario can be tagged with (docs/scenario-format.md)."""

    IMPERSONATION = "impersonation"
    FAKE_AUTHORITY = "fake-authority"
    FEAR_APPEAL = "fear-appeal"
    OUTRAGE = "outrage"
    CLICKBAIT = "clickbait"
    OUT_OF_CONTEXT = "out-of-context"
    MANIPULATED_IMAGE = "manipulated-image"
    AI_GENERATED = "ai-generated"
    FAKE_QUOTE = "fake-quote"
    MISLEADING_DATA = "misleading-data"
    RECYCLED_NEWS = "recycled-news"
    BOTS_AND_TROLLS = "bots-and-trolls"
    PHISHING = "phishing"
    SATIRE_TAKEN_SERIOUSLY = "satire-taken-seriously"
    CONSPIRACY = "conspiracy"
    EMOTIONAL_STORY = "emotional-story"


MIN_DIFFICULTY, MAX_DIFFICULTY = 1, 3


# The languages shown, in order, when a scenario lacks the player's: the most widely read first.
FALLBACK_LANGUAGES = ("en", "ru", "kk")


@dataclass(frozen=True, slots=True)
class Text:
    """A localized string: one translation per language code."""

    translations: dict[str, str]

    def get(self, lang: str, fallbacks: tuple[str, ...] = FALLBACK_LANGUAGES) -> str:
        """The text in `lang`, else in the first fallback that has it, else any."""
        for code in (lang, *fallbacks):
            value = self.translations.get(code)
            if value:
                return value
        return next(iter(self.translations.values()), "")

    def has(self, lang: str) -> bool:
        """Whether a non-empty translation exists for `lang`."""
        return bool(self.translations.get(lang))


@dataclass(frozen=True, slots=True)
class Source:
    """Who published the item."""

    name: Text
    handle: str | None = None
    url: str | None = None
    verified: bool = False
    followers: int | None = None
    created: date | None = None


@dataclass(frozen=True, slots=True)
class Stats:
    """Engagement counts shown on the item."""

    likes: int | None = None
    shares: int | None = None
    comments: int | None = None
    views: int | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """The suspicious item the player investigates."""

    kind: ItemKind
    source: Source
    published: datetime | None = None
    headline: Text | None = None
    body: Text | None = None
    image: str | None = None
    image_alt: Text | None = None
    caption: Text | None = None
    byline: Text | None = None
    link: str | None = None
    cta: Text | None = None
    forwarded: bool = False
    stats: Stats = field(default_factory=Stats)


@dataclass(frozen=True, slots=True)
class Clue:
    """A finding a tool reveals in this scenario."""

    id: str
    tool: Tool
    text: Text
    weight: Weight
    image: str | None = None
    image_alt: Text | None = None
    # (analysis, claim): what the computation on the item's picture shows, which the clue's
    # text explains; `mil-quest check` warns when the computation does not show it.
    evidence: tuple[Evidence, str] | None = None


@dataclass(frozen=True, slots=True)
class ToolFindings:
    """What one tool costs and finds in a scenario."""

    tool: Tool
    cost: int
    clues: tuple[Clue, ...] = ()


@dataclass(frozen=True, slots=True)
class GuideStep:
    """One suggested step of a guided walk-through."""

    tool: Tool
    why: Text


@dataclass(frozen=True, slots=True)
class Verdict:
    """The right answer and the clues that justify it."""

    answer: Answer
    key_clues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Debrief:
    """What was really going on, the lesson, and habits to keep."""

    summary: Text
    lesson: Text
    tips: tuple[Text, ...] = ()


@dataclass(frozen=True, slots=True)
class Scenario:
    """One complete scenario in all its languages."""

    id: str
    languages: tuple[str, ...]
    title: Text
    difficulty: int
    techniques: tuple[Technique, ...]
    time_budget: int
    item: Item
    tools: dict[Tool, ToolFindings]
    verdict: Verdict
    debrief: Debrief
    hints: tuple[Text, ...] = ()
    guide: tuple[GuideStep, ...] = ()
    format: int = FORMAT_VERSION

    def shown_language(self, lang: str) -> str:
        """The language the scenario is shown in for a player who chose `lang`."""
        if lang in self.languages:
            return lang
        return next((code for code in FALLBACK_LANGUAGES if code in self.languages),
                    self.languages[0])

    def findings(self, tool: Tool | str) -> ToolFindings:
        """What `tool` costs and finds here; an unlisted tool finds nothing at its default cost."""
        tool = Tool(tool)
        found = self.tools.get(tool)
        return found if found is not None else ToolFindings(tool, DEFAULT_TOOL_COST[tool])

    def clues(self) -> dict[str, Clue]:
        """Every clue of the scenario by id, in toolbox order."""
        return {c.id: c for t in Tool if t in self.tools for c in self.tools[t].clues}

    def decisive_tools(self) -> tuple[Tool, ...]:
        """The tools that reveal at least one key clue, in toolbox order."""
        keys = set(self.verdict.key_clues)
        return tuple(
            t for t in Tool if t in self.tools and any(c.id in keys for c in self.tools[t].clues)
        )
