"""Ask the C allocator to give the game's big freed blocks back to the system at once."""

from __future__ import annotations

import ctypes
import ctypes.util
import platform

# glibc's mallopt parameters (malloc.h).
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
MMAP_THRESHOLD = 128 * 1024  # glibc's starting value, kept fixed
ARENAS = 2


def return_freed_memory() -> bool:
    """Tune glibc's malloc so screens' surfaces go back to the system when freed.

    By default glibc raises its mmap threshold each time a big block is freed, so the next
    screen's 8 MB surfaces come from the heap, which rarely shrinks, and every thread (the
    image tool's, the LAN host's) gets a heap of its own. Fixing the threshold and capping the
    heaps keeps the game's memory flat from screen to screen. Elsewhere this does nothing.
    """
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
                    and libc.mallopt(M_ARENA_MAX, ARENAS))
    except (OSError, AttributeError):
        return False
