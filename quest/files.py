"""Reading the files a user hands the game: regular files only, never blocking, never unbounded.

A FIFO, socket or device named like a scenario, a settings file or a picture would otherwise
block a read forever (a FIFO with no writer) or never end (/dev/zero). Such a file is refused
before it is opened and again after (it may have been swapped in between).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from quest.message import Message

# O_NONBLOCK makes opening a FIFO return at once; it changes nothing for a regular file.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0))


class NotARegularFile(OSError):
    """The path names something that is not a regular file (a FIFO, socket, device or folder)."""

    def __init__(self, kind: str):
        super().__init__(errno.EINVAL, f"expected a regular file, found {kind}")
        self.kind = kind


class FileTooLarge(OSError):
    """The file is larger than the reader accepts; `size` is what the file system reports."""

    def __init__(self, size: int, limit: int):
        super().__init__(errno.EFBIG, f"the file is {size} bytes, more than {limit}")
        self.size, self.limit = size, limit


def kind_of(mode: int) -> str:
    """What a file of this mode is, in words."""
    if stat.S_ISDIR(mode):
        return Message("a folder")
    if stat.S_ISFIFO(mode):
        return Message("a named pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return Message("a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message("a device")
    return Message("a special file")


def _refuse_special(mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise NotARegularFile(kind_of(mode))


def check_regular(path: Path) -> int:
    """The size of a regular file at `path`; NotARegularFile or another OSError otherwise."""
    try:
        info = os.stat(path)
    except ValueError:  # a NUL in the name: no file can have it
        raise FileNotFoundError(errno.ENOENT, "the file name holds a NUL character") from None
    _refuse_special(info.st_mode)
    return info.st_size


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Raises NotARegularFile for a FIFO, socket, device or folder, FileTooLarge past the limit
    (checked before and while reading: the file may grow), and OSError when it cannot be read.
    """
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise FileTooLarge(size, limit)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(len(data), limit)
    return data


def open_regular(path: Path):
    """A binary file object for a regular file, opened without blocking on special files."""
    check_regular(path)
    descriptor = os.open(path, _OPEN_FLAGS)
    handle = os.fdopen(descriptor, "rb")
    try:
        _refuse_special(os.fstat(descriptor).st_mode)
    except OSError:
        handle.close()
        raise
    return handle


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `data` all at once: a crash leaves the old file or the new one.

    The bytes go to a new temporary file beside it, which then takes the name, so whatever
    stood at `path` (a damaged file, even a FIFO that would block a writer) is never written
    into. `durable` waits until the bytes are on the disk (settings, not a cache).
    """
    descriptor, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
