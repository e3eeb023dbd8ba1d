"""The title screen: the game's name and the language choice, each language in its own name."""

from __future__ import annotations

import pygame

from quest import i18n
from quest.i18n import _
from quest.ui import routes
from quest.ui.scene import Scene
from quest.ui.widgets import Button


class TitleScene(Scene):
    """Choose a language to begin."""

    name = "title"

    def layout(self) -> None:
        m = self.ui.metrics
        languages = i18n.available_languages()
        width = min(m.px(560), m.width - m.gap * 12)
        height = m.button + m.gap * 2
        top = m.height // 2 + m.gap * 2
        for index, lang in enumerate(languages):
            rect = pygame.Rect(0, 0, width, height)
            rect.midtop = (m.width // 2, top + index * (height + m.gap * 2))
            self.add(Button(rect, i18n.native_name(lang), lambda lang=lang: self.choose(lang),
                            selected=lang == i18n.language(), name=f"lang:{lang}"))
        if i18n.language() in languages:
            self.focus = languages.index(i18n.language())

    def choose(self, lang: str) -> None:
        """Switch to the language and go on to the menu."""
        self.app.data.settings.language = lang
        if lang != i18n.language():
            i18n.set_language(lang)
        self.app.save_settings()
        self.app.switch(routes.MenuScene(self.app))

    def back(self) -> None:
        self.app.running = False

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        # A stack of paper sheets behind the title: the desk of a fact-checker.
        sheet = pygame.Rect(0, 0, min(m.px(900), m.width - m.gap * 8), m.px(300))
        sheet.midbottom = (m.width // 2, m.height // 2 - m.gap * 2)
        for i, angle_offset in enumerate((-m.gap * 2, m.gap)):
            shade = sheet.move(angle_offset, -m.gap * (2 - i))
            ui.box(surface, shade, p.panel_raised if not ui.high_contrast else p.desk,
                   border=p.border)
        ui.box(surface, sheet, p.paper, shadow=True, border=p.border if ui.high_contrast else None)
        ui.line(surface, "MIL Quest", (sheet.centerx, sheet.top + sheet.height * 0.38),
                round(m.title * 1.4), p.ink, bold=True, anchor="center",
                max_width=sheet.width - m.gap * 4, owner="title:name")
        tagline = _("Check before you share: a detective game about news")
        ui.paragraph(surface, tagline, pygame.Rect(sheet.left + m.gap * 4,
                                                   sheet.top + sheet.height * 0.62,
                                                   sheet.width - m.gap * 8, sheet.height * 0.36),
                     m.body, p.ink_muted, align="center", owner="title:tagline")
        self.draw_buttons(surface)
        self.footer_hint(surface, _("Choose your language · Tab: move · Enter: choose"))
