"""The suspicious item drawn as a realistic card of its kind, lying on the desk like a page."""

from __future__ import annotations

import zlib
from pathlib import Path

import pygame

from quest import i18n
from quest.i18n import Nn_, _
from quest.model.scenario import ItemKind, Scenario

AVATAR_COLOURS = [(46, 125, 170), (170, 78, 46), (96, 70, 168), (30, 122, 78), (168, 80, 10),
                  (120, 120, 40)]


class Flow:
    """Draws blocks one under another inside a column, shifted by a scroll offset, clipped."""

    def __init__(self, ui, surface, rect: pygame.Rect, offset: int):
        self.ui, self.surface, self.rect = ui, surface, rect
        self.x, self.width = rect.left, rect.width
        self.y = rect.top - offset
        self.top = self.y

    @property
    def used(self) -> int:
        """The height drawn so far."""
        return self.y - self.top

    def space(self, pixels: int) -> None:
        self.y += pixels

    def rule(self, colour, width: int) -> None:
        """A horizontal line across the column, if it is in view."""
        if self.rect.top <= self.y <= self.rect.bottom:
            pygame.draw.line(self.surface, colour, (self.x, self.y), (self.rect.right, self.y),
                             width)

    def text(self, text: str, size: int, color, bold=False, align="left", indent=0) -> None:
        """A wrapped paragraph."""
        width = self.width - indent
        height = self.ui.paragraph_height(text, size, width, bold)
        self.ui.paragraph(self.surface, text, pygame.Rect(self.x + indent, self.y, width, height),
                          size, color, bold=bold, align=align, clip=self.rect, owner="item")
        self.y += height

    def image(self, path: Path | None, alt: str, max_height: int) -> None:
        """A picture fitted to the column, or a placeholder with its words when it cannot show."""
        ui, m = self.ui, self.ui.metrics
        picture = ui.images.fitted(path, self.width, max_height) if path else None
        if picture is not None:
            area = picture.get_rect(midtop=(self.x + self.width // 2, self.y))
            if area.colliderect(self.rect):
                previous = self.surface.get_clip()
                self.surface.set_clip(self.rect.clip(previous))
                self.surface.blit(picture, area)
                self.surface.set_clip(previous)
            self.y += area.height
            if ui.high_contrast or ui.text_scale > 100:
                self.space(m.gap)
                self.text(alt, m.small, ui.palette.ink_muted)
            return
        placeholder(ui, self.surface, pygame.Rect(self.x, self.y, self.width,
                                                  min(max_height, m.px(260))), alt, self.rect)
        self.y += min(max_height, m.px(260))


def placeholder(ui, surface, rect: pygame.Rect, alt: str, clip: pygame.Rect) -> None:
    """A grey box with a picture icon and the alt text: the image could not be shown."""
    m, p = ui.metrics, ui.palette
    previous = surface.get_clip()
    surface.set_clip(clip.clip(previous))
    pygame.draw.rect(surface, (214, 210, 200) if not ui.high_contrast else (255, 255, 255), rect,
                     border_radius=m.radius)
    pygame.draw.rect(surface, p.ink_muted, rect, width=2, border_radius=m.radius)
    icon = pygame.Rect(0, 0, m.px(48), m.px(48))
    icon.midtop = (rect.centerx, rect.top + m.gap * 2)
    ui.icon(surface, "tool:image", icon, p.ink_muted)
    text = _("Picture unavailable. It shows: {alt}").format(alt=alt)
    inner = pygame.Rect(rect.left + m.gap * 2, icon.bottom + m.gap, rect.width - m.gap * 4,
                        rect.bottom - icon.bottom - m.gap * 2)
    ui.paragraph(surface, text, inner, m.small, p.ink, align="center", clip=inner.clip(clip),
                 owner="placeholder")
    surface.set_clip(previous)


def initials(name: str) -> str:
    """One or two letters for an avatar."""
    words = [w for w in name.replace("@", " ").split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def _date_line(item) -> str:
    if item.published is None:
        return ""
    return i18n.format_datetime(item.published)


def _counts(item, kind) -> list[str]:
    """The engagement counts of an item, compact, each with its word in the right form."""
    shares = (Nn_("{count} forward", "{count} forwards") if kind is ItemKind.MESSENGER
              else Nn_("{count} share", "{count} shares"))
    words = [("likes", Nn_("{count} like", "{count} likes")), ("shares", shares),
             ("comments", Nn_("{count} comment", "{count} comments")),
             ("views", Nn_("{count} view", "{count} views"))]
    out = []
    for name, (singular, plural) in words:
        value = getattr(item.stats, name)
        if value is not None:
            text = i18n.ngettext(singular, plural, i18n.shown_count(value))
            out.append(text.format(count=i18n.format_count(value)))
    return out


def draw_item(ui, surface, rect: pygame.Rect, scenario: Scenario, image_path, offset: int) -> int:
    """Draw the item inside `rect` scrolled by `offset`; returns the height of its content."""
    m = ui.metrics
    lang = i18n.language()
    item = scenario.item
    kind = ItemKind(item.kind)
    pad = m.gap * 3
    inner = rect.inflate(-pad * 2, -pad * 2)
    flow = Flow(ui, surface, inner, offset)
    image = image_path(item.image) if item.image else None
    alt = item.image_alt.get(lang) if item.image_alt else ""
    image_height = max(m.px(220), int(rect.height * 0.5))
    name = item.source.name.get(lang)
    if kind is ItemKind.NEWS_ARTICLE:
        _news(ui, flow, item, name, image, alt, image_height, lang)
    elif kind is ItemKind.MESSENGER:
        _messenger(ui, flow, item, name, image, alt, image_height, lang)
    elif kind in (ItemKind.PHOTO, ItemKind.VIDEO_STILL):
        _photo(ui, flow, item, name, image, alt, int(rect.height * 0.62), lang, kind)
    elif kind is ItemKind.AD:
        _ad(ui, flow, item, name, image, alt, image_height, lang)
    else:
        _post(ui, flow, item, name, image, alt, image_height, lang)
    return flow.used + pad * 2


def _header(ui, flow, item, name, lang, subtitle: str) -> None:
    """Avatar, name with verified mark, handle and time."""
    m, p = ui.metrics, ui.palette
    size = m.px(64)
    avatar = pygame.Rect(flow.x, flow.y, size, size)
    colour = AVATAR_COLOURS[zlib.crc32(name.encode()) % len(AVATAR_COLOURS)]
    if avatar.colliderect(flow.rect):
        pygame.draw.circle(flow.surface, colour if not ui.high_contrast else (0, 0, 0),
                           avatar.center, size // 2)
        ui.line(flow.surface, initials(name), avatar.center, m.body, (255, 255, 255), bold=True,
                anchor="center")
    x = avatar.right + m.gap * 2
    width = flow.rect.right - x
    name_size = ui.text.fit_size(name, m.body, width - m.px(40), True)
    if flow.rect.top <= flow.y and flow.y + size <= flow.rect.bottom:
        shown = ui.line(flow.surface, name, (x, flow.y), name_size, p.ink, bold=True,
                        max_width=width - m.px(40), owner="item:name")
        if item.source.verified:
            mark = pygame.Rect(shown.right + m.gap, shown.top + (shown.height - m.body) // 2,
                               m.body, m.body)
            ui.icon(flow.surface, "verified", mark, (29, 155, 240) if not ui.high_contrast
                    else (0, 0, 0))
        ui.line(flow.surface, subtitle, (x, flow.y + ui.text.line_height(name_size, True)),
                m.small, p.ink_muted, max_width=width, owner="item:handle")
    flow.space(size + m.gap * 2)


def _post(ui, flow, item, name, image, alt, image_height, lang) -> None:
    m, p = ui.metrics, ui.palette
    parts = [part for part in (item.source.handle, _date_line(item)) if part]
    _header(ui, flow, item, name, lang, " · ".join(parts))
    if item.headline:
        flow.text(item.headline.get(lang), m.headline, p.ink, bold=True)
        flow.space(m.gap)
    if item.body:
        flow.text(item.body.get(lang), m.body, p.ink)
        flow.space(m.gap * 2)
    if item.link:
        flow.text(item.link, m.small, p.link)
        flow.space(m.gap * 2)
    if image or alt:
        flow.image(image, alt, image_height)
        flow.space(m.gap * 2)
    counts = _counts(item, ItemKind.SOCIAL_POST)
    if counts:
        flow.rule(p.ink_muted, 1)
        flow.space(m.gap)
        flow.text("   ·   ".join(counts), m.small, p.ink_muted)


def _news(ui, flow, item, name, image, alt, image_height, lang) -> None:
    m, p = ui.metrics, ui.palette
    if item.source.url:
        bar_h = ui.text.line_height(m.small) + m.gap
        bar = pygame.Rect(flow.x, flow.y, flow.width, bar_h)
        if bar.colliderect(flow.rect):
            pygame.draw.rect(flow.surface, (226, 222, 212) if not ui.high_contrast
                             else (255, 255, 255), bar, border_radius=bar_h // 2)
            pygame.draw.rect(flow.surface, p.ink_muted, bar, width=1, border_radius=bar_h // 2)
            ui.icon(flow.surface, "lock", pygame.Rect(bar.left + m.gap, bar.top + m.gap // 2,
                                                      bar_h - m.gap, bar_h - m.gap), p.ink_muted)
            ui.line(flow.surface, item.source.url, (bar.left + bar_h + m.gap, bar.centery),
                    m.small, p.ink, anchor="midleft", max_width=bar.width - bar_h - m.gap * 3,
                    owner="item:url")
        flow.space(bar_h + m.gap * 2)
    flow.text(name.upper(), m.heading, p.ink, bold=True, align="center")
    flow.space(m.gap)
    flow.rule(p.ink, 3)
    flow.space(m.gap * 2)
    meta = [part for part in (_date_line(item), item.byline.get(lang) if item.byline else "")
            if part]
    if meta:
        flow.text(" · ".join(meta), m.small, p.ink_muted)
        flow.space(m.gap)
    if item.headline:
        flow.text(item.headline.get(lang), m.headline, p.ink, bold=True)
        flow.space(m.gap * 2)
    if image or alt:
        flow.image(image, alt, image_height)
        flow.space(m.gap)
        if item.caption:
            flow.text(item.caption.get(lang), m.small, p.ink_muted)
        flow.space(m.gap * 2)
    if item.body:
        flow.text(item.body.get(lang), m.body, p.ink)
    counts = _counts(item, ItemKind.NEWS_ARTICLE)
    if counts:
        flow.space(m.gap * 2)
        flow.text("   ·   ".join(counts), m.small, p.ink_muted)


def _messenger(ui, flow, item, name, image, alt, image_height, lang) -> None:
    m, p = ui.metrics, ui.palette
    flow.text(name, m.body, p.ink, bold=True)
    if item.source.handle:
        flow.text(item.source.handle, m.small, p.ink_muted)
    flow.space(m.gap * 2)
    # The bubble: measured first, then drawn behind its text.
    bubble_x = flow.x + m.gap * 2
    inner_w = flow.width - m.gap * 6
    texts = []
    if item.headline:
        texts.append((item.headline.get(lang), m.body, True))
    if item.body:
        texts.append((item.body.get(lang), m.body, False))
    if item.link:
        texts.append((item.link, m.small, False))
    height = m.gap * 2
    forwarded = item.forwarded
    if forwarded:
        height += ui.text.line_height(m.small) + m.gap
    for text, size, bold in texts:
        height += ui.paragraph_height(text, size, inner_w, bold) + m.gap
    has_image = bool(image or alt)
    if has_image:
        height += min(image_height, m.px(260)) + m.gap
    height += ui.text.line_height(m.small) + m.gap
    bubble = pygame.Rect(flow.x, flow.y, flow.width - m.gap * 2, height)
    previous = flow.surface.get_clip()
    flow.surface.set_clip(flow.rect.clip(previous))
    pygame.draw.rect(flow.surface, (220, 242, 200) if not ui.high_contrast else (255, 255, 255),
                     bubble, border_radius=m.radius * 2)
    pygame.draw.rect(flow.surface, p.ink_muted, bubble, width=1, border_radius=m.radius * 2)
    flow.surface.set_clip(previous)
    saved_x, saved_w = flow.x, flow.width
    flow.x, flow.width = bubble_x, inner_w
    flow.space(m.gap * 2)
    if forwarded:
        icon = pygame.Rect(flow.x, flow.y + m.gap // 2, m.small, m.small)
        if flow.rect.contains(icon):
            ui.icon(flow.surface, "forward", icon, p.ink_muted)
        flow.text(_("Forwarded many times"), m.small, p.ink_muted, indent=m.small + m.gap)
        flow.space(m.gap)
    for text, size, bold in texts:
        flow.text(text, size, p.link if size == m.small else p.ink, bold=bold)
        flow.space(m.gap)
    if has_image:
        flow.image(image, alt, min(image_height, m.px(260)))
        flow.space(m.gap)
    when = i18n.format_datetime(item.published) if item.published else ""
    flow.text(when, m.small, p.ink_muted, align="right")
    flow.x, flow.width = saved_x, saved_w
    flow.space(m.gap * 2)
    counts = _counts(item, ItemKind.MESSENGER)
    if counts:
        flow.text("   ·   ".join(counts), m.small, p.ink_muted)


def _photo(ui, flow, item, name, image, alt, image_height, lang, kind) -> None:
    m, p = ui.metrics, ui.palette
    start = flow.y
    flow.image(image, alt, image_height)
    if kind is ItemKind.VIDEO_STILL:
        size = m.px(90)
        circle = pygame.Rect(0, 0, size, size)
        circle.center = (flow.x + flow.width // 2, (start + flow.y) // 2)
        if flow.rect.contains(circle):
            pygame.draw.circle(flow.surface, (0, 0, 0), circle.center, size // 2)
            ui.icon(flow.surface, "play", circle.inflate(-size // 2.5, -size // 2.5),
                    (255, 255, 255))
        bar = pygame.Rect(flow.x, flow.y + m.gap, flow.width, max(4, m.gap // 2))
        if flow.rect.contains(bar):
            pygame.draw.rect(flow.surface, p.ink_muted, bar)
            pygame.draw.rect(flow.surface, (179, 38, 30), (bar.left, bar.top, bar.width // 3,
                                                           bar.height))
        flow.space(m.gap * 2)
    flow.space(m.gap * 2)
    if item.headline:
        flow.text(item.headline.get(lang), m.headline, p.ink, bold=True)
        flow.space(m.gap)
    if item.caption:
        flow.text(item.caption.get(lang), m.body, p.ink)
        flow.space(m.gap)
    if item.body:
        flow.text(item.body.get(lang), m.body, p.ink)
        flow.space(m.gap)
    seen = [name]
    if item.source.handle:
        seen.append(item.source.handle)
    if item.published:
        seen.append(_date_line(item))
    flow.text(_("Seen on: {where}").format(where=" · ".join(seen)), m.small, p.ink_muted)
    counts = _counts(item, kind)
    if counts:
        flow.space(m.gap)
        flow.text("   ·   ".join(counts), m.small, p.ink_muted)


def _ad(ui, flow, item, name, image, alt, image_height, lang) -> None:
    m, p = ui.metrics, ui.palette
    sponsor = f"{name} {item.source.handle}" if item.source.handle else name
    flow.text(_("Sponsored · {sponsor}").format(sponsor=sponsor), m.small, p.ink_muted,
              bold=True)
    flow.space(m.gap * 2)
    if item.headline:
        flow.text(item.headline.get(lang), m.headline, p.ink, bold=True)
        flow.space(m.gap)
    if image or alt:
        flow.image(image, alt, image_height)
        flow.space(m.gap * 2)
    if item.body:
        flow.text(item.body.get(lang), m.body, p.ink)
        flow.space(m.gap * 2)
    if item.cta:
        label = item.cta.get(lang)
        size = ui.text.fit_size(label, m.body, flow.width - m.gap * 6, True)
        height = ui.text.line_height(size, True) + m.gap * 2
        button = pygame.Rect(flow.x, flow.y, min(flow.width, ui.text.width(label, size, True)
                                                 + m.gap * 8), height)
        if flow.rect.contains(button):
            pygame.draw.rect(flow.surface, (29, 110, 220) if not ui.high_contrast else (0, 0, 0),
                             button, border_radius=height // 2)
            ui.line(flow.surface, label, button.center, size, (255, 255, 255), bold=True,
                    anchor="center", max_width=button.width - m.gap * 2, owner="item:cta")
        flow.space(height + m.gap)
    if item.link:
        flow.text(item.link, m.small, p.link)
    counts = _counts(item, ItemKind.AD)
    if counts:
        flow.space(m.gap)
        flow.text("   ·   ".join(counts), m.small, p.ink_muted)
