"""A cache of loaded scenario files, so the game starts without parsing unchanged files again.

An entry is used only while its file has the same size and modification time, and while the
loader's own code is unchanged. The cache is read with an unpickler that accepts nothing but the
model's classes: a tampered cache file cannot run code, it is just ignored.
"""

from __future__ import annotations

import io
import os
import pickle
import sys
from pathlib import Path

from quest import __version__
from quest.files import read_bytes, write_atomic

CACHE_FORMAT = 3
CODE_DIRS = ("content", "model")  # a change to any of these modules invalidates the cache
ALLOWED = {
    ("quest.content.result", "LoadResult"),
    ("quest.errors", "Problem"),
    ("quest.message", "Message"),
    ("quest.message", "Plural"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "timezone"),
    ("datetime", "timedelta"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
}
MODEL_MODULE = "quest.model.scenario"
# A cached scenario takes a few kilobytes; the cap is far above 10,000 of them and keeps a
# foreign file put in the cache's place from being read whole.
MAX_CACHE_BYTES = 512 * 1024 * 1024


class _SafeUnpickler(pickle.Unpickler):
    """Loads only the classes a cached LoadResult is made of."""

    def find_class(self, module, name):
        if (module, name) in ALLOWED or module == MODEL_MODULE:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the scenario cache")


def code_stamp() -> tuple:
    """Sizes and times of the loader's and model's modules, and the program version."""
    root = Path(__file__).resolve().parent.parent
    stamp = [__version__, CACHE_FORMAT]
    for folder in CODE_DIRS:
        for entry in sorted(os.scandir(root / folder), key=lambda e: e.name):
            if entry.name.endswith(".py"):
                info = entry.stat()
                stamp.append((entry.name, info.st_size, info.st_mtime_ns))
    return tuple(stamp)


class Cache:
    """Loaded files by path, valid while file and code are unchanged."""

    def __init__(self, path: Path):
        self.path = path
        self.stamp = code_stamp()
        self.entries: dict[str, tuple] = {}
        self.dirty = False
        self._load()

    def _load(self) -> None:
        try:
            data = read_bytes(self.path, MAX_CACHE_BYTES)
            content = _SafeUnpickler(io.BytesIO(data)).load()
        except FileNotFoundError:
            return
        except Exception:  # a damaged or foreign cache is simply rebuilt
            self.dirty = True
            return
        if isinstance(content, dict) and content.get("stamp") == self.stamp and \
                isinstance(content.get("entries"), dict):
            self.entries = content["entries"]
        else:
            self.dirty = True

    @staticmethod
    def _key(path: Path, pack: Path) -> tuple[str, tuple] | None:
        try:
            info = path.stat()
        except OSError:
            return None
        return f"{path.resolve()}|{pack.resolve()}", (info.st_size, info.st_mtime_ns)

    @staticmethod
    def _pictures(path: Path, result) -> tuple:
        # A picture added, replaced or removed changes the file's result too.
        stamps = []
        for relative, _line, _column in result.images:
            try:
                info = (path.parent / relative).stat()
                stamps.append((relative, info.st_size, info.st_mtime_ns))
            except OSError:
                stamps.append((relative, None, None))
        return tuple(stamps)

    def get(self, path: Path, pack: Path):
        """The cached result of a file, if neither the file nor its pictures have changed."""
        key = self._key(path, pack)
        if key is None:
            return None
        found = self.entries.get(key[0])
        if found is None or found[0] != key[1]:
            return None
        stamp, result, pictures = found
        return result if self._pictures(path, result) == pictures else None

    def put(self, path: Path, pack: Path, result) -> None:
        """Remember the result of a file, and the state of its pictures."""
        key = self._key(path, pack)
        if key is not None:
            self.entries[key[0]] = (key[1], result, self._pictures(path, result))
            self.dirty = True

    def save(self) -> None:
        """Write the cache if it changed; a cache that cannot be written is not an error."""
        if not self.dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, pickle.dumps({"stamp": self.stamp, "entries": self.entries},
                                                 protocol=pickle.HIGHEST_PROTOCOL), durable=False)
            self.dirty = False
        except (OSError, pickle.PicklingError, RecursionError) as exc:
            sys.stderr.write(f"note: cannot write the scenario cache {self.path}: {exc}\n")
