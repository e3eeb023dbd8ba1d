"""The JSON Schema of the scenario format, made from the same declaration the loader checks."""

from __future__ import annotations

import json
import re

from quest.content import format as scenario_format
from quest.content.yamltree import Mapping, Node, Scalar, Sequence, parse

SCHEMA_ID = "https://mil-quest.example/schema/scenario-1.json"
_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")


def generate() -> dict:
    """The schema as a dict (JSON Schema draft 2020-12)."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "MIL Quest scenario (format 1)",
        "description": "One scenario of MIL Quest; see docs/scenario-format.md.",
    }
    schema.update(scenario_format.scenario.schema())
    return schema


def render() -> str:
    """The schema as the text of scenarios/schema.json."""
    return json.dumps(generate(), ensure_ascii=False, indent=2) + "\n"


def _data(node: Node | None):
    # The YAML 1.2 core schema, as editors read the file: what the JSON Schema is applied to.
    if node is None:
        return None
    if type(node) is Mapping:
        return {_data(k) if type(k) is Scalar else str(id(k)): _data(v) for k, v in node.pairs}
    if type(node) is Sequence:
        return [_data(item) for item in node.items]
    value = node.value
    if not node.plain:
        return value
    if value in ("", "~", "null", "Null", "NULL"):
        return None
    if value in ("true", "True", "TRUE"):
        return True
    if value in ("false", "False", "FALSE"):
        return False
    if _INT.match(value):
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    return value


def document_data(text: str, label: str = "<scenario>"):
    """A scenario file as JSON data, the way a YAML 1.2 editor sees it."""
    return _data(parse(text, label))


if __name__ == "__main__":
    import sys

    sys.stdout.write(render())
