"""Settings: language, text size, high contrast, full screen; remembered between runs."""

from __future__ import annotations

import pygame

from quest import i18n
from quest.i18n import _
from quest.settings import TEXT_SCALES
from quest.ui.scene import Scene
from quest.ui.widgets import Button


class SettingsScene(Scene):
    """Every choice applies at once and is saved."""

    name = "settings"

    def layout(self) -> None:
        m = self.ui.metrics
        s = self.app.data.settings
        self.rows = []
        left = m.gap * 6
        label_width = min(m.px(420), m.width // 3)
        x = left + label_width + m.gap * 2
        available = m.width - x - m.gap * 6
        y = self.content_top()
        height = m.button
        step = height + m.gap * 3

        def row(title, options):
            nonlocal y
            self.rows.append((title, y + height // 2))
            width = min(m.px(300), (available - m.gap * (len(options) - 1)) // len(options))
            for index, (label, selected, action, name) in enumerate(options):
                rect = pygame.Rect(x + index * (width + m.gap), y, width, height)
                self.add(Button(rect, label, action, style="choice", selected=selected,
                                name=name, icon="check" if selected else None))
            y += step

        row(_("Language"), [(i18n.native_name(lang), lang == i18n.language(),
                             lambda lang=lang: self.set_language(lang), f"lang:{lang}")
                            for lang in i18n.available_languages()])
        row(_("Text size"), [(f"{scale}%", scale == s.text_scale,
                              lambda scale=scale: self.set(text_scale=scale), f"scale:{scale}")
                             for scale in TEXT_SCALES])
        row(_("High contrast"), [(_("Off"), not s.high_contrast,
                                  lambda: self.set(high_contrast=False), "contrast:off"),
                                 (_("On"), s.high_contrast,
                                  lambda: self.set(high_contrast=True), "contrast:on")])
        row(_("Full screen"), [(_("Off"), not self.app.fullscreen,
                                lambda: self.set(fullscreen=False), "fullscreen:off"),
                               (_("On"), self.app.fullscreen,
                                lambda: self.set(fullscreen=True), "fullscreen:on")])
        done = pygame.Rect(0, 0, min(m.px(360), m.width // 3), m.button)
        done.topleft = (x, y + m.gap)
        self.add(Button(done, _("Done"), self.back, style="primary", name="settings:done"))

    def content_top(self) -> int:
        m = self.ui.metrics
        return m.gap * 6 + self.ui.text.line_height(m.heading, True) + m.gap * 6

    def set_language(self, lang: str) -> None:
        self.app.data.settings.language = lang
        self.app.apply_settings()

    def set(self, **changes) -> None:
        for key, value in changes.items():
            setattr(self.app.data.settings, key, value)
        self.app.apply_settings()

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        self.header(surface, _("Settings"))
        label_width = min(m.px(420), m.width // 3)
        for title, y in self.rows:
            ui.line(surface, title, (m.gap * 6, y), m.body, p.text, bold=True, anchor="midleft",
                    max_width=label_width, owner="settings:label")
        self.draw_buttons(surface)
        self.footer_hint(surface, _("Changes apply at once and are remembered · Esc: back"))
