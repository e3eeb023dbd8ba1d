"""Whole games through the real scenes, by keyboard alone and by mouse alone."""

import pygame
import pytest

from quest.model.scenario import Confidence
from quest.model.scoring import best_possible
from tests.pilot import Pilot


@pytest.fixture
def pilot():
    pilot = Pilot(lang="en")
    from quest.ui.scenes import first_scenes

    for scene in first_scenes(pilot.app):
        pilot.app.push(scene)
    pilot.frames(2)
    yield pilot
    pilot.close()


def test_keyboard_only_playthrough_scores_the_best(pilot):
    assert pilot.top.name == "title"
    pilot.focus_to("lang:en")
    pilot.press(pygame.K_RETURN)
    assert pilot.top.name == "menu"
    pilot.focus_to("menu:practice")
    pilot.press(pygame.K_RETURN)
    assert pilot.top.name == "select"
    pilot.focus_to("select:next")
    pilot.press(pygame.K_RETURN)
    assert pilot.top.name == "investigate"
    scenario = pilot.top.scenario
    keys = set(scenario.verdict.key_clues)
    tools = list(scenario.tools)
    order = list(type(tools[0]))
    number_keys = [pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4, pygame.K_5, pygame.K_6,
                   pygame.K_7, pygame.K_8, pygame.K_9, pygame.K_0, pygame.K_MINUS,
                   pygame.K_EQUALS]
    for tool in scenario.decisive_tools():
        pilot.press(number_keys[order.index(tool)])
        assert pilot.top.name == "toolresult"
        for clue in scenario.tools[tool].clues:
            if clue.id in keys:
                pilot.focus_to(f"pin:{clue.id}")
                pilot.press(pygame.K_RETURN)
        pilot.press(pygame.K_ESCAPE)
        assert pilot.top.name == "investigate"
    assert set(pilot.top.investigation.pinned) == keys
    pilot.press(pygame.K_v)
    assert pilot.top.name == "verdict"
    pilot.focus_to(f"answer:{scenario.verdict.answer}")
    pilot.press(pygame.K_RETURN)
    pilot.focus_to(f"confidence:{Confidence.SURE}")
    pilot.press(pygame.K_RETURN)
    pilot.focus_to("verdict:confirm")
    pilot.press(pygame.K_RETURN)
    assert pilot.top.name == "debrief"
    assert pilot.top.score.total == best_possible(scenario)
    pilot.press(pygame.K_SPACE)  # skips the count-up
    pilot.focus_to("debrief:finish")
    pilot.press(pygame.K_RETURN)
    assert pilot.top.name == "summary"
    [result] = pilot.app.data.results.practice
    assert (result.scenario_id, result.points) == (scenario.id, best_possible(scenario))


def test_mouse_only_playthrough_with_a_wrong_answer(pilot):
    pilot.click("lang:en")
    pilot.click("menu:practice")
    pilot.click("select:next")
    scenario = pilot.top.scenario
    first = scenario.decisive_tools()[0]
    pilot.click(f"tool:{first}")
    assert pilot.top.name == "toolresult"
    key = next(c.id for c in scenario.tools[first].clues if c.id in scenario.verdict.key_clues)
    pilot.click(f"pin:{key}")
    pilot.click("result:close")
    assert pilot.top.investigation.pinned == [key]
    pilot.click("verdict")
    wrong = "fake" if scenario.verdict.answer == "genuine" else "genuine"
    pilot.click(f"answer:{wrong}")
    pilot.click("confidence:sure")
    pilot.click("verdict:confirm")
    assert pilot.top.name == "debrief"
    assert pilot.top.score.outcome == "wrong"
    # verdict 0, sure-and-wrong -60, one key clue +20
    assert pilot.top.score.total == -40
    assert pilot.top.score.total < best_possible(scenario)
    pilot.click("debrief:finish")  # nothing to count up below zero: the click finishes
    assert pilot.top.name == "summary"


def test_esc_opens_the_pause_menu_and_leaving_returns_to_select(pilot):
    pilot.click("lang:en")
    pilot.click("menu:practice")
    pilot.click("select:next")
    pilot.press(pygame.K_ESCAPE)
    assert pilot.top.name == "pause" and pilot.top.overlay
    pilot.click("pause:leave")
    assert pilot.top.name == "select"


def test_closing_the_window_at_any_moment_exits_cleanly(pilot):
    pilot.click("lang:en")
    pilot.click("menu:practice")
    pilot.click("select:next")
    pilot.frames(1, [pygame.event.Event(pygame.QUIT)])
    assert pilot.app.running is False


def test_switching_language_in_settings_changes_every_screen(pilot):
    pilot.click("lang:en")
    pilot.click("menu:settings")
    before = pilot.button("settings:done").label
    pilot.click("lang:ru")
    assert pilot.top.name == "settings"
    from quest import i18n

    assert i18n.language() == "ru"
    menu = pilot.app.stack[0]
    assert menu.name == "menu"
    assert pilot.button("settings:done").label == i18n._("Done") != before
    assert menu.buttons[0].label == i18n._("Practice") != "Practice"
