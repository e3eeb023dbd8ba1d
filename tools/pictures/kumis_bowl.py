"""A wooden bowl of kumis with herb sprigs on a red ornamented tablecloth."""

from __future__ import annotations

import math
import random

from drawing import H, W, Color, blob, glow, vgradient  # first: it sets up pygame's environment
import pygame


def kumis_bowl(rng: random.Random) -> pygame.Surface:
    """A wooden bowl of kumis with herb sprigs on a red ornamented tablecloth."""
    s = pygame.Surface((W, H))
    vgradient(s, pygame.Rect(0, 0, W, 420), [(0, (236, 226, 206)), (1, (214, 198, 170))])
    # Tablecloth with a simple ornament border (stylised horn motif made of arcs).
    vgradient(s, pygame.Rect(0, 420, W, H - 420), [(0, (176, 36, 44)), (1, (140, 24, 34))])
    for y in (470, 940):
        for x in range(-40, W + 80, 120):
            pygame.draw.arc(s, (246, 200, 90), (x, y - 30, 60, 60), math.radians(0),
                            math.radians(180), 6)
            pygame.draw.arc(s, (246, 200, 90), (x + 60, y - 30, 60, 60), math.radians(180),
                            math.radians(360), 6)
    # A shanyrak-like round window on the wall, blurred.
    pygame.draw.circle(s, (226, 212, 186), (300, 200), 150)
    for a in range(0, 360, 30):
        ang = math.radians(a)
        pygame.draw.line(s, (190, 160, 120), (300, 200), (300 + 150 * math.cos(ang),
                                                          200 + 150 * math.sin(ang)), 8)
    pygame.draw.circle(s, (190, 160, 120), (300, 200), 150, 10)
    pygame.draw.circle(s, (190, 160, 120), (300, 200), 60, 8)
    # Shadow, bowl body, rim and the white drink.
    shadow = pygame.Surface((W, H), pygame.SRCALPHA)
    pygame.draw.ellipse(shadow, (40, 0, 0, 90), (500, 800, 640, 80))
    s.blit(shadow, (0, 0))
    cx, top_y = 810, 560
    body = [(cx + 290 * math.cos(math.radians(a)), top_y + 270 * math.sin(math.radians(a)))
            for a in range(0, 181, 6)]
    pygame.draw.polygon(s, (150, 92, 48), body)
    for k in range(1, 4):  # wood grain
        pygame.draw.arc(s, (120, 70, 36), (cx - 290 + k * 20, top_y - 200 + k * 30,
                                           580 - k * 40, 440 - k * 20),
                        math.radians(200), math.radians(340), 4)
    pygame.draw.rect(s, (130, 78, 40), (cx - 90, top_y + 250, 180, 40), border_radius=10)
    pygame.draw.ellipse(s, (120, 70, 36), (cx - 296, top_y - 70, 592, 140))
    pygame.draw.ellipse(s, (246, 244, 236), (cx - 270, top_y - 56, 540, 112))
    pygame.draw.ellipse(s, (255, 255, 252), (cx - 200, top_y - 40, 300, 60))
    # Bubbles of the fermented drink.
    for _ in range(26):
        x = cx + rng.randint(-230, 230)
        y = top_y + rng.randint(-36, 36)
        if ((x - cx) / 250) ** 2 + ((y - top_y) / 48) ** 2 < 1:
            pygame.draw.circle(s, (226, 224, 214), (x, y), rng.randint(3, 8), 2)
    # Herb sprigs: thyme-like stems lying on the cloth and dipping into the bowl.
    def sprig(x0, y0, x1, y1, leaf: Color):
        pygame.draw.line(s, (80, 100, 50), (x0, y0), (x1, y1), 6)
        for k in range(1, 12):
            t = k / 12
            x = x0 + (x1 - x0) * t
            y = y0 + (y1 - y0) * t
            for sign in (-1, 1):
                pygame.draw.ellipse(s, leaf, (x - 14 + sign * 12, y - 8 + sign * 6, 26, 14))
    sprig(1120, 880, 1420, 760, (100, 150, 80))
    sprig(1160, 930, 1500, 900, (120, 160, 100))
    sprig(740, 520, 600, 380, (100, 150, 80))
    # A few wormwood leaves (silvery).
    for x, y in ((260, 860), (330, 900), (220, 920)):
        blob(s, (170, 190, 170), [(x, y), (x + 40, y - 20), (x + 90, y - 6), (x + 40, y + 16)])
    # Soft window light.
    glow(s, (300, 200), 420, (255, 230, 180), 0.35, steps=20)
    return s


PICTURES = {
    "kumis-miracle-cure.png": lambda: kumis_bowl(random.Random(4105)),
}
