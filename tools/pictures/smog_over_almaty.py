"""Almaty at dusk in thick winter smog, chimney smoke hanging over the private houses."""

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    Color,
    blob,
    blurred,
    glow,
    haze,
    vgradient,
)
import pygame


def blocks(surf, rng, horizon: int, count: int, hmin: int, hmax: int, colour: Color,
           lit: Color, density: float, width=(90, 220)) -> None:
    """A row of buildings standing on the horizon line, some windows lit."""
    x = -40
    for _ in range(count):
        if x > W:
            break
        bw = rng.randint(*width)
        bh = rng.randint(hmin, hmax)
        top = horizon - bh
        pygame.draw.rect(surf, colour, (x, top, bw - 10, bh + 200))
        for wy in range(top + 16, horizon + 120, 26):
            for wx in range(x + 10, x + bw - 26, 22):
                if rng.random() < density:
                    pygame.draw.rect(surf, lit, (wx, wy, 10, 12))
        x += bw + rng.randint(-10, 30)


def smog_city(rng: random.Random) -> pygame.Surface:
    """Almaty at dusk in winter smog: faint mountains, TV tower on its hill, chimney smoke."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (84, 78, 80)), (0.45, (150, 124, 100)),
                                (0.7, (186, 152, 112)), (1, (150, 128, 106))])
    # The mountains: a barely visible ghost behind the smog.
    pts = [(0, 520)]
    for x in range(0, W + 60, 60):
        pts.append((x, 300 - 90 * math.sin(x / 260 + 0.4) - rng.randint(0, 40)))
    pts.append((W, 520))
    pygame.draw.polygon(s, (168, 142, 118), pts)
    haze(s, (176, 146, 112), 120)
    # Kok-Tobe hill with the thin TV tower and its red lights, at the right.
    blob(s, (128, 106, 92), [(1120, 620), (1260, 470), (1420, 440), (1560, 500), (1660, 640)])
    tx, ty = 1400, 150
    pygame.draw.polygon(s, (110, 92, 84), [(tx - 20, 452), (tx + 20, 452), (tx + 5, ty),
                                           (tx - 5, ty)])
    for k in range(3):
        yy = 452 - (k + 1) * 90
        pygame.draw.line(s, (110, 92, 84), (tx - 30 + k * 6, yy), (tx + 30 - k * 6, yy), 6)
    for y in (ty, 260, 340):
        glow(s, (tx, y), 40, (180, 40, 30), 0.9)
        pygame.draw.circle(s, (255, 80, 60), (tx, y), 5)
    haze(s, (176, 146, 112), 80)
    # Far blocks, melting into the smog.
    blocks(s, rng, 640, 20, 120, 260, (128, 110, 100), (206, 170, 118), 0.25)
    haze(s, (172, 142, 110), 110)
    # A few tall towers and mid blocks.
    for bx, bw, bh in ((300, 110, 420), (430, 90, 360), (980, 120, 470), (1110, 80, 380)):
        pygame.draw.rect(s, (96, 86, 84), (bx, 700 - bh, bw, bh + 100))
        for wy in range(700 - bh + 20, 700, 30):
            for wx in range(bx + 12, bx + bw - 14, 24):
                if rng.random() < 0.35:
                    pygame.draw.rect(s, (232, 190, 120), (wx, wy, 12, 14))
    blocks(s, rng, 720, 18, 90, 220, (92, 82, 80), (236, 192, 120), 0.3)
    haze(s, (168, 138, 106), 90)
    # Street lights along the avenue, each a fuzzy orange halo in the smog.
    pygame.draw.rect(s, (70, 64, 64), (0, 720, W, 60))
    for lx in range(60, W, 150):
        glow(s, (lx, 730), 90, (200, 120, 50), 0.8)
        pygame.draw.circle(s, (255, 220, 160), (lx, 730), 6)
    # Foreground: private houses with pitched roofs and smoking chimneys.
    ground = 1000
    x = -30
    houses = []
    smoke = pygame.Surface((W, H), pygame.SRCALPHA)
    while x < W:
        hw = rng.randint(170, 250)
        hh = rng.randint(90, 130)
        top = 860 - rng.randint(0, 40)
        houses.append((x, hw, hh, top))
        x += hw + rng.randint(10, 40)
    for x, hw, hh, top in houses:
        wall = (62, 56, 56)
        pygame.draw.rect(s, wall, (x, top, hw, ground - top))
        pygame.draw.polygon(s, (50, 44, 46), [(x - 16, top + 4), (x + hw // 2, top - hh),
                                              (x + hw + 16, top + 4)])
        pygame.draw.polygon(s, (226, 224, 222), [(x - 16, top + 4), (x + hw // 2, top - hh),
                                                 (x + hw // 2, top - hh + 14),
                                                 (x - 4, top + 4)])  # snow on the roof
        if rng.random() < 0.8:
            pygame.draw.rect(s, (240, 190, 110), (x + hw // 2 - 30, top + 40, 36, 40))
        chim_x = x + hw // 2 + rng.randint(20, hw // 2 - 30)
        chim_top = top - hh // 2 - 30
        pygame.draw.rect(s, (70, 58, 54), (chim_x, chim_top, 26, 90))
        # Smoke rises a little, then spreads sideways under the inversion.
        px, py = chim_x + 13, chim_top
        for k in range(30):
            px += rng.uniform(8, 18)
            py -= max(0.0, 16 - k * 1.0)
            r = 16 + k * 3
            pygame.draw.circle(smoke, (92, 80, 76, max(0, 150 - k * 4)), (round(px), round(py)),
                               r)
    s.blit(blurred(smoke, 10), (0, 0))
    pygame.draw.rect(s, (206, 204, 204), (0, ground - 20, W, 20))  # snow along the street
    haze(s, (160, 132, 104), 40)
    return s


PICTURES = {
    "air-quality-monitor-smog.png": lambda: smog_city(random.Random(4408)),
}
