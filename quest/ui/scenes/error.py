"""The error screen: a scenario file that cannot be played, with the checker's messages."""

from __future__ import annotations

import pygame

from quest.i18n import _
from quest.ui import routes
from quest.ui.scene import Scene
from quest.ui.widgets import Button


class ErrorScene(Scene):
    """Shows what is wrong with a file, line by line, and lets the player go back."""

    name = "error"

    def __init__(self, app, title: str, messages: list[str]):
        super().__init__(app)
        self.title = title
        self.messages = messages

    def layout(self) -> None:
        m = self.ui.metrics
        rect = pygame.Rect(0, 0, min(m.px(420), m.width // 3), m.button)
        rect.bottomright = (m.width - m.gap * 6, m.height - m.gap * 6)
        self.add(Button(rect, _("Back"), self.back, style="primary", icon="arrow_left",
                        name="error:back"))
        top = m.gap * 6 + self.ui.text.line_height(m.heading, True) * 2 + m.gap * 4
        self.area = pygame.Rect(m.gap * 6, top, m.width - m.gap * 12,
                                rect.top - m.gap * 3 - top)
        self.scroll_clip = self.area

    def back(self) -> None:
        if len(self.app.stack) > 1:
            self.app.pop()
        else:
            self.app.switch(routes.MenuScene(self.app))

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        self.header(surface, self.title, _("This scenario cannot be played until these "
                                               "problems are fixed:"))
        ui.box(surface, self.area.inflate(m.gap * 2, m.gap * 2), p.panel, border=p.border)
        heights = [ui.paragraph_height(msg, m.small, self.area.width - m.gap * 2)
                   for msg in self.messages]
        self.scroll.set_sizes(sum(heights) + m.gap * len(heights), self.area.height)
        y = self.area.top - self.scroll.offset
        for message, height in zip(self.messages, heights):
            ui.paragraph(surface, message, pygame.Rect(self.area.left, y,
                                                       self.area.width - m.gap * 2, height),
                         m.small, p.text, clip=self.area, owner="error:message")
            y += height + m.gap
        self.scroll.draw_bar(ui, surface, self.area)
        self.draw_buttons(surface)
        self.footer_hint(surface, _("Arrows or mouse wheel: scroll · Esc: back"))
