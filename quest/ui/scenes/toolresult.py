"""What a tool found: a panel over the toolbox, the item still visible beside it."""

from __future__ import annotations

import pygame

from quest import i18n
from quest.i18n import _
from quest.model.scenario import Tool
from quest.ui import labels
from quest.ui.cards import placeholder
from quest.ui.scene import Scene
from quest.ui.scenes.investigate import item_share
from quest.ui.widgets import Button


class ToolResultScene(Scene):
    """The clues one tool found, each with a pin button; closes back to the investigation."""

    name = "toolresult"
    overlay = True

    def __init__(self, app, investigate, tool: Tool):
        super().__init__(app)
        self.investigate = investigate
        self.tool = Tool(tool)

    def layout(self) -> None:
        ui, m = self.ui, self.ui.metrics
        split = int(m.width * item_share(ui.text_scale))
        self.panel = pygame.Rect(split - m.gap * 2, m.button + m.gap * 3,
                                 m.width - split - m.gap,
                                 m.height - m.button * 2 - m.gap * 7)
        inner_w = self.panel.width - m.gap * 6
        close = pygame.Rect(0, 0, min(m.px(360), inner_w), m.button)
        close.bottomright = (self.panel.right - m.gap * 3, self.panel.bottom - m.gap * 3)
        self.add(Button(close, _("Back to the item"), self.close, style="primary",
                        icon="arrow_left", name="result:close"))
        self.head = (ui.text.line_height(m.heading, True) + ui.text.line_height(m.small) * 2
                     + m.gap * 6)
        self.area = pygame.Rect(self.panel.left + m.gap * 3, self.panel.top + self.head,
                                inner_w, close.top - m.gap * 2 - self.panel.top - self.head)
        self.scroll_clip = self.area
        findings = self.investigate.scenario.findings(self.tool)
        pinned = set(self.investigate.investigation.pinned)
        lang = i18n.language()
        y = self.area.top
        self.blocks = []
        pin_w = self.pin_w = min(m.px(300), inner_w * 2 // 5)
        for clue in findings.clues:
            text = clue.text.get(lang)
            text_h = ui.paragraph_height(text, m.body, inner_w - pin_w - m.gap * 2)
            image_h = 0
            if clue.image:
                image_h = min(m.px(300), self.area.height * 2 // 3) + m.gap * 2
            height = max(text_h, m.button) + image_h + m.gap * 2
            self.blocks.append((clue, y, text_h, image_h))
            pin = pygame.Rect(self.area.right - pin_w, y, pin_w, m.button)
            is_pinned = clue.id in pinned
            self.add(Button(pin, _("Pinned") if is_pinned else _("Pin"),
                            lambda c=clue.id: self.pin(c), icon="pin", selected=is_pinned,
                            name=f"pin:{clue.id}"), scrolled=True)
            y += height + m.gap * 2
        self.scroll.set_sizes(y - self.area.top, self.area.height)
        if findings.clues:
            self.focus = 1 if self.focus == 0 and len(self.buttons) > 1 else self.focus

    def pin(self, clue_id: str) -> None:
        self.investigate.toggle_pin(clue_id)
        self.relayout()

    def close(self) -> None:
        self.app.pop(None)

    def back(self) -> None:
        self.close()

    def key(self, key: int, mod: int) -> bool:
        if key in (pygame.K_UP, pygame.K_DOWN) and not self.buttons[self.focus].name.startswith(
                "pin:"):
            self.scroll.by((1 if key == pygame.K_DOWN else -1) * self.ui.metrics.body * 3)
            return True
        return super().key(key, mod)

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        ui.box(surface, self.panel, p.panel, border=p.accent, shadow=True)
        findings = self.investigate.scenario.findings(self.tool)
        x, y = self.panel.left + m.gap * 3, self.panel.top + m.gap * 3
        icon = pygame.Rect(x, y, m.heading, m.heading)
        ui.icon(surface, f"tool:{self.tool}", icon, p.accent)
        ui.line(surface, labels.tool_name(self.tool), (icon.right + m.gap * 2, y), m.heading,
                p.text, bold=True, max_width=self.panel.right - icon.right - m.gap * 6,
                owner="result:title")
        y += ui.text.line_height(m.heading, True)
        ui.line(surface, _(labels.TOOL_ACTIONS[self.tool]), (x, y), m.small, p.muted,
                max_width=self.area.width, owner="result:question")
        y += ui.text.line_height(m.small)
        spent = i18n.ngettext("{minutes} minute spent", "{minutes} minutes spent",
                              findings.cost).format(minutes=findings.cost)
        ui.line(surface, spent, (x, y), m.small, p.muted, max_width=self.area.width,
                owner="result:cost")
        if not findings.clues:
            ui.paragraph(surface, _("Nothing notable found. Time well spent is part of the "
                                    "job: not every check finds something."), self.area,
                         m.body, p.text, owner="result:nothing")
        lang = i18n.language()
        pin_w = self.pin_w
        for clue, top, text_h, image_h in self.blocks:
            top -= self.scroll.offset
            ui.paragraph(surface, clue.text.get(lang),
                         pygame.Rect(self.area.left, top, self.area.width - pin_w - m.gap * 2,
                                     text_h), m.body, p.text, clip=self.area, owner="result:clue")
            if clue.image:
                box = pygame.Rect(self.area.left, top + max(text_h, m.button) + m.gap * 2,
                                  self.area.width, image_h - m.gap * 2)
                path = self.app.data.content.image_path(self.investigate.scenario, clue.image)
                picture = ui.images.fitted(path, box.width, box.height)
                alt = clue.image_alt.get(lang) if clue.image_alt else ""
                previous = surface.get_clip()
                surface.set_clip(self.area.clip(previous))
                if picture is not None:
                    surface.blit(picture, picture.get_rect(midtop=box.midtop))
                else:
                    placeholder(ui, surface, box, alt, self.area)
                surface.set_clip(previous)
        self.scroll.draw_bar(ui, surface, self.area)
        self.draw_buttons(surface)
