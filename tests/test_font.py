"""The shipped font has a glyph for every character the game shows."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from fontTools.ttLib import TTFont

from quest.content.packs import BUNDLED_DIR, scenario_files
from quest.ui.text import FONT_DIR, FONT_FILES

ROOT = Path(__file__).resolve().parent.parent


def shown_characters() -> set[str]:
    """Every character of the bundled scenarios and the UI catalogs."""
    chars = set()
    for path in scenario_files(BUNDLED_DIR):
        chars |= set(path.read_text(encoding="utf-8"))
    for po in (ROOT / "locales").glob("*/LC_MESSAGES/quest.po"):
        with po.open("rb") as handle:
            for message in read_po(handle):
                for text in (message.id, message.string):
                    for part in (text if isinstance(text, (list, tuple)) else [text]):
                        chars |= set(part or "")
    return {c for c in chars if c.isprintable() and not c.isspace()}


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
