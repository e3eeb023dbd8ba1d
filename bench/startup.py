"""Start to first frame with the bundled library, against a bare pygame window and font start.

Both run as fresh processes (interleaved, several rounds, medians), so the figure includes
everything a player waits for: Python, imports, scenarios, fonts, the first drawn frame.
Budget: ratio <= 2. Also prints the peak memory of a game that has drawn every screen
(budget: under 100 MB).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATIO_BUDGET = 2.0
MEMORY_BUDGET_MB = 100

BARE = """
import os, pygame
pygame.display.init(); pygame.font.init()
window = pygame.display.set_mode((1366, 768))
font = pygame.font.Font(os.path.join("quest", "data", "fonts", "NotoSans-Regular.ttf"), 24)
window.fill((27, 36, 48)); window.blit(font.render("MIL Quest", True, (237, 239, 242)), (10, 10))
pygame.display.flip()
"""

GAME = """
import sys
from quest.cli import main
sys.exit(main(["play", "--lang", "en", "--frames", "1", "--data-dir", sys.argv[1]]))
"""

MEMORY = """
import resource, tempfile
from quest.ui.headless import SCREENS, build_screen, make_app, render
# One game at 1920x1080 that shows every screen in turn, as a class session would.
app = make_app(size=(1920, 1080), lang="ru", data_dir=tempfile.mkdtemp())
for screen in SCREENS:
    while app.stack:
        app.stack.pop().leave()
    app.data.results.practice.clear()
    build_screen(app, screen)
    render(app)
app.close()
try:  # the high-water mark of this process alone (ru_maxrss keeps the parent's across exec)
    status = open("/proc/self/status").read()
    print(int(status.split("VmHWM:")[1].split()[0]))
except (OSError, IndexError):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run(code: str, *argv: str) -> float:
    """Seconds one fresh process takes to run `code`."""
    env = dict(os.environ, SDL_VIDEODRIVER=os.environ.get("SDL_VIDEODRIVER", "dummy"),
               SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    # A player's Python keeps compiled modules between runs; so does the measured one.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *argv], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(rounds: int = 7) -> dict:
    """Median start-up of both processes, their ratio, and the peak memory."""
    args = argparse.Namespace(rounds=rounds)
    bare, game = [], []
    data_dir = tempfile.mkdtemp(prefix="mil-quest-bench-")
    run(BARE), run(GAME, data_dir)  # warm the file cache (and the game's scenario cache)
    for _ in range(args.rounds):
        bare.append(run(BARE))
        game.append(run(GAME, data_dir))
    ratio = statistics.median(game) / statistics.median(bare)
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    done = subprocess.run([sys.executable, "-c", MEMORY], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True)
    peak_mb = int(done.stdout.split()[-1]) / 1024
    return {"bare": statistics.median(bare), "game": statistics.median(game), "ratio": ratio,
            "peak_mb": peak_mb, "rounds": args.rounds}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    f = measure(args.rounds)
    ratio, peak_mb = f["ratio"], f["peak_mb"]
    print(f"bare pygame window + font: {f['bare'] * 1000:7.0f} ms (median of "
          f"{args.rounds})")
    print(f"game to first frame:       {f['game'] * 1000:7.0f} ms")
    print(f"ratio:                     {ratio:7.2f}   (budget <= {RATIO_BUDGET})")
    print(f"peak memory, every screen: {peak_mb:7.1f} MB (budget < {MEMORY_BUDGET_MB} MB)")
    ok = ratio <= RATIO_BUDGET and peak_mb < MEMORY_BUDGET_MB
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
