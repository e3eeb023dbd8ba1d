"""Trainer tools: the trainer's own scenarios with their check results, each playable as a preview."""

from __future__ import annotations

import pygame

from quest import i18n
from quest.content.characters import escaped
from quest.i18n import _
from quest.ui import routes
from quest.ui.modes import PREVIEW
from quest.ui.scene import Scene
from quest.ui.widgets import Button


class TrainerScene(Scene):
    """The trainer's folders, each file's problems, and a preview of each valid scenario."""

    name = "trainer"

    def layout(self) -> None:
        ui, m = self.ui, self.ui.metrics
        margin = m.gap * 6
        data = self.app.data
        top = m.gap * 4 + ui.text.line_height(m.heading, True) + \
            ui.text.line_height(m.small) * 2 + m.gap * 3
        reload_rect = pygame.Rect(0, 0, min(m.px(360), m.width // 4), m.button)
        reload_rect.topright = (m.width - margin, m.gap * 4)
        self.add(Button(reload_rect, _("Check again"), self.reload, icon="check",
                        name="trainer:reload"))
        self.area = pygame.Rect(margin, top, m.width - margin * 2, m.height - top - m.gap * 7)
        self.scroll_clip = self.area
        self.rows = []
        y = self.area.top
        play_w = min(m.px(260), self.area.width // 4)
        entries = data.content.trainer_library.entries + data.content.archive_entries() + \
            data.content.library.broken()
        catalog = i18n.load_catalog(i18n.language())
        for entry in entries:
            # The place and severity stay as a compiler writes them; the message is translated.
            problems = [p.text(catalog) for p in entry.result.problems]
            name = escaped(entry.path.name)
            title = (entry.scenario.title.get(i18n.language()) if entry.scenario else "") or name
            lines = problems[:6] + ([_("… and {count} more").format(count=len(problems) - 6)]
                                    if len(problems) > 6 else [])
            text_w = self.area.width - play_w - m.gap * 4
            height = ui.text.line_height(m.body, True) + ui.text.line_height(m.small) + m.gap * 3
            height += sum(ui.paragraph_height(line, m.small, text_w) for line in lines)
            height = max(height, m.button + m.gap * 2)
            self.rows.append((entry, title, lines, y, height))
            if entry.scenario is not None:
                rect = pygame.Rect(self.area.right - play_w - m.gap * 2, y + m.gap, play_w,
                                   m.button)
                self.add(Button(rect, _("Preview"), lambda e=entry: self.preview(e),
                                icon="play", name=f"preview:{entry.path}"), scrolled=True)
            y += height + m.gap * 2
        self.scroll.set_sizes(y - self.area.top, self.area.height)

    def reload(self) -> None:
        self.app.data.content.reload_trainer()
        self.relayout()

    def preview(self, entry) -> None:
        self.app.push(routes.InvestigateScene(self.app, entry.scenario, PREVIEW))

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        data = self.app.data
        folders = ", ".join(escaped(d) for d in data.content.trainer_dirs) or \
            escaped(data.data_dir / "scenarios")
        title_w = self.buttons[0].rect.left - m.gap * 10
        ui.line(surface, _("Trainer tools"), (m.gap * 6, m.gap * 4), m.heading, p.text,
                bold=True, max_width=title_w, owner="trainer:title")
        y = m.gap * 4 + ui.text.line_height(m.heading, True)
        ui.line(surface, _("Your scenarios: {folders}").format(folders=folders), (m.gap * 6, y),
                m.small, p.muted, max_width=title_w, owner="trainer:folder")
        ui.line(surface, _("Drop .yaml files there, then choose “Check again”. "
                           "“mil-quest new ID” writes a template."),
                (m.gap * 6, y + ui.text.line_height(m.small)), m.small, p.muted,
                max_width=m.width - m.gap * 12, owner="trainer:how")
        area = self.area
        if not self.rows:
            ui.paragraph(surface, _("No scenario of your own yet."), area, m.body, p.muted,
                         owner="trainer:empty")
        previous = surface.get_clip()
        surface.set_clip(area.clip(previous))
        play_w = min(m.px(260), area.width // 4)
        for entry, title, lines, top, height in self.rows:
            y = top - self.scroll.offset
            if y > area.bottom or y + height < area.top:
                continue
            box = pygame.Rect(area.left, y, area.width - m.gap * 2, height)
            errors, warnings = len(entry.result.errors), len(entry.result.warnings)
            ui.box(surface, box, p.panel, border=p.bad if errors else p.border)
            x = box.left + m.gap * 2
            text_w = box.width - play_w - m.gap * 6
            ui.line(surface, title, (x, y + m.gap), m.body, p.text, bold=True,
                    max_width=text_w, owner="trainer:name")
            y += ui.text.line_height(m.body, True) + m.gap
            status = (_("Ready to play") if not errors and not warnings else
                      i18n.ngettext("{count} error", "{count} errors", errors).format(
                          count=errors) + " · " +
                      i18n.ngettext("{count} warning", "{count} warnings", warnings).format(
                          count=warnings))
            ui.line(surface, f"{escaped(entry.path.name)} · {status}", (x, y), m.small,
                    p.bad if errors else (p.accent if warnings else p.good),
                    max_width=text_w, owner="trainer:status")
            y += ui.text.line_height(m.small) + m.gap
            for line in lines:
                h = ui.paragraph_height(line, m.small, text_w)
                ui.paragraph(surface, line, pygame.Rect(x, y, text_w, h), m.small, p.text,
                             clip=area, owner="trainer:problem")
                y += h
        surface.set_clip(previous)
        self.draw_buttons(surface, only_scrolled=True)
        self.scroll.draw_bar(ui, surface, area)
        self.draw_buttons(surface, only_scrolled=False)
        self.footer_hint(surface)
