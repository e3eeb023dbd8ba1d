"""The glossary and the UI agree: every verdict, technique, tool and clue weight has the same
name on the screens as in docs/glossary.md, in each language; the scenarios avoid its
rejected Kazakh terms."""

import re
from pathlib import Path

import pytest

from quest import i18n
from quest.model.scenario import Answer, Technique, Tool, Weight
from quest.ui import labels

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
SCENARIOS = ROOT / "quest" / "data" / "scenarios"
TABLES = {
    "Verdicts": (labels.ANSWER_NAMES, Answer),
    "Techniques": (labels.TECHNIQUE_NAMES, Technique),
    "Tools": (labels.TOOL_NAMES, Tool),
    "Clue weights": (labels.WEIGHT_NAMES, Weight),
}


def sections() -> dict[str, list[dict[str, str]]]:
    """The glossary's tables by their heading, each row a dict of its column names."""
    found: dict[str, list[dict[str, str]]] = {}
    heading, columns = None, None
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            heading, columns = line[3:].strip(), None
        elif line.startswith("|") and heading:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if columns is None:
                columns = cells
            elif not set("".join(cells)) <= set("-: "):
                found.setdefault(heading, []).append(dict(zip(columns, cells)))
    return found


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("heading", TABLES)
def test_every_name_of_the_vocabulary_is_in_the_glossary(heading):
    names, vocabulary = TABLES[heading]
    rows = sections()[heading]
    assert sorted(row["key"] for row in rows) == sorted(member.value for member in vocabulary)
    assert len(names) == len(vocabulary)


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
@pytest.mark.parametrize("heading", TABLES)
def test_the_screens_use_the_glossary_terms(heading, lang):
    names, vocabulary = TABLES[heading]
    i18n.set_language(lang)
    differ = {row["key"]: (row[lang], i18n._(names[vocabulary(row["key"])]))
              for row in sections()[heading]
              if row[lang] != i18n._(names[vocabulary(row["key"])])}
    assert differ == {}, "glossary term != UI catalog term"


def avoided_kazakh_words() -> dict[str, str]:
    """The Kazakh words the glossary rejects outright, with the term to use instead."""
    avoided = {}
    for rows in sections().values():
        for row in rows:
            note = row.get("avoid", "")
            # Only "kk: word" notes without a qualifier in brackets: those words are wrong
            # everywhere, while a qualified one ("as the verdict") is fine in other senses.
            for part in re.findall(r"kk: ([^;()]+?)(?=;|$)", note):
                for word in part.split(","):
                    if word.strip():
                        avoided[word.strip()] = row["kk"]
    return avoided


def test_the_glossary_rejects_some_kazakh_words():
    assert {"жаңылыстыратын", "эмоционалды", "бантик"} <= set(avoided_kazakh_words())


def kazakh_texts(value) -> list[str]:
    """Every Kazakh text of a loaded scenario's raw tree."""
    if isinstance(value, dict):
        found = [value["kk"]] if isinstance(value.get("kk"), str) else []
        return found + [text for key, inner in value.items() if key != "kk"
                        for text in kazakh_texts(inner)]
    if isinstance(value, list):
        return [text for inner in value for text in kazakh_texts(inner)]
    return []


def test_the_bundled_scenarios_avoid_the_rejected_kazakh_words():
    import yaml

    avoided = avoided_kazakh_words()
    found = []
    for path in sorted(SCENARIOS.glob("*.yaml")):
        tree = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        for text in kazakh_texts(tree):
            lowered = text.lower()
            found += [(path.name, word, avoided[word]) for word in avoided
                      if re.search(rf"(?<!\w){re.escape(word.lower())}", lowered)]
    assert found == []
