"""Two snow-leopard cubs on a log in their zoo enclosure (a genuine photo)."""

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    Color,
    bezier,
    blob,
    blurred,
    clip_to,
    glow,
    mix,
    tube,
    vgradient,
)
import pygame

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
        pygame.draw.circle(layer, SPOT, (round(x), round(y)),
                           round((r0 + (r1 - r0) * i / 50) * 0.5))
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
        pygame.draw.line(s, (70, 50, 36), (x, y),
                         (x + rng.randint(80, 200), y + rng.randint(-6, 6)), 4)
    pygame.draw.ellipse(s, (96, 70, 48), (90, log_top, 130, log_bottom - log_top))
    pygame.draw.ellipse(s, (196, 160, 112), (100, log_top + 8, 110, log_bottom - log_top - 16))
    for k in range(1, 5):  # growth rings
        ring = (100 + k * 11, log_top + 8 + k * 16, 110 - k * 22,
                log_bottom - log_top - 16 - k * 32)
        pygame.draw.ellipse(s, (168, 132, 92), ring, 3)
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


PICTURES = {
    "zoo-new-cubs.png": lambda: zoo_cubs(random.Random(4243)),
}
