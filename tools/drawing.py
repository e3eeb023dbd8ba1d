"""Shared helpers of the picture scripts tools/draw_images*.py.

Every picture is drawn at SS times its final SIZE (W x H) and smooth-scaled down when saved
(cheap anti-aliasing). Importing this module sets up pygame to run without a window, so import
it before pygame itself. The scripts are run as `python tools/draw_images_x.py`, which puts
tools/ on sys.path; they also add it themselves, so `from drawing import ...` always works.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"  # never open a window, whatever the desktop asks for
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402  (the environment above must be set first)

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "quest" / "data" / "scenarios" / "images"
FONT_BOLD = ROOT / "quest" / "data" / "fonts" / "NotoSans-Bold.ttf"
FONT_REGULAR = ROOT / "quest" / "data" / "fonts" / "NotoSans-Regular.ttf"
SIZE = (800, 500)  # final size of every picture
SS = 2  # supersampling factor: drawn at SS x SIZE, then smooth-scaled down
W, H = SIZE[0] * SS, SIZE[1] * SS
MAX_BYTES = 150 * 1024  # size budget of one PNG

Color = tuple[int, int, int]


# ---------------------------------------------------------------- colours and fills


def mix(a: Color, b: Color, t: float) -> Color:
    """The colour a fraction t of the way from a to b."""
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def vgradient(surf: pygame.Surface, rect: pygame.Rect, stops: list[tuple[float, Color]]) -> None:
    """Fill rect with a vertical gradient through (position 0..1, colour) stops."""
    for y in range(rect.top, rect.bottom):
        t = (y - rect.top) / max(1, rect.height - 1)
        for (p0, c0), (p1, c1) in zip(stops, stops[1:]):
            if p0 <= t <= p1:
                colour = mix(c0, c1, (t - p0) / max(1e-9, p1 - p0))
                break
        else:
            colour = stops[-1][1]
        pygame.draw.line(surf, colour, (rect.left, y), (rect.right - 1, y))


def glow(surf: pygame.Surface, centre: tuple[int, int], radius: int, colour: Color,
         strength: float = 1.0, steps: int = 24) -> None:
    """Add a soft round light (additive) of `steps` rings, brightest in the middle."""
    # Rings from the rim inwards, each added on top: the light grows smoothly to the centre.
    step_colour = tuple(min(255, round(c * strength * 0.9 / steps)) for c in colour)
    acc = pygame.Surface((radius * 2, radius * 2))
    acc.fill((0, 0, 0))
    ring = pygame.Surface((radius * 2, radius * 2))
    for i in range(steps):
        ring.fill((0, 0, 0))
        r = max(1, round(radius * (1 - i / steps)))
        pygame.draw.circle(ring, step_colour, (radius, radius), r)
        acc.blit(ring, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    surf.blit(acc, (centre[0] - radius, centre[1] - radius), special_flags=pygame.BLEND_RGB_ADD)


def haze(surf: pygame.Surface, colour: Color, alpha: int, top: int = 0, bottom: int = H) -> None:
    """Lay a flat veil (smog, mist, warm light) of colour and alpha over a band of the picture."""
    veil = pygame.Surface((surf.get_width(), bottom - top), pygame.SRCALPHA)
    veil.fill(colour + (alpha,))
    surf.blit(veil, (0, top))


# ---------------------------------------------------------------- curves and shapes


def catmull_rom(points, closed: bool = True, steps: int = 12) -> list[tuple[float, float]]:
    """A smooth curve through the points, `steps` points a segment (closed outline by default)."""
    pts = list(points)
    n = len(pts)
    out = []
    segments = n if closed else n - 1
    for i in range(segments):
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else pts[-1]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(tuple(
                0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k]
                       - p3[k]) * t2 + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3)
                for k in range(2)))
    if not closed:
        out.append(pts[-1])
    return out


def bezier(p0, p1, p2, p3, t: float) -> tuple[float, float]:
    """A point of a cubic Bezier curve."""
    u = 1 - t
    return tuple(u ** 3 * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t ** 3 * p3[k]
                 for k in range(2))


def blob(surf: pygame.Surface, colour, points, offset=(0, 0), steps: int = 12) -> None:
    """Fill the smooth closed shape through points (catmull_rom with `steps`), moved by offset."""
    ox, oy = offset
    pygame.draw.polygon(surf, colour, [(x + ox, y + oy)
                                       for x, y in catmull_rom(points, steps=steps)])


def clip_to(layer: pygame.Surface, shape: pygame.Surface) -> None:
    """Keep layer only where shape is opaque (multiplies layer's alpha by shape's)."""
    stencil = shape.copy()
    stencil.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
    layer.blit(stencil, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)


# ---------------------------------------------------------------- saving


def rays(surf: pygame.Surface, count: int, alpha: int) -> None:
    """Light rays from the centre of the picture: `count` wedges, each half a step wide."""
    layer = pygame.Surface((W, H), pygame.SRCALPHA)
    cx, cy = W // 2, H // 2
    for k in range(count):
        a0 = k * math.tau / count
        a1 = a0 + math.tau / (count * 2)
        pygame.draw.polygon(layer, (255, 255, 255, alpha),
                            [(cx, cy), (cx + 1800 * math.cos(a0), cy + 1800 * math.sin(a0)),
                             (cx + 1800 * math.cos(a1), cy + 1800 * math.sin(a1))])
    surf.blit(layer, (0, 0))


def confetti(surf: pygame.Surface, rng, count: int, colours: list[Color], piece: tuple[int, int],
             clear: tuple[int, int, int, int]) -> None:
    """Strips of paper at random angles, none inside the clear box (left, top, right, bottom)."""
    left, top, right, bottom = clear
    for _ in range(count):
        x, y = rng.randint(0, W), rng.randint(0, H)
        if left < x < right and top < y < bottom:
            continue
        strip = pygame.Surface(piece, pygame.SRCALPHA)
        strip.fill(rng.choice(colours) + (255,))
        strip = pygame.transform.rotate(strip, rng.randint(0, 180))
        surf.blit(strip, (x, y))


def sparkles(surf: pygame.Surface, rng, count: int, colour: Color,
             clear: tuple[int, int, int, int]) -> None:
    """Four-pointed stars, none inside the clear box (left, top, right, bottom)."""
    left, top, right, bottom = clear
    for _ in range(count):
        x, y = rng.randint(60, W - 60), rng.randint(40, H - 40)
        if left < x < right and top < y < bottom:
            continue
        r = rng.randint(14, 30)
        pygame.draw.polygon(surf, colour, [(x, y - r), (x + r // 5, y - r // 5), (x + r, y),
                                           (x + r // 5, y + r // 5), (x, y + r),
                                           (x - r // 5, y + r // 5), (x - r, y),
                                           (x - r // 5, y - r // 5)])


def finish(big: pygame.Surface, name: str) -> Path:
    """Scale the supersampled drawing down and save it as PNG."""
    small = pygame.transform.smoothscale(big, SIZE)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / name
    pygame.image.save(small, str(path))
    return path


def save_pictures(pictures: dict[str, pygame.Surface]) -> int:
    """Save every picture with finish() and print its size; 1 if one is over MAX_BYTES, else 0."""
    too_big = False
    for name, big in pictures.items():
        path = finish(big, name)
        size = path.stat().st_size
        too_big |= size > MAX_BYTES
        print(f"{path.relative_to(ROOT)}  {size // 1024} KiB"
              + ("  (over the budget!)" if size > MAX_BYTES else ""))
    return 1 if too_big else 0
