"""The base of every screen: layout, keyboard focus, hover and click, drawing of its widgets."""

from __future__ import annotations

import bisect

import pygame

from quest.i18n import _
from quest.ui.widgets import Button, Scroll

NEXT_KEYS = (pygame.K_TAB, pygame.K_DOWN, pygame.K_RIGHT)
PREVIOUS_KEYS = (pygame.K_UP, pygame.K_LEFT)
ACTIVATE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)


class Scene:
    """A screen on the scene stack. Overlays draw the scene beneath them first."""

    overlay = False
    dim_below = 0  # how much an overlay darkens the scenes beneath: 0 (not) to 255 (black)
    name = "scene"

    def __init__(self, app):
        self.app = app
        self.buttons: list[Button] = []
        self.focus = 0
        self.scroll = Scroll()
        self.scroll_clip: pygame.Rect | None = None
        self.scrolled: set[int] = set()  # ids of buttons that move with the scroll
        self.grid_columns = 1  # Up/Down move by this many buttons in grids
        self.version = 0  # bumped whenever what the scene shows changes
        self._ordered = None  # (version, scrolled buttons by their top, tallest, fixed buttons)

    # -- life cycle ------------------------------------------------------------------------
    @property
    def ui(self):
        """The shared drawing context."""
        return self.app.ui

    def enter(self) -> None:
        """Called when the scene becomes the top of the stack for the first time."""
        self.relayout()

    def relayout(self) -> None:
        """Rebuild the layout for the current window, language and settings; keep the focus."""
        focused = self.buttons[self.focus].name if self.buttons else None
        self.version += 1
        self.buttons = []
        self.scrolled = set()
        self.layout()
        names = [b.name for b in self.buttons]
        if focused in names:
            self.focus = names.index(focused)
        self.focus = min(self.focus, max(0, len(self.buttons) - 1))

    def layout(self) -> None:
        """Create the widgets of the screen (subclasses)."""

    def dismiss(self, result=None) -> None:
        """Close this scene and hand `result` to whoever opened it."""
        if self.app.stack and self.app.top is self:
            self.app.pop(result)

    def on_result(self, result) -> None:
        """Receive the result of a dialog this scene opened."""

    def draw_beneath(self, surface) -> None:
        """Draw the scene once beneath an overlay (a scene with a cached layer skips it)."""
        self.draw(surface)

    def covered(self) -> None:
        """The scene is drawn once beneath an overlay, or hidden beneath another screen: caches
        of its own may be let go."""

    def leave(self) -> None:
        """The scene left the stack: let go of its widgets and drawing layers now."""
        self.buttons = []
        for name in ("_layer", "_veil"):
            if getattr(self, name, None) is not None:
                setattr(self, name, None)

    def update(self, dt: float) -> bool:
        """Advance animations by dt seconds; True when the screen must be drawn again."""
        return False

    # -- widgets ---------------------------------------------------------------------------
    def add(self, button: Button, scrolled: bool = False) -> Button:
        """Add a focusable button; `scrolled` ones move with the scene's scroll area."""
        if not button.name:
            button.name = f"{self.name}:{len(self.buttons)}"
        self.buttons.append(button)
        if scrolled:
            self.scrolled.add(id(button))
        return button

    def add_column(self, entries, top: int, width: int, height: int) -> None:
        """A centred column of buttons: (name, label, icon, action) each; the first is primary."""
        m = self.ui.metrics
        for index, (name, label, icon, action) in enumerate(entries):
            rect = pygame.Rect(0, 0, width, height)
            rect.midtop = (m.width // 2, top + index * (height + m.gap * 2))
            self.add(Button(rect, label, action, icon=icon, name=f"{self.name}:{name}",
                            style="primary" if index == 0 else "normal"))

    def screen_rect(self, button: Button) -> pygame.Rect:
        """Where a button is on screen, after scrolling."""
        if id(button) in self.scrolled:
            return button.rect.move(0, -self.scroll.offset)
        return button.rect

    def visible(self, button: Button) -> bool:
        """Whether a button can be seen (and so clicked)."""
        if id(button) in self.scrolled and self.scroll_clip is not None:
            # Plain arithmetic: a list of 2,000 cases is checked every frame.
            top = button.rect.top - self.scroll.offset
            return top < self.scroll_clip.bottom and top + button.rect.height > \
                self.scroll_clip.top
        return True

    def focus_on(self, name: str) -> None:
        """Move the keyboard focus to the button with this name."""
        for index, button in enumerate(self.buttons):
            if button.name == name:
                self.set_focus(index)
                return

    def set_focus(self, index: int) -> None:
        """Focus a button and scroll it into view."""
        if not self.buttons:
            return
        self.focus = index % len(self.buttons)
        button = self.buttons[self.focus]
        if id(button) in self.scrolled and self.scroll_clip is not None:
            top = button.rect.top - self.scroll_clip.top
            self.scroll.show(top - self.ui.metrics.gap, top + button.rect.height
                             + self.ui.metrics.gap)

    def move_focus(self, step: int) -> None:
        """Move the focus by `step` buttons, skipping disabled ones."""
        if not self.buttons:
            return
        index = self.focus
        for _ in range(len(self.buttons)):
            index = (index + step) % len(self.buttons)
            if self.buttons[index].enabled:
                break
        self.set_focus(index)

    # -- input -----------------------------------------------------------------------------
    def handle(self, event) -> bool:
        """React to one input event; returns True when it was used."""
        if event.type == pygame.KEYDOWN:
            return self.key(event.key, event.mod)
        if event.type == pygame.MOUSEMOTION:
            self.hover(event.pos)
            return False
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            return self.click(event.pos)
        if event.type == pygame.MOUSEWHEEL:
            self.scroll.by(-event.y * self.ui.metrics.body * 3)
            return True
        return False

    def key(self, key: int, mod: int) -> bool:
        """Keyboard: Tab and arrows move the focus, Enter activates, Esc goes back."""
        if key == pygame.K_ESCAPE:
            self.back()
            return True
        if key == pygame.K_TAB:
            self.move_focus(-1 if mod & pygame.KMOD_SHIFT else 1)
            return True
        if key in (pygame.K_DOWN, pygame.K_UP) and self.grid_columns > 1:
            self.move_focus(self.grid_columns if key == pygame.K_DOWN else -self.grid_columns)
            return True
        if key in NEXT_KEYS:
            self.move_focus(1)
            return True
        if key in PREVIOUS_KEYS:
            self.move_focus(-1)
            return True
        if key in ACTIVATE_KEYS and self.buttons:
            self.buttons[self.focus].activate()
            return True
        if key in (pygame.K_PAGEDOWN, pygame.K_PAGEUP):
            self.scroll.by((1 if key == pygame.K_PAGEDOWN else -1) * self.scroll.viewport * 4 // 5)
            return True
        return False

    def under(self, button: Button, pos) -> bool:
        """Whether `pos` is on the visible part of a button (scrolled ones end at their clip)."""
        if not self.visible(button) or not self.screen_rect(button).collidepoint(pos):
            return False
        if id(button) in self.scrolled and self.scroll_clip is not None:
            return self.scroll_clip.collidepoint(pos)
        return True

    def hover(self, pos) -> None:
        """Mark the button under the mouse."""
        for button in self.buttons:
            if button.hovered or self.visible(button):
                button.hovered = self.under(button, pos)

    def click(self, pos) -> bool:
        """Activate the button under the mouse."""
        for index, button in enumerate(self.buttons):
            if self.under(button, pos):
                if button.enabled:
                    self.focus = index
                    button.activate()
                return True
        return False

    def back(self) -> None:
        """Esc: leave this screen."""
        if len(self.app.stack) > 1:
            self.app.pop()

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, surface) -> None:
        """Draw the screen (subclasses draw their content, then call draw_buttons)."""
        surface.fill(self.ui.palette.desk)
        self.draw_buttons(surface)

    def draw_buttons(self, surface, only_scrolled: bool | None = None) -> None:
        """Draw the buttons; scrolled ones inside the scroll clip (only those in view)."""
        focused = self.buttons[self.focus] if self.buttons else None
        show = self.app.show_focus
        if only_scrolled is not True:
            for button in self._partition()[3]:
                button.draw(self.ui, surface, button is focused and show)
        if only_scrolled is False or not self.scrolled:
            return
        clip = self.scroll_clip
        offset = self.scroll.offset
        previous = surface.get_clip()
        surface.set_clip(clip)
        for button in self.in_view():
            saved = button.rect
            button.rect = saved.move(0, -offset)
            button.draw(self.ui, surface, button is focused and show)
            button.rect = saved
        surface.set_clip(previous)

    def in_view(self) -> list[Button]:
        """The scrolled buttons in view, found by bisection: lists can hold thousands."""
        _, ordered, tallest, _ = self._partition()
        if self.scroll_clip is None:
            return [b for _, b in ordered]
        # A button starting up to its height above the view may still show its bottom part.
        low = self.scroll.offset + self.scroll_clip.top - tallest
        high = self.scroll.offset + self.scroll_clip.bottom
        start = bisect.bisect_left(ordered, low, key=lambda item: item[0])
        out = []
        for top, button in ordered[start:]:
            if top >= high:
                break
            if self.visible(button):
                out.append(button)
        return out

    def _partition(self) -> tuple:
        """(version, scrolled buttons by their top, tallest of them, fixed buttons), cached."""
        # Walking thousands of buttons every frame would cost more than drawing the few in view.
        key = (self.version, len(self.buttons), len(self.scrolled))
        if self._ordered is None or self._ordered[0] != key:
            items = sorted(((b.rect.top, b) for b in self.buttons if id(b) in self.scrolled),
                           key=lambda item: item[0])
            tallest = max((b.rect.height for _, b in items), default=0)
            fixed = [b for b in self.buttons if id(b) not in self.scrolled]
            self._ordered = (key, items, tallest, fixed)
        return self._ordered

    def header(self, surface, title: str, subtitle: str | None = None) -> int:
        """The title bar of a screen; returns the y where content starts."""
        ui, m = self.ui, self.ui.metrics
        top = m.gap * 4
        ui.line(surface, title, (m.gap * 6, top), m.heading, ui.palette.text, bold=True,
                max_width=m.width - m.gap * 12, owner=f"{self.name}:title")
        y = top + ui.text.line_height(m.heading, True)
        if subtitle:
            ui.line(surface, subtitle, (m.gap * 6, y), m.small, ui.palette.muted,
                    max_width=m.width - m.gap * 12, owner=f"{self.name}:subtitle")
            y += ui.text.line_height(m.small)
        return y + m.gap * 2

    def footer_hint(self, surface, text: str | None = None) -> None:
        """The keyboard hint line at the bottom of a screen."""
        ui, m = self.ui, self.ui.metrics
        text = text or _("Tab: move · Enter: choose · Esc: back")
        ui.line(surface, text, (m.gap * 6, m.height - m.gap * 2), m.small, ui.palette.muted,
                anchor="bottomleft", max_width=m.width - m.gap * 12, owner=f"{self.name}:hint")
