"""Draw the pictures of scenario set C into scenarios/images/.

Run from the repository root:  python tools/draw_images_c.py

Like tools/draw_images.py, every picture is drawn at twice its size and smooth-scaled down, from
a seeded random generator, so the same code always writes the same files.

- singer-language-quote-card.png   the viral "quote card" of the invented singer SAMAL
- petrol-price-chart.png           the bar chart whose axis starts at 240 tenge
- bear-medeu-original.png          the 2019 frame of a foreign TV report: a bear on a ski slope,
                                   with the channel's logo and news bar
- bear-medeu-still.png             the same frame, cropped (logo and news bar cut off) and
                                   slightly washed out, as reposted "today at Medeu"
- hairdryer-heating-satire.png     the satirical site's cartoon: a bus stop heated by a giant
                                   hair dryer
- olympiad-winners.png             four pupils with their medals on an awards stage
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tools/, home of drawing.py
from drawing import (  # noqa: E402  (first: it sets up pygame's environment)
    FONT_BOLD,
    FONT_REGULAR,
    H,
    W,
    Color,
    blob,
    mix,
    save_pictures,
    vgradient,
)
import pygame  # noqa: E402

SEED = 3030
# The blobs of these pictures are smoothed with 10 points a segment (blob(..., steps=10)).


# ---------------------------------------------------------------- helpers


def font(size: int, bold: bool = True) -> pygame.font.Font:
    return pygame.font.Font(str(FONT_BOLD if bold else FONT_REGULAR), size)


def text(surf, words: str, size: int, colour, pos, anchor: str = "topleft", bold: bool = True):
    img = font(size, bold).render(words, True, colour)
    rect = img.get_rect(**{anchor: pos})
    surf.blit(img, rect)
    return rect


def alpha_rect(surf, colour_alpha, rect, radius: int = 0) -> None:
    layer = pygame.Surface(rect[2:], pygame.SRCALPHA)
    pygame.draw.rect(layer, colour_alpha, layer.get_rect(), border_radius=radius)
    surf.blit(layer, rect[:2])


# ---------------------------------------------------------------- 1. the quote card


def quote_card(rng: random.Random) -> pygame.Surface:
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


# ---------------------------------------------------------------- 2. the chart

PRICES = [("03.2024", 246), ("06.2024", 248), ("09.2024", 250), ("12.2024", 253),
          ("03.2025", 256)]


def petrol_chart(rng: random.Random) -> pygame.Surface:
    """Bars of the real average price of AI-92, drawn on an axis that starts at 240."""
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
    text(s, "AI-92, \u20b8", 44, (40, 36, 32), (left + 20, 40))
    # Small "pump" icon in the top right corner.
    px, py = 1440, 30
    pygame.draw.rect(s, (214, 30, 36), (px, py, 70, 96), border_radius=10)
    pygame.draw.rect(s, (250, 248, 244), (px + 12, py + 12, 46, 30), border_radius=4)
    pygame.draw.line(s, (214, 30, 36), (px + 70, py + 30), (px + 100, py + 50), 8)
    pygame.draw.line(s, (214, 30, 36), (px + 100, py + 50), (px + 100, py + 90), 8)
    return s


# ---------------------------------------------------------------- 3. the bear on a ski slope

BEAR: Color = (92, 62, 40)
BEAR_DARK: Color = (62, 40, 26)
BEAR_LIGHT: Color = (128, 90, 60)


def draw_bear(rng: random.Random) -> pygame.Surface:
    """A brown bear walking to the right, in profile, on a transparent layer (400x260)."""
    b = pygame.Surface((420, 280), pygame.SRCALPHA)
    # Far legs, darker.
    for x0 in (104, 268):
        blob(b, BEAR_DARK, [(x0, 150), (x0 + 44, 150), (x0 + 46, 220), (x0 + 40, 252),
                            (x0 + 6, 254), (x0, 220)], steps=10)
    # Body with the shoulder hump, rump and belly.
    blob(b, BEAR, [(60, 120), (90, 82), (150, 66), (230, 52), (280, 62), (320, 92),
                   (330, 140), (300, 178), (220, 186), (130, 184), (74, 168)], steps=10)
    # Near legs.
    blob(b, BEAR, [(70, 140), (130, 150), (134, 214), (140, 256), (84, 260), (86, 214)],
         steps=10)
    blob(b, BEAR, [(240, 150), (300, 140), (304, 210), (316, 258), (258, 262), (256, 212)],
         steps=10)
    pygame.draw.ellipse(b, BEAR_DARK, (80, 248, 66, 18))
    pygame.draw.ellipse(b, BEAR_DARK, (256, 250, 68, 18))
    # Head low and forward, snout, ears.
    blob(b, BEAR, [(300, 84), (350, 80), (392, 104), (410, 130), (396, 150), (350, 156),
                   (314, 140)], steps=10)
    pygame.draw.ellipse(b, BEAR_LIGHT, (378, 114, 34, 28))  # snout
    pygame.draw.ellipse(b, (30, 20, 16), (400, 118, 14, 12))  # nose
    pygame.draw.circle(b, BEAR, (330, 80), 16)
    pygame.draw.circle(b, BEAR_DARK, (330, 80), 8)
    pygame.draw.circle(b, (20, 14, 10), (362, 108), 5)  # eye
    # Fur texture: short strokes, lighter on the back.
    for _ in range(160):
        x, y = rng.randint(70, 330), rng.randint(60, 180)
        if b.get_at((x, y)).a > 200:
            c = BEAR_LIGHT if y < 110 else BEAR_DARK
            pygame.draw.line(b, c, (x, y), (x + rng.randint(-4, 4), y + rng.randint(5, 10)), 2)
    return b


def ski_slope_frame(rng: random.Random) -> pygame.Surface:
    """The full 2019 frame (drawn at 1.25 x the picture size, for cropping)."""
    fw, fh = round(W * 1.25), round(H * 1.25)
    s = pygame.Surface((fw, fh))
    vgradient(s, pygame.Rect(0, 0, fw, 760), [(0, (150, 170, 190)), (0.7, (214, 222, 230)),
                                           (1, (214, 222, 230))])
    # Low, rounded, forested hills (no sharp high peaks).
    for base, amp, colour, snow_mix in ((560, 160, (120, 134, 148), 0.55),
                                        (640, 120, (82, 100, 96), 0.35)):
        pts = [(0, fh)]
        phase = rng.uniform(0, 6)
        for x in range(0, fw + 40, 40):
            pts.append((x, base - amp * (0.6 + 0.4 * math.sin(x / 260 + phase))
                        - 30 * math.sin(x / 90 + phase * 2)))
        pts.append((fw, fh))
        pygame.draw.polygon(s, mix(colour, (236, 240, 244), snow_mix), pts)
        # Bare broadleaf woods on the hills: thin grey-brown trunks and crowns.
        wood = mix(colour, (96, 80, 70), 0.6)
        for _ in range(420):
            x = rng.randint(0, fw)
            ridge = base - amp * (0.6 + 0.4 * math.sin(x / 260 + phase)) \
                - 30 * math.sin(x / 90 + phase * 2)
            y = rng.randint(round(ridge) + 14, base + 80)
            h = rng.randint(18, 34)
            pygame.draw.line(s, wood, (x, y), (x, y - h), 2)
            pygame.draw.line(s, wood, (x, y - h // 2), (x - h // 3, y - h), 2)
            pygame.draw.line(s, wood, (x, y - h // 2), (x + h // 3, y - h), 2)
    # The slope: a wide snowy field rising from left to right, with groomer lines.
    slope = [(0, fh), (0, 700), (500, 640), (1100, 600), (fw, 560), (fw, fh)]
    pygame.draw.polygon(s, (236, 240, 246), slope)
    for k in range(0, 40):
        y0 = 720 + k * 22
        pygame.draw.line(s, (222, 228, 238), (0, y0), (fw, y0 - 170), 3)
    # Edge of the piste: a row of snowy trees on the far left.
    for k in range(8):
        x, y = 30 + k * 52 + rng.randint(-10, 10), 700 - k * 6
        pygame.draw.polygon(s, (40, 62, 50), [(x, y - 110), (x - 34, y + 10), (x + 34, y + 10)])
        pygame.draw.polygon(s, (232, 238, 244), [(x, y - 110), (x - 16, y - 54), (x + 16, y - 54)])
    # The chalet: wooden walls, steep roof heavy with snow, balcony.
    cx, cy = 1130, 520
    pygame.draw.rect(s, (140, 92, 56), (cx, cy, 300, 170))
    for k in range(6):
        pygame.draw.line(s, (110, 70, 42), (cx, cy + 24 + k * 26), (cx + 300, cy + 24 + k * 26),
                         3)
    pygame.draw.polygon(s, (80, 48, 34), [(cx - 40, cy + 6), (cx + 150, cy - 170),
                                          (cx + 340, cy + 6)])
    pygame.draw.polygon(s, (240, 244, 250), [(cx - 40, cy - 4), (cx + 150, cy - 180),
                                             (cx + 340, cy - 4), (cx + 300, cy + 8),
                                             (cx + 150, cy - 140), (cx, cy + 8)])
    for wx in (cx + 36, cx + 124, cx + 212):
        pygame.draw.rect(s, (255, 220, 150), (wx, cy + 44, 52, 60))
        pygame.draw.rect(s, (90, 56, 34), (wx, cy + 44, 52, 60), 4)
    pygame.draw.rect(s, (90, 56, 34), (cx - 10, cy + 120, 320, 12))
    for k in range(12):
        pygame.draw.line(s, (90, 56, 34), (cx + k * 27, cy + 130), (cx + k * 27, cy + 166), 4)
    # The chairlift: towers going up the slope, cable, chairs.
    towers = [(700, 860), (1060, 640), (1390, 440), (1720, 250)]
    for tx, ty in towers:
        pygame.draw.rect(s, (90, 94, 104), (tx - 9, ty - 260, 18, 260))
        pygame.draw.rect(s, (90, 94, 104), (tx - 60, ty - 270, 120, 14))
    for side in (-50, 50):
        pts = [(tx + side, ty - 262) for tx, ty in towers]
        pygame.draw.lines(s, (60, 62, 70), False, pts, 3)
    for k in range(1, 12):
        t = k / 12
        seg = min(len(towers) - 2, int(t * (len(towers) - 1)))
        u = t * (len(towers) - 1) - seg
        (ax, ay), (bx, by) = towers[seg], towers[seg + 1]
        side = -50 if k % 2 else 50
        x, y = ax + (bx - ax) * u + side, ay + (by - ay) * u - 262
        pygame.draw.line(s, (60, 62, 70), (x, y), (x, y + 60), 3)
        pygame.draw.rect(s, (40, 90, 160), (x - 26, y + 56, 52, 12), border_radius=4)
        pygame.draw.rect(s, (40, 90, 160), (x - 26, y + 34, 10, 30), border_radius=3)
    # Orange safety netting along the piste and piste marker poles.
    net_y = lambda x: 900 - x * 0.17  # noqa: E731
    for x in range(760, fw, 70):
        pygame.draw.line(s, (70, 70, 70), (x, net_y(x) - 60), (x, net_y(x) + 4), 5)
    for row in range(4):
        pygame.draw.line(s, (246, 120, 30), (760, net_y(760) - 56 + row * 16),
                         (fw, net_y(fw) - 56 + row * 16), 5)
    for x, y in ((760, 1040), (110, 800), (1000, 800)):
        for k in range(6):
            colour = (210, 30, 30) if k % 2 == 0 else (250, 250, 250)
            pygame.draw.rect(s, colour, (x - 6, y - 140 + k * 24, 12, 24))
    # The bear crossing the slope, with its shadow and footprints.
    bear = draw_bear(rng)
    bear = pygame.transform.flip(pygame.transform.smoothscale(bear, (480, 320)), True, False)
    bx, by = 150, 690
    for k in range(7):
        pygame.draw.ellipse(s, (200, 208, 222), (bx + 470 + k * 74, by + 296 - k * 14, 36, 16))
    shadow = pygame.Surface((fw, fh), pygame.SRCALPHA)
    pygame.draw.ellipse(shadow, (90, 100, 130, 90), (bx + 50, by + 290, 400, 50))
    s.blit(shadow, (0, 0))
    s.blit(bear, (bx, by))
    # Soft falling snow.
    flakes = pygame.Surface((fw, fh), pygame.SRCALPHA)
    for _ in range(220):
        x, y = rng.randint(0, fw), rng.randint(0, fh)
        pygame.draw.circle(flakes, (255, 255, 255, rng.randint(90, 200)), (x, y),
                           rng.randint(2, 5))
    s.blit(flakes, (0, 0))
    return s


CROP = pygame.Rect(60, 170, 1440, 900)  # the part of the frame the repost kept (16:10)


def bear_original(frame: pygame.Surface) -> pygame.Surface:
    """The TV channel's frame: whole picture, logo in the corner, news bar with the date."""
    s = pygame.transform.smoothscale(frame, (W, H))
    # Channel logo, top right: a mountain in a circle and "TV7".
    lx, ly = W - 200, 70
    alpha_rect(s, (255, 255, 255, 150), (lx - 70, ly - 46, 232, 92), 46)
    pygame.draw.circle(s, (20, 110, 70), (lx - 24, ly), 36)
    pygame.draw.polygon(s, (255, 255, 255), [(lx - 50, ly + 18), (lx - 26, ly - 20),
                                             (lx - 10, ly + 2), (lx, ly - 8), (lx + 8, ly + 18)])
    text(s, "TV7", 60, (20, 110, 70), (lx + 24, ly), anchor="midleft")
    # News bar at the bottom: date and time only (the words of the report are not needed).
    bar = pygame.Rect(0, H - 140, W, 96)
    alpha_rect(s, (16, 60, 44, 220), bar)
    pygame.draw.rect(s, (240, 190, 40), (0, H - 140, 280, 96))
    text(s, "14.01.2019", 48, (20, 30, 20), (140, H - 92), anchor="center")
    for k, width in enumerate((760, 520)):
        pygame.draw.rect(s, (236, 240, 236), (320, H - 124 + k * 40, width, 22), border_radius=11)
    text(s, "10:42", 44, (236, 240, 236), (W - 40, H - 92), anchor="midright")
    return s


def bear_still(frame: pygame.Surface) -> pygame.Surface:
    """The repost: cropped so the logo and news bar are gone, a little washed out."""
    part = frame.subsurface(CROP).copy()
    # Reposted video: zoomed in a little, slightly washed out.
    part = pygame.transform.smoothscale(part, (W, H))
    alpha_rect(part, (255, 255, 255, 26), (0, 0, W, H))
    return part


# ---------------------------------------------------------------- people (cartoon style)

SKIN = [(232, 190, 150), (210, 160, 120), (190, 140, 100)]
HAIR = [(30, 22, 18), (60, 40, 26), (20, 16, 14)]


def person(s, x, y, scale, coat, rng, hat=None, scarf=None, medal=None, smile=True,
           long_hair=False) -> None:
    """A simple cartoon person standing, feet at (x, y)."""
    k = scale
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    pygame.draw.rect(s, (40, 40, 52), (x - 34 * k, y - 130 * k, 28 * k, 130 * k))  # legs
    pygame.draw.rect(s, (40, 40, 52), (x + 6 * k, y - 130 * k, 28 * k, 130 * k))
    pygame.draw.ellipse(s, (24, 24, 30), (x - 44 * k, y - 16 * k, 44 * k, 20 * k))
    pygame.draw.ellipse(s, (24, 24, 30), (x, y - 16 * k, 44 * k, 20 * k))
    pygame.draw.rect(s, coat, (x - 56 * k, y - 290 * k, 112 * k, 180 * k),
                     border_radius=round(30 * k))  # body
    pygame.draw.rect(s, coat, (x - 78 * k, y - 280 * k, 30 * k, 140 * k),
                     border_radius=round(14 * k))  # arms
    pygame.draw.rect(s, coat, (x + 48 * k, y - 280 * k, 30 * k, 140 * k),
                     border_radius=round(14 * k))
    pygame.draw.circle(s, skin, (x - 63 * k, y - 134 * k), 15 * k)
    pygame.draw.circle(s, skin, (x + 63 * k, y - 134 * k), 15 * k)
    if long_hair:  # hair falling to the shoulders, behind the head
        pygame.draw.rect(s, hair, (x - 58 * k, y - 380 * k, 116 * k, 110 * k),
                         border_radius=round(30 * k))
    pygame.draw.circle(s, skin, (x, y - 340 * k), 50 * k)  # head
    pygame.draw.ellipse(s, hair, (x - 52 * k, y - 396 * k, 104 * k, 56 * k))
    pygame.draw.circle(s, (30, 24, 20), (x - 17 * k, y - 340 * k), 5 * k)
    pygame.draw.circle(s, (30, 24, 20), (x + 17 * k, y - 340 * k), 5 * k)
    if smile:
        pygame.draw.arc(s, (120, 50, 40), (x - 20 * k, y - 336 * k, 40 * k, 26 * k),
                        math.pi, math.tau, max(2, round(4 * k)))
    else:
        pygame.draw.line(s, (120, 50, 40), (x - 14 * k, y - 312 * k), (x + 14 * k, y - 312 * k),
                         max(2, round(4 * k)))
    if hat:
        pygame.draw.ellipse(s, hat, (x - 54 * k, y - 410 * k, 108 * k, 70 * k))
        pygame.draw.rect(s, mix(hat, (255, 255, 255), 0.3), (x - 56 * k, y - 372 * k,
                                                             112 * k, 18 * k),
                         border_radius=round(8 * k))
        pygame.draw.circle(s, (250, 250, 250), (x, y - 414 * k), 16 * k)
    if scarf:
        pygame.draw.rect(s, scarf, (x - 44 * k, y - 298 * k, 88 * k, 26 * k),
                         border_radius=round(12 * k))
    if medal:
        pygame.draw.polygon(s, (30, 90, 190), [(x - 30 * k, y - 290 * k), (x - 6 * k,
                            y - 220 * k), (x + 6 * k, y - 220 * k), (x + 30 * k, y - 290 * k),
                            (x + 16 * k, y - 290 * k), (x, y - 240 * k),
                            (x - 16 * k, y - 290 * k)])
        pygame.draw.circle(s, mix(medal, (0, 0, 0), 0.3), (x, y - 206 * k), 24 * k)
        pygame.draw.circle(s, medal, (x, y - 206 * k), 19 * k)


# ---------------------------------------------------------------- 4. the hair-dryer cartoon


def hairdryer_cartoon(rng: random.Random) -> pygame.Surface:
    """A bus stop in the snow, warmed by a giant pink hair dryer on a pole."""
    s = pygame.Surface((W, H))
    vgradient(s, pygame.Rect(0, 0, W, 700), [(0, (120, 170, 220)), (1, (206, 224, 240))])
    # Blocks of flats behind.
    for bx, bw, bh in ((-20, 300, 380), (300, 240, 300), (560, 340, 440), (1240, 380, 360)):
        pygame.draw.rect(s, (190, 180, 170), (bx, 700 - bh, bw, bh))
        pygame.draw.rect(s, (248, 250, 252), (bx - 4, 700 - bh - 10, bw + 8, 16))
        for wy in range(700 - bh + 30, 680, 56):
            for wx in range(bx + 24, bx + bw - 30, 50):
                pygame.draw.rect(s, (120, 150, 180), (wx, wy, 26, 32))
    # Snowy ground.
    pygame.draw.rect(s, (240, 244, 250), (0, 700, W, 300))
    pygame.draw.rect(s, (176, 184, 200), (0, 900, W, 100))
    # The bus stop shelter.
    sx, sy, sw = 260, 470, 620
    pygame.draw.rect(s, (60, 70, 90), (sx, sy, 16, 410))
    pygame.draw.rect(s, (60, 70, 90), (sx + sw - 16, sy, 16, 410))
    alpha_rect(s, (170, 210, 240, 90), (sx + 16, sy + 20, sw - 32, 340))
    pygame.draw.rect(s, (60, 70, 90), (sx - 20, sy - 20, sw + 40, 30))
    blob(s, (248, 250, 253), [(sx - 26, sy - 20), (sx + 100, sy - 50), (sx + sw - 80, sy - 54),
                              (sx + sw + 26, sy - 24), (sx + sw / 2, sy - 10)], steps=10)
    pygame.draw.rect(s, (110, 80, 60), (sx + 60, sy + 270, sw - 120, 20))  # bench
    # Bus-stop sign on its pole (a bus pictogram, no words).
    pygame.draw.rect(s, (60, 70, 90), (sx + sw + 70, 420, 12, 460))
    pygame.draw.rect(s, (30, 120, 200), (sx + sw + 30, 380, 92, 92), border_radius=12)
    pygame.draw.rect(s, (255, 255, 255), (sx + sw + 44, 400, 64, 40), border_radius=8)
    pygame.draw.circle(s, (255, 255, 255), (sx + sw + 56, 450), 8)
    pygame.draw.circle(s, (255, 255, 255), (sx + sw + 96, 450), 8)
    # People waiting, hair and scarves blown by the hot wind.
    for x, coat, hat, scarf in ((400, (180, 40, 50), (40, 60, 120), (240, 200, 60)),
                                (560, (40, 90, 70), None, (200, 60, 80)),
                                (720, (60, 60, 120), (200, 60, 60), (250, 250, 250))):
        person(s, x, 880, 0.9, coat, rng, hat=hat, scarf=scarf)
        blob(s, scarf, [(x + 30, 610), (x + 120, 590), (x + 170, 610), (x + 110, 630),
                        (x + 30, 632)], steps=10)
    # The giant hair dryer on a tall pole, pointing down at the stop.
    px = 1260
    pygame.draw.rect(s, (90, 96, 110), (px, 240, 24, 660))
    pygame.draw.rect(s, (90, 96, 110), (px - 170, 230, 200, 20))
    dryer = pygame.Surface((700, 420), pygame.SRCALPHA)
    pink, dark_pink = (238, 110, 170), (190, 70, 130)
    pygame.draw.ellipse(dryer, pink, (260, 40, 300, 220))  # body
    pygame.draw.rect(dryer, pink, (40, 100, 300, 110), border_radius=30)  # nozzle
    pygame.draw.rect(dryer, dark_pink, (20, 96, 60, 118), border_radius=16)
    pygame.draw.circle(dryer, dark_pink, (410, 150), 70)
    for k in range(8):
        a = k * math.tau / 8
        pygame.draw.line(dryer, pink, (410, 150), (410 + 60 * math.cos(a), 150 + 60 * math.sin(a)),
                         8)
    pygame.draw.rect(dryer, pink, (380, 230, 80, 170), border_radius=30)  # handle
    pygame.draw.rect(dryer, (250, 250, 250), (396, 270, 48, 26), border_radius=8)
    pygame.draw.line(dryer, (40, 40, 40), (420, 400), (470, 416), 8)
    dryer = pygame.transform.rotozoom(dryer, 24, 1.0)
    s.blit(dryer, dryer.get_rect(center=(px - 110, 300)))
    pygame.draw.line(s, (40, 40, 40), (px + 10, 470), (px + 10, 900), 6)  # cable down the pole
    # Waves of hot air towards the people.
    air = pygame.Surface((W, H), pygame.SRCALPHA)
    for k in range(6):
        pts = []
        for t in range(0, 41):
            u = t / 40
            x = 900 - u * 520 + 20 * math.sin(u * 12 + k)
            y = 360 + k * 50 + u * 200 + 14 * math.sin(u * 18 + k * 2)
            pts.append((x, y))
        pygame.draw.lines(air, (255, 140, 40, 120), False, pts, 8)
    s.blit(air, (0, 0))
    # Melting snow on the shelter roof: drips.
    for dx in range(sx + 40, sx + sw - 20, 70):
        pygame.draw.line(s, (150, 200, 240), (dx, sy + 10), (dx, sy + 40), 6)
        pygame.draw.circle(s, (150, 200, 240), (dx, sy + 46), 7)
    return s


# ---------------------------------------------------------------- 5. the olympiad team


def olympiad_stage(rng: random.Random) -> pygame.Surface:
    """Four pupils on an awards stage, medals on their chests, the flag and a big screen."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (20, 30, 70)), (1, (50, 60, 110))])
    # The big screen behind: stylised code-like lines.
    screen = pygame.Rect(300, 60, 1000, 420)
    pygame.draw.rect(s, (16, 20, 40), screen.inflate(24, 24), border_radius=16)
    vgradient(s, screen, [(0, (30, 80, 160)), (1, (20, 50, 120))])
    y = screen.top + 40
    for _ in range(8):
        indent = rng.choice((0, 40, 80))
        width = rng.randint(200, 520)
        colour = rng.choice([(120, 220, 160), (240, 200, 90), (200, 220, 255)])
        pygame.draw.rect(s, colour, (screen.left + 50 + indent, y, width, 18), border_radius=9)
        y += 44
    # Kazakhstan's flag on a stand (sky blue, golden sun and eagle, ornament at the hoist).
    fx, fy = 1380, 150
    pygame.draw.rect(s, (180, 180, 190), (fx - 6, fy - 20, 10, 620))
    flag = pygame.Rect(fx + 4, fy, 200, 100)
    pygame.draw.rect(s, (0, 175, 202), flag)
    pygame.draw.circle(s, (254, 197, 0), (flag.centerx + 8, flag.centery - 10), 20)
    pygame.draw.arc(s, (254, 197, 0), (flag.centerx - 34, flag.centery + 2, 84, 30), 0.2, 2.9, 5)
    pygame.draw.rect(s, (254, 197, 0), (flag.left + 8, flag.top + 6, 10, 88))
    # Spotlights.
    light = pygame.Surface((W, H), pygame.SRCALPHA)
    for lx in (520, 1080):
        pygame.draw.polygon(light, (255, 240, 200, 26), [(lx - 30, 0), (lx + 30, 0),
                                                         (lx + 300, 900), (lx - 300, 900)])
    s.blit(light, (0, 0))
    # The stage.
    pygame.draw.rect(s, (120, 70, 50), (0, 860, W, 140))
    pygame.draw.rect(s, (150, 90, 64), (0, 850, W, 22))
    # The four pupils: one gold, two silver, one bronze.
    gold, silver, bronze = (240, 196, 50), (200, 204, 214), (196, 120, 60)
    for x, coat, medal, girl in ((440, (40, 60, 120), silver, False),
                                 (680, (250, 250, 250), gold, True),
                                 (920, (120, 40, 60), silver, False),
                                 (1160, (40, 100, 90), bronze, True)):
        person(s, x, 870, 1.05, coat, rng, medal=medal, long_hair=girl)
    return s


# ---------------------------------------------------------------- main


def main() -> int:
    pygame.init()
    frame = ski_slope_frame(random.Random(SEED + 3))
    pictures = {
        "singer-language-quote-card.png": quote_card(random.Random(SEED + 1)),
        "petrol-price-chart.png": petrol_chart(random.Random(SEED + 2)),
        "bear-medeu-original.png": bear_original(frame),
        "bear-medeu-still.png": bear_still(frame),
        "hairdryer-heating-satire.png": hairdryer_cartoon(random.Random(SEED + 4)),
        "olympiad-winners.png": olympiad_stage(random.Random(SEED + 5)),
    }
    status = save_pictures(pictures)
    pygame.quit()
    return status


if __name__ == "__main__":
    sys.exit(main())
