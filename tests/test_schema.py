"""scenarios/schema.json agrees with the loader."""

import json
from pathlib import Path

import jsonschema
import pytest

from quest.content import schema
from quest.content.packs import BUNDLED_DIR, scenario_files

INVALID = Path(__file__).resolve().parent / "invalid"
# Invalid examples whose fault is in the structure: the schema must refuse them too. The others
# break rules a JSON Schema cannot state (YAML features, references between fields).
STRUCTURAL = [
    "unknown-key", "unknown-key-no-suggestion", "yaml11-boolean-word", "yaml11-boolean-flag",
    "wrong-type-list-for-mapping", "wrong-type-text-for-number", "quoted-number",
    "out-of-range", "unknown-word", "unknown-technique", "datetime-without-offset",
    "missing-key", "empty-value", "text-not-mapping", "image-absolute", "image-without-alt",
    "not-a-scenario-list", "scalar-document", "format-version", "quoted-boolean",
    "uppercase-language",
]
VALIDATOR = jsonschema.Draft202012Validator(schema.generate())


def test_committed_schema_is_the_generated_one():
    committed = (BUNDLED_DIR / "schema.json").read_text(encoding="utf-8")
    assert committed == schema.render(), "run: python -m quest.content.schema > quest/data/scenarios/schema.json"


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json.loads(schema.render()))


@pytest.mark.parametrize("path", scenario_files(BUNDLED_DIR), ids=lambda p: p.name)
def test_every_bundled_scenario_validates(path):
    data = schema.document_data(path.read_text(encoding="utf-8"))
    assert list(VALIDATOR.iter_errors(data)) == []


def test_minimal_example_validates(minimal_text):
    assert list(VALIDATOR.iter_errors(schema.document_data(minimal_text))) == []


@pytest.mark.parametrize("name", STRUCTURAL)
def test_structural_fault_fails_the_schema(name):
    data = schema.document_data((INVALID / f"{name}.yaml").read_text(encoding="utf-8"))
    assert list(VALIDATOR.iter_errors(data)) != []


def test_structural_list_names_existing_examples():
    assert all((INVALID / f"{name}.yaml").exists() for name in STRUCTURAL)
