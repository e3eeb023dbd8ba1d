"""Fonts, word wrapping and a cache of rendered text, so no string is rendered twice."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pygame

from quest.content.characters import printable
from quest.resources import FONTS
from quest.ui.theme import LINE_HEIGHT, MIN_TEXT_PX

FONT_DIR = FONTS
FONT_FILES = {False: "NotoSans-Regular.ttf", True: "NotoSans-Bold.ttf"}
# Wrapped texts kept, and rendered lines kept by their pixels (5 MB at 4 bytes a pixel): a
# screen shows a few hundred lines; the caps bound memory after many screens.
CACHE_SIZE = 4000
PIXEL_BUDGET = 1_200_000


class Fonts:
    """The shipped font family at any size; falls back to pygame's font, with a note, if missing."""

    def __init__(self, folder: Path = FONT_DIR):
        self.folder = folder
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self.problem: str | None = None

    def get(self, size: int, bold: bool = False) -> pygame.font.Font:
        """The font of this size and weight."""
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            path = self.folder / FONT_FILES[bold]
            try:
                font = pygame.font.Font(path, size)
            except (OSError, FileNotFoundError, pygame.error) as exc:
                self.problem = (f"{path}: cannot load the font ({exc}); Kazakh letters may "
                                "not show")
                font = pygame.font.Font(None, size)
                font.set_bold(bold)
            self._fonts[key] = font
        return font


class TextCache:
    """Renders and wraps text once per (text, size, weight, colour), then reuses the result."""

    def __init__(self, fonts: Fonts | None = None):
        self.fonts = fonts or Fonts()
        self._surfaces: OrderedDict = OrderedDict()
        self._pixels = 0
        self._wraps: OrderedDict = OrderedDict()
        self.renders = 0  # how many times text was really rendered: for tests and benches

    def clear(self) -> None:
        """Forget everything (after a resize or a theme change)."""
        self._surfaces.clear()
        self._pixels = 0
        self._wraps.clear()

    def render(self, text: str, size: int, color, bold: bool = False) -> pygame.Surface:
        """The surface of one line of text."""
        key = (text, size, bold, color)
        surface = self._surfaces.get(key)
        if surface is not None:
            self._surfaces.move_to_end(key)
            return surface
        # Texts come from files and the network too: a control character must not reach
        # the renderer, which refuses NUL and draws the others as boxes.
        surface = self.fonts.get(size, bold).render(printable(text), True, color)
        self.renders += 1
        self._surfaces[key] = surface
        self._pixels += surface.get_width() * surface.get_height()
        while self._pixels > PIXEL_BUDGET and len(self._surfaces) > 1:
            _, old = self._surfaces.popitem(last=False)
            self._pixels -= old.get_width() * old.get_height()
        return surface

    def line_height(self, size: int, bold: bool = False) -> int:
        """The distance between baselines of wrapped lines."""
        return max(round(size * LINE_HEIGHT), self.fonts.get(size, bold).get_linesize())

    def width(self, text: str, size: int, bold: bool = False) -> int:
        """The width of one line of text."""
        return self.fonts.get(size, bold).size(printable(text))[0]

    def wrap(self, text: str, size: int, width: int, bold: bool = False) -> tuple[str, ...]:
        """Lines of `text` that each fit `width`; words longer than a line are broken."""
        key = (text, size, bold, width)
        lines = self._wraps.get(key)
        if lines is not None:
            return lines
        font = self.fonts.get(size, bold)
        out: list[str] = []
        for paragraph in printable(text).split("\n"):
            line = ""
            for word in paragraph.split(" "):
                candidate = f"{line} {word}" if line else word
                if font.size(candidate)[0] <= width:
                    line = candidate
                    continue
                if line:
                    out.append(line)
                line = word
                while font.size(line)[0] > width and len(line) > 1:
                    cut = _longest_fit(font, line, width)
                    out.append(line[:cut])
                    line = line[cut:]
            out.append(line)
        lines = tuple(out)
        self._wraps[key] = lines
        if len(self._wraps) > CACHE_SIZE:
            self._wraps.popitem(last=False)
        return lines

    def fit_size(self, text: str, size: int, width: int, bold: bool = False) -> int:
        """The largest size down to the minimum at which one line of text fits `width`."""
        while size > MIN_TEXT_PX and self.width(text, size, bold) > width:
            size -= 1
        return size


def _longest_fit(font: pygame.font.Font, word: str, width: int) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if font.size(word[:middle])[0] <= width:
            low = middle
        else:
            high = middle - 1
    return low
