"""YAML text -> a tree of marked nodes, refusing everything a scenario file has no use for.

Built from libyaml's event stream rather than PyYAML's constructor so that anchors, aliases and
tags can be refused before they do anything, nesting is bounded without recursion, and every
node keeps its line and column. Scalars stay strings: the schema decides what they mean.
"""

from __future__ import annotations

import yaml

from quest.errors import Problem
from quest.message import Message

try:  # libyaml's parser alone: the loader classes around it add work events do not need
    from yaml._yaml import CParser as _Parser
except ImportError:  # PyYAML without libyaml: the pure-Python parser gives the same events
    _Parser = yaml.SafeLoader

# Scenario files nest about six levels deep; anything far beyond is a mistake or an attack.
MAX_DEPTH = 24


class Node:
    """A YAML node with its 1-based position."""

    __slots__ = ("line", "column")


class Scalar(Node):
    """A scalar kept as text; `plain` when it was written without quotes or block style."""

    __slots__ = ("value", "plain")

    def __init__(self, value: str, plain: bool, line: int, column: int):
        self.value, self.plain, self.line, self.column = value, plain, line, column


class Mapping(Node):
    """A mapping as (key, value) pairs in file order; duplicates are kept for the validator."""

    __slots__ = ("pairs",)

    def __init__(self, line: int, column: int):
        self.pairs: list[tuple[Node, Node]] = []
        self.line, self.column = line, column


class Sequence(Node):
    """A sequence of nodes."""

    __slots__ = ("items",)

    def __init__(self, line: int, column: int):
        self.items: list[Node] = []
        self.line, self.column = line, column


class YamlProblem(Exception):
    """The text is not YAML a scenario can be made of; carries one problem."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def describe(node: Node | None) -> str:
    """A few words naming what a node is, for 'found ...' in messages."""
    if node is None:
        return Message("nothing")
    if isinstance(node, Mapping):
        return Message("a mapping")
    if isinstance(node, Sequence):
        return Message("a list")
    if node.plain and node.value in ("", "~", "null", "Null", "NULL"):
        return Message("nothing (an empty value)")
    text = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    return repr(text)


def _fail(label: str, mark, message: str, code: str) -> YamlProblem:
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return YamlProblem(Problem(label, line, column, "error", message, code))


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parse(text: str, label: str) -> Node | None:
    """Parse one YAML document into marked nodes; None for a document with no content."""
    # A hot loop (every event of every file): local names and no helper calls on purpose.
    scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
    map_start, seq_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
    map_end, seq_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    root: list[Node] = []  # the document's node: a one-item list, a container like the others
    add = root.append  # where the next node goes: a list's append, or a mapping's slot
    stack: list = []  # (node, add) of the open containers
    key: list = []  # per open mapping: the key waiting for its value (None when none)
    documents = 0
    parser = _Parser(text)
    try:
        while parser.check_event():
            event = parser.get_event()
            kind = type(event)
            if kind is scalar_event:
                if event.anchor is not None or event.tag is not None:
                    raise _anchor(label, event) if event.anchor is not None else _tag(label, event)
                mark = event.start_mark
                node = Scalar(event.value, not event.style, mark.line + 1, mark.column + 1)
            elif kind is map_start or kind is seq_start:
                if event.anchor is not None or event.tag is not None:
                    raise _anchor(label, event) if event.anchor is not None else _tag(label, event)
                if len(stack) >= MAX_DEPTH:
                    raise _fail(label, event.start_mark,
                                Message("expected at most {most} levels of nesting, found more",
                                        most=MAX_DEPTH),
                                "too-deep")
                mark = event.start_mark
                node = (Mapping if kind is map_start else Sequence)(mark.line + 1, mark.column + 1)
            elif kind is map_end or kind is seq_end:
                node, add = stack.pop()
                key.pop()
                continue
            elif kind is alias_event:
                raise _fail(label, event.start_mark,
                            Message("expected plain data, found the alias '*{anchor}': anchors "
                                    "and aliases are not allowed in scenario files (write the "
                                    "value out)", anchor=event.anchor),
                            "alias")
            else:
                if kind is yaml.DocumentStartEvent:
                    documents += 1
                    if documents > 1:
                        raise _fail(label, event.start_mark,
                                    Message("expected one scenario per file, found a second "
                                            "document ('---')"), "multiple-documents")
                continue
            # Attach the new node to the innermost open container.
            if key and key[-1] is not None:
                stack[-1][0].pairs.append((key[-1], node))
                key[-1] = None
            elif key and type(stack[-1][0]) is Mapping:
                key[-1] = node
            else:
                add(node)
            if kind is not scalar_event:
                stack.append((node, add))
                add = node.items.append if kind is seq_start else None
                key.append(None)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or "invalid YAML"
        context = f" ({exc.context})" if exc.context else ""
        advice = _advice(text, mark, what)
        # libyaml's own words stay English; the frame around them and the advice are ours.
        raise _fail(label, mark, Message("invalid YAML: {what}{context}{advice}", what=what,
                                         context=context, advice=advice), "yaml-syntax") from None
    except yaml.reader.ReaderError as exc:
        line, column = _position(text, exc.position)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character[:1] or "\0")
        raise YamlProblem(
            Problem(
                label,
                line,
                column,
                "error",
                Message("expected text, found the control character #x{char:04x} (is this a "
                        "binary file?)", char=char),
                "binary",
            )
        ) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(
            Problem(label, 1, 1, "error", Message("invalid YAML: {what}", what=str(exc)),
                    "yaml-syntax")
        ) from None
    return root[0] if root else None


def _advice(text: str, mark, problem: str = "") -> str:
    """A plain-words tip for the syntax mistakes trainers make most."""
    if "mapping values are not allowed" in problem:
        return Message(": a text that contains ': ' must be put in quotes")
    if "did not find expected key" in problem or "expected <block end>" in problem:
        return Message(": check the indentation; keys at the same level must line up")
    if mark is None or mark.index is None or mark.index >= len(text):
        return ""
    char = text[mark.index]
    if char == "\t":
        return Message(": a tab was found; indent with spaces only")
    if char in "@`":
        return Message(": a value cannot start with {char!r} unless it is in quotes", char=char)
    return ""


def _anchor(label: str, event) -> YamlProblem:
    return _fail(
        label,
        event.start_mark,
        Message("expected plain data, found the anchor '&{anchor}': anchors and aliases are "
                "not allowed in scenario files (write the value out)", anchor=event.anchor),
        "anchor",
    )


def _tag(label: str, event) -> YamlProblem:
    return _fail(
        label,
        event.start_mark,
        Message("expected plain data, found the tag '{tag}': tags are not allowed in scenario "
                "files (remove it; put the value in quotes if it must stay text)", tag=event.tag),
        "tag",
    )


def find(node: Node | None, *path: str | int) -> Node | None:
    """The node at `path` (mapping keys and list indexes) below `node`, or None."""
    for step in path:
        if isinstance(step, int):
            if type(node) is not Sequence or step >= len(node.items):
                return None
            node = node.items[step]
        else:
            if type(node) is not Mapping:
                return None
            node = next(
                (v for k, v in node.pairs if type(k) is Scalar and k.value == step), None
            )
    return node
