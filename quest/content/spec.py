"""Declarative validators: each checks a marked YAML node, builds a value, and knows its JSON Schema.

This module holds what every validator shares (the context, the usual messages) and the scalar
ones; texts, lists and mappings are in quest.content.shapes.

One description of the format serves the loader and the editor schema, so the two cannot drift.
Every message says what was expected and what was found; the caller adds file, line and column.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from quest.content.characters import describe_character, unwanted_character
from quest.content.yamltree import Node, Scalar, describe
from quest.errors import Problem
from quest.i18n import N_
from quest.message import Message

INVALID = object()  # the result of a node that failed; its problem is already recorded

# Plain words YAML 1.1 readers (PyYAML among them) turn into booleans.
YAML11_BOOLEANS = {
    word: value
    for words, value in (
        ("y Y yes Yes YES on On ON true True TRUE", True),
        ("n N no No NO off Off OFF false False FALSE", False),
    )
    for word in words.split()
}
NULL_WORDS = frozenset(("", "~", "null", "Null", "NULL"))
LANG_PATTERN = r"^[a-z]{2,3}$"


class Context:
    """What one validation run collects: problems, declared languages, image references."""

    def __init__(self, label: str):
        self.label = label
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] | None = None
        self.images: list[tuple[str, int, int]] = []
        self.texts = 0  # Texts seen
        self.translated: dict[str, int] = {}  # per language: Texts with a non-empty string
        self.untranslated: dict[str, int] = {}  # per language: Texts missing it or empty

    def error(self, node: Node, message: str, code: str = "invalid") -> object:
        """Record an error at `node` and return INVALID."""
        self.problems.append(Problem(self.label, node.line, node.column, "error", message, code))
        return INVALID

    def warning(self, node: Node, message: str, code: str = "warning") -> None:
        """Record a warning at `node`."""
        self.problems.append(Problem(self.label, node.line, node.column, "warning", message, code))


def suggest(word: str, choices) -> str:
    """A ' did you mean ...?' tail when a close choice exists."""
    import difflib  # only when a mistake is reported

    choices = list(choices)
    if word.lower() in choices:
        return Message(": did you mean '{word}'?", word=word.lower())
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return Message(": did you mean '{word}'?", word=close[0]) if close else ""


NOTHING = Message("nothing (an empty value)")
LANGUAGE_CODE = Message("a language code")


def expected_found(what, found) -> Message:
    """The usual message: what a place in the file needs, and what it holds instead."""
    return Message("expected {what}, found {found}", what=what, found=found)


def not_a_mapping(what, node: Node) -> Message:
    """A mapping was expected and something else was written."""
    return Message("expected {what} (a mapping of key: value lines), found {found}", what=what,
                   found=describe(node))


def duplicate_key(name: str, what, first_line: int) -> Message:
    """A key written twice in one mapping."""
    return Message("duplicate key {name!r} in {what} (first written at line {line}): each key "
                   "may appear once", name=name, what=what, line=first_line)


class Validator:
    """Base of all validators."""

    what = Message("a value")

    def check(self, node: Node, ctx: Context) -> Any:
        raise NotImplementedError

    def schema(self) -> dict:
        raise NotImplementedError

    def _scalar(self, node: Node, ctx: Context) -> str | object:
        """The text of a scalar node, or an error naming what was found instead."""
        if type(node) is not Scalar:
            return ctx.error(node, expected_found(self.what, describe(node)), "wrong-type")
        if node.plain:
            value = node.value
            if value in YAML11_BOOLEANS:
                return ctx.error(
                    node,
                    Message("expected {what}, found {value!r}, which YAML 1.1 reads as the "
                            "boolean {boolean}: put it in quotes (\"{value}\") if you mean the "
                            "word", what=self.what, value=value,
                            boolean=str(YAML11_BOOLEANS[value]).lower()),
                    "yaml11-boolean",
                )
        return node.value


class Str(Validator):
    """A string, optionally bounded and patterned."""

    def __init__(
        self,
        what: str = N_("a text"),
        *,
        max_length: int = 5000,
        pattern: str | None = None,
        required: bool = True,
        schema_format: str | None = None,
        multiline: bool = False,
    ):
        self.what = Message(what)
        self.multiline = multiline  # line feeds and tabs belong in texts, not in ids or paths
        self.max_length = max_length
        self.pattern = pattern
        self._regex = re.compile(pattern) if pattern else None
        self.required = required
        self.schema_format = schema_format

    def check(self, node, ctx):
        value = self._scalar(node, ctx)
        if value is INVALID:
            return INVALID
        if node.plain and value in NULL_WORDS and self.required:
            return ctx.error(node, expected_found(self.what, NOTHING), "empty")
        if len(value) > self.max_length:
            return ctx.error(
                node,
                Message("expected {what} of at most {most} characters, found {count}",
                        what=self.what, most=self.max_length, count=len(value)),
                "too-long",
            )
        unwanted = unwanted_character(value, multiline=self.multiline)
        if unwanted is not None:
            at, char = unwanted
            return ctx.error(node, Message("expected {what}, found {char} at character {at}, a "
                                           "control character no scenario may hold",
                                           what=self.what, char=describe_character(char),
                                           at=at + 1), "control-character")
        if self._regex is not None and not self._regex.match(value):
            return ctx.error(node, expected_found(self.what, describe(node)), "pattern")
        return value

    def schema(self):
        out: dict = {"type": "string", "maxLength": self.max_length}
        if self.pattern:
            out["pattern"] = self.pattern
        if self.schema_format:
            out["format"] = self.schema_format
        return out


class Word(Str):
    """One word of a fixed vocabulary."""

    def __init__(self, choices, what: str):
        super().__init__(what)
        self.choices = tuple(str(c) for c in choices)
        self._set = frozenset(self.choices)
        self._convert = choices if callable(choices) else str

    def check(self, node, ctx):
        value = self._scalar(node, ctx)
        if value is INVALID:
            return INVALID
        if value not in self._set:
            return ctx.error(
                node,
                Message("expected {what} (one of: {choices}), found {found}{hint}",
                        what=self.what, choices=", ".join(self.choices), found=describe(node),
                        hint=suggest(value, self.choices)),
                "unknown-word",
            )
        return self._convert(value)

    def schema(self):
        return {"type": "string", "enum": list(self.choices)}


class Int(Validator):
    """A whole number within a range, written with the digits 0-9."""

    _digits = re.compile(r"[+-]?[0-9]+")

    def __init__(self, low: int, high: int, what: str = N_("a whole number")):
        self.low, self.high, self.what = low, high, Message(what)
        # More digits than the widest bound cannot be in range: such a number is refused
        # without converting it (Python refuses to convert thousands of digits at all).
        self._max_digits = max(len(str(abs(low))), len(str(abs(high))))

    def check(self, node, ctx):
        value = self._scalar(node, ctx)
        if value is INVALID:
            return INVALID
        expected = (Message("{what} {low}", what=self.what, low=self.low)
                    if self.low == self.high else
                    Message("{what} from {low} to {high}", what=self.what, low=self.low,
                            high=self.high))
        if not self._digits.fullmatch(value):
            unsigned = value.lstrip("+-")
            if unsigned and all(char.isnumeric() for char in unsigned):
                # int() reads '٣' and refuses '²'; neither is how a trainer means a number.
                return ctx.error(node, Message("expected {what}, found {found}, written with "
                                               "digits other than 0-9: write the number with 0-9",
                                               what=expected, found=describe(node)),
                                 "not-ascii-digits")
            return ctx.error(node, expected_found(expected, describe(node)), "not-a-number")
        if not node.plain:
            return ctx.error(
                node,
                Message("expected {what}, found the text {found} in quotes (remove the quotes)",
                        what=expected, found=describe(node)),
                "quoted-number",
            )
        significant = value.lstrip("+-").lstrip("0")
        if len(significant) > self._max_digits:
            return ctx.error(node, Message("expected {what}, found a number of {count} digits",
                                           what=expected, count=len(significant)),
                             "out-of-range")
        number = int(significant or "0") * (-1 if value.startswith("-") else 1)
        if not self.low <= number <= self.high:
            return ctx.error(node, expected_found(expected, number), "out-of-range")
        return number

    def schema(self):
        return {"type": "integer", "minimum": self.low, "maximum": self.high}


class Bool(Validator):
    """true or false, and nothing YAML readers disagree on."""

    what = Message("true or false")

    def check(self, node, ctx):
        if type(node) is not Scalar:
            return ctx.error(node, expected_found(self.what, describe(node)), "wrong-type")
        if node.plain and node.value in ("true", "True", "TRUE"):
            return True
        if node.plain and node.value in ("false", "False", "FALSE"):
            return False
        if node.plain and node.value in YAML11_BOOLEANS:
            return ctx.error(
                node,
                Message("expected true or false, found {value!r}: YAML readers disagree on "
                        "yes/no/on/off, so write true or false", value=node.value),
                "yaml11-boolean",
            )
        if not node.plain and node.value in ("true", "false"):
            return ctx.error(node, Message("expected true or false, found the text {value!r} in "
                                           "quotes (remove the quotes)", value=node.value),
                             "quoted-boolean")
        return ctx.error(node, expected_found(self.what, describe(node)), "not-a-boolean")

    def schema(self):
        return {"type": "boolean"}


class Moment(Str):
    """A text in ISO form turned into a date or a moment; an impossible one is an error."""

    def __init__(self, what: str, pattern: str, parse, impossible: str):
        super().__init__(what, pattern=pattern)
        self.parse, self.impossible = parse, impossible

    def check(self, node, ctx):
        value = super().check(node, ctx)
        if value is INVALID:
            return INVALID
        try:
            return self.parse(value)
        except ValueError:
            return ctx.error(node, Message(self.impossible, what=self.what, value=value))


def Date() -> Moment:  # noqa: N802 - used like the other validator classes
    """A calendar date, YYYY-MM-DD."""
    return Moment(N_("a date like 2024-02-28"), r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                  date.fromisoformat, N_("expected {what}, found the impossible date {value!r}"))


def DateTime() -> Moment:  # noqa: N802
    """A moment with its UTC offset, so that "3 hours ago" means the same everywhere."""
    return Moment(N_("a date and time with its UTC offset, like 2024-03-02T08:15:00+06:00"),
                  r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?"
                  r"(Z|[+-][0-9]{2}:[0-9]{2})$",
                  datetime.fromisoformat,
                  N_("expected {what}, found the impossible moment {value!r}"))


class ImagePath(Str):
    """A path to an image relative to the scenario file; checked against the pack later."""

    PATTERN = r"(?i)^(?![/\\])(?![a-z]:)[^\\:*?\"<>|]+\.(png|jpe?g)$"

    def __init__(self):
        super().__init__(
            N_("a relative path to a PNG or JPEG image, like images/photo.png"),
            max_length=260,
            pattern=self.PATTERN,
        )

    @classmethod
    def looks_like(cls, value: str) -> bool:
        """Whether a text has the form of an image path."""
        return re.fullmatch(cls.PATTERN, value) is not None

    def check(self, node, ctx):
        value = super().check(node, ctx)
        if value is not INVALID:
            ctx.images.append((value, node.line, node.column))
        return value
