"""Rules that span several fields of a scenario: clue ids, key clues, pictures, time."""

from __future__ import annotations

import re

from quest.content.shapes import Seq
from quest.content.spec import INVALID, LANG_PATTERN, Context, Str, suggest
from quest.content.yamltree import Mapping, Scalar, find
from quest.i18n import N_
from quest.message import Message
from quest.model.scenario import Answer, Tool, Weight


# Country codes people write for languages: the code of the language is another.
COUNTRY_NOT_LANGUAGE = {"kz": "kk", "ua": "uk", "us": "en", "gb": "en", "uk": None,
                        "cn": "zh", "jp": "ja", "kr": "ko", "by": "be", "kg": "ky"}


class LanguageCode(Str):
    """An ISO 639 language code that CLDR knows (so numbers and dates can be written in it)."""

    def __init__(self):
        super().__init__(N_("a language code like kk, ru or en"), max_length=3,
                         pattern=LANG_PATTERN)

    def check(self, node, ctx):
        if type(node) is Scalar and node.value.lower() != node.value and \
                re.match(LANG_PATTERN, node.value.lower()):
            return ctx.error(node, Message("expected a language code in lowercase, found "
                                           "{value!r}: did you mean '{lower}'?",
                                           value=node.value, lower=node.value.lower()),
                             "unknown-language")
        value = super().check(node, ctx)
        if value is INVALID:
            return INVALID
        if value in _KNOWN:
            return value
        if value in COUNTRY_NOT_LANGUAGE and COUNTRY_NOT_LANGUAGE[value] and \
                value not in _known_languages():
            right = COUNTRY_NOT_LANGUAGE[value]
            return ctx.error(node, Message("expected a language code, found {value!r}, a "
                                           "country code: did you mean '{right}'?",
                                           value=value, right=right), "unknown-language")
        if value not in _known_languages():
            return ctx.error(node, Message("expected a language code like kk, ru or en, found "
                                           "{value!r}, which is not a known language",
                                           value=value), "unknown-language")
        return value


_KNOWN: set[str] = {"kk", "ru", "en"}  # the usual ones answer without asking CLDR


def _known_languages() -> set[str]:
    if len(_KNOWN) <= 3:
        from babel.localedata import locale_identifiers

        _KNOWN.update(code.split("_")[0] for code in locale_identifiers())
    return _KNOWN


class Languages(Seq):
    """The declared languages; every Text after them is held to them."""

    def __init__(self):
        super().__init__(LanguageCode(), N_("a list of language codes"), min_items=1,
                         max_items=12, unique=True)

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
        ctx.error(node, Message("expected an image for a {kind} item, found none",
                                kind=str(values["kind"])), "missing-image")
    if values["kind"] not in PICTURE_KINDS and not ("headline" in values or "body" in values):
        ctx.error(node, Message("expected a headline or a body for a {kind} item, found "
                                "neither", kind=str(values["kind"])), "missing-text")
    for key, kind in (("forwarded", "messenger"), ("cta", "ad")):
        if key in values and values[key] and values["kind"] != kind:
            ctx.warning(find(node, key), Message("expected {key} only on a {kind} item, found "
                                                 "it on a {found} item (the game does not "
                                                 "show it there)", key=key, kind=kind,
                                                 found=str(values["kind"])), "unused-field")


def check_clue(values: dict, node: Mapping, ctx: Context) -> None:
    """A clue's picture has its words."""
    _picture_needs_alt(values, node, ctx)


def _picture_needs_alt(values: dict, node: Mapping, ctx: Context) -> None:
    if "image" in values and "image_alt" not in values:
        ctx.error(find(node, "image"), Message("expected image_alt next to image (what the "
                                               "picture shows, in words, for players who "
                                               "cannot see it), found none"), "missing-alt")


def check_scenario(values: dict, node: Mapping, ctx: Context) -> None:
    """Clue ids are unique, key clues exist and are evidence, the key clues fit in the time."""
    weights: dict[str, Weight] = {}
    cost_of: dict[str, int] = {}
    for tool, found in values["tools"].items():
        for index, clue in enumerate(found.clues):
            if clue.evidence is not None and tool is not Tool.IMAGE:
                ctx.error(find(node, "tools", str(tool), "clues", index, "evidence"),
                          Message("expected evidence only on a clue of the image tool (the "
                                  "analyses are its), found it under {tool}", tool=str(tool)),
                          "evidence-tool")
            if clue.evidence is not None and clue.evidence[1] == "none" and \
                    clue.weight is Weight.STRONG:
                # A missing earlier copy or missing metadata is the same finding in every
                # case: it rules something out, it does not tell a real picture from a made one.
                ctx.warning(find(node, "tools", str(tool), "clues", index, "weight"),
                            Message("expected a weak clue or a herring for evidence that "
                                    "finds nothing ({analysis}: none): an absence does not "
                                    "show whether a picture is real or made, found a strong "
                                    "clue", analysis=str(clue.evidence[0])), "absence-strong")
            if clue.id in weights:
                ctx.error(find(node, "tools", str(tool), "clues", index, "id"),
                          Message("expected a clue id not used before in this scenario, found "
                                  "{id!r} again", id=clue.id), "duplicate-id")
            weights[clue.id] = clue.weight
            cost_of[clue.id] = found.cost
    key_clues = values["verdict"].key_clues
    for index, key in enumerate(key_clues):
        where = find(node, "verdict", "key_clues", index)
        if key not in weights:
            ctx.error(where, Message("expected the id of a clue listed under tools, found "
                                     "{id!r}{hint}", id=key, hint=suggest(key, weights)),
                      "unknown-clue")
        elif weights[key] is Weight.HERRING:
            ctx.error(where, Message("expected a strong or weak clue as a key clue, found the "
                                     "herring {id!r}", id=key), "herring-key")
    decisive = {tool for tool, found in values["tools"].items()
                if any(c.id in key_clues for c in found.clues)}
    needed = sum(values["tools"][t].cost for t in decisive)
    if needed > values["time_budget"]:
        ctx.error(find(node, "time_budget"),
                  Message("expected a time budget of at least {needed} minutes (the tools "
                          "that find the key clues take that long), found {found}",
                          needed=needed, found=values["time_budget"]),
                  "budget-too-small")
    if values["verdict"].answer is not Answer.GENUINE and not values["techniques"]:
        ctx.warning(find(node, "techniques"),
                    Message("expected at least one technique for an item that is not genuine "
                            "(the debrief names it), found none"), "no-technique")
    if values["verdict"].answer is Answer.GENUINE and values["techniques"]:
        ctx.warning(find(node, "techniques"),
                    Message("expected no technique for a genuine item (techniques are ways "
                            "of manipulating), found {found}",
                            found=", ".join(values["techniques"])),
                    "genuine-technique")
    for index, step in enumerate(values["guide"]):
        found = values["tools"].get(step.tool)
        if found is None or not found.clues:
            ctx.warning(find(node, "guide", index, "tool"),
                        Message("expected a guide step to a tool that finds something here, "
                                "found {tool!r}, which has no clues under tools",
                                tool=str(step.tool)), "empty-guide")
