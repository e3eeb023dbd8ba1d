"""Rules that span several fields of a scenario: clue ids, key clues, pictures, time."""

from __future__ import annotations

from quest.content.spec import INVALID, LANG_PATTERN, Context, Seq, Str, suggest
from quest.content.yamltree import Mapping, find
from quest.model.scenario import Answer, Weight


class Languages(Seq):
    """The declared languages; every Text after them is held to them."""

    def __init__(self):
        super().__init__(Str("a language code like kk, ru or en", max_length=3,
                             pattern=LANG_PATTERN),
                         "a list of language codes", min_items=1, max_items=12, unique=True)

    def check(self, node, ctx: Context):
        value = super().check(node, ctx)
        if value is not INVALID:
            ctx.languages = value
        return value


LANGUAGES = Languages()

# Items drawn mostly as a picture need one; the others need some text to read.
PICTURE_KINDS = ("photo", "video_still")


def check_item(values: dict, node: Mapping, ctx: Context) -> None:
    """An item has something to show, and every picture has its words."""
    _picture_needs_alt(values, node, ctx)
    if values["kind"] in PICTURE_KINDS and "image" not in values:
        ctx.error(node, f"expected an image for a {values['kind']} item, found none",
                  "missing-image")
    if values["kind"] not in PICTURE_KINDS and not ("headline" in values or "body" in values):
        ctx.error(node, f"expected a headline or a body for a {values['kind']} item, "
                        "found neither", "missing-text")


def check_clue(values: dict, node: Mapping, ctx: Context) -> None:
    """A clue's picture has its words."""
    _picture_needs_alt(values, node, ctx)


def _picture_needs_alt(values: dict, node: Mapping, ctx: Context) -> None:
    if "image" in values and "image_alt" not in values:
        ctx.error(find(node, "image"), "expected image_alt next to image (what the picture "
                  "shows, in words, for players who cannot see it), found none", "missing-alt")


def check_scenario(values: dict, node: Mapping, ctx: Context) -> None:
    """Clue ids are unique, key clues exist and are evidence, the key clues fit in the time."""
    weights: dict[str, Weight] = {}
    cost_of: dict[str, int] = {}
    for tool, found in values["tools"].items():
        for index, clue in enumerate(found.clues):
            if clue.id in weights:
                ctx.error(find(node, "tools", str(tool), "clues", index, "id"),
                          f"expected a clue id not used before in this scenario, found "
                          f"{clue.id!r} again", "duplicate-id")
            weights[clue.id] = clue.weight
            cost_of[clue.id] = found.cost
    key_clues = values["verdict"].key_clues
    for index, key in enumerate(key_clues):
        where = find(node, "verdict", "key_clues", index)
        if key not in weights:
            ctx.error(where, f"expected the id of a clue listed under tools, found {key!r}"
                      f"{suggest(key, weights)}", "unknown-clue")
        elif weights[key] is Weight.HERRING:
            ctx.error(where, f"expected a strong or weak clue as a key clue, found the "
                      f"herring {key!r}", "herring-key")
    decisive = {tool for tool, found in values["tools"].items()
                if any(c.id in key_clues for c in found.clues)}
    needed = sum(values["tools"][t].cost for t in decisive)
    if needed > values["time_budget"]:
        ctx.error(find(node, "time_budget"),
                  f"expected a time budget of at least {needed} minutes (the tools that find "
                  f"the key clues take that long), found {values['time_budget']}",
                  "budget-too-small")
    if values["verdict"].answer is not Answer.GENUINE and not values["techniques"]:
        ctx.warning(find(node, "techniques"),
                    "expected at least one technique for an item that is not genuine "
                    "(the debrief names it), found none", "no-technique")
