"""Icons drawn with shapes, so they are crisp at any size and need no symbol font."""

from __future__ import annotations

import math

import pygame


def _w(rect: pygame.Rect, share: float = 0.1) -> int:
    return max(2, round(min(rect.width, rect.height) * share))


def _pt(rect: pygame.Rect, x: float, y: float) -> tuple[int, int]:
    return (round(rect.left + rect.width * x), round(rect.top + rect.height * y))


def _lines(surface, color, rect, points, width=None, closed=False) -> None:
    pygame.draw.lines(surface, color, closed, [_pt(rect, x, y) for x, y in points],
                      width or _w(rect))


def check(surface, rect, color):
    _lines(surface, color, rect, [(0.15, 0.55), (0.42, 0.8), (0.88, 0.22)], _w(rect, 0.14))


def cross(surface, rect, color):
    width = _w(rect, 0.14)
    _lines(surface, color, rect, [(0.2, 0.2), (0.8, 0.8)], width)
    _lines(surface, color, rect, [(0.8, 0.2), (0.2, 0.8)], width)


def pin(surface, rect, color):
    head = _pt(rect, 0.5, 0.32)
    pygame.draw.circle(surface, color, head, round(rect.width * 0.26))
    _lines(surface, color, rect, [(0.5, 0.5), (0.5, 0.95)], _w(rect, 0.1))


def star(surface, rect, color, filled=True):
    cx, cy = rect.center
    outer, inner = min(rect.width, rect.height) * 0.48, min(rect.width, rect.height) * 0.2
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    pygame.draw.polygon(surface, color, points, 0 if filled else _w(rect, 0.08))


def star_empty(surface, rect, color):
    star(surface, rect, color, filled=False)


def warning(surface, rect, color):
    pygame.draw.polygon(surface, color, [_pt(rect, 0.5, 0.08), _pt(rect, 0.95, 0.9),
                                         _pt(rect, 0.05, 0.9)], _w(rect, 0.09))
    _lines(surface, color, rect, [(0.5, 0.35), (0.5, 0.62)], _w(rect, 0.1))
    pygame.draw.circle(surface, color, _pt(rect, 0.5, 0.76), _w(rect, 0.06))


def question(surface, rect, color):
    pygame.draw.circle(surface, color, rect.center, min(rect.width, rect.height) // 2,
                       _w(rect, 0.08))
    inner = rect.inflate(-rect.width * 0.45, -rect.height * 0.55).move(0, -rect.height * 0.08)
    pygame.draw.arc(surface, color, inner, -math.pi / 2.2, math.pi, _w(rect, 0.09))
    _lines(surface, color, rect, [(0.5, 0.5), (0.5, 0.62)], _w(rect, 0.09))
    pygame.draw.circle(surface, color, _pt(rect, 0.5, 0.75), _w(rect, 0.06))


def smile(surface, rect, color):
    pygame.draw.circle(surface, color, rect.center, min(rect.width, rect.height) // 2,
                       _w(rect, 0.08))
    pygame.draw.circle(surface, color, _pt(rect, 0.36, 0.4), _w(rect, 0.07))
    pygame.draw.circle(surface, color, _pt(rect, 0.64, 0.4), _w(rect, 0.07))
    mouth = pygame.Rect(_pt(rect, 0.27, 0.35), (rect.width * 0.46, rect.height * 0.38))
    pygame.draw.arc(surface, color, mouth, math.pi * 1.1, math.pi * 1.9, _w(rect, 0.08))


def gear(surface, rect, color):
    cx, cy = rect.center
    radius = min(rect.width, rect.height) * 0.34
    for i in range(8):
        angle = i * math.pi / 4
        start = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        end = (cx + radius * 1.4 * math.cos(angle), cy + radius * 1.4 * math.sin(angle))
        pygame.draw.line(surface, color, start, end, _w(rect, 0.14))
    pygame.draw.circle(surface, color, rect.center, round(radius), _w(rect, 0.12))


def arrow_right(surface, rect, color):
    _lines(surface, color, rect, [(0.15, 0.5), (0.85, 0.5)], _w(rect, 0.11))
    _lines(surface, color, rect, [(0.55, 0.2), (0.85, 0.5), (0.55, 0.8)], _w(rect, 0.11))


def arrow_left(surface, rect, color):
    _lines(surface, color, rect, [(0.85, 0.5), (0.15, 0.5)], _w(rect, 0.11))
    _lines(surface, color, rect, [(0.45, 0.2), (0.15, 0.5), (0.45, 0.8)], _w(rect, 0.11))


def clock(surface, rect, color):
    pygame.draw.circle(surface, color, rect.center, min(rect.width, rect.height) // 2,
                       _w(rect, 0.09))
    _lines(surface, color, rect, [(0.5, 0.22), (0.5, 0.5), (0.72, 0.62)], _w(rect, 0.09))


def verified(surface, rect, color):
    pygame.draw.circle(surface, color, rect.center, min(rect.width, rect.height) // 2)
    check(surface, rect.inflate(-rect.width * 0.35, -rect.height * 0.35), (255, 255, 255))


def forward(surface, rect, color):
    _lines(surface, color, rect, [(0.1, 0.8), (0.1, 0.6), (0.3, 0.45), (0.85, 0.45)],
           _w(rect, 0.1))
    _lines(surface, color, rect, [(0.6, 0.2), (0.88, 0.45), (0.6, 0.7)], _w(rect, 0.1))


def play(surface, rect, color):
    pygame.draw.polygon(surface, color, [_pt(rect, 0.25, 0.15), _pt(rect, 0.85, 0.5),
                                         _pt(rect, 0.25, 0.85)])


def ban(surface, rect, color):
    radius = min(rect.width, rect.height) // 2
    pygame.draw.circle(surface, color, rect.center, radius, _w(rect, 0.1))
    _lines(surface, color, rect, [(0.2, 0.2), (0.8, 0.8)], _w(rect, 0.1))


def plus(surface, rect, color):
    width = _w(rect, 0.14)
    _lines(surface, color, rect, [(0.5, 0.18), (0.5, 0.82)], width)
    _lines(surface, color, rect, [(0.18, 0.5), (0.82, 0.5)], width)


def lock(surface, rect, color):
    body = pygame.Rect(_pt(rect, 0.2, 0.45), (rect.width * 0.6, rect.height * 0.45))
    pygame.draw.rect(surface, color, body, border_radius=_w(rect, 0.06))
    shackle = pygame.Rect(_pt(rect, 0.3, 0.12), (rect.width * 0.4, rect.height * 0.6))
    pygame.draw.arc(surface, color, shackle, 0, math.pi, _w(rect, 0.09))


# -- the twelve tools ------------------------------------------------------------------------
def tool_source(surface, rect, color):  # a building: who is behind it
    _lines(surface, color, rect, [(0.15, 0.35), (0.5, 0.12), (0.85, 0.35)], _w(rect, 0.08),
           True)
    for x in (0.27, 0.5, 0.73):
        _lines(surface, color, rect, [(x, 0.42), (x, 0.78)], _w(rect, 0.08))
    _lines(surface, color, rect, [(0.12, 0.88), (0.88, 0.88)], _w(rect, 0.1))


def tool_author(surface, rect, color):  # a person
    pygame.draw.circle(surface, color, _pt(rect, 0.5, 0.32), round(rect.width * 0.18),
                       _w(rect, 0.08))
    pygame.draw.arc(surface, color, pygame.Rect(_pt(rect, 0.18, 0.55),
                                                (rect.width * 0.64, rect.height * 0.7)),
                    0, math.pi, _w(rect, 0.08))


def tool_url(surface, rect, color):  # a globe
    pygame.draw.circle(surface, color, rect.center, min(rect.width, rect.height) * 9 // 20,
                       _w(rect, 0.07))
    pygame.draw.ellipse(surface, color, rect.inflate(-rect.width * 0.55, -rect.height * 0.1),
                        _w(rect, 0.06))
    _lines(surface, color, rect, [(0.08, 0.5), (0.92, 0.5)], _w(rect, 0.06))


def tool_date(surface, rect, color):  # a calendar
    page = rect.inflate(-rect.width * 0.2, -rect.height * 0.2)
    pygame.draw.rect(surface, color, page, _w(rect, 0.08), border_radius=_w(rect, 0.06))
    pygame.draw.rect(surface, color, (page.left, page.top, page.width, page.height * 0.25))
    for x in (0.35, 0.5, 0.65):
        for y in (0.52, 0.7):
            pygame.draw.circle(surface, color, _pt(rect, x, y), _w(rect, 0.05))


def tool_image(surface, rect, color):  # a picture under a magnifier
    frame = pygame.Rect(_pt(rect, 0.08, 0.15), (rect.width * 0.6, rect.height * 0.5))
    pygame.draw.rect(surface, color, frame, _w(rect, 0.07))
    _lines(surface, color, rect, [(0.12, 0.58), (0.3, 0.38), (0.45, 0.55)], _w(rect, 0.06))
    pygame.draw.circle(surface, color, _pt(rect, 0.66, 0.62), round(rect.width * 0.17),
                       _w(rect, 0.08))
    _lines(surface, color, rect, [(0.78, 0.75), (0.93, 0.92)], _w(rect, 0.1))


def tool_lateral(surface, rect, color):  # several tabs side by side
    for i, x in enumerate((0.1, 0.38, 0.66)):
        tab = pygame.Rect(_pt(rect, x, 0.2 + i * 0.08), (rect.width * 0.26, rect.height * 0.55))
        pygame.draw.rect(surface, color, tab, _w(rect, 0.07), border_radius=_w(rect, 0.05))


def tool_quote(surface, rect, color):  # quotation marks
    for x in (0.3, 0.65):
        pygame.draw.circle(surface, color, _pt(rect, x, 0.4), round(rect.width * 0.12))
        _lines(surface, color, rect, [(x + 0.1, 0.42), (x - 0.06, 0.75)], _w(rect, 0.08))


def tool_data(surface, rect, color):  # a bar chart
    for i, height in enumerate((0.3, 0.55, 0.4, 0.75)):
        bar = pygame.Rect(_pt(rect, 0.12 + i * 0.2, 0.88 - height), (rect.width * 0.14,
                                                                    rect.height * height))
        pygame.draw.rect(surface, color, bar)
    _lines(surface, color, rect, [(0.08, 0.9), (0.92, 0.9)], _w(rect, 0.06))


def tool_ai(surface, rect, color):  # a sparkle
    cx, cy = rect.center
    size = min(rect.width, rect.height)
    points = []
    for i in range(8):
        radius = size * (0.46 if i % 2 == 0 else 0.13)
        angle = -math.pi / 2 + i * math.pi / 4
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    pygame.draw.polygon(surface, color, points)


def tool_account(surface, rect, color):  # two people: who else posts like this
    for x, y, r in ((0.35, 0.35, 0.14), (0.68, 0.4, 0.12)):
        pygame.draw.circle(surface, color, _pt(rect, x, y), round(rect.width * r), _w(rect, 0.07))
    pygame.draw.arc(surface, color, pygame.Rect(_pt(rect, 0.1, 0.58),
                                                (rect.width * 0.5, rect.height * 0.6)),
                    0, math.pi, _w(rect, 0.07))
    pygame.draw.arc(surface, color, pygame.Rect(_pt(rect, 0.48, 0.6),
                                                (rect.width * 0.42, rect.height * 0.5)),
                    0, math.pi, _w(rect, 0.07))


def tool_link(surface, rect, color):  # a shield: is the link safe
    _lines(surface, color, rect, [(0.5, 0.08), (0.85, 0.22), (0.8, 0.6), (0.5, 0.92),
                                  (0.2, 0.6), (0.15, 0.22)], _w(rect, 0.08), True)
    _lines(surface, color, rect, [(0.35, 0.5), (0.47, 0.63), (0.67, 0.38)], _w(rect, 0.08))


def tool_emotion(surface, rect, color):  # a heart
    pygame.draw.circle(surface, color, _pt(rect, 0.33, 0.36), round(rect.width * 0.2))
    pygame.draw.circle(surface, color, _pt(rect, 0.67, 0.36), round(rect.width * 0.2))
    pygame.draw.polygon(surface, color, [_pt(rect, 0.14, 0.45), _pt(rect, 0.86, 0.45),
                                         _pt(rect, 0.5, 0.9)])


ICONS = {
    "check": check, "cross": cross, "pin": pin, "star": star, "star_empty": star_empty,
    "warning": warning, "question": question, "smile": smile, "gear": gear,
    "arrow_right": arrow_right, "arrow_left": arrow_left, "clock": clock, "verified": verified,
    "forward": forward, "play": play, "lock": lock, "plus": plus, "ban": ban,
    "tool:source": tool_source, "tool:author": tool_author, "tool:url": tool_url,
    "tool:date": tool_date, "tool:image": tool_image, "tool:lateral": tool_lateral,
    "tool:quote": tool_quote, "tool:data": tool_data, "tool:ai": tool_ai,
    "tool:account": tool_account, "tool:link": tool_link, "tool:emotion": tool_emotion,
}
# Each verdict has its own shape as well as its colour: colour is never the only signal.
# Fake is a "no entry" sign, not a cross: a cross next to "Right!" would read as "wrong".
VERDICT_ICONS = {"genuine": "check", "fake": "ban", "misleading": "warning",
                 "satire": "smile", "unverified": "question"}


def draw(surface, name: str, rect: pygame.Rect, color) -> None:
    """Draw the icon called `name` inside `rect`."""
    fn = ICONS.get(name)
    if fn is not None:
        fn(surface, rect, color)
