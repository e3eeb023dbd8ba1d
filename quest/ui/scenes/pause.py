"""The pause menu, opened with Esc during an investigation: an overlay over the game."""

from __future__ import annotations

import pygame

from quest.i18n import _
from quest.ui import routes
from quest.ui.results import Leave
from quest.ui.scene import Scene


class PauseScene(Scene):
    """Resume, settings, leave the scenario, quit."""

    name = "pause"
    overlay = True
    dim_below = 150

    def layout(self) -> None:
        m = self.ui.metrics
        entries = [
            ("resume", _("Resume"), "play", self.dismiss),
            ("settings", _("Settings"), "gear", self.settings),
            ("leave", _("Leave this scenario"), "arrow_left", lambda: self.dismiss(Leave())),
            ("quit", _("Quit the game"), "cross", self.quit),
        ]
        width = min(m.px(620), m.width - m.gap * 12)
        height = m.button
        self.panel = pygame.Rect(0, 0, width + m.gap * 8,
                                 len(entries) * (height + m.gap * 2) + m.gap * 14)
        self.panel.center = (m.width // 2, m.height // 2)
        self.add_column(entries, self.panel.top + m.gap * 10, width, height)

    def settings(self) -> None:
        self.app.push(routes.SettingsScene(self.app))

    def quit(self) -> None:
        self.app.running = False

    def back(self) -> None:
        self.dismiss()

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        ui.box(surface, self.panel, p.panel, border=p.border, shadow=True)
        ui.line(surface, _("Paused"), (self.panel.centerx, self.panel.top + m.gap * 3),
                m.heading, p.text, bold=True, anchor="midtop",
                max_width=self.panel.width - m.gap * 4, owner="pause:title")
        self.draw_buttons(surface)
