"""Typed text: a text field widget, and the scenes that show text fields."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from quest.model.session import MAX_TEAM_NAME
from quest.ui.scene import Scene
from quest.ui.widgets import Button


@dataclass
class TextField(Button):
    """A focusable line of typed text (a team name); typing follows the keyboard layout."""

    text: str = ""
    placeholder: str = ""
    limit: int = MAX_TEAM_NAME

    def state(self, ui, focused: bool) -> tuple:
        return super().state(ui, focused) + (self.text, self.placeholder)

    def paint(self, ui, surface, focused: bool) -> None:
        m, p = ui.metrics, ui.palette
        ui.box(surface, self.rect, p.paper if not ui.high_contrast else (255, 255, 255),
               border=p.accent if focused else p.border,
               border_width=p.border_width * (2 if focused else 1))
        inner = self.rect.inflate(-m.gap * 4, 0)
        shown = self.text + ("|" if focused else "")
        colour = p.ink if self.text else p.ink_muted
        ui.line(surface, shown if self.text or focused else self.placeholder,
                (inner.left, self.rect.centery), m.body, colour, anchor="midleft",
                max_width=inner.width, owner="field")
        if focused:
            ui.focus_ring(surface, self.rect)

    def type(self, text: str) -> None:
        """Add typed characters (printable ones), up to the limit."""
        text = "".join(ch for ch in text if ch.isprintable())
        self.text = (self.text + text)[: self.limit]

    def erase(self) -> None:
        """Remove the last character."""
        self.text = self.text[:-1]

    def edit(self, event) -> bool:
        """Typing and Backspace while the field has the focus; True when the event was used."""
        if event.type == pygame.TEXTINPUT:
            self.type(event.text)
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_BACKSPACE:
            self.erase()
            return True
        return False


class TypingScene(Scene):
    """A screen with text fields: the system's text input (and keyboard layout) is on while it
    is shown."""

    def enter(self) -> None:
        super().enter()
        pygame.key.start_text_input()

    def leave(self) -> None:
        pygame.key.stop_text_input()
        super().leave()

    enter_step = 1  # how many buttons Enter moves the focus on from a text field

    def handle(self, event) -> bool:
        focused = self.buttons[self.focus] if self.buttons else None
        if isinstance(focused, TextField):
            if focused.edit(event):
                return True
            if event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN,
                                                              pygame.K_KP_ENTER):
                self.move_focus(self.enter_step)
                return True
            if event.type == pygame.KEYDOWN and event.key in (pygame.K_LEFT, pygame.K_RIGHT,
                                                              pygame.K_SPACE):
                return True  # keys that belong to the text being typed
        return super().handle(event)
