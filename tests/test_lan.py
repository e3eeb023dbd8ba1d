"""Live LAN competition on 127.0.0.1: separate host and team processes, crashes, duplicates,
refusals. Every wait is bounded."""

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from quest.content.packs import load_bundled
from quest.lan import protocol
from quest.store import Store

ROOT = Path(__file__).resolve().parent.parent
CODE = "ACDEF"
LIBRARY = load_bundled()
ROUNDS = [s.id for s in list(LIBRARY.scenarios.values())[:3]]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


STARTED: list["Proc"] = []  # every worker of the running test, ended when the test ends


@pytest.fixture(autouse=True)
def no_worker_outlives_its_test():
    """Kill what a failed test left running: an orphan team would join the next test's host."""
    yield
    while STARTED:
        worker = STARTED.pop()
        if worker.process.poll() is None:
            worker.process.kill()
            worker.process.wait(timeout=30)


class Proc:
    """A worker process; what it prints is read as it comes, and a test waits for a line."""

    def __init__(self, *args, fault: str = "", gate: bool = False):
        env = dict(os.environ, MIL_QUEST_FAULT=fault, MIL_QUEST_GATE="1" if gate else "")
        self.process = subprocess.Popen([sys.executable, "-m", "tests.lan_worker", *args],
                                        cwd=ROOT, env=env, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
        STARTED.append(self)
        self.lines: list[str] = []
        self.errors: list[str] = []
        self.claimed: set[int] = set()  # lines a wait has already returned
        self.changed = threading.Condition()
        self.ended = {"stdout": False, "stderr": False}
        for stream, into in ((self.process.stdout, self.lines),
                             (self.process.stderr, self.errors)):
            threading.Thread(target=self._read, args=(stream, into), daemon=True).start()

    def _read(self, stream, into: list) -> None:
        for line in stream:
            with self.changed:
                into.append(line.rstrip("\n"))
                self.changed.notify_all()
        with self.changed:
            self.ended["stdout" if into is self.lines else "stderr"] = True
            self.changed.notify_all()

    def _wait(self, find, stream: str, what: str, timeout: float):
        found = []

        def ready() -> bool:
            if not found:
                result = find()
                if result is not None:
                    found.append(result)
            return bool(found) or self.ended[stream]

        with self.changed:
            self.changed.wait_for(ready, timeout)
        if found:
            return found[0]
        state = "the worker ended" if self.ended[stream] else f"no {what} within {timeout} s"
        others = "".join(f"\n{' '.join(w.process.args[3:5])} printed {w.lines[-20:]} and "
                         f"{w.errors[-10:]}" for w in STARTED if w is not self)
        raise AssertionError(f"{state}; it printed {self.lines[-20:]} and "
                             f"{self.errors[-30:]}{others}")

    def expect(self, prefix: str, timeout: float = 60, ending: str = "") -> str:
        """The next unclaimed line starting with `prefix` (and ending with `ending`), waiting
        for it if need be."""
        def find():
            for index, line in enumerate(self.lines):
                if index not in self.claimed and line.startswith(prefix) and \
                        line.endswith(ending):
                    self.claimed.add(index)
                    return line
            return None
        return self._wait(find, "stdout", repr(prefix), timeout)

    def expect_err(self, text: str, timeout: float = 60) -> None:
        """Wait until the worker writes `text` to its error stream."""
        self._wait(lambda: next((line for line in self.errors if text in line), None),
                   "stderr", f"{text!r} on stderr", timeout)

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def finish(self, timeout: float = 120) -> None:
        try:
            self.process.stdin.close()
        except BrokenPipeError:
            pass
        self.process.wait(timeout=timeout)
        with self.changed:
            self.changed.wait_for(lambda: all(self.ended.values()), 10)
        assert self.process.returncode == 0, self.errors[-40:]


def start_host(folder: Path, port: int) -> Proc:
    host = Proc("host", str(folder), str(port), CODE)
    host.expect("listening")
    return host


def start_team(folder: Path, port: int, name: str, rights: str, fault: str = "",
               gate: bool = False) -> Proc:
    return Proc("team", str(folder), str(port), CODE, name, rights, fault=fault, gate=gate)


def wait_for_joins(host: Proc, *names: str) -> None:
    """Wait until the host has said that each of these teams joined."""
    for name in names:
        host.expect("joined", ending=f" {name}")


def stored_rows(folder: Path) -> list[tuple]:
    store = Store(folder)
    try:
        return store.db.execute("SELECT round, team_idx, points FROM answers "
                                "ORDER BY round, team_idx").fetchall()
    finally:
        store.close()


def test_a_whole_session_of_host_and_teams(tmp_path):
    port = free_port()
    host = start_host(tmp_path / "host", port)
    teams = [start_team(tmp_path / name, port, name, rights)
             for name, rights in (("Қыран", "111"), ("Барс", "101"), ("Ақиқат", "000"))]
    try:
        wait_for_joins(host, "Қыран", "Барс", "Ақиқат")  # every team in the lobby
        for scenario in ROUNDS:
            host.send(f"round {scenario}")
            host.expect("round")
            for team in teams:
                team.expect("acked")
        host.send("standings")
        live = json.loads(host.expect("standings")[len("standings "):])
        for team in teams:
            team.finish()
    finally:
        host.send("quit")
        host.finish()
    store = Store(tmp_path / "host")
    [info] = store.sessions()
    offline = store.load_session(info.id).standings()
    store.close()
    assert [(r["team"], r["points"]) for r in live] == [(s.name, s.points) for s in offline]
    acked = {}
    for team, name in zip(teams, ("Қыран", "Барс", "Ақиқат")):
        acked[name] = sum(int(line.split()[2]) for line in team.lines
                          if line.startswith("acked"))
    assert {r["team"]: r["points"] for r in live} == acked
    assert len(stored_rows(tmp_path / "host")) == 9


@pytest.mark.parametrize("fault", ["after-outbox", "after-send"])
def test_a_team_killed_before_the_ack_counts_its_verdict_once(tmp_path, fault):
    port = free_port()
    host = start_host(tmp_path / "host", port)
    try:
        team = start_team(tmp_path / "team", port, "Қыран", "1", fault=fault)
        wait_for_joins(host, "Қыран")
        host.send(f"round {ROUNDS[0]}")
        host.expect("round")
        team.expect_err(f"fault: {fault}")
        team.kill()
        again = start_team(tmp_path / "team", port, "Қыран", "1")
        again.expect("acked")
        again.finish()
    finally:
        host.send("quit")
        host.finish()
    rows = stored_rows(tmp_path / "host")
    assert len(rows) == 1 and rows[0][:2] == (0, 0)


def test_the_host_killed_mid_round_and_restarted_loses_nothing(tmp_path):
    port = free_port()
    host = start_host(tmp_path / "host", port)
    fast = start_team(tmp_path / "fast", port, "Fast", "11")
    slow = start_team(tmp_path / "slow", port, "Slow", "11", fault="after-outbox")
    wait_for_joins(host, "Fast", "Slow")
    host.send(f"round {ROUNDS[0]}")
    host.expect("round")
    fast.expect("acked")
    slow.expect_err("fault: after-outbox")  # its verdict waits in its outbox
    host.kill()
    slow.kill()
    host = start_host(tmp_path / "host", port)  # resumes the same session
    try:
        slow = start_team(tmp_path / "slow", port, "Slow", "11")
        slow.expect("acked")  # its outbox drained into the restarted host (or the first)
        host.send(f"round {ROUNDS[1]}")
        host.expect("round")
        for team in (fast, slow):
            team.expect("acked")
            team.finish()
    finally:
        host.send("quit")
        host.finish()
    assert [row[:2] for row in stored_rows(tmp_path / "host")] == [(0, 0), (0, 1), (1, 0),
                                                                   (1, 1)]


def test_verdicts_wait_while_the_host_is_paused(tmp_path):
    port = free_port()
    host = start_host(tmp_path / "host", port)
    team = start_team(tmp_path / "team", port, "Қыран", "1", gate=True)
    try:
        wait_for_joins(host, "Қыран")
        host.send(f"round {ROUNDS[0]}")
        host.expect("round")
        team.expect("ready")  # the team has the round and waits to send its verdict
        host.process.send_signal(signal.SIGSTOP)  # the network cut: nothing gets through
        team.send("go")
        team.expect("submitted")  # kept in the team's outbox, sent into the silence
        assert stored_rows(tmp_path / "host") == []
        host.process.send_signal(signal.SIGCONT)
        host.expect("stored 0 0")
        team.expect("acked", timeout=60)
        team.finish()
    finally:
        host.process.send_signal(signal.SIGCONT)
        host.send("quit")
        host.finish()
    assert len(stored_rows(tmp_path / "host")) == 1


def replied(kind: str, count: int = 1):
    """A stop condition for raw(): `count` replies of this type have arrived."""
    return lambda replies: sum(r["type"] == kind for r in replies) >= count


async def raw(port: int, *messages, until=None, timeout: float = 30):
    """Speak the protocol by hand; returns the replies and the close code (None while open).

    Reads until `until(replies)` holds or the host closes the connection; running out of
    `timeout` is a failure, never the normal way out."""
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    replies = []
    async with connect(f"ws://127.0.0.1:{port}", max_size=None) as ws:
        try:
            for message in messages:
                await ws.send(message if isinstance(message, str) else protocol.encode(message))
            async with asyncio.timeout(timeout):
                while until is None or not until(replies):
                    replies.append(json.loads(await ws.recv()))
        except ConnectionClosed as exc:
            return replies, exc.rcvd.code if exc.rcvd else None
        except TimeoutError:
            raise AssertionError(f"no answer within {timeout} s; replies: {replies}") from None
    return replies, None


def test_duplicates_and_bad_messages_are_refused_and_the_host_goes_on(tmp_path):
    from websockets.asyncio.client import connect

    port = free_port()
    host = start_host(tmp_path / "host", port)
    try:
        replies, _ = asyncio.run(raw(port, {"type": "join", "code": CODE, "team": "Qyran"},
                                     until=replied("state")))
        welcome = replies[0]
        host.send(f"round {ROUNDS[0]}")
        host.expect("round")
        scenario = LIBRARY.scenarios[ROUNDS[0]]
        verdict = {"type": "verdict", "verdict_id": protocol.new_verdict_id(), "round": 0,
                   "scenario": scenario.id, "tools": [str(t) for t in scenario.decisive_tools()],
                   "pinned": list(scenario.verdict.key_clues), "hints": 0,
                   "answer": str(scenario.verdict.answer), "confidence": "sure", "seconds": 9.5}
        rejoin = {"type": "rejoin", "team_id": welcome["team_id"], "secret": welcome["secret"]}

        async def hundred_times():
            async with connect(f"ws://127.0.0.1:{port}") as ws:
                await ws.send(protocol.encode(rejoin))
                await asyncio.gather(*(ws.send(protocol.encode(verdict)) for _ in range(100)))
                acks = []
                while len(acks) < 100:
                    message = json.loads(await asyncio.wait_for(ws.recv(), 10))
                    if message["type"] == "ack":
                        acks.append(message)
                return acks

        acks = asyncio.run(hundred_times())
        assert len({a["points"] for a in acks}) == 1 and sum(not a["again"] for a in acks) == 1
        different = dict(verdict, verdict_id=protocol.new_verdict_id(), answer="fake")
        replies, _ = asyncio.run(raw(port, rejoin, different, until=replied("refused")))
        refused = [r for r in replies if r["type"] == "refused"][0]
        assert refused["reason"] == protocol.Refusal.ALREADY_ANSWERED
        assert refused["detail"].startswith("this round already has another verdict")
        for message, code in (
                ({"type": "join", "code": "ZZZZZ", "team": "Intruder"}, 4001),
                ({"type": "rejoin", "team_id": welcome["team_id"], "secret": "0" * 32}, 4001),
                ("x" * (protocol.MAX_MESSAGE_BYTES + 10), 1009),
                ("{not json", 1008),
                ({"type": "verdict"}, 1008),
                ('{"v": 1, "type": "join", "code": "ACDEF", "team": "A", "eval": "1"}', 1008)):
            _, closed = asyncio.run(raw(port, message))
            assert closed == code, message
        assert len(stored_rows(tmp_path / "host")) == 1
        replies, _ = asyncio.run(raw(port, rejoin, {"type": "state?"},
                                     until=replied("state", 2)))
        assert replies[-1]["type"] == "state"  # still serving the team
    finally:
        host.send("quit")
        host.finish()


def test_joins_are_rate_limited(tmp_path):
    port = free_port()
    host = start_host(tmp_path / "host", port)
    try:
        codes = [asyncio.run(raw(port, {"type": "join", "code": "WRONG", "team": f"T{i}"}))[1]
                 for i in range(12)]
        assert codes[:10] == [4001] * 10 and codes[10:] == [4029, 4029]
    finally:
        host.send("quit")
        host.finish()


def test_a_removed_teams_number_is_never_given_to_a_new_team(tmp_path):
    from quest.lan.host import Host

    store = Store(tmp_path)
    session_id = store.create_session(__import__("quest.model.session", fromlist=["Session"])
                                      .Session(None, "LAN", "lan", [], []))
    store.close()
    host = Host(tmp_path, LIBRARY, session_id, host="127.0.0.1", port=0, code=CODE)
    host.start()
    try:
        first, _ = asyncio.run(raw(host.port, {"type": "join", "code": CODE, "team": "One"},
                                   until=replied("state")))
        team_id = first[0]["team_id"]
        host.call(host.remove, team_id)
        second, _ = asyncio.run(raw(host.port, {"type": "join", "code": CODE, "team": "Two"},
                                    until=replied("state")))
        indexes = [row["index"] for row in host.standings()]
        assert indexes == [1]
    finally:
        host.stop()
