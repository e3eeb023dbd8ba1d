"""Record a game, replay it headless through the real scenes: the same result every time."""

import json

import pygame
import pytest

from quest.cli import main
from quest.replay import Recorder, ReplayError, read
from quest.settings import Settings
from quest.ui.headless import replay
from tests.pilot import Pilot


def record_a_game(path):
    """Play a short game by mouse and keyboard while recording it."""

    from quest.ui.scenes import first_scenes

    pilot = Pilot(lang="en")
    pilot.app.recorder = Recorder(path, size=(1366, 768), lang="en", settings=Settings())
    for scene in first_scenes(pilot.app):
        pilot.app.push(scene)
    pilot.frames(3)
    pilot.click("lang:en")
    pilot.click("menu:practice")
    pilot.click("select:next")
    pilot.press(pygame.K_1)  # the source tool
    pilot.press(pygame.K_RETURN)  # pins the first clue it found
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_v)
    pilot.click("answer:genuine")
    pilot.click("confidence:likely")
    pilot.click("verdict:confirm")
    pilot.frames(80)  # the count-up runs
    results = [(r.scenario_id, r.points) for r in pilot.app.data.results.practice]
    pilot.close()
    return results


def test_replay_gives_the_recorded_result_every_time(tmp_path):
    path = tmp_path / "game.jsonl"
    played = record_a_game(path)
    assert len(played) == 1
    first = replay(path)
    second = replay(path)
    assert first == second
    assert [(r["scenario"], r["points"]) for r in first["results"]] == played


def test_replay_command_prints_json(tmp_path, capsys):
    path = tmp_path / "game.jsonl"
    played = record_a_game(path)
    import io

    out = io.StringIO()
    assert main(["replay", str(path), "--headless"], out=out) == 0
    data = json.loads(out.getvalue())
    assert data["results"][0]["points"] == played[0][1]
    assert data["total"] == played[0][1]


@pytest.mark.parametrize("content, message", [
    ("", "expected a MIL Quest replay header"),
    ("not json\n", "expected JSON"),
    ('{"mil-quest-replay": 1, "size": [10, 10], "lang": "en", "text_scale": 100}\n',
     "expected a window size"),
    ('{"mil-quest-replay": 1, "size": [1366, 768], "lang": "en", "text_scale": 100}\n'
     '{"f": 1, "t": "explode"}\n', "2: expected an event type"),
    ('{"mil-quest-replay": 1, "size": [1366, 768], "lang": "en", "text_scale": 100}\n'
     '{"f": 1, "t": "down", "pos": "here", "button": 1}\n', "2: expected a position"),
])
def test_damaged_replays_are_refused_with_the_line(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReplayError) as raised:
        read(path)
    assert message in raised.value.message
    assert str(path) in raised.value.message
