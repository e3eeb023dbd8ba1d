"""The debrief: the right answer, what was really going on, your clues, points line by line."""

from __future__ import annotations

import pygame

from quest import i18n
from quest.i18n import _
from quest.model.scenario import Weight
from quest.ui import labels, routes
from quest.ui.icons import VERDICT_ICONS
from quest.ui.modes import CaseResult
from quest.ui.scene import Scene
from quest.ui.widgets import Button, Scroll

COUNT_UP_SECONDS = 0.8


class DebriefScene(Scene):
    """What happened, and how the points were earned."""

    name = "debrief"

    def __init__(self, app, case: CaseResult):
        super().__init__(app)
        self.case = case
        self.score = case.score
        self.shown_total = 0.0
        self.evidence_scroll = Scroll()
        self.evidence_area: pygame.Rect | None = None

    @property
    def counting(self) -> bool:
        """Whether the total is still counting up."""
        return self.shown_total < self.score.total and self.score.total > 0

    def layout(self) -> None:
        ui, m = self.ui, self.ui.metrics
        margin = m.gap * 6
        top = m.gap * 4 + ui.text.line_height(m.heading, True) + \
            ui.text.line_height(m.small) + m.gap * 3
        buttons_top = m.height - m.button - m.gap * 6
        split = int((m.width - margin * 2) * 0.56)
        self.left = pygame.Rect(margin, top, split - m.gap * 3, buttons_top - top - m.gap * 2)
        self.right = pygame.Rect(margin + split + m.gap * 3, top,
                                 m.width - margin * 2 - split - m.gap * 3, self.left.height)
        self.scroll_clip = self.left
        width = min(m.px(480), (m.width - margin * 2 - m.gap * 2) // 3)
        after = self.case.mode.after
        finish = pygame.Rect(0, buttons_top, width, m.button)
        finish.right = m.width - margin
        if after == "turn":
            self.add(Button(finish, _("Continue"), self.continue_session, style="primary",
                            icon="arrow_right", name="debrief:continue"))
            return
        if after == "preview":
            self.add(Button(finish, _("Done"), self.finish, style="primary",
                            icon="arrow_left", name="debrief:finish"))
            return
        following = pygame.Rect(0, buttons_top, width, m.button)
        following.right = finish.left - m.gap * 2
        self.add(Button(following, _("Next case"), self.next_case, style="primary",
                        icon="arrow_right", name="debrief:next",
                        enabled=self.next_scenario() is not None))
        self.add(Button(finish, _("Finish practice"), self.finish, icon="check",
                        name="debrief:finish"))

    def continue_session(self) -> None:
        """On to the next team, or the round's scoreboard (live: back to waiting)."""
        self.case.mode.go_on(self.app)

    def next_scenario(self):
        """The next unplayed scenario of the campaign."""
        played = set(self.app.data.results.best_points())
        return next((s for s in self.app.data.content.campaign() if s.id not in played), None)

    def next_case(self) -> None:
        scenario = self.next_scenario()
        if scenario is not None:
            self.app.switch(routes.InvestigateScene(self.app, scenario))

    def finish(self) -> None:
        if self.case.mode.after == "preview":
            self.app.pop()
            return
        self.app.switch(routes.SummaryScene(self.app))

    def back(self) -> None:
        if self.case.mode.after == "turn":
            self.continue_session()
        else:
            self.finish()

    def handle(self, event) -> bool:
        if self.counting and event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.shown_total = self.score.total  # any key or click skips the count
            return True
        if event.type == pygame.MOUSEWHEEL:
            over_evidence = self.evidence_area is not None and \
                self.evidence_area.collidepoint(self.app.mouse_pos)
            target = self.evidence_scroll if over_evidence else self.scroll
            target.by(-event.y * self.ui.metrics.body * 3)
            return True
        return super().handle(event)

    def key(self, key: int, mod: int) -> bool:
        step = self.ui.metrics.body * 3
        if key in (pygame.K_UP, pygame.K_DOWN):
            self.scroll.by(step if key == pygame.K_DOWN else -step)
            return True
        if key in (pygame.K_PAGEUP, pygame.K_PAGEDOWN):
            page = self.evidence_scroll.viewport * 4 // 5
            self.evidence_scroll.by(page if key == pygame.K_PAGEDOWN else -page)
            return True
        if key in (pygame.K_LEFT, pygame.K_RIGHT):
            self.move_focus(1 if key == pygame.K_RIGHT else -1)
            return True
        return super().key(key, mod)

    def update(self, dt: float) -> bool:
        if not self.counting:
            return False
        self.shown_total = min(self.score.total,
                               self.shown_total + self.score.total * dt / COUNT_UP_SECONDS)
        return True

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        scenario = self.case.scenario
        inv = self.case.investigation
        lang = i18n.language()
        self.header(surface, _(labels.OUTCOME_NAMES[self.score.outcome]),
                    scenario.title.get(lang))
        # Left: the story, scrolled.
        area = self.left
        y = area.top - self.scroll.offset
        truth = scenario.verdict.answer
        badge_h = m.button
        badge_text = _("It was: {answer}").format(answer=labels.answer_name(truth))
        badge_w = min(area.width, ui.text.width(badge_text, m.body, True) + badge_h + m.gap * 6)
        badge = pygame.Rect(area.left, y, badge_w, badge_h)
        previous = surface.get_clip()
        surface.set_clip(area.clip(previous))
        ui.box(surface, badge, p.verdict[truth], border=p.border if ui.high_contrast else None)
        icon = pygame.Rect(badge.left + m.gap * 2, badge.top + m.gap, badge_h - m.gap * 2,
                           badge_h - m.gap * 2)
        ui.icon(surface, VERDICT_ICONS[truth], icon, (255, 255, 255))
        ui.line(surface, badge_text, (icon.right + m.gap * 2, badge.centery), m.body,
                (255, 255, 255), bold=True, anchor="midleft",
                max_width=badge.right - icon.right - m.gap * 4, owner="debrief:badge")
        surface.set_clip(previous)
        y += badge_h + m.gap * 2
        said = _("You said: {answer}, {confidence}.").format(
            answer=labels.answer_name(inv.answer),
            confidence=labels.named(labels.CONFIDENCE_NAMES, inv.confidence).lower())
        blocks = [(said, m.body, p.muted, False)]
        blocks.append((scenario.debrief.summary.get(lang), m.body, p.text, False))
        if scenario.techniques:
            names = ", ".join(labels.named(labels.TECHNIQUE_NAMES, t)
                              for t in scenario.techniques)
            blocks.append((_("Technique: {names}").format(names=names), m.body, p.accent, True))
        blocks.append((scenario.debrief.lesson.get(lang), m.body, p.text, False))
        for tip in scenario.debrief.tips:
            blocks.append(("•  " + tip.get(lang), m.body, p.text, False))
        start = y + self.scroll.offset
        for text, size, colour, bold in blocks:
            height = ui.paragraph_height(text, size, area.width - m.gap * 2, bold)
            ui.paragraph(surface, text, pygame.Rect(area.left, y, area.width - m.gap * 2, height),
                         size, colour, bold=bold, clip=area, owner="debrief:story")
            y += height + m.gap * 2
        self.scroll.set_sizes(y + self.scroll.offset - start + (start - area.top), area.height)
        self.scroll.draw_bar(ui, surface, area)
        # Right: clues, then points.
        self.draw_clues_and_points(surface)
        self.draw_buttons(surface)
        self.footer_hint(surface, _("Up, Down: scroll the story · PageUp, PageDown: your evidence "
                                    "· Enter: continue"))

    def draw_clues_and_points(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        area = self.right
        inv = self.case.investigation
        scenario = self.case.scenario
        lang = i18n.language()
        clues = scenario.clues()
        keys = set(scenario.verdict.key_clues)
        # Points first, so that they always show; clues use the space above them.
        lines = [(line.rule, labels.named(labels.SCORE_LINES, line.rule), line.points,
                  line.count) for line in self.score.lines
                 if line.points or line.rule == "verdict"]
        step = ui.text.line_height(m.body)
        points_h = step * (len(lines) + 1) + m.gap * 4 + ui.text.line_height(m.small, True)
        points = pygame.Rect(area.left, area.bottom - points_h, area.width, points_h)
        ui.box(surface, points, p.panel, border=p.border)
        y = points.top + m.gap * 2
        ui.line(surface, _("Points").upper(), (points.left + m.gap * 2, y), m.small, p.muted,
                bold=True, max_width=points.width - m.gap * 4, owner="debrief:points")
        y += ui.text.line_height(m.small, True)
        for rule, name, value, count in lines:
            if rule == "time":
                label = _("{name}: {minutes} min").format(name=name, minutes=count)
            else:
                label = f"{name} ×{count}" if count > 1 else name
            ui.line(surface, label, (points.left + m.gap * 2, y), m.body, p.text,
                    max_width=points.width * 2 // 3, owner="debrief:line")
            ui.line(surface, _signed(value), (points.right - m.gap * 2, y), m.body,
                    p.good if value > 0 else (p.bad if value < 0 else p.muted), bold=True,
                    anchor="topright")
            y += step
        pygame.draw.line(surface, p.border, (points.left + m.gap * 2, y + m.gap // 2),
                         (points.right - m.gap * 2, y + m.gap // 2), p.border_width)
        total = round(self.shown_total) if self.counting else self.score.total
        ui.line(surface, _("Total"), (points.left + m.gap * 2, y + m.gap), m.body, p.text,
                bold=True, max_width=points.width // 2, owner="debrief:total")
        ui.line(surface, i18n.format_number(total), (points.right - m.gap * 2, y + m.gap),
                m.heading, p.accent, bold=True, anchor="topright")
        # Clues: pinned ones with their meaning, then key clues missed.
        clue_area = pygame.Rect(area.left, area.top, area.width,
                                points.top - area.top - m.gap * 2)
        y = clue_area.top
        ui.line(surface, _("Your evidence").upper(), (area.left, y), m.small, p.muted, bold=True,
                max_width=area.width, owner="debrief:evidence")
        y += ui.text.line_height(m.small, True) + m.gap // 2
        clue_area = pygame.Rect(area.left, y, area.width, clue_area.bottom - y)
        self.evidence_area = clue_area
        rows = []
        for clue_id in inv.pinned:
            clue = clues[clue_id]
            if clue_id in keys:
                rows.append(("check", p.good, _("Key clue"), clue.text.get(lang)))
            elif clue.weight is Weight.HERRING:
                rows.append(("cross", p.bad, _("Red herring"), clue.text.get(lang)))
            else:
                rows.append(("pin", p.muted, _("Fair, but not the proof"), clue.text.get(lang)))
        for clue_id in scenario.verdict.key_clues:
            if clue_id not in inv.pinned:
                rows.append(("question", p.accent, _("Key clue you did not pin"),
                             clues[clue_id].text.get(lang)))
        if not rows:
            rows.append(("question", p.muted, _("No clue pinned"), ""))
        # The evidence scrolls on its own (mouse wheel over it, or PageUp/PageDown).
        width = area.width - m.body - m.gap * 3
        texts = [(icon, colour, f"{label}: {text}" if text else label)
                 for icon, colour, label, text in rows]
        heights = [ui.paragraph_height(text, m.small, width) for _, _, text in texts]
        self.evidence_scroll.set_sizes(sum(heights) + m.gap * len(heights), clue_area.height)
        y = clue_area.top - self.evidence_scroll.offset
        previous = surface.get_clip()
        surface.set_clip(clue_area.clip(previous))
        for (icon, colour, text), height in zip(texts, heights):
            if y + height >= clue_area.top and y <= clue_area.bottom:
                ui.icon(surface, icon, pygame.Rect(area.left, y + 2, m.small, m.small), colour)
                ui.paragraph(surface, text, pygame.Rect(area.left + m.body + m.gap, y, width,
                                                        height),
                             m.small, p.text, clip=clue_area, owner="debrief:clue")
            y += height + m.gap
        surface.set_clip(previous)
        self.evidence_scroll.draw_bar(ui, surface, clue_area)


def _signed(value: int) -> str:
    text = i18n.format_number(abs(value))
    return f"+{text}" if value > 0 else (f"-{text}" if value < 0 else text)
