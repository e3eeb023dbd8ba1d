"""The messages between a host and its teams: JSON of a fixed, versioned schema, size capped.

Anything else closes the connection; nothing in a message is ever run. A verdict carries what
the team did (tools used, clues pinned, hints, answer, confidence) and the host scores it
itself, so points never depend on the network or on the team's computer.
"""

from __future__ import annotations

import json
import re
import secrets
import string
from enum import IntEnum, StrEnum

from quest.model.scenario import Answer, Confidence, Tool, is_slug

VERSION = 1
MAX_MESSAGE_BYTES = 16 * 1024  # a verdict is a few hundred bytes; this leaves ample room
# What a team accepts from its host: the standings of 250 teams with long Kazakh names and a
# phone's case with its texts fit many times over, and nothing larger is ever sent.
MAX_HOST_MESSAGE_BYTES = 1024 * 1024
DEFAULT_PORT = 8765
# Join codes avoid letters and digits that read alike (O and 0, I, 1 and L, S and 5, B and 8).
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 5
# \Z, not $: a $ would let a line feed after the secret through.
HEX = re.compile(r"^[0-9a-f]{32}\Z")


class Close(IntEnum):
    """Why the host closes a connection: the WebSocket close code says it, the team's screen
    words it in the team's language, the close reason is English for logs only."""

    GOING_AWAY = 1001  # the host is stopping
    BAD_MESSAGE = 1008  # broke the schema (WebSocket's policy violation)
    TOO_MANY_CONNECTIONS = 1013  # try again later
    REPLACED = 4000  # the same team connected again
    WRONG_CODE = 4001  # a wrong or expired join code, or an unknown team or secret
    BAD_NAME = 4002  # a team name that cannot be used
    REMOVED = 4003  # the host sent the team away
    NAME_TAKEN = 4004  # another team has this name
    FULL = 4005  # the competition has as many teams as it takes
    TOO_MANY_ATTEMPTS = 4029  # too many wrong codes from this address: wait a minute


class Refusal(StrEnum):
    """Why the host does not count a verdict: a word in the reply, put into the team's
    language by its screen (the reply's `detail` is English, for logs only)."""

    NO_SUCH_ROUND = "no-such-round"  # the round is not played with this scenario
    NOT_PLAYABLE = "not-playable"  # the investigation could not have gone this way
    NOT_STORED = "not-stored"  # the host could not store it now: sent again later
    ALREADY_ANSWERED = "already-answered"  # another verdict of the team holds this round


# The closes after which a team stops trying: reconnecting would be refused the same way.
FINAL_CLOSES = frozenset((Close.WRONG_CODE, Close.BAD_NAME, Close.REMOVED, Close.NAME_TAKEN,
                          Close.FULL, Close.TOO_MANY_ATTEMPTS))


class ProtocolError(Exception):
    """A message that breaks the schema: the connection is closed."""


def new_code(rng=secrets) -> str:
    """A short join code, easy to read out and type."""
    return "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_secret() -> str:
    """A team's secret: whoever holds it acts as the team."""
    return secrets.token_hex(16)


def new_verdict_id() -> str:
    """The id a team's laptop gives a verdict; the same verdict sent twice counts once."""
    return secrets.token_hex(16)


def encode(message: dict) -> str:
    """A message as text on the wire."""
    return json.dumps({"v": VERSION, **message}, ensure_ascii=False, separators=(",", ":"))


def _text(value, limit: int, name: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > limit or \
            any(not ch.isprintable() for ch in value):
        raise ProtocolError(f"{name}: expected a short text")
    return value


def _int(value, low: int, high: int, name: str) -> int:
    if type(value) is not int or not low <= value <= high:
        raise ProtocolError(f"{name}: expected a whole number from {low} to {high}")
    return value


def _ids(value, name: str, limit: int = 16, pattern=None) -> list[str]:
    if not isinstance(value, list) or len(value) > limit or not all(
            is_slug(v) if pattern is None else isinstance(v, str) and pattern.match(v)
            for v in value):
        raise ProtocolError(f"{name}: expected a list of ids")
    if len(set(value)) != len(value):
        raise ProtocolError(f"{name}: expected each id once")
    return value


# The fields each message type must have (and may have nothing else): name -> check.
CLIENT_MESSAGES = {
    "join": {"code": lambda v: _text(v, 12, "code").upper(),
             "team": lambda v: " ".join(_text(v, 24, "team").split())},
    "rejoin": {"team_id": lambda v: _text(v, 40, "team_id"),
               "secret": lambda v: v if isinstance(v, str) and HEX.match(v) else
               _fail("secret: expected the team's secret")},
    "verdict": {
        "verdict_id": lambda v: v if isinstance(v, str) and HEX.match(v) else
        _fail("verdict_id: expected a verdict id"),
        "round": lambda v: _int(v, 0, 99, "round"),
        "scenario": lambda v: v if is_slug(v) else
        _fail("scenario: expected a scenario id"),
        "tools": lambda v: _ids(v, "tools", 12, re.compile(
            "^(" + "|".join(t.value for t in Tool) + ")\\Z")),
        "pinned": lambda v: _ids(v, "pinned", 24),
        "hints": lambda v: _int(v, 0, 20, "hints"),
        "answer": lambda v: v if isinstance(v, str) and v in {a.value for a in Answer} else
        _fail("answer: unknown"),
        "confidence": lambda v: v if isinstance(v, str) and v in {c.value for c in Confidence}
        else _fail("confidence: unknown"),
        "seconds": lambda v: v if isinstance(v, (int, float)) and not isinstance(v, bool)
        and 0 <= v <= 86_400 else _fail("seconds: expected a duration"),
    },
    "state?": {},
}


def _lang(value) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[a-z]{2,3}", value):
        raise ProtocolError("lang: expected a language code")
    return value


def _verdict_id(value) -> str:
    if not isinstance(value, str) or not HEX.match(value):
        raise ProtocolError("verdict_id: expected a verdict id")
    return value


def _word(values: frozenset, name: str):
    def check(value):
        if not isinstance(value, str) or value not in values:
            raise ProtocolError(f"{name}: unknown")
        return value
    return check


# A phone runs no investigation itself: it sends each step to the host (docs/phone-client.md).
WEB_MESSAGES = {
    "join": CLIENT_MESSAGES["join"],
    "rejoin": CLIENT_MESSAGES["rejoin"],
    "state?": {},
    "ping": {},
    "open": {"round": lambda v: _int(v, 0, 99, "round"), "lang": _lang},
    "tool": {"round": lambda v: _int(v, 0, 99, "round"),
             "tool": _word(frozenset(t.value for t in Tool), "tool")},
    "pin": {"round": lambda v: _int(v, 0, 99, "round"),
            "clue": lambda v: v if isinstance(v, str) and re.fullmatch(r"c[0-9]{1,3}", v)
            else _fail("clue: expected a clue handle"),
            "on": lambda v: v if isinstance(v, bool) else _fail("on: expected true or false")},
    "hint": {"round": lambda v: _int(v, 0, 99, "round")},
    "decide": {"round": lambda v: _int(v, 0, 99, "round"), "verdict_id": _verdict_id,
               "answer": _word(frozenset(a.value for a in Answer), "answer"),
               "confidence": _word(frozenset(c.value for c in Confidence), "confidence")},
    # The check-up on a phone: open (or resume) a student's, then rate its headlines.
    "checkup": {"phase": _word(frozenset(("pre", "post", "retention")), "phase"),
                "student": lambda v: " ".join(_text(v, 40, "student").split()),
                "lang": _lang},
    "rate": {"item": lambda v: v if is_slug(v) and len(v) <= 64 else _fail("item: expected an id"),
             "real": lambda v: v if isinstance(v, bool) else _fail("real: expected true or false"),
             "confidence": _word(frozenset(c.value for c in Confidence), "confidence")},
}


def verdict_of(answered) -> dict:
    """A team's verdict as the protocol sends it (the host scores it again itself)."""
    return {"round": answered.round, "scenario": answered.scenario_id,
            "tools": list(answered.tools or ()), "pinned": list(answered.pinned),
            "hints": answered.hints or 0, "answer": answered.answer,
            "confidence": answered.confidence, "seconds": round(answered.seconds, 1)}


def _fail(message: str):
    raise ProtocolError(message)


def decode(text, allowed=CLIENT_MESSAGES) -> dict:
    """A message from the wire, checked against the schema; ProtocolError otherwise."""
    if not isinstance(text, str):
        raise ProtocolError("expected a text message")
    if len(text.encode("utf-8")) > MAX_MESSAGE_BYTES:
        raise ProtocolError("message too large")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: brackets nested thousands deep
        raise ProtocolError("expected JSON") from None
    if not isinstance(data, dict) or data.get("v") != VERSION:
        raise ProtocolError(f"expected a message of protocol version {VERSION}")
    kind = data.get("type")
    fields = allowed.get(kind) if isinstance(kind, str) else None
    if fields is None:
        raise ProtocolError(f"unknown message type {kind!r}")
    extra = set(data) - set(fields) - {"v", "type"}
    missing = set(fields) - set(data)
    if extra or missing:
        raise ProtocolError(f"{kind}: unexpected fields {sorted(extra)} or missing "
                            f"{sorted(missing)}")
    return {"type": kind, **{name: check(data[name]) for name, check in fields.items()}}


def clean_code(code: str) -> str:
    """A join code as typed (spaces, lower case) in its canonical form."""
    return "".join(ch for ch in code.upper() if ch in string.ascii_uppercase + string.digits)
