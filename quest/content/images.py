"""What the checker can tell about a picture file without decoding it: kind, size, completeness.

The game refuses the same files (too large, too many pixels, cut short), so a picture that
passes `mil-quest check` is one the game can show.
"""

from __future__ import annotations

import struct
from pathlib import Path

# A scenario picture needs no more; a huge or malicious file must not eat a school laptop's
# memory when decoded.
MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_PIXELS = 4096 * 4096
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"


def image_problem(path: Path) -> str | None:
    """Why a picture file cannot be shown, in words; None when it looks whole and usable."""
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            return (f"the picture is {size // (1024 * 1024)} MB, more than "
                    f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB")
        with path.open("rb") as handle:
            head = handle.read(32)
            handle.seek(max(0, size - 16))
            tail = handle.read(16)
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if head.startswith(PNG_SIGNATURE):
        if len(head) < 24 or head[12:16] != b"IHDR":
            return "the PNG file is damaged (no image header)"
        width, height = struct.unpack(">II", head[16:24])
        if b"IEND" not in tail:
            return "the PNG file is cut short (no end marker): save it again"
    elif head.startswith(JPEG_SIGNATURE):
        width = height = 0  # JPEG sizes sit in a later segment; the game checks them
        if b"\xff\xd9" not in tail:
            return "the JPEG file is cut short (no end marker): save it again"
    else:
        return "it is not a PNG or JPEG picture"
    if width * height > MAX_IMAGE_PIXELS:
        return f"the picture has {width}x{height} pixels, more than the game shows"
    return None
