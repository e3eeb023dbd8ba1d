"""Scenario images: loaded once, scaled once per size, a placeholder when a file is missing or bad."""

from __future__ import annotations

import sys
from pathlib import Path

import pygame

from quest.content.images import MAX_IMAGE_PIXELS, image_problem


class Images:
    """A cache of decoded and scaled images; remembers which files failed and why."""

    # A class session shows dozens of pictures: only the last few are kept, decoded and
    # scaled, so memory stays flat however many cases are played.
    ORIGINALS = 6
    SCALED_PIXELS = 4_000_000  # about 16 MB of scaled copies

    def __init__(self):
        self._originals: dict[Path, pygame.Surface | None] = {}
        self._scaled: dict[tuple, pygame.Surface] = {}
        self._scaled_pixels = 0
        self.problems: dict[Path, str] = {}

    def original(self, path: Path) -> pygame.Surface | None:
        """The decoded image, or None (with a problem noted) when it cannot be used."""
        if path in self._originals:
            self._originals[path] = self._originals.pop(path)  # the most recently used last
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
        while len(self._originals) > self.ORIGINALS:
            self._originals.pop(next(iter(self._originals)))
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
            self._scaled_pixels += size[0] * size[1]
            while self._scaled_pixels > self.SCALED_PIXELS and len(self._scaled) > 1:
                old = self._scaled.pop(next(iter(self._scaled)))
                self._scaled_pixels -= old.get_width() * old.get_height()
        else:
            self._scaled[key] = self._scaled.pop(key)  # the most recently used last
        return scaled

    def clear_scaled(self) -> None:
        """Forget scaled copies (after a resize)."""
        self._scaled.clear()
        self._scaled_pixels = 0
