"""50 simulated teams x 20 rounds against a real host on 127.0.0.1, with random disconnects.

Prints whether the totals are exact (every verdict counted once, the standings equal to the
sum of the acknowledged points) and the time from a verdict sent to the host's scoreboard
event, p50 and p99 (budget: p99 under 250 ms). The same teams also play against a bare host
that neither scores nor stores, in turn with the real one: the ratio of the two p99s tells
the host's own cost from a machine that is busy with something else.
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
from quest.lan.views import Event  # noqa: E402
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
            async with connect(f"ws://127.0.0.1:{port}", max_size=protocol.MAX_HOST_MESSAGE_BYTES,
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


class BareHost(Host):
    """The same server, protocol, joins and broadcasts, but a verdict is neither scored nor
    stored: what the transport and the simulated teams cost on this machine, now."""

    def _verdict(self, seat, message: dict) -> dict:
        self.answered.setdefault(seat.index, set()).add(message["round"])
        self.events.put(Event("answered", seat.index, {"round": message["round"], "points": 0}))
        return {"type": "ack", "verdict_id": message["verdict_id"], "points": 0, "again": False}


def compare(teams: int = 50, rounds: int = 20, repeats: int = 3) -> dict:
    """The host's figures beside the bare host's, run in turn `repeats` times; medians.

    The ratio of the two p99s is the host's own share of the latency: a busy machine slows
    both alike, while a slower host would raise the ratio.
    """
    real, bare = [], []
    for _ in range(repeats):
        bare.append(run(teams, rounds, host_class=BareHost))
        real.append(run(teams, rounds))
    figures = dict(real[-1])
    for name in ("p50", "p99"):
        figures[name] = statistics.median(r[name] for r in real)
        figures[f"bare_{name}"] = statistics.median(b[name] for b in bare)
    figures["ratio"] = figures["p99"] / figures["bare_p99"]
    figures["exact"] = all(r["exact"] for r in real)
    return figures


def run(teams: int = 50, rounds: int = 20, host_class=Host) -> dict:
    """Play `rounds` rounds with `teams` simulated teams; the figures."""
    args = argparse.Namespace(teams=teams, rounds=rounds)
    library = load_bundled()
    scenarios = list(library.scenarios)
    folder = Path(tempfile.mkdtemp(prefix="mil-quest-lan-"))
    store = Store(folder)
    session_id = store.create_session(Session(None, "bench", "lan", [], []))
    store.close()
    host = host_class(folder, library, session_id, host="127.0.0.1", port=0, code="BENCH")
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
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    f = compare(args.teams, args.rounds, args.repeats)
    print(f"teams x rounds:      {f['teams']} x {f['rounds']} = {f['expected']} verdicts, "
          f"{args.repeats} times")
    print(f"stored (last run):   {f['rows']} rows, {f['distinct']} distinct (team, round)")
    print(f"totals exact:        {'yes' if f['exact'] else 'NO'} (last run: standings "
          f"{f['standings']}, stored {f['stored']}, acknowledged {f['acked']})")
    print(f"verdict -> scoreboard: p50 {f['p50']:.1f} ms, p99 {f['p99']:.1f} ms "
          f"(budget p99 < {P99_BUDGET_MS} ms)")
    print(f"bare host, same run:   p50 {f['bare_p50']:.1f} ms, p99 {f['bare_p99']:.1f} ms; "
          f"ratio of the p99s {f['ratio']:.2f}")
    ok = f["exact"] and f["p99"] < P99_BUDGET_MS
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


def host_name(host: Host, index: int) -> str | None:
    """The name of the team with this index."""
    return next((s.name for s in host.seats.values() if s.index == index), None)


if __name__ == "__main__":
    sys.exit(main())
