"""The snow-leopard pair: the 'original' photo on mountain rocks and the viral city collage."""

# The collage reuses the very same leopard, cut out of the original with a thin edge of rock:
# the reverse image search of the game shows the first beside the second.

from __future__ import annotations

import functools
import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    Color,
    bezier,
    blob,
    clip_to,
    glow,
    mix,
    vgradient,
)
import pygame

FUR: Color = (206, 199, 184)
FUR_FAR: Color = (150, 143, 132)
BELLY: Color = (236, 232, 222)
SPOT: Color = (62, 58, 54)
LEOPARD_BOX = (1060, 560)  # size of the leopard's own layer, at supersampled scale
PAW_Y = 520  # where the paws touch the ground in the leopard's layer
COLLAGE_SCALE = 0.72  # size of the pasted leopard in the collage, against the original
AT = (300, 260)  # where the leopard's layer sits in the original photo


def rosette(surf: pygame.Surface, rng: random.Random, x: int, y: int, r: int) -> None:
    """A snow-leopard rosette: a broken ring of dark blotches round a slightly darker centre."""
    pygame.draw.circle(surf, (170, 160, 142, 255), (x, y), round(r * 0.7))
    start = rng.uniform(0, math.tau)
    count = rng.randint(3, 5)
    for k in range(count):
        if rng.random() < 0.18:
            continue  # a gap in the ring
        a = start + k * math.tau / count + rng.uniform(-0.25, 0.25)
        bx, by = x + r * math.cos(a), y + r * math.sin(a)
        size = rng.uniform(0.45, 0.7) * r
        blot = pygame.Surface((round(size * 2), round(size * 1.2)), pygame.SRCALPHA)
        pygame.draw.ellipse(blot, SPOT + (255,), blot.get_rect())
        blot = pygame.transform.rotate(blot, -math.degrees(a) + 90)
        surf.blit(blot, blot.get_rect(center=(round(bx), round(by))))


def draw_leopard(rng: random.Random) -> pygame.Surface:
    """A snow leopard in profile, walking to the left, on a transparent layer."""
    layer = pygame.Surface(LEOPARD_BOX, pygame.SRCALPHA)

    # Far-side legs first, a shade darker.
    far = pygame.Surface(LEOPARD_BOX, pygame.SRCALPHA)
    blob(far, FUR_FAR, [(400, 250), (462, 262), (470, 380), (478, 470), (486, 510), (440, 520),
                        (424, 470), (410, 380)])
    pygame.draw.ellipse(far, FUR_FAR, (408, 488, 92, 36))
    blob(far, FUR_FAR, [(560, 220), (668, 232), (676, 312), (640, 360), (596, 410), (580, 470),
                        (578, 512), (528, 520), (536, 466), (548, 400), (548, 320)])
    pygame.draw.ellipse(far, FUR_FAR, (500, 490, 96, 34))
    far_spots = pygame.Surface(LEOPARD_BOX, pygame.SRCALPHA)
    for _ in range(26):
        x, y = rng.randint(400, 680), rng.randint(300, 490)
        pygame.draw.circle(far_spots, (54, 50, 46, 255), (x, y), rng.randint(5, 8))
    clip_to(far_spots, far)
    far.blit(far_spots, (0, 0))

    # The tail: thick and long, hanging low and curling up at the tip.
    tail = pygame.Surface(LEOPARD_BOX, pygame.SRCALPHA)
    p = [(700, 190), (870, 215), (925, 470), (1010, 380)]
    tail_pts = [bezier(*p, i / 60) for i in range(61)]
    for i, (x, y) in enumerate(tail_pts):
        r = 30 + 6 * math.sin(math.pi * i / 60)
        pygame.draw.circle(tail, FUR, (round(x), round(y)), round(r))

    # The body and the near legs.
    body = pygame.Surface(LEOPARD_BOX, pygame.SRCALPHA)
    blob(body, FUR, [(285, 150), (360, 118), (500, 138), (630, 122), (715, 160), (742, 232),
                     (726, 300), (650, 338), (500, 352), (372, 336), (292, 296), (250, 236)])
    # near front leg, reaching forward
    blob(body, FUR, [(312, 238), (398, 252), (404, 322), (376, 392), (358, 452), (352, 500),
                     (298, 506), (306, 452), (312, 392), (298, 320)])
    pygame.draw.ellipse(body, FUR, (262, 482, 96, 40))
    # near hind leg: big thigh, hock bent back, paw down
    blob(body, FUR, [(606, 212), (728, 222), (758, 292), (748, 352), (752, 410), (732, 460),
                     (726, 506), (680, 514), (682, 460), (676, 424), (626, 384), (602, 320)])
    pygame.draw.ellipse(body, FUR, (636, 490, 100, 36))
    # head, muzzle, ears
    pygame.draw.ellipse(body, FUR, (150, 120, 160, 138))
    blob(body, FUR, [(160, 168), (120, 190), (96, 214), (104, 240), (150, 258), (200, 250)])
    blob(body, FUR, [(238, 132), (250, 88), (276, 86), (290, 126)])

    # Pale belly, chest and throat.
    belly = pygame.Surface(LEOPARD_BOX, pygame.SRCALPHA)
    pygame.draw.ellipse(belly, BELLY + (255,), (340, 300, 340, 80))
    pygame.draw.ellipse(belly, BELLY + (255,), (240, 220, 110, 130))
    pygame.draw.ellipse(belly, BELLY + (255,), (110, 228, 110, 40))
    clip_to(belly, body)
    body.blit(belly, (0, 0))

    # Rosettes on the body (broken rings of blotches, spread evenly), spots on head and legs.
    spots = pygame.Surface(LEOPARD_BOX, pygame.SRCALPHA)
    body_mask = pygame.mask.from_surface(body)
    centres: list[tuple[int, int]] = []
    for _ in range(4000):
        if len(centres) >= 30:
            break
        x, y = rng.randint(300, 740), rng.randint(130, 320)
        if not body_mask.get_at((x, y)) or (y > 290 and x < 640):
            continue
        if any((x - cx) ** 2 + (y - cy) ** 2 < 62 ** 2 for cx, cy in centres):
            continue
        centres.append((x, y))
        rosette(spots, rng, x, y, rng.randint(16, 22))
    for _ in range(400):  # head: small solid spots, none on the eye and muzzle
        x, y = rng.randint(150, 300), rng.randint(124, 226)
        if body_mask.get_at((x, y)) and (x - 168) ** 2 + (y - 186) ** 2 > 900 and x > 176:
            if not any((x - cx) ** 2 + (y - cy) ** 2 < 20 ** 2 for cx, cy in centres):
                centres.append((x, y))
                pygame.draw.circle(spots, SPOT + (255,), (x, y), rng.randint(4, 6))
    for _ in range(600):  # legs and lower flanks: round spots
        x, y = rng.randint(280, 760), rng.randint(320, 500)
        if body_mask.get_at((x, y)):
            if not any((x - cx) ** 2 + (y - cy) ** 2 < 32 ** 2 for cx, cy in centres):
                centres.append((x, y))
                pygame.draw.circle(spots, SPOT + (255,), (x, y), rng.randint(6, 9))
    clip_to(spots, body)
    body.blit(spots, (0, 0))
    tail_spots = pygame.Surface(LEOPARD_BOX, pygame.SRCALPHA)
    for i in range(5, 56, 8):
        x, y = tail_pts[i]
        rosette(tail_spots, rng, round(x), round(y), rng.randint(17, 23))
    pygame.draw.circle(tail_spots, SPOT + (255,), tuple(round(v) for v in tail_pts[-2]), 34)
    clip_to(tail_spots, tail)
    tail.blit(tail_spots, (0, 0))

    # Face: eye, nose, mouth line, inner ear.
    pygame.draw.ellipse(body, (60, 54, 40), (150, 172, 36, 22))
    pygame.draw.ellipse(body, (176, 190, 150), (156, 175, 24, 16))
    pygame.draw.ellipse(body, (20, 20, 20), (163, 176, 8, 14))
    pygame.draw.polygon(body, (150, 110, 104), [(96, 206), (118, 202), (110, 222)])
    pygame.draw.line(body, (70, 62, 56), (110, 224), (124, 246), 4)
    pygame.draw.line(body, (70, 62, 56), (124, 246), (150, 250), 4)
    pygame.draw.polygon(body, (120, 110, 100), [(254, 122), (262, 100), (276, 122)])
    # Whiskers, very light.
    for dy in (-6, 4, 14):
        pygame.draw.line(body, (240, 238, 232), (118, 232), (46, 224 + dy * 2), 2)

    # Soft shading: the back darker than the belly, the far side of the tail darker.
    shade = pygame.Surface(LEOPARD_BOX, pygame.SRCALPHA)
    for y in range(100, 360, 4):
        a = max(0, round(60 * (1 - (y - 100) / 140)))
        pygame.draw.rect(shade, (40, 36, 30, a), (0, y, LEOPARD_BOX[0], 4))
    clip_to(shade, body)
    body.blit(shade, (0, 0))

    layer.blit(far, (0, 0))
    layer.blit(tail, (0, 0))
    layer.blit(body, (0, 0))
    return layer


def mountains_original(rng: random.Random, leopard: pygame.Surface,
                       at: tuple[int, int]) -> pygame.Surface:
    """The 'original' photo: a snow leopard on rocks, snowy peaks behind, daylight."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (70, 128, 196)), (0.55, (168, 204, 232)),
                                (1, (214, 230, 240))])
    # Two ranges of peaks, the far one pale, each with snow above a line.
    for base, height, rock, snow, snowline, step in (
        (560, 380, (150, 168, 190), (236, 242, 248), 0.55, 90),
        (700, 330, (104, 116, 134), (226, 233, 240), 0.45, 70),
    ):
        pts = [(0, H)]
        x = -40
        while x < W + 120:
            pts.append((x, base - rng.randint(height // 3, height)))
            x += rng.randint(step, step * 2)
            pts.append((x, base - rng.randint(0, height // 4)))
            x += rng.randint(step // 2, step)
        pts.append((W, H))
        pygame.draw.polygon(s, rock, pts)
        for (x0, y0), (x1, y1), (x2, y2) in zip(pts[1:], pts[2:], pts[3:]):
            if y1 < y0 and y1 < y2:  # a peak: cap it with snow down both ridges
                drop = (base - y1) * snowline
                left = (x1 + (x0 - x1) * drop / max(1, y0 - y1), y1 + drop)
                right = (x1 + (x2 - x1) * drop / max(1, y2 - y1), y1 + drop)
                jag = [left]
                for k in range(1, 6):
                    jx = left[0] + (right[0] - left[0]) * k / 6
                    jag.append((jx, y1 + drop - rng.randint(0, int(drop * 0.5))))
                pygame.draw.polygon(s, snow, [(x1, y1), right, *reversed(jag[1:]), left])
    # Haze over the ranges.
    haze = pygame.Surface((W, H), pygame.SRCALPHA)
    for y in range(300, 760):
        pygame.draw.line(haze, (240, 246, 252, round(70 * (y - 300) / 460)), (0, y), (W, y))
    s.blit(haze, (0, 0))

    # Foreground rocks: big boulders, the leopard's ledge in the middle.
    ledge_y = at[1] + PAW_Y
    ly = ledge_y
    rocks = [  # (outline, its sunlit top face, dark, light)
        ([(-20, H), (-20, 760), (160, 700), (420, ly - 4), (760, ly - 10), (1080, ly + 6),
          (1260, 790), (1300, H)],
         [(-20, 760), (160, 700), (420, ly - 4), (760, ly - 10), (1080, ly + 6), (1240, 796),
          (1060, 832), (720, 818), (420, 830), (160, 792), (-20, 812)],
         (112, 106, 100), (156, 150, 142)),
        ([(1150, H), (1200, 720), (1380, 640), (1560, 660), (1640, 700), (1640, H)],
         [(1200, 720), (1380, 640), (1560, 660), (1640, 700), (1640, 744), (1500, 724),
          (1320, 748)],
         (98, 94, 90), (142, 136, 130)),
        ([(-20, H), (-20, 880), (200, 850), (380, 900), (460, H)],
         [(-20, 880), (200, 850), (380, 900), (300, 918), (160, 896), (-20, 924)],
         (88, 84, 80), (128, 122, 116)),
    ]
    for outline, face, dark, light in rocks:
        pygame.draw.polygon(s, dark, outline)
        pygame.draw.polygon(s, light, face)
    # Cracks and snow patches on the rocks.
    for _ in range(12):
        x, y = rng.randint(0, W), rng.randint(ledge_y + 40, H)
        if s.get_at((x, y))[2] < 160:
            pts = [(x, y)]
            for _ in range(rng.randint(2, 3)):
                x += rng.randint(-24, 24)
                y += rng.randint(16, 40)
                pts.append((x, y))
            pygame.draw.lines(s, (84, 80, 76), False, pts, 4)
    for cx, cy, w in ((120, 720, 160), (1400, 650, 150), (900, ledge_y + 2, 140),
                      (300, 872, 120)):
        blob(s, (238, 242, 246), [(cx - w / 2, cy + 6), (cx - w / 4, cy - 10), (cx + w / 4,
             cy - 12), (cx + w / 2, cy + 4), (cx, cy + 16)])
    # The leopard and its shadow on the ledge.
    shadow = pygame.Surface((W, H), pygame.SRCALPHA)
    pygame.draw.ellipse(shadow, (40, 36, 34, 110), (at[0] + 240, ledge_y - 12, 560, 34))
    s.blit(shadow, (0, 0))
    s.blit(leopard, at)
    return s


def cut_out(original: pygame.Surface, leopard: pygame.Surface, at: tuple[int, int],
            edge: int = 7) -> pygame.Surface:
    """The leopard cut out of the original roughly: a thin rim of rock left around it."""
    box = pygame.Rect(at, leopard.get_size()).inflate(edge * 2, edge * 2 + 30)
    box.top = at[1] - edge
    m = pygame.mask.from_surface(leopard, 40)
    disk = pygame.mask.Mask((edge * 2 + 1, edge * 2 + 1))
    for dx in range(-edge, edge + 1):
        for dy in range(-edge, edge + 1):
            if dx * dx + dy * dy <= edge * edge:
                disk.set_at((dx + edge, dy + edge))
    grown = m.convolve(disk)  # the silhouette, grown by `edge` pixels on every side
    piece = pygame.Surface(box.size, pygame.SRCALPHA)
    piece.blit(original, (0, 0), box)
    stencil = grown.to_surface(setcolor=(255, 255, 255, 255), unsetcolor=(0, 0, 0, 0))
    # The careless scissors also took a strip of the ledge under the paws.
    pygame.draw.ellipse(stencil, (255, 255, 255, 255), (250, PAW_Y - 6, 520, 30))
    full = pygame.Surface(box.size, pygame.SRCALPHA)
    full.blit(stencil, (0, 0))
    piece.blit(full, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    return piece


def city_collage(rng: random.Random, piece: pygame.Surface) -> pygame.Surface:
    """The viral collage: a summer street at dusk with the cut-out leopard pasted on it."""
    s = pygame.Surface((W, H))
    horizon = 560
    vgradient(s, pygame.Rect(0, 0, W, horizon), [(0, (46, 44, 96)), (0.5, (150, 86, 120)),
                                                 (1, (246, 160, 104))])
    # Mountains far behind the city, hazy.
    pts = [(0, horizon)]
    for x in range(0, W + 80, 80):
        pts.append((x, horizon - 150 - 60 * math.sin(x / 190) - rng.randint(0, 30)))
    pts.append((W, horizon))
    pygame.draw.polygon(s, (118, 82, 120), pts)
    # Buildings: blocks with lit windows, shops glowing on the ground floor.
    x = -30
    while x < W:
        bw = rng.randint(180, 320)
        bh = rng.randint(240, 470)
        top = horizon + 40 - bh
        shade = rng.randint(0, 18)
        pygame.draw.rect(s, (52 + shade, 44 + shade, 70 + shade), (x, top, bw - 14, bh + 120))
        for wy in range(top + 30, horizon - 20, 46):
            for wx in range(x + 20, x + bw - 50, 40):
                lit = rng.random() < 0.45
                colour = (255, 214, 140) if lit else (70, 66, 96)
                pygame.draw.rect(s, colour, (wx, wy, 22, 28))
        pygame.draw.rect(s, (255, 226, 168), (x + 20, horizon + 40, bw - 60, 70))
        pygame.draw.rect(s, (90, 60, 50), (x + 14, horizon + 30, bw - 46, 12))
        x += bw
    # Pavement, kerb, road with markings.
    pygame.draw.rect(s, (150, 140, 138), (0, horizon + 110, W, 260))
    for tx in range(-40, W, 90):
        pygame.draw.line(s, (128, 118, 118), (tx, horizon + 110), (tx - 60, horizon + 370), 3)
    pygame.draw.rect(s, (196, 188, 180), (0, horizon + 366, W, 18))
    pygame.draw.rect(s, (58, 56, 64), (0, horizon + 384, W, H - horizon - 384))
    for mx in range(20, W, 220):
        pygame.draw.rect(s, (226, 222, 210), (mx, H - 40, 130, 12))
    # Green trees in leaf and street lamps along the kerb.
    for tx in (160, 760, 1360):
        pygame.draw.rect(s, (70, 52, 40), (tx - 10, horizon - 40, 22, 420))
        for _ in range(14):
            cx = tx + rng.randint(-110, 110)
            cy = horizon - 120 + rng.randint(-90, 70)
            pygame.draw.circle(s, mix((40, 110, 60), (86, 150, 76), rng.random()), (cx, cy),
                               rng.randint(54, 84))
    for lx in (460, 1060, 1560):
        pygame.draw.rect(s, (40, 40, 48), (lx - 7, horizon - 200, 14, 560))
        pygame.draw.rect(s, (40, 40, 48), (lx - 7, horizon - 200, 70, 12))
        pygame.draw.ellipse(s, (255, 236, 190), (lx + 40, horizon - 194, 46, 24))
        glow(s, (lx + 62, horizon - 180), 150, (255, 190, 110), 0.9)
    # Warm light spilling on the pavement from the shops.
    spill = pygame.Surface((W, H), pygame.SRCALPHA)
    vgradient(spill, pygame.Rect(0, horizon + 110, W, 250), [(0, (255, 200, 140)),
                                                             (1, (255, 200, 140))])
    spill.set_alpha(36)
    s.blit(spill, (0, 0))
    # The leopard: the same pose and spots, scaled down, pasted with no shadow and with the
    # daylight of the mountains still on it.
    k = COLLAGE_SCALE
    piece = pygame.transform.smoothscale(piece, (round(piece.get_width() * k),
                                                 round(piece.get_height() * k)))
    s.blit(piece, (W // 2 - piece.get_width() // 2 - 80, horizon + 330 - round(PAW_Y * k)))
    return s


@functools.cache
def leopard_on_rocks() -> tuple[pygame.Surface, pygame.Surface]:
    """The leopard's layer and the original photo, drawn once for both pictures."""
    leopard = draw_leopard(random.Random(2026))
    return leopard, mountains_original(random.Random(2027), leopard, AT)


def collage() -> pygame.Surface:
    """The viral collage: the leopard of the original, cut out and pasted on a street."""
    leopard, original = leopard_on_rocks()
    return city_collage(random.Random(2030), cut_out(original, leopard, AT))


PICTURES = {
    "snow-leopard-original.png": lambda: leopard_on_rocks()[1],
    "snow-leopard-city.png": collage,
}
