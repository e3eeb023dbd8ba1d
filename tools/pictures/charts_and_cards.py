"""Graphics, not photos: a singer's quote card, a petrol price chart, a 'leaked' metro map."""

from __future__ import annotations

import math

from drawing import (  # first: it sets up pygame's environment
    FONT_BOLD,
    H,
    W,
    alpha_rect,
    blob,
    capsule,
    mix,
    text,
    vgradient,
)
import pygame


# ---------------------------------------------------------------- the quote card


def quote_card() -> pygame.Surface:
    """A shareable card: the singer's silhouette on stage, a huge quote mark, lines of text."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (120, 14, 30)), (1, (40, 4, 16))])
    # Stage lights behind the singer.
    beams = pygame.Surface((W, H), pygame.SRCALPHA)
    for bx, a in ((140, 34), (420, 26), (700, 30)):
        pygame.draw.polygon(beams, (255, 210, 200, a), [(bx - 30, 0), (bx + 30, 0),
                                                        (bx + 260, H), (bx - 260, H)])
    s.blit(beams, (0, 0))
    # The singer: a dark silhouette with long hair, holding a microphone.
    ink = (22, 6, 12)
    cx = 420
    blob(s, ink, [(cx - 230, H), (cx - 210, 720), (cx - 120, 640), (cx + 110, 640),
                  (cx + 220, 720), (cx + 240, H)], steps=10)  # shoulders and body
    blob(s, ink, [(cx - 150, 620), (cx - 170, 420), (cx - 110, 300), (cx, 262), (cx + 110, 300),
                  (cx + 160, 420), (cx + 150, 640), (cx, 680)], steps=10)  # hair
    pygame.draw.ellipse(s, (34, 10, 18), (cx - 90, 330, 180, 230))  # face in shadow
    pygame.draw.rect(s, ink, (cx - 40, 540, 80, 120))  # neck
    # Arm raised with the microphone.
    pygame.draw.line(s, ink, (cx + 170, 760), (cx + 150, 560), 70)
    pygame.draw.circle(s, ink, (cx + 150, 560), 38)
    pygame.draw.line(s, (60, 60, 66), (cx + 130, 540), (cx + 70, 470), 26)
    pygame.draw.circle(s, (90, 90, 96), (cx + 64, 462), 34)
    for k in range(-2, 3):
        pygame.draw.line(s, (60, 60, 66), (cx + 44 + k * 10, 440), (cx + 84 + k * 10, 484), 2)
    # The right half: the card's text panel.
    panel = pygame.Rect(840, 120, 700, 760)
    alpha_rect(s, (255, 255, 255, 24), panel, 30)
    text(s, "\u201c", 420, (250, 214, 90), (panel.left + 20, panel.top - 150))
    # The quote itself, stylised as bold white lines (the words are in the post).
    y = panel.top + 230
    for width in (600, 560, 610, 520, 590, 380):
        pygame.draw.rect(s, (250, 246, 240), (panel.left + 50, y, width, 34), border_radius=17)
        y += 66
    pygame.draw.rect(s, (250, 214, 90), (panel.left + 50, y + 40, 90, 8))
    text(s, "SAMAL", 70, (250, 214, 90), (panel.left + 160, y + 44), anchor="midleft")
    # Red "share" badge in the corner, as such cards have.
    ox, oy = W - 110, H - 110
    pygame.draw.circle(s, (230, 40, 50), (ox, oy), 62)
    dots = [(ox + 22, oy - 26), (ox - 24, oy), (ox + 22, oy + 26)]
    pygame.draw.line(s, (255, 255, 255), dots[0], dots[1], 7)
    pygame.draw.line(s, (255, 255, 255), dots[1], dots[2], 7)
    for d in dots:
        pygame.draw.circle(s, (255, 255, 255), d, 13)
    return s


# ---------------------------------------------------------------- the chart


PRICES = [("03.2024", 246), ("06.2024", 248), ("09.2024", 250), ("12.2024", 253),
          ("03.2025", 256)]


def petrol_chart() -> pygame.Surface:
    """Bars of a blog's petrol prices, drawn on an axis that starts at 240."""
    s = pygame.Surface((W, H))
    s.fill((250, 248, 244))
    left, right, top, bottom = 230, 1500, 120, 820
    lo, hi = 240, 258
    def y_of(v: float) -> int:
        return round(bottom - (v - lo) / (hi - lo) * (bottom - top))
    # Grid and y labels: 240 at the bottom, not 0.
    for v in range(240, 260, 5):
        y = y_of(v)
        pygame.draw.line(s, (214, 210, 204), (left, y), (right, y), 2)
        text(s, str(v), 40, (90, 86, 80), (left - 24, y), anchor="midright", bold=False)
    pygame.draw.line(s, (60, 56, 52), (left, top - 20), (left, bottom), 4)
    pygame.draw.line(s, (60, 56, 52), (left, bottom), (right, bottom), 4)
    # The bars, redder and redder.
    n = len(PRICES)
    slot = (right - left) / n
    tops = []
    for i, (month, price) in enumerate(PRICES):
        x = round(left + slot * i + slot * 0.18)
        w = round(slot * 0.64)
        y = y_of(price)
        colour = mix((246, 170, 60), (214, 30, 36), i / (n - 1))
        pygame.draw.rect(s, colour, (x, y, w, bottom - y), border_top_left_radius=10,
                         border_top_right_radius=10)
        text(s, str(price), 46, (40, 36, 32), (x + w // 2, y - 12), anchor="midbottom")
        text(s, month, 38, (90, 86, 80), (x + w // 2, bottom + 20), anchor="midtop",
             bold=False)
        tops.append((x + w // 2, y))
    # The big dramatic arrow from the first bar to the last.
    (x0, y0), (x1, y1) = tops[0], tops[-1]
    x0, y0, x1, y1 = x0 + 40, y0 - 120, x1 - 150, y1 - 90
    pygame.draw.line(s, (200, 20, 30), (x0, y0), (x1, y1), 26)
    ang = math.atan2(y1 - y0, x1 - x0)
    tip = (x1 + 50 * math.cos(ang), y1 + 50 * math.sin(ang))
    pygame.draw.polygon(s, (200, 20, 30), [
        tip,
        (x1 + 60 * math.cos(ang + 2.2), y1 + 60 * math.sin(ang + 2.2)),
        (x1 + 60 * math.cos(ang - 2.2), y1 + 60 * math.sin(ang - 2.2)),
    ])
    # Unit label: the only words, language-neutral.
    text(s, "\u20b8", 44, (40, 36, 32), (left + 20, 40))
    # Small "pump" icon in the top right corner.
    px, py = 1440, 30
    pygame.draw.rect(s, (214, 30, 36), (px, py, 70, 96), border_radius=10)
    pygame.draw.rect(s, (250, 248, 244), (px + 12, py + 12, 46, 30), border_radius=4)
    pygame.draw.line(s, (214, 30, 36), (px + 70, py + 30), (px + 100, py + 50), 8)
    pygame.draw.line(s, (214, 30, 36), (px + 100, py + 50), (px + 100, py + 90), 8)
    return s


# ---------------------------------------------------------------- the "leaked" metro map


def dashed(s: pygame.Surface, colour, points, width: int, dash: int = 34, gap: int = 20) -> None:
    """A dashed polyline."""
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        length = math.hypot(x1 - x0, y1 - y0)
        d = 0.0
        while d < length:
            e = min(length, d + dash)
            p0 = (x0 + (x1 - x0) * d / length, y0 + (y1 - y0) * d / length)
            p1 = (x0 + (x1 - x0) * e / length, y0 + (y1 - y0) * e / length)
            capsule(s, colour, p0, p1, width)
            d += dash + gap


def along(points, count: int, skip_first: bool = False) -> list[tuple[float, float]]:
    """count points spread evenly along a polyline (optionally not on its first point)."""
    seg = [math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(points, points[1:])]
    total = sum(seg)
    out = []
    for k in range(count):
        t = (k + (1 if skip_first else 0)) / (count - (0 if skip_first else 1))
        d = t * total
        for (a, b), ln in zip(zip(points, points[1:]), seg):
            if d <= ln or (a, b) == (points[-2], points[-1]):
                f = min(1.0, d / ln)
                out.append((a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f))
                break
            d -= ln
    return out


def metro_map() -> pygame.Surface:
    """A clean metro scheme: the existing red line, and two dashed new lines, ten new stations."""
    s = pygame.Surface((W, H))
    s.fill((248, 247, 242))
    # Faint streets on a slightly tilted grid, and a few wide avenues.
    for k in range(-6, 26):
        x = k * 84
        pygame.draw.line(s, (230, 228, 222), (x, 0), (x + 120, H), 3)
    for k in range(0, 14):
        y = k * 84
        pygame.draw.line(s, (230, 228, 222), (0, y), (W, y - 60), 3)
    for x in (420, 920, 1340):
        pygame.draw.line(s, (220, 216, 208), (x, 0), (x + 120, H), 8)
    # Parks and a river.
    for rect in ((960, 120, 220, 130), (180, 480, 170, 150), (1220, 520, 200, 120)):
        pygame.draw.rect(s, (210, 232, 200), rect, border_radius=30)
    river = [(1600, 40), (1350, 160), (1160, 420), (980, 640), (760, 860), (620, 1010)]
    pygame.draw.lines(s, (190, 218, 240), False, river, 26)
    # The existing line, solid red, with its stations.
    red = [(1460, 150), (1160, 290), (880, 400), (620, 540), (480, 670), (400, 780)]
    pygame.draw.lines(s, (214, 40, 48), False, red, 22)
    for cx, cy in along(red, 11):
        pygame.draw.circle(s, (255, 255, 255), (round(cx), round(cy)), 17)
        pygame.draw.circle(s, (214, 40, 48), (round(cx), round(cy)), 17, 6)
    # The "new" lines, dashed, and their ten stations with a yellow halo.
    green = [(880, 400), (620, 300), (360, 270), (150, 290)]
    blue = [(620, 540), (820, 680), (1080, 800), (1360, 880)]
    dashed(s, (40, 160, 80), green, 18)
    dashed(s, (40, 110, 200), blue, 18)
    new = along(green, 5, skip_first=True) + along(blue, 5, skip_first=True)
    for (cx, cy), colour in zip(new, [(40, 160, 80)] * 5 + [(40, 110, 200)] * 5):
        pygame.draw.circle(s, (255, 224, 90), (round(cx), round(cy)), 34)
        pygame.draw.circle(s, (255, 255, 255), (round(cx), round(cy)), 18)
        pygame.draw.circle(s, colour, (round(cx), round(cy)), 18, 6)
    # Interchanges: a white ring joining two lines.
    for cx, cy in ((880, 400), (620, 540)):
        pygame.draw.circle(s, (255, 255, 255), (cx, cy), 26)
        pygame.draw.circle(s, (40, 40, 48), (cx, cy), 26, 6)
    # A small plane at the end of the blue line: the airport.
    px, py = 1440, 910
    pygame.draw.circle(s, (40, 110, 200), (px, py), 44)
    white = (255, 255, 255)
    pygame.draw.polygon(s, white, [(px - 26, py - 3), (px + 28, py - 5), (px + 34, py),
                                   (px + 28, py + 5), (px - 26, py + 3)])  # the body
    for d in (-1, 1):  # the wings
        pygame.draw.polygon(s, white, [(px - 2, py + 3 * d), (px - 14, py + 28 * d),
                                       (px - 4, py + 28 * d), (px + 14, py + 3 * d)])
    pygame.draw.polygon(s, white, [(px - 26, py - 2), (px - 34, py - 16), (px - 28, py - 16),
                                   (px - 18, py - 2)])  # the tail
    # The badge with the year, top left, and an empty legend box, bottom left.
    badge = pygame.Rect(60, 56, 250, 110)
    pygame.draw.rect(s, (30, 34, 48), badge, border_radius=20)
    font = pygame.font.Font(str(FONT_BOLD), 76)
    year = font.render("2026", True, (255, 224, 90))
    s.blit(year, year.get_rect(center=badge.center))
    legend = pygame.Rect(60, 820, 300, 130)
    pygame.draw.rect(s, (255, 255, 255), legend, border_radius=14)
    pygame.draw.rect(s, (210, 208, 200), legend, 3, border_radius=14)
    for k, colour in enumerate(((214, 40, 48), (40, 160, 80), (40, 110, 200))):
        y = legend.top + 30 + k * 36
        if k == 0:
            pygame.draw.line(s, colour, (legend.left + 24, y), (legend.left + 110, y), 12)
        else:
            dashed(s, colour, [(legend.left + 24, y), (legend.left + 110, y)], 12, 20, 12)
        pygame.draw.line(s, (200, 198, 192), (legend.left + 134, y), (legend.right - 30, y), 8)
    return s


PICTURES = {
    "singer-language-quote-card.png": quote_card,
    "petrol-price-chart.png": petrol_chart,
    "metro-map-leak-preview.png": metro_map,
}
