"""The practice summary: every case played this run, the points, and how well fakes were told
from genuine news."""

from __future__ import annotations

import pygame

from quest import i18n
from quest.i18n import _
from quest.model.discernment import tally
from quest.ui import labels, routes
from quest.ui.icons import VERDICT_ICONS
from quest.ui.scene import Scene
from quest.ui.widgets import Button


class SummaryScene(Scene):
    """Results of this practice run."""

    name = "summary"

    def layout(self) -> None:
        ui, m = self.ui, self.ui.metrics
        margin = m.gap * 6
        buttons_top = m.height - m.button - m.gap * 6
        width = min(m.px(440), (m.width - margin * 2) // 3)
        cases = pygame.Rect(0, buttons_top, width, m.button)
        cases.right = m.width - margin
        menu = pygame.Rect(0, buttons_top, width, m.button)
        menu.right = cases.left - m.gap * 2
        self.add(Button(cases, _("More cases"), self.more, style="primary", icon="play",
                        name="summary:cases"))
        self.add(Button(menu, _("Main menu"), self.menu, icon="arrow_left",
                        name="summary:menu"))
        top = m.gap * 4 + ui.text.line_height(m.heading, True) + \
            ui.text.line_height(m.small) + m.gap * 3
        self.stats_h = ui.text.line_height(m.heading, True) + ui.text.line_height(m.small) * 3 \
            + m.gap * 4
        self.list_area = pygame.Rect(margin, top + self.stats_h + m.gap * 3,
                                     m.width - margin * 2,
                                     buttons_top - top - self.stats_h - m.gap * 6)
        self.stats_area = pygame.Rect(margin, top, m.width - margin * 2, self.stats_h)
        self.scroll_clip = self.list_area

    def more(self) -> None:
        self.app.reset(routes.MenuScene(self.app))
        self.app.push(routes.SelectScene(self.app))

    def menu(self) -> None:
        self.app.reset(routes.MenuScene(self.app))

    def back(self) -> None:
        self.menu()

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        results = self.app.data.results.practice
        self.header(surface, _("Practice summary"), i18n.ngettext(
            "{count} case solved", "{count} cases solved", len(results)).format(
                count=len(results)))
        total = sum(r.points for r in results)
        right = sum(r.outcome == "right" for r in results)
        figures = tally((r.truth, r.answer) for r in results)
        box = self.stats_area
        ui.box(surface, box, p.panel, border=p.border)
        columns = [
            (_("Points"), i18n.format_number(total)),
            (_("Exactly right"), f"{right} / {len(results)}"),
            (_("Fakes caught"), f"{figures.hits} / {figures.signals}"),
            (_("Genuine news trusted"), f"{figures.correct_rejections} / {figures.noise}"),
        ]
        width = box.width // len(columns)
        for index, (label, value) in enumerate(columns):
            x = box.left + index * width + m.gap * 3
            ui.line(surface, value, (x, box.top + m.gap * 2), m.heading, p.accent, bold=True,
                    max_width=width - m.gap * 4, owner="summary:value")
            ui.paragraph(surface, label, pygame.Rect(x, box.top + m.gap * 2 +
                                                     ui.text.line_height(m.heading, True),
                                                     width - m.gap * 4,
                                                     ui.text.line_height(m.small) * 2),
                         m.small, p.muted, owner="summary:label")
        advice = _advice(figures)
        if advice:
            ui.line(surface, advice, (box.left + m.gap * 3, box.bottom - m.gap),
                    m.small, p.text, anchor="bottomleft", max_width=box.width - m.gap * 6,
                    owner="summary:advice")
        area = self.list_area
        row_h = ui.text.line_height(m.body, True) + m.gap * 2
        self.scroll.set_sizes(len(results) * row_h, area.height)
        scenarios = {s.id: s for s in self.app.data.content.campaign()}
        lang = i18n.language()
        previous = surface.get_clip()
        surface.set_clip(area.clip(previous))
        for index, result in enumerate(results):
            y = area.top + index * row_h - self.scroll.offset
            if y + row_h < area.top or y > area.bottom:
                continue
            scenario = scenarios.get(result.scenario_id)
            title = scenario.title.get(lang) if scenario else result.scenario_id
            colour = p.good if result.outcome == "right" else (
                p.accent if result.outcome == "near" else p.bad)
            ui.icon(surface, VERDICT_ICONS[result.truth],
                    pygame.Rect(area.left, y + m.gap, m.body, m.body), colour)
            ui.line(surface, title, (area.left + m.body + m.gap * 2, y + m.gap), m.body, p.text,
                    bold=True, max_width=area.width * 55 // 100, owner="summary:title")
            said = _("{said} (it was: {truth})").format(said=labels.answer_name(result.answer),
                                                        truth=labels.answer_name(result.truth))
            ui.line(surface, said, (area.left + area.width * 62 // 100, y + m.gap), m.small,
                    p.muted, max_width=area.width * 25 // 100, owner="summary:said")
            ui.line(surface, i18n.format_number(result.points), (area.right - m.gap * 2,
                                                                 y + m.gap), m.body, colour,
                    bold=True, anchor="topright")
        surface.set_clip(previous)
        if not results:
            ui.paragraph(surface, _("No case solved yet."), area, m.body, p.muted,
                         owner="summary:empty")
        self.scroll.draw_bar(ui, surface, area)
        self.draw_buttons(surface)
        self.footer_hint(surface)


def _advice(figures) -> str | None:
    """One plain sentence about the player's discernment."""
    if figures.signals + figures.noise < 2:
        return None
    if figures.noise and figures.false_alarm_rate >= 0.5:
        return _("Careful: you distrusted genuine news too. Checking is not the same as "
                 "doubting everything.")
    if figures.signals and figures.hit_rate < 0.5:
        return _("Some fakes got past you: check the source and the date before trusting.")
    return _("Well done: you tell genuine news from fakes.")
