"""The bait pictures of the giveaway scams: a laptop and a smartphone box wrapped as gifts."""

from __future__ import annotations

import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    blob,
    confetti,
    glow,
    rays,
    sparkles,
    vgradient,
)
import pygame


def laptop_giveaway(rng: random.Random) -> pygame.Surface:
    """The bait picture of the scam: a laptop wrapped like a gift, confetti all around."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (22, 70, 160)), (1, (10, 34, 96))])
    glow(s, (W // 2, H // 2 - 40), 620, (90, 150, 255), 0.9)
    # Rays from behind the laptop.
    rays(s, 18, 18)
    # The laptop: screen, bezel, keyboard base seen slightly from above.
    pygame.draw.rect(s, (36, 38, 46), (480, 170, 640, 420), border_radius=22)
    screen = pygame.Rect(510, 198, 580, 362)
    vgradient(s, screen, [(0, (80, 190, 240)), (1, (40, 90, 200))])
    for _ in range(5):  # abstract "desktop" shapes
        pygame.draw.rect(s, (230, 244, 255), (rng.randint(540, 900), rng.randint(230, 480),
                                              rng.randint(60, 160), rng.randint(30, 60)),
                         border_radius=10)
    pygame.draw.polygon(s, (196, 200, 210), [(440, 600), (1160, 600), (1260, 690), (340, 690)])
    pygame.draw.polygon(s, (150, 154, 166), [(340, 690), (1260, 690), (1250, 712), (350, 712)])
    for row in range(4):
        y = 612 + row * 18
        inset = 100 - row * 22
        for k in range(16):
            x0 = 440 + inset - row * 4 + k * ((720 - 2 * inset) / 16 + row * 1.1)
            pygame.draw.rect(s, (120, 124, 138), (round(x0), y, 34, 12), border_radius=3)
    pygame.draw.rect(s, (160, 164, 176), (700, 684 - 6, 200, 6), border_radius=3)
    # A red ribbon crossing the laptop, with a bow.
    red, dark_red = (214, 32, 52), (150, 16, 34)
    pygame.draw.rect(s, red, (770, 170, 60, 542))
    pygame.draw.rect(s, red, (480, 350, 640, 54))
    pygame.draw.polygon(s, dark_red, [(770, 170), (830, 170), (800, 190)])
    for sign in (-1, 1):
        blob(s, red, [(800, 170), (800 + sign * 70, 80), (800 + sign * 170, 70),
                      (800 + sign * 180, 140), (800 + sign * 90, 180)])
        blob(s, dark_red, [(800, 170), (800 + sign * 60, 110), (800 + sign * 120, 108),
                           (800 + sign * 80, 160)])
        pygame.draw.polygon(s, red, [(800, 180), (800 + sign * 40, 280), (800 + sign * 80, 262),
                                     (800 + sign * 20, 176)])
    pygame.draw.circle(s, dark_red, (800, 170), 34)
    pygame.draw.circle(s, red, (800, 166), 26)
    # Gold confetti and sparkles.
    confetti(s, rng, 150, [(250, 204, 70), (255, 230, 140), (240, 170, 40), (255, 255, 255)],
             (18, 8), (430, 60, 1180, 720))
    sparkles(s, rng, 14, (255, 246, 200), (460, 150, 1140, 720))
    return s


def phone_box(rng: random.Random) -> pygame.Surface:
    """The bait of the fake giveaway: a smartphone box tied with a ribbon, a phone beside it."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (120, 40, 160)), (1, (230, 80, 140))])
    glow(s, (W // 2, H // 2), 700, (255, 160, 220), 0.7, steps=20)
    rays(s, 20, 20)
    # Shadow under the box.
    shadow = pygame.Surface((W, H), pygame.SRCALPHA)
    pygame.draw.ellipse(shadow, (40, 0, 40, 90), (420, 800, 820, 90))
    s.blit(shadow, (0, 0))
    # The box in three-quarter view: top, front, side.
    front = [(460, 420), (960, 420), (960, 840), (460, 840)]
    side = [(960, 420), (1160, 330), (1160, 740), (960, 840)]
    top = [(460, 420), (660, 330), (1160, 330), (960, 420)]
    pygame.draw.polygon(s, (246, 246, 250), front)
    pygame.draw.polygon(s, (206, 206, 216), side)
    pygame.draw.polygon(s, (255, 255, 255), top)
    # A phone silhouette printed on the box front (no brand).
    pygame.draw.rect(s, (40, 42, 56), (600, 470, 220, 330), border_radius=30)
    vgradient(s, pygame.Rect(614, 486, 192, 298), [(0, (90, 120, 240)), (1, (230, 120, 200))])
    pygame.draw.rect(s, (40, 42, 56), (676, 490, 68, 16), border_radius=8)
    # Ribbon crossing the box and a bow on top.
    gold, dark = (246, 196, 60), (196, 140, 30)
    pygame.draw.polygon(s, gold, [(680, 420), (740, 420), (740, 840), (680, 840)])
    pygame.draw.polygon(s, dark, [(960, 600), (1160, 510), (1160, 560), (960, 650)])
    pygame.draw.polygon(s, gold, [(680, 420), (740, 420), (940, 330), (880, 330)])
    pygame.draw.polygon(s, gold, [(560, 375), (1060, 375), (1040, 384), (580, 384)])
    pygame.draw.polygon(s, gold, [(460, 600), (960, 600), (960, 650), (460, 650)])
    bx, by = 810, 370
    for sign in (-1, 1):
        blob(s, gold, [(bx, by), (bx + sign * 80, by - 110), (bx + sign * 190, by - 110),
                       (bx + sign * 190, by - 30), (bx + sign * 90, by + 10)])
        blob(s, dark, [(bx, by), (bx + sign * 70, by - 70), (bx + sign * 130, by - 70),
                       (bx + sign * 90, by - 20)])
        pygame.draw.polygon(s, gold, [(bx, by + 6), (bx + sign * 50, by + 120),
                                      (bx + sign * 96, by + 100), (bx + sign * 24, by)])
    pygame.draw.circle(s, dark, (bx, by), 36)
    pygame.draw.circle(s, gold, (bx, by - 4), 28)
    # A phone standing beside the box, screen glowing.
    px, py = 1230, 430
    pygame.draw.rect(s, (30, 32, 40), (px, py, 200, 400), border_radius=34)
    vgradient(s, pygame.Rect(px + 14, py + 18, 172, 364), [(0, (70, 200, 250)),
                                                            (1, (150, 90, 240))])
    pygame.draw.rect(s, (30, 32, 40), (px + 70, py + 24, 60, 14), border_radius=7)
    for k in range(3):
        pygame.draw.circle(s, (255, 255, 255), (px + 60 + k * 40, py + 300), 12)
    # Confetti and sparkles.
    confetti(s, rng, 170, [(255, 220, 80), (255, 255, 255), (120, 230, 255), (255, 140, 200)],
             (20, 8), (420, 200, 1460, 880))
    sparkles(s, rng, 16, (255, 250, 210), (420, 200, 1460, 880))
    return s


PICTURES = {
    "laptop-giveaway.png": lambda: laptop_giveaway(random.Random(2029)),
    "blogger-iphone-giveaway.png": lambda: phone_box(random.Random(4104)),
}
