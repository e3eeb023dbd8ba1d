"""The words the UI shows for the model's vocabularies, translated when shown."""

from __future__ import annotations

from quest.i18n import N_, _
from quest.model.scenario import Answer, Confidence, ItemKind, Technique, Tool, Weight

TOOL_NAMES = {
    Tool.SOURCE: N_("Source"),
    Tool.AUTHOR: N_("Author"),
    Tool.URL: N_("Web address"),
    Tool.DATE: N_("Date"),
    Tool.IMAGE: N_("Image search"),
    Tool.LATERAL: N_("Other sources"),
    Tool.QUOTE: N_("Quote"),
    Tool.DATA: N_("Numbers"),
    Tool.AI: N_("AI signs"),
    Tool.ACCOUNT: N_("Account"),
    Tool.LINK: N_("Link safety"),
    Tool.EMOTION: N_("Emotions"),
}
TOOL_ACTIONS = {
    Tool.SOURCE: N_("Who published this, and can they be trusted?"),
    Tool.AUTHOR: N_("Who wrote it, and do they exist?"),
    Tool.URL: N_("Study the web address letter by letter."),
    Tool.DATE: N_("When was it really published?"),
    Tool.IMAGE: N_("Search where this picture appeared before."),
    Tool.LATERAL: N_("What do other outlets and fact-checkers say?"),
    Tool.QUOTE: N_("Did this person really say it?"),
    Tool.DATA: N_("Check the numbers and charts."),
    Tool.AI: N_("Look for signs of AI generation."),
    Tool.ACCOUNT: N_("Look for signs of bots and trolls."),
    Tool.LINK: N_("Is the link safe to open?"),
    Tool.EMOTION: N_("Is it built to make you angry or afraid?"),
}
ANSWER_NAMES = {
    Answer.GENUINE: N_("Genuine"),
    Answer.FAKE: N_("Fake"),
    Answer.MISLEADING: N_("Misleading"),
    Answer.SATIRE: N_("Satire"),
    Answer.UNVERIFIED: N_("Unverified"),
}
ANSWER_MEANINGS = {
    Answer.GENUINE: N_("True and fairly presented: fine to trust and share."),
    Answer.FAKE: N_("Made up, or from an impostor."),
    Answer.MISLEADING: N_("Real facts or photos in a false context."),
    Answer.SATIRE: N_("A joke by its author, spread as if it were real."),
    Answer.UNVERIFIED: N_("Not enough evidence yet: do not share it."),
}
CONFIDENCE_NAMES = {
    Confidence.UNSURE: N_("Not sure"),
    Confidence.LIKELY: N_("Fairly sure"),
    Confidence.SURE: N_("Certain"),
}
KIND_NAMES = {
    ItemKind.SOCIAL_POST: N_("Social media post"),
    ItemKind.NEWS_ARTICLE: N_("News article"),
    ItemKind.MESSENGER: N_("Forwarded message"),
    ItemKind.PHOTO: N_("Photo"),
    ItemKind.VIDEO_STILL: N_("Video still"),
    ItemKind.AD: N_("Advertisement"),
}
WEIGHT_NAMES = {
    Weight.STRONG: N_("strong clue"),
    Weight.WEAK: N_("weak clue"),
    Weight.HERRING: N_("red herring"),
}
DIFFICULTY_NAMES = {1: N_("Easy"), 2: N_("Medium"), 3: N_("Hard")}
TECHNIQUE_NAMES = {
    Technique.IMPERSONATION: N_("Impersonation"),
    Technique.FAKE_AUTHORITY: N_("Fake authority"),
    Technique.FEAR_APPEAL: N_("Fear appeal"),
    Technique.OUTRAGE: N_("Outrage"),
    Technique.CLICKBAIT: N_("Clickbait"),
    Technique.OUT_OF_CONTEXT: N_("Out of context"),
    Technique.MANIPULATED_IMAGE: N_("Manipulated image"),
    Technique.AI_GENERATED: N_("AI-generated"),
    Technique.FAKE_QUOTE: N_("Fake quote"),
    Technique.MISLEADING_DATA: N_("Misleading data"),
    Technique.RECYCLED_NEWS: N_("Recycled news"),
    Technique.BOTS_AND_TROLLS: N_("Bots and trolls"),
    Technique.PHISHING: N_("Phishing"),
    Technique.SATIRE_TAKEN_SERIOUSLY: N_("Satire taken seriously"),
    Technique.CONSPIRACY: N_("Conspiracy"),
    Technique.EMOTIONAL_STORY: N_("Emotional story"),
}
SCORE_LINES = {
    "verdict": N_("Verdict"),
    "confidence": N_("Confidence"),
    "key_clues": N_("Key clues pinned"),
    "herrings": N_("Red herrings pinned"),
    "time": N_("Time left"),
    "hints": N_("Hints taken"),
}
OUTCOME_NAMES = {
    "right": N_("Right!"),
    "near": N_("Nearly: right not to trust it, but it is another kind"),
    "wrong": N_("Not this time"),
}
# The number keys of the twelve tools, in toolbox order.
TOOL_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "=")


def tool_name(tool) -> str:
    """The tool's name in the UI language."""
    return _(TOOL_NAMES[Tool(tool)])


def answer_name(answer) -> str:
    """The verdict's name in the UI language."""
    return _(ANSWER_NAMES[Answer(answer)])


def named(table: dict, key) -> str:
    """Any vocabulary word translated, via its table."""
    return _(table[key])
