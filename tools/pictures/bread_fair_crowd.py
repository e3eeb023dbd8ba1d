"""The queue at a charity bread fair and the darkened crop of it that went viral."""

from __future__ import annotations

import functools
import math
import random

from drawing import (  # first: it sets up pygame's environment
    COATS,
    FONT_BOLD,
    H,
    SCARVES,
    W,
    Color,
    glow,
    mix,
    person,
    vgradient,
)
import pygame

VEST_GREEN: Color = (74, 170, 70)


def crowd_colours(rng: random.Random) -> dict:
    """Random clothes for a person in a crowd: a coat, sometimes a headscarf."""
    return {"coat": rng.choice(COATS),
            "scarf": rng.choice(SCARVES) if rng.random() < 0.3 else None}


def charity_fair(rng: random.Random) -> pygame.Surface:
    """A sunny spring day: a long calm queue on a square leads to the charity fair's tent."""
    s = pygame.Surface((W, H))
    horizon = 540
    vgradient(s, pygame.Rect(0, 0, W, horizon), [(0, (96, 160, 226)), (1, (190, 222, 244))])
    for cx, cy, w in ((260, 120, 260), (760, 80, 200), (1240, 140, 240)):
        for k in range(5):
            pygame.draw.ellipse(s, (246, 250, 255), (cx + k * w / 6 - w / 2, cy - 24 + (k % 2) * 14,
                                                     w / 2.4, 70))
    # Low buildings round the square, beige and white, with windows and shop awnings.
    x = -40
    while x < W:
        bw = rng.randint(220, 340)
        bh = rng.randint(160, 260)
        wall = rng.choice([(226, 206, 170), (236, 226, 206), (214, 190, 160), (240, 236, 226)])
        pygame.draw.rect(s, wall, (x, horizon - bh, bw - 8, bh + 20))
        pygame.draw.rect(s, mix(wall, (120, 90, 70), 0.4), (x - 6, horizon - bh - 12, bw + 4, 14))
        for wy in range(horizon - bh + 30, horizon - 70, 62):
            for wx in range(x + 24, x + bw - 50, 56):
                pygame.draw.rect(s, (120, 150, 176), (wx, wy, 30, 38))
        awning = rng.choice([(190, 70, 60), (60, 120, 160), (210, 160, 60)])
        pygame.draw.rect(s, awning, (x + 10, horizon - 60, bw - 30, 20))
        x += bw
    # Spring trees, still almost bare, with a haze of green.
    for tx in (90, 520, 880, 1500):
        pygame.draw.line(s, (96, 76, 60), (tx, horizon + 20), (tx, horizon - 230), 14)
        for k in range(7):
            a = -math.pi / 2 + (k - 3) * 0.32
            end = (tx + 150 * math.cos(a), horizon - 180 + 150 * math.sin(a))
            pygame.draw.line(s, (96, 76, 60), (tx, horizon - 160 + k * 8), end, 6)
        for _ in range(14):
            pygame.draw.circle(s, mix((150, 190, 110), (196, 220, 150), rng.random()),
                               (tx + rng.randint(-130, 130), horizon - 260 + rng.randint(-60, 90)),
                               rng.randint(20, 36))
    # The square: pale paving with joints in perspective.
    vgradient(s, pygame.Rect(0, horizon, W, H - horizon), [(0, (196, 188, 176)),
                                                          (1, (222, 214, 200))])
    for k in range(-12, 30):
        pygame.draw.line(s, (184, 176, 164), (800 + k * 60, horizon), (800 + k * 190, H), 2)
    for y in (570, 610, 660, 720, 790, 870, 960):
        pygame.draw.line(s, (184, 176, 164), (0, y), (W, y), 2)

    # The tent of the fair on the right: roof, banner, valance, poles.
    tent_l, tent_r, ground = 980, 1560, 800
    pygame.draw.polygon(s, (250, 250, 248), [(tent_l - 30, 300), (tent_r + 30, 300),
                                              (tent_r - 60, 176), (tent_l + 60, 176)])
    pygame.draw.polygon(s, (226, 228, 226), [(tent_l + 60, 176), (tent_r - 60, 176),
                                              (tent_r - 120, 146), (tent_l + 120, 146)])
    banner = pygame.Rect(tent_l + 40, 190, tent_r - tent_l - 80, 100)
    pygame.draw.rect(s, (36, 130, 64), banner, border_radius=6)
    pygame.draw.rect(s, (250, 214, 80), banner, 4, border_radius=6)
    size = 40
    while pygame.font.Font(str(FONT_BOLD), size).size("ҚАЙЫРЫМДЫЛЫҚ ЖӘРМЕҢКЕСІ")[0] > \
            banner.width - 40:
        size -= 1
    font = pygame.font.Font(str(FONT_BOLD), size)
    line1 = font.render("ҚАЙЫРЫМДЫЛЫҚ ЖӘРМЕҢКЕСІ", True, (255, 255, 255))
    s.blit(line1, line1.get_rect(center=(banner.centerx, banner.top + 34)))
    font2 = pygame.font.Font(str(FONT_BOLD), 28)
    line2 = font2.render("НАУРЫЗ · 2024", True, (250, 214, 80))
    s.blit(line2, line2.get_rect(center=(banner.centerx, banner.top + 72)))
    # The shade under the roof, then the volunteers behind their table.
    pygame.draw.rect(s, (206, 204, 196), (tent_l, 300, tent_r - tent_l, ground - 300))
    pygame.draw.rect(s, (186, 184, 176), (tent_l, 300, tent_r - tent_l, 60))
    for k, vx in enumerate((1100, 1270, 1440)):
        person(s, vx, 790, 350, rng, front=True, vest=VEST_GREEN,
               coat=rng.choice(COATS), scarf=SCARVES[1] if k == 1 else None,
               hold="loaf" if k != 1 else None, arm_up=k == 1)
    # Valance with scallops.
    pygame.draw.rect(s, (40, 140, 70), (tent_l - 30, 296, tent_r - tent_l + 60, 26))
    for sx in range(tent_l - 30, tent_r + 30, 40):
        pygame.draw.circle(s, (40, 140, 70), (sx + 20, 322), 20, draw_bottom_left=True,
                           draw_bottom_right=True)
    # Table with a cloth and rows of round loaves.
    pygame.draw.rect(s, (244, 244, 240), (tent_l + 20, 640, tent_r - tent_l - 40, 120))
    pygame.draw.rect(s, (40, 140, 70), (tent_l + 20, 736, tent_r - tent_l - 40, 24))
    pygame.draw.polygon(s, (232, 230, 224), [(tent_l + 20, 640), (tent_r - 20, 640),
                                              (tent_r - 40, 612), (tent_l + 40, 612)])
    for row, ly in enumerate((616, 636)):
        for lx in range(tent_l + 60 + row * 24, tent_r - 60, 56):
            pygame.draw.ellipse(s, (196, 128, 56), (lx - 26, ly - 12, 52, 24))
            pygame.draw.ellipse(s, (234, 180, 100), (lx - 16, ly - 8, 32, 12))
            for d in range(-8, 9, 8):
                pygame.draw.circle(s, (180, 110, 50), (lx + d, ly - 2), 2)
    for px in (tent_l - 10, tent_r + 10):
        pygame.draw.rect(s, (150, 150, 156), (px - 7, 300, 14, ground - 300))

    # The queue: people standing calmly in twos, from the far left to the table, where it
    # thickens into a group waiting their turn.
    people = []
    for k in range(34):
        t = k / 33
        for side in ((0,) if k % 3 else (0, 1)):
            qx = 30 + t * 700 + side * 34 + rng.uniform(-10, 10)
            qy = 584 + t * 120 + side * 16 + rng.uniform(-6, 6)
            people.append((qy, qx, False))
    for _ in range(30):  # the group near the table, some of them close to the camera
        qy = rng.uniform(700, 900)
        qx = rng.uniform(620, 1000) - (qy - 700) * 0.5
        people.append((qy, qx, rng.random() < 0.15))
    for qy, qx, wave in sorted(people):
        h = (qy - 430) * 1.12 * rng.choice((1, 1, 1, 0.94, 0.88, 0.7))
        person(s, qx, qy, h, rng, arm_up=wave, **crowd_colours(rng))
    # Warm spring sunlight.
    glow(s, (300, 0), 700, (255, 240, 200), 0.25)
    return s


def darken_crop(original: pygame.Surface) -> pygame.Surface:
    """The viral version: the middle of the original, cut at the top and right, and darkened."""
    box = pygame.Rect(280, 336, 800, 500)  # leaves out the banner and most of the volunteers
    piece = original.subsurface(box).copy()
    s = pygame.transform.smoothscale(piece, (W, H))
    s = pygame.transform.gaussian_blur(s, 2)  # lost sharpness: a copy of a copy
    # Drain the colours, then darken with a muddy brown tint.
    grey = pygame.transform.grayscale(s)
    grey.set_alpha(170)
    s.blit(grey, (0, 0))
    s.fill((150, 136, 126), special_flags=pygame.BLEND_RGB_MULT)
    # Harder contrast: crush the shadows to black and push the light parts.
    s.fill((18, 18, 18), special_flags=pygame.BLEND_RGB_SUB)
    boost = s.copy()
    boost.fill((110, 104, 98), special_flags=pygame.BLEND_RGB_MULT)
    s.blit(boost, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    # A heavy vignette: the corners almost black.
    vignette = pygame.Surface((W, H), pygame.SRCALPHA)
    steps = 40
    for i in range(steps):
        k = i / steps
        alpha = round(210 * (1 - k) ** 2.2)
        rect = pygame.Rect(0, 0, round(W * (1.5 - 0.9 * k)), round(H * (1.5 - 0.9 * k)))
        rect.center = (W // 2, H // 2 + 40)
        layer = pygame.Surface((W, H), pygame.SRCALPHA)
        pygame.draw.ellipse(layer, (0, 0, 0, 255), rect)
        mask = pygame.Surface((W, H), pygame.SRCALPHA)
        mask.fill((0, 0, 0, alpha))
        mask.blit(layer, (0, 0), special_flags=pygame.BLEND_RGBA_SUB)
        vignette.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MAX)
    s.blit(vignette, (0, 0))
    return s


@functools.cache
def fair() -> pygame.Surface:
    """The original photo of the fair, drawn once for both pictures."""
    return charity_fair(random.Random(5151))


PICTURES = {
    "cropped-crowd-photo-original.png": fair,
    "cropped-crowd-photo.png": lambda: darken_crop(fair()),
}
