"""The live competition's first screen: host a competition on this laptop, or join one."""

from __future__ import annotations

from quest.i18n import _
from quest.ui import routes
from quest.ui.lanservice import start_hosting
from quest.ui.scene import Scene


class LanMenuScene(Scene):
    """Host a competition on this laptop, or join one as a team."""

    name = "lan"

    def layout(self) -> None:
        m = self.ui.metrics
        width = min(m.px(700), m.width - m.gap * 12)
        top = m.height // 3
        self.add_column([("host", _("Host a competition (the facilitator's laptop)"), "gear",
                          self.host),
                         ("join", _("Join a competition (a team's laptop)"), "arrow_right",
                          self.join)], top, width, m.button + m.gap * 2)

    def host(self) -> None:
        start_hosting(self.app)

    def join(self) -> None:
        self.app.push(routes.JoinScene(self.app))

    def draw(self, surface) -> None:
        surface.fill(self.ui.palette.desk)
        self.header(surface, _("Live competition"),
                    _("Every team on its own laptop, the scoreboard on the projector."))
        self.draw_buttons(surface)
        self.footer_hint(surface)
