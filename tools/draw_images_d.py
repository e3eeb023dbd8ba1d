"""Draw the pictures of scenarios set D into scenarios/images/.

Run from the repository root:  python tools/draw_images_d.py

The same habits as tools/draw_images.py (and the same helpers, from tools/drawing.py): every
picture is drawn at twice its size and scaled down, from a seeded random generator, so the same
code always writes the same files.

- mountain-road-closure-barrier.png: a snowy mountain road closed by a barrier.
- fluoride-water-conspiracy-kitchen.png: a video still of a man in a white coat in a kitchen
  "lab", holding up a test strip beside flasks and his own filter jug.
- minister-resign-deepfake-lectern.png: a video still of a speaker at a lectern; the flag behind
  him is wrong (ornament on the fly edge, no eagle) and his mouth is a soft blur.
- air-quality-monitor-smog.png: the Almaty skyline in thick winter smog at dusk.

A video still is shown with a play button over its centre, so faces and the details the clues
talk about are kept away from the middle of those pictures.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tools/, home of drawing.py
from drawing import (  # noqa: E402  (first: it sets up pygame's environment)
    H,
    W,
    Color,
    blob,
    glow,
    haze,
    mix,
    save_pictures,
    vgradient,
)
import pygame  # noqa: E402

SEED = 4404  # this script's own seed, so its pictures never depend on the other script's

SKIN: Color = (214, 168, 134)
SKIN_SHADE: Color = (186, 138, 108)


# ---------------------------------------------------------------- helpers


def soften(surf: pygame.Surface, rect: pygame.Rect, factor: int = 10) -> None:
    """Blur a region in place (shrink and grow back), with a soft round edge."""
    rect = rect.clip(surf.get_rect())
    part = surf.subsurface(rect).copy()
    small = pygame.transform.smoothscale(part, (max(1, rect.w // factor),
                                                max(1, rect.h // factor)))
    blurred = pygame.transform.smoothscale(small, rect.size).convert_alpha()
    # A mask that is opaque in the middle and fades out towards the edges of the ellipse.
    mask = pygame.Surface(rect.size, pygame.SRCALPHA)
    steps = 16
    for i in range(steps):
        k = 1 - i / steps
        a = round(255 * min(1.0, (i + 1) / steps * 1.6))
        r = pygame.Rect(0, 0, round(rect.w * k), round(rect.h * k))
        r.center = (rect.w // 2, rect.h // 2)
        pygame.draw.ellipse(mask, (255, 255, 255, a), r)
    blurred.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    surf.blit(blurred, rect.topleft)


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


# ---------------------------------------------------------------- mountain road


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


# ---------------------------------------------------------------- kitchen "lab"


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


def minister_lectern(rng: random.Random) -> pygame.Surface:
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


# ---------------------------------------------------------------- smog over Almaty


def blocks(surf, rng, horizon: int, count: int, hmin: int, hmax: int, colour: Color,
           lit: Color, density: float, width=(90, 220)) -> None:
    """A row of buildings standing on the horizon line, some windows lit."""
    x = -40
    for _ in range(count):
        if x > W:
            break
        bw = rng.randint(*width)
        bh = rng.randint(hmin, hmax)
        top = horizon - bh
        pygame.draw.rect(surf, colour, (x, top, bw - 10, bh + 200))
        for wy in range(top + 16, horizon + 120, 26):
            for wx in range(x + 10, x + bw - 26, 22):
                if rng.random() < density:
                    pygame.draw.rect(surf, lit, (wx, wy, 10, 12))
        x += bw + rng.randint(-10, 30)


def smog_city(rng: random.Random) -> pygame.Surface:
    """Almaty at dusk in winter smog: faint mountains, TV tower on its hill, chimney smoke."""
    s = pygame.Surface((W, H))
    vgradient(s, s.get_rect(), [(0, (84, 78, 80)), (0.45, (150, 124, 100)),
                                (0.7, (186, 152, 112)), (1, (150, 128, 106))])
    # The mountains: a barely visible ghost behind the smog.
    pts = [(0, 520)]
    for x in range(0, W + 60, 60):
        pts.append((x, 300 - 90 * math.sin(x / 260 + 0.4) - rng.randint(0, 40)))
    pts.append((W, 520))
    pygame.draw.polygon(s, (168, 142, 118), pts)
    haze(s, (176, 146, 112), 120)
    # Kok-Tobe hill with the thin TV tower and its red lights, at the right.
    blob(s, (128, 106, 92), [(1120, 620), (1260, 470), (1420, 440), (1560, 500), (1660, 640)])
    tx, ty = 1400, 150
    pygame.draw.polygon(s, (110, 92, 84), [(tx - 20, 452), (tx + 20, 452), (tx + 5, ty),
                                           (tx - 5, ty)])
    for k in range(3):
        yy = 452 - (k + 1) * 90
        pygame.draw.line(s, (110, 92, 84), (tx - 30 + k * 6, yy), (tx + 30 - k * 6, yy), 6)
    for y in (ty, 260, 340):
        glow(s, (tx, y), 40, (180, 40, 30), 0.9)
        pygame.draw.circle(s, (255, 80, 60), (tx, y), 5)
    haze(s, (176, 146, 112), 80)
    # Far blocks, melting into the smog.
    blocks(s, rng, 640, 20, 120, 260, (128, 110, 100), (206, 170, 118), 0.25)
    haze(s, (172, 142, 110), 110)
    # A few tall towers and mid blocks.
    for bx, bw, bh in ((300, 110, 420), (430, 90, 360), (980, 120, 470), (1110, 80, 380)):
        pygame.draw.rect(s, (96, 86, 84), (bx, 700 - bh, bw, bh + 100))
        for wy in range(700 - bh + 20, 700, 30):
            for wx in range(bx + 12, bx + bw - 14, 24):
                if rng.random() < 0.35:
                    pygame.draw.rect(s, (232, 190, 120), (wx, wy, 12, 14))
    blocks(s, rng, 720, 18, 90, 220, (92, 82, 80), (236, 192, 120), 0.3)
    haze(s, (168, 138, 106), 90)
    # Street lights along the avenue, each a fuzzy orange halo in the smog.
    pygame.draw.rect(s, (70, 64, 64), (0, 720, W, 60))
    for lx in range(60, W, 150):
        glow(s, (lx, 730), 90, (200, 120, 50), 0.8)
        pygame.draw.circle(s, (255, 220, 160), (lx, 730), 6)
    # Foreground: private houses with pitched roofs and smoking chimneys.
    ground = 1000
    x = -30
    houses = []
    smoke = pygame.Surface((W, H), pygame.SRCALPHA)
    while x < W:
        hw = rng.randint(170, 250)
        hh = rng.randint(90, 130)
        top = 860 - rng.randint(0, 40)
        houses.append((x, hw, hh, top))
        x += hw + rng.randint(10, 40)
    for x, hw, hh, top in houses:
        wall = (62, 56, 56)
        pygame.draw.rect(s, wall, (x, top, hw, ground - top))
        pygame.draw.polygon(s, (50, 44, 46), [(x - 16, top + 4), (x + hw // 2, top - hh),
                                              (x + hw + 16, top + 4)])
        pygame.draw.polygon(s, (226, 224, 222), [(x - 16, top + 4), (x + hw // 2, top - hh),
                                                 (x + hw // 2, top - hh + 14),
                                                 (x - 4, top + 4)])  # snow on the roof
        if rng.random() < 0.8:
            pygame.draw.rect(s, (240, 190, 110), (x + hw // 2 - 30, top + 40, 36, 40))
        chim_x = x + hw // 2 + rng.randint(20, hw // 2 - 30)
        chim_top = top - hh // 2 - 30
        pygame.draw.rect(s, (70, 58, 54), (chim_x, chim_top, 26, 90))
        # Smoke rises a little, then spreads sideways under the inversion.
        px, py = chim_x + 13, chim_top
        for k in range(30):
            px += rng.uniform(8, 18)
            py -= max(0.0, 16 - k * 1.0)
            r = 16 + k * 3
            pygame.draw.circle(smoke, (92, 80, 76, max(0, 150 - k * 4)), (round(px), round(py)),
                               r)
    small = pygame.transform.smoothscale(smoke, (W // 10, H // 10))
    s.blit(pygame.transform.smoothscale(small, (W, H)), (0, 0))
    pygame.draw.rect(s, (206, 204, 204), (0, ground - 20, W, 20))  # snow along the street
    haze(s, (160, 132, 104), 40)
    return s


# ---------------------------------------------------------------- main


def main() -> int:
    """Draw every picture and report its size; exit 1 if one is over the size budget."""
    pygame.init()
    pygame.display.set_mode((1, 1))  # convert_alpha needs a display, even a dummy one
    pictures = {
        "mountain-road-closure-barrier.png": mountain_road(random.Random(SEED + 1)),
        "fluoride-water-conspiracy-kitchen.png": kitchen_lab(random.Random(SEED + 2)),
        "minister-resign-deepfake-lectern.png": minister_lectern(random.Random(SEED + 3)),
        "air-quality-monitor-smog.png": smog_city(random.Random(SEED + 4)),
    }
    status = save_pictures(pictures)
    pygame.quit()
    return status


if __name__ == "__main__":
    sys.exit(main())
