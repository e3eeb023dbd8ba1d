"""The verdict: an answer, how sure you are, and the clues you pin to it."""

from __future__ import annotations

import pygame

from quest import i18n
from quest.i18n import _
from quest.model.investigation import Decide
from quest.model.scenario import Answer, Confidence
from quest.ui import labels, routes
from quest.ui.icons import VERDICT_ICONS
from quest.ui.modes import CaseResult
from quest.ui.scene import Scene
from quest.ui.scenes.investigate import ClueRow
from quest.ui.widgets import Button


class VerdictScene(Scene):
    """Choose answer and confidence, review the pinned clues, confirm."""

    name = "verdict"

    def __init__(self, app, investigate):
        super().__init__(app)
        self.investigate = investigate
        self.answer: Answer | None = None
        self.confidence: Confidence | None = None

    def layout(self) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        margin = m.gap * 6
        top = m.gap * 4 + ui.text.line_height(m.heading, True) + \
            ui.text.line_height(m.small) + m.gap * 3
        column = (m.width - margin * 2 - m.gap * 6) // 2
        left, right = margin, margin + column + m.gap * 6
        self.columns = (left, right, column, top)
        label_h = ui.text.line_height(m.small, True) + m.gap
        y = top + label_h
        answer_h = m.button + ui.text.line_height(m.small) // 2
        for answer in Answer:
            rect = pygame.Rect(left, y, column, answer_h)
            self.add(Button(rect, labels.answer_name(answer),
                            lambda a=answer: self.choose_answer(a),
                            icon=VERDICT_ICONS[answer], colour=p.verdict[answer],
                            selected=answer == self.answer, style="choice",
                            name=f"answer:{answer}"))
            y += answer_h + m.gap
        self.meaning_y = y + m.gap
        y = top + label_h
        confidence_w = (column - m.gap * 2) // 3
        for index, confidence in enumerate(Confidence):
            rect = pygame.Rect(right + index * (confidence_w + m.gap), y, confidence_w, m.button)
            self.add(Button(rect, labels.named(labels.CONFIDENCE_NAMES, confidence),
                            lambda c=confidence: self.choose_confidence(c), style="choice",
                            selected=confidence == self.confidence,
                            name=f"confidence:{confidence}"))
        y += m.button + m.gap * 3
        self.pins_label_y = y
        y += label_h
        buttons_top = m.height - m.button - m.gap * 6
        self.pins_area = pygame.Rect(right, y, column, buttons_top - y - m.gap * 2)
        self.scroll_clip = self.pins_area
        inv = self.investigate.investigation
        lang = i18n.language()
        clues = {c.id: c for c in inv.found}
        for clue_id in inv.pinned:
            text = clues[clue_id].text.get(lang)
            rect = pygame.Rect(right, y, column - m.gap * 2, 0)
            rect.height = ClueRow.height_for(ui, text, rect.width)

            self.add(ClueRow(rect, text, lambda c=clue_id: self.unpin(c), pinned=True,
                             name=f"pinned:{clue_id}", clue=clues[clue_id]), scrolled=True)
            y += rect.height + m.gap
        self.scroll.set_sizes(y - self.pins_area.top, self.pins_area.height)
        back = pygame.Rect(left, buttons_top, min(m.px(520), column), m.button)
        self.add(Button(back, _("Back to the investigation"), self.back, icon="arrow_left",
                        name="verdict:back"))
        confirm = pygame.Rect(0, buttons_top, min(m.px(520), column), m.button)
        confirm.right = right + column
        ready = self.answer is not None and self.confidence is not None
        self.add(Button(confirm, _("Confirm verdict"), self.confirm, style="primary",
                        icon="check", enabled=ready, name="verdict:confirm"))

    def choose_answer(self, answer: Answer) -> None:
        self.answer = answer
        self.relayout()

    def choose_confidence(self, confidence: Confidence) -> None:
        self.confidence = confidence
        self.relayout()
        if self.answer is not None:
            self.focus_on("verdict:confirm")

    def unpin(self, clue_id: str) -> None:
        self.investigate.toggle_pin(clue_id)
        self.relayout()

    def confirm(self) -> None:
        """Give the verdict, score it, and show the debrief."""
        from quest.model.scoring import score

        if self.answer is None or self.confidence is None:
            return
        inv = self.investigate.investigation
        if self.investigate.execute(Decide(self.answer, self.confidence)) is None and \
                not inv.decided:
            return
        result = score(inv)
        mode = self.investigate.mode
        mode.submit(self.app, inv, result)
        self.app.pop()  # the verdict
        case = CaseResult(self.investigate.scenario, inv, result, mode)
        self.app.switch(routes.DebriefScene(self.app, case))

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        scenario = self.investigate.scenario
        self.header(surface, _("Your verdict"), scenario.title.get(i18n.language()))
        left, right, column, top = self.columns
        ui.line(surface, _("What is it?").upper(), (left, top), m.small, p.muted, bold=True,
                max_width=column, owner="verdict:label")
        ui.line(surface, _("How sure are you?").upper(), (right, top), m.small, p.muted,
                bold=True, max_width=column, owner="verdict:label")
        inv = self.investigate.investigation
        pins = i18n.ngettext("Evidence · {count} clue pinned", "Evidence · {count} clues pinned",
                             len(inv.pinned)).format(count=len(inv.pinned))
        ui.line(surface, pins.upper(), (right, self.pins_label_y), m.small, p.muted, bold=True,
                max_width=column, owner="verdict:label")
        focused = self.buttons[self.focus].name if self.buttons else ""
        shown = self.answer or (Answer(focused.split(":")[1]) if focused.startswith("answer:")
                                else None)
        if shown is not None:
            meaning = _(labels.ANSWER_MEANINGS[shown])
            ui.paragraph(surface, f"{labels.answer_name(shown)}: {meaning}",
                         pygame.Rect(left, self.meaning_y, column,
                                     self.buttons[-2].rect.top - self.meaning_y - m.gap * 2),
                         m.small, p.muted, owner="verdict:meaning")
        if not inv.pinned:
            ui.paragraph(surface, _("No clue pinned. Pin the clues that prove your answer: "
                                    "they earn points."), self.pins_area, m.small, p.muted,
                         owner="verdict:nopins")
        self.draw_buttons(surface, only_scrolled=True)
        self.scroll.draw_bar(ui, surface, self.pins_area)
        self.draw_buttons(surface, only_scrolled=False)
        self.footer_hint(surface, _("Tab: move · Enter: choose · Esc: back to the item"))
