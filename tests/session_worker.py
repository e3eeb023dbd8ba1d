"""A game process that plays a session through the real scenes, for the crash tests.

Usage: python -m tests.session_worker DATA_DIR
Starts (or resumes, from the menu) the session of DATA_DIR and plays every turn: the decisive
tools, the key clues, the right answer. After each answer it prints "answered ROUND TEAM", once
the database holds it; on the way it prints "started", "investigated" and "scoreboard" as it
reaches them. A parent test kills it at one of these moments and starts it again.
"""

import os
import sys

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def main(folder: str) -> None:
    from pathlib import Path

    from tests.pilot import Pilot
    from quest.ui.scenes.menu import MenuScene

    pilot = Pilot(lang="en", data_dir=Path(folder))
    app = pilot.app
    app.push(MenuScene(app))
    pilot.click("menu:session")
    resumable = [b.name for b in pilot.top.buttons if b.name.startswith("session:resume:")]
    if resumable:
        pilot.click(resumable[0])
    else:
        pilot.click("session:new")
        for index, name in enumerate(["Қыран", "Барс", "Ақиқат"][:2]):
            pilot.focus_to(f"team:{index}")
            for char in name:
                pilot.frames(1, [__import__("pygame").event.Event(
                    __import__("pygame").TEXTINPUT, text=char)])
        pilot.click("set:1")
        pilot.click("rounds:less")  # 3 -> 2 rounds
        pilot.click("setup:start")
    while True:
        top = pilot.top
        if top.name == "scoreboard":
            if top.final:
                print("finished", flush=True)
                break
            print("scoreboard", flush=True)
            pilot.press(__import__("pygame").K_SPACE)  # skips the growing bars
            pilot.click("scoreboard:next")
            continue
        assert top.name == "turn", top.name
        round_number, team = top.round, top.team
        pilot.click("turn:start")
        print(f"started {round_number} {team}", flush=True)
        scenario = pilot.top.scenario
        pilot.investigate(scenario)
        print(f"investigated {round_number} {team}", flush=True)
        pilot.decide(scenario.verdict.answer)
        print(f"answered {round_number} {team}", flush=True)
        pilot.frames(60)  # the points count up
        pilot.click("debrief:continue")
    pilot.close()


if __name__ == "__main__":
    main(sys.argv[1])
