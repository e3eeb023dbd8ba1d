"""Draw the phone client's icons with the game's own icon functions (run from the repository
root): quest/web/static/icons/NAME.png, 96x96, white on transparent.

The page uses each as a CSS mask over a background colour, so one white picture serves every
colour. Each icon is drawn four times larger and scaled down, which smooths pygame's jagged
edges, then written as a grey-and-alpha PNG: only the alpha varies, so it packs small.
"""

import os
import struct
import sys
import zlib
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pygame  # noqa: E402

from quest.ui import icons  # noqa: E402

SIZE, SCALE = 96, 4
OUT = Path(__file__).resolve().parent.parent / "quest" / "web" / "static" / "icons"
WHITE, CLEAR = (255, 255, 255, 255), (0, 0, 0, 0)
# The twelve tools, then what the page itself shows (verdict shapes, pins, the clock...).
TOOLS = ("source", "author", "url", "date", "image", "lateral", "quote", "data", "ai",
         "account", "link", "emotion")
UI = ("check", "cross", "pin", "clock", "play", "arrow_left", "arrow_right", "question",
      "warning", "ban", "smile", "verified", "forward", "lock")


def draw(name: str) -> pygame.Surface:
    big = pygame.Surface((SIZE * SCALE, SIZE * SCALE), pygame.SRCALPHA)
    big.fill(CLEAR)
    # A margin of 1/16 so that round strokes are not cut at the edges.
    inset = SIZE * SCALE // 16
    rect = big.get_rect().inflate(-inset * 2, -inset * 2)
    if name == "verified":
        # The game's badge draws a white tick on the disc; as a mask, the tick is a hole.
        pygame.draw.circle(big, WHITE, rect.center, min(rect.width, rect.height) // 2)
        icons.check(big, rect.inflate(-rect.width * 0.35, -rect.height * 0.35), CLEAR)
    else:
        icons.draw(big, f"tool:{name}" if name in TOOLS else name, rect, WHITE)
    return pygame.transform.smoothscale(big, (SIZE, SIZE))


def png_grey_alpha(surface: pygame.Surface) -> bytes:
    """A PNG of colour type 4 (grey + alpha), the grey always white, each row filtered."""
    width, height = surface.get_size()
    alpha = pygame.image.tobytes(surface, "RGBA")[3::4]
    rows = []
    previous = None
    for y in range(height):
        row = alpha[y * width:(y + 1) * width]
        # Filter "up" (minus the row above) when it leaves smaller numbers to compress.
        up = bytes((a - b) & 0xFF for a, b in zip(row, previous)) if previous else None
        if up is not None and sum(min(v, 256 - v) for v in up) < sum(row):
            rows.append(b"\x02" + b"".join(bytes((0, v)) for v in up))
        else:
            rows.append(b"\x00" + b"".join(bytes((255, v)) for v in row))
        previous = row
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 4, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + \
        chunk(b"IEND", b"")


def main() -> None:
    pygame.init()
    OUT.mkdir(parents=True, exist_ok=True)
    total = 0
    for name in TOOLS + UI:
        data = png_grey_alpha(draw(name))
        (OUT / f"{name}.png").write_bytes(data)
        total += len(data)
    print(f"{len(TOOLS + UI)} icons, {total} bytes in {OUT}")


if __name__ == "__main__":
    main()
