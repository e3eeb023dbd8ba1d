"""Cartoons: a bus stop heated by a hair dryer, pupils with medals, an exam and a crystal ball."""

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    alpha_rect,
    blob,
    glow,
    mix,
    vgradient,
)
import pygame

SKIN = [(232, 190, 150), (210, 160, 120), (190, 140, 100)]
HAIR = [(30, 22, 18), (60, 40, 26), (20, 16, 14)]


def cartoon_person(s, x, y, scale, coat, rng, hat=None, scarf=None, medal=None, smile=True,
                   long_hair=False) -> None:
    """A simple cartoon person standing, feet at (x, y)."""
    k = scale
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    pygame.draw.rect(s, (40, 40, 52), (x - 34 * k, y - 130 * k, 28 * k, 130 * k))  # legs
    pygame.draw.rect(s, (40, 40, 52), (x + 6 * k, y - 130 * k, 28 * k, 130 * k))
    pygame.draw.ellipse(s, (24, 24, 30), (x - 44 * k, y - 16 * k, 44 * k, 20 * k))
    pygame.draw.ellipse(s, (24, 24, 30), (x, y - 16 * k, 44 * k, 20 * k))
    pygame.draw.rect(s, coat, (x - 56 * k, y - 290 * k, 112 * k, 180 * k),
                     border_radius=round(30 * k))  # body
    pygame.draw.rect(s, coat, (x - 78 * k, y - 280 * k, 30 * k, 140 * k),
                     border_radius=round(14 * k))  # arms
    pygame.draw.rect(s, coat, (x + 48 * k, y - 280 * k, 30 * k, 140 * k),
                     border_radius=round(14 * k))
    pygame.draw.circle(s, skin, (x - 63 * k, y - 134 * k), 15 * k)
    pygame.draw.circle(s, skin, (x + 63 * k, y - 134 * k), 15 * k)
    if long_hair:  # hair falling to the shoulders, behind the head
        pygame.draw.rect(s, hair, (x - 58 * k, y - 380 * k, 116 * k, 110 * k),
                         border_radius=round(30 * k))
    pygame.draw.circle(s, skin, (x, y - 340 * k), 50 * k)  # head
    pygame.draw.ellipse(s, hair, (x - 52 * k, y - 396 * k, 104 * k, 56 * k))
    pygame.draw.circle(s, (30, 24, 20), (x - 17 * k, y - 340 * k), 5 * k)
    pygame.draw.circle(s, (30, 24, 20), (x + 17 * k, y - 340 * k), 5 * k)
    if smile:
        pygame.draw.arc(s, (120, 50, 40), (x - 20 * k, y - 336 * k, 40 * k, 26 * k),
                        math.pi, math.tau, max(2, round(4 * k)))
    else:
        pygame.draw.line(s, (120, 50, 40), (x - 14 * k, y - 312 * k), (x + 14 * k, y - 312 * k),
                         max(2, round(4 * k)))
    if hat:
        pygame.draw.ellipse(s, hat, (x - 54 * k, y - 410 * k, 108 * k, 70 * k))
        pygame.draw.rect(s, mix(hat, (255, 255, 255), 0.3), (x - 56 * k, y - 372 * k,
                                                             112 * k, 18 * k),
                         border_radius=round(8 * k))
        pygame.draw.circle(s, (250, 250, 250), (x, y - 414 * k), 16 * k)
    if scarf:
        pygame.draw.rect(s, scarf, (x - 44 * k, y - 298 * k, 88 * k, 26 * k),
                         border_radius=round(12 * k))
    if medal:
        pygame.draw.polygon(s, (30, 90, 190), [(x - 30 * k, y - 290 * k), (x - 6 * k,
                            y - 220 * k), (x + 6 * k, y - 220 * k), (x + 30 * k, y - 290 * k),
                            (x + 16 * k, y - 290 * k), (x, y - 240 * k),
                            (x - 16 * k, y - 290 * k)])
        pygame.draw.circle(s, mix(medal, (0, 0, 0), 0.3), (x, y - 206 * k), 24 * k)
        pygame.draw.circle(s, medal, (x, y - 206 * k), 19 * k)


# ---------------------------------------------------------------- the hair-dryer satire


def hairdryer_cartoon(rng: random.Random) -> pygame.Surface:
    """A bus stop in the snow, warmed by a giant pink hair dryer on a pole."""
    s = pygame.Surface((W, H))
    vgradient(s, pygame.Rect(0, 0, W, 700), [(0, (120, 170, 220)), (1, (206, 224, 240))])
    # Blocks of flats behind.
    for bx, bw, bh in ((-20, 300, 380), (300, 240, 300), (560, 340, 440), (1240, 380, 360)):
        pygame.draw.rect(s, (190, 180, 170), (bx, 700 - bh, bw, bh))
        pygame.draw.rect(s, (248, 250, 252), (bx - 4, 700 - bh - 10, bw + 8, 16))
        for wy in range(700 - bh + 30, 680, 56):
            for wx in range(bx + 24, bx + bw - 30, 50):
                pygame.draw.rect(s, (120, 150, 180), (wx, wy, 26, 32))
    # Snowy ground.
    pygame.draw.rect(s, (240, 244, 250), (0, 700, W, 300))
    pygame.draw.rect(s, (176, 184, 200), (0, 900, W, 100))
    # The bus stop shelter.
    sx, sy, sw = 260, 470, 620
    pygame.draw.rect(s, (60, 70, 90), (sx, sy, 16, 410))
    pygame.draw.rect(s, (60, 70, 90), (sx + sw - 16, sy, 16, 410))
    alpha_rect(s, (170, 210, 240, 90), (sx + 16, sy + 20, sw - 32, 340))
    pygame.draw.rect(s, (60, 70, 90), (sx - 20, sy - 20, sw + 40, 30))
    blob(s, (248, 250, 253), [(sx - 26, sy - 20), (sx + 100, sy - 50), (sx + sw - 80, sy - 54),
                              (sx + sw + 26, sy - 24), (sx + sw / 2, sy - 10)], steps=10)
    pygame.draw.rect(s, (110, 80, 60), (sx + 60, sy + 270, sw - 120, 20))  # bench
    # Bus-stop sign on its pole (a bus pictogram, no words).
    pygame.draw.rect(s, (60, 70, 90), (sx + sw + 70, 420, 12, 460))
    pygame.draw.rect(s, (30, 120, 200), (sx + sw + 30, 380, 92, 92), border_radius=12)
    pygame.draw.rect(s, (255, 255, 255), (sx + sw + 44, 400, 64, 40), border_radius=8)
    pygame.draw.circle(s, (255, 255, 255), (sx + sw + 56, 450), 8)
    pygame.draw.circle(s, (255, 255, 255), (sx + sw + 96, 450), 8)
    # People waiting, hair and scarves blown by the hot wind.
    for x, coat, hat, scarf in ((400, (180, 40, 50), (40, 60, 120), (240, 200, 60)),
                                (560, (40, 90, 70), None, (200, 60, 80)),
                                (720, (60, 60, 120), (200, 60, 60), (250, 250, 250))):
        cartoon_person(s, x, 880, 0.9, coat, rng, hat=hat, scarf=scarf)
        blob(s, scarf, [(x + 30, 610), (x + 120, 590), (x + 170, 610), (x + 110, 630),
                        (x + 30, 632)], steps=10)
    # The giant hair dryer on a tall pole, pointing down at the stop.
    px = 1260
    pygame.draw.rect(s, (90, 96, 110), (px, 240, 24, 660))
    pygame.draw.rect(s, (90, 96, 110), (px - 170, 230, 200, 20))
    dryer = pygame.Surface((700, 420), pygame.SRCALPHA)
    pink, dark_pink = (238, 110, 170), (190, 70, 130)
    pygame.draw.ellipse(dryer, pink, (260, 40, 300, 220))  # body
    pygame.draw.rect(dryer, pink, (40, 100, 300, 110), border_radius=30)  # nozzle
    pygame.draw.rect(dryer, dark_pink, (20, 96, 60, 118), border_radius=16)
    pygame.draw.circle(dryer, dark_pink, (410, 150), 70)
    for k in range(8):
        a = k * math.tau / 8
        pygame.draw.line(dryer, pink, (410, 150), (410 + 60 * math.cos(a), 150 + 60 * math.sin(a)),
                         8)
    pygame.draw.rect(dryer, pink, (380, 230, 80, 170), border_radius=30)  # handle
    pygame.draw.rect(dryer, (250, 250, 250), (396, 270, 48, 26), border_radius=8)
    pygame.draw.line(dryer, (40, 40, 40), (420, 400), (470, 416), 8)
    dryer = pygame.transform.rotozoom(dryer, 24, 1.0)
    s.blit(dryer, dryer.get_rect(center=(px - 110, 300)))
    pygame.draw.line(s, (40, 40, 40), (px + 10, 470), (px + 10, 900), 6)  # cable down the pole
    # Waves of hot air towards the people.
    air = pygame.Surface((W, H), pygame.SRCALPHA)
    for k in range(6):
        pts = []
        for t in range(0, 41):
            u = t / 40
            x = 900 - u * 520 + 20 * math.sin(u * 12 + k)
            y = 360 + k * 50 + u * 200 + 14 * math.sin(u * 18 + k * 2)
            pts.append((x, y))
        pygame.draw.lines(air, (255, 140, 40, 120), False, pts, 8)
    s.blit(air, (0, 0))
    # Melting snow on the shelter roof: drips.
    for dx in range(sx + 40, sx + sw - 20, 70):
        pygame.draw.line(s, (150, 200, 240), (dx, sy + 10), (dx, sy + 40), 6)
        pygame.draw.circle(s, (150, 200, 240), (dx, sy + 46), 7)
    return s


# ---------------------------------------------------------------- the olympiad team


def olympiad_stage(rng: random.Random) -> pygame.Surface:
    """Four pupils on an awards stage, medals on their chests, the flag and a big screen."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (20, 30, 70)), (1, (50, 60, 110))])
    # The big screen behind: stylised code-like lines.
    screen = pygame.Rect(300, 60, 1000, 420)
    pygame.draw.rect(s, (16, 20, 40), screen.inflate(24, 24), border_radius=16)
    vgradient(s, screen, [(0, (30, 80, 160)), (1, (20, 50, 120))])
    y = screen.top + 40
    for _ in range(8):
        indent = rng.choice((0, 40, 80))
        width = rng.randint(200, 520)
        colour = rng.choice([(120, 220, 160), (240, 200, 90), (200, 220, 255)])
        pygame.draw.rect(s, colour, (screen.left + 50 + indent, y, width, 18), border_radius=9)
        y += 44
    # Kazakhstan's flag on a stand (sky blue, golden sun and eagle, ornament at the hoist).
    fx, fy = 1380, 150
    pygame.draw.rect(s, (180, 180, 190), (fx - 6, fy - 20, 10, 620))
    flag = pygame.Rect(fx + 4, fy, 200, 100)
    pygame.draw.rect(s, (0, 175, 202), flag)
    pygame.draw.circle(s, (254, 197, 0), (flag.centerx + 8, flag.centery - 10), 20)
    pygame.draw.arc(s, (254, 197, 0), (flag.centerx - 34, flag.centery + 2, 84, 30), 0.2, 2.9, 5)
    pygame.draw.rect(s, (254, 197, 0), (flag.left + 8, flag.top + 6, 10, 88))
    # Spotlights.
    light = pygame.Surface((W, H), pygame.SRCALPHA)
    for lx in (520, 1080):
        pygame.draw.polygon(light, (255, 240, 200, 26), [(lx - 30, 0), (lx + 30, 0),
                                                         (lx + 300, 900), (lx - 300, 900)])
    s.blit(light, (0, 0))
    # The stage.
    pygame.draw.rect(s, (120, 70, 50), (0, 860, W, 140))
    pygame.draw.rect(s, (150, 90, 64), (0, 850, W, 22))
    # The four pupils: one gold, two silver, one bronze.
    gold, silver, bronze = (240, 196, 50), (200, 204, 214), (196, 120, 60)
    for x, coat, medal, girl in ((440, (40, 60, 120), silver, False),
                                 (680, (250, 250, 250), gold, True),
                                 (920, (120, 40, 60), silver, False),
                                 (1160, (40, 100, 90), bronze, True)):
        cartoon_person(s, x, 870, 1.05, coat, rng, medal=medal, long_hair=girl)
    return s


# ---------------------------------------------------------------- the exams satire


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


PICTURES = {
    "hairdryer-heating-satire.png": lambda: hairdryer_cartoon(random.Random(3034)),
    "olympiad-winners.png": lambda: olympiad_stage(random.Random(3035)),
    "school-exams-satire.png": lambda: exam_horoscope(random.Random(4247)),
}
