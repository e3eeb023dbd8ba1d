"""Load and validate 1,000 synthetic scenario files against a bare libyaml load of the same files.

Prints the ratio (budget: <= 1.5) and files per second (budget: 1,000 files well under a second).
Both are timed in the same process, interleaved, best of several rounds, so machine noise cancels.
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


def measure(count: int, rounds: int) -> dict:
    """Best-of-rounds seconds of both loads over `count` files."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_library(folder, count)
        best_bare = best_ours = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            bare(paths)
            best_bare = min(best_bare, time.perf_counter() - start)
            start = time.perf_counter()
            ours(folder)
            best_ours = min(best_ours, time.perf_counter() - start)
    return {"files": count, "bare": best_bare, "ours": best_ours,
            "ratio": best_ours / best_bare, "files_per_second": count / best_ours}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    figures = measure(args.files, args.rounds)
    ok = figures["ratio"] <= RATIO_BUDGET and (
        args.files != 1000 or figures["ours"] < SECONDS_BUDGET)
    print(f"files:           {figures['files']}")
    print(f"bare libyaml:    {figures['bare']:.3f} s")
    print(f"load + validate: {figures['ours']:.3f} s   ({figures['files_per_second']:.0f} files/s)")
    print(f"ratio:           {figures['ratio']:.2f}   (budget <= {RATIO_BUDGET})")
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
