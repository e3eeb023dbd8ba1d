"""Messages from a team's side: anything outside the schema is a ProtocolError, never a crash."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quest.lan import protocol
from quest.lan.protocol import ProtocolError, decode

VERDICT = {"v": 1, "type": "verdict", "verdict_id": "0" * 32, "round": 0,
           "scenario": "zoo-new-cubs", "tools": ["source", "image"], "pinned": ["old-photo"],
           "hints": 0, "answer": "genuine", "confidence": "sure", "seconds": 30.5}
JOIN = {"v": 1, "type": "join", "code": "ACDEF", "team": "Қыран"}


def test_a_well_formed_verdict_and_join_are_read():
    assert decode(json.dumps(VERDICT))["scenario"] == "zoo-new-cubs"
    assert decode(json.dumps(JOIN, ensure_ascii=False))["team"] == "Қыран"


@pytest.mark.parametrize("text", [
    "[" * 16_000,  # nesting past the JSON reader's recursion limit
    '{"v": 1, "type": "verdict", "round": ' + "9" * 5000 + "}",  # past int()'s digit limit
    json.dumps(dict(VERDICT, scenario="zoo-new-cubs\n")),  # a line feed after an id
    json.dumps(dict(VERDICT, tools=["source\n"])),
    json.dumps(dict(VERDICT, verdict_id="0" * 32 + "\n")),
    json.dumps(dict(VERDICT, seconds=float("nan"))),
    json.dumps(dict(VERDICT, seconds=1e309)),
    json.dumps(dict(VERDICT, round=True)),
    json.dumps(dict(JOIN, team="Fox\x1b]0;owned\x07")),
    json.dumps(dict(JOIN, team="\u202eFox")),
    json.dumps(dict(JOIN, team="Fox\0")),
    '"\\ud800"',
], ids=["deep", "huge-int", "id-newline", "tool-newline", "hex-newline", "nan", "inf",
        "bool-round", "osc-name", "rtl-name", "nul-name", "surrogate"])
def test_hostile_messages_are_refused(text):
    with pytest.raises(ProtocolError):
        decode(text)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                  max_size=4),
    max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(base=st.sampled_from([VERDICT, JOIN]), field=st.sampled_from(sorted(VERDICT)),
       value=JSON_VALUES)
def test_any_value_in_any_field_is_read_or_refused(base, field, value):
    message = dict(base, **{field: value})
    try:
        checked = decode(json.dumps(message))
    except ProtocolError:
        return
    assert checked["type"] == base["type"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
def test_any_text_is_read_or_refused(text):
    try:
        decode(text, protocol.CLIENT_MESSAGES)
    except ProtocolError:
        pass


def test_a_verdict_record_crosses_the_network_and_scores_the_same():
    """One record of a verdict: built from an investigation, sent as the protocol's message,
    scored again by the host to the same points."""
    import json as _json

    from quest.content.packs import load_bundled
    from quest.model.investigation import Decide, Investigation, PinClue, TakeHint, UseTool
    from quest.model.scoring import rescore, score
    from quest.model.session import Answered

    scenario = next(s for s in load_bundled().scenarios.values() if s.hints)
    investigation = Investigation(scenario)
    investigation.execute(TakeHint())
    for tool in scenario.decisive_tools():
        investigation.execute(UseTool(tool))
    for clue in scenario.verdict.key_clues:
        investigation.execute(PinClue(clue))
    investigation.execute(Decide(str(scenario.verdict.answer), "likely"))
    points = score(investigation)
    answered = Answered.of(investigation, points, round_number=2)
    assert (answered.round, answered.points, answered.hints) == (2, points.total, 1)
    assert answered.outcome == "right" and answered.lines
    message = decode(_json.dumps({"v": 1, "type": "verdict", "verdict_id": "0" * 32,
                                  **protocol.verdict_of(answered)}))
    again = rescore(scenario, tools=message["tools"], pinned=message["pinned"],
                    hints=message["hints"], answer=message["answer"],
                    confidence=message["confidence"])
    assert again.total == answered.points
