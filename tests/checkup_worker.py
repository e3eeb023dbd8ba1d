"""A game process that takes the check-up through the real screens, for the crash test.

Usage: python -m tests.checkup_worker DATA_DIR
From the menu, Check-up, the student "Aruzhan", before the game; rates every headline by keys
(the right answer, "certain"). It prints "resumed N" with the headlines already rated when
the screen opens, "rated ITEM" once each rating is in the database, and "done" at the end.
"""

import os
import sys

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def main(folder: str) -> None:
    from pathlib import Path

    import pygame

    from tests.pilot import Pilot
    from quest.ui.scenes.menu import MenuScene

    pilot = Pilot(lang="en", data_dir=Path(folder))
    pilot.app.push(MenuScene(pilot.app))
    pilot.click("menu:checkup")
    pilot.button("checkup:name").text = "Aruzhan"
    pilot.click("checkup:pre")
    print("resumed", pilot.top.index, flush=True)
    while pilot.top.name == "checkup-item":
        item = pilot.top.form.items[pilot.top.index]
        pilot.press(pygame.K_r if item.real else pygame.K_f)
        pilot.press(pygame.K_3)
        print("rated", item.id, flush=True)
    print("done" if pilot.top.name == "checkup-done" else f"stopped on {pilot.top.name}",
          flush=True)
    pilot.close()


if __name__ == "__main__":
    main(sys.argv[1])
