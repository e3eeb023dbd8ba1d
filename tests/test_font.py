"""The shipped font has a glyph for every character the game shows."""

import pytest
from babel.messages.pofile import read_po
from fontTools.ttLib import TTFont

from quest.content.packs import BUNDLED_DIR, scenario_files
from quest.resources import LOCALES
from quest.ui.text import FONT_DIR, FONT_FILES


def shown_characters() -> set[str]:
    """Every character of the bundled scenarios and the UI catalogs."""
    chars = set()
    for path in scenario_files(BUNDLED_DIR):
        chars |= set(path.read_text(encoding="utf-8"))
    for po in LOCALES.glob("*/LC_MESSAGES/quest.po"):
        with po.open("rb") as handle:
            for message in read_po(handle):
                for text in (message.id, message.string):
                    for part in (text if isinstance(text, (list, tuple)) else [text]):
                        chars |= set(part or "")
    chars |= set(formatted_samples())
    return {c for c in chars if c.isprintable() and not c.isspace() or c in "\xa0\u202f"}


def formatted_samples() -> str:
    """What CLDR writes for numbers, counts and dates in each language (its own spaces too)."""
    from datetime import datetime, timedelta

    from quest import i18n

    out = []
    for lang in i18n.available_languages():
        i18n.set_language(lang)
        moment = datetime.fromisoformat("2024-03-02T08:15:00+05:00")
        out += [i18n.format_number(1234567), i18n.format_count(1_540_000),
                i18n.format_count(412_000), i18n.format_datetime(moment),
                i18n.format_date(moment), i18n.format_ago(timedelta(days=40))]
    i18n.set_language("en")
    return "".join(out)


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_every_shown_character_has_a_glyph(bold):
    cmap = TTFont(FONT_DIR / FONT_FILES[bold]).getBestCmap()
    missing = sorted(c for c in shown_characters() if ord(c) not in cmap)
    assert missing == []


def test_the_font_covers_kazakh_and_the_required_signs():
    cmap = TTFont(FONT_DIR / FONT_FILES[False]).getBestCmap()
    required = "әғқңөұүһіӘҒҚҢӨҰҮҺІ«»—№₸"
    assert [c for c in required if ord(c) not in cmap] == []


def test_the_font_licence_ships_beside_it():
    assert "SIL Open Font License" in (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
