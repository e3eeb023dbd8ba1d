"""Scenario images: loaded once, scaled once per size, a placeholder when a file is missing or bad."""

from __future__ import annotations

import sys
from pathlib import Path

import pygame

from quest.content.images import MAX_IMAGE_PIXELS, image_problem


class Images:
    """A cache of decoded and scaled images; remembers which files failed and why."""

    def __init__(self):
        self._originals: dict[Path, pygame.Surface | None] = {}
        self._scaled: dict[tuple, pygame.Surface] = {}
        self.problems: dict[Path, str] = {}

    def original(self, path: Path) -> pygame.Surface | None:
        """The decoded image, or None (with a problem noted) when it cannot be used."""
        if path in self._originals:
            return self._originals[path]
        image = None
        try:
            # The same checks as `mil-quest check`, from the header, before anything decodes:
            # a special file would block the decoder, a forged size would exhaust memory.
            why = image_problem(path)
            if why is not None:
                raise ValueError(why)
            image = pygame.image.load(str(path))
            if image.get_width() * image.get_height() > MAX_IMAGE_PIXELS:
                raise ValueError("the picture has too many pixels")
            if pygame.display.get_surface() is not None:
                image = image.convert_alpha() if image.get_alpha() else image.convert()
            elif image.get_bitsize() not in (24, 32):
                # Grey or palette pictures: smooth scaling needs 24 or 32 bits a pixel.
                full = pygame.Surface(image.get_size(), pygame.SRCALPHA)
                full.blit(image, (0, 0))
                image = full
        except (OSError, ValueError, pygame.error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            self.problems[path] = f"{path}: cannot show the image ({reason})"
            sys.stderr.write(self.problems[path] + "\n")
            image = None
        self._originals[path] = image
        return image

    def fitted(self, path: Path, width: int, height: int) -> pygame.Surface | None:
        """The image scaled to fit inside width x height, keeping its proportions."""
        image = self.original(path)
        if image is None or width <= 0 or height <= 0:
            return None
        key = (path, width, height)
        scaled = self._scaled.get(key)
        if scaled is None:
            ratio = min(width / image.get_width(), height / image.get_height())
            size = (max(1, int(image.get_width() * ratio)), max(1, int(image.get_height() * ratio)))
            scaled = pygame.transform.smoothscale(image, size)
            self._scaled[key] = scaled
            if len(self._scaled) > 64:
                self._scaled.pop(next(iter(self._scaled)))
        return scaled

    def clear_scaled(self) -> None:
        """Forget scaled copies (after a resize)."""
        self._scaled.clear()
