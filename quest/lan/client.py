"""A team's side of a live LAN competition: join, rejoin, and an outbox that loses nothing.

Every verdict gets an id made here and is written to a local SQLite outbox before the screen
says it was sent. It is sent until the host acknowledges it (the host does so only once it has
stored it), after every reconnection, after a crash. The team's id and secret are kept in the
same file, so a crashed or closed laptop rejoins as the same team and keeps its score.
"""

from __future__ import annotations

import asyncio
import json
import os
import queue
import sqlite3
import sys
import threading
import time
from pathlib import Path

from quest.lan import protocol
from quest.lan.protocol import FINAL_CLOSES, Close, encode

OUTBOX_FILE = "outbox.db"
RECONNECT_SECONDS = (0.2, 0.5, 1, 2, 3)  # waits between attempts, the last one repeated
# Fault injection for the crash tests: stop (and wait to be killed) at a named point.
FAULT = os.environ.get("MIL_QUEST_FAULT", "")


def _fault(point: str) -> None:
    if FAULT == point:
        sys.stderr.write(f"fault: {point}\n")
        sys.stderr.flush()
        while True:
            time.sleep(1)


class Outbox:
    """Verdicts waiting for the host's acknowledgement, and the team's identity, on disk."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(folder / OUTBOX_FILE, isolation_level=None,
                                  check_same_thread=False, timeout=5)
        self.lock = threading.Lock()
        self.db.execute("PRAGMA synchronous = FULL")
        self.db.executescript("""
            CREATE TABLE IF NOT EXISTS identity (host TEXT PRIMARY KEY, team_id TEXT NOT NULL,
                secret TEXT NOT NULL, name TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS outbox (verdict_id TEXT PRIMARY KEY, host TEXT NOT NULL,
                message TEXT NOT NULL, created REAL NOT NULL, state TEXT NOT NULL,
                points INTEGER, reason TEXT);
        """)

    def identity(self, host: str) -> dict | None:
        with self.lock:
            row = self.db.execute("SELECT team_id, secret, name FROM identity WHERE host = ?",
                                  (host,)).fetchone()
        return {"team_id": row[0], "secret": row[1], "name": row[2]} if row else None

    def remember(self, host: str, team_id: str, secret: str, name: str) -> None:
        with self.lock:
            self.db.execute("INSERT OR REPLACE INTO identity VALUES (?, ?, ?, ?)",
                            (host, team_id, secret, name))

    def forget(self, host: str) -> None:
        """Drop the identity of an earlier competition at this address."""
        with self.lock:
            self.db.execute("DELETE FROM identity WHERE host = ?", (host,))

    def put(self, host: str, message: dict) -> None:
        """Keep a verdict (committed before this returns)."""
        with self.lock:
            self.db.execute("INSERT OR IGNORE INTO outbox VALUES (?, ?, ?, ?, 'waiting', NULL, "
                            "NULL)", (message["verdict_id"], host, json.dumps(message),
                                      time.time()))

    def waiting(self, host: str) -> list[dict]:
        with self.lock:
            rows = self.db.execute("SELECT message FROM outbox WHERE host = ? AND state = "
                                   "'waiting' ORDER BY created", (host,)).fetchall()
        return [json.loads(text) for (text,) in rows]

    def settle(self, verdict_id: str, state: str, points=None, reason=None) -> None:
        with self.lock:
            self.db.execute("UPDATE outbox SET state = ?, points = ?, reason = ? WHERE "
                            "verdict_id = ?", (state, points, reason, verdict_id))

    def status(self, verdict_id: str) -> tuple[str, int | None, str | None] | None:
        with self.lock:
            row = self.db.execute("SELECT state, points, reason FROM outbox WHERE "
                                  "verdict_id = ?", (verdict_id,)).fetchone()
        return tuple(row) if row else None

    def close(self) -> None:
        self.db.close()


class TeamClient:
    """Connects to a host and keeps the connection alive; thread-safe for the game."""

    def __init__(self, folder: Path, host: str, port: int = protocol.DEFAULT_PORT, *,
                 code: str | None = None, team: str | None = None):
        self.address = f"{host}:{port}"
        self.uri = f"ws://{host}:{port}"
        self.outbox = Outbox(folder)
        self.code, self.team = code, team
        self.events: queue.Queue = queue.Queue()  # ("state", dict) / ("ack", ...) / ("error", ..)
        self.state: dict | None = None
        self.name: str | None = None
        self.connected = False
        self.fatal: str | None = None  # why the host will not have us (wrong code, removed...)
        self.rejoined = False  # whether the last connection used a stored identity
        self.fatal_code = 0  # the host's close code when it refused us (a protocol.Close)
        self.loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stop = False
        self.thread: threading.Thread | None = None

    # -- for the game thread ---------------------------------------------------------------
    def start(self) -> None:
        """Connect in the background, for as long as the client runs."""
        self.thread = threading.Thread(target=lambda: asyncio.run(self._run()),
                                       name="mil-quest-team", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self._stop = True
        if self.loop is not None and self._wake is not None:
            try:
                self.loop.call_soon_threadsafe(self._wake.set)
            except RuntimeError:
                pass  # the connection loop has ended already (a refused join)
        if self.thread is not None:
            self.thread.join(10)
        self.outbox.close()

    def submit(self, verdict: dict) -> str:
        """Keep a verdict in the outbox (on disk before this returns), then send it."""
        message = {"type": "verdict", "verdict_id": protocol.new_verdict_id(), **verdict}
        self.outbox.put(self.address, message)
        _fault("after-outbox")
        if self.loop is not None and self._wake is not None:
            try:
                self.loop.call_soon_threadsafe(self._wake.set)
            except RuntimeError:
                pass  # not connected now: the outbox keeps it for the next connection
        return message["verdict_id"]

    # -- the connection --------------------------------------------------------------------
    async def _run(self) -> None:
        from websockets.asyncio.client import connect

        self.loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        attempt = 0
        while not self._stop and self.fatal is None:
            try:
                async with connect(self.uri, max_size=protocol.MAX_HOST_MESSAGE_BYTES,
                                   open_timeout=5, ping_interval=5, ping_timeout=10,
                                   compression=None) as connection:
                    attempt = 0
                    await self._session(connection)
            except Exception as exc:  # refused, reset, timed out: try again
                reason = getattr(getattr(exc, "rcvd", None), "reason", "")
                code = getattr(getattr(exc, "rcvd", None), "code", 0)
                if code == Close.WRONG_CODE and self.rejoined and self.code and self.team:
                    # Our identity belongs to an earlier competition at this address: a new
                    # one does not know it. Join the new one with the code and name given.
                    self.outbox.forget(self.address)
                    continue
                if code in FINAL_CLOSES:
                    self.fatal_code = code
                    self.fatal = reason or "refused by the host"
                    self.events.put(("error", self.fatal))
                    break
            self.connected = False
            self.events.put(("disconnected", None))
            if self._stop:
                break
            await asyncio.sleep(RECONNECT_SECONDS[min(attempt, len(RECONNECT_SECONDS) - 1)])
            attempt += 1

    async def _session(self, connection) -> None:
        identity = self.outbox.identity(self.address)
        self.rejoined = identity is not None
        if identity is not None:
            await connection.send(encode({"type": "rejoin", "team_id": identity["team_id"],
                                          "secret": identity["secret"]}))
        else:
            await connection.send(encode({"type": "join", "code": self.code or "",
                                          "team": self.team or ""}))
        receiver = asyncio.create_task(self._receive(connection))
        try:
            while not self._stop and not receiver.done():
                if self.connected:
                    for message in self.outbox.waiting(self.address):
                        await connection.send(encode(message))
                        _fault("after-send")
                self._wake.clear()
                waker = asyncio.create_task(self._wake.wait())
                await asyncio.wait({receiver, waker}, timeout=2,
                                   return_when=asyncio.FIRST_COMPLETED)
                waker.cancel()
        finally:
            receiver.cancel()
        if receiver.done() and not receiver.cancelled() and receiver.exception():
            raise receiver.exception()

    async def _receive(self, connection) -> None:
        async for text in connection:
            message = json.loads(text)
            kind = message.get("type")
            if kind == "welcome":
                self.outbox.remember(self.address, message["team_id"], message["secret"],
                                     message["name"])
                self.name = message["name"]
                self.connected = True
                self._wake.set()
            elif kind == "state":
                self.state = message
                self.events.put(("state", message))
            elif kind == "ack":
                self.outbox.settle(message["verdict_id"], "acked", message.get("points"))
                self.events.put(("ack", message))
            elif kind == "refused":
                if not message.get("retry"):
                    self.outbox.settle(message["verdict_id"], "refused",
                                       reason=message.get("reason"))
                self.events.put(("refused", message))
