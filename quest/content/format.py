"""The scenario format (format 1), declared once: the loader checks it and the schema is made of it."""

from __future__ import annotations

from quest.content import validate
from quest.content.shapes import Field, Map, MapOf, Name, Seq, Text
from quest.content.spec import INVALID, Bool, Date, DateTime, ImagePath, Int, Str, Word
from quest.content.yamltree import Scalar
from quest.i18n import N_
from quest.message import Message
from quest.model.scenario import (
    FORMAT_VERSION,
    MAX_DIFFICULTY,
    MIN_DIFFICULTY,
    SLUG_PATTERN,
    Answer,
    Clue,
    Debrief,
    DEFAULT_TOOL_COST,
    EVIDENCE_CLAIMS,
    Evidence,
    GuideStep,
    Item,
    ItemKind,
    Scenario,
    Source,
    Stats,
    Technique,
    Tool,
    ToolFindings,
    Verdict,
    Weight,
)

SLUG = SLUG_PATTERN
MAX_COUNT = 10**10  # counts shown on posts: anything a real platform could show
MAX_TOOL_COST = 60
MIN_TIME_BUDGET, MAX_TIME_BUDGET = 5, 180

class FormatVersion(Int):
    """The format version this program reads."""

    def __init__(self):
        super().__init__(FORMAT_VERSION, FORMAT_VERSION, N_("the format version"))

    def check(self, node, ctx):
        if type(node) is Scalar and node.plain and self._digits.fullmatch(node.value) and \
                len(node.value) <= 6 and int(node.value) != FORMAT_VERSION:
            return ctx.error(node, Message("expected format {version}, found {found}: this "
                                           "version of MIL Quest reads format {version} files",
                                           version=FORMAT_VERSION, found=node.value),
                             "format-version")
        return super().check(node, ctx)


slug = Str(N_("an id of lowercase letters, digits and hyphens (like old-photo)"), max_length=64,
           pattern=SLUG)
text = Text()
tool_word = Word(Tool, N_("a tool"))

source = Map(
    N_("the source"),
    [
        Field("name", Name(), description="Display name of the account, outlet or sender: "
              "one name for every language, or a name per language."),
        Field("handle", Str(N_("a handle like @almaty_alert24"), max_length=80), False,
              "Account handle, shown under the name."),
        Field("url", Str(N_("a web address starting with http:// or https://"), max_length=500,
                         pattern=r"^https?://\S+$"), False,
              "Address of the site or profile; the URL tool studies it."),
        Field("verified", Bool(), False, "Whether the platform shows a verified mark.", False),
        Field("followers", Int(0, MAX_COUNT, N_("a count")), False, "Followers or subscribers."),
        Field("created", Date(), False, "When the account or site was created."),
    ],
    build=lambda v: Source(**v),
)

stats = Map(
    N_("the counts"),
    [
        Field(name, Int(0, MAX_COUNT, N_("a count")), False, f"Number of {name}.")
        for name in ("likes", "shares", "comments", "views")
    ],
    build=lambda v: Stats(**v),
)

item = Map(
    N_("the item"),
    [
        Field("kind", Word(ItemKind, N_("an item kind")),
              description="How the item is drawn: " + ", ".join(ItemKind) + "."),
        Field("source", source, description="Who published it."),
        Field("published", DateTime(), False, "When it was published, with UTC offset."),
        Field("headline", text, False, "Headline, or the bold first line of a post."),
        Field("body", text, False, "Text of the post, article lede or message."),
        Field("image", ImagePath(), False, "Picture shown with the item, relative to this file."),
        Field("image_alt", text, False, "What the picture shows, in words (required with image)."),
        Field("caption", text, False, "Caption under the picture."),
        Field("byline", text, False, "Author line of a news article."),
        Field("link", Str(N_("a link"), max_length=500), False,
              "Where the item's link or button leads; the link tool studies it."),
        Field("cta", text, False, "Call-to-action button text of an ad."),
        Field("forwarded", Bool(), False, "Messenger: marked 'Forwarded many times'.", False),
        Field("stats", stats, False, "Likes, shares, comments, views.", Stats()),
    ],
    build=lambda v: Item(**v),
    check_whole=validate.check_item,
    dependent={"image": ["image_alt"]},
)

class EvidenceShape(MapOf):
    """One analysis and what it shows: {search: images/old.jpg}, {metadata: software}, ..."""

    def __init__(self):
        super().__init__(Word(Evidence, N_("an analysis")),
                         Str(N_("what the analysis shows"), max_length=260),
                         N_("the evidence, one analysis and what it shows, like {ela: uneven}"))

    def check(self, node, ctx):
        found = super().check(node, ctx)
        if found is INVALID:
            return INVALID
        if len(found) != 1:
            return ctx.error(node, Message("expected one analysis and what it shows, like "
                                           "{{ela: uneven}}, found {count}", count=len(found)),
                             "evidence-count")
        (analysis, claim), = found.items()
        analysis = Evidence(analysis)
        allowed = EVIDENCE_CLAIMS[analysis]
        is_file = analysis is Evidence.SEARCH and ImagePath.looks_like(claim)
        if claim not in allowed and not is_file:
            choices = ", ".join(allowed)
            if analysis is Evidence.SEARCH:
                choices = f"an archived picture's file (like images/old.jpg) or {choices}"
            return ctx.error(node, Message("expected {analysis} evidence to be {choices}, "
                                           "found {claim!r}", analysis=str(analysis),
                                           choices=choices, claim=claim), "evidence-claim")
        return analysis, claim


evidence = EvidenceShape()

clue = Map(
    N_("a clue"),
    [
        Field("id", slug, description="Id of the clue, unique in this scenario."),
        Field("text", text, description="What the tool finds, specifically."),
        Field("weight", Word(Weight, N_("a clue weight")),
              description="strong or weak evidence, or a herring that leads astray."),
        Field("image", ImagePath(), False, "A picture the tool shows (the original photo, ...)."),
        Field("image_alt", text, False, "What that picture shows, in words."),
        Field("evidence", evidence, False, "The analysis of the item's picture this clue "
              "explains (image tool only), e.g. {search: images/old.jpg} or {ela: uneven}."),
    ],
    check_whole=validate.check_clue,
    dependent={"image": ["image_alt"]},
)

findings = Map(
    N_("a tool's findings"),
    [
        Field("cost", Int(0, MAX_TOOL_COST, N_("a number of minutes")), False,
              "Minutes the tool takes here (default: the tool's usual cost)."),
        Field("clues", Seq(clue, N_("a list of clues"), max_items=12), False,
              "What the tool finds.", ()),
    ],
)


def _build_findings(tool, values) -> ToolFindings:
    clues = tuple(Clue(tool=tool, **c) for c in values["clues"])
    return ToolFindings(tool, values.get("cost", DEFAULT_TOOL_COST[tool]), clues)


guide_step = Map(
    N_("a guide step"),
    [
        Field("tool", tool_word, description="The tool to suggest."),
        Field("why", text, description="Why this step matters, said to the player."),
    ],
    build=lambda v: GuideStep(**v),
)

verdict = Map(
    N_("the verdict"),
    [
        Field("answer", Word(Answer, N_("a verdict")), description="The right answer."),
        Field("key_clues", Seq(slug, N_("a list of clue ids"), min_items=1, max_items=12,
                               unique=True),
              description="Ids of the clues that justify the answer."),
    ],
    build=lambda v: Verdict(**v),
)

debrief = Map(
    N_("the debrief"),
    [
        Field("summary", text, description="What was really going on."),
        Field("lesson", text, description="The technique and how to spot it."),
        Field("tips", Seq(text, N_("a list of tips"), max_items=6), False, "Habits to keep.", ()),
    ],
    build=lambda v: Debrief(**v),
)


scenario = Map(
    N_("the scenario"),
    [
        Field("format", FormatVersion(), description="Version of the scenario format; always 1."),
        Field("id", slug, description="Unique id of the scenario, e.g. almaty-quake-warning."),
        Field("languages", validate.LANGUAGES,
              description="Languages every text of this file is written in, e.g. [kk, ru, en]."),
        Field("title", text, description="Title shown on the scenario card."),
        Field("difficulty", Int(MIN_DIFFICULTY, MAX_DIFFICULTY, N_("a difficulty")),
              description="1 easy, 2 medium, 3 hard."),
        Field("techniques", Seq(Word(Technique, N_("a technique")), N_("a list of techniques"),
                                max_items=6, unique=True),
              description="Manipulation techniques used; empty for genuine items."),
        Field("time_budget", Int(MIN_TIME_BUDGET, MAX_TIME_BUDGET, N_("a number of minutes")),
              description="Minutes of in-game investigation time."),
        Field("item", item, description="The suspicious item."),
        Field("tools", MapOf(tool_word, findings, N_("the tools"), build=_build_findings),
              description="What each tool finds here; unlisted tools find nothing."),
        Field("hints", Seq(text, N_("a list of hints"), max_items=6), False,
              "Hints shown one at a time on request; each costs points.", ()),
        Field("guide", Seq(guide_step, N_("a list of guide steps"), max_items=12), False,
              "A guided walk-through for new players.", ()),
        Field("verdict", verdict, description="The right answer and its key clues."),
        Field("debrief", debrief, description="Shown after the verdict."),
    ],
    build=lambda v: Scenario(**v),
    check_whole=validate.check_scenario,
)
