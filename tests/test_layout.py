"""Every screen in every language at both sizes and two text sizes: no text outside its box."""

import pytest

from quest.ui.headless import SCREENS, build_screen, make_app, render

LANGS = ("kk", "ru", "en")
SIZES = ((1366, 768), (1920, 1080))
SCALES = (100, 150)


def layout_problems(app, screen: str, scenario_id=None) -> list:
    """Lay out one screen on a fresh stack of the app and draw it; what did not fit."""
    while app.stack:
        app.stack.pop().leave()
    app.data.results.practice.clear()
    app.ui.issues.clear()
    build_screen(app, screen, scenario_id)
    render(app)
    return sorted(app.ui.issues)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scale", SCALES, ids=lambda s: f"{s}%")
def test_every_screen_fits(lang, size, scale):
    app = make_app(size=size, lang=lang, text_scale=scale)
    try:
        problems = {screen: found for screen in SCREENS
                    if (found := layout_problems(app, screen))}
    finally:
        app.close()
    assert problems == {}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scale", SCALES, ids=lambda s: f"{s}%")
def test_every_bundled_scenario_fits_on_its_screens(lang, size, scale):
    app = make_app(size=size, lang=lang, text_scale=scale)
    try:
        problems = {(scenario.id, screen): found for scenario in app.data.content.campaign()
                    for screen in ("start", "investigate", "result", "debrief")
                    if (found := layout_problems(app, screen, scenario.id))}
    finally:
        app.close()
    assert problems == {}


def test_a_long_unbroken_word_is_wrapped_inside_its_box():
    app = make_app()
    try:
        lines = app.ui.text.wrap("Қазақстанның" * 20, 24, 300)
        assert len(lines) > 1
        assert all(app.ui.text.width(line, 24) <= 300 for line in lines)
    finally:
        app.close()


def test_overflowing_text_is_reported_not_drawn_outside():
    import pygame

    app = make_app()
    try:
        surface = pygame.Surface((400, 100))
        surface.fill((0, 0, 0))
        app.ui.paragraph(surface, "word " * 200, pygame.Rect(10, 10, 200, 40), 20,
                         (255, 255, 255), owner="test")
        assert app.ui.issues == {f"test: {('word ' * 200)[:57] + '...'!r} does not fit"}
        below = pygame.Rect(0, 80, 400, 20)
        assert all(surface.get_at((x, y))[:3] == (0, 0, 0)
                   for x in range(below.left, below.right, 3)
                   for y in range(below.top, below.bottom, 3))
    finally:
        app.close()


def test_rendered_text_is_cached_not_rendered_every_frame():
    app = make_app(size=(1920, 1080))
    try:
        build_screen(app, "investigate")
        render(app)
        first = app.ui.text.renders
        for _ in range(5):
            render(app)
        assert app.ui.text.renders == first
    finally:
        app.close()
