"""Drive the real game headless, like a player: keys, clicks, frames."""

from __future__ import annotations

import concurrent.futures

import pygame

from quest.ui.app import STEP
from quest.ui.headless import make_app


class Pilot:
    """A headless game with helpers to press keys and click buttons by name."""

    def __init__(self, **options):
        self.app = make_app(**options)

    @property
    def top(self):
        return self.app.top

    def frames(self, count: int = 1, events=()) -> None:
        events = list(events)
        for _ in range(count):
            self.app.frame_step(events, STEP)
            events = []

    def press(self, key: int, mod: int = 0, times: int = 1) -> None:
        for _ in range(times):
            self.frames(1, [pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="",
                                               scancode=0)])

    def button(self, name: str):
        for button in self.top.buttons:
            if button.name == name:
                return button
        raise AssertionError(f"no button {name!r} on {self.top.name}: "
                             f"{[b.name for b in self.top.buttons]}")

    def click(self, name: str) -> None:
        button = self.button(name)
        pos = self.top.screen_rect(button).center
        self.frames(1, [pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                           buttons=(0, 0, 0)),
                        pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1)])

    def focus_to(self, name: str) -> None:
        """Press Tab until the named button has the focus."""
        for _ in range(len(self.top.buttons) + 1):
            if self.top.buttons[self.top.focus].name == name:
                return
            self.press(pygame.K_TAB)
        raise AssertionError(f"Tab never reached {name!r}")

    def analysed(self, timeout: float = 120.0) -> None:
        """Wait (bounded) until the lab's running analyses are done, then draw their results."""
        futures = list(self.top.futures.values())
        done, pending = concurrent.futures.wait(futures, timeout=timeout)
        assert not pending, f"analyses still running after {timeout} s"
        self.frames(1)

    def investigate(self, scenario, pins: bool = True) -> None:
        """Use every decisive tool, pin the key clues it shows (or not), close each result.

        The image tool opens its lab: each key clue is pinned on the tab of the analysis it
        rests on, once that analysis has run."""
        for tool in scenario.decisive_tools():
            self.click(f"tool:{tool}")
            lab = self.top.name == "lab"
            if pins:
                for clue in scenario.tools[tool].clues:
                    if clue.id in scenario.verdict.key_clues:
                        if lab:
                            kind = str(clue.evidence[0]) if clue.evidence else "search"
                            self.click(f"lab:{kind}")
                            self.analysed()
                        self.focus_to(f"pin:{clue.id}")  # scrolls a long result into view
                        self.press(pygame.K_RETURN)
            self.click("lab:close" if lab else "result:close")

    def decide(self, answer, confidence: str = "sure") -> None:
        """Open the verdict, choose the answer and confidence, confirm."""
        self.click("verdict")
        self.click(f"answer:{answer}")
        self.click(f"confidence:{confidence}")
        self.click("verdict:confirm")

    def close(self) -> None:
        self.app.close()
