"""Scenario select: a scrolling grid of cards, campaign order, with what the player has done."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from quest import i18n
from quest.i18n import _
from quest.model.scenario import Scenario
from quest.ui import labels, routes
from quest.ui.icons import VERDICT_ICONS
from quest.ui.scene import Scene
from quest.ui.widgets import Button

MIN_CARD_WIDTH = 520  # at 1080p: two columns on a laptop, three on a projector


@dataclass
class ScenarioCard(Button):
    """A button drawn as a scenario card."""

    scenario: Scenario | None = None
    number: int = 0
    best: int | None = None  # the player's best points on this scenario, if played

    def state(self, ui, focused: bool) -> tuple:
        return super().state(ui, focused) + (self.scenario.id, self.number, self.best,
                                             i18n.language())

    def paint(self, ui, surface, focused: bool) -> None:
        m, p = ui.metrics, ui.palette
        scenario = self.scenario
        lang = i18n.language()
        rect = self.rect
        fill = p.panel_raised if self.hovered and not ui.high_contrast else p.panel
        ui.box(surface, rect, fill, border=p.border, shadow=True)
        pad = m.gap * 2
        inner = rect.inflate(-pad * 2, -pad * 2)
        # Top line: number, difficulty stars and word.
        y = inner.top
        ui.line(surface, f"{self.number}", (inner.left, y), m.small, p.muted, bold=True)
        star = max(12, m.small - 2)
        x = inner.left + ui.text.width(f"{self.number}", m.small, True) + m.gap * 2
        for level in range(3):
            ui.icon(surface, "star" if level < scenario.difficulty else "star_empty",
                    (x + level * (star + 2), y + (ui.text.line_height(m.small) - star) // 2,
                     star, star), p.accent)
        x += 3 * (star + 2) + m.gap
        ui.line(surface, labels.named(labels.DIFFICULTY_NAMES, scenario.difficulty), (x, y),
                m.small, p.muted, max_width=inner.right - x - m.px(140),
                owner="select:difficulty")
        if self.best is not None:
            badge = _("Done · {points} pts").format(points=i18n.format_number(self.best))
            ui.line(surface, badge, (inner.right, y), m.small, p.good, bold=True,
                    anchor="topright", max_width=inner.width // 2, owner="select:done")
        y += ui.text.line_height(m.small) + m.gap // 2
        title = scenario.title.get(lang)
        title_height = ui.text.line_height(m.body, True) * 2
        ui.paragraph(surface, title, pygame.Rect(inner.left, y, inner.width, title_height),
                     m.body, p.text, bold=True, owner="select:title")
        y += title_height + m.gap // 2
        kind = labels.named(labels.KIND_NAMES, scenario.item.kind)
        langs = " ".join(code.upper() for code in scenario.languages)
        shown = scenario.shown_language(lang)
        fallback = "" if shown == lang else "  " + _("(shown in {language})").format(
            language=i18n.native_name(shown))
        ui.line(surface, f"{kind} · {langs}{fallback}", (inner.left, inner.bottom), m.small,
                p.muted, anchor="bottomleft", max_width=inner.width, owner="select:meta")
        if self.best is not None:
            icon = pygame.Rect(0, 0, m.small, m.small)
            icon.bottomright = inner.bottomright
            ui.icon(surface, VERDICT_ICONS[scenario.verdict.answer], icon, p.good)
        if focused:
            ui.focus_ring(surface, rect)


class SelectScene(Scene):
    """Choose a scenario, or play the next one of the campaign."""

    name = "select"

    def layout(self) -> None:
        m = self.ui.metrics
        data = self.app.data
        self.scenarios = data.content.campaign()
        best = data.results.best_points()
        # Counted once per layout, not per frame: a trainer's library may hold thousands.
        self.counts = (len(set(best) & {s.id for s in self.scenarios}),
                       len(data.content.library.broken())
                       + len(data.content.trainer_library.broken()))
        top = m.gap * 4 + self.ui.text.line_height(m.heading, True) + \
            self.ui.text.line_height(m.small) + m.gap * 3
        next_rect = pygame.Rect(0, 0, min(m.px(520), m.width // 2 - m.gap * 6), m.button)
        next_rect.topright = (m.width - m.gap * 6, m.gap * 4)
        upcoming = self.next_scenario()
        self.add(Button(next_rect, _("Play the next one"), lambda: self.play(upcoming),
                        style="primary", icon="play", name="select:next",
                        enabled=upcoming is not None))
        self.area = pygame.Rect(m.gap * 6, top, m.width - m.gap * 12,
                                m.height - top - m.gap * 7)
        self.scroll_clip = self.area.inflate(m.gap * 2, m.gap * 2)
        columns = max(1, (self.area.width + m.gap * 3) // (m.px(MIN_CARD_WIDTH) + m.gap * 3))
        self.grid_columns = columns
        card_w = (self.area.width - m.gap * 3 * (columns - 1)) // columns
        card_h = (m.gap * 4 + self.ui.text.line_height(m.small) * 2
                  + self.ui.text.line_height(m.body, True) * 2 + m.gap * 2)
        for index, scenario in enumerate(self.scenarios):
            row, column = divmod(index, columns)
            rect = pygame.Rect(self.area.left + column * (card_w + m.gap * 3),
                               self.area.top + row * (card_h + m.gap * 3), card_w, card_h)
            card = ScenarioCard(rect, scenario.title.get(i18n.language()),
                                lambda s=scenario: self.play(s), name=f"card:{scenario.id}",
                                scenario=scenario, number=index + 1,
                                best=best.get(scenario.id), backdrop="desk")
            self.add(card, scrolled=True)
        rows = (len(self.scenarios) + columns - 1) // columns
        self.scroll.set_sizes(rows * (card_h + m.gap * 3) - m.gap * 3, self.area.height)
        if upcoming is not None and not self.buttons[self.focus].enabled:
            self.focus = 0

    def next_scenario(self) -> Scenario | None:
        """The first scenario of the campaign not played yet (else the first)."""
        played = set(self.app.data.results.best_points())
        for scenario in self.scenarios:
            if scenario.id not in played:
                return scenario
        return self.scenarios[0] if self.scenarios else None

    def play(self, scenario: Scenario | None) -> None:
        """Start an investigation of the scenario."""
        if scenario is None:
            return
        self.app.push(routes.InvestigateScene(self.app, scenario))

    def on_result(self, result) -> None:
        self.relayout()

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        played, broken = self.counts
        subtitle = i18n.ngettext("{count} scenario", "{count} scenarios",
                                 len(self.scenarios)).format(count=len(self.scenarios))
        subtitle += " · " + _("{done} played").format(done=played)
        if broken:
            subtitle += " · " + i18n.ngettext(
                "{count} file could not be loaded (see Trainer tools)",
                "{count} files could not be loaded (see Trainer tools)", broken
            ).format(count=broken)
        header_width = self.buttons[0].rect.left - m.gap * 10
        ui.line(surface, _("Choose a case"), (m.gap * 6, m.gap * 4), m.heading, p.text,
                bold=True, max_width=header_width, owner="select:title")
        ui.line(surface, subtitle, (m.gap * 6, m.gap * 4 + ui.text.line_height(m.heading, True)),
                m.small, p.bad if broken else p.muted, max_width=header_width,
                owner="select:subtitle")
        if not self.scenarios:
            ui.paragraph(surface, _("No scenario could be loaded. Run “mil-quest check” to see "
                                    "why."), self.area, m.body, p.text, owner="select:empty")
        self.draw_buttons(surface, only_scrolled=True)
        self.scroll.draw_bar(ui, surface, self.scroll_clip)
        self.draw_buttons(surface, only_scrolled=False)
        self.footer_hint(surface, _("Arrows: move · Enter: play · Esc: menu"))
