"""Draw the pictures of scenario set E into scenarios/images/.

Run from the repository root:  python tools/draw_images_e.py

Like tools/draw_images.py (with the same helpers, from tools/drawing.py), every picture is drawn
at twice its size from a seeded random generator and scaled down, so the same code always writes
the same files. The pictures:

- cropped-crowd-photo-original.png: a calm queue at a charity bread fair on a sunny day, with the
  fair's banner and smiling volunteers; cropped-crowd-photo.png is the middle of that very
  picture, cut on the top and right and darkened with a gloomy filter (the viral version).
- river-clean-up-photo.png: volunteers cleaning a river bank at sunrise, with reflections;
  river-clean-up-other-shot.png: another shot of the same morning (found by the image search).
- metro-map-leak-preview.png: the preview of an anonymous "leaked" metro map.
- lake-alakol-satire.png: the joke picture of a parody account (a lake with a renamed sign).
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tools/, home of drawing.py
from drawing import (  # noqa: E402  (first: it sets up pygame's environment)
    FONT_BOLD,
    H,
    W,
    Color,
    blob,
    glow,
    haze,
    mix,
    save_pictures,
    vgradient,
)
import pygame  # noqa: E402

SEED = 5150

SKINS: list[Color] = [(236, 196, 160), (222, 176, 136), (200, 150, 112), (176, 128, 94)]
HAIRS: list[Color] = [(34, 28, 24), (54, 40, 30), (80, 60, 44), (24, 22, 22), (120, 116, 110)]
COATS: list[Color] = [(70, 80, 110), (120, 60, 60), (60, 96, 80), (150, 120, 90), (90, 90, 96),
                      (40, 44, 56), (170, 140, 110), (110, 70, 110), (60, 110, 150),
                      (190, 170, 150)]
TROUSERS: list[Color] = [(40, 44, 60), (30, 30, 36), (70, 70, 80), (60, 50, 44)]
SCARVES: list[Color] = [(200, 60, 80), (230, 200, 90), (90, 140, 200), (240, 240, 236),
                        (150, 90, 150), (220, 120, 60)]


# ---------------------------------------------------------------- people


def capsule(s: pygame.Surface, colour, p0, p1, width: float) -> None:
    """A thick line with round ends (an arm, a leg)."""
    r = max(1, round(width / 2))
    pygame.draw.line(s, colour, p0, p1, max(1, round(width)))
    pygame.draw.circle(s, colour, (round(p0[0]), round(p0[1])), r)
    pygame.draw.circle(s, colour, (round(p1[0]), round(p1[1])), r)


def person(s: pygame.Surface, x: float, feet: float, h: float, rng: random.Random, *,
           front: bool = False, vest: Color | None = None, coat: Color | None = None,
           scarf: Color | None = None, smile: bool = True, hold: str | None = None,
           arm_up: bool = False, gloves: Color | None = None, long_hair: bool | None = None,
           light: float = 0.0) -> None:
    """A stylised person standing with the feet at (x, feet), h tall.

    front: the face is towards us (eyes and a smile), else we see the back of the head.
    vest: a high-visibility vest over the coat. hold: 'loaf' or 'bag' in front of the body,
    'grabber' in the left hand. arm_up: the right arm raised (waving). gloves: colour of the
    hands. light: 0..1, a warm back light on the left edge (a low sun behind the person).
    """
    skin = rng.choice(SKINS)
    hair = rng.choice(HAIRS)
    coat = coat or rng.choice(COATS)
    legs = rng.choice(TROUSERS)
    hands = gloves or skin
    if long_hair is None:
        long_hair = rng.random() < 0.35
    u = h / 100  # one "unit": a hundredth of the height
    shade = mix(coat, (0, 0, 0), 0.22)
    # Legs and shoes.
    for side in (-1, 1):
        capsule(s, legs, (x + side * 5.5 * u, feet - 44 * u), (x + side * 5.8 * u, feet - 4 * u),
                9 * u)
        pygame.draw.ellipse(s, (30, 26, 24), (round(x + side * 6 * u - 5.5 * u + side * 1.5 * u),
                                              round(feet - 4.5 * u), round(11 * u), round(5 * u)))
    shoulder_y = feet - 77 * u
    # The arm behind the held thing or hanging at the side.
    arms = []
    for side in (-1, 1):
        sx = x + side * 13.5 * u
        if arm_up and side == 1:
            arms.append(((sx, shoulder_y), (sx + 7 * u, shoulder_y - 13 * u),
                         (sx + 9 * u, shoulder_y - 27 * u)))
        elif hold in ("loaf", "bag") and front:
            arms.append(((sx, shoulder_y), (sx + side * 2 * u, feet - 58 * u),
                         (x + side * 10 * u, feet - 55 * u)))
        else:
            arms.append(((sx, shoulder_y), (sx + side * 2.5 * u, feet - 60 * u),
                         (sx + side * 2 * u, feet - 45 * u)))
    # Torso: a coat with rounded shoulders, darker on its right side.
    blob(s, coat, [(x - 11 * u, feet - 83 * u), (x + 11 * u, feet - 83 * u),
                   (x + 16 * u, feet - 77 * u), (x + 15 * u, feet - 40 * u),
                   (x - 15 * u, feet - 40 * u), (x - 16 * u, feet - 77 * u)])
    pygame.draw.polygon(s, shade, [(x + 7 * u, feet - 82 * u), (x + 14 * u, feet - 79 * u),
                                   (x + 15 * u, feet - 41 * u), (x + 8 * u, feet - 41 * u)])
    if vest:
        v_top, v_bottom = feet - 80 * u, feet - 44 * u
        blob(s, vest, [(x - 12 * u, v_top), (x + 12 * u, v_top), (x + 14 * u, v_bottom),
                       (x - 14 * u, v_bottom)])
        strip = mix(vest, (246, 246, 236), 0.65)
        for k in (0.5, 0.75):
            y = v_top + (v_bottom - v_top) * k
            pygame.draw.line(s, strip, (x - 13 * u, y), (x + 13 * u, y), max(2, round(2.4 * u)))
        if front:  # the open front of the vest
            pygame.draw.line(s, coat, (x, v_top), (x, v_bottom), max(2, round(2.2 * u)))
    for (p0, p1, p2) in arms:
        capsule(s, coat, p0, p1, 7 * u)
        capsule(s, coat, p1, p2, 6.5 * u)
        pygame.draw.circle(s, hands, (round(p2[0]), round(p2[1] + 1.5 * u)), round(3.8 * u))
    if hold == "grabber":
        hand = arms[0][2]
        tip = (hand[0] - 18 * u, feet + 2 * u)
        pygame.draw.line(s, (200, 200, 206), hand, tip, max(2, round(2 * u)))
        for d in (-1, 1):
            pygame.draw.line(s, (200, 200, 206), tip, (tip[0] + d * 3 * u, tip[1] + 3 * u),
                             max(2, round(1.6 * u)))
        # The plastic bottle it is picking up.
        pygame.draw.rect(s, (170, 220, 230), (round(tip[0] - 7 * u), round(tip[1] + 2 * u),
                                              round(12 * u), round(5 * u)),
                         border_radius=round(2 * u))
        pygame.draw.rect(s, (40, 120, 200), (round(tip[0] + 5 * u), round(tip[1] + 3 * u),
                                             round(2.5 * u), round(3 * u)))
    elif hold == "loaf":
        cx, cy = x, feet - 55 * u
        pygame.draw.ellipse(s, (196, 128, 56), (round(cx - 11 * u), round(cy - 5.5 * u),
                                                round(22 * u), round(11 * u)))
        pygame.draw.ellipse(s, (232, 178, 96), (round(cx - 7 * u), round(cy - 3.5 * u),
                                                round(14 * u), round(6 * u)))
        for side in (-1, 1):
            pygame.draw.circle(s, hands, (round(cx + side * 10 * u), round(cy + 1.5 * u)),
                               round(3.8 * u))
    elif hold == "bag":
        cx, cy = x, feet - 40 * u
        blob(s, BAG, [(cx - 10 * u, cy - 14 * u), (cx + 10 * u, cy - 14 * u),
                      (cx + 15 * u, cy + 6 * u), (cx + 10 * u, cy + 20 * u),
                      (cx - 10 * u, cy + 20 * u), (cx - 15 * u, cy + 6 * u)])
        pygame.draw.line(s, mix(BAG, (255, 255, 255), 0.35), (cx - 8 * u, cy - 13 * u),
                         (cx + 8 * u, cy - 13 * u), max(2, round(2 * u)))
        pygame.draw.arc(s, mix(BAG, (255, 255, 255), 0.3),
                        (round(cx - 12 * u), round(cy - 4 * u), round(10 * u), round(20 * u)),
                        math.pi * 0.6, math.pi * 1.3, max(2, round(1.2 * u)))
        for side in (-1, 1):
            pygame.draw.circle(s, hands, (round(cx + side * 10 * u), round(cy - 14 * u)),
                               round(3.8 * u))
    # Neck and head.
    hx, hy = round(x), round(feet - 91 * u)
    r = round(8.5 * u)
    pygame.draw.rect(s, skin, (round(x - 3.5 * u), round(feet - 86 * u), round(7 * u),
                               round(5 * u)))
    if front:
        if long_hair and not scarf:
            pygame.draw.rect(s, hair, (hx - r - round(u), hy - round(2 * u), 2 * r + round(2 * u),
                                       round(13 * u)), border_radius=round(3 * u))
        pygame.draw.circle(s, skin, (hx, hy), r)
        if scarf:
            pygame.draw.circle(s, scarf, (hx, hy - round(1 * u)), r + round(1.8 * u),
                               draw_top_left=True, draw_top_right=True)
            for side in (-1, 1):
                pygame.draw.rect(s, scarf, (hx + side * (r + round(0.2 * u)) - round(1.6 * u),
                                            hy - round(1.5 * u), round(3.2 * u), round(8 * u)))
        else:
            pygame.draw.circle(s, hair, (hx, hy - round(1 * u)), r + round(0.7 * u),
                               draw_top_left=True, draw_top_right=True)
            pygame.draw.ellipse(s, skin, (hx - r + round(1.6 * u), hy - round(3.4 * u),
                                          2 * r - round(3.2 * u), r + round(3 * u)))
        eye = max(2, round(1.1 * u))
        for side in (-1, 1):
            pygame.draw.circle(s, (40, 30, 26), (hx + round(side * 3.2 * u), hy + round(0.6 * u)),
                               eye)
        if smile:
            pygame.draw.arc(s, (140, 60, 50), (hx - round(3.8 * u), hy + round(0.4 * u),
                                               round(7.6 * u), round(5.2 * u)),
                            math.pi * 1.1, math.pi * 1.9, max(2, round(1.1 * u)))
    else:
        for side in (-1, 1):  # ears
            pygame.draw.circle(s, skin, (hx + side * (r - round(0.5 * u)), hy + round(u)),
                               round(2.2 * u))
        if scarf:
            pygame.draw.circle(s, scarf, (hx, hy), r + round(1.2 * u))
            pygame.draw.polygon(s, mix(scarf, (0, 0, 0), 0.15),
                                [(hx - 3 * u, hy + 7 * u), (hx + 3 * u, hy + 7 * u),
                                 (hx, hy + 14 * u)])
        else:
            pygame.draw.circle(s, skin, (hx, hy + round(1.5 * u)), r - round(u))  # the nape
            pygame.draw.circle(s, hair, (hx, hy - round(0.8 * u)), r)
            if long_hair:
                pygame.draw.rect(s, hair, (hx - r + round(u), hy, 2 * r - round(2 * u),
                                           round(14 * u)), border_radius=round(4 * u))
    if light > 0:  # a thin warm rim of back light on the left edge
        rim = mix((255, 196, 120), coat, 1 - light)
        pygame.draw.line(s, rim, (x - 15.5 * u, feet - 76 * u), (x - 14.5 * u, feet - 42 * u),
                         max(2, round(1.6 * u)))
        pygame.draw.arc(s, mix((255, 210, 140), hair, 1 - light),
                        (hx - r, hy - r, 2 * r, 2 * r), math.pi * 0.55, math.pi * 1.2,
                        max(2, round(1.4 * u)))


def crowd_colours(rng: random.Random) -> dict:
    """Random clothes for a person in a crowd: a coat, sometimes a headscarf."""
    return {"coat": rng.choice(COATS),
            "scarf": rng.choice(SCARVES) if rng.random() < 0.3 else None}


# ---------------------------------------------------------------- the charity fair

VEST_GREEN: Color = (74, 170, 70)


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


# ---------------------------------------------------------------- the river clean-up

VEST_ORANGE: Color = (250, 116, 34)
BAG: Color = (52, 62, 88)  # the rubbish bags: dark blue


def sack(s: pygame.Surface, x: float, y: float, r: float, k: int) -> None:
    """A filled rubbish bag sitting on the ground, tied at the top (k varies its shade)."""
    colour = mix(BAG, (0, 0, 0), 0.12 * (k % 3))
    blob(s, colour, [(x - r, y), (x - r * 0.8, y - r * 1.1), (x - r * 0.2, y - r * 1.5),
                     (x + r * 0.2, y - r * 1.5), (x + r * 0.85, y - r * 1.05), (x + r, y),
                     (x + r * 0.6, y + r * 0.45), (x - r * 0.6, y + r * 0.45)])
    pygame.draw.polygon(s, colour, [(x - r * 0.2, y - r * 1.4), (x - r * 0.4, y - r * 1.9),
                                    (x, y - r * 1.6), (x + r * 0.4, y - r * 1.9),
                                    (x + r * 0.2, y - r * 1.4)])
    pygame.draw.arc(s, mix(colour, (255, 255, 255), 0.3),
                    (round(x - r * 0.8), round(y - r * 1.1), round(r * 0.8), round(r * 1.2)),
                    math.pi * 0.5, math.pi * 1.1, max(2, round(r / 9)))


def volunteer(i: int) -> random.Random:
    """The random generator of volunteer i: the same person in both pictures of the morning."""
    return random.Random(SEED * 100 + i)


def mountains(s: pygame.Surface, rng: random.Random, base: int, top: int, rock: Color,
              snow: Color | None = None, step: int = 70, snowline: int = 70) -> None:
    """A mountain range between the heights top and base; peaks above top+snowline in snow."""
    ridge = [(x, top + rng.randint(0, 60) + 50 * math.sin(x / 210 + rng.random() * 0.4))
             for x in range(-step, W + 2 * step, step)]
    pygame.draw.polygon(s, snow or rock, [(-step, base)] + ridge + [(W + 2 * step, base)])
    if snow:
        line = top + snowline
        rock_edge = []
        for x, y in ridge:
            rock_edge.append((x, y if y >= line else line + 14 * math.sin(x / 37) +
                              rng.randint(-6, 6)))
        pygame.draw.polygon(s, rock, [(-step, base)] + rock_edge + [(W + 2 * step, base)])


def reflect(layer: pygame.Surface, axis: int, rng: random.Random, tint: Color,
            alpha: int, wobble: float = 5.0) -> pygame.Surface:
    """The mirror image of layer below the line y=axis, broken by ripples and tinted."""
    flipped = pygame.transform.flip(layer, False, True)
    out = pygame.Surface((W, H), pygame.SRCALPHA)
    # The row y of the reflection shows the row 2*axis - y of the layer.
    src_top = H - axis  # where the row `axis` of the layer sits in the flipped copy
    for y in range(axis, H, 4):
        dy = y - axis
        shift = round(wobble * (1 + dy / 120) * math.sin(dy / 7.0 + rng.random() * 0.6))
        out.blit(flipped, (shift, y), pygame.Rect(0, src_top + dy, W, 4))
    out.fill(tint + (255,), special_flags=pygame.BLEND_RGBA_MULT)
    fade = pygame.Surface((W, H), pygame.SRCALPHA)
    fade.fill((255, 255, 255, alpha))
    out.blit(fade, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    return out


def river_sunrise(rng: random.Random) -> pygame.Surface:
    """Sunrise over the river: volunteers on a gravel bar, their reflections in the water."""
    s = pygame.Surface((W, H))
    shore = 440  # where the far bank meets the water
    sun = (560, 392)
    vgradient(s, pygame.Rect(0, 0, W, shore), [(0, (46, 62, 124)), (0.42, (150, 108, 158)),
                                              (0.78, (246, 150, 118)), (1, (255, 212, 150))])
    # Sun rays.
    rays = pygame.Surface((W, H), pygame.SRCALPHA)
    for k in range(14):
        a = math.pi + k * math.pi / 13 + 0.05
        a1 = a + 0.05
        pygame.draw.polygon(rays, (255, 236, 190, 16),
                            [sun, (sun[0] + 1900 * math.cos(a), sun[1] + 1900 * math.sin(a)),
                             (sun[0] + 1900 * math.cos(a1), sun[1] + 1900 * math.sin(a1))])
    s.blit(rays, (0, 0))
    glow(s, sun, 520, (255, 170, 90), 0.8)
    pygame.draw.circle(s, (255, 246, 222), sun, 40)
    mountains(s, rng, shore, 170, (150, 112, 150), (252, 204, 206), snowline=56)
    mountains(s, rng, shore, 290, (104, 78, 118), step=90)
    # Far bank: poplars and round trees, dark against the light, rimmed with gold.
    for _ in range(30):
        tx = rng.randint(-40, W + 40)
        if abs(tx - sun[0]) < 90:
            continue
        if rng.random() < 0.5:
            tw, th = rng.randint(34, 54), rng.randint(150, 230)
        else:
            tw, th = rng.randint(90, 150), rng.randint(90, 130)
        colour = mix((40, 44, 56), (70, 60, 70), rng.random())
        pygame.draw.ellipse(s, colour, (tx - tw // 2, shore - th + 10, tw, th))
        pygame.draw.arc(s, (255, 190, 120), (tx - tw // 2, shore - th + 10, tw, th),
                        math.pi * 0.5, math.pi * 0.95 if tx > sun[0] else math.pi * 0.5 + 0.01,
                        3)
    pygame.draw.rect(s, (46, 44, 58), (0, shore - 14, W, 16))
    # The water mirrors everything above it.
    sky_part = s.copy()
    vgradient(s, pygame.Rect(0, shore, W, H - shore), [(0, (236, 164, 128)), (0.5, (150, 100, 130)),
                                                      (1, (58, 60, 104))])
    s.blit(reflect(sky_part, shore, rng, (236, 214, 214), 230, 3), (0, 0))
    # Glitter of the sun on the water.
    for _ in range(260):
        y = rng.randint(shore + 4, H)
        spread = 30 + (y - shore) * 0.35
        x = sun[0] + rng.gauss(0, spread)
        w = rng.randint(10, 40)
        pygame.draw.line(s, (255, 236, 190), (x - w / 2, y), (x + w / 2, y), rng.choice((2, 3)))
    # The gravel bar with the volunteers, on its own layer to reflect it.
    bar = pygame.Surface((W, H), pygame.SRCALPHA)
    edge = 690  # the front edge of the bar, the line of its reflection
    blob(bar, (120, 100, 96), [(700, 652), (900, 612), (1200, 596), (1560, 588), (1660, 600),
                               (1660, edge), (1200, edge + 4), (880, edge - 2), (680, 672)])
    for _ in range(160):
        x, y = rng.randint(720, W - 1), rng.randint(612, edge - 6)
        if bar.get_at((x, y))[3]:
            pygame.draw.ellipse(bar, mix((150, 126, 120), (200, 160, 146), rng.random()),
                                (x, y, rng.randint(8, 20), rng.randint(5, 10)))
    for k, (bx, by) in enumerate(((1296, 642), (1338, 652), (1268, 660), (1312, 670))):
        sack(bar, bx, by, 24, k)
    cast = (("grabber", False, False), ("bag", True, False), ("grabber", True, False),
            (None, True, True), ("grabber", False, False), ("bag", True, False))
    spots = ((790, 668), (900, 640), (1060, 662), (1180, 632), (1440, 660), (1548, 640))
    for vx, feet in spots:  # long shadows, away from the low sun
        dx, dy = vx - sun[0], (feet - sun[1]) * 4
        k = 150 / math.hypot(dx, dy)
        tip = (vx + dx * k, feet + dy * k * 0.25)
        pygame.draw.polygon(bar, (70, 56, 62, 255), [(vx - 14, feet), (vx + 14, feet),
                                                      (tip[0] + 10, tip[1]),
                                                      (tip[0] - 10, tip[1])])
    for i, (vx, feet) in enumerate(spots):
        hold, front, wave = cast[i]
        person(bar, vx, feet, 250, volunteer(i), front=front, vest=VEST_ORANGE, hold=hold,
               arm_up=wave, gloves=(226, 226, 216), light=0.9)
    s.blit(reflect(bar, edge, rng, (200, 150, 150), 150, 3), (0, 0))
    # Back light: everything on the bar is a little darker and warmer than the sky.
    veil = bar.copy()
    veil.fill((200, 170, 170, 255), special_flags=pygame.BLEND_RGBA_MULT)
    s.blit(veil, (0, 0))
    # The near bank: grass tufts with golden tips and wet stones.
    blob(s, (46, 56, 44), [(-40, 910), (300, 880), (700, 920), (1100, 900), (1660, 870),
                           (1660, 1060), (-40, 1060)])
    for _ in range(90):
        gx = rng.randint(0, W)
        gy = 900 + rng.randint(0, 100)
        for k in range(5):
            a = -math.pi / 2 + rng.uniform(-0.5, 0.5)
            ln = rng.randint(30, 70)
            tip = (gx + ln * math.cos(a), gy + ln * math.sin(a))
            pygame.draw.line(s, mix((60, 80, 50), (230, 180, 100), rng.random() * 0.7), (gx, gy),
                             tip, 3)
    for _ in range(14):
        x, y = rng.randint(0, W), rng.randint(920, 990)
        w = rng.randint(40, 90)
        pygame.draw.ellipse(s, (96, 90, 96), (x, y, w, w // 2))
        pygame.draw.arc(s, (250, 190, 150), (x, y, w, w // 2), math.pi * 0.4, math.pi, 3)
    # A last warm haze.
    haze(s, (255, 170, 100), 18)
    return s


def river_later(rng: random.Random) -> pygame.Surface:
    """The same morning, a little later: the volunteers beside their pile of filled bags."""
    s = pygame.Surface((W, H))
    shore = 470
    sun = (1330, 150)
    vgradient(s, pygame.Rect(0, 0, W, shore), [(0, (120, 160, 214)), (0.7, (236, 206, 180)),
                                              (1, (252, 226, 186))])
    glow(s, sun, 380, (255, 220, 150), 0.8)
    pygame.draw.circle(s, (255, 250, 232), sun, 36)
    mountains(s, rng, shore, 200, (146, 140, 170), (246, 240, 244), snowline=56)
    mountains(s, rng, shore, 330, (96, 110, 110), step=90)
    for _ in range(26):
        tx = rng.randint(-40, W + 40)
        if rng.random() < 0.5:
            tw, th = rng.randint(34, 54), rng.randint(140, 210)
        else:
            tw, th = rng.randint(90, 150), rng.randint(80, 120)
        pygame.draw.ellipse(s, mix((52, 90, 60), (90, 120, 70), rng.random()),
                            (tx - tw // 2, shore - th + 10, tw, th))
    sky_part = s.copy()
    vgradient(s, pygame.Rect(0, shore, W, 200), [(0, (200, 196, 190)), (1, (110, 130, 150))])
    s.blit(reflect(sky_part, shore, rng, (220, 220, 226), 220, 3), (0, 0))
    for _ in range(120):
        y = rng.randint(shore + 4, 640)
        x = rng.randint(0, W)
        pygame.draw.line(s, (240, 236, 220), (x, y), (x + rng.randint(10, 40), y), 2)
    # The gravel bar, seen from close by.
    blob(s, (150, 132, 124), [(-60, 650), (400, 620), (900, 610), (1660, 630), (1660, 1060),
                              (-60, 1060)])
    for _ in range(420):
        x, y = rng.randint(0, W), rng.randint(640, H)
        k = (y - 620) / 380
        pygame.draw.ellipse(s, mix((170, 150, 140), (214, 196, 180), rng.random()),
                            (x, y, round(10 + 26 * k), round(6 + 14 * k)))
    # A pile of filled bags on the left, and a few bottles.
    for k in range(14):
        bx = 150 + (k % 5) * 74 + (k // 5) * 36
        by = 900 - (k // 5) * 60
        sack(s, bx, by, 44, k)
    # The same volunteers, standing together, two of them waving.
    for i, vx in enumerate((620, 780, 930, 1090, 1250, 1410)):
        feet = 900 + (i % 2) * 30
        person(s, vx, feet, 400, volunteer(i), front=True, vest=VEST_ORANGE,
               arm_up=i in (1, 4), gloves=(226, 226, 216))
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


# ---------------------------------------------------------------- the parody picture


def lake_sign(rng: random.Random) -> pygame.Surface:
    """A summer lake with a beach, and a road sign crudely "renamed" by a parody account."""
    s = pygame.Surface((W, H))
    horizon = 430
    vgradient(s, pygame.Rect(0, 0, W, horizon), [(0, (70, 150, 230)), (1, (200, 230, 248))])
    # Far mountains, pale, and the flat far shore.
    mountains(s, rng, horizon, 300, (170, 184, 206), (236, 240, 248), snowline=40)
    pygame.draw.rect(s, (196, 190, 150), (0, horizon - 12, W, 14))
    # Turquoise water with little wave lines, then the sand.
    vgradient(s, pygame.Rect(0, horizon, W, 330), [(0, (70, 170, 196)), (1, (60, 206, 210))])
    for _ in range(160):
        y = rng.randint(horizon + 6, horizon + 320)
        x = rng.randint(0, W)
        w = 10 + (y - horizon) // 6
        pygame.draw.line(s, (200, 244, 244), (x, y), (x + w, y), 2 + (y - horizon) // 120)
    blob(s, (236, 216, 168), [(-60, 760), (400, 720), (900, 740), (1300, 700), (1660, 720),
                              (1660, 1060), (-60, 1060)])
    pygame.draw.line(s, (250, 250, 246), (0, 752), (W, 712), 6)
    # Beach umbrellas.
    for ux, colour in ((220, (230, 70, 60)), (520, (250, 200, 60)), (820, (60, 150, 220))):
        pygame.draw.line(s, (90, 80, 70), (ux, 740), (ux + 10, 880), 8)
        pygame.draw.polygon(s, colour, [(ux - 120, 760), (ux, 690), (ux + 120, 760)])
        for k in range(-2, 3):
            pygame.draw.line(s, mix(colour, (255, 255, 255), 0.4), (ux, 690),
                             (ux + k * 60, 760), 3)
    # The sign on two posts, on the right.
    sign = pygame.Rect(1000, 330, 520, 300)
    for px in (sign.left + 90, sign.right - 90):
        pygame.draw.rect(s, (150, 150, 156), (px - 10, sign.bottom - 10, 20, 330))
    pygame.draw.rect(s, (255, 255, 255), sign, border_radius=14)
    pygame.draw.rect(s, (20, 20, 24), sign.inflate(-20, -20), 8, border_radius=10)
    font = pygame.font.Font(str(FONT_BOLD), 84)
    old = font.render("АЛАКӨЛ", True, (20, 20, 24))
    s.blit(old, old.get_rect(center=(sign.centerx, sign.top + 90)))
    pygame.draw.line(s, (220, 30, 40), (sign.left + 60, sign.top + 130),
                     (sign.right - 60, sign.top + 50), 16)
    # The "new name", pasted on a slightly tilted patch of another colour.
    patch = pygame.Surface((430, 120), pygame.SRCALPHA)
    patch.fill((255, 236, 90, 255))
    label = pygame.font.Font(str(FONT_BOLD), 80).render("ВАЙБКӨЛ", True, (200, 30, 120))
    patch.blit(label, label.get_rect(center=(215, 60)))
    patch = pygame.transform.rotate(patch, 4)
    s.blit(patch, patch.get_rect(center=(sign.centerx, sign.top + 214)))
    return s


# ---------------------------------------------------------------- main


def main() -> int:
    """Draw every picture and report its size; exit 1 if one is over the size budget."""
    pygame.init()
    fair = charity_fair(random.Random(SEED + 1))
    pictures = {
        "cropped-crowd-photo-original.png": fair,
        "cropped-crowd-photo.png": darken_crop(fair),
        "river-clean-up-photo.png": river_sunrise(random.Random(SEED + 3)),
        "river-clean-up-other-shot.png": river_later(random.Random(SEED + 4)),
        "metro-map-leak-preview.png": metro_map(),
        "lake-alakol-satire.png": lake_sign(random.Random(SEED + 6)),
    }
    status = save_pictures(pictures)
    pygame.quit()
    return status


if __name__ == "__main__":
    sys.exit(main())
