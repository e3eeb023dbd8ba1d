"""Pictures of ads and articles: a courier job, a casino "win", a scholarship, a summer school
and a phone at night."""

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    alpha_rect,
    capsule,
    confetti,
    glow,
    mix,
    rays,
    sparkles,
    text,
    vgradient,
)
import pygame


def banknote(s: pygame.Surface, centre, angle: float, colour, size=(300, 150)) -> None:
    """A made-up banknote: a coloured slip with a pale oval and a few bars, turned by angle."""
    note = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.rect(note, colour + (255,), note.get_rect(), border_radius=10)
    pygame.draw.rect(note, mix(colour, (255, 255, 255), 0.45) + (255,), note.get_rect(), 6,
                     border_radius=10)
    pygame.draw.ellipse(note, mix(colour, (255, 255, 255), 0.55) + (255,),
                        (size[0] // 2 - 40, size[1] // 2 - 36, 80, 72))
    for k in range(3):
        pygame.draw.rect(note, mix(colour, (40, 40, 40), 0.35) + (255,),
                         (20, 24 + k * 34, 70, 12), border_radius=6)
    note = pygame.transform.rotate(note, angle)
    s.blit(note, note.get_rect(center=centre))


# ---------------------------------------------------------------- the courier job ad


def courier_ad() -> pygame.Surface:
    """A loud job ad: a courier's backpack and parcels, flying banknotes, 50 000 ₸ and 16+."""
    rng = random.Random(5001)
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (255, 196, 40)), (1, (250, 120, 30))])
    rays(s, 18, 40)
    # Banknotes flying out of the top right.
    for _ in range(9):
        banknote(s, (rng.randint(900, 1540), rng.randint(60, 420)), rng.randint(-40, 40),
                 rng.choice([(90, 170, 110), (120, 150, 200), (200, 140, 90)]))
    # The courier's square backpack, seen from behind, with straps.
    bag = pygame.Rect(170, 250, 460, 520)
    pygame.draw.rect(s, (120, 60, 20), bag.move(18, 24), border_radius=40)
    pygame.draw.rect(s, (40, 44, 56), bag, border_radius=40)
    pygame.draw.rect(s, (60, 66, 82), bag.inflate(-60, -60), border_radius=28)
    pygame.draw.rect(s, (250, 200, 40), (bag.left, bag.top + 180, bag.width, 40))  # reflective band
    pygame.draw.arc(s, (30, 32, 40), (bag.left + 90, bag.top - 90, bag.width - 180, 180),
                    0, math.pi, 24)  # handle
    # Parcels stacked beside it: brown boxes with tape.
    for k, (x, y, w, h) in enumerate([(680, 560, 300, 220), (720, 380, 240, 180),
                                      (1000, 600, 260, 180)]):
        pygame.draw.rect(s, (150, 96, 40), (x + 12, y + 16, w, h))
        pygame.draw.rect(s, (196, 140, 80), (x, y, w, h))
        pygame.draw.rect(s, (226, 196, 140), (x + w // 2 - 20, y, 40, h))
        pygame.draw.rect(s, (240, 240, 236), (x + 20, y + h - 60, 90, 40))
    # The big promise.
    pill = pygame.Rect(1000, 430, 560, 150)
    pygame.draw.rect(s, (200, 30, 40), pill.move(10, 12), border_radius=40)
    pygame.draw.rect(s, (230, 40, 50), pill, border_radius=40)
    text(s, "50 000 ₸", 100, (255, 255, 255), pill.center, anchor="center")
    badge = (1420, 820)
    pygame.draw.circle(s, (30, 30, 40), badge, 110)
    pygame.draw.circle(s, (255, 255, 255), badge, 96, 8)
    text(s, "16+", 80, (255, 255, 255), badge, anchor="center")
    # A chat bubble with a paper-plane shape: "write to us".
    bub = pygame.Rect(120, 830, 520, 120)
    pygame.draw.rect(s, (255, 255, 255), bub, border_radius=60)
    pygame.draw.polygon(s, (70, 150, 220), [(bub.left + 50, bub.centery),
                                            (bub.left + 130, bub.top + 26),
                                            (bub.left + 110, bub.bottom - 26)])
    for k, w in enumerate((300, 220)):
        pygame.draw.rect(s, (150, 156, 170), (bub.left + 170, bub.top + 34 + k * 36, w, 16),
                         border_radius=8)
    return s


# ---------------------------------------------------------------- the casino "winner"


def hand(s: pygame.Surface, base, skin, fingers: int) -> None:
    """A hand from below holding something: a palm and `fingers` fingers curled over the top."""
    bx, by = base
    capsule(s, mix(skin, (0, 0, 0), 0.15), (bx, by + 260), (bx + 30, H + 80), 150)  # wrist
    pygame.draw.ellipse(s, skin, (bx - 120, by - 60, 260, 300))  # palm
    for k in range(fingers):
        x = bx - 170 + k * 66
        capsule(s, mix(skin, (0, 0, 0), 0.3), (x, by + 40), (x + 6, by - 70), 46)
        capsule(s, skin, (x, by + 40), (x + 6, by - 66), 38)
        pygame.draw.ellipse(s, mix(skin, (255, 255, 255), 0.35), (x - 10, by - 84, 24, 18))


def casino_winner() -> pygame.Surface:
    """A hand with six fingers holds a phone showing a win; banknotes with melted letters behind."""
    rng = random.Random(5002)
    s = pygame.Surface((W, H))
    # A classroom behind: green board, a window, soft light.
    vgradient(s, s.get_rect(), [(0, (236, 226, 206)), (1, (200, 186, 160))])
    pygame.draw.rect(s, (40, 80, 60), (80, 90, 860, 460), border_radius=10)
    pygame.draw.rect(s, (120, 90, 60), (80, 90, 860, 460), 14, border_radius=10)
    for k in range(4):
        pygame.draw.line(s, (200, 220, 210), (150, 170 + k * 80),
                         (150 + rng.randint(300, 640), 170 + k * 80), 6)
    pygame.draw.rect(s, (190, 220, 240), (1180, 80, 340, 420))
    pygame.draw.rect(s, (240, 240, 240), (1180, 80, 340, 420), 16)
    pygame.draw.line(s, (240, 240, 240), (1350, 80), (1350, 500), 12)
    # Banknotes fanned on the desk, their lettering melted into squiggles.
    desk = pygame.Rect(0, 720, W, 280)
    pygame.draw.rect(s, (150, 108, 70), desk)
    for k in range(7):
        c = (60 + k * 250, 820 + rng.randint(-40, 40))
        banknote(s, c, rng.randint(-30, 30), (110, 160, 120), (340, 170))
        for j in range(3):  # squiggles where words should be
            pts = [(c[0] - 120 + i * 16, c[1] + 40 + j * 6 + rng.randint(-8, 8)) for i in range(12)]
            pygame.draw.lines(s, (40, 70, 50), False, pts, 3)
    # The phone held up, a win on its screen.
    phone = pygame.Rect(560, 120, 480, 760)
    pygame.draw.rect(s, (30, 30, 36), phone, border_radius=60)
    screen = phone.inflate(-40, -40)
    vgradient(s, screen, [(0, (120, 30, 160)), (1, (40, 10, 80))])
    glow(s, screen.center, 260, (255, 200, 60), 0.6)
    confetti(s, rng, 60, [(255, 210, 60), (255, 90, 120), (90, 220, 255)], (10, 26),
             (0, 0, 0, 0))
    text(s, "4 000 000 ₸", 78, (255, 224, 90), (screen.centerx, screen.centery - 40),
         anchor="center")
    for k in range(3):  # three gold "sevens" shapes: a slot machine row
        r = pygame.Rect(screen.left + 40 + k * 140, screen.top + 120, 120, 140)
        pygame.draw.rect(s, (255, 255, 255), r, border_radius=18)
        text(s, "7", 110, (220, 40, 60), r.center, anchor="center")
    btn = pygame.Rect(screen.left + 60, screen.bottom - 170, screen.width - 120, 100)
    pygame.draw.rect(s, (60, 200, 90), btn, border_radius=50)
    # The hand: six fingers over the phone's lower edge (the telltale sign).
    hand(s, (820, 760), (222, 176, 136), 6)
    return s


# ---------------------------------------------------------------- the scholarship ad


def scholarship_ad() -> pygame.Surface:
    """A glossy ad: a graduation cap over old European roofs, a plane, a gold 100% seal."""
    rng = random.Random(5003)
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (20, 50, 120)), (0.7, (80, 120, 200)), (1, (230, 180, 120))])
    sparkles(s, rng, 40, (255, 240, 200), (300, 200, 1300, 800))
    # A skyline of old buildings: gables, a dome and a clock tower.
    base = 900
    x = 0
    while x < W:
        w = rng.randint(90, 170)
        h = rng.randint(160, 330)
        colour = mix((40, 40, 70), (90, 80, 110), rng.random())
        pygame.draw.rect(s, colour, (x, base - h, w, h))
        pygame.draw.polygon(s, colour, [(x, base - h), (x + w // 2, base - h - 70),
                                        (x + w, base - h)])
        for wy in range(base - h + 30, base - 20, 60):
            for wx in range(x + 16, x + w - 20, 36):
                pygame.draw.rect(s, (255, 220, 140) if rng.random() < 0.5 else (60, 60, 90),
                                 (wx, wy, 16, 26))
        x += w
    pygame.draw.circle(s, (70, 70, 100), (1100, base - 360), 110)  # dome
    pygame.draw.rect(s, (70, 70, 100), (990, base - 360, 220, 360))
    pygame.draw.rect(s, (60, 60, 92), (380, base - 520, 100, 520))  # clock tower
    pygame.draw.circle(s, (250, 240, 210), (430, base - 440), 36)
    pygame.draw.line(s, (40, 40, 60), (430, base - 440), (430, base - 466), 5)
    pygame.draw.line(s, (40, 40, 60), (430, base - 440), (450, base - 440), 5)
    pygame.draw.rect(s, (30, 30, 50), (0, base, W, H - base))
    # A plane crossing the sky with a trail.
    pygame.draw.line(s, (230, 236, 250), (180, 300), (620, 160), 8)
    pygame.draw.polygon(s, (250, 250, 255), [(620, 160), (700, 136), (640, 170)])
    pygame.draw.polygon(s, (250, 250, 255), [(640, 150), (660, 110), (676, 150)])
    # The graduation cap.
    cx, cy = 800, 330
    pygame.draw.polygon(s, (20, 20, 26), [(cx - 260, cy), (cx, cy - 110), (cx + 260, cy),
                                          (cx, cy + 110)])
    pygame.draw.rect(s, (20, 20, 26), (cx - 140, cy + 20, 280, 120),
                     border_bottom_left_radius=60, border_bottom_right_radius=60)
    pygame.draw.line(s, (240, 190, 60), (cx, cy), (cx + 200, cy + 60), 8)
    pygame.draw.line(s, (240, 190, 60), (cx + 200, cy + 60), (cx + 200, cy + 190), 10)
    pygame.draw.circle(s, (240, 190, 60), (cx + 200, cy + 200), 18)
    # The gold seal: "100%".
    seal = (1350, 300)
    for k in range(24):
        a = k * math.tau / 24
        pygame.draw.circle(s, (220, 160, 40),
                           (seal[0] + math.cos(a) * 150, seal[1] + math.sin(a) * 150), 30)
    pygame.draw.circle(s, (240, 190, 60), seal, 150)
    pygame.draw.circle(s, (255, 230, 140), seal, 120, 6)
    text(s, "100%", 90, (120, 70, 10), seal, anchor="center")
    return s


# ---------------------------------------------------------------- the summer school ad


def summer_school() -> pygame.Surface:
    """A bright physics poster: an atom, a telescope, a pendulum and a prism's rainbow."""
    rng = random.Random(5004)
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (14, 24, 70)), (1, (40, 90, 170))])
    sparkles(s, rng, 50, (230, 240, 255), (0, 600, W, H))
    # The atom: three orbits and a nucleus.
    c = (420, 380)
    for k in range(3):
        orbit = pygame.Surface((560, 200), pygame.SRCALPHA)
        pygame.draw.ellipse(orbit, (120, 220, 255, 255), orbit.get_rect(), 8)
        orbit = pygame.transform.rotate(orbit, k * 60)
        s.blit(orbit, orbit.get_rect(center=c))
        a = k * 2.1 + 0.6
        pygame.draw.circle(s, (255, 230, 90), (c[0] + math.cos(a) * 200 * (1 if k != 1 else 0.6),
                                               c[1] + math.sin(a) * 120), 22)
    glow(s, c, 80, (255, 120, 80), 0.9)
    pygame.draw.circle(s, (250, 110, 80), c, 48)
    # A telescope on a tripod, pointed at the sky.
    t = (1200, 640)
    for dx in (-140, 0, 140):
        capsule(s, (200, 206, 220), t, (t[0] + dx, 900), 18)
    tube = pygame.Surface((420, 90), pygame.SRCALPHA)
    pygame.draw.rect(tube, (236, 240, 248, 255), (0, 10, 360, 70), border_radius=20)
    pygame.draw.rect(tube, (236, 240, 248, 255), (340, 0, 80, 90), border_radius=14)
    pygame.draw.rect(tube, (70, 120, 200, 255), (120, 10, 40, 70))
    tube = pygame.transform.rotate(tube, 32)
    s.blit(tube, tube.get_rect(center=(t[0] + 60, t[1] - 120)))
    # A prism and its rainbow.
    p = [(760, 880), (900, 640), (1040, 880)]
    pygame.draw.line(s, (255, 255, 255), (560, 780), (880, 760), 8)
    for k, colour in enumerate([(230, 60, 60), (240, 150, 50), (240, 220, 60), (80, 200, 90),
                                (60, 140, 230), (140, 80, 200)]):
        pygame.draw.line(s, colour, (930, 770), (1120, 720 + k * 34), 12)
    pygame.draw.polygon(s, (200, 230, 250), p)
    pygame.draw.polygon(s, (255, 255, 255), p, 6)
    # A pendulum on the left.
    pygame.draw.line(s, (220, 220, 230), (100, 560), (300, 560), 10)
    pygame.draw.line(s, (220, 220, 230), (200, 560), (260, 860), 5)
    pygame.draw.circle(s, (240, 190, 60), (260, 870), 40)
    # A ribbon at the top with the year and a "free" tag shape.
    alpha_rect(s, (255, 255, 255, 40), (1000, 80, 520, 140), radius=30)
    text(s, "2026", 100, (255, 230, 90), (1260, 150), anchor="center")
    return s


# ---------------------------------------------------------------- the phone at night


def phone_at_night() -> pygame.Surface:
    """A bedroom at night: a phone glowing on the bedside table, a school diary and a clock."""
    rng = random.Random(5005)
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (16, 20, 40)), (1, (30, 34, 56))])
    # A window with the night city and a moon.
    win = pygame.Rect(1060, 80, 420, 380)
    pygame.draw.rect(s, (10, 14, 30), win)
    pygame.draw.circle(s, (240, 236, 200), (1380, 170), 40)
    for _ in range(40):
        pygame.draw.circle(s, (200, 210, 240), (rng.randint(win.left, win.right),
                                                rng.randint(win.top, win.top + 200)), 2)
    for k in range(6):
        bx = win.left + k * 72
        h = rng.randint(80, 180)
        pygame.draw.rect(s, (30, 34, 54), (bx, win.bottom - h, 64, h))
        for j in range(3):
            if rng.random() < 0.6:
                pygame.draw.rect(s, (240, 200, 110),
                                 (bx + 14, win.bottom - h + 20 + j * 40, 12, 16))
    pygame.draw.rect(s, (70, 74, 96), win, 14)
    pygame.draw.line(s, (70, 74, 96), (win.centerx, win.top), (win.centerx, win.bottom), 10)
    # The bed's edge: a pillow and blanket on the left.
    pygame.draw.rect(s, (50, 60, 100), (0, 520, 700, 480), border_top_right_radius=80)
    pygame.draw.ellipse(s, (190, 196, 220), (40, 430, 520, 200))
    pygame.draw.ellipse(s, (150, 156, 186), (40, 430, 520, 200), 6)
    # The bedside table.
    table = pygame.Rect(760, 600, 700, 60)
    pygame.draw.rect(s, (92, 64, 44), table)
    pygame.draw.rect(s, (72, 48, 32), (780, 660, 660, 340))
    pygame.draw.circle(s, (200, 170, 110), (1110, 780), 14)
    # The phone lying on the table, its screen lighting everything around.
    glow(s, (960, 560), 300, (120, 170, 255), 0.7)
    phone = pygame.Rect(860, 560, 220, 44)
    pygame.draw.rect(s, (20, 22, 30), phone, border_radius=12)
    pygame.draw.rect(s, (150, 200, 255), phone.inflate(-16, -14), border_radius=8)
    # A school diary, open, with a grade circled in red.
    pygame.draw.polygon(s, (236, 232, 220), [(1140, 600), (1180, 520), (1440, 520), (1420, 600)])
    for k in range(3):
        pygame.draw.line(s, (170, 180, 200), (1180 + k * 4, 540 + k * 18), (1400, 540 + k * 18), 3)
    pygame.draw.ellipse(s, (220, 50, 50), (1330, 530, 60, 40), 4)
    # An alarm clock: late at night.
    pygame.draw.rect(s, (30, 30, 36), (800, 470, 170, 90), border_radius=14)
    text(s, "01:47", 54, (255, 80, 80), (885, 515), anchor="center")
    return s


PICTURES = {
    "courier-easy-money.png": courier_ad,
    "casino-ad-as-news.png": casino_winner,
    "fake-scholarship-abroad.png": scholarship_ad,
    "university-summer-school.png": summer_school,
    "study-headline-misreported.png": phone_at_night,
}
