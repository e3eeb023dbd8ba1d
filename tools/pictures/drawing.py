"""Helpers shared by the picture modules: colours, light, shapes, text and people."""

# Every picture is drawn at SS times its final SIZE (W x H) and smooth-scaled down by scaled()
# (cheap anti-aliasing), each from its own seeded random generator, so the same code always
# draws the same pixels. Importing this module sets up pygame to run without a window, so the
# picture modules import it before pygame itself.

from __future__ import annotations

import math
import os
import random
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"  # never open a window, whatever the desktop asks for
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402  (the environment above must be set first)

ROOT = Path(__file__).resolve().parents[2]
FONT_BOLD = ROOT / "quest" / "data" / "fonts" / "NotoSans-Bold.ttf"
FONT_REGULAR = ROOT / "quest" / "data" / "fonts" / "NotoSans-Regular.ttf"
SIZE = (800, 500)  # final size of every picture
SS = 2  # supersampling factor: drawn at SS x SIZE, then smooth-scaled down
W, H = SIZE[0] * SS, SIZE[1] * SS

Color = tuple[int, int, int]


def scaled(big: pygame.Surface) -> pygame.Surface:
    """The picture at its final SIZE: the supersampled drawing, smooth-scaled down."""
    return pygame.transform.smoothscale(big, SIZE)


# ---------------------------------------------------------------- colours and fills


def mix(a: Color, b: Color, t: float) -> Color:
    """The colour a fraction t of the way from a to b."""
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def vgradient(surf: pygame.Surface, rect: pygame.Rect, stops: list[tuple[float, Color]]) -> None:
    """Fill rect with a vertical gradient through (position 0..1, colour) stops."""
    for y in range(rect.top, rect.bottom):
        t = (y - rect.top) / max(1, rect.height - 1)
        for (p0, c0), (p1, c1) in zip(stops, stops[1:]):
            if p0 <= t <= p1:
                colour = mix(c0, c1, (t - p0) / max(1e-9, p1 - p0))
                break
        else:
            colour = stops[-1][1]
        pygame.draw.line(surf, colour, (rect.left, y), (rect.right - 1, y))


def glow(surf: pygame.Surface, centre: tuple[int, int], radius: int, colour: Color,
         strength: float = 1.0, steps: int = 24) -> None:
    """Add a soft round light (additive) of `steps` rings, brightest in the middle."""
    # Rings from the rim inwards, each added on top: the light grows smoothly to the centre.
    step_colour = tuple(min(255, round(c * strength * 0.9 / steps)) for c in colour)
    acc = pygame.Surface((radius * 2, radius * 2))
    acc.fill((0, 0, 0))
    ring = pygame.Surface((radius * 2, radius * 2))
    for i in range(steps):
        ring.fill((0, 0, 0))
        r = max(1, round(radius * (1 - i / steps)))
        pygame.draw.circle(ring, step_colour, (radius, radius), r)
        acc.blit(ring, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    surf.blit(acc, (centre[0] - radius, centre[1] - radius), special_flags=pygame.BLEND_RGB_ADD)


def haze(surf: pygame.Surface, colour: Color, alpha: int, top: int = 0, bottom: int = H) -> None:
    """Lay a flat veil (smog, mist, warm light) of colour and alpha over a band of the picture."""
    veil = pygame.Surface((surf.get_width(), bottom - top), pygame.SRCALPHA)
    veil.fill(colour + (alpha,))
    surf.blit(veil, (0, top))


def blurred(surf: pygame.Surface, factor: int) -> pygame.Surface:
    """A soft-focus copy: scaled down by factor and back up."""
    w, h = surf.get_size()
    small = pygame.transform.smoothscale(surf, (max(1, w // factor), max(1, h // factor)))
    return pygame.transform.smoothscale(small, (w, h))


# ---------------------------------------------------------------- curves and shapes


def catmull_rom(points, closed: bool = True, steps: int = 12) -> list[tuple[float, float]]:
    """A smooth curve through the points, `steps` points a segment (closed outline by default)."""
    pts = list(points)
    n = len(pts)
    out = []
    segments = n if closed else n - 1
    for i in range(segments):
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else pts[-1]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(tuple(
                0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k]
                       - p3[k]) * t2 + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3)
                for k in range(2)))
    if not closed:
        out.append(pts[-1])
    return out


def bezier(p0, p1, p2, p3, t: float) -> tuple[float, float]:
    """A point of a cubic Bezier curve."""
    u = 1 - t
    return tuple(u ** 3 * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t ** 3 * p3[k]
                 for k in range(2))


def blob(surf: pygame.Surface, colour, points, offset=(0, 0), steps: int = 12) -> None:
    """Fill the smooth closed shape through points (catmull_rom with `steps`), moved by offset."""
    ox, oy = offset
    pygame.draw.polygon(surf, colour, [(x + ox, y + oy)
                                       for x, y in catmull_rom(points, steps=steps)])


def clip_to(layer: pygame.Surface, shape: pygame.Surface) -> None:
    """Keep layer only where shape is opaque (multiplies layer's alpha by shape's)."""
    stencil = shape.copy()
    stencil.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
    layer.blit(stencil, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)


def tube(surf: pygame.Surface, colour, pts, r0: float, r1: float) -> None:
    """A thick stroke along pts whose radius goes from r0 to r1."""
    n = len(pts) - 1
    for i, (x, y) in enumerate(pts):
        r = r0 + (r1 - r0) * i / max(1, n)
        pygame.draw.circle(surf, colour, (round(x), round(y)), max(1, round(r)))


def capsule(s: pygame.Surface, colour, p0, p1, width: float) -> None:
    """A thick line with round ends (an arm, a leg)."""
    r = max(1, round(width / 2))
    pygame.draw.line(s, colour, p0, p1, max(1, round(width)))
    pygame.draw.circle(s, colour, (round(p0[0]), round(p0[1])), r)
    pygame.draw.circle(s, colour, (round(p1[0]), round(p1[1])), r)


# ---------------------------------------------------------------- festive decoration


def rays(surf: pygame.Surface, count: int, alpha: int) -> None:
    """Light rays from the centre of the picture: `count` wedges, each half a step wide."""
    layer = pygame.Surface((W, H), pygame.SRCALPHA)
    cx, cy = W // 2, H // 2
    for k in range(count):
        a0 = k * math.tau / count
        a1 = a0 + math.tau / (count * 2)
        pygame.draw.polygon(layer, (255, 255, 255, alpha),
                            [(cx, cy), (cx + 1800 * math.cos(a0), cy + 1800 * math.sin(a0)),
                             (cx + 1800 * math.cos(a1), cy + 1800 * math.sin(a1))])
    surf.blit(layer, (0, 0))


def confetti(surf: pygame.Surface, rng, count: int, colours: list[Color], piece: tuple[int, int],
             clear: tuple[int, int, int, int]) -> None:
    """Strips of paper at random angles, none inside the clear box (left, top, right, bottom)."""
    left, top, right, bottom = clear
    for _ in range(count):
        x, y = rng.randint(0, W), rng.randint(0, H)
        if left < x < right and top < y < bottom:
            continue
        strip = pygame.Surface(piece, pygame.SRCALPHA)
        strip.fill(rng.choice(colours) + (255,))
        strip = pygame.transform.rotate(strip, rng.randint(0, 180))
        surf.blit(strip, (x, y))


def sparkles(surf: pygame.Surface, rng, count: int, colour: Color,
             clear: tuple[int, int, int, int]) -> None:
    """Four-pointed stars, none inside the clear box (left, top, right, bottom)."""
    left, top, right, bottom = clear
    for _ in range(count):
        x, y = rng.randint(60, W - 60), rng.randint(40, H - 40)
        if left < x < right and top < y < bottom:
            continue
        r = rng.randint(14, 30)
        pygame.draw.polygon(surf, colour, [(x, y - r), (x + r // 5, y - r // 5), (x + r, y),
                                           (x + r // 5, y + r // 5), (x, y + r),
                                           (x - r // 5, y + r // 5), (x - r, y),
                                           (x - r // 5, y - r // 5)])


# ---------------------------------------------------------------- text


def font(size: int, bold: bool = True) -> pygame.font.Font:
    """Noto Sans, bold unless told otherwise, at size pixels."""
    return pygame.font.Font(str(FONT_BOLD if bold else FONT_REGULAR), size)


def text(surf, words: str, size: int, colour, pos, anchor: str = "topleft",
         bold: bool = True) -> None:
    """Write words with their anchor point (topleft, center, midright...) at pos."""
    img = font(size, bold).render(words, True, colour)
    surf.blit(img, img.get_rect(**{anchor: pos}))


def alpha_rect(surf, colour_alpha, rect, radius: int = 0) -> None:
    """Lay a see-through rectangle (colour with alpha, rounded by radius) over rect."""
    layer = pygame.Surface(rect[2:], pygame.SRCALPHA)
    pygame.draw.rect(layer, colour_alpha, layer.get_rect(), border_radius=radius)
    surf.blit(layer, rect[:2])


# ---------------------------------------------------------------- people

SKINS: list[Color] = [(236, 196, 160), (222, 176, 136), (200, 150, 112), (176, 128, 94)]
HAIRS: list[Color] = [(34, 28, 24), (54, 40, 30), (80, 60, 44), (24, 22, 22), (120, 116, 110)]
COATS: list[Color] = [(70, 80, 110), (120, 60, 60), (60, 96, 80), (150, 120, 90), (90, 90, 96),
                      (40, 44, 56), (170, 140, 110), (110, 70, 110), (60, 110, 150),
                      (190, 170, 150)]
TROUSERS: list[Color] = [(40, 44, 60), (30, 30, 36), (70, 70, 80), (60, 50, 44)]
SCARVES: list[Color] = [(200, 60, 80), (230, 200, 90), (90, 140, 200), (240, 240, 236),
                        (150, 90, 150), (220, 120, 60)]
BAG: Color = (52, 62, 88)  # the rubbish bags: dark blue


def person(s: pygame.Surface, x: float, feet: float, h: float, rng: random.Random, *,
           front: bool = False, vest: Color | None = None, coat: Color | None = None,
           scarf: Color | None = None, smile: bool = True, hold: str | None = None,
           arm_up: bool = False, gloves: Color | None = None, long_hair: bool | None = None,
           light: float = 0.0) -> None:
    """A stylised person standing with the feet at (x, feet), h tall."""
    # front: the face is towards us (eyes and a smile), else we see the back of the head.
    # vest: a high-visibility vest over the coat. hold: 'loaf' or 'bag' in front of the body,
    # 'grabber' in the left hand. arm_up: the right arm raised (waving). gloves: colour of the
    # hands. light: 0..1, a warm back light on the left edge (a low sun behind the person).
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
