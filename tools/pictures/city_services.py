"""City services: a festive metro platform, a library's reading corner, a bus at a stop."""

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    Color,
    blob,
    glow,
    haze,
    mix,
    vgradient,
)
import pygame


# ---------------------------------------------------------------- the metro on New Year's night


def metro_platform(rng: random.Random) -> pygame.Surface:
    """A metro hall at night: vaulted ceiling with ornament, a garland, a fir tree, a train."""
    s = pygame.Surface((W, H))
    vp = (W // 2 + 80, 430)  # vanishing point
    # Vault: warm marble walls fading into the distance.
    vgradient(s, s.get_rect(), [(0, (62, 48, 44)), (0.45, (150, 118, 92)), (1, (96, 80, 70))])
    # Ceiling arches receding to the vanishing point.
    for k in range(9, 0, -1):
        t = k / 9
        half_w = 60 + t * 980
        top = vp[1] - 40 - t * 520
        rect = pygame.Rect(vp[0] - half_w, top, half_w * 2, (vp[1] - top) * 1.6)
        shade = mix((196, 160, 118), (120, 92, 72), 1 - t)
        pygame.draw.ellipse(s, shade, rect)
        pygame.draw.ellipse(s, mix((232, 196, 132), shade, 0.4), rect, max(2, round(10 * t)))
        # Ornament band: small gold diamonds along the arch top.
        for a in range(12, 169, 12):
            ang = math.radians(a)
            x = rect.centerx + (rect.width / 2 - 22 * t) * math.cos(ang)
            y = rect.centery - (rect.height / 2 - 22 * t) * math.sin(ang)
            r = max(2, round(9 * t))
            pygame.draw.polygon(s, (236, 198, 110), [(x, y - r), (x + r, y), (x, y + r),
                                                     (x - r, y)])
    # Far tunnel mouth.
    pygame.draw.ellipse(s, (30, 24, 26), (vp[0] - 70, vp[1] - 60, 140, 120))
    # Chandeliers along the centre of the vault.
    for k in range(1, 6):
        t = k / 6
        x = vp[0]
        y = vp[1] - 80 - t * 330
        r = round(8 + 34 * t)
        pygame.draw.line(s, (90, 70, 50), (x, y - 3 * r), (x, y), max(1, r // 8))
        pygame.draw.ellipse(s, (255, 236, 180), (x - r, y - r // 2, 2 * r, r))
        glow(s, (round(x), round(y)), r * 4, (255, 190, 110), 0.8, steps=20)
    # Floor: polished stone platform on the right, track bed on the left.
    floor = [(W, H), (0, H), (vp[0] - 30, vp[1] + 30), (vp[0] + 30, vp[1] + 30), (W, 640)]
    pygame.draw.polygon(s, (168, 150, 136), floor)
    for k in range(1, 14):  # floor tiles lines towards the vanishing point
        x = -400 + k * 200
        pygame.draw.line(s, (150, 132, 120), (vp[0], vp[1] + 30), (x, H), 3)
    # Train on the left side, along the platform edge.
    edge_near = (380, H)
    pygame.draw.polygon(s, (44, 96, 150), [(0, 300), (vp[0] - 60, vp[1] - 40),
                                           (vp[0] - 60, vp[1] + 26), (0, 930)])
    pygame.draw.polygon(s, (30, 70, 118), [(0, 760), (vp[0] - 60, vp[1] + 16),
                                           (vp[0] - 60, vp[1] + 26), (0, 930)])
    # Lit train windows.
    for k in range(7):
        t0 = k / 7.6
        t1 = t0 + 0.08
        def at(t, frac):
            x = (vp[0] - 60) * t
            top = 300 + (vp[1] - 40 - 300) * t
            bot = 930 + (vp[1] + 26 - 930) * t
            return (x, top + (bot - top) * frac)
        pygame.draw.polygon(s, (255, 236, 178), [at(t0, 0.16), at(t1, 0.16), at(t1, 0.48),
                                                 at(t0, 0.48)])
    # Yellow safety line at the platform edge.
    pygame.draw.line(s, (236, 196, 40), edge_near, (vp[0] - 50, vp[1] + 30), 12)
    pygame.draw.polygon(s, (120, 104, 96), [(0, H), (edge_near[0] - 30, H),
                                            (vp[0] - 56, vp[1] + 30), (vp[0] - 60, vp[1] + 28),
                                            (0, 940)])
    # Garland: sagging strings of coloured bulbs across the vault.
    bulbs = [(255, 80, 80), (255, 210, 80), (90, 220, 120), (90, 170, 255), (255, 140, 220)]
    for row, (y0, sag) in enumerate(((120, 120), (250, 80), (340, 50))):
        x0, x1 = 140 + row * 140, W - 120 - row * 120
        prev = None
        n = 26 - row * 6
        for i in range(n + 1):
            t = i / n
            x = x0 + (x1 - x0) * t
            y = y0 + sag * math.sin(math.pi * t)
            if prev:
                pygame.draw.line(s, (40, 80, 44), prev, (x, y), 4)
            prev = (x, y)
            if 0 < i < n:
                c = bulbs[(i + row) % len(bulbs)]
                glow(s, (round(x), round(y + 10)), 34, c, 0.9, steps=20)
                pygame.draw.circle(s, c, (round(x), round(y + 10)), 9 - row)
    # A decorated fir tree on the platform.
    tx, base = 1290, 900
    pygame.draw.rect(s, (96, 60, 36), (tx - 18, base - 40, 36, 60))
    for k, (half, top) in enumerate(((190, 560), (150, 450), (110, 350), (70, 260))):
        bottom = base - 30 - k * 100 + 40
        pygame.draw.polygon(s, mix((24, 96, 56), (40, 130, 70), k / 4),
                            [(tx, top), (tx + half, bottom), (tx - half, bottom)])
    for _ in range(26):
        ty = rng.randint(320, 860)
        frac = (ty - 260) / 640
        half = 40 + frac * 160
        x = tx + rng.uniform(-half * 0.8, half * 0.8)
        c = rng.choice(bulbs)
        pygame.draw.circle(s, c, (round(x), ty), rng.randint(9, 14))
        pygame.draw.circle(s, (255, 255, 255), (round(x) - 3, ty - 3), 3)
    star = [(tx + 34 * math.cos(math.radians(-90 + 36 * i)) * (1 if i % 2 == 0 else 0.45),
             240 + 34 * math.sin(math.radians(-90 + 36 * i)) * (1 if i % 2 == 0 else 0.45))
            for i in range(10)]
    glow(s, (tx, 240), 90, (255, 200, 90), 1.0, steps=20)
    pygame.draw.polygon(s, (255, 214, 80), star)
    # A station clock hanging from the vault, hands at about 1:35.
    cx, cy, r = 990, 250, 70
    pygame.draw.line(s, (60, 50, 44), (cx, 40), (cx, cy - r), 6)
    pygame.draw.circle(s, (40, 36, 40), (cx, cy), r + 10)
    pygame.draw.circle(s, (248, 244, 232), (cx, cy), r)
    for h in range(12):
        a = math.radians(h * 30)
        pygame.draw.line(s, (40, 36, 40),
                         (cx + (r - 14) * math.sin(a), cy - (r - 14) * math.cos(a)),
                         (cx + (r - 4) * math.sin(a), cy - (r - 4) * math.cos(a)), 5)
    hour = math.radians((1 + 35 / 60) * 30)
    minute = math.radians(35 * 6)
    pygame.draw.line(s, (30, 28, 32), (cx, cy),
                     (cx + 36 * math.sin(hour), cy - 36 * math.cos(hour)), 9)
    pygame.draw.line(s, (30, 28, 32), (cx, cy), (cx + 56 * math.sin(minute),
                                                 cy - 56 * math.cos(minute)), 6)
    pygame.draw.circle(s, (200, 40, 40), (cx, cy), 7)
    # A few passengers in winter coats, seen from behind, walking to the train.
    for px, py, sc, coat in ((640, 900, 1.0, (120, 40, 50)), (820, 860, 0.85, (50, 60, 90)),
                             (930, 820, 0.7, (70, 90, 60))):
        hw = 46 * sc
        pygame.draw.rect(s, (40, 38, 44), (px - hw * 0.6, py - 60 * sc, hw * 0.45, 90 * sc))
        pygame.draw.rect(s, (40, 38, 44), (px + hw * 0.15, py - 60 * sc, hw * 0.45, 90 * sc))
        pygame.draw.rect(s, coat, (px - hw, py - 250 * sc, hw * 2, 200 * sc),
                         border_radius=round(30 * sc))
        pygame.draw.circle(s, (60, 44, 36), (px, round(py - 280 * sc)), round(38 * sc))
        pygame.draw.ellipse(s, mix(coat, (255, 255, 255), 0.5),
                            (px - 42 * sc, py - 330 * sc, 84 * sc, 40 * sc))  # knitted hat
    # Warm haze.
    haze(s, (255, 210, 160), 14)
    return s


# ---------------------------------------------------------------- the library's summer club


def book_row(s: pygame.Surface, rng: random.Random, x0: int, x1: int, base: int,
             palette: list[Color]) -> None:
    """Books standing on a shelf, with a few leaning ones and gaps."""
    x = x0
    while x < x1 - 20:
        w = rng.randint(22, 46)
        h = rng.randint(120, 170)
        if x + w > x1:
            break
        c = rng.choice(palette)
        if rng.random() < 0.07 and x + h < x1:  # a book lying flat
            pygame.draw.rect(s, c, (x, base - w, h, w), border_radius=4)
            x += h + 6
            continue
        pygame.draw.rect(s, c, (x, base - h, w, h), border_radius=4)
        pygame.draw.line(s, mix(c, (255, 255, 255), 0.5), (x + 5, base - h + 20),
                         (x + w - 5, base - h + 20), 3)
        pygame.draw.line(s, mix(c, (0, 0, 0), 0.3), (x + 5, base - 24), (x + w - 5, base - 24), 3)
        x += w + rng.choice((0, 2, 2, 4))


def library_corner(rng: random.Random) -> pygame.Surface:
    """A cosy children's reading corner: shelves, a sunny window, beanbags, a rug, a lamp."""
    s = pygame.Surface((W, H))
    vgradient(s, pygame.Rect(0, 0, W, 720), [(0, (252, 236, 206)), (1, (246, 220, 180))])
    # Floor boards.
    vgradient(s, pygame.Rect(0, 720, W, H - 720), [(0, (196, 144, 96)), (1, (170, 118, 76))])
    for y in range(740, H, 46):
        pygame.draw.line(s, (160, 110, 70), (0, y), (W, y), 2)
    # Window with a summer tree outside.
    win = pygame.Rect(980, 120, 420, 420)
    vgradient(s, win, [(0, (150, 206, 246)), (1, (214, 238, 250))])
    s.set_clip(win)  # the tree outside is seen only through the window
    for _ in range(16):
        pygame.draw.circle(s, mix((70, 160, 80), (130, 196, 90), rng.random()),
                           (rng.randint(win.left, win.right), rng.randint(win.top + 150,
                                                                          win.bottom + 40)),
                           rng.randint(50, 90))
    s.set_clip(None)
    pygame.draw.rect(s, (252, 250, 244), win, 18)
    pygame.draw.line(s, (252, 250, 244), (win.centerx, win.top), (win.centerx, win.bottom), 14)
    pygame.draw.line(s, (252, 250, 244), (win.left, win.centery), (win.right, win.centery), 14)
    pygame.draw.rect(s, (236, 230, 220), (win.left - 30, win.bottom, win.width + 60, 26),
                     border_radius=6)
    # Sunlight patch on the floor.
    sun = pygame.Surface((W, H), pygame.SRCALPHA)
    pygame.draw.polygon(sun, (255, 244, 200, 70), [(win.left, win.bottom + 26),
                                                   (win.right, win.bottom + 26),
                                                   (win.right - 120, H), (win.left - 420, H)])
    s.blit(sun, (0, 0))
    # A potted plant on the sill.
    pygame.draw.rect(s, (200, 96, 60), (1250, 470, 80, 70), border_radius=10)
    for a in range(-70, 80, 20):
        ang = math.radians(a - 90)
        tip = (1290 + 110 * math.cos(ang), 470 + 110 * math.sin(ang))
        pygame.draw.line(s, (60, 140, 70), (1290, 476), tip, 10)
        pygame.draw.ellipse(s, (70, 160, 80), (tip[0] - 22, tip[1] - 12, 44, 24))
    # Bookshelf on the left: wood frame with four shelves.
    shelf = pygame.Rect(60, 90, 760, 640)
    pygame.draw.rect(s, (150, 98, 58), shelf, border_radius=8)
    pygame.draw.rect(s, (110, 68, 38), shelf.inflate(-40, -40))
    palette = [(214, 70, 70), (70, 130, 200), (250, 190, 60), (90, 170, 110), (150, 100, 190),
               (240, 130, 60), (60, 170, 180), (230, 110, 150), (240, 236, 220)]
    for k in range(4):
        base = shelf.top + 20 + (k + 1) * 150
        book_row(s, rng, shelf.left + 30, shelf.right - 30, base, palette)
        pygame.draw.rect(s, (150, 98, 58), (shelf.left + 10, base, shelf.width - 20, 18))
    # Bunting of paper flags over the corner (summer club decoration).
    flags = [(250, 190, 60), (214, 70, 70), (70, 130, 200), (90, 170, 110), (230, 110, 150)]
    prev = None
    for i in range(15):
        t = i / 14
        x = 40 + t * 1500
        y = 50 + 60 * math.sin(math.pi * t)
        if prev:
            pygame.draw.line(s, (120, 90, 60), prev, (x, y), 3)
            mx = (prev[0] + x) / 2
            my = (prev[1] + y) / 2
            pygame.draw.polygon(s, flags[i % len(flags)], [(mx - 34, my), (mx + 34, my),
                                                           (mx, my + 62)])
        prev = (x, y)
    # Round rug with rings.
    for k, c in enumerate([(94, 150, 170), (240, 200, 110), (220, 110, 90), (94, 150, 170)]):
        pygame.draw.ellipse(s, c, pygame.Rect(380, 780, 900, 200).inflate(-k * 120, -k * 36))
    # Two beanbags.
    blob(s, (230, 96, 70), [(520, 880), (480, 780), (560, 700), (680, 720), (720, 820),
                            (660, 900)])
    blob(s, (250, 130, 100), [(540, 760), (600, 720), (660, 750), (610, 790)])
    blob(s, (70, 150, 190), [(1080, 900), (1050, 800), (1120, 730), (1240, 740), (1290, 840),
                             (1200, 910)])
    blob(s, (110, 180, 210), [(1110, 790), (1160, 750), (1220, 770), (1170, 810)])
    # Low table with open book, a stack of books and a reading lamp.
    pygame.draw.rect(s, (170, 116, 70), (780, 790, 220, 24), border_radius=6)
    for lx in (796, 974):
        pygame.draw.rect(s, (140, 90, 52), (lx, 812, 14, 70))
    pygame.draw.polygon(s, (252, 250, 240), [(800, 786), (890, 770), (890, 790), (800, 794)])
    pygame.draw.polygon(s, (244, 242, 232), [(890, 770), (980, 786), (980, 794), (890, 790)])
    for k, c in enumerate([(70, 130, 200), (250, 190, 60), (214, 70, 70)]):
        pygame.draw.rect(s, c, (930 - k * 4, 764 - k * 24, 60, 22), border_radius=3)
    # Floor lamp by the shelf.
    pygame.draw.rect(s, (60, 56, 60), (880, 380, 10, 410))
    pygame.draw.ellipse(s, (60, 56, 60), (840, 780, 90, 22))
    pygame.draw.polygon(s, (250, 214, 120), [(840, 400), (930, 400), (910, 330), (860, 330)])
    glow(s, (885, 420), 200, (255, 200, 120), 0.7, steps=20)
    return s


# ---------------------------------------------------------------- the bus stop


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


PICTURES = {
    "metro-new-year-hours.png": lambda: metro_platform(random.Random(4102)),
    "library-summer-club.png": lambda: library_corner(random.Random(4103)),
    "bus-fare-change.png": lambda: city_bus_stop(random.Random(4246)),
}
