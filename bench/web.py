"""200 simulated phones x 10 rounds against a real host on 127.0.0.1, with random reconnects.

Each phone speaks the phone protocol (docs/phone-client.md) over /ws as the page does: it opens
the round, uses 2-4 tools, pins 0-2 of the clues it found, sometimes takes a hint, and decides
with a fresh verdict id, which it keeps and sends again after every reconnection until its ack
arrives. About one command in twenty drops the connection (before the command is sent, or after
it is sent and before its reply), and the phone rejoins with its team id and secret.

Prints whether the totals are exact (every verdict counted once: the host's standings equal,
per team, the points of the first ack of each of its rounds, and the session holds exactly
phones x rounds stored answers), the time from a phone sending `decide` to the host's
"answered" event, p50 and p99 (budget: p99 under 250 ms), the host's resident memory growth
while the phones play, and the bytes a browser loads on first opening the page (budget 300 KB).

The phones run in a child process (as they are other machines), so the host's process holds
the host alone: the latency is not the phones' GIL, and the memory is the host's. Both
processes read the same system-wide monotonic clock. The same phones also play against a bare
host, in turn with the real one, that answers every command with the same prepared case and
neither scores nor stores a verdict: the ratio of the two p99s tells the host's own cost from a
machine that is busy with something else.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import queue
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quest.lan import protocol  # noqa: E402

P99_BUDGET_MS = 250
PAGE_BUDGET_KB = 300
CODE = "ACDEF"
PHONES, ROUNDS = 200, 10
DROP = 0.05  # the chance that a command drops the connection
RECV_TIMEOUT = 30  # seconds a phone waits for any message before it reconnects
PING_EVERY = 10  # seconds, as the page pings
LANGS = ("kk", "ru", "en")
STATIC = Path(__file__).resolve().parent.parent / "quest" / "web" / "static"

# A state names the standings of every team: 200 phones decode only its head, as they need
# only the round and the rounds they answered (the host writes these first).
STATE_HEAD = '{"v":1,"type":"state",'
STATE_FIELDS = re.compile(r'"round":(null|\d+),"answered":\[([\d,]*)\]')


# -- the phones (a child process) -----------------------------------------------------------
class Dropped(Exception):
    """The phone dropped its connection on purpose."""


class Final(Exception):
    """The host refused the phone for good (a final close code)."""


class Phone:
    """One phone: plays every round, drops now and then, rejoins, resends its pending verdict."""

    def __init__(self, port: int, name: str, rounds: int, rng: random.Random, tally: Counter):
        self.url = f"ws://127.0.0.1:{port}/ws"
        self.name, self.rounds, self.rng, self.tally = name, rounds, rng, tally
        self.lang = rng.choice(LANGS)
        self.identity: dict | None = None
        self.current: int | None = None  # the round the host plays, from the latest state
        self.host_answered: set[int] = set()  # the rounds the host says this team answered
        self.done: set[int] = set()  # the rounds whose verdict was acknowledged
        self.pending: dict | None = None  # the decide message not yet acknowledged
        self.sends: dict[int, list[float]] = {}  # round -> every time `decide` was sent
        self.acks: dict[int, int] = {}  # round -> the points of its first ack
        self.refusals: list[str] = []
        self.max_state = 0
        self.last_ping = time.monotonic()

    async def play(self) -> None:
        """Connect, play, reconnect after every drop, until every round is acknowledged."""
        from websockets.asyncio.client import connect
        from websockets.exceptions import ConnectionClosed

        first = True
        while len(self.done) < self.rounds:
            if not first:
                self.tally["reconnects"] += 1
                await asyncio.sleep(self.rng.uniform(0.05, 0.25))
            first = False
            try:
                async with asyncio.timeout(RECV_TIMEOUT):
                    ws = await connect(self.url, max_size=None, compression=None,
                                       ping_interval=None, open_timeout=10)
            except (OSError, TimeoutError, ConnectionClosed) as exc:
                self.tally[f"connect failed: {type(exc).__name__}"] += 1
                continue
            try:
                await self.greet(ws)
                await self.rounds_left(ws)
                await asyncio.wait_for(ws.close(), 5)
                return
            except Dropped:
                self.tally["drops"] += 1
            except TimeoutError:
                self.tally["waits timed out"] += 1
            except ConnectionClosed as exc:
                code = exc.rcvd.code if exc.rcvd else None
                self.tally[f"closed by the host ({code})"] += 1
                if code in protocol.FINAL_CLOSES:
                    raise Final(f"{self.name}: closed with {code}") from exc
            finally:
                ws.transport.abort()

    async def greet(self, ws) -> None:
        if self.identity is None:
            await ws.send(protocol.encode({"type": "join", "code": CODE, "team": self.name}))
        else:
            await ws.send(protocol.encode({"type": "rejoin", **self.identity}))
        welcome = await self.reply(ws, "welcome")
        self.identity = {"team_id": welcome["team_id"], "secret": welcome["secret"]}

    async def rounds_left(self, ws) -> None:
        while len(self.done) < self.rounds:
            if self.pending is not None:
                await self.decide(ws)  # again, after a reconnection: counted once
                continue
            number = self.current
            if number is None or number in self.done:
                await self.receive(ws)  # until a state starts the next round
            elif number in self.host_answered:  # stored, yet no verdict of ours is pending
                self.tally["answered without a pending verdict"] += 1
                self.done.add(number)
            else:
                await self.play_round(ws, number)

    async def play_round(self, ws, number: int) -> None:
        rng = self.rng
        case = await self.command(ws, {"type": "open", "round": number, "lang": self.lang})
        used: set[str] = set()
        for _ in range(rng.randint(2, 4)):
            usable = [t["tool"] for t in case["tools"] if t["usable"] and t["tool"] not in used]
            if not usable:
                break
            tool = rng.choice(usable)
            used.add(tool)
            case = await self.command(ws, {"type": "tool", "round": number, "tool": tool})
        found = [c["handle"] for c in case["found"] if not c["pinned"]]
        for handle in rng.sample(found, min(len(found), rng.randint(0, 2))):
            case = await self.command(ws, {"type": "pin", "round": number, "clue": handle,
                                           "on": True})
        if case["hint_left"] and rng.random() < 0.3:
            await self.command(ws, {"type": "hint", "round": number})
        self.pending = {"type": "decide", "round": number,
                        "verdict_id": protocol.new_verdict_id(),
                        "answer": rng.choice(["genuine", "fake", "misleading"]),
                        "confidence": rng.choice(["unsure", "likely", "sure"])}
        await self.decide(ws)

    async def decide(self, ws) -> None:
        message = self.pending
        reply = await self.command(ws, message, ("ack", "refused"))
        if reply["verdict_id"] != message["verdict_id"]:
            self.tally["a reply to another verdict"] += 1
            return
        number = message["round"]
        if reply["type"] == "ack":
            self.acks.setdefault(number, reply["points"])
            self.tally["acks again" if reply["again"] else "acks"] += 1
        else:
            self.refusals.append(f"{self.name} round {number}: {reply['reason']}")
            if reply.get("retry"):
                return  # kept pending: sent again
        self.pending = None
        self.done.add(number)

    async def command(self, ws, message: dict, want=("case",)) -> dict:
        """Send a command (or drop the connection instead, or before its reply); its reply."""
        now = time.monotonic()
        if now - self.last_ping >= PING_EVERY:
            self.last_ping = now
            await ws.send(protocol.encode({"type": "ping"}))
        roll = self.rng.random()
        if roll < DROP / 2:
            raise Dropped
        if message["type"] == "decide":
            self.sends.setdefault(message["round"], []).append(time.monotonic())
        await ws.send(protocol.encode(message))
        self.tally["commands"] += 1
        if roll < DROP:
            raise Dropped  # sent: the host may have it, the phone never sees the reply
        while True:
            reply = await self.reply(ws, *want)
            # The case that follows an ack belongs to the round decided, never to the next.
            if reply.get("round", message["round"]) == message["round"] or "verdict_id" in reply:
                if reply.get("missing"):
                    raise RuntimeError(f"{self.name}: round {message['round']} is missing")
                return reply

    async def reply(self, ws, *kinds: str) -> dict:
        while True:
            message = await self.receive(ws)
            if message is not None and message["type"] in kinds:
                return message

    async def receive(self, ws) -> dict | None:
        """The next message; a state is only noted (None), its standings never decoded."""
        async with asyncio.timeout(RECV_TIMEOUT):
            text = await ws.recv()
        self.tally["received bytes"] += len(text)
        if text.startswith(STATE_HEAD):
            self.tally["states"] += 1
            self.max_state = max(self.max_state, len(text))
            found = STATE_FIELDS.match(text, len(STATE_HEAD))
            if found is None:  # another order of fields: decode it all
                state = json.loads(text)
                self.current, answered = state["round"], state["answered"]
            else:
                self.current = None if found[1] == "null" else int(found[1])
                answered = [int(n) for n in found[2].split(",") if n]
            self.host_answered = set(answered)
            return None
        return json.loads(text)


async def phones(port: int, count: int, rounds: int, seed: int, limit: float) -> dict:
    """Every phone at once, within `limit` seconds in all; what they saw."""
    tally: Counter = Counter()
    rng = random.Random(seed)
    crowd = [Phone(port, f"phone-{i:03d}", rounds, random.Random(rng.random()), tally)
             for i in range(count)]
    started = time.monotonic()
    errors: list[str] = []
    try:
        async with asyncio.timeout(limit):
            results = await asyncio.gather(*(p.play() for p in crowd), return_exceptions=True)
        errors = [f"{type(r).__name__}: {r}" for r in results if isinstance(r, BaseException)]
    except TimeoutError:
        errors.append(f"the phones did not finish within {limit:.0f} s")
    return {"sends": {p.name: p.sends for p in crowd}, "acks": {p.name: p.acks for p in crowd},
            "finished": sum(len(p.done) == rounds for p in crowd),
            "refusals": [r for p in crowd for r in p.refusals], "errors": errors[:10],
            "max_state": max(p.max_state for p in crowd), "tally": dict(tally),
            "seconds": time.monotonic() - started, "cpu": time.process_time()}


# -- the hosts --------------------------------------------------------------------------------
def bare_host_class():
    """A Host whose phones get a prepared case for every command and whose verdicts are
    neither scored nor stored: the server, protocol, joins, broadcasts and events stay."""
    from quest import i18n
    from quest.lan.host import Host
    from quest.web.play import Pictures, WebCase

    class BarePhones:
        COMMANDS = frozenset(("open", "tool", "pin", "hint", "decide"))

        def __init__(self, host):
            self.host = host
            self.cases: dict[int, dict] = {}
            self.verdicts: set[str] = set()

        def command(self, seat, connection, message: dict) -> list[dict]:
            case = self._case(message["round"])
            if message["type"] != "decide":
                return [case]
            verdict_id = message["verdict_id"]
            again = verdict_id in self.verdicts
            if not again:
                self.verdicts.add(verdict_id)
                self.host.answered.setdefault(seat.index, set()).add(message["round"])
                self.host._emit("answered", seat.index, {"round": message["round"],
                                                         "points": 0})
            return [{"type": "ack", "verdict_id": verdict_id, "points": 0, "again": again},
                    case]

        def picture(self, token):
            return None

        def forget_before(self, round_number: int) -> None:
            pass

        def _case(self, number: int) -> dict:
            """The round's case as a real one looks after two tools: made once a round."""
            if number not in self.cases:
                library = self.host.library
                scenario = library.scenarios[self.host.rounds[number]]
                case = WebCase(scenario, number, lambda r: library.image_path(scenario.id, r),
                               Pictures(), time.monotonic)
                for tool in [t["tool"] for t in case.case("en", str)["tools"]
                             if t["usable"]][:2]:
                    case.use(tool)
                lang = i18n.DEFAULT_LANGUAGE
                self.cases[number] = case.case(lang, i18n.load_catalog(lang).gettext)
            return self.cases[number]

    class BareHost(Host):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.phones = BarePhones(self)

    return BareHost


def rss_bytes() -> int | None:
    """The process's resident memory now (Linux), or None."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def maxrss_bytes() -> int:
    """The process's peak resident memory so far (ru_maxrss: KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


class Watch(threading.Thread):
    """Reads the host's events as the game does, on a thread: when each verdict reached the
    scoreboard; and samples the resident memory meanwhile."""

    def __init__(self, host):
        super().__init__(name="bench-events", daemon=True)
        self.host = host
        self.answered_at: dict[tuple[int, int], float] = {}
        self.per_round: Counter = Counter()
        self.duplicates = 0
        self.joined: set[int] = set()
        self.changed = threading.Condition()
        self.finished = threading.Event()
        self.rss_peak = rss_bytes()

    def run(self) -> None:
        while not self.finished.is_set():
            try:
                event = self.host.events.get(timeout=0.1)
            except queue.Empty:
                event = None
            now = time.monotonic()
            if event is not None:
                with self.changed:
                    if event.kind == "answered":
                        key = (event.team, event.detail["round"])
                        if key in self.answered_at:
                            self.duplicates += 1
                        else:
                            self.answered_at[key] = now
                            self.per_round[key[1]] += 1
                    elif event.kind == "joined":
                        self.joined.add(event.team)
                    self.changed.notify_all()
            rss = rss_bytes()
            if rss is not None and (self.rss_peak is None or rss > self.rss_peak):
                self.rss_peak = rss

    def wait(self, done, seconds: float) -> bool:
        with self.changed:
            return self.changed.wait_for(done, timeout=seconds)


# -- the page ---------------------------------------------------------------------------------
class Links(HTMLParser):
    """Every src and href of a page (the files a browser loads with it)."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") and value and tag in ("script", "link", "img"):
                self.found.append(value)


CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


def page_weight(port: int) -> dict:
    """What a browser fetches on first opening the page, over HTTP from the running host:
    `/`, what the HTML names, what the stylesheets name (icons, fonts), every icon shipped,
    and the biggest language's words. Bodies as sent (the host compresses nothing) and the
    response headers."""
    base = f"http://127.0.0.1:{port}"
    todo = ["/"]
    fetched: dict[str, tuple[int, int, str]] = {}  # path -> (body bytes, header bytes, type)
    missing: list[str] = []
    fonts = 0

    def local(url: str, against: str) -> str | None:
        if url.startswith(("data:", "#", "mailto:")):
            return None
        absolute = urllib.parse.urljoin(base + against, url)
        parts = urllib.parse.urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != base:
            return None  # another origin: the policy forbids it anyway
        return parts.path

    icons = STATIC / "icons"
    if icons.is_dir():  # every icon the app ships: the page may show any of them
        todo += [f"/static/icons/{p.name}" for p in sorted(icons.iterdir()) if p.is_file()]
    todo.append("/i18n/kk.json")
    while todo:
        path = todo.pop(0)
        if path in fetched or path in missing:
            continue
        try:
            with urllib.request.urlopen(base + path, timeout=10) as response:
                body = response.read()
                headers = sum(len(k) + len(v) + 4 for k, v in response.headers.items())
                kind = response.headers.get("Content-Type", "").split(";")[0]
        except (urllib.error.URLError, OSError):
            missing.append(path)
            continue
        fetched[path] = (len(body), headers, kind)
        text = body.decode("utf-8", "replace")
        if kind == "text/html":
            links = Links()
            links.feed(text)
            todo += [p for p in (local(u, path) for u in links.found) if p]
        elif kind == "text/css":
            for match in CSS_URL.finditer(text):
                url = match[1] or match[2]
                if (found := local(url, path)) is not None:
                    fonts += found.rsplit(".", 1)[-1].lower() in ("woff", "woff2", "ttf", "otf")
                    todo.append(found)
    body = sum(b for b, _, _ in fetched.values())
    headers = sum(h for _, h, _ in fetched.values())
    by_kind: Counter = Counter()
    for path, (size, _, _) in fetched.items():
        by_kind["icons" if "/icons/" in path else "words" if path.startswith("/i18n/")
                else path.rsplit("/", 1)[-1] or "index.html"] += size
    return {"files": len(fetched), "body": body, "headers": headers, "by_kind": dict(by_kind),
            "missing": missing, "fonts": fonts}


# -- one run ----------------------------------------------------------------------------------
def run(count: int = PHONES, rounds: int = ROUNDS, bare: bool = False, seed: int = 7,
        page: bool = False) -> dict:
    """Play `rounds` rounds with `count` phones against a host started here; the figures."""
    from quest.content.packs import load_bundled
    from quest.lan.host import Host
    from quest.model.session import Format, Session
    from quest.store import Store
    # What the game has loaded before it hosts: not the phones' share of the memory.
    import aiohttp.web  # noqa: F401
    import quest.ui.labels  # noqa: F401
    import quest.web.server  # noqa: F401

    library = load_bundled()
    scenarios = sorted(library.scenarios)
    folder = Path(tempfile.mkdtemp(prefix="mil-quest-web-"))
    store = Store(folder)
    session_id = store.create_session(Session(None, "bench", Format.LAN, [], []))
    store.close()
    host_class = bare_host_class() if bare else Host
    rss_before, maxrss_before = rss_bytes(), maxrss_bytes()
    host = host_class(folder, library, session_id, host="127.0.0.1", port=0, code=CODE)
    host.start()
    watch = Watch(host)
    watch.start()
    limit = 60 + 15 * rounds
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--play", str(host.port),
         "--phones", str(count), "--rounds", str(rounds), "--seed", str(seed),
         "--limit", str(limit)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    problems: list[str] = []
    after_rounds: list[int | None] = []  # the resident memory as each round ends
    try:
        if not watch.wait(lambda: len(watch.joined) >= count, 60):
            problems.append(f"only {len(watch.joined)} of {count} phones joined")
        started, cpu = time.perf_counter(), time.process_time()
        for number in range(rounds):
            host.call(host.start_round, scenarios[number % len(scenarios)])
            if not watch.wait(lambda: watch.per_round[number] >= count, 60):
                problems.append(f"round {number}: {watch.per_round[number]} of {count} answered")
            after_rounds.append(rss_bytes())
        elapsed, host_cpu = time.perf_counter() - started, time.process_time() - cpu
        try:
            out, err = child.communicate(timeout=limit + 10)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
        try:
            seen = json.loads(out.strip().splitlines()[-1])
        except (ValueError, IndexError):
            raise RuntimeError(f"the phones said nothing: {err[-2000:]}") from None
        weight = page_weight(host.port) if page else None
        standings = host.standings()

        async def index_of():
            return {seat.name: seat.index for seat in host.seats.values()}

        names = host.call(index_of)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        host.stop()
        watch.finished.set()
        watch.join(5)
    rss_growth = (watch.rss_peak - rss_before) if rss_before is not None else None
    per_round = float("nan")
    if rss_before is not None and len(after_rounds) > 1 and None not in after_rounds:
        per_round = (after_rounds[-1] - after_rounds[0]) / (len(after_rounds) - 1) / 2**20
    maxrss_growth = maxrss_bytes() - maxrss_before

    # Latency: from the last `decide` sent before the host stored it, to its "answered" event.
    latencies = []
    for name, sends in seen["sends"].items():
        for number, times in sends.items():
            stored_at = watch.answered_at.get((names.get(name), int(number)))
            before = [t for t in times if t <= stored_at] if stored_at is not None else []
            if before:
                latencies.append((stored_at - max(before)) * 1000)
    latencies.sort()
    p50 = statistics.median(latencies) if latencies else float("nan")
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies \
        else float("nan")

    expected = count * rounds
    acked = {names.get(name): sum(acks.values()) for name, acks in seen["acks"].items()}
    acks = sum(len(a) for a in seen["acks"].values())
    figures = {"phones": count, "rounds": rounds, "expected": expected, "elapsed": elapsed,
               "p50": p50, "p99": p99, "measured": len(latencies),
               "rss_mb": rss_growth / 2**20 if rss_growth is not None else float("nan"),
               "maxrss_mb": maxrss_growth / 2**20, "rss_round_mb": per_round, "acks": acks,
               "events": len(watch.answered_at), "duplicates": watch.duplicates,
               "finished": seen["finished"], "refusals": seen["refusals"],
               "errors": seen["errors"] + problems, "tally": seen["tally"],
               "max_state": seen["max_state"], "phones_seconds": seen["seconds"],
               "phones_cpu": seen["cpu"], "host_cpu": host_cpu,
               "page": weight}
    if not bare:
        store = Store(folder)
        answers = store.load_session(session_id).answers
        store.close()
        by_team = {row["index"]: row["points"] for row in standings}
        stored_points = Counter()
        for answer in answers:
            stored_points[answer.team] += answer.points
        teams = set(by_team) | set(acked)
        mismatched = [t for t in teams if by_team.get(t, 0) != acked.get(t, 0)
                      or stored_points.get(t, 0) != by_team.get(t, 0)]
        distinct = len({(a.round, a.team) for a in answers})
        figures.update(
            stored=len(answers), distinct=distinct, mismatched=len(mismatched),
            standings=sum(by_team.values()), acked=sum(acked.values()),
            stored_points=sum(a.points for a in answers),
            exact=(len(answers) == distinct == expected == acks == len(watch.answered_at)
                   and not mismatched and watch.duplicates == 0 and not seen["refusals"]
                   and len(by_team) == count))
    shutil.rmtree(folder, ignore_errors=True)
    return figures


def compare(count: int = PHONES, rounds: int = ROUNDS, repeats: int = 3) -> dict:
    """The host's figures beside the bare host's, run in turn `repeats` times; medians.

    The first run is the real host's and also weighs the page; its memory is the one reported,
    measured in a process no run has grown before (later runs reuse the heap the earlier ones
    freed, and read lower).
    """
    real, bare = [], []
    for repeat in range(repeats):
        real.append(run(count, rounds, seed=7 + repeat, page=repeat == 0))
        bare.append(run(count, rounds, bare=True, seed=7 + repeat))
    figures = dict(real[0], first_elapsed=real[0]["elapsed"])
    for name in ("p50", "p99", "elapsed"):
        figures[name] = statistics.median(r[name] for r in real)
        figures[f"bare_{name}"] = statistics.median(b[name] for b in bare)
    figures["p99s"] = [r["p99"] for r in real]
    figures["bare_p99s"] = [b["p99"] for b in bare]
    figures["ratio"] = figures["p99"] / figures["bare_p99"]
    figures["exact"] = all(r["exact"] for r in real)
    figures["errors"] = [f"{kind} run {n}: {e}" for kind, runs in (("host", real), ("bare", bare))
                         for n, r in enumerate(runs) for e in r["errors"] + r["refusals"][:3]]
    figures["maxrss_mb"] = real[0]["maxrss_mb"]
    page = real[0]["page"]
    figures["page_kb"] = (page["body"] + page["headers"]) / 1024
    figures["repeats"] = repeats
    figures["ok"] = (figures["exact"] and figures["p99"] < P99_BUDGET_MS
                     and figures["page_kb"] < PAGE_BUDGET_KB)
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phones", type=int, default=PHONES)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--play", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=float, default=200, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.play:  # the child: the phones against a host at this port
        print(json.dumps(asyncio.run(phones(args.play, args.phones, args.rounds, args.seed,
                                            args.limit))))
        return 0
    clock = time.perf_counter()
    f = compare(args.phones, args.rounds, args.repeats)
    tally = f["tally"]
    page = f["page"]
    print(f"phones x rounds:     {f['phones']} x {f['rounds']} = {f['expected']} verdicts, "
          f"{args.repeats} times with each host; {f['elapsed']:.1f} s of play (bare host "
          f"{f['bare_elapsed']:.1f} s), medians")
    print(f"stored (first run):  {f['stored']} answers, {f['distinct']} distinct (team, round); "
          f"{f['events']} answered events, {f['duplicates']} twice")
    print(f"totals exact:        {'yes' if f['exact'] else 'NO'} (first run: standings "
          f"{f['standings']}, stored {f['stored_points']}, first acks {f['acked']}; "
          f"{f['mismatched']} teams differ; {len(f['refusals'])} refused)")
    print(f"reconnects (first):  {tally.get('reconnects', 0)} ({tally.get('drops', 0)} dropped "
          f"on purpose, of {tally.get('commands', 0)} commands sent); "
          f"{tally.get('acks again', 0)} verdicts acknowledged again after a resend")
    print(f"CPU (first run):     host {f['host_cpu']:.1f} s in {f['first_elapsed']:.1f} s of "
          f"play ({f['host_cpu'] / f['first_elapsed']:.0%} of a core); phones "
          f"{f['phones_cpu']:.1f} s in {f['phones_seconds']:.1f} s "
          f"({f['phones_cpu'] / f['phones_seconds']:.0%})")
    print(f"verdict -> scoreboard: p50 {f['p50']:.1f} ms, p99 {f['p99']:.1f} ms "
          f"(budget p99 < {P99_BUDGET_MS} ms; {f['measured']} verdicts)")
    print(f"bare host, in turn:    p50 {f['bare_p50']:.1f} ms, p99 {f['bare_p99']:.1f} ms; "
          f"ratio of the p99s {f['ratio']:.2f}")
    print(f"p99 of each run:     host {', '.join(f'{p:.0f}' for p in f['p99s'])} ms; bare "
          f"{', '.join(f'{p:.0f}' for p in f['bare_p99s'])} ms")
    print(f"host memory growth:  {f['rss_mb']:.1f} MB resident, first run (peak sampled from "
          f"/proc/self/statm while the phones play, minus before the host started; the phones "
          f"run in another process); ru_maxrss growth {f['maxrss_mb']:.1f} MB; "
          f"{f['rss_round_mb']:+.2f} MB a round after the first")
    print(f"largest state sent:  {f['max_state'] / 1024:.1f} KB (the standings of every team, "
          f"names of 9 letters; a team takes {protocol.MAX_HOST_MESSAGE_BYTES // 1024} KiB "
          f"from its host at most); {tally.get('states', 0)} states, "
          f"{tally.get('received bytes', 0) / 2**20:.0f} MB received by the phones in all")
    kinds = ", ".join(f"{k} {v / 1024:.1f}" for k, v in sorted(page["by_kind"].items()))
    print(f"page, first load:    {f['page_kb']:.1f} KB in {page['files']} files "
          f"(bodies {page['body'] / 1024:.1f} KB: {kinds}; headers "
          f"{page['headers'] / 1024:.1f} KB; nothing compressed; budget < {PAGE_BUDGET_KB} KB)")
    print(f"fonts:               {page['fonts']} font files (the page uses the phone's own "
          f"fonts: system-ui)" if not page["fonts"] else
          f"fonts:               {page['fonts']} font files, counted above")
    if page["missing"]:
        print(f"page files missing:  {', '.join(page['missing'])}")
    for problem in f["errors"]:
        print(f"problem:             {problem}")
    odd = {k: v for k, v in tally.items() if k not in (
        "reconnects", "drops", "commands", "acks", "acks again", "states", "received bytes")}
    if odd:
        print(f"phones also saw:     {odd}")
    print(f"run time:            {time.perf_counter() - clock:.0f} s")
    print("within budget" if f["ok"] else "OVER BUDGET")
    return 0 if f["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
