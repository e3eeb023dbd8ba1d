"""Pictures of social posts: a chatbot's answer on a phone, a bank's warning card, coins in a museum."""

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    alpha_rect,
    glow,
    mix,
    text,
    vgradient,
)
import pygame


# ---------------------------------------------------------------- the chatbot screenshot


def chatbot_phone() -> pygame.Surface:
    """A phone on a desk showing a chat: a short question, then a long confident answer."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (196, 170, 140)), (1, (150, 118, 88))])  # wooden desk
    rng = random.Random(4120)
    for _ in range(40):  # wood grain
        y = rng.randint(0, H)
        pygame.draw.line(s, (170, 140, 108), (0, y), (W, y + rng.randint(-30, 30)), 3)
    # The phone, seen from above.
    body = pygame.Rect(520, 30, 560, 940)
    pygame.draw.rect(s, (60, 50, 40), body.move(14, 18), border_radius=70)  # shadow
    pygame.draw.rect(s, (24, 26, 32), body, border_radius=70)
    screen = body.inflate(-44, -44)
    pygame.draw.rect(s, (246, 247, 250), screen, border_radius=50)
    pygame.draw.rect(s, (24, 26, 32), (body.centerx - 70, body.top + 26, 140, 30),
                     border_radius=15)  # camera notch
    # Chat header: the bot's round icon and a name bar.
    pygame.draw.rect(s, (232, 236, 244), (screen.left, screen.top + 50, screen.width, 90))
    pygame.draw.circle(s, (40, 170, 140), (screen.left + 70, screen.top + 95), 30)
    pygame.draw.polygon(s, (255, 255, 255), [(screen.left + 58, screen.top + 80),
                                             (screen.left + 86, screen.top + 95),
                                             (screen.left + 58, screen.top + 110)])
    text(s, "AI chat", 40, (40, 44, 56), (screen.left + 120, screen.top + 95), anchor="midleft")
    # The pupil's question: a blue bubble on the right.
    q = pygame.Rect(screen.right - 330, screen.top + 180, 300, 110)
    pygame.draw.rect(s, (60, 120, 230), q, border_radius=30)
    for k, w in enumerate((230, 160)):
        pygame.draw.rect(s, (220, 232, 255), (q.left + 34, q.top + 28 + k * 36, w, 16),
                         border_radius=8)
    # The answer: a long grey bubble with a bold first line, a highlighted "law" and lines.
    a = pygame.Rect(screen.left + 30, screen.top + 330, 420, 520)
    pygame.draw.rect(s, (228, 231, 238), a, border_radius=30)
    pygame.draw.rect(s, (40, 44, 56), (a.left + 30, a.top + 36, 330, 22), border_radius=11)
    y = a.top + 90
    for k in range(11):
        w = rng.randint(260, 360)
        colour = (130, 136, 150)
        if k == 3:  # the invented law citation, made to look official
            pygame.draw.rect(s, (255, 226, 120), (a.left + 24, y - 10, 372, 40), border_radius=10)
            text(s, "№ 412-VIII", 34, (40, 44, 56), (a.left + 40, y + 10), anchor="midleft")
            y += 46
            continue
        pygame.draw.rect(s, colour, (a.left + 30, y, w, 16), border_radius=8)
        y += 38
    # Input field at the bottom.
    pygame.draw.rect(s, (232, 236, 244), (screen.left + 24, screen.bottom - 90,
                                          screen.width - 48, 60), border_radius=30)
    # A pencil and a notebook beside the phone.
    pygame.draw.rect(s, (240, 238, 228), (110, 300, 330, 440), border_radius=8)
    for k in range(10):
        pygame.draw.line(s, (170, 190, 220), (130, 350 + k * 36), (420, 350 + k * 36), 3)
    pygame.draw.line(s, (230, 180, 40), (1200, 760), (1480, 420), 22)
    pygame.draw.polygon(s, (240, 210, 170), [(1480, 420), (1498, 398), (1470, 410)])
    return s


# ---------------------------------------------------------------- the bank's warning card


def bank_warning_card() -> pygame.Surface:
    """A bank's warning card: a red triangle, a crossed-out phone, a short number, the bank logo."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (18, 60, 110)), (1, (8, 30, 64))])
    glow(s, (420, 470), 520, (220, 60, 60), 0.5)
    # The warning triangle.
    cx, cy = 420, 470
    pts = [(cx, cy - 300), (cx + 300, cy + 230), (cx - 300, cy + 230)]
    pygame.draw.polygon(s, (230, 40, 46), pts)
    inner = [(cx, cy - 220), (cx + 232, cy + 190), (cx - 232, cy + 190)]
    pygame.draw.polygon(s, (255, 255, 255), inner)
    pygame.draw.rect(s, (30, 30, 36), (cx - 26, cy - 120, 52, 200), border_radius=20)
    pygame.draw.circle(s, (30, 30, 36), (cx, cy + 130), 30)
    # A phone handset crossed out.
    hx, hy = 1170, 330
    pygame.draw.circle(s, (255, 255, 255), (hx, hy), 170)
    handset = pygame.Surface((300, 300), pygame.SRCALPHA)
    pygame.draw.rect(handset, (30, 30, 36), (60, 130, 180, 40), border_radius=20)
    pygame.draw.rect(handset, (30, 30, 36), (40, 110, 76, 110), border_radius=30)
    pygame.draw.rect(handset, (30, 30, 36), (184, 110, 76, 110), border_radius=30)
    pygame.draw.rect(handset, (30, 30, 36), (70, 120, 160, 40), border_radius=20)
    handset = pygame.transform.rotate(handset, 150)
    s.blit(handset, handset.get_rect(center=(hx, hy)))
    pygame.draw.line(s, (230, 40, 46), (hx - 120, hy - 120), (hx + 120, hy + 120), 30)
    pygame.draw.circle(s, (230, 40, 46), (hx, hy), 170, 24)
    # The short number on a white pill.
    pill = pygame.Rect(930, 560, 480, 150)
    pygame.draw.rect(s, (255, 255, 255), pill, border_radius=75)
    text(s, "7428", 110, (18, 60, 110), pill.center, anchor="center")
    # Lines of text under the triangle (the words are in the post) and the bank's logo.
    for k, w in enumerate((560, 500, 380)):
        pygame.draw.rect(s, (220, 230, 245), (130, 760 + k * 48, w, 20), border_radius=10)
    logo = (1290, 880)
    pygame.draw.circle(s, (240, 190, 60), logo, 46)
    pygame.draw.polygon(s, (18, 60, 110), [(logo[0], logo[1] - 28), (logo[0] + 26, logo[1] + 20),
                                           (logo[0] - 26, logo[1] + 20)])
    text(s, "TUMAR", 56, (240, 190, 60), (logo[0] + 66, logo[1]), anchor="midleft")
    return s


# ---------------------------------------------------------------- the coins in the museum


def museum_coins() -> pygame.Surface:
    """Old silver coins spread on a museum table beside a clay pot, a ruler and a label."""
    rng = random.Random(1914)
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (70, 84, 70)), (1, (40, 50, 42))])  # green baize
    glow(s, (800, 480), 700, (255, 240, 200), 0.35)
    # The clay pot on its side, broken at the lip.
    pot = pygame.Rect(90, 170, 420, 380)
    pygame.draw.ellipse(s, (30, 36, 30), pot.move(16, 24))
    pygame.draw.ellipse(s, (150, 92, 60), pot)
    pygame.draw.ellipse(s, (176, 112, 74), pot.inflate(-120, -140).move(-30, -40))
    pygame.draw.ellipse(s, (70, 40, 28), (pot.right - 130, pot.top + 110, 120, 170))  # mouth
    for k in range(5):  # soil on the pot
        pygame.draw.circle(s, (96, 70, 48), (pot.left + rng.randint(40, 360),
                                             pot.top + rng.randint(60, 330)), rng.randint(8, 22))
    # The coins: tarnished silver discs with a rim and a worn stamp.
    coins = []
    for _ in range(60):
        for _try in range(40):
            r = rng.randint(34, 50)
            x, y = rng.randint(560, 1500), rng.randint(120, 820)
            if all(math.hypot(x - cx, y - cy) > r + cr - 6 for cx, cy, cr in coins):
                coins.append((x, y, r))
                break
    for x, y, r in coins:
        tone = rng.uniform(0.0, 0.45)
        base = mix((214, 216, 220), (120, 118, 104), tone)
        pygame.draw.circle(s, (28, 32, 28), (x + 6, y + 8), r)
        pygame.draw.circle(s, base, (x, y), r)
        pygame.draw.circle(s, mix(base, (80, 80, 76), 0.4), (x, y), r, 4)
        pygame.draw.circle(s, mix(base, (255, 255, 255), 0.35), (x - r // 3, y - r // 3), r // 3)
        angle = rng.uniform(0, math.tau)
        for k in range(3):  # worn stamp: a few short strokes
            a = angle + k * 2.1
            pygame.draw.line(s, mix(base, (70, 70, 66), 0.5),
                             (x + math.cos(a) * r * 0.2, y + math.sin(a) * r * 0.2),
                             (x + math.cos(a) * r * 0.6, y + math.sin(a) * r * 0.6), 4)
    # A ruler and the museum's paper label.
    pygame.draw.rect(s, (230, 214, 160), (100, 880, 900, 60))
    for k in range(46):
        h = 30 if k % 5 == 0 else 16
        pygame.draw.line(s, (60, 50, 30), (110 + k * 19, 880), (110 + k * 19, 880 + h), 3)
    label = pygame.Rect(1120, 850, 380, 110)
    pygame.draw.rect(s, (248, 246, 236), label, border_radius=6)
    for k, w in enumerate((300, 220)):
        pygame.draw.rect(s, (120, 116, 104), (label.left + 30, label.top + 30 + k * 34, w, 14),
                         border_radius=7)
    alpha_rect(s, (255, 250, 230, 16), (0, 0, W, H))
    return s


PICTURES = {
    "chatbot-as-source.png": chatbot_phone,
    "bank-warning-genuine.png": bank_warning_card,
    "surprising-true-story.png": museum_coins,
}


# ---------------------------------------------------------------- the feed of identical posts


def identical_feed() -> pygame.Surface:
    """A feed of posts with the same words, the same hashtag and faceless avatars, at 03:4x."""
    rng = random.Random(3300)
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (22, 24, 34)), (1, (12, 14, 20))])
    avatars = [(120, 170, 220), (220, 150, 120), (150, 200, 150), (200, 170, 220),
               (230, 200, 120), (140, 190, 200)]
    x0, width = 170, 1260
    for k in range(6):
        y = 40 + k * 158
        card = pygame.Rect(x0 + rng.randint(-6, 6), y, width, 140)
        pygame.draw.rect(s, (36, 40, 54), card, border_radius=22)
        # Avatar: a smooth, too-perfect face shape on a flat colour.
        c = (card.left + 74, card.top + 70)
        pygame.draw.circle(s, avatars[k], c, 46)
        pygame.draw.circle(s, mix(avatars[k], (255, 255, 255), 0.5), (c[0], c[1] - 10), 18)
        pygame.draw.ellipse(s, mix(avatars[k], (255, 255, 255), 0.5), (c[0] - 30, c[1] + 14, 60, 36))
        # Name bar and the time: all posted within minutes, at night.
        pygame.draw.rect(s, (150, 156, 176), (card.left + 140, card.top + 26, rng.randint(150, 230),
                                              18), border_radius=9)
        text(s, f"03:{41 + k}", 30, (120, 126, 146), (card.right - 40, card.top + 34),
             anchor="midright", bold=False)
        # The same text in every post: identical bars, the hashtag and the rocket figure.
        pygame.draw.rect(s, (210, 214, 226), (card.left + 140, card.top + 66, 560, 16),
                         border_radius=8)
        pygame.draw.rect(s, (210, 214, 226), (card.left + 140, card.top + 96, 380, 16),
                         border_radius=8)
        text(s, "#KZCoin", 40, (90, 170, 255), (card.left + 730, card.top + 88), anchor="midleft")
        text(s, "+300%", 44, (60, 220, 120), (card.left + 930, card.top + 88), anchor="midleft")
        arrow = [(card.left + 1110, card.top + 112), (card.left + 1160, card.top + 56),
                 (card.left + 1176, card.top + 72)]
        pygame.draw.lines(s, (60, 220, 120), False, arrow, 8)
    return s


PICTURES["hashtag-account-farm.png"] = identical_feed
