"""Validators of the format's shapes: localized texts, lists and mappings of known keys.

Built on the scalar validators of quest.content.spec; the same declarations give the loader its
checks and the editor its JSON Schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from quest.content.spec import (
    INVALID,
    LANG_PATTERN,
    LANGUAGE_CODE,
    NOTHING,
    NULL_WORDS,
    Context,
    Str,
    Validator,
    Word,
    duplicate_key,
    expected_found,
    not_a_mapping,
    suggest,
)
from quest.content.typography import keep_numbers_whole
from quest.content.yamltree import Mapping, Node, Scalar, Sequence, describe
from quest.i18n import N_
from quest.message import Message, Plural


class Text(Validator):
    """A localized text: a mapping from language code to string, one per declared language."""

    what = Message("a text in each language, like {kk: ..., ru: ..., en: ...}")

    def __init__(self, max_length: int = 5000):
        self.entry = Str(N_("a text"), max_length=max_length, required=False, multiline=True)

    def check(self, node, ctx):
        from quest.model.scenario import Text as TextValue

        if type(node) is not Mapping:
            return ctx.error(node, expected_found(self.what, describe(node)), "not-a-text")
        declared = ctx.languages
        values: dict[str, str] = {}
        ok = True
        for key, value_node in node.pairs:
            lang = key.value if type(key) is Scalar else None
            if lang is None or (declared is not None and lang not in declared):
                if lang is None:
                    ctx.error(key, expected_found(LANGUAGE_CODE, describe(key)))
                else:
                    ctx.error(
                        key,
                        Message("expected one of the declared languages ({languages}), found "
                                "{lang!r}{hint}", languages=", ".join(declared), lang=lang,
                                hint=suggest(lang, declared)),
                        "undeclared-language",
                    )
                ok = False
                continue
            if lang in values:
                ctx.error(key, Message("duplicate language {lang!r}: each language may appear "
                                       "once", lang=lang), "duplicate-key")
                ok = False
                continue
            value = self.entry.check(value_node, ctx)
            if value is INVALID:
                ok = False
                continue
            if value_node.plain and value in NULL_WORDS:
                value = ""  # `en: ~` or `en: null` is a text still to write, not the word
            values[lang] = keep_numbers_whole(value)
            if not value.strip():
                ctx.warning(value_node, Message("the {lang!r} text is still to write (it is "
                                                "empty)", lang=lang), "empty-text")
        if not ok:
            return INVALID
        missing = [lang for lang in declared or () if lang not in values]
        for lang in missing:
            ctx.error(node, Message("expected the {lang!r} text (the scenario declares "
                                    "{languages}), found none", lang=lang,
                                    languages=", ".join(declared)), "missing-language")
        ctx.texts += 1
        for lang in declared or values:
            if values.get(lang, "").strip():
                ctx.translated[lang] = ctx.translated.get(lang, 0) + 1
            else:
                ctx.untranslated[lang] = ctx.untranslated.get(lang, 0) + 1
        return INVALID if missing else TextValue(values)

    def schema(self):
        return {
            "type": "object",
            "description": "One text per language: {kk: ..., ru: ..., en: ...}",
            "propertyNames": {"pattern": LANG_PATTERN},
            "additionalProperties": {"type": "string"},
            "minProperties": 1,
        }


class Name(Text):
    """A name: one string the same in every language, or a text per language."""

    what = Message("a name, or a name in each language like {kk: ..., ru: ..., en: ...}")

    def check(self, node, ctx):
        from quest.model.scenario import Text as TextValue

        if type(node) is not Scalar:
            return super().check(node, ctx)
        value = self.entry.check(node, ctx)
        if value is INVALID:
            return INVALID
        if not value.strip():
            return ctx.error(node, expected_found(self.what, NOTHING), "empty")
        return TextValue({lang: value for lang in (ctx.languages or ("en",))})

    def schema(self):
        return {"oneOf": [{"type": "string", "minLength": 1, "maxLength": 5000},
                          super().schema()]}


class Seq(Validator):
    """A list of items of one kind."""

    def __init__(self, item: Validator, what: str, *, min_items: int = 0, max_items: int = 100,
                 unique: bool = False):
        self.item, self.what = item, Message(what)
        self.min_items, self.max_items, self.unique = min_items, max_items, unique

    def check(self, node, ctx):
        if type(node) is not Sequence:
            return ctx.error(node, expected_found(self.what, describe(node)), "not-a-list")
        count = len(node.items)
        if count < self.min_items:
            return ctx.error(node, Plural("expected {what} with at least {count} entry, found "
                                          "{found}", "expected {what} with at least {count} "
                                          "entries, found {found}", self.min_items,
                                          what=self.what, found=count), "too-few")
        if count > self.max_items:
            return ctx.error(
                node, Message("expected {what} with at most {most} entries, found {count}",
                              what=self.what, most=self.max_items, count=count),
                "too-many",
            )
        out = []
        seen: set = set()
        for child in node.items:
            value = self.item.check(child, ctx)
            if value is INVALID:
                continue
            if self.unique:
                if value in seen:
                    ctx.error(child, Message("expected each entry once, found {value!r} again",
                                             value=value), "duplicate-entry")
                    continue
                seen.add(value)
            out.append(value)
        return tuple(out) if len(out) == count else INVALID

    def schema(self):
        out = {"type": "array", "items": self.item.schema(), "maxItems": self.max_items}
        if self.min_items:
            out["minItems"] = self.min_items
        if self.unique:
            out["uniqueItems"] = True
        return out


@dataclass
class Field:
    """A key of a mapping: its validator, whether it must be there, and its help text."""

    name: str
    validator: Validator
    required: bool = True
    description: str = ""
    default: Any = None


class Map(Validator):
    """A mapping with known keys; unknown, duplicate and missing keys are errors."""

    def __init__(
        self,
        what: str,
        fields: list[Field],
        build: Callable[[dict], Any] | None = None,
        check_whole: Callable[[dict, Mapping, Context], None] | None = None,
        dependent: dict[str, list[str]] | None = None,
    ):
        self.what, self.fields, self.build = Message(what), fields, build
        # Keys that need others beside them; check_whole reports them, the schema says them.
        self.dependent = dependent or {}
        # Checks that need several fields at once, run when every field is valid.
        self.check_whole = check_whole
        self._by_name = {f.name: f for f in fields}

    def check(self, node, ctx):
        if type(node) is not Mapping:
            return ctx.error(node, not_a_mapping(self.what, node), "not-a-mapping")
        nodes: dict[str, Node] = {}
        firsts: dict[str, int] = {}
        suggested: set[str] = set()  # a misspelt key is reported once, not also as missing
        ok = True
        for key, value_node in node.pairs:
            if type(key) is not Scalar:
                ctx.error(key, Message("expected a key word in {what}, found {found}",
                                       what=self.what, found=describe(key)), "bad-key")
                ok = False
                continue
            name = key.value
            if name in firsts:
                ctx.error(key, duplicate_key(name, self.what, firsts[name]), "duplicate-key")
                ok = False
                continue
            firsts[name] = key.line
            if name not in self._by_name:
                hint = suggest(name, self._by_name)
                if hint:
                    suggested.add(hint.values["word"])
                else:
                    hint = Message(" (expected one of: {keys})", keys=", ".join(self._by_name))
                ctx.error(key, Message("unknown key {name!r} in {what}{hint}", name=name,
                                       what=self.what, hint=hint), "unknown-key")
                ok = False
                continue
            nodes[name] = value_node
        values: dict[str, Any] = {}
        for spec in self.fields:
            child = nodes.get(spec.name)
            if child is None:
                if spec.required and spec.name not in firsts and spec.name not in suggested:
                    ctx.error(node, Message("expected the key {name!r} in {what}, found no such "
                                            "key", name=spec.name, what=self.what),
                              "missing-key")
                    ok = False
                elif spec.default is not None:
                    values[spec.name] = spec.default
                continue
            value = spec.validator.check(child, ctx)
            if value is INVALID:
                ok = False
            else:
                values[spec.name] = value
        if not ok:
            return INVALID
        if self.check_whole is not None:
            before = len(ctx.problems)
            self.check_whole(values, node, ctx)
            if any(p.severity == "error" for p in ctx.problems[before:]):
                return INVALID
        return self.build(values) if self.build else values

    def schema(self):
        props = {}
        for spec in self.fields:
            sub = dict(spec.validator.schema())
            if spec.description:
                sub["description"] = spec.description
            props[spec.name] = sub
        out = {
            "type": "object",
            "properties": props,
            "additionalProperties": False,
        }
        required = [f.name for f in self.fields if f.required]
        if required:
            out["required"] = required
        if self.dependent:
            out["dependentRequired"] = self.dependent
        return out


class MapOf(Validator):
    """A mapping whose keys come from a vocabulary and whose values share one validator."""

    def __init__(self, key: Word, value: Validator, what: str,
                 build: Callable[[Any, Any], Any] | None = None):
        self.key, self.value, self.what = key, value, Message(what)
        self.build = build

    def check(self, node, ctx):
        if type(node) is not Mapping:
            return ctx.error(node, not_a_mapping(self.what, node), "not-a-mapping")
        out = {}
        ok = True
        firsts: dict[str, int] = {}
        for key_node, value_node in node.pairs:
            key = self.key.check(key_node, ctx)
            if key is INVALID:
                ok = False
                continue
            if key in firsts:
                ctx.error(key_node, duplicate_key(str(key), self.what, firsts[key]),
                          "duplicate-key")
                ok = False
                continue
            firsts[key] = key_node.line
            value = self.value.check(value_node, ctx)
            if value is INVALID:
                ok = False
                continue
            out[key] = self.build(key, value) if self.build else value
        return out if ok else INVALID

    def schema(self):
        return {
            "type": "object",
            "propertyNames": self.key.schema(),
            "additionalProperties": self.value.schema(),
        }
