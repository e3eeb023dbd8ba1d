"""The scene stack: push, pop with results, switch, overlays, and the last scene."""

import pytest

from quest.ui.app import SceneStackError
from quest.ui.scene import Scene
from tests.pilot import Pilot


class Recorder(Scene):
    name = "recorder"

    def __init__(self, app, log):
        super().__init__(app)
        self.log = log

    def on_result(self, result):
        self.log.append(result)

    def draw(self, surface):
        self.log.append(("draw", self.name))


class Overlay(Recorder):
    name = "overlay"
    overlay = True


@pytest.fixture
def pilot():
    pilot = Pilot()
    yield pilot
    pilot.close()


def test_dialog_hands_its_result_back(pilot):
    log = []
    pilot.app.push(Recorder(pilot.app, log))
    pilot.app.push(Recorder(pilot.app, []))
    pilot.app.pop("chosen")
    assert log == ["chosen"]
    assert len(pilot.app.stack) == 1


def test_overlay_draws_the_scene_below_and_switch_replaces(pilot):
    below, above = [], []
    pilot.app.push(Recorder(pilot.app, below))
    pilot.app.push(Overlay(pilot.app, above))
    pilot.frames(1)
    assert below == [("draw", "recorder")] and above == [("draw", "overlay")]
    pilot.app.switch(Recorder(pilot.app, []))
    assert [type(s).__name__ for s in pilot.app.stack] == ["Recorder", "Recorder"]


def test_popping_the_last_scene_is_a_clear_error(pilot):
    pilot.app.push(Recorder(pilot.app, []))
    with pytest.raises(SceneStackError) as raised:
        pilot.app.pop()
    assert "cannot close the last screen" in raised.value.message


def test_long_frames_are_clamped(pilot):
    log = []

    class Counter(Recorder):
        def update(self, dt):
            log.append(dt)

    pilot.app.push(Counter(pilot.app, []))
    pilot.app.frame_step([], 30.0)  # a window dragged for half a minute
    assert 10 <= len(log) <= 16  # a quarter of a second of steps, not 1,800


def test_a_dialog_hands_its_typed_result_to_whoever_opened_it(pilot):
    from quest.ui.results import Picked

    below, received = [], []
    pilot.app.push(Recorder(pilot.app, below))
    dialog = Recorder(pilot.app, [])
    pilot.app.push(dialog, on_result=received.append)
    dialog.dismiss(Picked(("a", "b")))
    assert received == [Picked(("a", "b"))]
    assert below == []  # the result went to the opener's callback, not to the scene beneath
    assert pilot.app.top is not dialog
    dialog.dismiss("again")  # a dialog already closed closes nothing else
    assert received == [Picked(("a", "b"))] and len(pilot.app.stack) == 1


def test_a_new_screen_lets_the_last_screens_painted_widgets_go(pilot):
    """Painted widgets are kept for the screen that shows them; an overlay keeps its screen's,
    a new screen starts with none, so their memory does not pile up under the next one."""
    import pygame

    widgets = pilot.app.ui.widgets
    pilot.app.push(Recorder(pilot.app, []))
    widgets.put(("button", 1), pygame.Surface((400, 80)))
    pilot.app.push(Overlay(pilot.app, []))
    assert widgets.get(("button", 1)) is not None and widgets._pixels == 400 * 80
    pilot.app.pop()
    pilot.app.push(Recorder(pilot.app, []))
    assert widgets.get(("button", 1)) is None and widgets._pixels == 0
