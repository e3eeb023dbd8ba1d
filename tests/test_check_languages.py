"""`mil-quest check` speaks the trainer's language: kk and ru from the same catalogs as the game."""

import io
import json
import pickle

import pytest

from quest import i18n
from quest.cli import main
from quest.content.loader import load_scenario
from quest.message import Message, Plural

CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def broken(tmp_path, minimal_text):
    """A file with an unknown key, a wrong type and an out-of-range number."""
    text = (minimal_text.replace("difficulty: 2", "difficulty: 4")
            .replace("time_budget:", "titel: oops\ntime_budget:"))
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def messages(lines):
    """The message part of `file:line:column: severity: message` lines."""
    return [line.split(": ", 2)[2] for line in lines if ": error: " in line]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_problems_are_said_in_the_language_asked_for(tmp_path, minimal_text, lang):
    path = broken(tmp_path, minimal_text)
    _, english, _ = run("check", "--lang", "en", str(path))
    code, out, _ = run("check", "--lang", lang, str(path))
    assert code == 1
    said, original = out.splitlines(), english.splitlines()
    assert len(said) == len(original)
    # The place stays as compilers write it, so editors still jump to the line.
    for here, there in zip(said, original):
        if ": error: " in there:
            assert here.split(": error: ")[0] == there.split(": error: ")[0]
    for message in messages(said):
        assert CYRILLIC & set(message.lower()), message
        assert "expected" not in message and "found" not in message, message
    # The trainer's own words and the format's keys are kept as written.
    assert any("'titel'" in m for m in messages(said))
    assert any("4" in m and "3" in m for m in messages(said))
    # The counts at the end are translated too.
    assert "error" not in said[-2] and CYRILLIC & set(said[-2].lower())


def test_the_language_defaults_to_the_system_locale(tmp_path, minimal_text, monkeypatch):
    path = broken(tmp_path, minimal_text)
    _, russian, _ = run("check", "--lang", "ru", str(path))
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert run("check", str(path))[1] == russian
    assert "expected" in run("check", "--lang", "en", str(path))[1]


def test_an_unknown_language_is_a_usage_error(tmp_path, minimal_text):
    code, _, err = run("check", "--lang", "xx", str(broken(tmp_path, minimal_text)))
    assert code == 2
    assert "expected an installed language" in err and "'xx'" in err


def test_json_keeps_the_code_and_translates_the_message(tmp_path, minimal_text):
    path = broken(tmp_path, minimal_text)
    english = json.loads(run("check", "--format", "json", "--lang", "en", str(path))[1])
    kazakh = json.loads(run("check", "--format", "json", "--lang", "kk", str(path))[1])
    pairs = list(zip(english["files"][0]["problems"], kazakh["files"][0]["problems"]))
    assert pairs
    for en, kk in pairs:
        assert en["code"] == kk["code"] and en["line"] == kk["line"]
        assert en["message"] != kk["message"] and CYRILLIC & set(kk["message"].lower())


def test_a_message_survives_the_scenario_cache(minimal_text):
    problems = load_scenario(minimal_text.replace("difficulty: 2", "difficulty: 9")).problems
    restored = pickle.loads(pickle.dumps(problems, protocol=pickle.HIGHEST_PROTOCOL))
    ru = i18n.load_catalog("ru")
    assert [p.text(ru) for p in restored] == [p.text(ru) for p in problems]
    assert restored[0].text(ru) != str(restored[0])


class Table:
    """A catalog of a few entries, for messages tested without the real catalogs."""

    def __init__(self, entries):
        self.entries = entries

    def gettext(self, text):
        return self.entries.get(text, text)

    def ngettext(self, singular, plural, n):
        return self.entries.get((singular, n == 1), singular if n == 1 else plural)


def test_nested_values_are_translated_and_user_words_kept():
    table = Table({"expected {what}, found {found}": "ожидается: {what}; найдено: {found}",
                   "a headline": "заголовок", ("{count} file", False): "{count} файлов"})
    message = Message("expected {what}, found {found}", what=Message("a headline"), found="'x'")
    assert message == "expected a headline, found 'x'"
    assert message.translate(table) == "ожидается: заголовок; найдено: 'x'"
    assert Plural("{count} file", "{count} files", 5) == "5 files"
    assert Plural("{count} file", "{count} files", 5).translate(table) == "5 файлов"
    assert Plural("{count} file", "{count} files", 1).translate(table) == "1 file"


def test_a_catalog_entry_that_lost_a_placeholder_falls_back_to_english():
    table = Table({"expected {what}": "ожидается {nothing_like_it}"})
    assert Message("expected {what}", what="x").translate(table) == "expected x"
