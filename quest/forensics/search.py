"""Finding a picture among others, even cropped, mirrored, recompressed or recoloured.

Two stages, as image search engines do it on a small scale:
1. Perceptual hashes (imagehash's pHash, 64 bits) of the archive's pictures, whole and of many
   windows of each (five sizes, a grid of places), index the archive once. The query's hash,
   and its mirror image's, name the few candidates whose closest window is nearest.
2. Each candidate is verified by normalised cross-correlation of grey thumbnails, over every
   place and around the window's size: how well the query lines up with a part of the
   candidate, from -1 to 1, whatever the brightness, contrast or colours.

A candidate counts when it lines up almost perfectly, or well, clearly better than any
unrelated picture does, and at one place: a smooth picture lines up fairly well with many
others, and with them at many places nearly as well. The margin (the ratio test of feature
matching) and the peak's sharpness keep those chance alignments out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

HASH_THUMB = 256  # pixels on the longer side of the picture the windows are hashed from
VERIFY_WIDTH = 160  # pixels across an archive picture's thumbnail for the correlation
SCALES = (1.0, 0.9, 0.8, 0.7, 0.6)  # window sizes: a query keeping 60% of each side is found
GRID = 8  # places across the widest slack, fewer for larger windows
CANDIDATES = 5
SURE = 0.93  # lines up this well: the same picture, whatever else there is
LIKELY = 0.72  # lines up this well, and MARGIN better than any unrelated picture
MARGIN = 0.08
SHARP = 0.1  # and lines up at one place clearly better than a quarter of its size away


@dataclass(frozen=True)
class Found:
    """One archive picture the query was found in."""

    entry: int  # index into the archive's entries
    similarity: float  # the correlation, 0..1
    mirrored: bool
    part: float  # the share of the archive picture's width the query covers
    box: tuple[float, float, float, float]  # where, as fractions (left, top, right, bottom)


def _grey(picture, width: int | None = None):
    from PIL import Image

    grey = picture.convert("L")
    if width is not None:
        height = max(1, round(grey.height * width / grey.width))
        grey = grey.resize((width, height), Image.BILINEAR)
    return grey


def _hash_thumb(picture):
    grey = _grey(picture)
    grey.thumbnail((HASH_THUMB, HASH_THUMB))
    return grey


def phash(picture) -> np.ndarray:
    """The 64-bit perceptual hash, as 8 bytes."""
    import imagehash

    return np.packbits(imagehash.phash(picture, hash_size=8).hash.flatten())


def windows(width: int, height: int):
    """(scale, left, top, right, bottom) of every window hashed, in pixels."""
    for scale in SCALES:
        w, h = round(width * scale), round(height * scale)
        steps = 1 if scale == 1.0 else max(2, round(GRID * (1 - scale) / 0.5) + 1)
        for i in range(steps):
            for j in range(steps):
                x = round((width - w) * i / (steps - 1)) if steps > 1 else 0
                y = round((height - h) * j / (steps - 1)) if steps > 1 else 0
                yield scale, x, y, x + w, y + h


@dataclass
class Index:
    """The hashes of every window of every archive picture, and their thumbnails."""

    owners: np.ndarray  # (n,) entry index of each window
    scales: np.ndarray  # (n,) the window's scale
    hashes: np.ndarray  # (n, 8) uint8
    thumbs: list[np.ndarray]  # per entry, grey float thumbnail VERIFY_WIDTH wide
    families: np.ndarray  # (entries,) pictures found in one another share a family

    @classmethod
    def build(cls, pictures) -> "Index":
        """The index of decoded pictures, in the archive's order."""
        owners, scales, hashes, thumbs = [], [], [], []
        for number, picture in enumerate(pictures):
            small = _hash_thumb(picture)
            for scale, *box in windows(*small.size):
                owners.append(number)
                scales.append(scale)
                hashes.append(phash(small.crop(box)))
            thumbs.append(np.asarray(_grey(picture, VERIFY_WIDTH), dtype=np.float32))
        index = cls(np.array(owners, dtype=np.int32), np.array(scales, dtype=np.float32),
                    np.array(hashes, dtype=np.uint8).reshape(-1, 8), thumbs,
                    np.arange(len(thumbs), dtype=np.int32))
        # An archive may hold a picture and its own crop (the original and a TV still of
        # it): such pictures are one family, and do not count as each other's rivals.
        for number, picture in enumerate(pictures):
            for found in search(index, picture, rivals=False):
                if found.entry != number and found.similarity >= SURE:
                    old, new = index.families[found.entry], index.families[number]
                    index.families[index.families == old] = new
        return index

    def arrays(self) -> dict[str, np.ndarray]:
        """The index as named arrays, for numpy's savez."""
        out = {"owners": self.owners, "scales": self.scales, "hashes": self.hashes,
               "families": self.families}
        out.update({f"thumb{i}": t for i, t in enumerate(self.thumbs)})
        return out

    @classmethod
    def from_arrays(cls, arrays, entries: int) -> "Index":
        """The index saved by `arrays`."""
        return cls(arrays["owners"], arrays["scales"], arrays["hashes"],
                   [arrays[f"thumb{i}"] for i in range(entries)], arrays["families"])


def correlation(image: np.ndarray, template: np.ndarray) -> tuple[float, int, int, float]:
    """The best normalised cross-correlation of `template` over `image`, where (x, y), and
    how much better it is than the best away from there."""
    ih, iw = image.shape
    th, tw = template.shape
    if th > ih or tw > iw or th < 4 or tw < 4:
        return -1.0, 0, 0, 0.0
    t = template.astype(np.float64) - template.mean()
    norm = float(np.sqrt((t * t).sum()))
    if norm < 1e-6:  # a flat template lines up with nothing in particular
        return -1.0, 0, 0, 0.0
    from scipy import fft

    image = image.astype(np.float64)
    # Padded to sizes the FFT is fast at (products of 2, 3 and 5): several times quicker.
    shape = (fft.next_fast_len(ih + th, real=True), fft.next_fast_len(iw + tw, real=True))
    product = fft.irfft2(fft.rfft2(image, shape) * fft.rfft2(t[::-1, ::-1], shape),
                         shape)[th - 1:ih, tw - 1:iw]
    sums = np.pad(image, ((1, 0), (1, 0))).cumsum(0).cumsum(1)
    squares = np.pad(image * image, ((1, 0), (1, 0))).cumsum(0).cumsum(1)

    def box(s):
        return s[th:, tw:] - s[:-th, tw:] - s[th:, :-tw] + s[:-th, :-tw]

    spread = np.maximum(box(squares) - box(sums) ** 2 / (th * tw), 1e-6)
    scores = product / (np.sqrt(spread) * norm)
    y, x = np.unravel_index(int(np.argmax(scores)), scores.shape)
    # How sharp the peak is: a true match lines up at one place, a smooth picture lines up
    # almost as well a quarter of its size away (the best score out there is subtracted).
    away = scores.copy()
    ry, rx = max(2, th // 4), max(2, tw // 4)
    away[max(0, y - ry):y + ry + 1, max(0, x - rx):x + rx + 1] = -1.0
    sharpness = float(scores[y, x] - away.max()) if away.max() > -1.0 else 1.0
    # Where the archive is flat, rounding can push a score past 1.
    return float(min(1.0, scores[y, x])), int(x), int(y), sharpness


# Parts of the query tried as well: a picture re-posted with a caption band above or below it,
# or framed, holds the archived one in part of itself.
QUERY_CROPS = {"whole": (0.0, 0.0, 1.0, 1.0), "top": (0.0, 0.0, 1.0, 0.85),
               "bottom": (0.0, 0.15, 1.0, 1.0), "centre": (0.1, 0.1, 0.9, 0.9)}


def _views(picture) -> dict:
    """The query's views: whole and in part, as it is and mirrored."""
    from PIL import ImageOps

    small = _hash_thumb(picture)
    width, height = small.size
    views = {}
    for name, (left, top, right, bottom) in QUERY_CROPS.items():
        part = small.crop((round(left * width), round(top * height), round(right * width),
                           round(bottom * height)))
        views[(False, name)] = part
        views[(True, name)] = ImageOps.mirror(part)
    return views


def search(index: Index, picture, rivals: bool = True) -> list[Found]:
    """The archive pictures the query was found in, most similar first; without `rivals`,
    every candidate that lines up well, with no margin asked for."""
    views = _views(picture)
    tries: dict[int, list[tuple[int, float, tuple]]] = {}  # entry -> (distance, scale, view)
    for key, view in views.items():
        bits = np.unpackbits(np.bitwise_xor(index.hashes, phash(view)), axis=1).sum(1)
        best: dict[int, tuple[int, float]] = {}
        for window in np.argsort(bits, kind="stable")[:400]:
            owner = int(index.owners[window])
            if owner not in best:
                best[owner] = (int(bits[window]), float(index.scales[window]))
        for owner, (distance, scale) in best.items():
            tries.setdefault(owner, []).append((distance, scale, key))
    ranked = sorted(tries.items(), key=lambda kv: min(t[0] for t in kv[1]))[:CANDIDATES]
    scored = []
    for owner, attempts in ranked:
        best_score = (-1.0, 1.0, (0.0, 0.0, 1.0, 1.0), 0.0, False)
        for _distance, scale, key in sorted(attempts)[:2]:  # the two closest views
            verified = _verify(index.thumbs[owner], views[key], scale)
            if verified[0] > best_score[0]:
                best_score = (*verified, key[0])
        score, size, box, sharpness, mirrored = best_score
        scored.append((owner, mirrored, score, size, box, sharpness))
    found = []
    for owner, mirrored, score, scale, box, sharpness in scored:
        others = [s for o, _m, s, *_rest in scored
                  if rivals and index.families[o] != index.families[owner]]
        margin = score - max(others, default=0.0)
        if score >= SURE or (score >= LIKELY and margin >= MARGIN and sharpness >= SHARP):
            # Plain Python numbers: the game unpickles results without loading numpy.
            found.append(Found(owner, round(max(float(score), 0.0), 3), bool(mirrored),
                               float(scale), tuple(float(edge) for edge in box)))
    return sorted(found, key=lambda f: -f.similarity)


def _verify(thumb: np.ndarray, view, scale: float):
    """(score, scale, box, sharpness) of the query's best alignment with a candidate near
    `scale`."""
    height, width = thumb.shape
    best = (-1.0, scale, (0.0, 0.0, 1.0, 1.0), 0.0)
    for step in range(-4, 5):
        size = scale + step * 0.025
        if not SCALES[-1] <= size <= 1.0:
            continue
        template = np.asarray(_grey(view, max(8, round(width * size))), dtype=np.float32)
        score, x, y, sharpness = correlation(thumb, template)
        if score > best[0]:
            th, tw = template.shape
            best = (score, size, (x / width, y / height, (x + tw) / width, (y + th) / height),
                    sharpness)
    return best
