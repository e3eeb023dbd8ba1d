"""The bear on a ski slope: a foreign TV channel's 2019 frame and its cropped repost."""

from __future__ import annotations

import functools
import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    Color,
    alpha_rect,
    blob,
    mix,
    text,
    vgradient,
)
import pygame

BEAR: Color = (92, 62, 40)
BEAR_DARK: Color = (62, 40, 26)
BEAR_LIGHT: Color = (128, 90, 60)


def draw_bear(rng: random.Random) -> pygame.Surface:
    """A brown bear walking to the right, in profile, on a transparent layer (420x280)."""
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


@functools.cache
def frame() -> pygame.Surface:
    """The whole 2019 frame, drawn once for both pictures."""
    return ski_slope_frame(random.Random(3033))


PICTURES = {
    "bear-medeu-original.png": lambda: bear_original(frame()),
    "bear-medeu-still.png": lambda: bear_still(frame()),
}
