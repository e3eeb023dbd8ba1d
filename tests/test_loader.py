"""The loader: every rule of the format, each with its exact message."""

from pathlib import Path

import pytest

from quest.content.loader import MAX_FILE_BYTES, load_scenario, read_scenario_file
from quest.content.yamltree import MAX_DEPTH
from quest.model.scenario import Answer, Tool, Weight

INVALID = Path(__file__).resolve().parent / "invalid"
EXAMPLES = sorted(INVALID.glob("*.yaml"))


def expected_messages(path: Path) -> list[str]:
    """The `# expect:` lines at the top of an invalid example."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line[len("# expect: "):] for line in lines if line.startswith("# expect: ")]


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_invalid_example_gets_its_exact_messages(path):
    label = f"tests/invalid/{path.name}"
    result = load_scenario(path.read_text(encoding="utf-8"), label)
    assert result.scenario is None
    assert [str(p) for p in result.problems] == [
        f"{label}:{message}" for message in expected_messages(path)
    ]


def test_there_is_an_invalid_example_for_each_rule():
    assert len(EXAMPLES) >= 30
    assert all(expected_messages(p) for p in EXAMPLES)


def test_minimal_scenario_loads_into_the_model(minimal_text):
    result = load_scenario(minimal_text, "minimal.yaml")
    assert result.problems == []
    scenario = result.scenario
    assert scenario.id == "minimal-example"
    assert scenario.languages == ("en", "ru")
    assert scenario.verdict.answer is Answer.FAKE
    assert scenario.findings(Tool.SOURCE).clues[0].weight is Weight.STRONG
    assert scenario.findings("lateral").cost == 10  # the default cost of the tool
    assert scenario.findings("image").clues == ()
    assert scenario.title.get("ru") == "Предупреждение о землетрясении"
    assert scenario.item.source.created.isoformat() == "2024-02-28"
    assert scenario.item.published.utcoffset().total_seconds() == 5 * 3600
    assert scenario.decisive_tools() == (Tool.SOURCE, Tool.LATERAL)
    assert result.texts == 10 and result.translated == {"en": 10, "ru": 10}


def test_empty_text_is_a_warning_not_an_error(minimal_text):
    text = minimal_text.replace('lesson: {en: "Fake authority.", ru: "Ложный авторитет."}',
                                'lesson: {en: "Fake authority.", ru: ""}')
    result = load_scenario(text, "f.yaml")
    assert result.scenario is not None
    assert [str(p) for p in result.problems] == [
        "f.yaml:41:39: warning: the 'ru' text is still to write (it is empty)"
    ]


def test_several_problems_are_reported_together(minimal_text):
    text = minimal_text.replace("difficulty: 2", "difficulty: 9").replace(
        "kind: social_post", "kind: tweet")
    messages = [p.message for p in load_scenario(text, "f.yaml").problems]
    assert len(messages) == 2
    assert messages[0] == "expected a difficulty from 1 to 3, found 9"
    assert messages[1].startswith("expected an item kind (one of: social_post")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "expected a scenario (a mapping with keys such as format, id, title), "
              "found an empty file"),
        (b"id: caf\xe9\n", "expected UTF-8 text, found the byte 0xE9, which is not UTF-8: "
                           "save the file as UTF-8"),
        (b"\xff\xfei\x00d\x00", "expected UTF-8 text, found UTF-16: save the file as UTF-8"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\xfe\xed", "expected YAML text, found binary data "
                                                     "(is this really a scenario file?)"),
        (b"format: 1\x00\x00", "expected YAML text, found a NUL byte (is this really a "
                               "scenario file?)"),
        (b"format: 1\nid: \x07bell\n", "expected text, found the control character #x0007 "
                                       "(is this a binary file?)"),
    ],
    ids=["empty", "latin-1", "utf-16", "binary", "nul", "control-char"],
)
def test_unreadable_bytes_are_clear_errors(tmp_path, data, message):
    path = tmp_path / "bad.yaml"
    path.write_bytes(data)
    result = read_scenario_file(path)
    assert result.scenario is None
    assert [p.message for p in result.problems] == [message]


def test_a_utf8_bom_is_accepted(tmp_path, minimal_text):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + minimal_text.encode("utf-8"))
    assert read_scenario_file(path).problems == []


def test_huge_file_is_refused_before_parsing(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: no time spent writing it
    result = read_scenario_file(path)
    assert [p.code for p in result.problems] == ["too-large"]
    assert result.problems[0].message == (
        f"expected a scenario file of at most {MAX_FILE_BYTES // 1024} KiB, found 51200 KiB")


def test_huge_text_is_refused_before_parsing():
    result = load_scenario("a: " + "x" * (MAX_FILE_BYTES + 1), "big.yaml")
    assert [p.code for p in result.problems] == ["too-large"]


@pytest.mark.parametrize("opener, closer", [("[", "]"), ("{a: ", "}"), ("- ", "")])
def test_ten_thousand_levels_of_nesting_are_refused(opener, closer):
    text = opener * 10_000 + "x" + closer * 10_000
    result = load_scenario(text, "deep.yaml")
    assert result.scenario is None
    assert [p.code for p in result.problems] in (["too-deep"], ["yaml-syntax"])
    if result.problems[0].code == "too-deep":
        assert result.problems[0].message == (
            f"expected at most {MAX_DEPTH} levels of nesting, found more")


def test_unreadable_file_is_a_problem_of_that_file(tmp_path):
    result = read_scenario_file(tmp_path / "missing.yaml")
    assert [p.code for p in result.problems] == ["unreadable"]
    assert result.problems[0].file.endswith("missing.yaml")


def test_yaml11_booleans_are_fine_in_quotes(minimal_text):
    text = minimal_text.replace('lesson: {en: "Fake authority."', 'lesson: {en: "off"')
    assert load_scenario(text, "f.yaml").problems == []


@pytest.mark.parametrize("change, message", [
    (("techniques: [fake-authority, fear-appeal]", "techniques: [fake-authority]",
      "answer: fake", "answer: genuine"),
     "6:13: warning: expected no technique for a genuine item (techniques are ways of "
     "manipulating), found fake-authority"),
    (("verdict:", "guide:\n  - tool: quote\n    why: {en: Check it, ru: Проверь}\nverdict:"),
     "37:11: warning: expected a guide step to a tool that finds something here, found "
     "'quote', which has no clues under tools"),
    (("  stats:", "  forwarded: true\n  stats:"),
     "20:14: warning: expected forwarded only on a messenger item, found it on a social_post "
     "item (the game does not show it there)"),
    (('summary: {en: "Nobody can predict quakes.",', 'summary: {en: ~,'),
     "40:17: warning: the 'en' text is still to write (it is empty)"),
])
def test_warnings(minimal_text, change, message):
    text = minimal_text
    for old, new in zip(change[::2], change[1::2]):
        text = text.replace(old, new, 1)
    result = load_scenario(text, "f.yaml")
    assert result.scenario is not None
    assert [str(p) for p in result.problems] == [f"f.yaml:{message}"]


def test_a_name_may_be_one_string_for_every_language(minimal_text):
    text = minimal_text.replace("name: {en: Almaty Alert 24, ru: Алматы Тревога 24}",
                                'name: "Almaty Alert 24"')
    result = load_scenario(text, "f.yaml")
    assert result.problems == []
    assert result.scenario.item.source.name.translations == {"en": "Almaty Alert 24",
                                                             "ru": "Almaty Alert 24"}


@pytest.mark.parametrize("written, kept", [
    ("50 000 ₸ a day", "50\u00a0000\u00a0₸ a day"),
    ("1 200 000 people", "1\u00a0200\u00a0000 people"),
    ("about 4 % in a year", "about 4\u00a0% in a year"),
    ("16 June 2024, 14:10", "16 June 2024, 14:10"),  # no group of three digits: left alone
    ("from 246 to 256", "from 246 to 256"),
])
def test_a_grouped_number_is_never_broken_across_lines(minimal_text, written, kept):
    """A narrow phone must not show "50" on one line and "000 ₸" on the next: the loader
    joins a grouped number and its sign with no-break spaces, in every text."""
    text = minimal_text.replace('lesson: {en: "Fake authority.",',
                                f'lesson: {{en: "{written}",')
    scenario = load_scenario(text, "f.yaml").scenario
    assert scenario.debrief.lesson.get("en") == kept
