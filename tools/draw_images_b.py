"""Draw the pictures of scenario set B into scenarios/images/.

Run from the repository root:  python tools/draw_images_b.py

Like tools/draw_images.py, every picture is drawn at twice its size and scaled down (cheap
anti-aliasing), from a seeded random generator, so the same code always writes the same files.

- zoo-new-cubs.png: two snow-leopard cubs on a log in their enclosure (a genuine photo).
- flooded-street-ai.png: an "AI-generated" flooded street with a floating bus. Its tell-tale
  oddities are drawn on purpose, visible but not loud: shop signs whose letters melt, a lamp
  post that bends into a tree trunk, a reflection of the bus that does not match the bus.
- weather-warning-kazhydromet.png: an agency photo of a windy day in Astana (news article).
- bus-fare-change.png: a city bus at a stop (the transport operator's post).
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
    bezier,
    blob,
    clip_to,
    glow,
    haze,
    mix,
    save_pictures,
    vgradient,
)
import pygame  # noqa: E402

SEED = 4242


# ---------------------------------------------------------------- helpers


def blurred(surf: pygame.Surface, factor: int) -> pygame.Surface:
    """A soft-focus copy: scaled down by factor and back up."""
    w, h = surf.get_size()
    small = pygame.transform.smoothscale(surf, (max(1, w // factor), max(1, h // factor)))
    return pygame.transform.smoothscale(small, (w, h))


def tube(surf: pygame.Surface, colour, pts, r0: float, r1: float) -> None:
    """A thick stroke along pts whose radius goes from r0 to r1."""
    n = len(pts) - 1
    for i, (x, y) in enumerate(pts):
        r = r0 + (r1 - r0) * i / max(1, n)
        pygame.draw.circle(surf, colour, (round(x), round(y)), max(1, round(r)))


# ---------------------------------------------------------------- the snow-leopard cubs

FUR: Color = (222, 216, 204)
FUR_SHADE: Color = (188, 180, 168)
PALE: Color = (244, 241, 234)
SPOT: Color = (66, 62, 58)


def cub_head(layer: pygame.Surface, rng: random.Random, cx: float, cy: float, k: float,
             tilt: float = 0.0) -> None:
    """A cub's face seen from the front, centred on (cx, cy), scale k, tilted by tilt degrees."""
    size = round(340 * k)
    head = pygame.Surface((size, size), pygame.SRCALPHA)
    o = size / 2

    def p(x, y):
        return (o + x * k, o + y * k)

    def r(v):
        return max(1, round(v * k))

    # Ears: dark backs, pale insides.
    for sx in (-1, 1):
        pygame.draw.circle(head, (96, 90, 86), p(sx * 86, -78), r(42))
        pygame.draw.circle(head, (200, 190, 180), p(sx * 84, -74), r(26))
    # Skull and cheeks: wide and round, as in a young cat.
    pygame.draw.ellipse(head, FUR, (o - 125 * k, o - 108 * k, 250 * k, 206 * k))
    blob(head, FUR, [p(-128, 10), p(-100, 80), p(-40, 108), p(40, 108), p(100, 80), p(128, 10),
                     p(0, 40)])
    face = pygame.Surface(head.get_size(), pygame.SRCALPHA)
    face.blit(head, (0, 0))
    # Spots on the forehead and cheeks, none on the eyes and muzzle.
    spots = pygame.Surface(head.get_size(), pygame.SRCALPHA)
    placed: list[tuple[float, float]] = []
    for _ in range(900):
        x, y = rng.uniform(-120, 120), rng.uniform(-104, 96)
        if y > -28 and abs(x) < 78 and y < 104:
            continue  # eyes and muzzle stay clean
        if any((x - a) ** 2 + (y - b) ** 2 < 20 ** 2 for a, b in placed):
            continue
        placed.append((x, y))
        pygame.draw.circle(spots, SPOT + (255,), p(x, y), r(rng.uniform(3.5, 6.5)))
        if len(placed) > 40:
            break
    clip_to(spots, face)
    head.blit(spots, (0, 0))
    # Eyes: big and round, blue-grey as in cubs, with a dark rim and a highlight.
    for sx in (-1, 1):
        ex, ey = sx * 48, -8
        pygame.draw.ellipse(head, (44, 40, 38), (o + (ex - 28) * k, o + (ey - 20) * k,
                                                56 * k, 40 * k))
        pygame.draw.ellipse(head, (150, 182, 204), (o + (ex - 22) * k, o + (ey - 15) * k,
                                                   44 * k, 30 * k))
        pygame.draw.ellipse(head, (22, 22, 26), (o + (ex - 7) * k, o + (ey - 13) * k,
                                                14 * k, 26 * k))
        pygame.draw.circle(head, (255, 255, 255), p(ex + 7 * sx, ey - 6), r(5))
        pygame.draw.line(head, (80, 74, 70), p(sx * 26, 6), p(sx * 20, 30), r(4))
    # Muzzle, nose and mouth.
    for sx in (-1, 1):
        pygame.draw.ellipse(head, PALE, (o + (sx * 24 - 30) * k, o + 30 * k, 60 * k, 46 * k))
    pygame.draw.ellipse(head, PALE, (o - 30 * k, o + 58 * k, 60 * k, 30 * k))
    pygame.draw.polygon(head, (198, 146, 146), [p(-17, 18), p(17, 18), p(0, 36)])
    pygame.draw.line(head, (96, 80, 78), p(0, 36), p(0, 50), r(3))
    pygame.draw.arc(head, (96, 80, 78), (o - 26 * k, o + 34 * k, 26 * k, 24 * k),
                    math.pi, 2 * math.pi, r(3))
    pygame.draw.arc(head, (96, 80, 78), (o, o + 34 * k, 26 * k, 24 * k), math.pi, 2 * math.pi,
                    r(3))
    for sx in (-1, 1):  # whisker dots and whiskers
        for dy in (44, 54):
            pygame.draw.circle(head, (120, 110, 104), p(sx * 34, dy), r(2))
        for dy in (-10, 0, 12):
            pygame.draw.line(head, (250, 250, 246), p(sx * 52, 50), p(sx * 150, 40 + dy * 2), r(2))
    # A little shade under the chin and on the top of the head.
    shade = pygame.Surface(head.get_size(), pygame.SRCALPHA)
    for y in range(0, size, 3):
        a = max(0, round(40 * (1 - y / (size * 0.4))))
        pygame.draw.rect(shade, (60, 54, 48, a), (0, y, size, 3))
    clip_to(shade, face)
    head.blit(shade, (0, 0))
    if tilt:
        head = pygame.transform.rotozoom(head, tilt, 1.0)
    layer.blit(head, head.get_rect(center=(round(cx), round(cy))))


def fur_spots(layer: pygame.Surface, shape: pygame.Surface, rng: random.Random,
              box: pygame.Rect, count: int, r0: float, r1: float, gap: float) -> None:
    """Scatter dark spots and small rosettes inside shape (within box)."""
    spots = pygame.Surface(layer.get_size(), pygame.SRCALPHA)
    mask = pygame.mask.from_surface(shape)
    placed: list[tuple[int, int]] = []
    for _ in range(count * 60):
        if len(placed) >= count:
            break
        x, y = rng.randint(box.left, box.right), rng.randint(box.top, box.bottom)
        if not (0 <= x < layer.get_width() and 0 <= y < layer.get_height()):
            continue
        if not mask.get_at((x, y)):
            continue
        if any((x - a) ** 2 + (y - b) ** 2 < gap ** 2 for a, b in placed):
            continue
        placed.append((x, y))
        rad = rng.uniform(r0, r1)
        if rad > 11:  # a young rosette: a ring of blotches
            start = rng.uniform(0, math.tau)
            for j in range(5):
                if rng.random() < 0.2:
                    continue  # a gap in the ring
                a = start + j * math.tau / 5 + rng.uniform(-0.2, 0.2)
                pygame.draw.ellipse(spots, SPOT + (255,), (round(x + rad * math.cos(a) - rad * 0.4),
                                                           round(y + rad * math.sin(a) - rad * 0.3),
                                                           round(rad * 0.8), round(rad * 0.6)))
        else:
            pygame.draw.circle(spots, SPOT + (255,), (x, y), round(rad))
    clip_to(spots, shape)
    layer.blit(spots, (0, 0))


def cub_tail(layer: pygame.Surface, ctrl, r0: float, r1: float) -> None:
    """A thick furry tail along a Bezier curve, ringed with dark bands and a dark tip."""
    pts = [bezier(*ctrl, i / 50) for i in range(51)]
    tube(layer, FUR, pts, r0, r1)
    for i in range(8, 48, 9):
        x, y = pts[i]
        pygame.draw.circle(layer, SPOT, (round(x), round(y)), round((r0 + (r1 - r0) * i / 50) * 0.5))
    x, y = pts[-1]
    pygame.draw.circle(layer, (58, 54, 50), (round(x), round(y)), round(r1 * 0.9))


def sitting_cub(s: pygame.Surface, rng: random.Random, cx: int, cy: int) -> None:
    """A cub sitting up, facing the camera; (cx, cy) is the centre of its face."""
    body = pygame.Surface((W, H), pygame.SRCALPHA)
    # Haunches, body and chest.
    for sx in (-1, 1):
        pygame.draw.ellipse(body, FUR_SHADE, (cx + sx * 110 - 90, cy + 250, 180, 150))
    blob(body, FUR, [(cx - 120, cy + 60), (cx + 120, cy + 60), (cx + 160, cy + 220),
                     (cx + 150, cy + 360), (cx, cy + 390), (cx - 150, cy + 360),
                     (cx - 160, cy + 220)])
    rim = pygame.mask.from_surface(body).to_surface(setcolor=(150, 142, 132, 255),
                                                   unsetcolor=(0, 0, 0, 0))
    for dx, dy in ((-4, 0), (4, 0), (0, 4)):
        s.blit(rim, (dx, dy))
    chest = pygame.Surface((W, H), pygame.SRCALPHA)
    pygame.draw.ellipse(chest, PALE + (255,), (cx - 70, cy + 90, 140, 190))
    clip_to(chest, body)
    body.blit(chest, (0, 0))
    fur_spots(body, body.copy(), rng, pygame.Rect(cx - 160, cy + 100, 320, 280), 22, 7, 15, 34)
    # Front legs and big soft paws.
    legs = pygame.Surface((W, H), pygame.SRCALPHA)
    for sx in (-1, 1):
        pygame.draw.rect(legs, (176, 168, 156), (cx + sx * 52 - 38, cy + 196, 76, 178),
                         border_radius=32)
        pygame.draw.ellipse(legs, (176, 168, 156), (cx + sx * 56 - 54, cy + 342, 108, 66))
    for sx in (-1, 1):
        pygame.draw.rect(legs, FUR, (cx + sx * 52 - 34, cy + 200, 68, 170), border_radius=30)
        pygame.draw.ellipse(legs, FUR, (cx + sx * 56 - 50, cy + 346, 100, 58))
    fur_spots(legs, legs.copy(), rng, pygame.Rect(cx - 90, cy + 200, 180, 150), 8, 5, 7, 26)
    for sx in (-1, 1):
        for t in (-18, 0, 18):
            pygame.draw.line(legs, (170, 162, 150), (cx + sx * 56 + t, cy + 382),
                             (cx + sx * 56 + t, cy + 398), 3)
    body.blit(legs, (0, 0))
    s.blit(body, (0, 0))
    # The tail curls round in front of the paws.
    cub_tail(s, [(cx + 150, cy + 360), (cx + 260, cy + 420), (cx + 60, cy + 440),
                 (cx - 140, cy + 410)], 30, 34)
    cub_head(s, rng, cx, cy, 1.0, tilt=7)


def lying_cub(s: pygame.Surface, rng: random.Random, cx: int, cy: int) -> None:
    """A cub lying on its belly, chin up, paws stretched forward; (cx, cy) is its face."""
    body = pygame.Surface((W, H), pygame.SRCALPHA)
    blob(body, FUR, [(cx - 60, cy + 20), (cx + 120, cy - 40), (cx + 300, cy - 20),
                     (cx + 380, cy + 60), (cx + 340, cy + 150), (cx + 120, cy + 170),
                     (cx - 60, cy + 140)])
    rim = pygame.mask.from_surface(body).to_surface(setcolor=(150, 142, 132, 255),
                                                   unsetcolor=(0, 0, 0, 0))
    for dx, dy in ((-4, 0), (4, 0), (0, -4), (0, 4)):
        s.blit(rim, (dx, dy))
    pygame.draw.ellipse(body, FUR_SHADE, (cx + 210, cy + 40, 170, 120))  # hind leg
    fur_spots(body, body.copy(), rng, pygame.Rect(cx + 40, cy - 40, 340, 200), 20, 7, 16, 36)
    s.blit(body, (0, 0))
    cub_tail(s, [(cx + 360, cy + 110), (cx + 440, cy + 150), (cx + 430, cy + 260),
                 (cx + 380, cy + 330)], 28, 30)
    paws = pygame.Surface((W, H), pygame.SRCALPHA)
    for sx in (-1, 1):
        pygame.draw.ellipse(paws, FUR, (cx + sx * 70 - 55, cy + 96, 110, 62))
    fur_spots(paws, paws.copy(), rng, pygame.Rect(cx - 130, cy + 96, 260, 40), 5, 4, 6, 30)
    for sx in (-1, 1):
        for t in (-20, 0, 20):
            pygame.draw.line(paws, (170, 162, 150), (cx + sx * 70 + t, cy + 140),
                             (cx + sx * 70 + t, cy + 156), 3)
    s.blit(paws, (0, 0))
    cub_head(s, rng, cx, cy, 0.9, tilt=-5)


def zoo_cubs(rng: random.Random) -> pygame.Surface:
    """Two snow-leopard cubs on a log in a green, rocky enclosure, in soft daylight."""
    bg = pygame.Surface((W, H))
    vgradient(bg, bg.get_rect(), [(0, (150, 178, 120)), (0.5, (120, 150, 96)),
                                  (1, (98, 128, 78))])
    # Foliage at the top, a rock wall in the middle distance.
    for _ in range(60):
        x, y = rng.randint(-60, W + 60), rng.randint(-60, 200)
        pygame.draw.circle(bg, mix((64, 112, 58), (136, 178, 92), rng.random()), (x, y),
                           rng.randint(60, 120))
    for i in range(9):
        x = -80 + i * 210 + rng.randint(-30, 30)
        y = 260 + rng.randint(-50, 40)
        w, h = rng.randint(240, 340), rng.randint(200, 300)
        base = mix((150, 140, 126), (186, 176, 160), rng.random())
        pygame.draw.ellipse(bg, base, (x, y, w, h))
        pygame.draw.ellipse(bg, mix(base, (230, 224, 210), 0.35), (x + w * 0.15, y + 10,
                                                                  w * 0.6, h * 0.35))
    vgradient(bg, pygame.Rect(0, 540, W, 460), [(0, (118, 150, 84)), (1, (86, 122, 64))])
    for _ in range(500):  # grass blades
        x, y = rng.randint(0, W), rng.randint(540, H)
        pygame.draw.line(bg, mix((70, 110, 50), (150, 186, 96), rng.random()), (x, y),
                         (x + rng.randint(-8, 8), y - rng.randint(12, 30)), 3)
    glow(bg, (1300, 80), 520, (255, 240, 190), 0.55)
    s = blurred(bg, 10)  # the background is out of focus, as in a zoom shot

    # The log: a thick trunk across the picture, its cut end on the left.
    log_top, log_bottom = 700, 880
    pygame.draw.rect(s, (112, 82, 56), (150, log_top, 1500, log_bottom - log_top))
    for y in range(log_top, log_bottom, 4):  # rounded shading
        t = (y - log_top) / (log_bottom - log_top)
        c = mix((150, 116, 80), (78, 56, 40), t ** 1.3)
        pygame.draw.line(s, c, (150, y), (W, y), 4)
    for _ in range(26):  # bark furrows
        x = rng.randint(200, W)
        y = rng.randint(log_top + 10, log_bottom - 20)
        pygame.draw.line(s, (70, 50, 36), (x, y), (x + rng.randint(80, 200), y + rng.randint(-6, 6)), 4)
    pygame.draw.ellipse(s, (96, 70, 48), (90, log_top, 130, log_bottom - log_top))
    pygame.draw.ellipse(s, (196, 160, 112), (100, log_top + 8, 110, log_bottom - log_top - 16))
    for k in range(1, 5):  # growth rings
        pygame.draw.ellipse(s, (168, 132, 92), (100 + k * 11, log_top + 8 + k * 16,
                                                110 - k * 22, log_bottom - log_top - 16 - k * 32), 3)
    # Soft shadows of the cubs on the log.
    shadow = pygame.Surface((W, H), pygame.SRCALPHA)
    pygame.draw.ellipse(shadow, (40, 30, 20, 90), (360, log_top + 2, 420, 60))
    pygame.draw.ellipse(shadow, (40, 30, 20, 90), (880, log_top + 4, 560, 56))
    s.blit(shadow, (0, 0))

    sitting_cub(s, rng, 560, 318)
    lying_cub(s, rng, 1000, 570)
    # Grass in focus in front of the log.
    for _ in range(140):
        x = rng.randint(0, W)
        pygame.draw.line(s, mix((60, 100, 44), (130, 170, 80), rng.random()), (x, H),
                         (x + rng.randint(-30, 30), H - rng.randint(40, 120)), 5)
    return s


# ---------------------------------------------------------------- the "AI" flooded street
#
# A street drawn in true perspective: world coordinates in metres (X to the right, Y up, Z away
# from the camera), projected onto the picture. The water is the plane Y = WATER; everything is
# clipped at it, and the reflection is the scene mirrored in it. The oddities of an AI picture are
# drawn on purpose: the signs' letters melt, the nearest lamp post on the right turns into a tree
# trunk half-way up, and the bus in the reflection is upright, turned the other way and has a red
# stripe, while the real bus is tilted and has a green one.

VPX, VPY = 800, 430  # vanishing point
F = 800  # focal length, in pixels of the supersampled picture
CAMH = 5.5  # camera height, metres (a first-floor balcony)
WATER = 1.3  # water level, metres
STREET = 16  # the facades stand at X = -STREET and X = +STREET


def proj(p, mirror: bool = False) -> tuple[float, float]:
    """Where the world point p = (X, Y, Z) falls in the picture (mirror: its reflection)."""
    x, y, z = p
    if mirror:
        y = 2 * WATER - y
    return (VPX + F * x / z, VPY - F * (y - CAMH) / z)


def clip_above(poly, level: float = WATER):
    """The part of a 3D polygon above the plane Y = level (Sutherland-Hodgman)."""
    out = []
    n = len(poly)
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        ina, inb = a[1] >= level, b[1] >= level
        if ina:
            out.append(a)
        if ina != inb:
            t = (level - a[1]) / (b[1] - a[1])
            out.append(tuple(a[k] + (b[k] - a[k]) * t for k in range(3)))
    return out


def poly3(surf, colour, pts, mirror: bool = False, clip: bool = True, width: int = 0) -> None:
    """Draw a 3D polygon, clipped above the water unless clip is False."""
    if clip:
        pts = clip_above(pts)
    if len(pts) >= 3:
        pygame.draw.polygon(surf, colour, [proj(q, mirror) for q in pts], width)


def melted_text(text: str, height: int, colour, rng: random.Random, melt: float = 1.0):
    """Letters that look like a word from afar and melt into nonsense up close."""
    font = pygame.font.Font(str(FONT_BOLD), height)
    flat = font.render(text, True, colour)
    w, h = flat.get_size()
    out = pygame.Surface((w + 8, h + height // 2), pygame.SRCALPHA)
    phase = rng.uniform(0, math.tau)
    for x in range(w):  # each column sags by its own amount: the strokes bend and drip
        sag = melt * (height * 0.10 * math.sin(x / (height * 0.23) + phase)
                      + height * 0.16 * max(0.0, math.sin(x / (height * 0.61) + 2 * phase)) ** 3)
        out.blit(flat, (x + round(melt * 2 * math.sin(x / 7)), round(sag)), (x, 0, 1, h))
    for _ in range(max(1, round(3 * melt))):  # a few drips hanging from the letters
        x = rng.randint(2, w - 2)
        top = h * 0.7
        pygame.draw.line(out, colour, (x, top), (x + rng.randint(-2, 2), top + rng.randint(
            height // 5, height // 2)), max(2, height // 10))
    return out


def blade_sign(surf, rng, z: float, x0: float, x1: float, y0: float, y1: float, face, ink,
               text: str, cross: bool = False, mirror: bool = False) -> None:
    """A sign sticking out from a facade, facing the camera, with melted letters."""
    (ax, ay), (bx, by) = proj((x0, y1, z), mirror), proj((x1, y0, z), mirror)
    rect = pygame.Rect(round(min(ax, bx)), round(min(ay, by)), round(abs(bx - ax)),
                       round(abs(by - ay)))
    pygame.draw.rect(surf, (40, 40, 44), rect.inflate(8, 8), border_radius=6)
    pygame.draw.rect(surf, face, rect, border_radius=4)
    if mirror:
        return
    left = rect.left + 10
    if cross:  # a pharmacy cross whose arms are not quite equal
        c = (rect.left + rect.height // 2 + 4, rect.centery)
        arm = rect.height // 3
        pygame.draw.rect(surf, ink, (c[0] - arm // 3, c[1] - arm, arm * 2 // 3, arm * 2 + 6))
        pygame.draw.rect(surf, ink, (c[0] - arm, c[1] - arm // 3 + 4, arm * 2 - 6, arm * 2 // 3))
        left = c[0] + arm + 8
    word = melted_text(text, round(rect.height * 0.5), ink, rng)
    room = rect.right - 8 - left
    if word.get_width() > room:
        word = pygame.transform.smoothscale(word, (room, word.get_height()))
    surf.blit(word, (left, rect.top + rect.height * 0.16))
    pygame.draw.line(surf, (40, 40, 44), proj((x0 if x0 < 0 else x1, y1 + 0.3, z)),
                     proj(((x0 + x1) / 2, y1 + 0.3, z)), 5)


def facades(surf, rng: random.Random, side: int, mirror: bool = False) -> None:
    """The blocks along one side of the street (side -1 left, +1 right), far ones first."""
    x = side * STREET
    cuts = [8, 30, 54, 74, 98, 128, 170]
    palette = [(196, 170, 140), (170, 176, 180), (206, 196, 176), (150, 134, 120),
               (186, 186, 170), (166, 152, 140)]
    rng_local = random.Random(rng.random() if not mirror else 0)
    heights = [21, 16, 24, 15, 19, 14] if side < 0 else [17, 23, 15, 20, 16, 18]
    for i in reversed(range(len(cuts) - 1)):
        z0, z1 = cuts[i], cuts[i + 1]
        top = heights[i]
        wall = palette[(i + (side > 0)) % len(palette)]
        poly3(surf, mix(wall, (60, 64, 72), 0.35), [(x, 0, z0), (x, 0, z1), (x, top, z1),
                                                   (x, top, z0)], mirror)
        poly3(surf, mix(wall, (40, 44, 52), 0.55), [(x, top, z0), (x, top, z1),
                                                   (x, top + 0.6, z1), (x, top + 0.6, z0)],
              mirror)
        # Shop windows on the ground floor, half under water, and rows of windows above.
        z = z0 + 1.2
        while z < z1 - 2.5:
            poly3(surf, (60, 70, 78), [(x, 0.4, z), (x, 0.4, z + 2.6), (x, 3.2, z + 2.6),
                                       (x, 3.2, z)], mirror)
            z += 3.4
        floor = 4.6
        while floor < top - 2:
            z = z0 + 1.0
            while z < z1 - 1.8:
                lit = rng_local.random() < 0.12
                glass = (236, 200, 130) if lit else mix((70, 82, 96), (120, 134, 148),
                                                        rng_local.random() * 0.5)
                poly3(surf, glass, [(x, floor, z), (x, floor, z + 1.3), (x, floor + 1.7, z + 1.3),
                                    (x, floor + 1.7, z)], mirror)
                z += 2.6
            floor += 3.2


def tree(surf, rng: random.Random, x: float, z: float, mirror: bool = False,
         trunk_from: float = WATER) -> None:
    """A street tree: a trunk and a rounded canopy of leaves."""
    pts = [proj((x, y, z), mirror) for y in (trunk_from, 6.5)]
    pygame.draw.line(surf, (66, 50, 40), pts[0], pts[1], max(3, round(F * 0.45 / z)))
    cx, cy = proj((x, 8.2, z), mirror)
    r = F * 2.6 / z
    local = random.Random(round(x * 100 + z))
    for _ in range(16):
        dx, dy = local.uniform(-1, 1) * r, local.uniform(-0.8, 0.7) * r
        colour = mix((46, 86, 50), (96, 136, 74), local.random())
        if mirror:
            dy = -dy
        pygame.draw.circle(surf, colour, (round(cx + dx), round(cy + dy)),
                           round(r * local.uniform(0.45, 0.7)))


def lamp(surf, x: float, z: float, mirror: bool = False) -> None:
    """A street lamp: a pole from the water to 9 m and an arm over the street."""
    side = -1 if x > 0 else 1
    base, top = proj((x, WATER, z), mirror), proj((x, 9, z), mirror)
    arm = proj((x + side * 2.2, 9.2, z), mirror)
    width = max(3, round(F * 0.22 / z))
    pygame.draw.line(surf, (54, 58, 64), base, top, width)
    pygame.draw.line(surf, (54, 58, 64), top, arm, max(2, width * 2 // 3))
    head = pygame.Rect(0, 0, width * 4, width * 2)
    head.center = (round(arm[0]), round(arm[1] + width * (1 if not mirror else -1)))
    pygame.draw.ellipse(surf, (226, 224, 210), head)


def lamp_into_tree(surf, x: float, z: float) -> None:
    """The AI mistake: a lamp post whose pole bends and becomes the trunk of a tree."""
    tx = x + 1.3  # where the trunk should stand
    # The canopy first, high up, so that the strange part of the pole stays in view.
    local = random.Random(7)
    cx, cy = proj((tx + 0.4, 9.6, z))
    r = F * 2.4 / z
    for _ in range(16):
        dx, dy = local.uniform(-1, 1) * r, local.uniform(-0.8, 0.6) * r
        pygame.draw.circle(surf, mix((46, 86, 50), (96, 136, 74), local.random()),
                           (round(cx + dx), round(cy + dy)), round(r * local.uniform(0.45, 0.7)))
    # The pole: straight and grey up to 4.5 m, then it leans, thickens and turns to bark.
    steps = 48
    pts = []
    for i in range(steps + 1):
        t = i / steps
        y = WATER + t * 7.0
        lean = max(0.0, (y - 4.5) / 3.8) ** 1.5
        pts.append(((x + (tx - x) * lean, y, z), lean))
    for (a, la), (b, _) in zip(pts, pts[1:]):
        shade = min(1.0, la * 1.6)
        colour = mix((54, 58, 64), (84, 62, 44), shade)
        width = max(3, round(F * (0.2 + 0.22 * shade) / z))
        pygame.draw.line(surf, colour, proj(a), proj(b), width)
    # Branches grow out of the top of the "pole" into the leaves.
    top = pts[-1][0]
    for dx, dy in ((-1.2, 1.6), (0.2, 2.0), (1.3, 1.4)):
        pygame.draw.line(surf, (84, 62, 44), proj(top), proj((top[0] + dx, top[1] + dy, z)),
                         max(2, round(F * 0.13 / z)))
    # The lamp arm sprouts half-way up and ends in a lamp head that melts into a twig.
    arm0 = proj((x + 0.15, 5.6, z))
    arm1 = proj((x - 1.6, 6.2, z))
    pygame.draw.line(surf, (54, 58, 64), arm0, arm1, max(2, round(F * 0.13 / z)))
    head = pygame.Rect(0, 0, round(F * 0.7 / z), round(F * 0.3 / z))
    head.center = (round(arm1[0]), round(arm1[1] + F * 0.12 / z))
    pygame.draw.ellipse(surf, (226, 224, 210), head)
    pygame.draw.line(surf, (84, 62, 44), head.midleft, (head.left - F * 0.5 / z,
                                                       head.top - F * 0.5 / z), 3)


def bus(surf, mirror: bool, yaw_deg: float, roll_deg: float, centre, stripe) -> None:
    """A city bus as a box in 3D: white, with a stripe, windows and a big windscreen."""
    yaw, roll = math.radians(yaw_deg), math.radians(roll_deg)
    cx, cy, cz = centre

    def w(p):
        lx, ly, lz = p  # lx along the bus (front at +6), ly up, lz across
        ly, lz = ly * math.cos(roll) - lz * math.sin(roll), ly * math.sin(roll) + lz * math.cos(roll)
        x = lx * math.sin(yaw) + lz * math.cos(yaw)
        z = lx * math.cos(yaw) - lz * math.sin(yaw)
        return (cx + x, cy + ly, cz + z)

    L, HW, HT = 6.0, 1.28, 3.1
    faces = {  # name: local corners, colour
        "left": ([(-L, 0, -HW), (L, 0, -HW), (L, HT, -HW), (-L, HT, -HW)], (226, 228, 224)),
        "right": ([(-L, 0, HW), (-L, HT, HW), (L, HT, HW), (L, 0, HW)], (226, 228, 224)),
        "front": ([(-L, 0, -HW), (-L, HT, -HW), (-L, HT, HW), (-L, 0, HW)], (216, 218, 214)),
        "back": ([(L, 0, -HW), (L, 0, HW), (L, HT, HW), (L, HT, -HW)], (206, 208, 204)),
        "roof": ([(-L, HT, -HW), (L, HT, -HW), (L, HT, HW), (-L, HT, HW)], (196, 198, 196)),
    }
    cam = (0.0, CAMH, 0.0)

    def facing(corners):
        a, b, c = (w(q) for q in corners[:3])
        u = [b[k] - a[k] for k in range(3)]
        v = [c[k] - a[k] for k in range(3)]
        n = (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])
        centre_ = [sum(w(q)[k] for q in corners) / 4 for k in range(3)]
        return sum(n[k] * (cam[k] - centre_[k]) for k in range(3)) > 0

    def quad(corners, colour):
        poly3(surf, colour, [w(q) for q in corners], mirror)

    visible = [name for name, (corners, _) in faces.items() if facing(corners) != mirror]
    visible.sort(key=lambda n: -sum(w(q)[2] for q in faces[n][0]))
    for name in visible:
        corners, colour = faces[name]
        quad(corners, colour)
        if name in ("left", "right"):
            side = -HW if name == "left" else HW
            quad([(-L, 1.2, side), (L, 1.2, side), (L, 1.5, side), (-L, 1.5, side)], stripe)
            x = -L + 2.4
            while x < L - 0.6:
                quad([(x, 1.65, side), (x + 1.35, 1.65, side), (x + 1.35, 2.75, side),
                      (x, 2.75, side)], (58, 76, 92))
                quad([(x + 0.1, 2.35, side), (x + 0.7, 2.72, side), (x + 0.9, 2.72, side),
                      (x + 0.3, 2.35, side)], (130, 150, 166))
                x += 1.6
            quad([(-L + 0.5, 0.3, side), (-L + 1.7, 0.3, side), (-L + 1.7, 2.8, side),
                  (-L + 0.5, 2.8, side)], (70, 86, 100))  # the front door
        elif name == "front":
            quad([(-L, 1.5, -HW + 0.15), (-L, 2.85, -HW + 0.15), (-L, 2.85, HW - 0.15),
                  (-L, 1.5, HW - 0.15)], (50, 66, 82))
            quad([(-L, 1.2, -HW), (-L, 1.45, -HW), (-L, 1.45, HW), (-L, 1.2, HW)], stripe)
            for lz in (-HW + 0.3, HW - 0.5):
                quad([(-L, 1.0, lz), (-L, 1.2, lz), (-L, 1.2, lz + 0.2), (-L, 1.0, lz + 0.2)],
                     (250, 240, 200))
        elif name == "back":
            quad([(L, 1.9, -HW + 0.3), (L, 2.8, -HW + 0.3), (L, 2.8, HW - 0.3),
                  (L, 1.9, HW - 0.3)], (60, 76, 92))
    if not mirror:  # foam where the hull meets the water
        line = [w((x, 0, z)) for x, z in ((-L, -HW), (L, -HW), (L, HW), (-L, HW))]
        ring = []
        for a, b in zip(line, line[1:] + line[:1]):
            for t in (0.0, 0.5):
                p = tuple(a[k] + (b[k] - a[k]) * t for k in range(3))
                ring.append(proj((p[0], WATER, p[2])))
        pygame.draw.polygon(surf, (214, 208, 190), ring, 5)


def mountains(surf, rng: random.Random) -> None:
    """The Alatau range at the end of the street, pale behind the storm haze."""
    pts = [(0, 460)]
    x = 0
    while x < W:
        pts.append((x, 190 + rng.randint(0, 80)))
        x += rng.randint(90, 160)
        pts.append((x, 300 + rng.randint(0, 50)))
        x += rng.randint(70, 120)
    pts.append((W, 460))
    pygame.draw.polygon(surf, (104, 112, 128), pts)
    for (x0, y0), (x1, y1), (x2, y2) in zip(pts, pts[1:], pts[2:]):
        if y1 < y0 and y1 < y2:
            pygame.draw.polygon(surf, (214, 220, 230), [(x1, y1), (x1 + (x2 - x1) * 0.45,
                                y1 + (y2 - y1) * 0.45), (x1 + 10, y1 + 44), (x1 - 14, y1 + 30),
                                (x1 + (x0 - x1) * 0.45, y1 + (y0 - y1) * 0.45)])


def flooded_street(rng: random.Random) -> pygame.Surface:
    """The viral 'AI' picture: a flooded avenue, a bus adrift, the mountains behind."""
    s = pygame.Surface((W, H))
    vgradient(s, pygame.Rect(0, 0, W, VPY + 40), [(0, (38, 44, 58)), (0.55, (92, 96, 108)),
                                                  (1, (206, 186, 150))])
    glow(s, (VPX + 60, 300), 380, (255, 214, 150), 0.7)  # a too-perfect break in the clouds
    for _ in range(18):  # heavy clouds
        x, y = rng.randint(-100, W + 100), rng.randint(-60, 220)
        pygame.draw.ellipse(s, mix((34, 38, 50), (70, 74, 88), rng.random()),
                            (x, y, rng.randint(260, 520), rng.randint(70, 140)))
    mountains(s, random.Random(11))
    # The block at the far end of the street, facing the camera.
    poly3(s, (140, 138, 134), [(-STREET, 0, 170), (STREET, 0, 170), (STREET, 9, 170),
                               (-STREET, 9, 170)])
    # The water: murky, brighter far away where it reflects the sky.
    water = pygame.Surface((W, H), pygame.SRCALPHA)
    poly3(water, (255, 255, 255, 255), [(-STREET, WATER, 4), (-STREET, WATER, 170),
                                        (STREET, WATER, 170), (STREET, WATER, 4)], clip=False)
    body = pygame.Surface((W, H))
    vgradient(body, pygame.Rect(0, VPY, W, H - VPY), [(0, (168, 156, 128)), (0.25, (128, 112, 84)),
                                                      (1, (88, 74, 54))])
    # The reflection: the street mirrored in the water, rippled.
    refl = pygame.Surface((W, H), pygame.SRCALPHA)
    refl_rng = random.Random(SEED + 20)
    for side in (-1, 1):
        facades(refl, refl_rng, side, mirror=True)
    for z in (28, 40, 52, 64, 76):
        for x in (-12, 12):
            lamp(refl, x, z, mirror=True)
    lamp(refl, 12, 16, mirror=True)  # the lamp post that, above the water, became a tree
    rippled = pygame.Surface((W, H), pygame.SRCALPHA)
    for y in range(0, H, 3):
        rippled.blit(refl, (round(5 * math.sin(y * 0.09) + 3 * math.sin(y * 0.31)), y),
                     (0, y, W, 3))
    rippled.fill((255, 255, 255, 120), special_flags=pygame.BLEND_RGBA_MULT)
    bus_refl = pygame.Surface((W, H), pygame.SRCALPHA)
    bus(bus_refl, True, -12, 0, (2.6, 0.2, 17), (196, 50, 50))  # upright, turned, red stripe
    bus_refl.fill((255, 255, 255, 150), special_flags=pygame.BLEND_RGBA_MULT)
    for y in range(0, H, 3):
        rippled.blit(bus_refl, (round(4 * math.sin(y * 0.09) + 2 * math.sin(y * 0.31)), y),
                     (0, y, W, 3))
    body.blit(rippled, (0, 0))
    for _ in range(160):  # streaks of the current
        x, y = rng.randint(0, W), rng.randint(VPY + 120, H)
        length = (y - VPY) * rng.uniform(0.2, 0.6)
        pygame.draw.line(body, (176, 162, 132), (x, y), (x + length, y + rng.randint(-2, 2)), 2)
    layer = pygame.Surface((W, H), pygame.SRCALPHA)
    layer.blit(body, (0, 0))
    clip_to(layer, water)
    s.blit(layer, (0, 0))
    # The blocks, clipped at the water line.
    for side in (-1, 1):
        facades(s, rng, side)
    # Trees and lamps along the kerbs, far ones first.
    for z in (82, 70, 58, 46, 34, 22):
        for x in (-13.5, 13.5):
            tree(s, rng, x, z)
    for z in (76, 64, 52, 40, 28):
        for x in (-12, 12):
            lamp(s, x, z)
    blade_sign(s, rng, 30, 12.6, 15.9, 5.0, 6.6, (236, 226, 70), (40, 40, 40), "ДҮКЕН")
    blade_sign(s, rng, 18, -15.9, -11.6, 4.6, 6.8, (240, 244, 240), (26, 150, 70), "АПТЕКА",
               cross=True)
    lamp_into_tree(s, 12, 16)
    bus(s, False, 62, 7, (2.6, 0.2, 17), (40, 150, 90))  # tilted, adrift, green stripe
    # A few things adrift: a plastic bin, planks, leaves.
    for x, z in ((-5, 11), (7, 12.5), (-8, 26), (5, 34)):
        a, b = proj((x, WATER, z)), proj((x + 1.2, WATER, z))
        pygame.draw.ellipse(s, (60, 52, 40), (a[0], a[1] - 6, b[0] - a[0], 14))
    # The over-smooth finish of a generated picture: a soft haze and a warm, glowing centre.
    haze(s, (220, 200, 170), 18)
    return s


# ---------------------------------------------------------------- a windy day in Astana


def baiterek(surf, cx: int, ground: int, height: int) -> None:
    """The white tower with the golden sphere, drawn simply: a slim stem, a crown, a globe."""
    white, shade = (238, 240, 244), (196, 202, 212)
    neck = ground - round(height * 0.62)
    pygame.draw.polygon(surf, white, [(cx - 46, ground), (cx + 46, ground), (cx + 18, neck),
                                      (cx - 18, neck)])
    for k in (-30, -10, 10, 30):  # the lattice of the stem
        pygame.draw.line(surf, shade, (cx + k, ground), (cx + k * 0.4, neck), 3)
    sphere_y = ground - round(height * 0.86)
    r = round(height * 0.085)
    for k in range(-5, 6):  # the crown: ribs curving out round the sphere
        pts = [bezier((cx + k * 3, neck), (cx + k * 5, neck - 60), (cx + k * 20, sphere_y + 40),
                      (cx + k * 15, sphere_y - r * 0.6), t / 20) for t in range(21)]
        pygame.draw.lines(surf, white if k % 2 else shade, False, pts, 7)
    glow(surf, (cx, sphere_y), r * 3, (255, 190, 80), 0.55)
    pygame.draw.circle(surf, (222, 168, 62), (cx, sphere_y), r)
    pygame.draw.circle(surf, (250, 214, 120), (cx - r // 3, sphere_y - r // 3), r // 2)
    pygame.draw.line(surf, (200, 150, 50), (cx - r, sphere_y), (cx + r, sphere_y), 2)


def bent_tree(surf, rng: random.Random, x: int, ground: int, h: int, wind: float) -> None:
    """A bare tree bent by the wind (to the right)."""
    top = (x + wind * h * 0.25, ground - h)
    pts = [bezier((x, ground), (x, ground - h * 0.4), (top[0] - 10, top[1] + h * 0.2), top,
                  t / 64) for t in range(65)]
    tube(surf, (62, 54, 50), pts, 14, 5)
    for i in range(20, 64, 8):
        bx, by = pts[i]
        for side in (-1, 1):
            length = h * rng.uniform(0.18, 0.3)
            end = (bx + wind * length * 0.9 + side * length * 0.2, by - length * 0.6)
            mid = ((bx + end[0]) / 2 + wind * 12, (by + end[1]) / 2)
            branch = [bezier((bx, by), mid, mid, end, t / 8) for t in range(9)]
            pygame.draw.lines(surf, (70, 62, 58), False, branch, 4)


def windy_astana(rng: random.Random) -> pygame.Surface:
    """An agency photo: Astana on a grey, windy day, snow blowing along the ground."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (104, 118, 140)), (0.6, (176, 184, 196)),
                                (1, (214, 218, 226))])
    for _ in range(14):  # low, fast clouds stretched by the wind
        x, y = rng.randint(-200, W), rng.randint(20, 320)
        pygame.draw.ellipse(s, mix((120, 130, 148), (170, 176, 188), rng.random()),
                            (x, y, rng.randint(400, 700), rng.randint(40, 80)))
    ground = 760
    # Glass towers on both sides.
    for x, w, h, colour in ((-40, 260, 560, (92, 120, 150)), (200, 200, 420, (120, 140, 160)),
                            (1120, 220, 470, (104, 128, 152)), (1320, 320, 600, (86, 110, 138))):
        pygame.draw.rect(s, colour, (x, ground - h, w, h))
        for gy in range(ground - h + 20, ground, 34):
            pygame.draw.line(s, mix(colour, (200, 214, 230), 0.35), (x, gy), (x + w, gy), 3)
        for gx in range(x + 30, x + w, 46):
            pygame.draw.line(s, mix(colour, (40, 50, 70), 0.3), (gx, ground - h), (gx, ground), 2)
    pygame.draw.polygon(s, (86, 110, 138), [(1320, 160), (1640, 160), (1480, 40)])
    baiterek(s, 760, ground, 640)
    # The snowy square and the snow blowing across it.
    vgradient(s, pygame.Rect(0, ground, W, H - ground), [(0, (206, 212, 222)), (1, (232, 236, 242))])
    for _ in range(8):
        x = rng.randint(0, W)
        pygame.draw.line(s, (160, 166, 180), (x, ground + 20), (x + 500, ground + 60), 4)
    bent_tree(s, rng, 300, ground + 60, 360, 1.0)
    bent_tree(s, rng, 1180, ground + 80, 320, 1.0)
    streaks = pygame.Surface((W, H), pygame.SRCALPHA)
    for _ in range(420):
        x, y = rng.randint(-300, W), rng.randint(ground - 260, H)
        length = rng.randint(60, 260)
        alpha = rng.randint(60, 170)
        pygame.draw.line(streaks, (250, 252, 255, alpha), (x, y), (x + length, y + length * 0.12),
                         rng.randint(2, 5))
    s.blit(streaks, (0, 0))
    # A passer-by bent into the wind, holding a hood.
    px, py = 980, ground + 150
    pygame.draw.polygon(s, (46, 60, 84), [(px - 30, py), (px + 30, py), (px + 10, py - 120),
                                          (px - 40, py - 110)])
    pygame.draw.circle(s, (46, 60, 84), (px - 36, py - 132), 24)
    pygame.draw.line(s, (46, 60, 84), (px - 20, py - 100), (px - 40, py - 150), 12)
    pygame.draw.line(s, (30, 32, 40), (px - 14, py), (px - 30, py + 70), 14)
    pygame.draw.line(s, (30, 32, 40), (px + 14, py), (px + 30, py + 68), 14)
    pygame.draw.line(s, (200, 60, 60), (px - 2, py - 112), (px - 70, py - 100), 8)  # a scarf
    haze(s, (230, 234, 240), 40)
    return s


# ---------------------------------------------------------------- a bus at a stop


def city_bus_stop(rng: random.Random) -> pygame.Surface:
    """A blue-and-white city bus at a stop on an autumn morning, people getting on."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (140, 186, 228)), (0.6, (206, 224, 238)),
                                (1, (226, 232, 236))])
    ground = 700
    # Blocks of flats behind, yellow autumn trees in front of them.
    for x, w, h, colour in ((-20, 380, 420, (214, 198, 172)), (380, 320, 360, (196, 206, 214)),
                            (720, 420, 460, (222, 214, 196)), (1160, 460, 400, (204, 190, 178))):
        pygame.draw.rect(s, colour, (x, ground - h, w, h))
        for wy in range(ground - h + 30, ground - 80, 56):
            for wx in range(x + 24, x + w - 40, 54):
                pygame.draw.rect(s, (120, 140, 160), (wx, wy, 28, 34))
    for _ in range(10):
        tx = rng.randint(0, W)
        pygame.draw.rect(s, (90, 70, 54), (tx - 8, ground - 200, 16, 200))
        for _ in range(10):
            pygame.draw.circle(s, mix((214, 160, 40), (236, 200, 80), rng.random()),
                               (tx + rng.randint(-90, 90), ground - 260 + rng.randint(-80, 60)),
                               rng.randint(40, 70))
    # Pavement and road.
    pygame.draw.rect(s, (176, 172, 168), (0, ground, W, 90))
    pygame.draw.rect(s, (210, 206, 200), (0, ground + 86, W, 14))
    pygame.draw.rect(s, (84, 86, 92), (0, ground + 100, W, H - ground - 100))
    for mx in range(40, W, 260):
        pygame.draw.rect(s, (230, 230, 224), (mx, H - 50, 150, 12))
    # The shelter.
    pygame.draw.rect(s, (60, 70, 80), (60, ground - 260, 14, 290))
    pygame.draw.rect(s, (60, 70, 80), (420, ground - 260, 14, 290))
    glass = pygame.Surface((W, H), pygame.SRCALPHA)
    pygame.draw.rect(glass, (180, 214, 236, 90), (74, ground - 240, 346, 220))
    s.blit(glass, (0, 0))
    pygame.draw.rect(s, (56, 120, 170), (40, ground - 280, 414, 26), border_radius=6)
    pygame.draw.rect(s, (120, 100, 80), (120, ground - 60, 220, 16))  # bench
    # People waiting (simple figures).
    for px, coat in ((190, (150, 60, 60)), (290, (60, 90, 130)), (520, (90, 120, 80))):
        pygame.draw.rect(s, coat, (px - 26, ground - 130, 52, 110), border_radius=18)
        pygame.draw.circle(s, (226, 190, 160), (px, ground - 150), 24)
        pygame.draw.rect(s, (50, 50, 60), (px - 20, ground - 26, 14, 70))
        pygame.draw.rect(s, (50, 50, 60), (px + 6, ground - 26, 14, 70))
    # The bus, side view, front to the left.
    bx, by, bw, bh = 620, ground - 250, 900, 300
    pygame.draw.rect(s, (244, 246, 248), (bx, by, bw, bh), border_radius=34)
    pygame.draw.rect(s, (30, 110, 190), (bx, by + bh - 110, bw, 60))
    pygame.draw.rect(s, (30, 110, 190), (bx, by, bw, 26), border_radius=12)
    for wx in range(bx + 330, bx + bw - 240, 130):
        pygame.draw.rect(s, (52, 70, 90), (wx, by + 50, 110, 110), border_radius=10)
        pygame.draw.line(s, (130, 156, 180), (wx + 16, by + 140), (wx + 70, by + 60), 5)
    pygame.draw.rect(s, (52, 70, 90), (bx + 20, by + 40, 150, 150), border_radius=16)  # windscreen
    for dx in (bx + 190, bx + bw - 200):  # open doors
        pygame.draw.rect(s, (36, 44, 56), (dx + 0, by + 60, 120, 236))
        pygame.draw.rect(s, (200, 206, 212), (dx + 6, by + 66, 22, 224))
    for wx in (bx + 290, bx + bw - 290):
        pygame.draw.circle(s, (30, 30, 34), (wx, by + bh + 10), 56)
        pygame.draw.circle(s, (150, 150, 156), (wx, by + bh + 10), 24)
    pygame.draw.rect(s, (250, 236, 180), (bx + 6, by + bh - 44, 26, 18), border_radius=4)
    return s


# ---------------------------------------------------------------- the satire site's picture


def exam_horoscope(rng: random.Random) -> pygame.Surface:
    """A joke collage: an exam paper on a desk and a crystal ball full of stars."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (40, 30, 90)), (1, (110, 60, 140))])
    for _ in range(160):  # a starry night behind
        x, y = rng.randint(0, W), rng.randint(0, 620)
        pygame.draw.circle(s, (255, 246, 210), (x, y), rng.choice((2, 2, 3, 4)))
    moon = pygame.Surface((200, 200), pygame.SRCALPHA)  # a crescent moon
    pygame.draw.circle(moon, (250, 230, 160, 255), (100, 100), 90)
    pygame.draw.circle(moon, (0, 0, 0, 0), (140, 70), 84)
    s.blit(moon, (130, 70))
    # The desk.
    pygame.draw.polygon(s, (150, 100, 60), [(0, 640), (W, 600), (W, H), (0, H)])
    pygame.draw.line(s, (120, 78, 46), (0, 640), (W, 600), 8)
    cx, cy, r = 1100, 560, 230
    glow(s, (cx, cy), 420, (170, 120, 255), 0.8)
    # The exam paper, slightly turned, with lines of text and boxes.
    paper = pygame.Surface((520, 640), pygame.SRCALPHA)
    paper.fill((250, 250, 244))
    for y in range(80, 600, 46):
        pygame.draw.line(paper, (170, 180, 200), (50, y), (470, y), 4)
    for y in range(140, 560, 138):
        for k in range(4):
            pygame.draw.rect(paper, (120, 130, 150), (60 + k * 110, y, 26, 26), 4)
    pygame.draw.rect(paper, (90, 100, 130), (50, 30, 260, 22))
    paper = pygame.transform.rotate(paper, 8)
    s.blit(paper, (170, 330))
    # The crystal ball on its stand, stars and planets inside.
    pygame.draw.polygon(s, (120, 80, 40), [(cx - 150, cy + 270), (cx + 150, cy + 270),
                                           (cx + 100, cy + 190), (cx - 100, cy + 190)])
    ball = pygame.Surface((r * 2, r * 2), pygame.SRCALPHA)
    pygame.draw.circle(ball, (150, 170, 255, 200), (r, r), r)
    pygame.draw.circle(ball, (200, 210, 255, 120), (r - 60, r - 70), r // 2)
    for _ in range(24):
        a, d = rng.uniform(0, math.tau), rng.uniform(0, r * 0.8)
        x, y = r + d * math.cos(a), r + d * math.sin(a)
        k = rng.randint(8, 18)
        pygame.draw.polygon(ball, (255, 250, 220, 255), [(x, y - k), (x + k / 4, y - k / 4),
                                                          (x + k, y), (x + k / 4, y + k / 4),
                                                          (x, y + k), (x - k / 4, y + k / 4),
                                                          (x - k, y), (x - k / 4, y - k / 4)])
    pygame.draw.circle(ball, (240, 170, 90, 255), (r + 70, r + 40), 34)
    pygame.draw.ellipse(ball, (255, 220, 160, 255), (r + 20, r + 34, 100, 14), 4)
    s.blit(ball, (cx - r, cy - r))
    pygame.draw.circle(s, (220, 230, 255), (cx - 80, cy - 110), 28)
    # A pencil on the desk.
    pygame.draw.polygon(s, (240, 190, 40), [(300, 900), (700, 860), (704, 884), (304, 924)])
    pygame.draw.polygon(s, (230, 200, 160), [(700, 860), (760, 866), (704, 884)])
    return s


# ---------------------------------------------------------------- main


def main() -> int:
    """Draw every picture and report its size; exit 1 if one is over the size budget."""
    pygame.init()
    pictures = {
        "zoo-new-cubs.png": zoo_cubs(random.Random(SEED + 1)),
        "flooded-street-ai.png": flooded_street(random.Random(SEED + 2)),
        "weather-warning-kazhydromet.png": windy_astana(random.Random(SEED + 3)),
        "bus-fare-change.png": city_bus_stop(random.Random(SEED + 4)),
        "school-exams-satire.png": exam_horoscope(random.Random(SEED + 5)),
    }
    status = save_pictures(pictures)
    pygame.quit()
    return status


if __name__ == "__main__":
    sys.exit(main())
