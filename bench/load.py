"""Load and validate 1,000 synthetic scenario files against a bare libyaml load of the same files.

Prints the ratio (budget: <= 1.5) and files per second. Both are timed in the same process,
interleaved, best of several rounds, so machine noise cancels. A full validation cannot beat
libyaml's own parse, about a millisecond per realistic file here; the game therefore keeps a
cache of validated files, and the second figure is a start with that cache warm (budget:
1,000 files well under a second), judged on the CPU time it takes, which another busy program
on the machine does not inflate (the wall time is printed beside it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml  # noqa: E402

from quest.content.packs import load_paths  # noqa: E402
from synth import write_library  # noqa: E402

RATIO_BUDGET = 1.5
SECONDS_BUDGET = 1.0


def bare(paths) -> None:
    """The baseline: read each file and let libyaml with PyYAML's safe constructor load it."""
    for path in paths:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def ours(folder) -> None:
    """The game's loader: parse, validate, resolve images, check ids across files."""
    library = load_paths([folder])
    assert len(library.scenarios) == len(library.entries), library.all_problems()[:3]


def cached(folder, cache_file) -> None:
    """The game's start: the same load through a warm cache of validated files."""
    from quest.content.cache import Cache

    library = load_paths([folder], cache=Cache(cache_file))
    assert len(library.scenarios) == len(library.entries)


def measure(count: int, rounds: int) -> dict:
    """Best-of-rounds seconds of the three loads over `count` files."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pack"
        paths = write_library(folder, count)
        cache_file = Path(tmp) / "cache.pickle"
        cached(folder, cache_file)  # fills the cache
        best_bare = best_ours = best_cached = best_cached_cpu = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            bare(paths)
            best_bare = min(best_bare, time.perf_counter() - start)
            start = time.perf_counter()
            ours(folder)
            best_ours = min(best_ours, time.perf_counter() - start)
            start, start_cpu = time.perf_counter(), time.process_time()
            cached(folder, cache_file)
            best_cached = min(best_cached, time.perf_counter() - start)
            best_cached_cpu = min(best_cached_cpu, time.process_time() - start_cpu)
    return {"files": count, "bare": best_bare, "ours": best_ours, "cached": best_cached,
            "cached_cpu": best_cached_cpu, "ratio": best_ours / best_bare,
            "files_per_second": count / best_ours}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    figures = measure(args.files, args.rounds)
    ok = figures["ratio"] <= RATIO_BUDGET and (
        args.files != 1000 or figures["cached_cpu"] < SECONDS_BUDGET / 2)
    print(f"files:            {figures['files']}")
    print(f"bare libyaml:     {figures['bare']:.3f} s")
    print(f"load + validate:  {figures['ours']:.3f} s   ({figures['files_per_second']:.0f} "
          "files/s)")
    print(f"ratio:            {figures['ratio']:.2f}   (budget <= {RATIO_BUDGET})")
    print(f"with warm cache:  {figures['cached_cpu']:.3f} s of CPU, {figures['cached']:.3f} s "
          f"of wall time   (budget: well under {SECONDS_BUDGET:.0f} s for 1,000 files)")
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
