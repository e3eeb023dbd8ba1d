"""Hostile phones, fuzzed: any text is a command or a ProtocolError, and any command the schema
lets through changes a case or is refused, never raising on the host."""

import json
import types

from hypothesis import given, settings
from hypothesis import strategies as st

from quest.content.packs import load_bundled
from quest.lan import protocol
from quest.lan.protocol import ProtocolError
from quest.model.scenario import Answer, Confidence, Tool
from quest.web.phones import Phones

LIBRARY = load_bundled()
SCENARIO = LIBRARY.scenarios["snow-leopard-city"]

# Values of every kind, with the classes an attacker tries: huge and negative numbers, control
# characters, lone surrogates, deep nesting, wrong types.
ATOMS = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
                  st.floats(allow_nan=True), st.text(max_size=40),
                  st.sampled_from(["c0", "c999", "../x", "\x00", "\ud800", "genuine", "fake",
                                   "sure", "image", "source", "kk", "0" * 32, "f" * 32]))
VALUES = st.recursive(ATOMS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(kind=st.sampled_from(sorted(protocol.WEB_MESSAGES) + ["verdict", "eval", ""]),
       fields=st.dictionaries(st.sampled_from(["round", "lang", "tool", "clue", "on",
                                               "verdict_id", "answer", "confidence", "code",
                                               "team", "team_id", "secret", "extra"]),
                              VALUES, max_size=6))
def test_any_message_is_a_command_or_a_protocol_error(kind, fields):
    text = json.dumps({"v": 1, "type": kind, **fields})
    try:
        message = protocol.decode(text, protocol.WEB_MESSAGES)
    except ProtocolError:
        return
    assert message["type"] in protocol.WEB_MESSAGES
    assert set(message) == {"type", *protocol.WEB_MESSAGES[message["type"]]}


class FakeHost:
    """What Phones needs of a host: rounds, the library, answers, a store that records."""

    def __init__(self):
        self.rounds = [SCENARIO.id]
        self.library = LIBRARY
        self.answered: dict[int, set[int]] = {}
        self.recorded = []
        # As the database does: a verdict stored is found by its id, with its points.
        self.store = types.SimpleNamespace(lan_verdict=lambda verdict_id: next(
            (a.points for v, a in self.recorded if v == verdict_id), None))

    def record(self, seat, verdict_id, answered):
        if answered.round in self.answered.get(seat.index, ()):
            return {"type": "refused", "verdict_id": verdict_id, "reason": "already-answered"}
        self.recorded.append((verdict_id, answered))
        self.answered.setdefault(seat.index, set()).add(answered.round)
        return {"type": "ack", "verdict_id": verdict_id, "points": answered.points,
                "again": False}


COMMANDS = st.one_of(
    st.builds(lambda r, lang: {"type": "open", "round": r, "lang": lang},
              st.integers(0, 3), st.sampled_from(["kk", "ru", "en", "de", "zz"])),
    st.builds(lambda r, tool: {"type": "tool", "round": r, "tool": tool},
              st.integers(0, 3), st.sampled_from([str(t) for t in Tool])),
    st.builds(lambda r, c, on: {"type": "pin", "round": r, "clue": f"c{c}", "on": on},
              st.integers(0, 3), st.integers(0, 20), st.booleans()),
    st.builds(lambda r: {"type": "hint", "round": r}, st.integers(0, 3)),
    st.builds(lambda r, v, a, c: {"type": "decide", "round": r, "verdict_id": v, "answer": a,
                                  "confidence": c},
              st.integers(0, 3), st.sampled_from(["a" * 32, "b" * 32]),
              st.sampled_from([str(a) for a in Answer]),
              st.sampled_from([str(c) for c in Confidence])),
)


@settings(max_examples=200, deadline=None)
@given(commands=st.lists(COMMANDS, max_size=25))
def test_any_run_of_commands_keeps_the_case_consistent(commands):
    host = FakeHost()
    phones = Phones(host)
    seat = types.SimpleNamespace(index=0)
    connection = types.SimpleNamespace(lang="en")
    for command in commands:
        replies = phones.command(seat, connection, command)
        assert replies and all(isinstance(r, dict) and "type" in r for r in replies)
        for reply in replies:
            if reply["type"] == "case" and not reply.get("missing"):
                # Never more minutes than the budget, never a clue pinned that was not found.
                assert 0 <= reply["minutes_left"] <= SCENARIO.time_budget
                assert all(c["handle"].startswith("c") for c in reply["found"])
                assert (reply["debrief"] is None) == (not reply["decided"])
    assert len(host.recorded) <= 1  # one round, one verdict: another id is refused
