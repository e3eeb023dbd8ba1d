"""A press briefing at a lectern, fans outside a stadium, a phone screenshot of a news page."""

# The first two are video stills: the game shows a play button over their centre, so the faces
# and the details the clues talk about are kept away from the middle. The JPEGs whose analysis
# is the evidence (the deepfake's repainted mouth and ticker, the crop of the fans, the
# generator's metadata) are made from these PNGs by forensic.py.

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    Color,
    alpha_rect,
    blob,
    font,
    glow,
    mix,
    person,
    text,
    vgradient,
)
import pygame
from video_stills import SKIN_SHADE, face, vignette

# ---------------------------------------------------------------- the press briefing

BACKDROP: Color = (206, 222, 236)
CITY_BLUE: Color = (22, 92, 160)


def emblem(surf: pygame.Surface, cx: int, cy: int, r: int, colour: Color = CITY_BLUE) -> None:
    """An invented city emblem: snowy peaks in a ring."""
    pygame.draw.circle(surf, colour, (cx, cy), r)
    pygame.draw.circle(surf, (255, 255, 255), (cx, cy), r - max(2, r // 9))
    pygame.draw.polygon(surf, colour, [(cx - r * 0.72, cy + r * 0.42), (cx - r * 0.25, cy - r *
                        0.45), (cx, cy - r * 0.05), (cx + r * 0.25, cy - r * 0.55),
                        (cx + r * 0.72, cy + r * 0.42)])
    pygame.draw.polygon(surf, (255, 255, 255), [(cx - r * 0.25, cy - r * 0.45),
                        (cx - r * 0.36, cy - r * 0.25), (cx - r * 0.14, cy - r * 0.25)])
    pygame.draw.polygon(surf, (255, 255, 255), [(cx + r * 0.25, cy - r * 0.55),
                        (cx + r * 0.12, cy - r * 0.32), (cx + r * 0.38, cy - r * 0.32)])


def road_slide(surf: pygame.Surface, rect: pygame.Rect) -> None:
    """A screen with the briefing's slide: a street map, repairs marked in orange."""
    pygame.draw.rect(surf, (26, 28, 34), rect.inflate(24, 24), border_radius=10)
    pygame.draw.rect(surf, (244, 246, 240), rect)
    rng = random.Random(2024)
    for k in range(7):  # blocks of the map
        y = rect.top + 30 + k * (rect.h - 60) // 6
        pygame.draw.line(surf, (200, 204, 210), (rect.left + 10, y), (rect.right - 10, y), 8)
    for k in range(9):
        x = rect.left + 24 + k * (rect.w - 48) // 8
        pygame.draw.line(surf, (200, 204, 210), (x, rect.top + 10), (x, rect.bottom - 10), 8)
    pygame.draw.line(surf, (170, 200, 150), (rect.left + 10, rect.bottom - 30),
                     (rect.right - 10, rect.top + 40), 14)  # a river of green park
    for _ in range(6):  # the repaired streets
        if rng.random() < 0.5:
            y = rect.top + 30 + rng.randint(0, 6) * (rect.h - 60) // 6
            x0 = rect.left + 24 + rng.randint(0, 4) * (rect.w - 48) // 8
            pygame.draw.line(surf, (236, 120, 30), (x0, y), (x0 + (rect.w - 48) // 8 * 3, y), 10)
        else:
            x = rect.left + 24 + rng.randint(0, 8) * (rect.w - 48) // 8
            y0 = rect.top + 30 + rng.randint(0, 3) * (rect.h - 60) // 6
            pygame.draw.line(surf, (236, 120, 30), (x, y0), (x, y0 + (rect.h - 60) // 6 * 3), 10)
    # A traffic cone in the corner of the slide.
    cx, base = rect.right - 60, rect.bottom - 26
    pygame.draw.polygon(surf, (236, 120, 30), [(cx - 26, base), (cx + 26, base), (cx + 8, base
                        - 84), (cx - 8, base - 84)])
    for k in (0.35, 0.65):
        y = base - 84 * k
        half = 8 + 18 * (1 - k)
        pygame.draw.line(surf, (255, 255, 255), (cx - half, y), (cx + half, y), 9)
    pygame.draw.rect(surf, (60, 60, 66), (cx - 36, base - 4, 72, 10))


def briefing_room() -> pygame.Surface:
    """A deputy akim at the press briefing on road repairs: press wall, slide, lectern."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (228, 234, 240)), (1, (196, 204, 214))])
    # The press wall: the emblem and a band repeated in a grid.
    wall = pygame.Rect(120, 40, W - 240, 780)
    pygame.draw.rect(s, BACKDROP, wall)
    for row, y in enumerate(range(wall.top + 70, wall.bottom, 150)):
        for x in range(wall.left + 80 - (row % 2) * 110, wall.right, 220):
            emblem(s, x, y, 34, mix(CITY_BLUE, BACKDROP, 0.45))
    pygame.draw.rect(s, (170, 190, 210), wall, 6)
    glow(s, (1050, 380), 560, (40, 40, 34), 0.9)
    # The slide on a screen at the left.
    road_slide(s, pygame.Rect(180, 170, 430, 290))
    pygame.draw.rect(s, (60, 62, 70), (384, 482, 22, 340))
    pygame.draw.rect(s, (60, 62, 70), (330, 810, 130, 16), border_radius=6)
    # A potted plant at the far left.
    pygame.draw.rect(s, (120, 84, 60), (40, 840, 120, 140), border_radius=10)
    for k in range(9):
        a = math.pi * (0.15 + 0.7 * k / 8)
        tip = (100 - math.cos(a) * 150, 850 - math.sin(a) * 260)
        blob(s, (52 + k * 4, 120 + k * 5, 70), [(100, 850), (tip[0] - 22, (850 + tip[1]) / 2),
                                              tip, (tip[0] + 22, (850 + tip[1]) / 2)])
    # The floor and the edge of the stage.
    pygame.draw.rect(s, (120, 110, 104), (0, 900, W, 100))
    pygame.draw.rect(s, (96, 88, 84), (0, 900, W, 10))
    # The speaker: navy suit, white shirt, blue tie, glasses.
    cx = 1080
    pygame.draw.rect(s, SKIN_SHADE, (cx - 40, 400, 80, 70))
    suit = [(cx - 290, H), (cx - 280, 580), (cx - 240, 500), (cx - 88, 462), (cx + 88, 462),
            (cx + 240, 500), (cx + 280, 580), (cx + 290, H)]
    pygame.draw.polygon(s, (32, 44, 70), suit)
    pygame.draw.polygon(s, (246, 246, 248), [(cx - 66, 462), (cx + 66, 462), (cx, 650)])
    pygame.draw.polygon(s, (40, 90, 160), [(cx - 16, 476), (cx + 16, 476), (cx + 24, 620),
                                           (cx, 660), (cx - 24, 620)])
    pygame.draw.polygon(s, (48, 104, 180), [(cx - 18, 462), (cx + 18, 462), (cx + 12, 488),
                                            (cx - 12, 488)])
    for side in (-1, 1):
        pygame.draw.polygon(s, (42, 56, 86), [(cx + side * 66, 462), (cx + side * 106, 466),
                                              (cx + side * 58, 660), (cx + side * 10, 646)])
    face(s, cx, 318, 84, (34, 30, 28), glasses=True, beard=False, mouth_open=False, grey=0.2)
    # Hands resting on the lectern, holding a sheet of paper.
    pygame.draw.polygon(s, (250, 250, 246), [(cx - 150, 690), (cx + 40, 682), (cx + 50, 712),
                                             (cx - 140, 718)])
    for side in (-1, 1):
        pygame.draw.ellipse(s, (214, 168, 134), (cx + side * 120 - 34, 676, 68, 40))
    # The lectern with the emblem, and two microphones.
    pygame.draw.polygon(s, (236, 238, 242), [(cx - 240, 710), (cx + 240, 710), (cx + 200, H),
                                             (cx - 200, H)])
    pygame.draw.polygon(s, (196, 202, 212), [(cx - 262, 690), (cx + 262, 690), (cx + 244, 722),
                                             (cx - 244, 722)])
    pygame.draw.rect(s, CITY_BLUE, (cx - 200, 750, 400, 16))
    emblem(s, cx, 860, 62)
    for side in (-1, 1):
        base = (cx + side * 70, 694)
        tip = (cx + side * 40, 520)
        ctrl = (cx + side * 120, 600)
        pts = [((1 - t) ** 2 * base[0] + 2 * (1 - t) * t * ctrl[0] + t * t * tip[0],
                (1 - t) ** 2 * base[1] + 2 * (1 - t) * t * ctrl[1] + t * t * tip[1])
               for t in (i / 20 for i in range(21))]
        pygame.draw.lines(s, (36, 36, 40), False, pts, 6)
        pygame.draw.ellipse(s, (28, 28, 32), (tip[0] - 16, tip[1] - 28, 32, 42))
    # A water glass on the lectern and a TV channel's small logo in the corner.
    glass = pygame.Surface((W, H), pygame.SRCALPHA)
    pygame.draw.rect(glass, (220, 234, 244, 150), (cx + 170, 620, 44, 76), border_radius=6)
    s.blit(glass, (0, 0))
    pygame.draw.rect(s, (150, 170, 186), (cx + 170, 620, 44, 76), 3, border_radius=6)
    alpha_rect(s, (255, 255, 255, 170), (W - 230, 60, 170, 64), 12)
    text(s, "SHAHAR", 40, (22, 92, 160), (W - 145, 92), "center")
    vignette(s, 70)
    return s


# ---------------------------------------------------------------- fans outside a stadium

CLUB_GREEN: Color = (30, 128, 72)


def stadium_fans() -> pygame.Surface:
    """A 2019 protest of football fans about ticket prices, outside their club's stadium."""
    rng = random.Random(1907)
    s = pygame.Surface((W, H))
    vgradient(s, pygame.Rect(0, 0, W, 520), [(0, (120, 170, 220)), (1, (226, 214, 190))])
    # Summer trees behind, at the sides.
    for x in (-40, 90, 1470, 1600):
        blob(s, (64, 120, 60), [(x - 110, 520), (x - 120, 330), (x - 40, 230), (x + 60, 240),
                                (x + 120, 340), (x + 110, 520)])
        blob(s, (84, 146, 70), [(x - 70, 420), (x - 80, 300), (x - 10, 250), (x + 60, 290),
                                (x + 70, 410)])
    # The stadium: a long curved stand of concrete ribs under a white roof.
    stand = pygame.Rect(180, 150, 1240, 420)
    pygame.draw.rect(s, (176, 172, 166), stand)
    for k in range(19):
        x = stand.left + 20 + k * 66
        pygame.draw.rect(s, (150, 146, 142), (x, stand.top + 60, 22, stand.h - 60))
    for k in range(3):  # the tiers of the stand, seen from outside
        y = stand.top + 130 + k * 90
        pygame.draw.rect(s, (120, 118, 116), (stand.left, y, stand.w, 14))
    pygame.draw.polygon(s, (238, 240, 242), [(stand.left - 60, stand.top + 40),
                        (stand.right + 60, stand.top + 40), (stand.right + 20, stand.top - 10),
                        (stand.left - 20, stand.top - 10)])
    pygame.draw.line(s, (200, 204, 210), (stand.left - 60, stand.top + 40),
                     (stand.right + 60, stand.top + 40), 6)
    # Club colours along the top of the stand and its gates.
    pygame.draw.rect(s, CLUB_GREEN, (stand.left, stand.top + 40, stand.w, 22))
    for k, x in enumerate(range(stand.left + 70, stand.right - 100, 230)):
        gate = pygame.Rect(x, stand.bottom - 150, 130, 150)
        pygame.draw.rect(s, (40, 40, 44), gate, border_top_left_radius=60,
                         border_top_right_radius=60)
        for bx in range(gate.left + 12, gate.right, 18):
            pygame.draw.line(s, (110, 110, 116), (bx, gate.top + 20), (bx, gate.bottom), 4)
        text(s, str(k + 1), 30, (255, 255, 255), (gate.centerx, gate.top - 22), "center")
    # Two floodlight towers.
    for x in (120, 1480):
        pygame.draw.line(s, (120, 124, 130), (x, 540), (x, 40), 14)
        pygame.draw.rect(s, (90, 94, 100), (x - 70, 10, 140, 70), border_radius=6)
        for lx in range(x - 56, x + 60, 28):
            for ly in (22, 50):
                pygame.draw.circle(s, (240, 240, 220), (lx, ly), 9)
    # The square in front, paved.
    vgradient(s, pygame.Rect(0, 560, W, H - 560), [(0, (170, 164, 156)), (1, (128, 122, 116))])
    # The crowd: rows from the back (small) to the front (big), most facing the stadium.
    colours = [CLUB_GREEN, (240, 240, 236), CLUB_GREEN, (40, 44, 56), (90, 90, 96),
               (60, 110, 150), (150, 120, 90)]
    rows = [(600, 62, 30), (650, 80, 24), (720, 104, 19), (810, 134, 15), (920, 170, 12),
            (1040, 210, 10)]
    banner_done = False
    for feet, h, count in rows:
        step = W / count
        for k in range(count):
            x = (k + rng.uniform(0.1, 0.9)) * step
            if 700 < x < 900 and feet > 900:
                continue  # room for the play button
            front = rng.random() < 0.2
            arm_up = rng.random() < 0.3
            person(s, x, feet + rng.randint(-8, 8), h * rng.uniform(0.92, 1.08), rng,
                   front=front, coat=rng.choice(colours), arm_up=arm_up, smile=False)
        if feet == 720 and not banner_done:
            # The banner two fans hold up above the middle rows.
            banner = pygame.Rect(880, 560, 430, 110)
            for px in (banner.left + 20, banner.right - 20):
                pygame.draw.line(s, (90, 70, 50), (px, banner.top), (px, banner.bottom + 80), 8)
            pygame.draw.rect(s, (250, 250, 246), banner)
            pygame.draw.rect(s, CLUB_GREEN, banner, 8)
            text(s, "90 € ? NÃO!", 64, (200, 30, 40), banner.center, "center")
            banner_done = True
    # Green and white flags waving over the crowd.
    for x, y in ((260, 590), (560, 640), (1420, 620)):
        pygame.draw.line(s, (80, 64, 50), (x, y + 140), (x, y - 40), 6)
        wave = [(x, y - 40)] + [(x + t, y - 40 + 10 * math.sin(t / 30)) for t in range(0, 150, 10)]
        wave += [(x + t, y + 40 + 10 * math.sin(t / 30)) for t in range(140, -1, -10)]
        pygame.draw.polygon(s, CLUB_GREEN, wave)
        pygame.draw.polygon(s, (245, 245, 240), [(px, py + 26) if i < len(wave) // 2 else
                                                 (px, py - 26) for i, (px, py) in
                                                 enumerate(wave)])
    vignette(s, 60)
    return s


# ---------------------------------------------------------------- the generator screenshot

PAGE_BLUE: Color = (18, 70, 130)


def news_screenshot() -> pygame.Surface:
    """A phone screenshot (held sideways) of a page that imitates the Dala Info news site."""
    s = pygame.Surface((W, H))
    s.fill((250, 250, 250))
    # The phone's status bar.
    pygame.draw.rect(s, (20, 20, 24), (0, 0, W, 54))
    text(s, "14:32", 30, (255, 255, 255), (40, 27), "midleft")
    for k in range(4):
        pygame.draw.rect(s, (255, 255, 255), (W - 260 + k * 14, 36 - k * 6, 9, 8 + k * 6))
    pygame.draw.rect(s, (255, 255, 255), (W - 120, 16, 70, 24), 3, border_radius=5)
    pygame.draw.rect(s, (255, 255, 255), (W - 115, 21, 44, 14))
    text(s, "62%", 24, (255, 255, 255), (W - 136, 27), "midright")
    # The browser's address bar, with its padlock and the address.
    pygame.draw.rect(s, (236, 236, 240), (0, 54, W, 96))
    pygame.draw.rect(s, (255, 255, 255), (120, 70, W - 360, 62), border_radius=31)
    pygame.draw.rect(s, (80, 80, 90), (160, 96, 22, 18), border_radius=3)
    pygame.draw.arc(s, (80, 80, 90), (163, 82, 16, 24), 0, math.pi, 4)
    text(s, "dalainfo-kz.news/qogam/2025/12/aktyor-mektep", 30, (60, 60, 70), (200, 101),
         "midleft", bold=False)
    pygame.draw.polygon(s, (90, 90, 100), [(50, 101), (74, 84), (74, 118)])
    for k in range(3):
        pygame.draw.circle(s, (90, 90, 100), (W - 90, 82 + k * 20), 5)
    pygame.draw.rect(s, (90, 90, 100), (W - 200, 84, 40, 34), 4, border_radius=6)
    # The site's header: the logo and the sections.
    pygame.draw.rect(s, PAGE_BLUE, (0, 150, W, 110))
    pygame.draw.circle(s, (255, 196, 40), (90, 205), 34)
    pygame.draw.circle(s, PAGE_BLUE, (90, 205), 20)
    text(s, "DALA INFO", 58, (255, 255, 255), (140, 205), "midleft")
    x = 760
    for word in ("Жаңалықтар", "Қоғам", "Спорт", "Мәдениет"):
        text(s, word, 28, (210, 224, 240), (x, 205), "midleft", bold=False)
        x += font(28, bold=False).size(word)[0] + 56
    # The article: section, headline, date, photo and the first line.
    text(s, "ҚОҒАМ", 26, (200, 40, 40), (80, 300), "midleft")
    text(s, "Ерасыл Омарбек: «Мектеп — уақытты", 58, (20, 20, 24), (80, 360), "midleft")
    text(s, "босқа өткізу, мен оқуды тастадым»", 58, (20, 20, 24), (80, 432), "midleft")
    text(s, "Бүгін, 13:05   ·   48 200 рет қаралды", 26, (120, 120, 130), (80, 498),
         "midleft", bold=False)
    photo = pygame.Rect(80, 540, 720, 420)
    vgradient(s, photo, [(0, (60, 40, 90)), (1, (190, 70, 120))])
    rng = random.Random(77)
    clip = s.get_clip()
    s.set_clip(photo)
    glow(s, (photo.left + 200, photo.top + 60), 220, (120, 100, 200), 0.8)
    glow(s, (photo.right - 150, photo.top + 40), 180, (240, 160, 80), 0.7)
    person(s, photo.centerx + 20, photo.bottom + 260, 640, rng, front=True, coat=(30, 30, 36),
           smile=True, long_hair=False)
    # The microphone in his hand.
    pygame.draw.line(s, (30, 30, 34), (photo.centerx + 110, photo.bottom), (photo.centerx + 70,
                     photo.top + 250), 18)
    pygame.draw.circle(s, (60, 60, 66), (photo.centerx + 66, photo.top + 236), 30)
    s.set_clip(clip)
    for k, line in enumerate(("Танымал актер жастарға мектепті", "тастауға кеңес берді. Оның",
                              "айтуынша, «нағыз өмір — сабақта",  "емес, көшеде»...")):
        text(s, line, 34, (40, 40, 46), (850, 580 + k * 56), "midleft", bold=False)
    # Share buttons and a bar of "most read" at the bottom.
    for k, colour in enumerate(((40, 120, 220), (40, 170, 90), (230, 60, 90))):
        pygame.draw.circle(s, colour, (880 + k * 90, 830), 32)
    pygame.draw.rect(s, (236, 240, 246), (0, 900, W, 100))
    text(s, "Ең көп оқылған", 28, PAGE_BLUE, (80, 950), "midleft")
    return s


PICTURES = {
    "akim-deepfake-briefing.png": briefing_room,
    "old-protest-stadium.png": stadium_fans,
    "news-generator-screenshot.png": news_screenshot,
}
