"""SQLite storage of sessions and practice results, one transaction per answered round.

The database lives in the user's data folder. It is written with full synchronisation, so a
killed process or a power cut loses at most the round being played; every answered round is
there when the session resumes. A database that is locked, read-only, full or corrupt becomes a
StoreError with a clear message, and the game goes on without it.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from quest.errors import QuestError
from quest.files import NotARegularFile, check_regular
from quest.migrations import MIGRATIONS, SCHEMA_VERSION
from quest.model.session import Answered, Format, Session
from quest.signing import new_key

DATABASE_FILE = "results.db"
BUSY_TIMEOUT_MS = 3000  # another copy of the game writing: wait this long, then say so

# Every answer is written through this one statement (played, LAN, merged).
INSERT_ANSWER = ("INSERT INTO answers (session_id, round, team_idx, scenario_id, answer, "
                 "confidence, points, truth, pinned, seconds, difficulty, techniques, "
                 "answered_at, tools, hints) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def answer_values(session_id: int, answered: Answered, difficulty: int, techniques) -> tuple:
    """The values of INSERT_ANSWER for one answer."""
    tools = None if answered.tools is None else json.dumps(list(answered.tools))
    return (session_id, answered.round, answered.team, answered.scenario_id, answered.answer,
            answered.confidence, answered.points, answered.truth,
            json.dumps(list(answered.pinned)), float(answered.seconds), int(difficulty),
            json.dumps([str(t) for t in techniques]), _now(), tools, answered.hints)


class StoreError(QuestError):
    """The results database cannot be used; the message says why and what to do, `code` says
    which kind of failure it is (in-use, read-only, disk-full, damaged, newer, other)."""

    default_code = "other"


@dataclass(frozen=True)
class SessionInfo:
    """A line of `mil-quest session list`."""

    id: int
    name: str
    fmt: str
    created: str
    teams: int
    rounds: int
    answered: int
    finished: bool
    origin: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# What went wrong, by SQLite's primary result code (or the OS's errno for the folder): a code
# the screens can translate, and the words for the command line.
_BY_SQLITE_CODE = {sqlite3.SQLITE_BUSY: "in-use", sqlite3.SQLITE_LOCKED: "in-use",
                   sqlite3.SQLITE_READONLY: "read-only", sqlite3.SQLITE_CANTOPEN: "read-only",
                   sqlite3.SQLITE_PERM: "read-only", sqlite3.SQLITE_FULL: "disk-full",
                   sqlite3.SQLITE_NOTADB: "damaged", sqlite3.SQLITE_CORRUPT: "damaged"}
_BY_ERRNO = {errno.EACCES: "read-only", errno.EPERM: "read-only", errno.EROFS: "read-only",
             errno.EEXIST: "read-only", errno.ENOTDIR: "read-only", errno.ENOSPC: "disk-full"}
_WORDS = {
    "in-use": "it is in use by another copy of the game; close it and try again",
    "read-only": "it cannot be written (a read-only folder or file?); choose another data "
                 "folder with --data-dir",
    "disk-full": "the disk is full; free some space and try again",
    "damaged": "the file is damaged; move it away (the game then starts a new one)",
}


def explain(path: Path, exc: Exception) -> StoreError:
    """A database failure in words a facilitator can act on, classified by its error code."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        kind = _BY_SQLITE_CODE.get(code & 0xFF, "other")  # extended codes keep the primary
    else:
        kind = _BY_ERRNO.get(getattr(exc, "errno", None), "other")
    what = _WORDS.get(kind, str(exc))
    return StoreError(f"{path}: cannot use the results database: {what}", kind, path=str(path))


class Store:
    """The results database of one data folder."""

    def __init__(self, folder: Path):
        self.path = folder / DATABASE_FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if os.path.lexists(self.path):
                check_regular(self.path)  # SQLite would report a FIFO as a disk error
            self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                      isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Durable commits: a power cut after "saved" cannot take the round back.
            self.db.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except NotARegularFile as exc:
            raise StoreError(f"{self.path}: cannot use the results database: expected a "
                             f"database file, found {exc.kind}", "special-file",
                             path=str(self.path), kind=exc.kind) from None
        except (sqlite3.Error, OSError) as exc:
            raise explain(self.path, exc) from None

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: the results database was written by a newer "
                             f"version of MIL Quest (schema {version}); update the game",
                             "newer", path=str(self.path), schema=version)
        for number in range(version, SCHEMA_VERSION):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number + 1}")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def _write(self, statements) -> None:
        """Run statements in one transaction; all or nothing."""
        def work() -> None:
            for sql, values in statements:
                self.db.execute(sql, values)

        self._transaction(work)

    def _read(self, sql: str, values=()) -> list:
        try:
            return self.db.execute(sql, values).fetchall()
        except sqlite3.Error as exc:
            raise explain(self.path, exc) from None

    # -- sessions --------------------------------------------------------------------------
    def _insert_session(self, session: Session, origin: str, finished: bool) -> int:
        """Insert a session, its teams and plan (inside the caller's transaction)."""
        if not session.results_key:
            session.results_key = new_key()
        while len(session.team_ids) < len(session.teams):
            session.team_ids.append(os.urandom(8).hex())
        cursor = self.db.execute(
            "INSERT INTO sessions (name, format, created, finished, origin, results_key) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (session.name, session.fmt, _now(), int(finished), origin, session.results_key))
        session_id = cursor.lastrowid
        self.db.executemany("INSERT INTO teams (session_id, idx, name, uid) VALUES (?, ?, ?, ?)",
                            [(session_id, i, n, session.team_ids[i])
                             for i, n in enumerate(session.teams)])
        self.db.executemany("INSERT INTO plan VALUES (?, ?, ?, ?)",
                            [(session_id, r, t, sid) for r, row in enumerate(session.plan)
                             for t, sid in enumerate(row)])
        return session_id

    def _transaction(self, work) -> int:
        """Run `work()` in one transaction; all or nothing; returns what it returns."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                value = work()
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        except sqlite3.IntegrityError:
            raise  # the caller explains it (a round answered already)
        except sqlite3.Error as exc:
            raise explain(self.path, exc) from None
        return value

    def create_session(self, session: Session, origin: str = "played") -> int:
        """Store a new session with its teams and plan; returns its id."""
        session.id = self._transaction(lambda: self._insert_session(session, origin, False))
        return session.id

    def record_answer(self, session_id: int, answered: Answered, difficulty: int,
                      techniques) -> bool:
        """Store one answered round in its own transaction.

        Returns True when stored; False when the very same answer was stored already (a
        repeated save after a crash counts once). A different answer for a round already
        answered is refused.
        """
        values = answer_values(session_id, answered, difficulty, techniques)
        try:
            self._write([(INSERT_ANSWER, values)])
        except sqlite3.IntegrityError:
            stored = self._read("SELECT scenario_id, answer, confidence, points, pinned FROM "
                                "answers WHERE session_id = ? AND round = ? AND team_idx = ?",
                                (session_id, answered.round, answered.team))
            if stored and stored[0] == (answered.scenario_id, answered.answer,
                                        answered.confidence, answered.points,
                                        json.dumps(list(answered.pinned))):
                return False
            raise StoreError(f"round {answered.round + 1} of team {answered.team + 1} in "
                             f"session {session_id} already has a different answer") from None
        return True

    def store_merged(self, merged, also=()) -> int:
        """Store a merged session and all its answers in one transaction, with the statements
        `also` (the check-ups that came with it); returns its id."""
        session = merged.session

        def work() -> int:
            session_id = self._insert_session(session, "merged", True)
            rows = [answer_values(session_id, a, *merged.details[(a.round, a.team)])
                    for a in session.answers]
            self.db.executemany(INSERT_ANSWER, rows)
            for sql, values in also:
                self.db.execute(sql, values)
            return session_id

        session.id = self._transaction(work)
        return session.id

    def finish_session(self, session_id: int) -> None:
        """Mark a session as played to its end."""
        self._write([("UPDATE sessions SET finished = 1 WHERE id = ?", (session_id,))])

    def load_session(self, session_id: int) -> Session:
        """A stored session with every answered round."""
        head = self._read("SELECT name, format, finished, results_key FROM sessions WHERE id = ?",
                          (session_id,))
        if not head:
            raise StoreError(f"there is no session {session_id} in {self.path}")
        name, fmt, finished, results_key = head[0]
        team_rows = self._read("SELECT name, uid FROM teams WHERE session_id = ? ORDER BY idx",
                               (session_id,))
        teams, team_ids = [row[0] for row in team_rows], [row[1] for row in team_rows]
        plan: list[list[str]] = []
        for round_number, team, scenario_id in self._read(
                "SELECT round, team_idx, scenario_id FROM plan WHERE session_id = ? "
                "ORDER BY round, team_idx", (session_id,)):
            while len(plan) <= round_number:
                plan.append([])
            plan[round_number].append(scenario_id)
        answers = [Answered(r, t, sid, a, c, p, truth, tuple(json.loads(pinned)), secs,
                            None if tools is None else tuple(json.loads(tools)), hints)
                   for r, t, sid, a, c, p, truth, pinned, secs, tools, hints in self._read(
                       "SELECT round, team_idx, scenario_id, answer, confidence, points, truth, "
                       "pinned, seconds, tools, hints FROM answers WHERE session_id = ? "
                       "ORDER BY round, team_idx", (session_id,))]
        return Session(session_id, name, fmt, teams, plan, answers, bool(finished), team_ids,
                       results_key)

    def results_key(self, session_id: int) -> str:
        """The session's results key; one is made for a session stored before keys were."""
        rows = self._read("SELECT results_key FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise StoreError(f"there is no session {session_id} in {self.path}")
        if rows[0][0]:
            return rows[0][0]
        key = new_key()
        self._write([("UPDATE sessions SET results_key = ? WHERE id = ?", (key, session_id))])
        return key

    def known_keys(self) -> list[str]:
        """Every results key of this computer's sessions (a merge checks files against them)."""
        return [row[0] for row in self._read("SELECT DISTINCT results_key FROM sessions WHERE "
                                             "results_key != ''")]

    def answer_details(self, session_id: int) -> list[dict]:
        """Every answer of a session with its difficulty and techniques (for exports, reports)."""
        rows = self._read(
            "SELECT a.round, a.team_idx, t.name, t.uid, a.scenario_id, a.difficulty, a.truth, "
            "a.answer, a.confidence, a.pinned, a.points, a.seconds, a.techniques, a.tools, "
            "a.hints FROM answers a JOIN teams t ON t.session_id = a.session_id AND "
            "t.idx = a.team_idx WHERE a.session_id = ? ORDER BY a.round, a.team_idx",
            (session_id,))
        return [{"round": r + 1, "team_index": t, "team": name, "team_id": uid, "scenario": sid,
                 "difficulty": d, "truth": truth, "verdict": answer, "confidence": conf,
                 "pinned": json.loads(pinned), "points": points, "seconds": round(secs, 1),
                 "techniques": json.loads(techniques),
                 "tools": None if tools is None else json.loads(tools), "hints": hints}
                for (r, t, name, uid, sid, d, truth, answer, conf, pinned, points, secs,
                     techniques, tools, hints) in rows]

    def sessions(self) -> list[SessionInfo]:
        """Every stored session, newest first."""
        rows = self._read(
            "SELECT s.id, s.name, s.format, s.created, s.finished, s.origin, "
            "(SELECT COUNT(*) FROM teams WHERE session_id = s.id), "
            "(SELECT COUNT(DISTINCT round) FROM plan WHERE session_id = s.id), "
            "(SELECT COUNT(*) FROM answers WHERE session_id = s.id) "
            "FROM sessions s ORDER BY s.id DESC")
        return [SessionInfo(i, n, f, c, teams, rounds, answered, bool(done), origin)
                for i, n, f, c, done, origin, teams, rounds, answered in rows]

    def unfinished(self) -> list[SessionInfo]:
        """Sessions played on this computer and not finished: they can be resumed."""
        return [s for s in self.sessions()
                if not s.finished and s.origin == "played" and s.fmt != Format.LAN]

    # -- live LAN competitions -------------------------------------------------------------
    def lan_state(self, session_id: int) -> dict | None:
        """The lobby, rounds and teams of a hosted session, or None if never hosted."""
        row = self._read("SELECT code, lobby_open, rounds FROM lan_sessions WHERE session_id = ?",
                         (session_id,))
        if not row:
            return None
        teams = [{"team_id": t, "index": i, "name": n, "secret_hash": h}
                 for t, i, n, h in self._read(
                     "SELECT l.team_id, l.idx, t.name, l.secret_hash FROM lan_teams l JOIN teams t "
                     "ON t.session_id = l.session_id AND t.idx = l.idx "
                     "WHERE l.session_id = ? ORDER BY l.idx", (session_id,))]
        return {"code": row[0][0], "lobby_open": bool(row[0][1]), "rounds": json.loads(row[0][2]),
                "teams": teams}

    def lan_save(self, session_id: int, code: str, lobby_open: bool, rounds: list) -> None:
        """Remember the lobby state and the scenario of every started round."""
        self._write([("INSERT INTO lan_sessions VALUES (?, ?, ?, ?) ON CONFLICT(session_id) DO "
                      "UPDATE SET code = excluded.code, lobby_open = excluded.lobby_open, "
                      "rounds = excluded.rounds",
                      (session_id, code, int(lobby_open), json.dumps(rounds)))])

    def lan_team(self, session_id: int, index: int, team_id: str, name: str,
                 secret_hash: str) -> None:
        """Add or rename a team of a hosted session."""
        self._write([
            ("INSERT INTO teams (session_id, idx, name, uid) VALUES (?, ?, ?, ?) "
             "ON CONFLICT(session_id, idx) DO UPDATE SET name = excluded.name",
             (session_id, index, name, team_id)),
            ("INSERT INTO lan_teams VALUES (?, ?, ?, ?) ON CONFLICT(session_id, team_id) DO "
             "UPDATE SET secret_hash = excluded.secret_hash",
             (session_id, team_id, index, secret_hash)),
        ])

    def lan_next_index(self, session_id: int) -> int:
        """The index for a new team: never one used before, even by a removed team."""
        return self._read("SELECT COALESCE(MAX(idx), -1) + 1 FROM teams WHERE session_id = ?",
                          (session_id,))[0][0]

    def lan_remove_team(self, session_id: int, team_id: str) -> None:
        """Forget a team the host sent away (its answers, if any, stay)."""
        self._write([("DELETE FROM lan_teams WHERE session_id = ? AND team_id = ?",
                      (session_id, team_id))])

    def lan_verdict(self, verdict_id: str) -> int | None:
        """The points of a verdict already stored, by its id."""
        row = self._read("SELECT points FROM lan_verdicts WHERE verdict_id = ?", (verdict_id,))
        return row[0][0] if row else None

    def lan_record(self, session_id: int, verdict_id: str, answered: Answered, difficulty: int,
                   techniques) -> bool:
        """Store a verdict and its answer in one transaction; False if the team's round was
        answered already by another verdict."""
        try:
            self._write([
                ("INSERT OR IGNORE INTO plan VALUES (?, ?, ?, ?)",
                 (session_id, answered.round, answered.team, answered.scenario_id)),
                (INSERT_ANSWER, answer_values(session_id, answered, difficulty, techniques)),
                ("INSERT INTO lan_verdicts VALUES (?, ?, ?, ?, ?)",
                 (verdict_id, session_id, answered.round, answered.team, answered.points)),
            ])
        except sqlite3.IntegrityError:
            return False
        return True

    def lan_totals(self, session_id: int) -> dict[int, int]:
        """Points per team index."""
        return dict(self._read("SELECT team_idx, SUM(points) FROM answers WHERE session_id = ? "
                               "GROUP BY team_idx", (session_id,)))

    def lan_answered(self, session_id: int, team: int) -> list[int]:
        """The rounds a team has answered."""
        return [r for (r,) in self._read("SELECT round FROM answers WHERE session_id = ? AND "
                                         "team_idx = ? ORDER BY round", (session_id, team))]

    # -- practice --------------------------------------------------------------------------
    def record_practice(self, answered: Answered) -> None:
        """Keep one practice verdict."""
        self._write([("INSERT INTO practice (scenario_id, answer, confidence, points, truth, "
                      "outcome, seconds, played_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      (answered.scenario_id, answered.answer, answered.confidence,
                       answered.points, answered.truth, answered.outcome,
                       float(answered.seconds), _now()))])

    def practice_best(self) -> dict[str, tuple[int, str, int]]:
        """Per scenario: best points, the truth, and how many times it was played."""
        return {sid: (best, truth, count) for sid, best, truth, count in self._read(
            "SELECT scenario_id, MAX(points), truth, COUNT(*) FROM practice "
            "GROUP BY scenario_id")}
