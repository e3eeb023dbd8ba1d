"""The analyses the game asks for, run in a worker process so that no frame waits on them.

A worker decodes the picture, runs one analysis and sends back plain data. Decoding a hostile
file, or an analysis that dies, costs the worker, never the game: the game shows the problem
and starts another worker for the next request.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from quest.errors import QuestError

KINDS = ("search", "metadata", "ela", "noise")
TIME_LIMIT = 30.0  # seconds before an analysis is given up and its worker stopped


@dataclass(frozen=True)
class Match:
    """An archived picture a search found: where it appeared, and how it matches."""

    path: str
    outlet: object  # quest.model.scenario.Text
    page: str
    published: date
    caption: object | None
    similarity: float
    mirrored: bool
    part: float
    box: tuple[float, float, float, float]


# A region standing out makes a view "uneven": at least 3% of the picture, and not most of it
# (then it is the picture as a whole that is bright, not a part).
UNEVEN_SHARE, WHOLE_SHARE = 0.03, 0.6


@dataclass(frozen=True)
class LevelView:
    """An error-level or noise view of a picture (grey pixels, a byte each, row by row, scaled
    to fit the box asked for, at most levels.VIEW_WIDTH wide) and its figures."""

    # Defined here, not beside the numpy code that makes it, so that the game receiving a view
    # from the worker does not load numpy to unpickle it: the game's memory stays in budget.

    pixels: bytes
    size: tuple[int, int]
    quality: int | None  # the JPEG quality the file was saved at, as its tables tell
    typical: float  # the median level of the picture's blocks
    region: tuple[float, float, float, float] | None  # the largest stand-out region, fractions
    share: float  # the share of the picture that region covers

    @property
    def uneven(self) -> bool:
        """Whether a region stands out from the rest (which, alone, proves nothing)."""
        return UNEVEN_SHARE <= self.share <= WHOLE_SHARE


@dataclass(frozen=True)
class Failed:
    """An analysis that could not be done, in words and as an error code."""

    message: str
    code: str = "picture"


_INDEXES: dict = {}  # the worker's search indexes, by the archive's fingerprint


def archive_matches(path: Path, folders, cache: Path | None, picture=None) -> list[Match]:
    """The archived pictures a picture is found in, most similar first (its own file left out)."""
    from quest.forensics.archive import fingerprint, index_of, load_archives
    from quest.forensics.picture import open_picture
    from quest.forensics.search import search

    archive = load_archives(folders)
    key = fingerprint(archive)
    if key not in _INDEXES:
        _INDEXES.clear()
        _INDEXES[key] = index_of(archive, cache)
    if picture is None:
        picture = open_picture(path)[0]
    own = Path(path).resolve()
    matches = []
    for found in search(_INDEXES[key], picture.convert("RGB")):
        entry = archive.pictures[found.entry]
        if entry.path.resolve() == own:
            continue
        matches.append(Match(str(entry.path), entry.outlet, entry.page, entry.published,
                             entry.caption, found.similarity, found.mirrored, found.part,
                             found.box))
    return matches


def analyse(kind: str, path: str, folders=(), cache: str | None = None,
            fit: tuple[int, int] | None = None):
    """One analysis of the picture at `path`: its result, or Failed with the reason. A view
    (error levels, noise) is scaled to fit `fit`, the box the game shows it in."""
    from quest.forensics.picture import open_picture

    try:
        picture, _data = open_picture(Path(path))
        if kind == "search":
            return archive_matches(Path(path), [Path(f) for f in folders],
                                   Path(cache) if cache else None, picture)
        if kind == "metadata":
            from quest.forensics.metadata import read_metadata

            return read_metadata(picture)
        from quest.forensics import levels

        if kind == "ela":
            return levels.error_levels(picture, fit)
        if kind == "noise":
            return levels.noise(picture, fit)
        return Failed(f"unknown analysis {kind!r}", "unknown")
    except QuestError as exc:
        return Failed(exc.message, exc.code)
    except MemoryError:
        return Failed(f"{path}: the picture is too large to analyse", "memory")


def _warm() -> None:
    """Load the libraries at the worker's start, not at its first request."""
    import imagehash  # noqa: F401
    import numpy  # noqa: F401
    import scipy.ndimage  # noqa: F401
    from PIL import Image  # noqa: F401


class Lab:
    """The game's side: requests go to a worker process, results come back as futures."""

    def __init__(self, folders=(), cache: Path | None = None):
        self.folders = [str(f) for f in folders]
        self.cache = str(cache) if cache else None
        self._pool = None
        self._started: dict = {}  # future -> when it was asked for

    def _executor(self):
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn: the worker starts clean, without the game's window and sound.
            self._pool = ProcessPoolExecutor(1, multiprocessing.get_context("spawn"),
                                             initializer=_warm)
        return self._pool

    def warm(self) -> None:
        """Start the worker now, so the first analysis does not wait for it."""
        self._executor()

    def submit(self, kind: str, path: Path, fit: tuple[int, int] | None = None):
        """Ask for one analysis; a concurrent.futures.Future of its result."""
        future = self._executor().submit(analyse, kind, str(path), self.folders, self.cache,
                                         fit)
        self._started[future] = time.monotonic()
        return future

    def outcome(self, future):
        """The result of a finished future, Failed when the worker died or took too long,
        None while it runs."""
        from concurrent.futures.process import BrokenProcessPool

        if not future.done():
            if time.monotonic() - self._started.get(future, time.monotonic()) > TIME_LIMIT:
                self._stop()
                return Failed("the analysis took too long and was stopped", "timeout")
            return None
        self._started.pop(future, None)
        try:
            return future.result()
        except BrokenProcessPool:
            self._pool = None
            return Failed("the analysis stopped unexpectedly", "crashed")
        except Exception as exc:  # noqa: BLE001 - whatever a worker raised, the game goes on
            return Failed(f"the analysis failed: {type(exc).__name__}", "failed")

    def _stop(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the worker."""
        self._stop()
