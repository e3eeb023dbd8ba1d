"""Choose cases by hand from the campaign: for a session's set, or a live round's case."""

from __future__ import annotations

import pygame

from quest import i18n
from quest.i18n import _
from quest.ui import labels
from quest.ui.results import Picked
from quest.ui.scene import Scene
from quest.ui.widgets import Button


class PickScene(Scene):
    """A dialog: tick the cases of a hand-picked set; hands the list back."""

    name = "pick"

    def __init__(self, app, picked: list[str], single: bool = False, only=None):
        super().__init__(app)
        self.picked = set(picked)
        self.single = single  # choose one case: the click hands it back at once
        self.only = only  # ids to offer (None: every loaded case)

    def layout(self) -> None:
        ui, m = self.ui, self.ui.metrics
        margin = m.gap * 6
        top = m.gap * 4 + ui.text.line_height(m.heading, True) + ui.text.line_height(m.small) + \
            m.gap * 3
        done = pygame.Rect(0, m.height - m.button - m.gap * 5, min(m.px(420), m.width // 3),
                           m.button)
        done.right = m.width - margin
        self.area = pygame.Rect(margin, top, m.width - margin * 2, done.top - top - m.gap * 3)
        self.scroll_clip = self.area
        columns = 2
        width = (self.area.width - m.gap * 3) // columns
        lang = i18n.language()
        for index, scenario in enumerate(self.cases()):
            row, column = divmod(index, columns)
            rect = pygame.Rect(self.area.left + column * (width + m.gap * 3),
                               self.area.top + row * (m.button + m.gap), width, m.button)
            chosen = scenario.id in self.picked
            self.add(Button(rect, scenario.title.get(lang), lambda s=scenario.id: self.toggle(s),
                            style="choice", selected=chosen, icon="check" if chosen else None,
                            detail=labels.named(labels.DIFFICULTY_NAMES, scenario.difficulty),
                            name=f"pick:{scenario.id}"), scrolled=True)
        rows = (len(self.cases()) + columns - 1) // columns
        self.scroll.set_sizes(rows * (m.button + m.gap), self.area.height)
        self.grid_columns = columns
        if not self.single:
            self.add(Button(done, _("Done"), self.done, style="primary", icon="check",
                            name="pick:done"))

    def cases(self) -> list:
        """The cases offered, in campaign order."""
        return [s for s in self.app.data.content.campaign()
                if self.only is None or s.id in self.only]

    def toggle(self, scenario_id: str) -> None:
        if self.single:
            self.dismiss(Picked((scenario_id,)))
            return
        self.picked ^= {scenario_id}
        self.relayout()

    def done(self) -> None:
        self.dismiss(Picked(tuple(s.id for s in self.app.data.content.campaign()
                                  if s.id in self.picked)))

    def back(self) -> None:
        if self.single:
            self.dismiss()
        else:
            self.done()

    def draw(self, surface) -> None:
        ui, p = self.ui, self.ui.palette
        surface.fill(p.desk)
        if self.single:
            self.header(surface, _("Choose the case of the round"))
        else:
            self.header(surface, _("Choose the cases"), i18n.ngettext(
                "{count} case chosen", "{count} cases chosen", len(self.picked)).format(
                    count=len(self.picked)))
        self.draw_buttons(surface, only_scrolled=True)
        self.scroll.draw_bar(ui, surface, self.area)
        self.draw_buttons(surface, only_scrolled=False)
        self.footer_hint(surface)
