"""Winter weather: a night snowfall in town, a windy day in Astana, a closed mountain road."""

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    Color,
    bezier,
    blob,
    glow,
    haze,
    mix,
    tube,
    vgradient,
)
import pygame


# ---------------------------------------------------------------- a night snowfall


def snowy_street_night(rng: random.Random) -> pygame.Surface:
    """A city street at night in a heavy snowfall: blocks of flats, lamps, a bus stop."""
    s = pygame.Surface((W, H))
    horizon = 600
    vgradient(s, pygame.Rect(0, 0, W, horizon), [(0, (14, 20, 44)), (1, (58, 66, 98))])
    # Mountains to the south, barely visible through the snow.
    pts = [(0, horizon)]
    for x in range(0, W + 60, 60):
        pts.append((x, horizon - 220 - 70 * math.sin(x / 230 + 1) - rng.randint(0, 26)))
    pts.append((W, horizon))
    pygame.draw.polygon(s, (66, 74, 106), pts)
    # Blocks of flats with a grid of windows.
    for bx, bw, floors in ((-20, 420, 9), (440, 360, 5), (860, 460, 12), (1360, 300, 7)):
        top = horizon + 60 - floors * 52
        pygame.draw.rect(s, (34, 40, 62), (bx, top, bw, horizon - top + 120))
        pygame.draw.rect(s, (220, 228, 240), (bx - 6, top - 10, bw + 12, 16))  # snow on roof
        for fy in range(top + 24, horizon + 40, 52):
            for wx in range(bx + 22, bx + bw - 30, 46):
                lit = rng.random() < 0.38
                colour = (250, 206, 126) if lit else (46, 54, 80)
                pygame.draw.rect(s, colour, (wx, fy, 24, 30))
    # Snow-covered ground, pavement and the road with wheel tracks.
    vgradient(s, pygame.Rect(0, horizon + 110, W, H - horizon - 110),
              [(0, (176, 186, 210)), (1, (214, 222, 238))])
    pygame.draw.polygon(s, (150, 158, 184), [(0, 840), (W, 790), (W, H), (0, H)])
    for off in (-90, -40, 40, 90):
        pygame.draw.line(s, (120, 128, 156), (0, 900 + off // 2), (W, 850 + off), 10)
    # Drifts along the pavement.
    for dx in range(-60, W, 170):
        blob(s, (232, 238, 248), [(dx, 790), (dx + 60, 752), (dx + 140, 760), (dx + 190, 792),
                                  (dx + 90, 804)])
    # A car buried in snow.
    pygame.draw.rect(s, (120, 40, 46), (980, 748, 330, 80), border_radius=28)
    pygame.draw.rect(s, (120, 40, 46), (1040, 700, 200, 70), border_radius=30)
    blob(s, (238, 242, 250), [(990, 756), (1040, 712), (1130, 690), (1240, 704), (1300, 752),
                              (1150, 772)])
    pygame.draw.rect(s, (70, 78, 100), (1060, 720, 70, 36), border_radius=8)
    pygame.draw.rect(s, (70, 78, 100), (1150, 720, 70, 36), border_radius=8)
    for wx in (1040, 1240):
        pygame.draw.circle(s, (26, 26, 30), (wx, 828), 32)
    blob(s, (226, 232, 246), [(960, 840), (1040, 806), (1300, 808), (1340, 842), (1150, 860)])
    # A bus stop shelter with a snow roof.
    pygame.draw.rect(s, (46, 52, 70), (220, 620, 12, 190))
    pygame.draw.rect(s, (46, 52, 70), (480, 620, 12, 190))
    shelter = pygame.Surface((W, H), pygame.SRCALPHA)
    pygame.draw.rect(shelter, (150, 190, 220, 70), (232, 640, 248, 150))
    s.blit(shelter, (0, 0))
    pygame.draw.rect(s, (60, 70, 96), (200, 606, 312, 20))
    blob(s, (236, 240, 250), [(196, 608), (260, 590), (420, 586), (516, 604), (350, 614)])
    pygame.draw.rect(s, (46, 52, 70), (560, 600, 10, 210))
    pygame.draw.rect(s, (40, 110, 70), (530, 580, 70, 50), border_radius=6)
    # Street lamps with orange light cones full of snow.
    lamps = (120, 740, 1440)
    for lx in lamps:
        pygame.draw.rect(s, (30, 34, 46), (lx - 7, 380, 14, 440))
        pygame.draw.rect(s, (30, 34, 46), (lx - 7, 380, 80, 12))
        pygame.draw.ellipse(s, (255, 228, 170), (lx + 40, 386, 50, 22))
        cone = pygame.Surface((W, H), pygame.SRCALPHA)
        pygame.draw.polygon(cone, (255, 190, 110, 46), [(lx + 48, 400), (lx + 84, 400),
                                                         (lx + 240, 830), (lx - 110, 830)])
        s.blit(cone, (0, 0))
        glow(s, (lx + 66, 398), 170, (255, 170, 90), 1.0)
    # Falling snow: far flakes small and dim, near ones big, a few blurred by motion.
    flakes = pygame.Surface((W, H), pygame.SRCALPHA)
    for _ in range(900):
        x, y = rng.randint(0, W), rng.randint(0, H)
        near = rng.random()
        r = 2 + round(near * 5)
        alpha = 120 + round(near * 120)
        if near > 0.9:  # the nearest flakes are big and soft
            pygame.draw.circle(flakes, (246, 248, 255, 70), (x, y), r + 4)
        pygame.draw.circle(flakes, (246, 248, 255, alpha), (x, y), r)
    s.blit(flakes, (0, 0))
    # A light veil of snow haze over everything.
    haze(s, (190, 200, 230), 22)
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
    vgradient(s, pygame.Rect(0, ground, W, H - ground),
              [(0, (206, 212, 222)), (1, (232, 236, 242))])
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


# ---------------------------------------------------------------- the mountain road


def snowy_slope(surf, rng, pts, rock: Color, snow: Color, trees: int, tree_zone) -> None:
    """A mountain side: rock outline, deep snow over most of it, dark spruces dotted on it."""
    pygame.draw.polygon(surf, rock, pts)
    inner = [(x, y + 14) for x, y in pts]
    pygame.draw.polygon(surf, snow, inner)
    x0, x1, y0, y1 = tree_zone
    for _ in range(trees):
        x, y = rng.randint(x0, x1), rng.randint(y0, y1)
        if surf.get_at((x, y))[:3] != snow:
            continue
        h = rng.randint(40, 90) * (0.6 + (y - y0) / max(1, y1 - y0) * 0.8)
        w = h * 0.42
        green = mix((26, 56, 48), (44, 80, 66), rng.random())
        pygame.draw.polygon(surf, green, [(x, y - h), (x - w / 2, y), (x + w / 2, y)])
        pygame.draw.polygon(surf, (236, 242, 250), [(x, y - h), (x - w / 5, y - h * 0.6),
                                                    (x + w / 6, y - h * 0.64)])


def mountain_road(rng: random.Random) -> pygame.Surface:
    """A mountain road after heavy snow, closed by a striped barrier and a warning sign."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (92, 142, 204)), (0.5, (170, 200, 228)), (1, (220, 232, 242))])
    # Far peaks, heavy with snow, with low cloud clinging to them.
    pts = [(0, 720)]
    x = 0
    while x < W + 100:
        pts.append((x, rng.randint(150, 260)))
        x += rng.randint(120, 220)
        pts.append((x, rng.randint(300, 380)))
        x += rng.randint(80, 160)
    pts.append((W, 720))
    pygame.draw.polygon(s, (206, 218, 232), pts)
    for (xa, ya), (xb, yb) in zip(pts[1:-1], pts[2:-1]):
        if ya < yb:  # shade the right-hand face of each peak
            pygame.draw.polygon(s, (176, 190, 210), [(xa, ya), (xb, yb), (xa + 20, yb + 60)])
    for _ in range(6):
        cx, cy = rng.randint(0, W), rng.randint(250, 360)
        blob(s, (236, 240, 246), [(cx - 180, cy), (cx - 60, cy - 36), (cx + 90, cy - 30),
                                  (cx + 200, cy + 4), (cx, cy + 26)])
    # Two near slopes, left and right, with spruces; the road climbs between them.
    snowy_slope(s, rng, [(-20, 300), (260, 380), (560, 520), (760, 640), (820, H), (-20, H)],
                (120, 124, 136), (232, 238, 248), 160, (0, 700, 360, 760))
    snowy_slope(s, rng, [(W + 20, 240), (1320, 330), (1060, 480), (900, 600), (860, H),
                         (W + 20, H)], (110, 116, 130), (226, 234, 246), 170, (900, 1600, 300,
                                                                                700))
    # The road: a grey band with tyre-packed snow, narrowing as it climbs round the bend.
    road = [(520, H), (1180, H), (960, 700), (900, 600), (860, 540), (830, 520), (800, 540),
            (820, 600), (780, 700)]
    pygame.draw.polygon(s, (150, 156, 170), road)
    for off in (-60, 60):
        pygame.draw.lines(s, (124, 130, 146), False, [(850 + off, H), (880 + off // 2, 700),
                                                      (860 + off // 4, 600), (835, 535)], 10)
    # Snowbanks pushed up along both sides of the road.
    blob(s, (246, 248, 252), [(440, H), (520, 860), (690, 720), (790, 640), (770, 720), (600, H)])
    blob(s, (240, 244, 250), [(1240, H), (1120, 860), (990, 720), (920, 620), (1000, 700),
                              (1110, 800), (1300, 940)])
    # The striped barrier across the road, on two posts.
    by = 800
    pygame.draw.rect(s, (60, 62, 70), (500, by - 20, 34, 200))
    pygame.draw.rect(s, (60, 62, 70), (1230, by - 20, 34, 200))
    pygame.draw.rect(s, (40, 40, 46), (486, by + 160, 62, 22))
    bar = pygame.Rect(500, by - 12, 764, 44)
    pygame.draw.rect(s, (248, 248, 248), bar, border_radius=10)
    clip = s.get_clip()
    s.set_clip(bar)
    for sx in range(bar.left - 60, bar.right + 60, 96):
        pygame.draw.polygon(s, (212, 36, 40), [(sx, bar.bottom), (sx + 48, bar.bottom),
                                               (sx + 88, bar.top), (sx + 40, bar.top)])
    s.set_clip(clip)
    pygame.draw.rect(s, (120, 30, 34), bar, 3, border_radius=10)
    blob(s, (250, 252, 255), [(520, by - 10), (700, by - 30), (980, by - 28), (1240, by - 12),
                              (900, by - 4)])  # snow lying on the bar
    # A warning triangle on a post at the right: avalanche pictogram, no words.
    px, py = 1390, 520
    pygame.draw.rect(s, (90, 94, 104), (px - 8, py, 16, 480))
    tri = [(px, py - 150), (px - 130, py + 80), (px + 130, py + 80)]
    pygame.draw.polygon(s, (204, 30, 36), tri)
    inner = [(px, py - 100), (px - 90, py + 58), (px + 90, py + 58)]
    pygame.draw.polygon(s, (250, 250, 250), inner)
    pygame.draw.polygon(s, (30, 30, 34), [(px - 82, py + 52), (px + 20, py - 50),
                                          (px + 20, py - 20), (px - 40, py + 52)])
    for bx, byy, br in ((px - 20, py + 4, 12), (px + 2, py - 20, 10), (px - 44, py + 30, 10),
                        (px + 30, py + 14, 9)):
        pygame.draw.circle(s, (30, 30, 34), (bx, byy), br)
    pygame.draw.rect(s, (30, 30, 34), (px + 24, py + 30, 44, 18), border_radius=5)
    blob(s, (250, 252, 255), [(px - 120, py + 76), (px, py - 150), (px + 20, py - 130),
                              (px - 90, py + 60)])
    # Fresh snow still drifting down, lightly.
    flakes = pygame.Surface((W, H), pygame.SRCALPHA)
    for _ in range(260):
        x, y = rng.randint(0, W), rng.randint(0, H)
        pygame.draw.circle(flakes, (255, 255, 255, rng.randint(110, 220)), (x, y),
                           rng.randint(2, 5))
    s.blit(flakes, (0, 0))
    return s


PICTURES = {
    "snowy-street-night.png": lambda: snowy_street_night(random.Random(2028)),
    "weather-warning-kazhydromet.png": lambda: windy_astana(random.Random(4245)),
    "mountain-road-closure-barrier.png": lambda: mountain_road(random.Random(4405)),
}
