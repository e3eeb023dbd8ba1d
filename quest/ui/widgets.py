"""Drawing helpers and the few widgets every screen is made of: text boxes, buttons, scroll areas.

Text that cannot fit its box is never drawn outside it: it is clipped, and the box reports it
(`Ui.issues`), which the layout tests turn into failures.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable

import pygame

from quest.ui import icons
from quest.ui.text import TextCache
from quest.ui.theme import DARK, HIGH_CONTRAST, Metrics, Palette


class WidgetCache:
    """Painted widgets by look, so an unchanged button is one blit, not a dozen shapes."""

    # At least 10 MB at 4 bytes a pixel, and a window and a quarter: every button of the
    # current screen in its usual states, without growing with every screen visited. Less than
    # a full view would make a scrolled list evict the cards it is about to draw, repainting
    # them all; more bought no speed in bench/frames.py and cost the memory budget 2 MB.
    PIXEL_BUDGET = 2_500_000
    WINDOWS = 1.25

    def __init__(self):
        self._images: OrderedDict = OrderedDict()
        self._pixels = 0
        self.budget = self.PIXEL_BUDGET
        self.puts = 0  # how many widgets were painted: for tests and benches

    def fit_window(self, width: int, height: int) -> None:
        """Size the budget for a window of this size."""
        self.budget = max(self.PIXEL_BUDGET, int(self.WINDOWS * width * height))

    def get(self, key):
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def put(self, key, image) -> None:
        self.puts += 1
        self._images[key] = image
        self._pixels += image.get_width() * image.get_height()
        while self._pixels > self.budget and len(self._images) > 1:
            _, old = self._images.popitem(last=False)
            self._pixels -= old.get_width() * old.get_height()

    def clear(self) -> None:
        self._images.clear()
        self._pixels = 0


class Ui:
    """What every screen draws with: sizes, colours, cached text, images, and layout issues."""

    def __init__(self, width: int, height: int, text_scale: int = 100,
                 high_contrast: bool = False, text: TextCache | None = None):
        self.text = text or TextCache()
        self.widgets = WidgetCache()
        self.issues: set[str] = set()
        self.images = None  # set by the app (assets.Images)
        self.configure(width, height, text_scale, high_contrast)

    def configure(self, width: int, height: int, text_scale: int, high_contrast: bool) -> None:
        """Adopt a new window size or look."""
        self.metrics = Metrics(width, height, text_scale)
        self.palette: Palette = HIGH_CONTRAST if high_contrast else DARK
        self.high_contrast = high_contrast
        self.text_scale = text_scale
        self.issues.clear()
        self.widgets.clear()
        self.widgets.fit_window(width, height)

    # -- shapes ----------------------------------------------------------------------------
    def box(self, surface, rect, color, radius=None, border=None, border_width=None,
            shadow=False) -> None:
        """A rounded box, optionally with a border and a soft shadow."""
        m = self.metrics
        radius = m.radius if radius is None else radius
        if shadow and not self.high_contrast:
            shade = pygame.Rect(rect).move(0, self.shadow_offset)
            # Only the strip below the box's straight sides can show: drawing the rest, which
            # the box covers, took most of a big panel's time.
            visible = pygame.Rect(shade.left, rect.bottom - radius, shade.width,
                                  shade.bottom - rect.bottom + radius)
            clip = surface.get_clip()
            surface.set_clip(visible.clip(clip))
            pygame.draw.rect(surface, self.palette.shadow, shade, border_radius=radius)
            surface.set_clip(clip)
        pygame.draw.rect(surface, color, rect, border_radius=radius)
        if border is not None:
            width = border_width or self.palette.border_width
            pygame.draw.rect(surface, border, rect, width=width, border_radius=radius)

    @property
    def shadow_offset(self) -> int:
        """How far a box's soft shadow reaches below it."""
        return max(2, self.metrics.px(6))

    def focus_ring(self, surface, rect) -> None:
        """The visible keyboard focus around a widget."""
        width = self.palette.focus_width
        grow = width + 2
        pygame.draw.rect(surface, self.palette.focus, pygame.Rect(rect).inflate(grow * 2, grow * 2),
                         width=width, border_radius=self.metrics.radius + grow)

    # -- text ------------------------------------------------------------------------------
    def line(self, surface, text, pos, size, color, bold=False, anchor="topleft",
             max_width=None, owner="") -> pygame.Rect:
        """One line of text; shrinks to fit `max_width`, reports if even the minimum is too wide."""
        if max_width is not None and max_width > 0:
            fitted = self.text.fit_size(text, size, max_width, bold)
            if self.text.width(text, fitted, bold) > max_width:
                self.report(owner, text)
            size = fitted
        image = self.text.render(text, size, color, bold)
        rect = image.get_rect(**{anchor: pos})
        if max_width is not None and rect.width > max_width:
            area = pygame.Rect(0, 0, max_width, rect.height)
            rect.width = max_width
            surface.blit(image, rect, area)
        else:
            surface.blit(image, rect)
        return rect

    def paragraph_height(self, text, size, width, bold=False) -> int:
        """The height wrapped text takes in a box `width` wide."""
        lines = self.text.wrap(text, size, width, bold)
        return len(lines) * self.text.line_height(size, bold)

    def paragraph(self, surface, text, rect, size, color, bold=False, align="left",
                  owner="", clip=None) -> int:
        """Wrapped text inside `rect`; returns the height used. Overflow is clipped and reported."""
        rect = pygame.Rect(rect)
        lines = self.text.wrap(text, size, max(1, rect.width), bold)
        step = self.text.line_height(size, bold)
        y = rect.top
        previous = surface.get_clip()
        if clip is not None:
            surface.set_clip(pygame.Rect(clip).clip(previous))
        for line in lines:
            if y + step > rect.bottom + step * 0.25 and clip is None:
                self.report(owner, text)
                break
            image = self.text.render(line, size, color, bold)
            if align == "center":
                x = rect.centerx - image.get_width() // 2
            elif align == "right":
                x = rect.right - image.get_width()
            else:
                x = rect.left
            if clip is None or (y + step > clip.top and y < clip.bottom):
                surface.blit(image, (x, y))
            y += step
        surface.set_clip(previous)
        return len(lines) * step

    def report(self, owner: str, text: str) -> None:
        """Note that text did not fit its box (the layout tests fail on any)."""
        short = text if len(text) < 60 else text[:57] + "..."
        self.issues.add(f"{owner or 'text'}: {short!r} does not fit")

    def icon(self, surface, name, rect, color) -> None:
        """A drawn icon (no font glyph needed)."""
        icons.draw(surface, name, pygame.Rect(rect), color)


@dataclass
class Button:
    """A focusable, clickable box with a label and an optional icon or colour badge."""

    rect: pygame.Rect
    label: str
    on_activate: Callable[[], None] | None = None
    style: str = "normal"  # normal | primary | ghost | choice | danger
    icon: str | None = None
    colour: tuple | None = None  # a badge colour (verdicts); never the only signal
    selected: bool = False
    enabled: bool = True
    key_hint: str | None = None  # e.g. "1" for a tool, drawn as a key cap
    detail: str | None = None  # a second, smaller text at the right (minutes, scores)
    trailing_icon: str | None = None  # an icon at the right end (a used tool's check)
    # The palette colour the button always stands on, when it does (a list on a plain desk):
    # its cached image is then opaque, which blits in half the time of a translucent one.
    backdrop: str | None = None
    name: str = ""
    hovered: bool = field(default=False, repr=False)

    def activate(self) -> None:
        """Do what the button does."""
        if self.enabled and self.on_activate is not None:
            self.on_activate()

    def state(self, ui: Ui, focused: bool) -> tuple:
        """Everything the look of the button depends on (subclasses add theirs)."""
        return (type(self), self.rect.size, self.label, self.style, self.icon, self.colour,
                self.selected, self.enabled, self.key_hint, self.detail, self.trailing_icon,
                self.hovered, focused, id(ui.palette), ui.metrics.body, ui.metrics.height)

    def draw(self, ui: Ui, surface, focused: bool) -> None:
        """Blit the button from the widget cache, painting it first if its look changed."""
        if self.backdrop is None:
            margin = ui.metrics.gap * 2 + ui.palette.focus_width + 2
        else:  # just the focus ring and the shadow: an opaque edge must not cover a neighbour
            margin = max(ui.palette.focus_width + 2, ui.shadow_offset) + 1
        key = self.state(ui, focused)
        image = ui.widgets.get(key)
        if image is None:
            size = (self.rect.width + margin * 2, self.rect.height + margin * 2)
            if self.backdrop is None:
                image = pygame.Surface(size, pygame.SRCALPHA)
            else:
                image = pygame.Surface(size)
                image.fill(getattr(ui.palette, self.backdrop))
            saved = self.rect
            self.rect = pygame.Rect(margin, margin, saved.width, saved.height)
            try:
                self.paint(ui, image, focused)
            finally:
                self.rect = saved
            ui.widgets.put(key, image)
        surface.blit(image, (self.rect.left - margin, self.rect.top - margin))

    def paint(self, ui: Ui, surface, focused: bool) -> None:
        """Draw the button in its state: hover, focus, selected, disabled."""
        p, m = ui.palette, ui.metrics
        rect = self.rect
        if self.style == "primary":
            fill, ink = p.accent, p.accent_ink
        elif self.colour is not None and (self.selected or ui.high_contrast):
            fill, ink = self.colour, (255, 255, 255)
        elif self.selected:
            fill, ink = p.accent, p.accent_ink
        elif self.style == "ghost":
            fill, ink = p.desk, p.text
        else:
            fill, ink = p.panel_raised, p.text
        if self.hovered and self.enabled and not self.selected:
            fill = tuple(min(255, c + 18) for c in fill) if not ui.high_contrast else fill
        if not self.enabled:
            ink = p.muted
        border = p.accent if (self.selected and ui.high_contrast) else p.border
        ui.box(surface, rect, fill, border=border,
               border_width=p.border_width * (2 if self.selected else 1))
        if self.hovered and ui.high_contrast:
            pygame.draw.rect(surface, p.text, rect, width=p.border_width,
                             border_radius=m.radius)
        pad = max(m.gap + 2, rect.height // 5)
        x = rect.left + pad
        right = rect.right - pad
        if self.key_hint:
            cap = pygame.Rect(0, 0, max(m.small + m.gap, m.px(34)), max(m.small + m.gap // 2,
                                                                         m.px(30)))
            cap.midleft = (x, rect.centery)
            ui.box(surface, cap, p.desk if not self.selected else p.paper, radius=m.gap // 2,
                   border=ink)
            ui.line(surface, self.key_hint, cap.center, m.small, ink if not self.selected
                    else p.ink, bold=True, anchor="center")
            x = cap.right + m.gap + 2
        if self.colour is not None:
            dot = pygame.Rect(0, 0, m.small, m.small)
            dot.midleft = (x, rect.centery)
            if not self.selected and not ui.high_contrast:
                pygame.draw.circle(surface, self.colour, dot.center, dot.width // 2 + 2)
            x = dot.right + m.gap
        if self.icon:
            size = min(rect.height - 2 * m.gap, m.body + m.gap)
            icon_rect = pygame.Rect(0, 0, size, size)
            icon_rect.midleft = (x, rect.centery)
            ui.icon(surface, self.icon, icon_rect, ink if not (self.colour and not self.selected
                                                                and not ui.high_contrast)
                    else self.colour)
            x = icon_rect.right + m.gap
        if self.trailing_icon:
            size = min(rect.height - 2 * m.gap, m.body)
            icon_rect = pygame.Rect(0, 0, size, size)
            icon_rect.midright = (right, rect.centery)
            ui.icon(surface, self.trailing_icon, icon_rect, ink)
            right = icon_rect.left - m.gap
        if self.detail:
            detail = ui.line(surface, self.detail, (right, rect.centery), m.small,
                             ink if self.selected or self.style == "primary" else p.muted,
                             anchor="midright", max_width=(right - x) // 2, owner=self.name)
            right = detail.left - m.gap
        size = m.body
        align_center = self.style in ("primary",) and not self.icon and not self.key_hint
        width = right - x
        fitted = ui.text.fit_size(self.label, size, width, bold=True)
        if ui.text.width(self.label, fitted, True) <= width:
            if align_center:
                ui.line(surface, self.label, (rect.centerx, rect.centery), fitted, ink,
                        bold=True, anchor="center")
            else:
                ui.line(surface, self.label, (x, rect.centery), fitted, ink, bold=True,
                        anchor="midleft")
        else:
            # Two lines at the smallest size, if the button is tall enough.
            small = ui.metrics.small
            lines = ui.text.wrap(self.label, small, width, True)
            step = ui.text.line_height(small, True)
            if len(lines) * step > rect.height - m.gap:
                ui.report(self.name or "button", self.label)
            top = rect.centery - len(lines) * step // 2
            ui.paragraph(surface, self.label, pygame.Rect(x, top, width, rect.bottom - top),
                         small, ink, bold=True, owner=self.name or "button")
        if focused:
            ui.focus_ring(surface, rect)


class Scroll:
    """A vertical scroll position over content taller than its viewport."""

    def __init__(self):
        self.offset = 0
        self.content = 0
        self.viewport = 0

    def set_sizes(self, content: int, viewport: int) -> None:
        """Adopt new sizes, keeping the offset in range."""
        self.content, self.viewport = content, viewport
        self.offset = max(0, min(self.offset, self.limit))

    @property
    def limit(self) -> int:
        """The largest offset."""
        return max(0, self.content - self.viewport)

    def by(self, delta: int) -> None:
        """Scroll by `delta` pixels."""
        self.offset = max(0, min(self.limit, self.offset + delta))

    def show(self, top: int, bottom: int) -> None:
        """Scroll so that content between `top` and `bottom` is visible."""
        if top < self.offset:
            self.offset = max(0, top)
        elif bottom > self.offset + self.viewport:
            self.offset = min(self.limit, bottom - self.viewport)

    def draw_bar(self, ui: Ui, surface, rect) -> None:
        """A thin scroll bar when there is more to see."""
        if self.limit <= 0:
            return
        m = ui.metrics
        track = pygame.Rect(rect.right - m.gap, rect.top, max(4, m.gap // 2), rect.height)
        share = self.viewport / self.content
        thumb_h = max(m.gap * 4, int(track.height * share))
        thumb_y = track.top + int((track.height - thumb_h) * self.offset / self.limit)
        pygame.draw.rect(surface, ui.palette.border, track, border_radius=track.width // 2)
        pygame.draw.rect(surface, ui.palette.muted, (track.left, thumb_y, track.width, thumb_h),
                         border_radius=track.width // 2)
