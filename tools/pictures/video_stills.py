"""Video stills: a kitchen 'lab' with a water test strip, a deepfake speech at a lectern."""

# A video still is shown with a play button over its centre, so faces and the details the clues
# talk about are kept away from the middle of these pictures.

from __future__ import annotations

import math
import random

from drawing import (  # first: it sets up pygame's environment
    H,
    W,
    Color,
    blob,
    blurred,
    glow,
    mix,
    vgradient,
)
import pygame

SKIN: Color = (214, 168, 134)
SKIN_SHADE: Color = (186, 138, 108)


def soften(surf: pygame.Surface, rect: pygame.Rect, factor: int = 10) -> None:
    """Blur a region in place (shrink and grow back), with a soft round edge."""
    rect = rect.clip(surf.get_rect())
    # An alpha channel to fade the blur out with (convert_alpha would need a display).
    soft = pygame.Surface(rect.size, pygame.SRCALPHA)
    soft.blit(blurred(surf.subsurface(rect).copy(), factor), (0, 0))
    # A mask that is opaque in the middle and fades out towards the edges of the ellipse.
    mask = pygame.Surface(rect.size, pygame.SRCALPHA)
    steps = 16
    for i in range(steps):
        k = 1 - i / steps
        a = round(255 * min(1.0, (i + 1) / steps * 1.6))
        r = pygame.Rect(0, 0, round(rect.w * k), round(rect.h * k))
        r.center = (rect.w // 2, rect.h // 2)
        pygame.draw.ellipse(mask, (255, 255, 255, a), r)
    soft.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    surf.blit(soft, rect.topleft)


def vignette(surf: pygame.Surface, strength: int = 90) -> None:
    """Darken the corners a little, like a cheap camera lens."""
    w, h = surf.get_size()
    small = pygame.Surface((40, 25), pygame.SRCALPHA)
    for y in range(25):
        for x in range(40):
            d = math.hypot((x + 0.5) / 20 - 1, (y + 0.5) / 12.5 - 1) / math.sqrt(2)
            small.set_at((x, y), (0, 0, 0, round(strength * max(0.0, d - 0.35) / 0.65)))
    surf.blit(pygame.transform.smoothscale(small, (w, h)), (0, 0))


def face(surf: pygame.Surface, cx: int, cy: int, r: int, hair: Color, *, glasses: bool,
         beard: bool, mouth_open: bool, grey: float = 0.0) -> pygame.Rect:
    """A simple front-facing head; returns the rectangle of the mouth."""
    hw, hh = r, round(r * 1.22)
    hair = mix(hair, (170, 168, 164), grey)
    # Ears, then the head.
    for side in (-1, 1):
        pygame.draw.ellipse(surf, SKIN_SHADE, (cx + side * hw - 18 - (8 if side < 0 else -8),
                                               cy - 16, 36, 60))
    pygame.draw.ellipse(surf, SKIN, (cx - hw, cy - hh, hw * 2, hh * 2))
    # Jaw shade and neck shadow line.
    jaw = pygame.Surface(surf.get_size(), pygame.SRCALPHA)
    pygame.draw.ellipse(jaw, SKIN_SHADE + (90,), (cx - hw, cy + hh // 3, hw * 2, hh))
    head_clip = pygame.Surface(surf.get_size(), pygame.SRCALPHA)
    pygame.draw.ellipse(head_clip, (255, 255, 255, 255), (cx - hw, cy - hh, hw * 2, hh * 2))
    jaw.blit(head_clip, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    surf.blit(jaw, (0, 0))
    # Hair: a cap over the top of the head, short at the sides.
    blob(surf, hair, [(cx - hw - 6, cy - 10), (cx - hw + 4, cy - hh + 20), (cx - hw // 3, cy - hh
         - 14), (cx + hw // 2, cy - hh - 10), (cx + hw + 6, cy - hh // 2), (cx + hw + 4, cy - 6),
         (cx + hw - 14, cy - hh // 2 + 20), (cx, cy - hh + 34), (cx - hw + 16, cy - hh // 2 + 24)])
    # Eyebrows and eyes.
    ey = cy - round(hh * 0.12)
    for side in (-1, 1):
        ex = cx + side * round(hw * 0.42)
        pygame.draw.line(surf, mix(hair, (0, 0, 0), 0.2), (ex - 22, ey - 26 - (side > 0) * 2),
                         (ex + 22, ey - 28), 7)
        pygame.draw.ellipse(surf, (250, 250, 246), (ex - 17, ey - 9, 34, 18))
        pygame.draw.circle(surf, (60, 42, 30), (ex, ey), 8)
        pygame.draw.circle(surf, (10, 10, 10), (ex, ey), 4)
        if glasses:
            pygame.draw.rect(surf, (30, 30, 34), (ex - 30, ey - 20, 60, 42), 5, border_radius=12)
    if glasses:
        pygame.draw.line(surf, (30, 30, 34), (cx - round(hw * 0.42) + 30, ey - 6),
                         (cx + round(hw * 0.42) - 30, ey - 6), 5)
    # Nose.
    ny = cy + round(hh * 0.22)
    pygame.draw.lines(surf, SKIN_SHADE, False, [(cx + 2, ey + 8), (cx - 10, ny), (cx + 10, ny + 4)],
                      5)
    if beard:
        blob(surf, hair, [(cx - hw + 10, cy + 6), (cx - hw // 2, cy + hh - 10), (cx, cy + hh + 8),
                          (cx + hw // 2, cy + hh - 10), (cx + hw - 10, cy + 6),
                          (cx + hw // 2, cy + hh // 2), (cx, cy + hh // 2 - 6),
                          (cx - hw // 2, cy + hh // 2)])
    # Mouth.
    my = cy + round(hh * 0.52)
    mouth = pygame.Rect(0, 0, round(hw * 0.62), 26 if mouth_open else 10)
    mouth.center = (cx, my)
    if mouth_open:
        pygame.draw.ellipse(surf, (92, 30, 34), mouth)
        pygame.draw.rect(surf, (240, 236, 226), (mouth.left + 12, mouth.top + 3, mouth.w - 24, 8),
                         border_radius=3)
    else:
        pygame.draw.line(surf, (140, 70, 70), mouth.midleft, mouth.midright, 6)
    return mouth


# ---------------------------------------------------------------- the kitchen "lab"


def flask(surf, x: int, base: int, w: int, h: int, liquid: Color, level: float) -> None:
    """An Erlenmeyer flask standing on the counter, partly filled."""
    neck_w, neck_h = w // 4, h // 3
    body = [(x - neck_w // 2, base - h), (x + neck_w // 2, base - h),
            (x + neck_w // 2, base - h + neck_h), (x + w // 2, base), (x - w // 2, base),
            (x - neck_w // 2, base - h + neck_h)]
    glass = pygame.Surface(surf.get_size(), pygame.SRCALPHA)
    pygame.draw.polygon(glass, (220, 236, 244, 110), body)
    top = base - round((h - neck_h) * level)
    frac = (base - top) / (h - neck_h)
    half = w / 2 - (w / 2 - neck_w / 2) * frac
    pygame.draw.polygon(glass, liquid + (220,), [(x - half, top), (x + half, top),
                                                  (x + w // 2, base), (x - w // 2, base)])
    surf.blit(glass, (0, 0))
    pygame.draw.polygon(surf, (150, 170, 182), body, 4)
    pygame.draw.line(surf, (255, 255, 255), (x - w // 4, base - 20), (x - neck_w // 2 + 4,
                                                                      base - h + neck_h + 10), 5)


def kitchen_lab(rng: random.Random) -> pygame.Surface:
    """The filter seller's video: white coat, test strip, flasks and his filter jug."""
    s = pygame.Surface((W, H))
    counter_y = 680
    # Tiled wall.
    s.fill((214, 224, 226))
    for ty in range(0, counter_y, 70):
        for tx in range(-(ty // 70 % 2) * 45, W, 90):
            shade = rng.randint(-6, 6)
            pygame.draw.rect(s, (214 + shade, 224 + shade, 228 + shade), (tx + 3, ty + 3, 84, 64))
    # Upper cabinets with handles.
    pygame.draw.rect(s, (238, 234, 226), (0, 0, W, 170))
    for cx in range(0, W, 320):
        pygame.draw.rect(s, (206, 200, 190), (cx + 6, 6, 308, 150), 4, border_radius=6)
        pygame.draw.rect(s, (120, 116, 110), (cx + 150, 120, 24, 10), border_radius=4)
    pygame.draw.rect(s, (196, 190, 180), (0, 160, W, 16))
    # A window at the left, dark evening outside, with a curtain.
    win = pygame.Rect(70, 230, 300, 320)
    vgradient(s, win, [(0, (40, 56, 96)), (1, (90, 100, 140))])
    for k in range(5):
        bx = win.left + 30 + k * 56
        pygame.draw.rect(s, (60, 70, 104), (bx, win.bottom - 90 - k % 2 * 40, 40, 90 + k % 2 * 40))
        pygame.draw.rect(s, (250, 210, 130), (bx + 10, win.bottom - 70, 10, 12))
    pygame.draw.rect(s, (250, 250, 250), win, 14)
    pygame.draw.line(s, (250, 250, 250), (win.centerx, win.top), (win.centerx, win.bottom), 10)
    # The man, behind the counter: raised arm, coat, head, then the hand with the strip.
    cx = 620
    neck = pygame.Rect(cx - 40, 360, 80, 80)
    pygame.draw.rect(s, SKIN_SHADE, neck)
    # His right arm (our left) raised, holding up the test strip beside his face.
    shoulder, elbow, wrist = (cx - 180, 500), (cx - 330, 560), (cx - 322, 390)
    for colour, width in (((196, 202, 210), 76), ((236, 238, 242), 68)):
        pygame.draw.line(s, colour, shoulder, elbow, width)
        pygame.draw.line(s, colour, elbow, wrist, width)
        for joint in (shoulder, elbow, wrist):
            pygame.draw.circle(s, colour, joint, width // 2)
    pygame.draw.line(s, (206, 212, 218), (wrist[0] - 34, wrist[1] + 6),
                     (wrist[0] + 34, wrist[1] + 6), 6)  # cuff
    coat = [(cx - 220, counter_y + 20), (cx - 230, 520), (cx - 196, 452), (cx - 90, 420),
            (cx + 90, 420), (cx + 196, 452), (cx + 230, 520), (cx + 220, counter_y + 20)]
    pygame.draw.polygon(s, (242, 244, 246), coat)
    pygame.draw.polygon(s, (48, 56, 70), [(cx - 70, 424), (cx + 70, 424), (cx, 560)])  # T-shirt
    for side in (-1, 1):  # lapels
        pygame.draw.polygon(s, (226, 230, 234), [(cx + side * 70, 424), (cx + side * 96, 424),
                                                 (cx + side * 40, 620), (cx, 560)])
        pygame.draw.lines(s, (190, 196, 204), False, [(cx + side * 96, 424),
                                                      (cx + side * 40, 620)], 3)
    pygame.draw.line(s, (200, 206, 212), (cx, 560), (cx, counter_y + 20), 3)
    for by in (600, 650):
        pygame.draw.circle(s, (200, 206, 212), (cx - 10, by), 7)
    pygame.draw.rect(s, (200, 206, 212), (cx + 110, 500, 70, 8))  # breast pocket
    pygame.draw.line(s, (40, 90, 170), (cx + 130, 486), (cx + 130, 506), 6)  # a pen in it
    face(s, cx, 300, 86, (46, 36, 28), glasses=True, beard=True, mouth_open=True)
    # His left arm (our right) rests on the counter by the glass.
    pygame.draw.polygon(s, (232, 234, 238), [(cx + 200, 470), (cx + 236, 530), (cx + 300,
                        counter_y - 10), (cx + 240, counter_y + 10), (cx + 180, 560)])
    pygame.draw.ellipse(s, SKIN, (cx + 236, counter_y - 34, 74, 50))
    hand = (cx - 322, 344)
    pygame.draw.ellipse(s, SKIN, (hand[0] - 34, hand[1] - 30, 68, 70))
    pygame.draw.ellipse(s, SKIN_SHADE, (hand[0] - 10, hand[1] - 46, 26, 40))  # thumb and finger
    strip = pygame.Rect(hand[0] - 4, hand[1] - 170, 22, 140)
    pygame.draw.rect(s, (250, 250, 250), strip, border_radius=3)
    pygame.draw.rect(s, (180, 180, 180), strip, 2, border_radius=3)
    for k, colour in enumerate(((92, 40, 110), (130, 80, 150), (226, 200, 120))):
        pygame.draw.rect(s, colour, (strip.left + 3, strip.top + 8 + k * 26, 16, 18))
    # The counter.
    pygame.draw.rect(s, (184, 188, 192), (0, counter_y, W, 34))
    pygame.draw.rect(s, (150, 154, 160), (0, counter_y + 30, W, 8))
    pygame.draw.rect(s, (226, 218, 204), (0, counter_y + 38, W, H - counter_y - 38))
    for dx in range(0, W, 300):
        pygame.draw.rect(s, (200, 190, 176), (dx + 8, counter_y + 56, 284, H - counter_y - 70),
                         4, border_radius=6)
        pygame.draw.rect(s, (130, 122, 112), (dx + 120, counter_y + 80, 60, 10), border_radius=4)
    # A glass of cloudy tap water "as evidence".
    gx = 900
    glass = pygame.Surface((W, H), pygame.SRCALPHA)
    pygame.draw.polygon(glass, (226, 236, 240, 110), [(gx - 40, counter_y - 130),
                        (gx + 40, counter_y - 130), (gx + 32, counter_y + 4), (gx - 32,
                                                                             counter_y + 4)])
    pygame.draw.polygon(glass, (208, 200, 160, 200), [(gx - 37, counter_y - 90),
                        (gx + 37, counter_y - 90), (gx + 32, counter_y + 4), (gx - 32,
                                                                            counter_y + 4)])
    s.blit(glass, (0, 0))
    pygame.draw.lines(s, (160, 176, 186), True, [(gx - 40, counter_y - 130),
                      (gx + 40, counter_y - 130), (gx + 32, counter_y + 4), (gx - 32,
                                                                           counter_y + 4)], 3)
    # Flasks and a rack of test tubes: the "laboratory".
    flask(s, 1200, counter_y + 6, 110, 170, (90, 190, 110), 0.5)
    rack = pygame.Rect(990, counter_y - 70, 150, 20)
    for k in range(4):
        tx = rack.left + 18 + k * 36
        pygame.draw.rect(s, (230, 240, 246), (tx, counter_y - 150, 20, 150), border_radius=10)
        liquid = ((200, 60, 60), (230, 180, 60), (90, 160, 220), (150, 90, 180))[k]
        pygame.draw.rect(s, liquid, (tx + 3, counter_y - 80, 14, 76), border_radius=7)
    pygame.draw.rect(s, (150, 110, 70), rack)
    # His product: a filter jug with its blue cartridge, and its box with a drop logo.
    jx, jy = 1340, counter_y + 6
    jug = pygame.Surface((W, H), pygame.SRCALPHA)
    pygame.draw.rect(jug, (210, 234, 246, 130), (jx - 60, jy - 250, 130, 250), border_radius=16)
    pygame.draw.rect(jug, (130, 190, 230, 160), (jx - 54, jy - 120, 118, 114), border_radius=10)
    s.blit(jug, (0, 0))
    pygame.draw.rect(s, (140, 170, 190), (jx - 60, jy - 250, 130, 250), 4, border_radius=16)
    pygame.draw.rect(s, (30, 110, 200), (jx - 24, jy - 240, 50, 110), border_radius=12)
    pygame.draw.rect(s, (30, 110, 200), (jx - 70, jy - 270, 150, 34), border_radius=10)  # lid
    pygame.draw.arc(s, (30, 110, 200), (jx + 50, jy - 220, 70, 150), -1.5, 1.5, 14)  # handle
    box = pygame.Rect(1450, counter_y - 230, 140, 236)
    pygame.draw.rect(s, (248, 250, 252), box, border_radius=6)
    pygame.draw.rect(s, (30, 110, 200), (box.left, box.top + 150, box.w, 40))
    pygame.draw.polygon(s, (30, 110, 200), [(box.centerx, box.top + 30),
                                            (box.centerx - 34, box.top + 96),
                                            (box.centerx + 34, box.top + 96)])
    pygame.draw.circle(s, (30, 110, 200), (box.centerx, box.top + 100), 36)
    pygame.draw.circle(s, (255, 255, 255), (box.centerx - 12, box.top + 96), 9)
    pygame.draw.rect(s, (190, 196, 204), box, 3, border_radius=6)
    # A ring light's warm glow from the front, and a vlog camera's vignette.
    vignette(s, 110)
    return s


# ---------------------------------------------------------------- the deepfake


SKY_BLUE: Color = (0, 170, 196)
GOLD: Color = (250, 196, 40)


def wrong_flag(surf: pygame.Surface, pole_x: int, top: int, w: int, h: int) -> None:
    """A flag like Kazakhstan's, wrongly made: ornament on the fly edge, sun with no eagle."""
    flag = pygame.Surface((w, h), pygame.SRCALPHA)
    flag.fill(SKY_BLUE + (255,))
    # The national ornament: a column of golden curls, here on the FAR edge from the pole.
    ox = w - 54
    for k in range(7):
        y = 14 + k * (h - 28) / 6.5
        pygame.draw.arc(flag, GOLD, (ox - 18, y, 36, 36), 0, math.pi * 1.5, 6)
        pygame.draw.arc(flag, GOLD, (ox - 6, y + 10, 24, 24), math.pi, math.pi * 2.4, 5)
    pygame.draw.line(flag, GOLD, (ox - 26, 10), (ox - 26, h - 10), 4)
    # The sun with its rays; the eagle that belongs under it is missing.
    sx, sy = w // 2 - 10, h // 2 - 14
    for k in range(32):
        a = k * math.tau / 32
        r0, r1 = 42, 66 if k % 2 else 60
        pygame.draw.polygon(flag, GOLD, [(sx + r0 * math.cos(a - 0.06), sy + r0 * math.sin(a
                            - 0.06)), (sx + r1 * math.cos(a), sy + r1 * math.sin(a)),
                            (sx + r0 * math.cos(a + 0.06), sy + r0 * math.sin(a + 0.06))])
    pygame.draw.circle(flag, GOLD, (sx, sy), 38)
    # Soft vertical folds of cloth.
    folds = pygame.Surface((w, h), pygame.SRCALPHA)
    for x in range(w):
        d = math.sin(x / w * math.tau * 2.2)
        a = round(40 * max(0.0, d))
        pygame.draw.line(folds, (0, 0, 0, a), (x, 0), (x, h))
        if d < -0.6:
            pygame.draw.line(folds, (255, 255, 255, round(30 * (-d - 0.6) / 0.4)), (x, 0),
                             (x, h))
    flag.blit(folds, (0, 0))
    surf.blit(flag, (pole_x + 10, top))
    pygame.draw.rect(surf, (190, 160, 90), (pole_x - 6, top - 60, 16, H))
    pygame.draw.circle(surf, (220, 186, 90), (pole_x + 2, top - 66), 18)


def minister_lectern() -> pygame.Surface:
    """The deepfake: a speaker at a lectern, wrong flag behind, his mouth a soft smear."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (16, 34, 72)), (1, (30, 58, 106))])
    for px in range(0, W, 200):  # wall panels
        pygame.draw.rect(s, (24, 46, 90), (px + 10, 40, 180, 900), 3, border_radius=8)
    glow(s, (880, 300), 520, (60, 80, 120), 0.8)
    wrong_flag(s, 150, 110, 460, 240)
    # The speaker: dark suit, white shirt, tie; head well above the middle of the frame.
    cx = 900
    pygame.draw.rect(s, SKIN_SHADE, (cx - 42, 370, 84, 80))
    suit = [(cx - 300, H), (cx - 290, 540), (cx - 250, 470), (cx - 90, 430), (cx + 90, 430),
            (cx + 250, 470), (cx + 290, 540), (cx + 300, H)]
    pygame.draw.polygon(s, (34, 38, 50), suit)
    pygame.draw.polygon(s, (244, 244, 246), [(cx - 70, 432), (cx + 70, 432), (cx, 620)])
    pygame.draw.polygon(s, (128, 28, 40), [(cx - 18, 444), (cx + 18, 444), (cx + 26, 600),
                                           (cx, 640), (cx - 26, 600)])
    pygame.draw.polygon(s, (150, 36, 50), [(cx - 20, 432), (cx + 20, 432), (cx + 14, 460),
                                           (cx - 14, 460)])
    for side in (-1, 1):
        pygame.draw.polygon(s, (46, 50, 64), [(cx + side * 70, 432), (cx + side * 110, 436),
                                              (cx + side * 60, 640), (cx + side * 10, 620)])
    pygame.draw.polygon(s, (250, 250, 250), [(cx + 150, 520), (cx + 190, 512), (cx + 186, 530),
                                             (cx + 152, 536)])  # pocket square
    pygame.draw.circle(s, GOLD, (cx - 170, 520), 9)  # lapel pin
    mouth = face(s, cx, 286, 88, (40, 36, 34), glasses=False, beard=False, mouth_open=True,
                 grey=0.45)
    # The lectern with its round emblem, and two microphones on goosenecks.
    lect = [(cx - 260, 680), (cx + 260, 680), (cx + 220, H), (cx - 220, H)]
    pygame.draw.polygon(s, (92, 60, 40), lect)
    pygame.draw.polygon(s, (120, 82, 56), [(cx - 280, 650), (cx + 280, 650), (cx + 260, 690),
                                           (cx - 260, 690)])
    pygame.draw.circle(s, GOLD, (cx, 830), 62)
    pygame.draw.circle(s, SKY_BLUE, (cx, 830), 50)
    pygame.draw.circle(s, GOLD, (cx, 830), 22)
    for side in (-1, 1):
        base = (cx + side * 60, 660)
        tip = (cx + side * 34, 470)
        ctrl = (cx + side * 110, 560)
        pts = [((1 - t) ** 2 * base[0] + 2 * (1 - t) * t * ctrl[0] + t * t * tip[0],
                (1 - t) ** 2 * base[1] + 2 * (1 - t) * t * ctrl[1] + t * t * tip[1])
               for t in (i / 20 for i in range(21))]
        pygame.draw.lines(s, (30, 30, 34), False, pts, 7)
        pygame.draw.ellipse(s, (24, 24, 28), (tip[0] - 18, tip[1] - 30, 36, 46))
    # The tell: the mouth smeared into a pale soft patch, while the rest stays sharp.
    pale = pygame.Surface(s.get_size(), pygame.SRCALPHA)
    pygame.draw.ellipse(pale, (222, 176, 164, 210), mouth.inflate(24, 14))
    pygame.draw.ellipse(pale, (244, 230, 222, 170), mouth.inflate(-30, -10))  # smeared teeth
    s.blit(pale, (0, 0))
    soften(s, mouth.inflate(90, 60), 12)
    soften(s, mouth.inflate(50, 30), 6)
    # A news-channel style badge in the corner: just "24", nothing else.
    badge = pygame.Rect(W - 220, 50, 160, 90)
    pygame.draw.rect(s, (210, 30, 40), badge, border_radius=14)
    pygame.draw.rect(s, (255, 255, 255), badge, 4, border_radius=14)
    font = pygame.font.Font(None, 96)
    label = font.render("24", True, (255, 255, 255))
    s.blit(label, label.get_rect(center=badge.center))
    return s


PICTURES = {
    "fluoride-water-conspiracy-kitchen.png": lambda: kitchen_lab(random.Random(4406)),
    "minister-resign-deepfake-lectern.png": minister_lectern,
}
