"""The main menu."""

from __future__ import annotations

from quest.i18n import _
from quest.ui import routes
from quest.ui.scene import Scene


class MenuScene(Scene):
    """Practice, trainer tools, settings, quit."""

    name = "menu"

    def layout(self) -> None:
        m = self.ui.metrics
        entries = [
            ("practice", _("Practice"), "play", self.practice),
            ("session", _("Team session"), "tool:account", self.sessions),
            ("lan", _("Live competition"), "tool:url", self.lan),
            ("checkup", _("Check-up"), "check", self.checkup),
            ("trainer", _("Trainer tools"), "tool:source", self.trainer),
            ("settings", _("Settings"), "gear", self.settings),
            ("quit", _("Quit"), "arrow_left", self.quit),
        ]
        width = min(m.px(640), m.width - m.gap * 12)
        height = m.button + m.gap * 2
        top = m.height // 2 - (len(entries) * (height + m.gap * 2)) // 2 + m.gap * 4
        self.add_column(entries, top, width, height)

    def practice(self) -> None:
        self.app.push(routes.SelectScene(self.app))

    def sessions(self) -> None:
        self.app.push(routes.SessionMenuScene(self.app))

    def lan(self) -> None:
        self.app.push(routes.LanMenuScene(self.app))

    def checkup(self) -> None:
        self.app.push(routes.CheckupStartScene(self.app))

    def trainer(self) -> None:
        self.app.push(routes.TrainerScene(self.app))

    def settings(self) -> None:
        self.app.push(routes.SettingsScene(self.app))

    def quit(self) -> None:
        self.app.running = False

    def back(self) -> None:
        self.app.switch(routes.TitleScene(self.app))

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        ui.line(surface, "MIL Quest", (m.width // 2, self.buttons[0].rect.top - m.gap * 10),
                m.title, p.text, bold=True, anchor="midbottom", owner="menu:name")
        ui.line(surface, _("Media and information literacy"),
                (m.width // 2, self.buttons[0].rect.top - m.gap * 5), m.body, p.muted,
                anchor="midbottom", max_width=m.width - m.gap * 12, owner="menu:tagline")
        self.draw_buttons(surface)
        broken = len(self.app.data.content.library.broken()) + \
            len(self.app.data.content.trainer_library.broken())
        y = m.height - m.gap * 6
        for note in self.app.data.notes[-2:]:
            ui.line(surface, note, (m.gap * 6, y), m.small, p.bad, anchor="bottomleft",
                    max_width=m.width - m.gap * 12, owner="menu:note")
            y -= ui.text.line_height(m.small)
        if broken:
            ui.line(surface, _("Some scenario files could not be loaded: see Trainer tools."),
                    (m.gap * 6, y), m.small, p.bad, anchor="bottomleft",
                    max_width=m.width - m.gap * 12, owner="menu:broken")
        self.footer_hint(surface, _("Tab: move · Enter: choose · Esc: language"))
