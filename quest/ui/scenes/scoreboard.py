"""The scoreboard for the projector: standings after a round, bars growing, then the winners."""

from __future__ import annotations

import pygame

from quest import i18n
from quest.i18n import _
from quest.ui import routes
from quest.ui.scene import Scene
from quest.ui.widgets import Button

GROW_SECONDS = 0.8  # the bars grow to their new length; any key or click skips it


class ScoreboardScene(Scene):
    """Standings, points this round, and the final winners."""

    name = "scoreboard"

    def __init__(self, app, play, round_number: int | None = None, final: bool = False):
        super().__init__(app)
        self.play = play
        self.final = final
        session = play.session
        self.round = round_number if round_number is not None else max(
            (a.round for a in session.answers), default=0)
        self.rows = session.standings(upto_round=self.round)
        before = {s.team: s.points for s in session.standings(upto_round=self.round - 1)} \
            if self.round > 0 else {}
        self.start = {s.team: before.get(s.team, 0) for s in self.rows}
        self.progress = 0.0

    def layout(self) -> None:
        m = self.ui.metrics
        button = pygame.Rect(0, 0, min(m.px(520), m.width // 3), m.button)
        button.bottomright = (m.width - m.gap * 6, m.height - m.gap * 5)
        if self.final:
            self.add(Button(button, _("Main menu"), self.to_menu, style="primary",
                            icon="arrow_left", name="scoreboard:menu"))
        else:
            self.add(Button(button, _("Next round"), self.next_round, style="primary",
                            icon="arrow_right", name="scoreboard:next"))
            pause = pygame.Rect(0, 0, min(m.px(420), m.width // 4), m.button)
            pause.bottomright = (button.left - m.gap * 3, button.bottom)
            self.add(Button(pause, _("Pause the session"), self.to_menu, icon="arrow_left",
                            name="scoreboard:pause"))

    def points_label(self, points: int, gained: int) -> str:
        """The points beside a bar, with this round's gain until the final."""
        label = i18n.format_number(points)
        if not self.final:
            sign = "+" if gained >= 0 else ""
            label += "   " + _("({sign}{points} this round)").format(
                sign=sign, points=i18n.format_number(gained))
        return label

    def next_round(self) -> None:
        self.app.switch(self.play.next_scene())

    def to_menu(self) -> None:
        self.app.reset(routes.MenuScene(self.app))

    def back(self) -> None:
        self.to_menu()

    def handle(self, event) -> bool:
        if self.progress < 1 and event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.progress = 1.0
            return True
        return super().handle(event)

    def update(self, dt: float) -> bool:
        if self.progress >= 1:
            return False
        self.progress = min(1.0, self.progress + dt / GROW_SECONDS)
        return True

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        session = self.play.session
        title = _("Final standings") if self.final else _("After round {n} of {total}").format(
            n=self.round + 1, total=session.rounds)
        ui.line(surface, title, (m.width // 2, m.gap * 5), m.title, p.text, bold=True,
                anchor="midtop", max_width=m.width - m.gap * 12, owner="scoreboard:title")
        top = m.gap * 7 + ui.text.line_height(m.title, True)
        if self.final and self.rows:
            winners = [r.name for r in self.rows if r.place == 1]
            text = i18n.ngettext("Winner: {names}", "Winners: {names}", len(winners)).format(
                names=", ".join(winners))
            ui.line(surface, text, (m.width // 2, top), m.heading, p.accent, bold=True,
                    anchor="midtop", max_width=m.width - m.gap * 12, owner="scoreboard:winners")
            top += ui.text.line_height(m.heading, True) + m.gap * 2
        bottom = m.height - m.button - m.gap * 9
        count = max(1, len(self.rows))
        row_h = min(m.px(110), (bottom - top) // count)
        size = max(m.body, min(m.heading, round(row_h * 0.45)))
        name_w = min(m.width // 3, max(ui.text.width(r.name, size, True) for r in self.rows)
                     + m.gap * 2) if self.rows else 0
        left = m.gap * 7 + size * 2  # place number and star, then the name
        bar_left = left + name_w + m.gap * 2
        labels = [self.points_label(row.points, row.last_round) for row in self.rows]
        label_w = max([ui.text.width(text, m.body, True) for text in labels] + [0]) + m.gap * 3
        bar_max = max(m.gap * 4, m.width - bar_left - m.gap * 6 - label_w)
        most = max([r.points for r in self.rows] + [1])
        ease = 1 - (1 - self.progress) ** 3
        for index, row in enumerate(self.rows):
            y = top + index * row_h
            centre = y + row_h // 2
            ui.line(surface, f"{row.place}", (m.gap * 6, centre), size, p.muted, bold=True,
                    anchor="midleft")
            if row.place == 1:
                ui.icon(surface, "star", pygame.Rect(m.gap * 6 + size, centre - size // 2,
                                                     size, size), p.accent)
            ui.line(surface, row.name, (left, centre), size, p.text, bold=True, anchor="midleft",
                    max_width=name_w, owner="scoreboard:team")
            shown = self.start.get(row.team, 0) + (row.points - self.start.get(row.team, 0)) * ease
            width = int(bar_max * max(0.0, shown) / most)
            bar = pygame.Rect(bar_left, centre - row_h * 0.3, max(4, width), row_h * 0.6)
            pygame.draw.rect(surface, p.accent if row.place == 1 else p.panel_raised, bar,
                             border_radius=m.radius)
            pygame.draw.rect(surface, p.border, bar, width=p.border_width,
                             border_radius=m.radius)
            label = self.points_label(round(shown), row.last_round)
            ui.line(surface, label, (bar.right + m.gap * 2, centre), m.body, p.text, bold=True,
                    anchor="midleft", max_width=m.width - bar.right - m.gap * 8,
                    owner="scoreboard:points")
        if self.play.problem:
            ui.line(surface, self.play.problem, (m.gap * 6, m.height - m.gap * 2), m.small,
                    p.bad, anchor="bottomleft", max_width=m.width // 2, owner="scoreboard:problem")
        elif self.final:
            ui.line(surface, _("Export the results: mil-quest session export {id}").format(
                id=session.id), (m.gap * 6, m.height - m.gap * 5 - m.button // 2), m.small,
                p.muted, anchor="midleft", max_width=m.width // 2, owner="scoreboard:export")
        self.draw_buttons(surface)
