"""The phone client's icons are the game's own, drawn by tools/web_icons.py from quest.ui.icons."""

import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools"
if not (TOOLS / "web_icons.py").exists():  # tests run against a copy without tools/
    pytest.skip("tools/web_icons.py is not here", allow_module_level=True)
sys.path.insert(0, str(TOOLS))
import pygame  # noqa: E402
import web_icons  # noqa: E402


def alpha(surface) -> bytes:
    return pygame.image.tobytes(surface, "RGBA")[3::4]


@pytest.mark.parametrize("name", web_icons.TOOLS + web_icons.UI)
def test_each_shipped_icon_is_what_the_games_icon_function_draws(name):
    shipped = pygame.image.load(str(web_icons.OUT / f"{name}.png"))
    drawn = web_icons.draw(name)
    assert shipped.get_size() == drawn.get_size() == (web_icons.SIZE, web_icons.SIZE)
    # A shade of tolerance for another pygame-ce's scaling; a different shape is far off.
    off = sum(abs(a - b) > 24 for a, b in zip(alpha(shipped), alpha(drawn)))
    assert off / len(alpha(drawn)) < 0.01
    assert any(alpha(shipped)), "an icon is not empty"


def test_the_page_uses_only_icons_that_are_shipped():
    import re

    static = web_icons.OUT.parent
    used = set(re.findall(r"i-([a-z_]+)", (static / "index.html").read_text(encoding="utf-8")))
    used |= set(re.findall(r"icons/([a-z_]+)\.png", (static / "app.css").read_text(
        encoding="utf-8")))
    shipped = {path.stem for path in web_icons.OUT.glob("*.png")}
    assert used and used <= shipped
    assert shipped == set(web_icons.TOOLS + web_icons.UI)
