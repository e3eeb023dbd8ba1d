"""A whole team session through the real scenes: set-up by typing, turns, scoreboards, export."""

import io
import json

import pygame

from quest.cli import main
from quest.model.scoring import best_possible
from quest.ui.scenes.menu import MenuScene
from tests.pilot import Pilot

TEAMS = ["Қыран", "Барс", "Ақиқат"]


def type_text(pilot, text):
    for char in text:
        pilot.frames(1, [pygame.event.Event(pygame.TEXTINPUT, text=char)])


def play_turn(pilot, right: bool, pins: bool):
    scenario = pilot.top.scenario
    pilot.investigate(scenario, pins)
    truth = str(scenario.verdict.answer)
    pilot.decide(truth if right else ("fake" if truth == "genuine" else "genuine"))
    points = pilot.top.score.total
    if right and pins:
        assert points == best_possible(scenario)
    pilot.frames(60)
    pilot.click("debrief:continue")
    return points


def open_setup(pilot) -> None:
    """From the main menu to the set-up of a new team session."""
    pilot.app.push(MenuScene(pilot.app))
    pilot.click("menu:session")
    pilot.click("session:new")


def test_a_whole_session_of_three_teams(tmp_path):
    pilot = Pilot(lang="kk", data_dir=tmp_path)
    try:
        open_setup(pilot)
        pilot.click("team:add")
        for index, name in enumerate(TEAMS):
            pilot.focus_to(f"team:{index}")
            type_text(pilot, name)
        pilot.click("set:2")
        pilot.click("setup:start")
        assert pilot.top.name == "turn"
        points = {name: 0 for name in TEAMS}
        for round_number in range(3):
            for team, (right, pins) in enumerate(((True, True), (False, True), (True, False))):
                assert (pilot.top.name, pilot.top.round, pilot.top.team) == (
                    "turn", round_number, team)
                pilot.click("turn:start")
                points[TEAMS[team]] += play_turn(pilot, right, pins)
            assert pilot.top.name == "scoreboard"
            board = pilot.top
            order = [row.name for row in board.rows]
            assert order == sorted(TEAMS, key=lambda n: -points[n])
            assert [row.points for row in board.rows] == sorted(points.values(), reverse=True)
            pilot.press(pygame.K_SPACE)
            if board.final:
                break
            pilot.click("scoreboard:next")
        assert pilot.top.final and pilot.top.rows[0].name == "Қыран"
        assert pilot.app.ui.issues == set()
    finally:
        pilot.close()
    out = io.StringIO()
    assert main(["session", "--data-dir", str(tmp_path), "export", "1", "--format", "json"],
                out=out) == 0
    rows = json.loads(out.getvalue())["rows"]
    assert len(rows) == 9
    assert [r["team"] for r in rows[:3]] == TEAMS
    assert {r["team"]: 0 for r in rows} == {n: 0 for n in TEAMS}
    for name in TEAMS:
        assert sum(r["points"] for r in rows if r["team"] == name) == points[name]
    assert all(r["verdict"] != r["truth"] for r in rows if r["team"] == "Барс")


def play_all_play_computer(folder, team: str, key: str | None, right: bool) -> tuple[str, int]:
    """Set up a one-round all-play session on its own computer (typing the results key when
    given), play its turn, and return the key shown and the points."""
    pilot = Pilot(lang="ru", data_dir=folder)
    try:
        open_setup(pilot)
        pilot.click("format:all")
        pilot.click("remove:1")
        pilot.focus_to("team:0")
        type_text(pilot, team)
        pilot.click("rounds:less")
        pilot.click("rounds:less")
        field = pilot.button("setup:key")
        if key is not None:
            pilot.focus_to("setup:key")
            pilot.press(pygame.K_BACKSPACE, times=len(field.text))
            type_text(pilot, key.lower().replace("-", " "))  # as a person might type it
        shown = pilot.button("setup:key").text
        pilot.click("setup:start")
        assert pilot.top.name == "turn", pilot.top.problem
        pilot.click("turn:start")
        points = play_turn(pilot, right, pins=True)
        assert pilot.app.ui.issues == set()
    finally:
        pilot.close()
    return shown, points


def test_all_play_computers_share_a_typed_results_key_and_merge(tmp_path):
    key, fox = play_all_play_computer(tmp_path / "facilitator", "Қыран", None, right=True)
    _, owl = play_all_play_computer(tmp_path / "lab-2", "Барс", key, right=False)
    for name in ("facilitator", "lab-2"):
        assert main(["session", "--data-dir", str(tmp_path / name), "export", "1", "-o",
                     str(tmp_path / f"{name}.csv")], out=io.StringIO()) == 0
    out, err = io.StringIO(), io.StringIO()
    # On the facilitator's computer: its own session knows the key, no --key needed.
    code = main(["session", "--data-dir", str(tmp_path / "facilitator"), "merge",
                 str(tmp_path / "facilitator.csv"), str(tmp_path / "lab-2.csv")], out=out, err=err)
    assert code == 0, err.getvalue()
    table = out.getvalue().splitlines()[2:]
    assert table[0].split()[1:3] == ["Қыран", str(fox)]
    assert table[1].split()[1:3] == ["Барс", str(owl)]


def test_control_characters_typed_or_pasted_into_a_name_are_dropped(tmp_path):
    pilot = Pilot(lang="en", data_dir=tmp_path)
    try:
        open_setup(pilot)
        pilot.focus_to("team:0")
        # What a paste of a hostile name delivers as text input.
        pilot.frames(1, [pygame.event.Event(pygame.TEXTINPUT, text="Fox\x1b]0;owned\x07\u202e!")])
        assert pilot.button("team:0").text == "Fox]0;owned!"
    finally:
        pilot.close()
