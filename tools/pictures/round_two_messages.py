"""Pictures of the messenger cases: a voice message from an unknown number, a gorge after rain."""

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    alpha_rect,
    blob,
    haze,
    mix,
    text,
    vgradient,
)
import pygame


def _young_man(s: pygame.Surface, centre: tuple[int, int], r: int) -> None:
    """A round profile photo: a smiling dark-haired young man against a park background."""
    photo = pygame.Surface((2 * r, 2 * r), pygame.SRCALPHA)
    vgradient(photo, photo.get_rect(), [(0, (150, 200, 236)), (0.6, (170, 214, 170)),
                                        (1, (90, 150, 90))])
    cx, cy = r, r
    skin, hair, shirt = (222, 180, 140), (34, 28, 24), (40, 90, 150)
    pygame.draw.ellipse(photo, shirt, (cx - r * 0.9, cy + r * 0.45, r * 1.8, r * 1.3))
    pygame.draw.rect(photo, skin, (cx - r * 0.16, cy + r * 0.2, r * 0.32, r * 0.35))
    pygame.draw.ellipse(photo, skin, (cx - r * 0.42, cy - r * 0.5, r * 0.84, r * 1.0))
    pygame.draw.ellipse(photo, hair, (cx - r * 0.46, cy - r * 0.66, r * 0.92, r * 0.5))
    pygame.draw.rect(photo, hair, (cx - r * 0.46, cy - r * 0.44, r * 0.14, r * 0.3))
    pygame.draw.rect(photo, hair, (cx + r * 0.32, cy - r * 0.44, r * 0.14, r * 0.3))
    for d in (-1, 1):
        pygame.draw.circle(photo, (40, 30, 26), (cx + d * r * 0.16, cy - r * 0.08), max(2, r // 16))
    pygame.draw.arc(photo, (150, 70, 60), (cx - r * 0.18, cy + r * 0.02, r * 0.36, r * 0.24),
                    math.pi * 1.1, math.pi * 1.9, max(2, r // 18))
    mask = pygame.Surface((2 * r, 2 * r), pygame.SRCALPHA)
    pygame.draw.circle(mask, (255, 255, 255, 255), (r, r), r)
    photo.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    s.blit(photo, (centre[0] - r, centre[1] - r))


def voice_message(rng: random.Random) -> pygame.Surface:
    """A messenger chat from an unknown number: profile photo, a voice message, a card number."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (230, 222, 206)), (1, (214, 204, 186))])
    for _ in range(90):  # the faint doodles of the chat wallpaper
        x, y = rng.randint(0, W), rng.randint(150, H)
        colour = (206, 196, 178)
        if rng.random() < 0.5:
            pygame.draw.circle(s, colour, (x, y), rng.randint(8, 18), 4)
        else:
            pygame.draw.rect(s, colour, (x, y, rng.randint(16, 34), rng.randint(16, 34)), 4,
                             border_radius=6)
    # The top bar: back arrow, profile photo, the number, call icons.
    pygame.draw.rect(s, (24, 94, 84), (0, 0, W, 150))
    pygame.draw.lines(s, (255, 255, 255), False, [(70, 50), (44, 75), (70, 100)], 8)
    _young_man(s, (170, 75), 52)
    text(s, "+7 705 000 28 93", 46, (255, 255, 255), (250, 40))
    pygame.draw.circle(s, (140, 220, 160), (262, 112), 9)
    pygame.draw.rect(s, (255, 255, 255), (1360, 58, 56, 38), 6, border_radius=8)
    pygame.draw.polygon(s, (255, 255, 255), [(1416, 77), (1444, 58), (1444, 96)])
    pygame.draw.arc(s, (255, 255, 255), (1490, 50, 56, 56), math.pi * 0.9, math.pi * 1.9, 8)
    # The voice message bubble.
    bubble = pygame.Rect(80, 260, 1000, 230)
    pygame.draw.polygon(s, (255, 255, 255), [(80, 260), (50, 260), (80, 300)])
    pygame.draw.rect(s, (255, 255, 255), bubble, border_radius=28)
    _young_man(s, (200, 375), 70)
    pygame.draw.circle(s, (24, 150, 120), (240, 430), 24)
    pygame.draw.circle(s, (255, 255, 255), (240, 430), 10)
    pygame.draw.polygon(s, (24, 150, 120), [(320, 330), (320, 420), (396, 375)])
    heights = [abs(math.sin(k * 0.55)) * 40 + rng.randint(8, 46) for k in range(46)]
    for k, h in enumerate(heights):
        x = 430 + k * 13
        colour = (24, 150, 120) if k < 6 else (170, 176, 182)
        pygame.draw.line(s, colour, (x, 375 - h / 2), (x, 375 + h / 2), 7)
    text(s, "0:24", 34, (110, 116, 122), (430, 425), bold=False)
    text(s, "16:42", 30, (140, 146, 150), (1050, 470), "bottomright", bold=False)
    # The message with a card number.
    card = pygame.Rect(80, 540, 760, 120)
    pygame.draw.rect(s, (255, 255, 255), card, border_radius=28)
    text(s, "4••• •••• •••• 7315", 50, (40, 44, 50), (120, 572), bold=False)
    text(s, "16:43", 30, (140, 146, 150), (810, 640), "bottomright", bold=False)
    # The typing line at the bottom.
    pygame.draw.rect(s, (246, 244, 240), (0, 880, W, 120))
    pygame.draw.rect(s, (255, 255, 255), (40, 905, 1380, 72), border_radius=36)
    pygame.draw.circle(s, (24, 150, 120), (1500, 941), 46)
    pygame.draw.rect(s, (255, 255, 255), (1489, 910, 22, 40), border_radius=11)
    pygame.draw.arc(s, (255, 255, 255), (1476, 924, 48, 42), math.pi, math.tau, 5)
    pygame.draw.line(s, (255, 255, 255), (1500, 966), (1500, 976), 5)
    alpha_rect(s, (0, 0, 0, 18), (0, 150, W, 8))
    return s


def muddy_gorge(rng: random.Random) -> pygame.Surface:
    """A mountain gorge after heavy rain: low clouds, spruce slopes, a swollen muddy river."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (74, 80, 92)), (0.45, (132, 138, 146)), (1, (150, 150, 146))])
    # Far mountain in the V of the gorge, half in cloud.
    blob(s, (96, 106, 112), [(520, 560), (700, 300), (820, 240), (960, 320), (1120, 560)])
    haze(s, (170, 174, 180), 90)
    # Low clouds.
    for _ in range(26):
        x, y = rng.randint(-100, W + 100), rng.randint(20, 300)
        w, h = rng.randint(260, 520), rng.randint(70, 140)
        cloud = pygame.Surface((w, h), pygame.SRCALPHA)
        shade = rng.randint(70, 110)
        pygame.draw.ellipse(cloud, (shade, shade + 4, shade + 12, 150), cloud.get_rect())
        s.blit(cloud, (x - w // 2, y - h // 2))
    # Steep slopes left and right.
    left = [(0, 120), (260, 230), (520, 470), (700, 700), (760, 1000), (0, 1000)]
    right = [(W, 80), (1340, 220), (1080, 460), (940, 700), (900, 1000), (W, 1000)]
    for outline, base in ((left, (58, 72, 54)), (right, (66, 80, 60))):
        pygame.draw.polygon(s, base, outline)
    # Spruce trees on the slopes, smaller higher up.
    trees = []
    for _ in range(240):
        side = rng.random() < 0.5
        y = rng.randint(180, 900)
        if side:
            edge = 0 + (y - 120) * 0.72
            x = rng.randint(-20, max(0, int(edge)) - 20) if edge > 40 else None
        else:
            edge = W - (y - 80) * 0.62
            x = rng.randint(min(W, int(edge)) + 20, W + 20) if edge < W - 40 else None
        if x is not None:
            trees.append((y, x))
    for y, x in sorted(trees):
        h = 40 + (y - 180) * 0.16
        colour = mix((30, 52, 40), (20, 40, 30), rng.random())
        pygame.draw.polygon(s, colour, [(x, y - h), (x - h * 0.32, y), (x + h * 0.32, y)])
    haze(s, (150, 154, 160), 40)
    # The river: a brown torrent widening towards us.
    river = [(700, 640), (840, 630), (980, 700), (1180, 820), (1320, 1000), (380, 1000),
             (560, 820), (660, 700)]
    blob(s, (122, 92, 62), river)
    for _ in range(70):  # foam and ripples
        y = rng.randint(660, 990)
        t = (y - 640) / 360
        xl, xr = 700 - 320 * t, 840 + 480 * t
        x = rng.uniform(xl + 20, xr - 20)
        w = 20 + 90 * t
        colour = rng.choice([(168, 140, 108), (190, 170, 140), (100, 74, 50)])
        pygame.draw.arc(s, colour, (x - w / 2, y - w / 6, w, w / 3), 0, math.pi, 3 + int(4 * t))
    # Rocks and broken branches on the banks.
    for _ in range(18):
        bank_left = rng.random() < 0.5
        y = rng.randint(760, 980)
        t = (y - 640) / 360
        x = 700 - 320 * t - rng.randint(0, 220) if bank_left else 840 + 480 * t + rng.randint(0, 220)
        r = rng.randint(18, 44)
        shade = rng.randint(96, 140)
        pygame.draw.ellipse(s, (shade, shade - 4, shade - 10), (x - r, y - r * 0.6, 2 * r, 1.2 * r))
    for _ in range(7):
        y = rng.randint(700, 960)
        t = (y - 640) / 360
        x = rng.uniform(720 - 300 * t, 820 + 440 * t)
        a = rng.uniform(-0.6, 0.6)
        length = 60 + 80 * t
        pygame.draw.line(s, (70, 50, 34), (x, y), (x + length * math.cos(a), y + length * math.sin(a)),
                         6 + int(6 * t))
    # Rain streaks.
    rain = pygame.Surface((W, H), pygame.SRCALPHA)
    for _ in range(260):
        x, y = rng.randint(0, W), rng.randint(0, H)
        pygame.draw.line(rain, (220, 224, 230, 60), (x, y), (x - 10, y + 44), 2)
    s.blit(rain, (0, 0))
    return s


PICTURES = {
    "voice-clone-relative.png": lambda: voice_message(random.Random(5207)),
    "mudflow-alert-urgent.png": lambda: muddy_gorge(random.Random(6618)),
}
