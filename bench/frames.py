"""Frame time of every screen at 1920x1080: p50 and p99 (budget: p99 under 4 ms).

Each screen is built mid-game (tools used, clues pinned) on SDL's dummy driver and drawn for
a few hundred frames, as the game loop does: input, fixed updates, drawing.
"""

from __future__ import annotations

import argparse
import os
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from quest.ui.app import STEP  # noqa: E402
from quest.ui.headless import SCREENS, build_screen, make_app  # noqa: E402

P99_BUDGET_MS = 4.0


def measure(screen: str, frames: int, size, lang: str) -> tuple[float, float]:
    """p50 and p99 milliseconds of one screen's frames, the pointer moving all the time.

    A moving pointer makes every frame a drawn frame (hover states change), the worst case:
    a frame with no input is not drawn again at all.
    """
    import pygame

    app = make_app(size=size, lang=lang)
    width, height = size
    positions = [((i * 97) % width, (i * 61) % height) for i in range(frames + 20)]
    try:
        build_screen(app, screen)
        app.fade = 0.0
        times = []
        for index, pos in enumerate(positions):
            move = pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))
            start = time.perf_counter()
            app.frame_step([move], STEP)
            if index >= 20:  # the first frames fill the caches, as a player's first do
                times.append((time.perf_counter() - start) * 1000)
    finally:
        app.close()
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def every_screen(frames: int = 200, size=(1920, 1080),
                 lang: str = "ru") -> list[tuple[str, float, float]]:
    """(screen, p50, p99) for every screen."""
    return [(screen, *measure(screen, frames, size, lang)) for screen in SCREENS]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args(argv)
    size = tuple(int(v) for v in args.size.split("x"))
    worst = 0.0
    print(f"{'screen':<12} {'p50 ms':>8} {'p99 ms':>8}   (budget p99 < {P99_BUDGET_MS} ms, "
          f"{args.size}, {args.lang})")
    for screen in SCREENS:
        p50, p99 = measure(screen, args.frames, size, args.lang)
        worst = max(worst, p99)
        print(f"{screen:<12} {p50:8.2f} {p99:8.2f}")
    ok = worst < P99_BUDGET_MS
    print("within budget" if ok else f"OVER BUDGET: worst p99 {worst:.2f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())


def select_scroll(count: int = 2000, frames: int = 200) -> tuple[float, float]:
    """p50 and p99 of scrolling the scenario list of a library of `count` scenarios."""
    import pygame

    from synth import write_library

    with tempfile.TemporaryDirectory() as folder:
        write_library(Path(folder) / "library", count)
        app = make_app(size=(1920, 1080), lang="ru", scenarios=[str(Path(folder) / "library")])
        try:
            build_screen(app, "select")
            # Garbage left by earlier benchmarks in this process is not this screen's cost.
            gc.collect()
            times = []
            for index in range(frames + 20):
                wheel = pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1 if index % 80 < 40
                                           else 1, flipped=False)
                start = time.perf_counter()
                app.frame_step([wheel], STEP)
                if index >= 20:
                    times.append((time.perf_counter() - start) * 1000)
        finally:
            app.close()
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]
