"""Round two scenes: a flooded village with a boat; a lens-shaped cloud over mountains."""

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    blurred,
    glow,
    mix,
    vgradient,
)
import pygame


# ---------------------------------------------------------------- a lenticular cloud


def lens_layer(cx: float, cy: float, half_w: float, half_h: float, top: tuple, bottom: tuple,
               alpha: int) -> pygame.Surface:
    """One smooth lens of cloud: a flattened ellipse-like shape, lit from below."""
    layer = pygame.Surface((W, H), pygame.SRCALPHA)
    layer.fill(bottom + (0,))  # transparent, but the soft edges keep the cloud's colour
    for i in range(int(-half_h), int(half_h) + 1):
        t = (i + half_h) / (2 * half_h)
        # Width of the lens at this height: pointed ends, a fuller belly.
        reach = half_w * math.sqrt(max(0.0, 1 - (abs(i) / half_h) ** 1.6))
        colour = mix(top, bottom, t)
        pygame.draw.line(layer, colour + (alpha,), (cx - reach, cy + i), (cx + reach, cy + i))
    return layer


def lenticular_sunset(rng: random.Random) -> pygame.Surface:
    """Mountains at sunset, a stack of smooth lens-shaped clouds above the ridge, city lights."""
    s = pygame.Surface((W, H))
    vgradient(s, pygame.Rect(0, 0, W, H), [
        (0.0, (46, 62, 112)), (0.35, (128, 104, 150)), (0.6, (236, 148, 112)),
        (0.75, (252, 196, 128)), (1.0, (252, 214, 150))])
    glow(s, (1180, 700), 420, (120, 70, 30), 0.8)
    # The lens cloud: three stacked, pink-lit layers, soft at the edges.
    for dy, hw, hh, a in ((-58, 300, 22, 150), (0, 420, 38, 225), (54, 340, 24, 185)):
        s.blit(blurred(lens_layer(760, 300 + dy, hw, hh, (250, 226, 230), (226, 128, 120), a),
                       5), (0, 0))
    # Far ridge with snow, then a darker near ridge and foothills.
    far = [(0, H)]
    for x in range(0, W + 40, 40):
        far.append((x, 560 - 150 * math.exp(-((x - 800) / 420) ** 2)
                    - 40 * math.sin(x / 97) - rng.randint(0, 18)))
    far.append((W, H))
    # Snow on the high ridge only: thicker the higher the ridge rises above the snow line.
    pygame.draw.polygon(s, (244, 200, 196), far)
    rock = [far[0]] + [(x, y + max(0.0, 0.55 * (520 - y))) for x, y in far[1:-1]] + [far[-1]]
    pygame.draw.polygon(s, (112, 92, 128), rock)
    near = [(0, H)]
    for x in range(0, W + 40, 40):
        near.append((x, 700 - 70 * math.sin(x / 210 + 0.6) - rng.randint(0, 14)))
    near.append((W, H))
    pygame.draw.polygon(s, (52, 46, 72), near)
    pygame.draw.rect(s, (30, 28, 46), (0, 860, W, H - 860))
    # City lights at the foot of the mountains.
    for _ in range(240):
        x, y = rng.randint(0, W), rng.randint(870, H)
        pygame.draw.circle(s, mix((255, 214, 140), (255, 245, 220), rng.random()), (x, y),
                           rng.randint(1, 3))
    return s


# ---------------------------------------------------------------- a flooded village


def flooded_village(rng: random.Random) -> pygame.Surface:
    """A village under spring floodwater: houses up to their windows, trees, a rowing boat."""
    s = pygame.Surface((W, H))
    horizon = 430
    vgradient(s, pygame.Rect(0, 0, W, horizon), [(0, (150, 160, 170)), (1, (206, 210, 208))])
    # Low grey clouds.
    for _ in range(14):
        x, y = rng.randint(-100, W), rng.randint(20, 240)
        pygame.draw.ellipse(s, mix((170, 176, 184), (196, 200, 204), rng.random()),
                            (x, y, rng.randint(260, 520), rng.randint(50, 110)))
    # Far tree line, then the water.
    for x in range(-20, W + 40, 34):
        r = rng.randint(26, 46)
        pygame.draw.circle(s, (92, 110, 92), (x, horizon - r // 2), r)
    vgradient(s, pygame.Rect(0, horizon, W, H - horizon),
              [(0, (132, 124, 100)), (1, (92, 84, 64))])
    # Houses: walls, pitched roofs, windows just above the water, and their reflections.
    houses = ((70, 250, 190, (214, 196, 160), (150, 60, 48)),
              (420, 300, 220, (200, 210, 216), (74, 96, 120)),
              (820, 240, 180, (222, 214, 190), (120, 84, 60)),
              (1160, 320, 230, (196, 182, 150), (88, 110, 86)))
    water = horizon + 170
    for x, w, h, wall, roof in houses:
        top = water - h
        pygame.draw.rect(s, wall, (x, top, w, h))
        pygame.draw.polygon(s, roof, [(x - 24, top + 4), (x + w // 2, top - h * 0.55),
                                      (x + w + 24, top + 4)])
        for wx in (x + w * 0.18, x + w * 0.6):
            pygame.draw.rect(s, (60, 70, 84), (wx, top + h * 0.3, w * 0.22, h * 0.34))
            pygame.draw.rect(s, (250, 250, 246), (wx, top + h * 0.3, w * 0.22, h * 0.34), 5)
        refl = pygame.Surface((w + 48, h), pygame.SRCALPHA)
        pygame.draw.rect(refl, wall + (70,), (24, 0, w, h * 0.6))
        s.blit(refl, (x - 24, water + 4))
    vgradient_band = pygame.Surface((W, H - water), pygame.SRCALPHA)
    vgradient_band.fill((120, 110, 86, 150))
    s.blit(vgradient_band, (0, water))
    # Ripples.
    for _ in range(160):
        x, y = rng.randint(0, W), rng.randint(water, H)
        pygame.draw.line(s, (170, 162, 136), (x, y), (x + rng.randint(20, 70), y), 2)
    # Fence posts and a tree standing in the water.
    for i in range(9):
        px = 40 + i * 70
        pygame.draw.rect(s, (84, 66, 48), (px, water - 30, 10, 60))
    pygame.draw.rect(s, (78, 60, 44), (1470, water - 260, 24, 300))
    for dx, dy, r in ((0, -300, 90), (-70, -250, 70), (70, -240, 74)):
        pygame.draw.circle(s, (84, 112, 76), (1482 + dx, water + dy), r)
    # A rowing boat with two people in life jackets.
    bx, by = 900, 820
    pygame.draw.polygon(s, (40, 90, 140), [(bx - 190, by - 40), (bx + 190, by - 40),
                                           (bx + 140, by + 30), (bx - 150, by + 30)])
    pygame.draw.line(s, (230, 230, 224), (bx - 190, by - 40), (bx + 190, by - 40), 8)
    for px in (bx - 80, bx + 60):
        pygame.draw.rect(s, (236, 110, 40), (px - 26, by - 120, 52, 80), border_radius=12)
        pygame.draw.circle(s, (200, 160, 130), (px, by - 144), 24)
    pygame.draw.line(s, (120, 90, 60), (bx - 120, by - 70), (bx - 250, by + 40), 8)
    return s


PICTURES = {
    "flood-charity-village.png": lambda: flooded_village(random.Random(3317)),
    "lenticular-cloud-photo.png": lambda: lenticular_sunset(random.Random(5120)),
}
