"""Every benchmark, one table: each figure beside its budget and the baseline it is a ratio to.

python -m bench (or python bench/run.py) exits 1 when any figure misses its budget.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("MIL_QUEST_NO_ZEROCONF", "1")

import forensics  # noqa: E402
import frames  # noqa: E402
import lan  # noqa: E402
import load  # noqa: E402
import startup  # noqa: E402
import store  # noqa: E402
import web  # noqa: E402


def isolated(module: str, function: str, *args) -> dict:
    """Call module.function(*args) in a fresh interpreter and return its dict of figures."""
    # The heap left by the benches before would slow a ten-thousand-file load unevenly.
    code = (f"import json, sys; sys.path[:0] = {[str(HERE.parent), str(HERE)]!r}; "
            f"import {module}; print(json.dumps({module}.{function}(*{list(args)!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env=os.environ.copy())
    return json.loads(done.stdout.strip().splitlines()[-1])


def rows() -> list[tuple[str, str, str, str, bool]]:
    """(figure, value, budget, baseline, within budget) for every benchmark."""
    out = []
    f = startup.measure(5)
    out.append(("start to first frame", f"{f['ratio']:.2f}x", f"<= {startup.RATIO_BUDGET}x",
                f"bare pygame {f['bare'] * 1000:.0f} ms", f["ratio"] <= startup.RATIO_BUDGET))
    out.append(("peak memory, every screen", f"{f['peak_mb']:.0f} MB",
                f"< {startup.MEMORY_BUDGET_MB} MB", "-", f["peak_mb"] < startup.MEMORY_BUDGET_MB))
    # Frames: the game thread's CPU time, the median of repeated runs (see bench/frames.py).
    for screen, p50, p99, wall_p99, _ in frames.every_screen(150):
        out.append((f"frame p99 at 1920x1080, {screen}", f"{p99:.2f} ms",
                    f"< {frames.P99_BUDGET_MS} ms", f"p50 {p50:.2f}, wall p99 {wall_p99:.2f}",
                    p99 < frames.P99_BUDGET_MS))
    p50, p99, wall_p99, _ = frames.select_scroll(2000)
    out.append(("frame p99, 2,000-case list scrolling", f"{p99:.2f} ms",
                f"< {frames.P99_BUDGET_MS} ms", f"p50 {p50:.2f}, wall p99 {wall_p99:.2f}",
                p99 < frames.P99_BUDGET_MS))
    f = store.measure()
    out.append(("session save per round, p99", f"{f['save_p99']:.1f} ms",
                f"< {store.SAVE_BUDGET_MS} ms", f"p50 {f['save_p50']:.1f} ms",
                f["save_p99"] < store.SAVE_BUDGET_MS))
    out.append(("export of a 50-round session", f"{f['export']:.2f} s",
                f"< {store.EXPORT_BUDGET_S} s", f"{f['rows']} rows",
                f["export"] < store.EXPORT_BUDGET_S))
    f = lan.compare(50, 20, 3)
    out.append(("LAN verdict -> scoreboard p99 (50 x 20)", f"{f['p99']:.0f} ms",
                f"< {lan.P99_BUDGET_MS} ms", f"bare host {f['bare_p99']:.0f} ms "
                f"({f['ratio']:.2f}x)", f["p99"] < lan.P99_BUDGET_MS))
    out.append(("LAN totals exact", "yes" if f["exact"] else "NO", "yes",
                f"{f['rows']} of {f['expected']} rows", f["exact"]))
    # The phones: a fresh interpreter, as the host's memory growth is read from its process.
    f = isolated("web", "compare", web.PHONES, web.ROUNDS, 3)
    out.append((f"phone verdict -> scoreboard p99 ({f['phones']} x {f['rounds']})",
                f"{f['p99']:.0f} ms", f"< {web.P99_BUDGET_MS} ms",
                f"bare host {f['bare_p99']:.0f} ms ({f['ratio']:.2f}x)",
                f["p99"] < web.P99_BUDGET_MS))
    out.append(("phone totals exact", "yes" if f["exact"] else "NO", "yes",
                f"{f['stored']} of {f['expected']} answers", f["exact"]))
    out.append((f"host memory growth, {f['phones']} phones", f"{f['rss_mb']:.0f} MB", "none set",
                f"{f['rss_round_mb']:+.1f} MB a round", True))
    page = f["page"]
    out.append(("phone page, first load", f"{f['page_kb']:.0f} KB", f"< {web.PAGE_BUDGET_KB} KB",
                f"{page['files']} files, {page['fonts']} fonts"
                + (f", {len(page['missing'])} missing" if page["missing"] else ""),
                f["page_kb"] < web.PAGE_BUDGET_KB))
    # The picture analyses: a fresh interpreter, the libraries loaded once as the worker does.
    f = isolated("forensics", "analyses")
    for kind in forensics.KINDS:
        median, worst = f[kind]
        out.append((f"{kind} of a 1920x1080 JPEG, worst", f"{worst:.0f} ms",
                    f"< {forensics.BUDGET_MS:.0f} ms",
                    f"median {median:.0f}, decoding {f['decode'][0]:.0f} ms",
                    worst < forensics.BUDGET_MS))
    f = forensics.frames_while_analysing()
    out.append(("frame p99 at 1920x1080, lab while analysing", f"{f['p99']:.2f} ms",
                f"< {frames.P99_BUDGET_MS} ms",
                f"p50 {f['p50']:.2f}; a result's frame {f['result_max']:.1f}",
                f["p99"] < frames.P99_BUDGET_MS))
    for count, rounds in ((1000, 3), (10000, 1)):
        f = isolated("load", "measure", count, rounds)
        out.append((f"load + validate {count:,} files", f"{f['ratio']:.2f}x",
                    f"<= {load.RATIO_BUDGET}x", f"bare libyaml {f['bare']:.2f} s",
                    f["ratio"] <= load.RATIO_BUDGET))
        limit = load.SECONDS_BUDGET / 2 * count / 1000
        out.append((f"start with cache, {count:,} files", f"{f['cached_cpu']:.2f} s",
                    f"< {limit:g} s", f"wall {f['cached']:.2f} s, validating {f['ours']:.2f} s",
                    f["cached_cpu"] < limit))
    return out


def main() -> int:
    table = rows()
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    header = ("figure", "value", "budget", "baseline")
    widths = [max(w, len(h)) for w, h in zip(widths, header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)) + "  ok")
    for row in table:
        print("  ".join(str(v).ljust(w) for v, w in zip(row[:4], widths)) + "  "
              + ("yes" if row[4] else "NO"))
    missed = [row[0] for row in table if not row[4]]
    print("every figure within budget" if not missed else f"OVER BUDGET: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
