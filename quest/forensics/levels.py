"""Error level analysis and a noise view: pictures of what a picture's compression and grain
look like, with the few figures `check` compares a clue against.

Error levels: the picture saved again as a JPEG at a known quality, and the difference
amplified. Parts saved fewer times than the rest, or at another quality, tend to differ more;
but edges, text and fine detail always differ more than flat areas, so an uneven picture alone
proves nothing. Noise: what is left after a small median filter, the grain of a camera's sensor
or of a drawing's smooth gradients; a pasted part often has another grain than its surroundings.
"""

from __future__ import annotations

import io

import numpy as np

from quest.forensics.lab import LevelView

ELA_QUALITY = 95  # the usual choice (FotoForensics): high enough that detail survives
MIN_GAIN, MAX_GAIN = 8, 48  # the view is brightened to be seen, within these bounds
BLOCK = 16
# libjpeg's standard luminance table (ITU T.81, K.1), which encoders scale by quality.
STANDARD_LUMA = (16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16,
                 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109,
                 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101,
                 72, 92, 95, 98, 112, 100, 103, 99)
VIEW_WIDTH = 1280  # the views are shown on screen, never larger than this


def jpeg_quality(picture) -> int | None:
    """The quality a JPEG was saved at, from its luminance table (None for another file)."""
    tables = getattr(picture, "quantization", None)
    if not tables or 0 not in tables or len(tables[0]) != 64:
        return None
    # Pillow gives the table in zigzag order; the sum does not depend on the order.
    total = sum(tables[0])

    def scaled(quality: int) -> int:
        factor = 5000 / quality if quality < 50 else 200 - 2 * quality
        return sum(min(255, max(1, (v * factor + 50) // 100)) for v in STANDARD_LUMA)

    return min(range(1, 101), key=lambda q: abs(scaled(q) - total))


def _view(levels: np.ndarray, fit: tuple[int, int] | None) -> tuple[bytes, tuple[int, int]]:
    """The view's pixels, brightened and scaled here, in the worker: the game only blits it."""
    from PIL import Image

    # Brightened so that the brightest parts show: a dark view hides what there is to see.
    top = float(np.percentile(levels, 99.5)) if levels.size else 0.0
    gain = min(MAX_GAIN, max(MIN_GAIN, 200 / top if top > 0 else MAX_GAIN))
    shown = Image.fromarray(np.clip(levels * gain, 0, 255).astype(np.uint8))
    width, height = fit if fit else (VIEW_WIDTH, VIEW_WIDTH)
    width = max(1, min(width, VIEW_WIDTH))
    ratio = min(width / shown.width, max(1, height) / shown.height)
    if ratio < 1 or fit:
        size = (max(1, round(shown.width * ratio)), max(1, round(shown.height * ratio)))
        shown = shown.resize(size, Image.BILINEAR)
    return shown.tobytes(), shown.size  # grey, a byte a pixel: a third of RGB to send and keep


def _blocks(levels: np.ndarray) -> np.ndarray:
    height, width = levels.shape[0] // BLOCK, levels.shape[1] // BLOCK
    if height == 0 or width == 0:
        return np.zeros((1, 1), dtype=np.float32)
    return levels[:height * BLOCK, :width * BLOCK].reshape(
        height, BLOCK, width, BLOCK).mean(axis=(1, 3))


def _region(stands_out: np.ndarray):
    """The largest connected region of blocks that stand out: its box and share."""
    from scipy import ndimage

    labels, count = ndimage.label(stands_out)
    if count == 0:
        return None, 0.0
    sizes = ndimage.sum(stands_out, labels, range(1, count + 1))
    biggest = int(np.argmax(sizes)) + 1
    rows, cols = np.nonzero(labels == biggest)
    height, width = stands_out.shape
    # Plain Python numbers: the game unpickles a view without loading numpy.
    box = (int(cols.min()) / width, int(rows.min()) / height, (int(cols.max()) + 1) / width,
           (int(rows.max()) + 1) / height)
    return box, float(sizes[biggest - 1] / stands_out.size)


def error_levels(picture, fit: tuple[int, int] | None = None) -> LevelView:
    """Error level analysis of a picture (best on a JPEG): parts with the history of the whole
    change alike when saved again; a part pasted from elsewhere often changes more."""
    from PIL import Image, ImageChops

    quality = jpeg_quality(picture)
    rgb = picture.convert("RGB")
    saved = io.BytesIO()
    rgb.save(saved, "JPEG", quality=ELA_QUALITY)
    again = Image.open(io.BytesIO(saved.getvalue())).convert("RGB")
    levels = np.asarray(ImageChops.difference(rgb, again), dtype=np.float32).max(axis=2)
    blocks = _blocks(levels)
    typical = float(np.median(blocks))
    box, share = _region(blocks > max(2.5 * typical, typical + 0.5))
    pixels, size = _view(levels, fit)
    return LevelView(pixels, size, quality, round(typical, 3), box, round(share, 4))


def noise(picture, fit: tuple[int, int] | None = None) -> LevelView:
    """The grain of a picture: what a 3x3 median filter takes away."""
    from PIL import ImageFilter

    grey = picture.convert("L")
    smooth = np.asarray(grey.filter(ImageFilter.MedianFilter(3)), dtype=np.float32)
    levels = np.abs(np.asarray(grey, dtype=np.float32) - smooth)
    blocks = _blocks(levels)
    typical = float(np.median(blocks))
    # Grain stands out both ways: a smooth patch in a grainy photo, or a grainy one in smooth.
    stands_out = (blocks < typical * 0.35) | (blocks > max(3 * typical, typical + 0.5))
    box, share = _region(stands_out)
    pixels, size = _view(levels, fit)
    return LevelView(pixels, size, None, round(typical, 3), box, round(share, 4))
