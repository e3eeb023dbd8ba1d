"""What the checker can tell about a picture file without decoding it: kind, size, completeness.

The game refuses the same files (too large, too many pixels, cut short), so a picture that
passes `mil-quest check` is one the game can show.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO

from quest.files import NotARegularFile, open_regular
from quest.message import Message

# A scenario picture needs no more; a huge or malicious file must not eat a school laptop's
# memory when decoded.
MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_PIXELS = 4096 * 4096
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
# Start-of-frame markers (baseline, progressive, lossless, arithmetic): each holds the size.
SOF_MARKERS = frozenset((0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE,
                         0xCF))
# A real JPEG reaches its frame header within a few segments (metadata, tables); the bound keeps
# a file of empty segments from being walked for long.
MAX_JPEG_SEGMENTS = 4096


def image_problem(path: Path) -> str | None:
    """Why a picture file cannot be shown, in words; None when it looks whole and usable.

    The pixel count is read from the file's header, so a small file that would decode into
    gigabytes is refused before anything decodes it.
    """
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_IMAGE_BYTES:
                return Message("the picture is {size} MB, more than {most} MB",
                               size=size // (1024 * 1024), most=MAX_IMAGE_BYTES // (1024 * 1024))
            head = handle.read(32)
            if head.startswith(PNG_SIGNATURE):
                dimensions = _png_size(head)
            elif head.startswith(JPEG_SIGNATURE):
                dimensions = _jpeg_size(handle, size)
            else:
                return Message("it is not a PNG or JPEG picture")
            handle.seek(max(0, size - 16))
            tail = handle.read(16)
    except NotARegularFile as exc:
        return Message("it is {kind}, not a picture file", kind=exc.kind)
    except OSError as exc:
        return Message("cannot read it: {reason}", reason=exc.strerror or str(exc))
    if isinstance(dimensions, str):
        return dimensions
    width, height = dimensions
    if width == 0 or height == 0:
        return Message("the picture claims {width}x{height} pixels: the file is damaged",
                       width=width, height=height)
    if width * height > MAX_IMAGE_PIXELS:
        return Message("the picture has {width}x{height} pixels, more than the game shows "
                       "({most:,} at most)", width=width, height=height, most=MAX_IMAGE_PIXELS)
    if head.startswith(PNG_SIGNATURE) and b"IEND" not in tail:
        return Message("the PNG file is cut short (no end marker): save it again")
    if head.startswith(JPEG_SIGNATURE) and b"\xff\xd9" not in tail:
        return Message("the JPEG file is cut short (no end marker): save it again")
    return None


def _png_size(head: bytes) -> tuple[int, int] | str:
    """Width and height from a PNG's IHDR chunk, which must come first."""
    if len(head) < 24 or head[12:16] != b"IHDR":
        return Message("the PNG file is damaged (no image header)")
    return struct.unpack(">II", head[16:24])


def _jpeg_size(handle: BinaryIO, size: int) -> tuple[int, int] | str:
    """Width and height from a JPEG's frame header, found by walking its segments with seeks."""
    position = 2  # after the start-of-image marker
    for _ in range(MAX_JPEG_SEGMENTS):
        handle.seek(position)
        header = handle.read(4)
        if len(header) < 4 or header[0] != 0xFF:
            break
        marker = header[1]
        if marker == 0xFF:  # fill bytes before a marker
            position += 1
            continue
        if marker == 0xD8 or 0xD0 <= marker <= 0xD7 or marker == 0x01:
            position += 2  # markers without a length
            continue
        if marker in (0xD9, 0xDA):  # end of image or start of scan before any frame header
            break
        length = struct.unpack(">H", header[2:4])[0]
        if length < 2:
            break
        if marker in SOF_MARKERS:
            frame = handle.read(5)
            if len(frame) < 5:
                break
            height, width = struct.unpack(">HH", frame[1:5])
            return width, height
        position += 2 + length
        if position >= size:
            break
    return Message("the JPEG file is damaged (no frame header with its size)")
