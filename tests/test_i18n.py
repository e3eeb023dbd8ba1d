"""The translators' gates: template current, catalogs complete, placeholders kept, .mo fresh;
locale choice; plural forms and CLDR formats; a fourth language needs no code."""

import re
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from quest import catalogs, i18n
from quest.resources import LOCALES

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("kk", "ru", "en")
# A placeholder with its conversion and format ({value!r}, {most:,}); a literal example in
# braces ({kk: ..., ru: ...}) must also stay as written.
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def read(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def keys(catalog) -> set:
    return {(m.context, m.id if isinstance(m.id, str) else tuple(m.id))
            for m in catalog if m.id}


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


def test_the_template_matches_the_sources(tmp_path):
    fresh = tmp_path / "quest.pot"
    catalogs.extract(fresh)
    committed = read(LOCALES / "quest.pot")
    assert keys(read(fresh)) == keys(committed), "run: python -m quest.catalogs update"


@pytest.mark.parametrize("lang", LANGS)
def test_every_catalog_is_complete(lang):
    template = keys(read(LOCALES / "quest.pot"))
    catalog = read(LOCALES / lang / "LC_MESSAGES" / "quest.po")
    assert keys(catalog) == template
    untranslated = [m.id for m in catalog if m.id and (
        not m.string or (isinstance(m.string, (list, tuple)) and
                         (len(m.string) != catalog.num_plurals or not all(m.string))))]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == [] and fuzzy == []


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_of_every_translation_match_its_msgid(lang):
    catalog = read(LOCALES / lang / "LC_MESSAGES" / "quest.po")
    wrong = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, (list, tuple)) else [message.id]
        expected = sorted(PLACEHOLDER.findall(ids[-1]))
        strings = message.string if isinstance(message.string, (list, tuple)) \
            else [message.string]
        for string in strings:
            if sorted(PLACEHOLDER.findall(string)) != expected:
                wrong.append((ids[0], string))
    assert wrong == []


def parsed_mo(data: bytes) -> tuple[dict, str]:
    """The messages of a compiled catalog and its plural rule, whatever tool wrote it."""
    import gettext
    import io

    translations = gettext.GNUTranslations(io.BytesIO(data))
    messages = dict(translations._catalog)
    header = messages.pop("", "")  # tool names and dates: not part of what the game shows
    plural = next((line.split(":", 1)[1].strip() for line in header.splitlines()
                   if line.lower().startswith("plural-forms:")), "")
    return messages, plural


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_catalogs_are_current(lang):
    mo = LOCALES / lang / "LC_MESSAGES" / "quest.mo"
    committed, committed_plural = parsed_mo(mo.read_bytes())
    fresh, fresh_plural = parsed_mo(catalogs.compiled(lang))
    assert committed == fresh, "run: python -m quest.catalogs compile"
    assert committed_plural == fresh_plural and committed_plural, \
        "run: python -m quest.catalogs compile"


def test_the_catalog_comparison_sees_a_changed_translation():
    fresh, _ = parsed_mo(catalogs.compiled("ru"))
    key = next(k for k in fresh if isinstance(k, str) and k)
    from babel.messages.mofile import write_mo

    with (LOCALES / "ru" / "LC_MESSAGES" / "quest.po").open("rb") as handle:
        catalog = read_po(handle, locale="ru")
    catalog[key].string = "changed"
    import io

    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    assert parsed_mo(buffer.getvalue())[0] != fresh


def test_a_fourth_language_is_a_folder_not_code(tmp_path, monkeypatch):
    from quest.ui.headless import make_app
    from quest.ui.scenes.title import TitleScene

    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    german = locales / "de" / "LC_MESSAGES"
    german.mkdir(parents=True)
    (german / "quest.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=utf-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "Practice"\nmsgstr "Üben"\n', encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALES_DIR", locales)
    monkeypatch.setattr(i18n, "_catalogs", {})
    assert i18n.available_languages() == ["kk", "ru", "en", "de"]
    assert i18n.native_name("de") == "Deutsch"
    i18n.set_language("de")
    assert i18n._("Practice") == "Üben"
    app = make_app(lang="en")
    try:
        app.push(TitleScene(app))
        assert [b.label for b in app.top.buttons] == ["Қазақша", "Русский", "English",
                                                      "Deutsch"]
    finally:
        app.close()


@pytest.mark.parametrize("cli, saved, env, expected", [
    ("ru", "kk", {"LANG": "en_US.UTF-8"}, "ru"),
    (None, "kk", {"LANG": "ru_RU.UTF-8"}, "kk"),
    (None, None, {"LANG": "kk_KZ.UTF-8"}, "kk"),
    (None, None, {"LC_ALL": "ru_KZ.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
    (None, None, {"LANG": "Kazakh_Kazakhstan.1251"}, "kk"),
    (None, None, {"LANG": "de_DE.UTF-8"}, "en"),
    (None, None, {"LANG": "C"}, "en"),
    ("xx", "yy", {}, "en"),
])
def test_locale_choice(cli, saved, env, expected):
    assert i18n.choose_language(cli, saved, env) == expected


@pytest.mark.parametrize("lang, counts", [
    ("ru", {1: "1 ошибка", 2: "2 ошибки", 5: "5 ошибок", 11: "11 ошибок", 21: "21 ошибка",
            22: "22 ошибки", 1.5: "1.5 ошибки"}),
    ("en", {1: "1 error", 2: "2 errors", 1.5: "1.5 errors"}),
])
def test_plural_forms(lang, counts):
    i18n.set_language(lang)
    for count, expected in counts.items():
        assert i18n.ngettext("{count} error", "{count} errors", count).format(
            count=count) == expected


def words(text: str) -> list[str]:
    """The words of a formatted text in any order: CLDR releases move words and change spaces,
    the words themselves (and the digits) are what the player must read."""
    spaces = str.maketrans({"\xa0": " ", "\u202f": " "})
    return sorted(text.translate(spaces).replace(",", " ").split())


@pytest.mark.parametrize("lang, count, ago, day", [
    ("kk", "12,4 мың", "3 сағат бұрын", "2024 ж. 2 наурыз"),
    ("ru", "12,4 тыс.", "3 часа назад", "2 марта 2024 г."),
    ("en", "12.4K", "3 hours ago", "March 2, 2024"),
])
def test_numbers_and_dates_come_from_cldr(lang, count, ago, day):
    i18n.set_language(lang)
    assert words(i18n.format_count(12_400)) == words(count)
    assert words(i18n.format_ago(timedelta(hours=3))) == words(ago)
    assert words(i18n.format_date(date(2024, 3, 2))) == words(day)
    moment = datetime.fromisoformat("2024-03-02T08:15:00+05:00")
    assert "08:15" in i18n.format_datetime(moment) or "8:15" in i18n.format_datetime(moment)


def test_compact_counts_take_the_plural_of_what_is_shown():
    i18n.set_language("ru")
    assert i18n.shown_count(1_001) == 1_000
    shown = i18n.ngettext("{count} like", "{count} likes", i18n.shown_count(1_001)).format(
        count=i18n.format_count(1_001))
    assert words(shown) == words("1 тыс. лайков")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_english_left_on_a_translated_screen(lang):
    from quest.ui.headless import SCREENS, build_screen, make_app, render

    catalog = read(LOCALES / lang / "LC_MESSAGES" / "quest.po")
    english = {m.id for m in catalog if isinstance(m.id, str) and m.id and m.string != m.id
               and len(m.id) > 3}
    shown = set()
    for screen in SCREENS:
        app = make_app(lang=lang)
        try:
            build_screen(app, screen)
            render(app)
            shown |= {key[0] for key in app.ui.text._surfaces}
        finally:
            app.close()
    assert sorted(shown & english) == []


def test_a_scenario_without_the_players_language_shows_its_fallback_visibly(tmp_path):
    from quest.ui.headless import make_app, render
    from quest.ui.scenes.investigate import InvestigateScene
    from quest.ui.scenes.select import SelectScene

    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "minimal.yaml", folder / "minimal.yaml")
    app = make_app(lang="kk", scenarios=[str(folder)])
    try:
        scenario = app.data.content.trainer_library.scenarios["minimal-example"]
        assert scenario.shown_language("kk") == "en"
        app.push(SelectScene(app))
        render(app)
        app.push(InvestigateScene(app, scenario))
        render(app)
        shown = {key[0] for key in app.ui.text._surfaces}
        note = i18n._("Not available in your language: shown in {language}").format(
            language="English")
        assert note in shown
        assert note != "Not available in your language: shown in English"  # it is Kazakh
        assert "MIL Quest · A quake warning" in shown  # the English title, not Russian
        assert app.ui.issues == set()
    finally:
        app.close()
