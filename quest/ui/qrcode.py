"""QR codes drawn for the projector: a phone's camera reads them across a classroom."""

from __future__ import annotations

import pygame


def qr_surface(text: str, size: int, dark, light) -> pygame.Surface:
    """A QR code of `text`, drawn crisp (whole pixels per module) about `size` pixels wide."""
    import segno

    matrix = [list(row) for row in segno.make(text, error="m").matrix]
    count = len(matrix) + 8  # the quiet zone of four modules around it
    module = max(2, size // count)
    surface = pygame.Surface((module * count, module * count))
    surface.fill(light)
    for y, row in enumerate(matrix):
        for x, cell in enumerate(row):
            if cell:
                surface.fill(dark, ((x + 4) * module, (y + 4) * module, module, module))
    return surface
