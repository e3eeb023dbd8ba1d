"""The viral 'AI-generated' picture of a flooded avenue with a bus adrift."""

# A street drawn in true perspective: world coordinates in metres (X to the right, Y up, Z away
# from the camera), projected onto the picture. The water is the plane Y = WATER; everything is
# clipped at it, and the reflection is the scene mirrored in it. The oddities of an AI picture are
# drawn on purpose, visible but not loud: the signs' letters melt, the nearest lamp post on the
# right turns into a tree trunk half-way up, and the bus in the reflection is upright, turned the
# other way and has a red stripe, while the real bus is tilted and has a green one.

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    FONT_BOLD,
    H,
    W,
    clip_to,
    glow,
    haze,
    mix,
    vgradient,
)
import pygame

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


def poly3(surf, colour, pts, mirror: bool = False, clip: bool = True) -> None:
    """Draw a 3D polygon, clipped above the water unless clip is False."""
    if clip:
        pts = clip_above(pts)
    if len(pts) >= 3:
        pygame.draw.polygon(surf, colour, [proj(q, mirror) for q in pts])


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
               text: str, cross: bool = False) -> None:
    """A sign sticking out from a facade, facing the camera, with melted letters."""
    (ax, ay), (bx, by) = proj((x0, y1, z)), proj((x1, y0, z))
    rect = pygame.Rect(round(min(ax, bx)), round(min(ay, by)), round(abs(bx - ax)),
                       round(abs(by - ay)))
    pygame.draw.rect(surf, (40, 40, 44), rect.inflate(8, 8), border_radius=6)
    pygame.draw.rect(surf, face, rect, border_radius=4)
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


def tree(surf, x: float, z: float) -> None:
    """A street tree: a trunk and a rounded canopy of leaves."""
    pts = [proj((x, y, z)) for y in (WATER, 6.5)]
    pygame.draw.line(surf, (66, 50, 40), pts[0], pts[1], max(3, round(F * 0.45 / z)))
    cx, cy = proj((x, 8.2, z))
    r = F * 2.6 / z
    local = random.Random(round(x * 100 + z))
    for _ in range(16):
        dx, dy = local.uniform(-1, 1) * r, local.uniform(-0.8, 0.7) * r
        colour = mix((46, 86, 50), (96, 136, 74), local.random())
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
        ly, lz = (ly * math.cos(roll) - lz * math.sin(roll),
                  ly * math.sin(roll) + lz * math.cos(roll))
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
    refl_rng = random.Random(4262)  # the reflection's own generator
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
            tree(s, x, z)
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


PICTURES = {
    "flooded-street-ai.png": lambda: flooded_street(random.Random(4244)),
}
