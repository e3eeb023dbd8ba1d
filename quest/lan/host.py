"""The host of a live LAN competition: an aiohttp server on its own thread, one port for the
phone client's pages and the WebSocket of phones and laptops (quest.web.server).

The game talks to it through thread-safe queues: commands go in (lock the lobby, start a
round, rename or remove a team), events come out (a team joined, left, answered). Every verdict
is scored here, stored in the sessions database and only then acknowledged, so a verdict that a
team's laptop saw acknowledged can never be lost, and one sent twice counts once.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import queue
import threading
import time
from collections import deque

from quest.errors import InvestigationError
from quest.lan import protocol
from quest.lan.protocol import Close, ProtocolError, Refusal, decode, encode
from quest.lan.views import Event, HostView, TeamSeat, TeamView
from quest.model.scoring import rescore
from quest.model.session import Answered, SessionError, clean_team_name
from quest.store import StoreError

MAX_TEAMS = 250  # a seminar of several classes, every phone a team
MAX_CONNECTIONS = 300  # every team, with room for reconnections at once
# Failed joins allowed per address and minute: a code cannot be guessed by trying fast, while
# a room of teams behind one address still joins freely.
FAILED_JOINS_PER_MINUTE = 10
PING_INTERVAL = 5  # seconds: a vanished laptop or phone is noticed within 10 s
BROADCAST_DELAY = 0.05  # seconds: verdicts arriving together share one scoreboard update


def secret_hash(secret: str) -> str:
    """What the host keeps of a team's secret."""
    return hashlib.sha256(secret.encode()).hexdigest()


class Host:
    """The live competition's server side; state lives on the server thread."""

    def __init__(self, data_dir, library, session_id: int, *, host: str = "0.0.0.0",
                 port: int = protocol.DEFAULT_PORT, code: str | None = None):
        self.data_dir = data_dir
        self.store = None  # opened on the server thread: an SQLite connection stays on one
        self.library = library
        self.session_id = session_id
        self.bind = (host, port)
        self.code = code or protocol.new_code()
        self.lobby_open = True
        self.seats: dict[str, TeamSeat] = {}
        self.rounds: list[str] = []  # scenario id of each started round
        self.events: queue.Queue[Event] = queue.Queue()
        self.connections = 0
        self.joins: dict[str, deque] = {}
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread: threading.Thread | None = None
        self.ready = threading.Event()
        self.port = port
        self._stop: asyncio.Future | None = None
        # Kept in memory (loaded from the database, then updated as verdicts are stored), so
        # that a scoreboard for 50 teams costs no queries.
        self.points: dict[int, int] = {}
        self.answered: dict[int, set[int]] = {}
        self._pending_broadcast = False
        self._tasks: set = set()
        self.ping_interval = PING_INTERVAL
        from quest.web.phones import Phones

        self.phones = Phones(self)  # the rounds the phones play here, one case per team
        from quest.web.checkup import PhoneCheckups

        self.checkups = PhoneCheckups(self)  # the check-ups the phones take here

    # -- persistence -----------------------------------------------------------------------
    def _load(self) -> None:
        """Resume what the database knows: teams, rounds, the lobby state."""
        state = self.store.lan_state(self.session_id)
        if state is not None:
            self.code, self.lobby_open = state["code"], state["lobby_open"]
            self.rounds = state["rounds"]
            for team in state["teams"]:
                self.seats[team["team_id"]] = TeamSeat(team["index"], team["team_id"],
                                                       team["name"], team["secret_hash"])
            self.points = self.store.lan_totals(self.session_id)
            for seat in self.seats.values():
                self.answered[seat.index] = set(self.store.lan_answered(self.session_id,
                                                                        seat.index))
        else:
            self.store.lan_save(self.session_id, self.code, self.lobby_open, self.rounds)

    # -- running ---------------------------------------------------------------------------
    def start(self) -> None:
        """Serve on a thread of its own; returns once listening (or raises what failed)."""
        self.failure: Exception | None = None
        self.thread = threading.Thread(target=self._run, name="mil-quest-host", daemon=True)
        self.thread.start()
        self.ready.wait(10)
        if self.failure is not None:
            raise self.failure

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except Exception as exc:  # reported to the game by start()
            self.failure = exc
            self.ready.set()

    async def _serve(self) -> None:
        from aiohttp import web

        from quest.store import Store
        from quest.web.server import make_app

        self.store = Store(self.data_dir)
        self._load()
        self.loop = asyncio.get_running_loop()
        self._stop = self.loop.create_future()
        runner = web.AppRunner(make_app(self), access_log=None, handle_signals=False,
                               shutdown_timeout=1)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.bind[0], self.bind[1], backlog=MAX_CONNECTIONS)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]
            self.ready.set()
            await self._stop
            for seat in list(self.seats.values()):  # say goodbye before the loop ends
                if seat.connection is not None:
                    await seat.connection.close(Close.GOING_AWAY, "the host is stopping")
        finally:
            await runner.cleanup()
            self.store.close()

    def stop(self) -> None:
        """Close every connection and stop serving."""
        if self.loop is not None and self._stop is not None:
            self.loop.call_soon_threadsafe(lambda: self._stop.done() or self._stop.set_result(1))
        if self.thread is not None:
            self.thread.join(10)

    def call(self, function, *args):
        """Run `function(*args)` on the server thread and return its result (for the game)."""
        future = asyncio.run_coroutine_threadsafe(self._call(function, *args), self.loop)
        return future.result(10)

    async def _call(self, function, *args):
        return await function(*args)

    # -- commands from the game ------------------------------------------------------------
    async def lock(self, locked: bool = True) -> None:
        """Close (or reopen) the lobby: the join code stops (or starts) working."""
        self.lobby_open = not locked
        self.store.lan_save(self.session_id, self.code, self.lobby_open, self.rounds)
        await self._send_states()

    async def rename(self, team_id: str, name: str) -> None:
        """Give a team another name."""
        seat = self.seats[team_id]
        seat.name = clean_team_name(name)
        self.store.lan_team(self.session_id, seat.index, seat.team_id, seat.name,
                            seat.secret_hash)
        self._emit("renamed", seat.index, {"name": seat.name})
        await self._send_states()

    async def remove(self, team_id: str) -> None:
        """Send a team away (before the start: a mistaken or joking join)."""
        seat = self.seats.pop(team_id)
        self.store.lan_remove_team(self.session_id, seat.team_id)
        if seat.connection is not None:
            await seat.connection.close(Close.REMOVED, "removed by the host")
        self._emit("removed", seat.index)
        await self._send_states()

    async def start_round(self, scenario_id: str) -> int:
        """Start the next round with a scenario every team plays; returns its number."""
        if self.library.scenarios.get(scenario_id) is None:
            raise KeyError(scenario_id)
        self.lobby_open = False
        self.rounds.append(scenario_id)
        self.store.lan_save(self.session_id, self.code, self.lobby_open, self.rounds)
        self.phones.forget_before(len(self.rounds) - 2)
        await self._send_states()  # every team has the round when the host's screen says so
        return len(self.rounds) - 1

    # -- the protocol ----------------------------------------------------------------------
    def _recent_failures(self, address: str) -> deque:
        now = time.monotonic()
        recent = self.joins.setdefault(address, deque())
        while recent and now - recent[0] > 60:
            recent.popleft()
        return recent

    async def serve_connection(self, connection) -> None:
        """Talk to one team's connection until it closes (quest.web.server.Connection)."""
        if self.connections >= MAX_CONNECTIONS:
            await connection.close(Close.TOO_MANY_CONNECTIONS, "too many connections")
            return
        self.connections += 1
        seat: TeamSeat | None = None
        try:
            web = connection.kind == "web"
            allowed = protocol.WEB_MESSAGES if web else protocol.CLIENT_MESSAGES
            async for text in connection:
                try:
                    message = decode(text, allowed)
                except ProtocolError as exc:
                    await connection.close(Close.BAD_MESSAGE, f"bad message: {exc}"[:120])
                    return
                if seat is None:
                    seat = await self._greet(connection, message)
                    if seat is None:
                        return
                elif message["type"] == "verdict":
                    await connection.send(encode(self._verdict(seat, message)))
                    self._soon(self._broadcast())
                elif message["type"] == "state?":
                    await connection.send(encode(self._state(seat)))
                elif message["type"] == "ping":
                    await connection.send(encode({"type": "pong"}))
                elif web and message["type"] in self.checkups.COMMANDS:
                    await connection.send(encode(self.checkups.command(seat, connection,
                                                                       message)))
                elif web and message["type"] in self.phones.COMMANDS:
                    for reply in self.phones.command(seat, connection, message):
                        await connection.send(encode(reply))
                    if message["type"] == "decide":
                        self._soon(self._broadcast())
                else:
                    await connection.close(Close.BAD_MESSAGE, "already joined")
                    return
        except Exception:  # a dropped connection ends here like a closed one
            pass
        finally:
            self.connections -= 1
            if seat is not None and seat.connection is connection:
                seat.connection = None
                self._emit("left", seat.index)
                self._soon(self._broadcast())

    async def _greet(self, connection, message) -> TeamSeat | None:
        address = (connection.remote_address or ("?",))[0]
        if message["type"] == "join":
            failures = self._recent_failures(address)
            if len(failures) >= FAILED_JOINS_PER_MINUTE:
                await connection.close(Close.TOO_MANY_ATTEMPTS, "too many attempts: wait a minute")
                return None
            if not self.lobby_open or not hmac.compare_digest(
                    protocol.clean_code(message["code"]), self.code):
                failures.append(time.monotonic())
                await connection.close(Close.WRONG_CODE, "wrong or expired join code")
                return None
            try:
                name = clean_team_name(message["team"])
            except SessionError as exc:
                await connection.close(Close.BAD_NAME, exc.message[:120])
                return None
            if any(s.name.casefold() == name.casefold() for s in self.seats.values()):
                await connection.close(Close.NAME_TAKEN,
                                       "another team has this name: choose another")
                return None
            if len(self.seats) >= MAX_TEAMS:
                await connection.close(Close.FULL, f"the competition is full ({MAX_TEAMS} teams)")
                return None
            secret = protocol.new_secret()
            index = self.store.lan_next_index(self.session_id)  # a removed team's stays its own
            seat = TeamSeat(index, protocol.new_secret()[:16], name, secret_hash(secret))
            self.store.lan_team(self.session_id, seat.index, seat.team_id, seat.name,
                                seat.secret_hash)
            self.seats[seat.team_id] = seat
            welcome_secret = secret
        else:  # rejoin
            seat = self.seats.get(message["team_id"])
            if seat is None or not hmac.compare_digest(secret_hash(message["secret"]),
                                                       seat.secret_hash):
                await connection.close(Close.WRONG_CODE, "unknown team or wrong secret")
                return None
            welcome_secret = message["secret"]
            if seat.connection is not None:  # the newer connection replaces the older
                old, seat.connection = seat.connection, None
                await old.close(Close.REPLACED, "replaced by a newer connection")
        seat.connection = connection
        await connection.send(encode({"type": "welcome", "team_id": seat.team_id,
                                      "secret": welcome_secret, "name": seat.name}))
        await connection.send(encode(self._state(seat)))
        self._emit("joined", seat.index, {"name": seat.name})
        self._soon(self._broadcast())
        return seat

    def _verdict(self, seat: TeamSeat, message: dict) -> dict:
        """Score and store one verdict; the reply is an ack or a refusal, never a crash."""
        verdict_id = message["verdict_id"]
        known = self.store.lan_verdict(verdict_id)
        if known is not None:  # the same verdict again: counted once
            return {"type": "ack", "verdict_id": verdict_id, "points": known, "again": True}
        round_number = message["round"]
        if round_number >= len(self.rounds) or self.rounds[round_number] != message["scenario"]:
            return {"type": "refused", "verdict_id": verdict_id,
                    "reason": Refusal.NO_SUCH_ROUND, "detail": "no such round with this scenario"}
        scenario = self.library.scenarios[message["scenario"]]
        try:
            result = rescore(scenario, tools=message["tools"], pinned=message["pinned"],
                             hints=message["hints"], answer=message["answer"],
                             confidence=message["confidence"])
        except InvestigationError as exc:
            return {"type": "refused", "verdict_id": verdict_id,
                    "reason": Refusal.NOT_PLAYABLE, "detail": exc.message}
        answered = Answered(round_number, seat.index, scenario.id, message["answer"],
                            message["confidence"], result.total, str(scenario.verdict.answer),
                            tuple(message["pinned"]), float(message["seconds"]),
                            tuple(message["tools"]), message["hints"])
        return self.record(seat, verdict_id, answered)

    def record(self, seat: TeamSeat, verdict_id: str, answered: Answered) -> dict:
        """Store a scored verdict, then count it: the reply is an ack or a refusal."""
        scenario = self.library.scenarios[answered.scenario_id]
        try:
            stored = self.store.lan_record(self.session_id, verdict_id, answered,
                                           scenario.difficulty, scenario.techniques)
        except StoreError as exc:
            return {"type": "refused", "verdict_id": verdict_id, "reason": Refusal.NOT_STORED,
                    "detail": exc.message, "retry": True}
        if not stored:
            return {"type": "refused", "verdict_id": verdict_id,
                    "reason": Refusal.ALREADY_ANSWERED,
                    "detail": "this round already has another verdict from the team"}
        self.points[seat.index] = self.points.get(seat.index, 0) + answered.points
        self.answered.setdefault(seat.index, set()).add(answered.round)
        self._emit("answered", seat.index, {"round": answered.round, "points": answered.points})
        return {"type": "ack", "verdict_id": verdict_id, "points": answered.points,
                "again": False}

    def _emit(self, kind: str, team: int, detail: dict | None = None) -> None:
        """Tell the game something happened, with a frozen copy of the state it left."""
        self.events.put(Event(kind, team, detail or {}, self._view()))

    def _teams(self) -> list[TeamView]:
        """Every team, connected or not (never removed for leaving), in standings order."""
        teams = [TeamView(s.index, s.team_id, s.name, self.points.get(s.index, 0),
                          s.connection is not None, frozenset(self.answered.get(s.index, ())))
                 for s in self.seats.values()]
        teams.sort(key=lambda t: (-t.points, t.name.casefold()))
        return teams

    def _view(self) -> HostView:
        """The state as a HostView (on the server thread)."""
        return HostView(tuple(self.rounds), self.lobby_open, tuple(self._teams()), self.code)

    def view(self) -> HostView:
        """The state as the game may read it: frozen, made on the server thread."""
        return self.call(self._view_now)

    async def _view_now(self) -> HostView:
        return self._view()

    def standings(self) -> list[dict]:
        """The table, for the game thread (the database is read on the server thread)."""
        return self.call(self._standings_now)

    async def _standings_now(self) -> list[dict]:
        return self._standings()

    def _standings(self) -> list[dict]:
        """The standings as rows of plain data (for the teams' messages)."""
        return [team.as_row() for team in self._teams()]

    def _state(self, seat: TeamSeat, standings: list | None = None) -> dict:
        current = len(self.rounds) - 1
        state = {"type": "state", "round": current if current >= 0 else None,
                 "scenario": self.rounds[current] if current >= 0 else None,
                 "answered": sorted(self.answered.get(seat.index, ())),
                 "lobby_open": self.lobby_open,
                 "standings": standings if standings is not None else self._standings()}
        if getattr(seat.connection, "kind", "") == "web":
            # A phone plays the round through the host: the scenario's id would be a hint.
            del state["scenario"]
            state["you"] = seat.index
        return state

    def picture(self, token: str) -> tuple[bytes, str] | None:
        """A picture a team has been shown, by its token (the web server's /img/TOKEN)."""
        return self.phones.picture(token)

    def _soon(self, coroutine) -> None:
        """Run a coroutine without making the current connection wait for it."""
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _broadcast(self) -> None:
        """Send the new state to every team, soon: a burst of verdicts makes one broadcast."""
        if self._pending_broadcast:
            return
        self._pending_broadcast = True
        try:
            await asyncio.sleep(BROADCAST_DELAY)
        finally:
            self._pending_broadcast = False
        await self._send_states()

    async def _send_states(self) -> None:
        """Send every connected team the state as it is now."""
        # The standings are the same for every team and the most of each message: written as
        # JSON once, then put into each team's own state (200 phones: 200 times less work).
        standings = encode({"s": self._standings()})[len('{"v":1,"s":'):-1]
        for seat in list(self.seats.values()):
            connection = seat.connection
            if connection is not None:
                own = encode(self._state(seat, []))
                text = own[:own.rindex('"standings":[]')] + '"standings":' + standings + \
                    own[own.rindex('"standings":[]') + len('"standings":[]'):]
                try:
                    await connection.send(text)
                except Exception:
                    pass  # a connection that broke meanwhile is cleaned up by its handler
