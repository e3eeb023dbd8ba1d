"""Water under the mountains: the river clean-up at sunrise (two shots) and the lake parody."""

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    BAG,
    FONT_BOLD,
    H,
    W,
    Color,
    blob,
    glow,
    haze,
    mix,
    person,
    vgradient,
)
import pygame

VEST_ORANGE: Color = (250, 116, 34)


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
    return random.Random(515000 + i)


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


# ---------------------------------------------------------------- the river clean-up


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


# ---------------------------------------------------------------- the parody account's lake


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


PICTURES = {
    "river-clean-up-photo.png": lambda: river_sunrise(random.Random(5153)),
    "river-clean-up-other-shot.png": lambda: river_later(random.Random(5154)),
    "lake-alakol-satire.png": lambda: lake_sign(random.Random(5156)),
}
