"""Scrolling a long list repaints only the cards that come into view."""

import pygame
import pytest

from quest.ui.scenes import first_scenes
from tests.pilot import Pilot


@pytest.fixture
def select_screen():
    pilot = Pilot(size=(1920, 1080), lang="ru")
    for scene in first_scenes(pilot.app):
        pilot.app.push(scene)
    pilot.frames(2)
    pilot.focus_to("lang:ru")
    pilot.press(pygame.K_RETURN)
    pilot.focus_to("menu:practice")
    pilot.press(pygame.K_RETURN)
    assert pilot.top.name == "select"
    yield pilot
    pilot.close()


def wheel(pilot, steps: int, direction: int) -> list[int]:
    """Scroll by `steps` wheel notches; the number of widgets painted in each frame."""
    cache = pilot.app.ui.widgets
    painted = []
    for _ in range(steps):
        before = cache.puts
        pilot.frames(1, [pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=direction,
                                            flipped=False)])
        painted.append(cache.puts - before)
    return painted


def test_turning_back_in_a_long_list_reuses_the_painted_cards(select_screen):
    pilot = select_screen
    scene = pilot.top
    assert scene.scroll_clip is not None
    columns = max(1, scene.grid_columns)
    down = wheel(pilot, 40, -1)
    assert scene.scroll.offset > 0, "the bundled list should be longer than the window"
    assert sum(down) > 0
    # On the way back every card was painted moments ago: at most a row may come anew.
    bottom = scene.scroll.offset
    back = wheel(pilot, 6, 1)
    assert scene.scroll.offset < bottom
    assert max(back) <= columns, back


def test_the_widget_cache_grows_with_the_window():
    from quest.ui.widgets import WidgetCache

    cache = WidgetCache()
    cache.fit_window(1366, 768)
    small = cache.budget
    cache.fit_window(3840, 2160)
    assert cache.budget > small
    # More than a full view, or a scrolled list would evict the cards it is about to draw.
    assert cache.budget >= 1.25 * 3840 * 2160 > 3840 * 2160
