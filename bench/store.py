"""Saving a session round and exporting a 50-round session: the facilitator's waits.

Budgets: a saved round under 50 ms (it is synchronised to the disk: a power cut cannot take it
back); a 50-round session of 8 teams exported, CSV and JSON, under 1 s.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quest.exports import rows_of, to_csv, to_json  # noqa: E402
from quest.model.session import Answered, Session  # noqa: E402
from quest.store import Store  # noqa: E402

SAVE_BUDGET_MS = 50
EXPORT_BUDGET_S = 1.0
TEAMS, ROUNDS = 8, 50


def measure() -> dict:
    """Median and worst save of one answered round; time to export 50 rounds x 8 teams."""
    folder = Path(tempfile.mkdtemp(prefix="mil-quest-store-"))
    store = Store(folder)
    plan = [[f"case-{r}"] * TEAMS for r in range(ROUNDS)]
    session = Session(None, "bench", "all", [f"Team {t}" for t in range(TEAMS)], plan)
    session_id = store.create_session(session)
    rng = random.Random(3)
    saves = []
    for round_number in range(ROUNDS):
        for team in range(TEAMS):
            answered = Answered(round_number, team, plan[round_number][team], "fake", "sure",
                                rng.randint(-60, 260), "fake", ("clue-a", "clue-b"), 31.5,
                                ("source", "lateral"), 0)
            start = time.perf_counter()
            store.record_answer(session_id, answered, 2, ["phishing"])
            saves.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    loaded = store.load_session(session_id)
    details = store.answer_details(session_id)
    key = store.results_key(session_id)
    rows = rows_of(loaded, details, "bench", key)  # every row signed, as a real export is
    to_csv(rows, key), to_json(rows, loaded, "bench", key)
    export = time.perf_counter() - start
    store.close()
    saves.sort()
    return {"save_p50": statistics.median(saves), "save_p99": saves[int(len(saves) * 0.99)],
            "export": export, "rows": len(rows)}


def main() -> int:
    f = measure()
    print(f"save a round: p50 {f['save_p50']:.1f} ms, p99 {f['save_p99']:.1f} ms "
          f"(budget < {SAVE_BUDGET_MS} ms)")
    print(f"export {f['rows']} rows (CSV and JSON): {f['export']:.2f} s "
          f"(budget < {EXPORT_BUDGET_S} s)")
    ok = f["save_p99"] < SAVE_BUDGET_MS and f["export"] < EXPORT_BUDGET_S
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
