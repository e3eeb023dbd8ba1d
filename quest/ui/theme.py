"""Colours, type sizes and spacing (../docs/UI: a fact-checker's desk at night)."""

from __future__ import annotations

from dataclasses import dataclass

from quest.model.scenario import Answer

# Sizes at 1080p, in pixels, before the text-size setting.
TITLE, HEADING, HEADLINE, BODY, SMALL = 56, 34, 30, 24, 19
MIN_TEXT_PX = 16  # nothing smaller, whatever the window (readable at 1366x768)
LINE_HEIGHT = 1.3
GRID = 8
RADIUS = 12
BUTTON_HEIGHT = 56  # at least 48 px at 1080p


@dataclass(frozen=True)
class Palette:
    """The colours of one theme."""

    desk: tuple
    panel: tuple
    panel_raised: tuple
    text: tuple
    muted: tuple
    paper: tuple
    ink: tuple
    ink_muted: tuple
    accent: tuple
    accent_ink: tuple
    focus: tuple
    border: tuple
    shadow: tuple
    link: tuple
    good: tuple
    bad: tuple
    focus_width: int
    border_width: int
    verdict: dict


def _hex(value: str) -> tuple:
    value = value.lstrip("#")
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))


VERDICT_COLOURS = {
    Answer.GENUINE: _hex("#1E7A4E"),
    Answer.FAKE: _hex("#B3261E"),
    Answer.MISLEADING: _hex("#A8500A"),
    Answer.SATIRE: _hex("#6246B8"),
    Answer.UNVERIFIED: _hex("#2F5DB8"),
}

DARK = Palette(
    desk=_hex("#1B2430"),
    panel=_hex("#263241"),
    panel_raised=_hex("#32415A"),
    text=_hex("#EDEFF2"),
    muted=_hex("#A9B4C2"),
    paper=_hex("#F7F4EC"),
    ink=_hex("#1E1E1E"),
    ink_muted=_hex("#55524C"),
    accent=_hex("#F2B134"),
    accent_ink=_hex("#1E1E1E"),
    focus=_hex("#FFD84D"),
    border=_hex("#3E4C60"),
    shadow=(8, 12, 18),
    link=_hex("#1F4FA8"),
    good=_hex("#6FD39B"),
    bad=_hex("#FF8A80"),
    focus_width=3,
    border_width=1,
    verdict=VERDICT_COLOURS,
)

HIGH_CONTRAST = Palette(
    desk=(0, 0, 0),
    panel=(0, 0, 0),
    panel_raised=(20, 20, 20),
    text=(255, 255, 255),
    muted=(255, 255, 255),
    paper=(255, 255, 255),
    ink=(0, 0, 0),
    ink_muted=(0, 0, 0),
    accent=(255, 255, 0),
    accent_ink=(0, 0, 0),
    focus=(255, 255, 0),
    border=(255, 255, 255),
    shadow=(0, 0, 0),
    link=(0, 0, 160),
    good=(120, 255, 160),
    bad=(255, 140, 140),
    focus_width=5,
    border_width=3,
    verdict={answer: (0, 0, 0) for answer in Answer},
)


class Metrics:
    """Pixel sizes for a window: type scales with the height and the text-size setting."""

    def __init__(self, width: int, height: int, text_scale: int = 100):
        self.width, self.height = width, height
        self.unit = height / 1080
        self.text_scale = text_scale / 100
        self.title = self.text(TITLE)
        self.heading = self.text(HEADING)
        self.headline = self.text(HEADLINE)
        self.body = self.text(BODY)
        self.small = self.text(SMALL)
        self.gap = max(4, round(GRID * self.unit))
        self.radius = max(6, round(RADIUS * self.unit))
        self.button = max(round(BUTTON_HEIGHT * self.unit), round(self.body * 1.9))

    def text(self, base: int) -> int:
        """A type size in pixels for a size given at 1080p."""
        return max(MIN_TEXT_PX, round(base * self.unit * self.text_scale))

    def px(self, value: float) -> int:
        """A length given at 1080p, in pixels for this window."""
        return round(value * self.unit)
