"""50 simulated teams x 20 rounds against a real host on 127.0.0.1, with random disconnects.

Prints whether the totals are exact (every verdict counted once, the standings equal to the
sum of the acknowledged points) and the time from a verdict sent to the host's scoreboard
event, p50 and p99 (budget: p99 under 250 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quest.content.packs import load_bundled  # noqa: E402
from quest.lan import protocol  # noqa: E402
from quest.lan.host import Host  # noqa: E402
from quest.model.session import Session  # noqa: E402
from quest.store import Store  # noqa: E402

P99_BUDGET_MS = 250


async def team(port: int, name: str, sent_at: dict, acked: dict, rng: random.Random,
               library) -> None:
    """One team: join, answer every round, drop the connection now and then, rejoin."""
    from websockets.asyncio.client import connect

    identity = None
    answered: set[int] = set()
    while True:
        try:
            async with connect(f"ws://127.0.0.1:{port}", max_size=protocol.MAX_MESSAGE_BYTES,
                               compression=None) as ws:
                if identity is None:
                    await ws.send(protocol.encode({"type": "join", "code": "BENCH",
                                                   "team": name}))
                else:
                    await ws.send(protocol.encode({"type": "rejoin", **identity}))
                while True:
                    message = json.loads(await ws.recv())
                    if message["type"] == "welcome":
                        identity = {"team_id": message["team_id"], "secret": message["secret"]}
                    elif message["type"] == "state" and message["round"] is not None:
                        number = message["round"]
                        if number in answered or number in message["answered"]:
                            answered.add(number)
                            continue
                        if rng.random() < 0.05:
                            raise ConnectionResetError("a random disconnect")
                        scenario = library.scenarios[message["scenario"]]
                        verdict = {"type": "verdict", "verdict_id": protocol.new_verdict_id(),
                                   "round": number, "scenario": scenario.id,
                                   "tools": [str(t) for t in scenario.decisive_tools()],
                                   "pinned": list(scenario.verdict.key_clues), "hints": 0,
                                   "answer": rng.choice(["genuine", "fake", "misleading"]),
                                   "confidence": rng.choice(["unsure", "likely", "sure"]),
                                   "seconds": 30.0}
                        sent_at[(name, number)] = time.perf_counter()
                        await ws.send(protocol.encode(verdict))
                        answered.add(number)
                    elif message["type"] == "ack":
                        acked[message["verdict_id"]] = message["points"]
        except Exception:  # a dropped or refused connection: rejoin shortly, as a laptop would
            await asyncio.sleep(0.05)


def run(teams: int = 50, rounds: int = 20) -> dict:
    """Play `rounds` rounds with `teams` simulated teams; the figures."""
    args = argparse.Namespace(teams=teams, rounds=rounds)
    library = load_bundled()
    scenarios = list(library.scenarios)
    folder = Path(tempfile.mkdtemp(prefix="mil-quest-lan-"))
    store = Store(folder)
    session_id = store.create_session(Session(None, "bench", "lan", [], []))
    store.close()
    host = Host(folder, library, session_id, host="127.0.0.1", port=0, code="BENCH")
    host.start()
    sent_at: dict = {}
    acked: dict = {}
    latencies: list[float] = []
    names = [f"team-{i:02d}" for i in range(args.teams)]

    finished = threading.Event()

    def clients() -> None:
        async def everyone():
            rng = random.Random(7)
            tasks = [asyncio.create_task(team(host.port, n, sent_at, acked,
                                              random.Random(rng.random()), library))
                     for n in names]
            while not finished.is_set():
                await asyncio.sleep(0.1)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        try:
            asyncio.run(everyone())
        except Exception:
            pass

    # The teams must stop with the run: left rejoining a stopped host they would spin and
    # slow every figure measured after this one in the same process.
    teams_thread = threading.Thread(target=clients, daemon=True)
    teams_thread.start()
    deadline = time.monotonic() + 30
    while len(host.standings()) < args.teams and time.monotonic() < deadline:
        time.sleep(0.1)
    started = time.perf_counter()
    for number in range(args.rounds):
        host.call(host.start_round, scenarios[number % len(scenarios)])
        answered = 0
        round_deadline = time.monotonic() + 60
        while answered < args.teams and time.monotonic() < round_deadline:
            try:
                event = host.events.get(timeout=1)
            except Exception:
                continue
            if event.kind == "answered" and event.detail["round"] == number:
                answered += 1
                sent = sent_at.get((host_name(host, event.team), number))
                if sent is not None:
                    latencies.append((time.perf_counter() - sent) * 1000)
    elapsed = time.perf_counter() - started
    standings = host.standings()
    store = Store(folder)
    rows = store.db.execute("SELECT COUNT(*), COUNT(DISTINCT round || '-' || team_idx), "
                            "SUM(points) FROM answers WHERE session_id = ?",
                            (session_id,)).fetchone()
    store.close()
    finished.set()
    teams_thread.join(timeout=10)
    host.stop()
    expected = args.teams * args.rounds
    exact = rows[0] == rows[1] == expected and sum(s["points"] for s in standings) == rows[2] \
        and sum(acked.values()) == rows[2]
    latencies.sort()
    p50 = statistics.median(latencies) if latencies else float("nan")
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else \
        float("nan")
    return {"teams": args.teams, "rounds": args.rounds, "expected": expected,
            "elapsed": elapsed, "rows": rows[0], "distinct": rows[1], "stored": rows[2],
            "standings": sum(s["points"] for s in standings), "acked": sum(acked.values()),
            "exact": exact, "p50": p50, "p99": p99}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--teams", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    f = run(args.teams, args.rounds)
    print(f"teams x rounds:      {f['teams']} x {f['rounds']} = {f['expected']} verdicts "
          f"in {f['elapsed']:.1f} s")
    print(f"stored:              {f['rows']} rows, {f['distinct']} distinct (team, round)")
    print(f"totals exact:        {'yes' if f['exact'] else 'NO'} (standings {f['standings']}, "
          f"stored {f['stored']}, acknowledged {f['acked']})")
    print(f"verdict -> scoreboard: p50 {f['p50']:.1f} ms, p99 {f['p99']:.1f} ms "
          f"(budget p99 < {P99_BUDGET_MS} ms)")
    ok = f["exact"] and f["p99"] < P99_BUDGET_MS
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


def host_name(host: Host, index: int) -> str | None:
    """The name of the team with this index."""
    return next((s.name for s in host.seats.values() if s.index == index), None)


if __name__ == "__main__":
    sys.exit(main())
