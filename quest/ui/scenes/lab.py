"""The image tool's lab: the item's own picture searched in the archive, its metadata, its
error levels and noise, and a magnifier; each with what it can and cannot show.

The analyses run in a worker process (quest.forensics.lab): this screen asks for one, shows a
spinner while it runs, and draws its result when it comes. A clue that rests on an analysis
appears, to be pinned, once the player has run that analysis.
"""

from __future__ import annotations

import math

import pygame

from quest import i18n
from quest.i18n import N_, _
from quest.model.scenario import Tool
from quest.ui import labels
from quest.ui.cards import placeholder
from quest.ui.scene import Scene
from quest.ui.widgets import Button

TABS = (("search", N_("Reverse search")), ("metadata", N_("Metadata")),
        ("ela", N_("Error levels")), ("noise", N_("Noise")), ("zoom", N_("Magnifier")))
ANALYSED = ("search", "metadata", "ela", "noise")  # the tabs that ask the worker
ZOOMS = (2, 3, 4)
GREYS = [(level, level, level) for level in range(256)]  # the palette of the grey views
EXPLAIN = {
    "search": N_("The search compares this picture, and parts of it, with the archive of "
                 "pictures that appeared before, even cropped, mirrored, recompressed or "
                 "recoloured. An earlier copy shows where and when a picture appeared, not who "
                 "made it; finding none does not prove that a picture is new."),
    "metadata": N_("Metadata is what the file says about itself: camera, date, program, "
                   "place. Messengers and social networks remove most of it, so missing "
                   "metadata proves nothing; and anyone can edit it, so metadata that is there "
                   "is a claim to check."),
    "ela": N_("Error level analysis saves the picture again as a JPEG and shows, brightened, "
              "how much each part changed. A part pasted from elsewhere often stands out; but "
              "edges, letters and fine detail always glow, and a real photo of a fake "
              "document is still a real photo."),
    "noise": N_("The noise view shows the fine grain a small filter removes. A pasted part "
                "often has another grain than its surroundings; drawings and heavily "
                "compressed pictures have almost none anywhere."),
    "zoom": N_("Move the magnifier over the picture with the mouse or the arrow keys; + and - "
               "change the zoom. Look at hands, letters, edges and shadows."),
}
FAILURES = {
    "picture": N_("The picture cannot be analysed: the file is damaged or not a PNG or JPEG."),
    "timeout": N_("The analysis took too long and was stopped. Try again."),
    "crashed": N_("The analysis stopped unexpectedly. Try again."),
}


class LabScene(Scene):
    """The image tool's analyses of the item's picture, tab by tab."""

    name = "lab"
    # A screen of its own, not an overlay: it covers the item, and a frame that turns the
    # spinner need not copy the game beneath it as well.
    overlay = False

    def __init__(self, app, investigate):
        super().__init__(app)
        self.investigate = investigate
        scenario = investigate.scenario
        self.path = app.data.content.image_path(scenario, scenario.item.image)
        self.tab = "search"
        self.futures: dict = {}  # kind -> future still running
        self.results: dict = {}  # kind -> result (quest.forensics types, or Failed)
        self.views: dict = {}  # kind -> pygame surface of the ELA or noise view
        self.lens = (0.5, 0.5)  # where the magnifier is, as fractions of the picture
        self.zoom = ZOOMS[0]
        self.spin = 0.0

    def enter(self) -> None:
        super().enter()
        self.ask("search")

    # -- analyses --------------------------------------------------------------------------
    def ask(self, kind: str) -> None:
        """Start an analysis unless it has a result or is running."""
        if kind in ANALYSED and kind not in self.results and kind not in self.futures:
            # A view comes back the size it is shown at: no frame scales it.
            fit = self.picture.size if getattr(self, "picture", None) else None
            self.futures[kind] = self.app.data.lab.submit(kind, self.path, fit)

    def update(self, dt: float) -> bool:
        if not self.futures:
            return False
        self.spin = (self.spin + dt * 5) % (math.pi * 2)
        for kind, future in list(self.futures.items()):
            outcome = self.app.data.lab.outcome(future)
            if outcome is None:
                continue
            del self.futures[kind]
            self.results[kind] = outcome
            pixels = getattr(outcome, "pixels", None)
            if pixels is not None:
                try:
                    view = pygame.image.frombuffer(pixels, outcome.size, "P")
                    view.set_palette(GREYS)
                    self.views[kind] = view
                except (pygame.error, ValueError):
                    pass
            if not hasattr(outcome, "code"):  # done, not Failed: its clues may be shown
                self.investigate.analysed.add(kind)
            self.relayout()
        return True

    def leave(self) -> None:
        super().leave()
        # The views are megabytes each: let them go now, not when the collector next finds
        # the scene's reference cycles (its buttons' callbacks point back at it).
        self.views.clear()
        self.results.clear()
        self._fitted = self._fitted_key = None

    def retry(self) -> None:
        """Ask again for an analysis that failed."""
        self.results.pop(self.tab, None)
        self.ask(self.tab)
        self.relayout()

    def choose(self, kind: str) -> None:
        """Show a tab (and start its analysis)."""
        self.tab = kind
        self.scroll.offset = 0
        self.ask(kind)
        self.relayout()

    # -- layout ----------------------------------------------------------------------------
    def layout(self) -> None:
        ui, m = self.ui, self.ui.metrics
        self.laid_out = getattr(self, "laid_out", 0) + 1
        self.panel = pygame.Rect(m.gap * 2, m.gap * 2, m.width - m.gap * 4,
                                 m.height - m.gap * 4)
        inner = self.panel.inflate(-m.gap * 6, -m.gap * 6)
        self.head = ui.text.line_height(m.heading, True) + ui.text.line_height(m.small) + m.gap * 2
        left_w = inner.width * 11 // 20
        tabs_top = inner.top + self.head
        # Each tab as wide as its words need, the spare room shared: "Қателік деңгейі" is
        # three times as long as "Шу".
        words = [ui.text.width(_(label), m.body, True) + m.gap * 4 for _kind, label in TABS]
        room = left_w - m.gap * (len(TABS) - 1)
        spare = max(0, room - sum(words)) // len(TABS)
        widths = [w + spare for w in words] if spare else [room * w // sum(words) for w in words]
        x = inner.left
        for (kind, label), tab_w in zip(TABS, widths):
            rect = pygame.Rect(x, tabs_top, tab_w, m.button)
            self.add(Button(rect, _(label), lambda k=kind: self.choose(k), style="choice",
                            selected=kind == self.tab, name=f"lab:{kind}"))
            x += tab_w + m.gap
        self.picture = pygame.Rect(inner.left, tabs_top + m.button + m.gap * 2, left_w,
                                   inner.bottom - tabs_top - m.button - m.gap * 2)
        right = pygame.Rect(self.picture.right + m.gap * 4, tabs_top,
                            inner.right - self.picture.right - m.gap * 4, 0)
        close = pygame.Rect(0, 0, min(m.px(360), right.width), m.button)
        close.bottomright = inner.bottomright
        self.add(Button(close, _("Back to the item"), self.close, style="primary",
                        icon="arrow_left", name="lab:close"))
        if self.tab in self.results and hasattr(self.results[self.tab], "code"):
            again = pygame.Rect(0, 0, min(m.px(260), right.width - close.width - m.gap * 2),
                                m.button)
            again.bottomright = (close.left - m.gap * 2, close.bottom)
            self.add(Button(again, _("Try again"), self.retry, name="lab:retry"))
        self.area = pygame.Rect(right.left, right.top, right.width,
                                close.top - m.gap * 3 - right.top)
        self.scroll_clip = self.area
        self.blocks = self._blocks()
        self.scroll.set_sizes(self._content_height(), self.area.height)

    def _lines(self) -> list[tuple[str, str]]:
        """What the tab says: (style, text) pairs, style one of title, body, muted."""
        kind = self.tab
        explain = ("muted", _(EXPLAIN[kind]))
        if kind == "zoom":
            return [explain]
        if kind in self.futures:
            return [("title", _("Analysing the picture…")), explain]
        result = self.results.get(kind)
        if result is None:
            return [explain]
        if hasattr(result, "code"):
            return [("title", _(FAILURES.get(result.code, FAILURES["crashed"]))), explain]
        return self._describe(kind, result) + [explain]

    def _describe(self, kind: str, result) -> list[tuple[str, str]]:
        lang = i18n.language()
        if kind == "search":
            if not result:
                return [("title", _("No earlier copy in the archive."))]
            out = [("title", i18n.ngettext("Found in {count} place", "Found in {count} places",
                                           len(result)).format(count=len(result)))]
            for match in result:
                how = [_("{percent}% alike").format(percent=round(match.similarity * 100))]
                if match.mirrored:
                    how.append(_("mirrored"))
                if match.part < 0.95:
                    how.append(_("a part of that picture"))
                out.append(("body", f"{match.outlet.get(lang)} · "
                                    f"{i18n.format_date(match.published)} · " + ", ".join(how)))
                if match.caption is not None:
                    caption = match.caption.get(lang)
                    out.append(("body", _("“{caption}”").format(caption=caption)))
                out.append(("muted", match.page))
            return out
        if kind == "metadata":
            if result.empty:
                return [("title", _("No metadata: none of these fields is in the file."))]
            rows = [(_("Camera"), result.camera), (_("Taken"), result.taken),
                    (_("Program"), result.software),
                    (_("Place (GPS)"), f"{result.gps[0]}, {result.gps[1]}" if result.gps
                     else None),
                    (_("Editing history"), ", ".join(result.history) or None)]
            return [("title", _("What the {kind} file says").format(kind=result.kind))] + [
                ("body", f"{name}: {value}") for name, value in rows if value]
        out = []
        if kind == "ela" and result.quality:
            out.append(("body", _("The file was saved at a JPEG quality of about {quality}.")
                        .format(quality=result.quality)))
        if result.uneven:
            out.insert(0, ("title", _("A region of {share}% of the picture stands out.")
                           .format(share=i18n.format_number(round(result.share * 100)))))
        else:
            out.insert(0, ("title", _("No region stands out from the rest.")))
        return out

    def _clues(self):
        """The image tool's clues this tab shows: those resting on its analysis once it is
        done; on the search tab also those resting on none."""
        found = {c.id for c in self.investigate.investigation.found}
        clues = self.investigate.scenario.findings(Tool.IMAGE).clues
        out = []
        for clue in clues:
            if clue.id not in found:
                continue
            kind = str(clue.evidence[0]) if clue.evidence else "search"
            if kind == self.tab and (clue.evidence is None or kind in self.investigate.analysed):
                out.append(clue)
        return out

    def _blocks(self):
        ui, m = self.ui, self.ui.metrics
        width = self.area.width - m.gap * 2
        y = self.area.top
        blocks = []
        for style, text in self._lines():
            size = m.heading if style == "title" else (m.small if style == "muted" else m.body)
            height = ui.paragraph_height(text, size, width, style == "title")
            blocks.append(("text", style, text, y, height))
            y += height + m.gap * 2
        clues = self._clues()
        if clues:
            blocks.append(("label", "muted", _("Clues").upper(), y, ui.text.line_height(m.small)))
            y += ui.text.line_height(m.small) + m.gap
        pinned = set(self.investigate.investigation.pinned)
        pin_w = min(m.px(220), width * 2 // 5)
        lang = i18n.language()
        for clue in clues:
            text = clue.text.get(lang)
            height = max(ui.paragraph_height(text, m.body, width - pin_w - m.gap * 2), m.button)
            blocks.append(("clue", "body", text, y, height))
            is_pinned = clue.id in pinned
            self.add(Button(pygame.Rect(self.area.left + width - pin_w, y, pin_w, m.button),
                            _("Pinned") if is_pinned else _("Pin"),
                            lambda c=clue.id: self.pin(c), icon="pin", selected=is_pinned,
                            name=f"pin:{clue.id}"), scrolled=True)
            y += height + m.gap * 2
        self.pin_w = pin_w
        self._bottom = y
        return blocks

    def _content_height(self) -> int:
        return self._bottom - self.area.top

    # -- actions ---------------------------------------------------------------------------
    def pin(self, clue_id: str) -> None:
        self.investigate.toggle_pin(clue_id)
        self.relayout()

    def close(self) -> None:
        self.investigate.relayout()
        self.app.pop(None)

    def back(self) -> None:
        self.close()

    def key(self, key: int, mod: int) -> bool:
        if self.tab == "zoom" and key in (pygame.K_LEFT, pygame.K_RIGHT, pygame.K_UP,
                                          pygame.K_DOWN):
            dx = {pygame.K_LEFT: -1, pygame.K_RIGHT: 1}.get(key, 0)
            dy = {pygame.K_UP: -1, pygame.K_DOWN: 1}.get(key, 0)
            self.lens = (min(1.0, max(0.0, self.lens[0] + dx * 0.04)),
                         min(1.0, max(0.0, self.lens[1] + dy * 0.04)))
            return True
        if key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS, pygame.K_MINUS,
                   pygame.K_KP_MINUS):
            step = 1 if key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS) else -1
            index = min(len(ZOOMS) - 1, max(0, ZOOMS.index(self.zoom) + step))
            self.zoom = ZOOMS[index]
            return True
        return super().key(key, mod)

    def handle(self, event) -> bool:
        if event.type == pygame.MOUSEMOTION and self.tab == "zoom":
            shown = getattr(self, "shown", None)
            if shown is not None and shown.collidepoint(event.pos):
                self.lens = ((event.pos[0] - shown.left) / max(1, shown.width),
                             (event.pos[1] - shown.top) / max(1, shown.height))
        return super().handle(event)

    # -- drawing ---------------------------------------------------------------------------
    def _source(self):
        """The full-size surface the picture area shows: the item, or an analysis' view."""
        if self.tab in ("ela", "noise") and self.tab in self.views:
            return self.views[self.tab]
        return self.ui.images.original(self.path)

    def draw(self, surface) -> None:
        # Drawn whole each frame, with no cached layer: that costs under 2 ms at 1080p, while
        # a full-window layer would cost 8 MB, which the game's memory budget has not to spare.
        self._fill_around_panel(surface)
        self._draw_static(surface)
        if self.tab == "zoom" and self.shown is not None:
            source = self._source()
            if source is not None:
                self._draw_lens(surface, source)
        if self.tab in self.futures and self.shown is not None:
            self._draw_spinner(surface, self.shown.center)
        self.scroll.draw_bar(self.ui, surface, self.area)
        self.draw_buttons(surface)

    def _fill_around_panel(self, surface) -> None:
        """The desk around the panel and under its rounded corners; the panel covers the rest."""
        desk, panel, whole = self.ui.palette.desk, self.panel, surface.get_rect()
        surface.fill(desk, (0, 0, whole.width, panel.top))
        surface.fill(desk, (0, panel.bottom, whole.width, whole.height - panel.bottom))
        surface.fill(desk, (0, panel.top, panel.left, panel.height))
        surface.fill(desk, (panel.right, panel.top, whole.width - panel.right, panel.height))
        corner = self.ui.metrics.radius
        for x in (panel.left, panel.right - corner):
            for y in (panel.top, panel.bottom - corner):
                surface.fill(desk, (x, y, corner, corner))

    def _draw_static(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        ui.box(surface, self.panel, p.panel, border=p.accent, shadow=True)
        inner = self.panel.inflate(-m.gap * 6, -m.gap * 6)
        icon = pygame.Rect(inner.left, inner.top, m.heading, m.heading)
        ui.icon(surface, "tool:image", icon, p.accent)
        ui.line(surface, labels.tool_name(Tool.IMAGE), (icon.right + m.gap * 2, inner.top),
                m.heading, p.text, bold=True, max_width=inner.right - icon.right - m.gap * 2,
                owner="lab:title")
        cost = self.investigate.scenario.findings(Tool.IMAGE).cost
        spent = i18n.ngettext("{minutes} minute spent", "{minutes} minutes spent",
                              cost).format(minutes=cost)
        ui.line(surface, spent, (inner.left, inner.top + ui.text.line_height(m.heading, True)),
                m.small, p.muted, max_width=inner.width, owner="lab:cost")
        self._draw_picture(surface)
        self._draw_text(surface)

    def _draw_picture(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        pygame.draw.rect(surface, p.desk, self.picture, border_radius=m.radius)
        source = self._source()
        self.shown = None
        if source is None:
            alt = self.investigate.scenario.item.image_alt
            placeholder(ui, surface, self.picture, alt.get(i18n.language()) if alt else "",
                        self.picture)
            return
        ratio = min(self.picture.width / source.get_width(),
                    self.picture.height / source.get_height())
        size = (max(1, int(source.get_width() * ratio)), max(1, int(source.get_height() * ratio)))
        key = (id(source), size)
        if getattr(self, "_fitted_key", None) != key:
            if abs(size[0] - source.get_width()) <= 1 and abs(size[1] - source.get_height()) <= 1:
                self._fitted = source  # a view made at the size it is shown at
            elif source is self.ui.images.original(self.path):
                # The item's own picture: from the game's bounded cache, not a copy of ours.
                self._fitted = self.ui.images.fitted(self.path, *self.picture.size)
            elif source.get_bitsize() == 8:  # a grey view after a resize: smoothscale needs 24+
                self._fitted = pygame.transform.scale(source, size)
            else:
                self._fitted = pygame.transform.smoothscale(source, size)
            self._fitted_key = key
        self.shown = self._fitted.get_rect(center=self.picture.center)
        surface.blit(self._fitted, self.shown)
        if self.tab in ("ela", "noise"):
            result = self.results.get(self.tab)
            region = getattr(result, "region", None)
            if region is not None and result.uneven:
                x0, y0, x1, y1 = region
                box = pygame.Rect(self.shown.left + x0 * self.shown.width,
                                  self.shown.top + y0 * self.shown.height,
                                  (x1 - x0) * self.shown.width, (y1 - y0) * self.shown.height)
                pygame.draw.rect(surface, p.accent, box, width=3)

    def _draw_lens(self, surface, source) -> None:
        m, p = self.ui.metrics, self.ui.palette
        side = min(m.px(260), self.shown.width // 2, self.shown.height // 2)
        if side < 8:
            return
        cx = self.shown.left + self.lens[0] * self.shown.width
        cy = self.shown.top + self.lens[1] * self.shown.height
        # The lens reads the full-size picture, not the scaled copy: real pixels, magnified.
        scale = source.get_width() / self.shown.width
        span = max(2, int(side * scale / self.zoom))
        sx = int((cx - self.shown.left) * scale - span / 2)
        sy = int((cy - self.shown.top) * scale - span / 2)
        area = pygame.Rect(sx, sy, span, span).clamp(source.get_rect())
        area = area.clip(source.get_rect())
        if area.width < 2 or area.height < 2:
            return
        zoomed = pygame.transform.scale(source.subsurface(area),
                                        (side, round(side * area.height / area.width)))
        lens = zoomed.get_rect(center=(int(cx), int(cy))).clamp(self.picture)
        surface.blit(zoomed, lens)
        pygame.draw.rect(surface, p.accent, lens, width=3)
        self.ui.line(surface, f"×{self.zoom}", (lens.right - m.gap, lens.bottom - m.gap),
                     m.small, p.accent, bold=True, anchor="bottomright", owner="lab:zoom")

    def _draw_spinner(self, surface, centre) -> None:
        m, p = self.ui.metrics, self.ui.palette
        radius = m.px(28)
        box = pygame.Rect(0, 0, radius * 2 + m.gap * 4, radius * 2 + m.gap * 4)
        box.center = centre
        self.ui.box(surface, box, p.panel_raised, border=p.accent)
        arc = pygame.Rect(0, 0, radius * 2, radius * 2)
        arc.center = centre
        pygame.draw.arc(surface, p.accent, arc, self.spin, self.spin + math.pi * 1.4, 5)

    def _draw_text(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        width = self.area.width - m.gap * 2
        offset = self.scroll.offset
        for kind, style, text, top, height in self.blocks:
            top -= offset
            if top > self.area.bottom or top + height < self.area.top:
                continue
            if kind == "label":
                previous = surface.get_clip()
                surface.set_clip(self.area.clip(previous))
                ui.line(surface, text, (self.area.left, top), m.small, p.muted, bold=True,
                        max_width=width, owner="lab:label")
                surface.set_clip(previous)
                continue
            size = m.heading if style == "title" else (m.small if style == "muted" else m.body)
            colour = p.muted if style == "muted" else p.text
            box_w = width - self.pin_w - m.gap * 2 if kind == "clue" else width
            ui.paragraph(surface, text, pygame.Rect(self.area.left, top, box_w, height), size,
                         colour, bold=style == "title", clip=self.area, owner=f"lab:{kind}")
