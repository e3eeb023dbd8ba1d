"""The investigation: the item on the desk, the toolbox, the notebook, the time bar."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from quest import i18n
from quest.errors import InvestigationError
from quest.i18n import _
from quest.model.investigation import Investigation, PinClue, TakeHint, UnpinClue, UseTool
from quest.model.scenario import Clue, Scenario, Tool
from quest.model.scoring import HINT_POINTS
from quest.ui import labels, routes
from quest.ui.cards import draw_item
from quest.ui.modes import PRACTICE, PlayMode
from quest.ui.results import Leave
from quest.ui.scene import Scene
from quest.ui.widgets import Button, Scroll

TOAST_SECONDS = 3.0
ITEM_SHARE = 0.58  # of the width, for the item; the rest for toolbox and notebook
# Larger text needs wider tool buttons: the item (which scrolls) gives up some width.
ITEM_SHARE_AT_150 = 0.52


def item_share(text_scale: int) -> float:
    """The share of the width the item takes at a text size."""
    extra = max(0, min(50, text_scale - 100)) / 50
    return ITEM_SHARE - (ITEM_SHARE - ITEM_SHARE_AT_150) * extra
TOOL_KEYCODES = {key: index for index, key in enumerate(
    (pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4, pygame.K_5, pygame.K_6, pygame.K_7,
     pygame.K_8, pygame.K_9, pygame.K_0, pygame.K_MINUS, pygame.K_EQUALS))}
TOOL_KEYCODES.update({key: index for index, key in enumerate(
    (pygame.K_KP1, pygame.K_KP2, pygame.K_KP3, pygame.K_KP4, pygame.K_KP5, pygame.K_KP6,
     pygame.K_KP7, pygame.K_KP8, pygame.K_KP9, pygame.K_KP0, pygame.K_KP_MINUS,
     pygame.K_KP_EQUALS))})


@dataclass
class ClueRow(Button):
    """A found clue in the notebook: its text, and whether it is pinned to the verdict."""

    clue: Clue | None = None
    pinned: bool = False

    def state(self, ui, focused: bool) -> tuple:
        return super().state(ui, focused) + (self.pinned,)

    @staticmethod
    def height_for(ui, text: str, width: int) -> int:
        """The height a row of this width needs to show all of `text`."""
        m = ui.metrics
        inner = width - m.body - m.gap * 3
        return max(m.body + m.gap * 2, ui.paragraph_height(text, m.small, inner) + m.gap)

    def paint(self, ui, surface, focused: bool) -> None:
        m, p = ui.metrics, ui.palette
        fill = p.panel_raised if (self.hovered or self.pinned) and not ui.high_contrast \
            else p.panel
        ui.box(surface, self.rect, fill, border=p.accent if self.pinned else p.border,
               border_width=p.border_width * (2 if self.pinned else 1))
        icon = pygame.Rect(self.rect.left + m.gap, self.rect.top + m.gap, m.body, m.body)
        if self.pinned:
            ui.icon(surface, "pin", icon, p.accent)
        else:
            pygame.draw.circle(surface, p.muted, icon.center, m.body // 4, 2)
        text_rect = pygame.Rect(icon.right + m.gap, self.rect.top + m.gap // 2,
                                self.rect.width - m.body - m.gap * 3, self.rect.height - m.gap)
        ui.paragraph(surface, self.label, text_rect, m.small, p.text, owner="notebook")
        if focused:
            ui.focus_ring(surface, self.rect)


class InvestigateScene(Scene):
    """Use tools, collect and pin clues, then give a verdict."""

    name = "investigate"

    def __init__(self, app, scenario: Scenario, mode: PlayMode = PRACTICE):
        super().__init__(app)
        self.scenario = scenario
        self.mode = mode  # practice, a preview, a session's turn, a live round
        self.investigation = Investigation(scenario, clock=lambda: app.time)
        self.item_scroll = Scroll()
        self.toast: str | None = None
        self.toast_time = 0.0
        self.hint_text: str | None = None
        self._layer: pygame.Surface | None = None
        self._layer_key = None
        # The analyses of the item's picture the player has run in the image tool's lab: a
        # clue resting on one is shown once it has been run.
        self.analysed: set[str] = set()

    @property
    def preview(self) -> bool:
        """Whether this is a trainer's preview (nothing is kept)."""
        return self.mode.after == "preview"

    # -- commands --------------------------------------------------------------------------
    def execute(self, command):
        """Run a command on the investigation; a refused one becomes a short message."""
        try:
            result = self.investigation.execute(command)
        except InvestigationError as exc:
            self.say(self.explain(command, exc))
            return None
        self.relayout()
        return result

    def explain(self, command, exc: InvestigationError) -> str:
        """The player's words for a refused command."""
        if isinstance(command, UseTool):
            cost = self.scenario.findings(command.tool).cost
            return _("Not enough time: this tool needs {cost} min, {left} min left.").format(
                cost=cost, left=self.investigation.minutes_left)
        if isinstance(command, TakeHint):
            return _("No more hints: you have found every key clue.")
        return exc.message

    def say(self, text: str) -> None:
        """Show a short message at the bottom of the screen."""
        self.toast, self.toast_time = text, TOAST_SECONDS

    def use_tool(self, tool: Tool) -> None:
        """Use a tool (or show again what it found) in a result panel."""
        if tool not in self.investigation.used:
            if self.execute(UseTool(tool)) is None:
                return
        if tool is Tool.IMAGE and self.scenario.item.image:
            self.app.push(routes.LabScene(self.app, self))
            return
        self.app.push(routes.ToolResultScene(self.app, self, tool))

    def shown_clues(self) -> list:
        """The clues found, less those resting on an analysis not yet run in the lab."""
        return [c for c in self.investigation.found
                if c.evidence is None or str(c.evidence[0]) in self.analysed]

    def toggle_pin(self, clue_id: str) -> None:
        """Pin or unpin a found clue."""
        if clue_id in self.investigation.pinned:
            self.execute(UnpinClue(clue_id))
        else:
            self.execute(PinClue(clue_id))

    def take_hint(self) -> None:
        """Ask for the next hint."""
        hint = self.execute(TakeHint())
        if hint is None:
            return
        if hint.text_index is not None:
            self.hint_text = self.scenario.hints[hint.text_index].get(i18n.language())
        else:
            self.hint_text = _("Hint: try the “{tool}” tool.").format(
                tool=labels.tool_name(hint.tool))

    def open_verdict(self) -> None:
        """Go on to the verdict screen."""
        self.app.push(routes.VerdictScene(self.app, self))

    def guide_step(self):
        """The next suggested step of a guided scenario, if any."""
        for step in self.scenario.guide:
            if step.tool not in self.investigation.used:
                return step
        return None

    # -- layout ----------------------------------------------------------------------------
    def layout(self) -> None:
        ui, m = self.ui, self.ui.metrics
        margin = m.gap * 3
        self.top_bar = pygame.Rect(0, 0, m.width, m.button + m.gap * 2)
        self.bottom_bar = pygame.Rect(0, m.height - m.button - m.gap * 3, m.width,
                                      m.button + m.gap * 3)
        body_top, body_bottom = self.top_bar.bottom + m.gap * 2, self.bottom_bar.top - m.gap * 2
        split = int(m.width * item_share(ui.text_scale))
        self.item_rect = pygame.Rect(margin, body_top, split - margin * 2, body_bottom - body_top)
        right = pygame.Rect(split, body_top, m.width - split - margin, body_bottom - body_top)
        # Toolbox: twelve tools in two columns.
        heading = ui.text.line_height(m.small, True) + m.gap
        self.toolbox_label_y = right.top
        columns = 2
        tool_h = max(m.px(52), ui.text.line_height(m.body, True) + m.gap)
        col_w = (right.width - m.gap) // columns
        top = right.top + heading
        used = set(self.investigation.used)
        for index, tool in enumerate(Tool):
            row, column = divmod(index, columns)
            rect = pygame.Rect(right.left + column * (col_w + m.gap),
                               top + row * (tool_h + m.gap // 2 + 2), col_w, tool_h)
            cost = self.scenario.findings(tool).cost
            detail = _("{minutes} min").format(minutes=cost)
            affordable = tool in used or self.investigation.can_use(tool)
            self.add(Button(rect, labels.tool_name(tool), lambda t=tool: self.use_tool(t),
                            trailing_icon="check" if tool in used else None,
                            key_hint=labels.TOOL_KEYS[index],
                            detail=None if tool in used else detail,
                            selected=tool in used, enabled=affordable, name=f"tool:{tool}"))
        self.grid_columns = 1
        toolbox_bottom = top + 6 * (tool_h + m.gap // 2 + 2)
        # Notebook: the clues found, pinned or not.
        self.notebook_label_y = toolbox_bottom + m.gap
        self.banner = None
        banner_text = self.banner_text()
        notebook_top = self.notebook_label_y + heading
        if banner_text:
            height = ui.paragraph_height(banner_text, m.small, right.width - m.gap * 4) + m.gap * 2
            self.banner = pygame.Rect(right.left, notebook_top, right.width, height)
            notebook_top = self.banner.bottom + m.gap
        self.notebook = pygame.Rect(right.left, notebook_top, right.width,
                                    max(m.gap * 4, body_bottom - notebook_top))
        self.scroll_clip = self.notebook
        y = self.notebook.top
        lang = i18n.language()
        for clue in self.shown_clues():
            text = clue.text.get(lang)
            rect = pygame.Rect(right.left, y, right.width - m.gap * 2, 0)
            rect.height = ClueRow.height_for(ui, text, rect.width)
            self.add(ClueRow(rect, text, lambda c=clue.id: self.toggle_pin(c),
                             name=f"clue:{clue.id}", clue=clue,
                             pinned=clue.id in self.investigation.pinned), scrolled=True)
            y += rect.height + m.gap
        self.scroll.set_sizes(y - self.notebook.top, self.notebook.height)
        # Bottom bar: hint and verdict.
        verdict = pygame.Rect(0, 0, min(m.px(480), m.width // 3), m.button)
        verdict.midright = (m.width - margin, self.bottom_bar.centery)
        self.add(Button(verdict, _("Give your verdict"), self.open_verdict, style="primary",
                        icon="arrow_right", name="verdict"))
        hint = pygame.Rect(0, 0, min(m.px(300), m.width // 5), m.button)
        hint.midright = (verdict.left - m.gap * 2, self.bottom_bar.centery)
        self.add(Button(hint, _("Hint"), self.take_hint, icon="question",
                        detail=f"{HINT_POINTS}", name="hint"))
        self.hint_rect = hint
        self.time_bar = pygame.Rect(0, 0, min(m.px(520), m.width // 3), m.gap * 2)
        self.time_bar.bottomright = (m.width - margin, self.top_bar.bottom - m.gap * 2)

    def banner_text(self) -> str | None:
        """The guide's next step, or the last hint."""
        if self.hint_text:
            return self.hint_text
        step = self.guide_step()
        if step is not None:
            index = self.scenario.guide.index(step) + 1
            return _("Step {n} of {total} · {tool}: {why}").format(
                n=index, total=len(self.scenario.guide), tool=labels.tool_name(step.tool),
                why=step.why.get(i18n.language()))
        return None

    # -- input -----------------------------------------------------------------------------
    def key(self, key: int, mod: int) -> bool:
        if key == pygame.K_ESCAPE:
            self.app.push(routes.PauseScene(self.app), on_result=self.after_pause)
            return True
        if key in TOOL_KEYCODES and not mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT):
            self.use_tool(list(Tool)[TOOL_KEYCODES[key]])
            return True
        if key == pygame.K_v:
            self.open_verdict()
            return True
        if key == pygame.K_h:
            self.take_hint()
            return True
        if key in (pygame.K_PAGEDOWN, pygame.K_PAGEUP):
            self.item_scroll.by((1 if key == pygame.K_PAGEDOWN else -1)
                                * self.item_rect.height * 4 // 5)
            return True
        if key in (pygame.K_LEFT, pygame.K_RIGHT) and self.buttons[self.focus].name.startswith(
                "tool:"):
            self.move_focus(1 if key == pygame.K_RIGHT else -1)
            return True
        if key in (pygame.K_UP, pygame.K_DOWN) and self.buttons[self.focus].name.startswith(
                "tool:"):
            self.move_focus(2 if key == pygame.K_DOWN else -2)
            return True
        return super().key(key, mod)

    def handle(self, event) -> bool:
        if event.type == pygame.MOUSEWHEEL:
            position = self.app.mouse_pos
            target = self.item_scroll if self.item_rect.collidepoint(position) or \
                not self.notebook.collidepoint(position) else self.scroll
            target.by(-event.y * self.ui.metrics.body * 3)
            return True
        return super().handle(event)

    def after_pause(self, result) -> None:
        """Back from the pause menu: go on, or leave the scenario."""
        if isinstance(result, Leave):
            if self.mode.leaves_to_menu:
                self.app.reset(routes.MenuScene(self.app))
                return
            self.app.pop()
            return
        self.relayout()

    def on_result(self, result) -> None:
        self.relayout()

    def update(self, dt: float) -> bool:
        if self.toast_time > 0:
            self.toast_time = max(0.0, self.toast_time - dt)
            if self.toast_time == 0:
                self.toast = None
                return True
        return False

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, surface) -> None:
        # The desk, the item and the headings change only with the investigation or a scroll:
        # they are drawn once into a layer; the buttons (cached one by one) go on top.
        key = (self.version, self.item_scroll.offset, surface.get_size(), id(self.ui.palette),
               i18n.language())
        if self._layer is None or self._layer_key != key or \
                self._layer.get_size() != surface.get_size():
            if self._layer is None or self._layer.get_size() != surface.get_size():
                self._layer = pygame.Surface(surface.get_size())
            self.draw_static(self._layer)
            self._layer_key = key
        surface.blit(self._layer, (0, 0))
        self.draw_dynamic(surface)

    def draw_beneath(self, surface) -> None:
        # Drawn once into the overlay's backdrop: a layer of its own would only add 8 MB.
        self._layer = self._layer_key = None
        self.draw_static(surface)
        self.draw_dynamic(surface)

    def covered(self) -> None:
        self._layer = self._layer_key = None  # redrawn once when the overlay closes

    def draw_static(self, surface) -> None:
        """Everything that does not follow the pointer or the focus."""
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        lang = i18n.language()
        inv = self.investigation
        # Top bar: title and time.
        pygame.draw.rect(surface, p.panel, self.top_bar)
        pygame.draw.line(surface, p.border, self.top_bar.bottomleft, self.top_bar.bottomright,
                         p.border_width)
        title = self.mode.title(self.scenario, lang)
        title_right = self.time_bar.left - m.gap * 8
        shown = self.scenario.shown_language(lang)
        if shown != lang:
            # Not in the player's language: say so, so that nobody thinks it is a mistake.
            note = _("Not available in your language: shown in {language}").format(
                language=i18n.native_name(shown))
            width = min(ui.text.width(note, m.small, True) + m.gap * 4, title_right // 2)
            badge = pygame.Rect(0, 0, width, m.small + m.gap * 2)
            badge.midright = (title_right, self.top_bar.centery)
            ui.box(surface, badge, p.panel_raised, border=p.accent)
            ui.line(surface, note, badge.center, m.small, p.accent, bold=True, anchor="center",
                    max_width=badge.width - m.gap * 2, owner="top:fallback")
            title_right = badge.left - m.gap * 2
        ui.line(surface, title, (m.gap * 3, self.top_bar.centery), m.body, p.text, bold=True,
                anchor="midleft", max_width=title_right - m.gap * 3, owner="top:title")
        left, total = inv.minutes_left, self.scenario.time_budget
        time_text = i18n.ngettext("{left} of {total} min left", "{left} of {total} min left",
                                  left).format(left=left, total=total)
        ui.line(surface, time_text, (self.time_bar.right, self.time_bar.top - m.gap // 2),
                m.small, p.text, anchor="bottomright", max_width=self.time_bar.width,
                owner="top:time")
        ui.icon(surface, "clock", pygame.Rect(self.time_bar.left - m.gap * 4,
                                              self.time_bar.top - m.gap * 3, m.small, m.small),
                p.muted)
        pygame.draw.rect(surface, p.desk, self.time_bar, border_radius=self.time_bar.height // 2)
        share = left / total if total else 0
        fill = self.time_bar.copy()
        fill.width = int(fill.width * share)
        colour = p.accent if share > 0.25 else p.bad
        if fill.width:
            pygame.draw.rect(surface, colour, fill, border_radius=self.time_bar.height // 2)
        pygame.draw.rect(surface, p.border, self.time_bar, width=p.border_width,
                         border_radius=self.time_bar.height // 2)
        # The item on the desk.
        ui.box(surface, self.item_rect, p.paper, shadow=True,
               border=p.border if ui.high_contrast else None)
        content = draw_item(ui, surface, self.item_rect, self.scenario,
                            lambda rel: self.app.data.content.image_path(self.scenario, rel),
                            self.item_scroll.offset)
        self.item_scroll.set_sizes(content, self.item_rect.height)
        self.item_scroll.draw_bar(ui, surface, self.item_rect.inflate(-m.gap, -m.gap * 2))
        # Toolbox and notebook headings.
        right = self.buttons[0].rect.left
        width = m.width - right - m.gap * 3
        ui.line(surface, _("Toolbox").upper(), (right, self.toolbox_label_y), m.small, p.muted,
                bold=True, max_width=width, owner="toolbox:title")
        found = len(self.shown_clues())
        notebook = i18n.ngettext("Notebook · {count} clue found · click to pin",
                                 "Notebook · {count} clues found · click to pin",
                                 found).format(count=found)
        ui.line(surface, notebook.upper(),
                (right, self.notebook_label_y), m.small, p.muted, bold=True, max_width=width,
                owner="notebook:title")
        step = self.guide_step()
        if step is not None and not self.hint_text:
            for button in self.buttons:
                if button.name == f"tool:{step.tool}":
                    pygame.draw.rect(surface, p.accent, button.rect.inflate(6, 6), width=3,
                                     border_radius=m.radius + 3)
        if self.banner is not None:
            ui.box(surface, self.banner, p.panel_raised, border=p.accent)
            ui.paragraph(surface, self.banner_text(), self.banner.inflate(-m.gap * 4, -m.gap * 2),
                         m.small, p.text, owner="banner")
        if not self.shown_clues():
            ui.paragraph(surface, _("Use a tool to look for clues. Each one costs minutes."),
                         self.notebook, m.small, p.muted, owner="notebook:empty")
        hint = _("Esc: menu · 1–0, -, =: tools · Tab: move · V: verdict")
        ui.line(surface, hint, (m.gap * 3, self.bottom_bar.centery), m.small, p.muted,
                anchor="midleft", max_width=self.hint_rect.left - m.gap * 6, owner="bottom:hint")

    def draw_dynamic(self, surface) -> None:
        """The buttons, scroll bars and messages."""
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        self.draw_buttons(surface, only_scrolled=True)
        self.scroll.draw_bar(ui, surface, self.notebook)
        self.draw_buttons(surface, only_scrolled=False)
        if self.toast:
            toast = pygame.Rect(0, 0, min(m.width - m.gap * 8, ui.text.width(
                self.toast, m.body) + m.gap * 6), m.button)
            toast.midbottom = (self.item_rect.centerx, self.bottom_bar.top - m.gap)
            ui.box(surface, toast, p.panel_raised, border=p.bad, shadow=True)
            ui.line(surface, self.toast, toast.center, m.body, p.text, anchor="center",
                    max_width=toast.width - m.gap * 4, owner="toast")
