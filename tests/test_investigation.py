"""The investigation state machine: commands change state, illegal ones change nothing."""

import copy

import pytest

from quest.content.loader import load_scenario
from quest.errors import InvestigationError
from quest.model.investigation import Decide, Investigation, PinClue, TakeHint, UnpinClue, UseTool
from quest.model.scenario import Answer, Confidence, Tool
from quest.model.scoring import best_possible, score


class FakeClock:
    """Seconds that advance only when told."""

    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


@pytest.fixture
def scenario(minimal_text):
    return load_scenario(minimal_text, "minimal.yaml").require()


def snapshot(inv):
    return copy.deepcopy((inv.used, inv.found, inv.pinned, inv.hints, inv.answer))


def test_using_tools_reveals_clues_and_spends_minutes(scenario):
    inv = Investigation(scenario)
    clues = inv.execute(UseTool(Tool.SOURCE))
    assert [c.id for c in clues] == ["domain-new"]
    assert inv.minutes_left == 25
    inv.execute(UseTool(Tool.IMAGE))  # not listed: finds nothing, costs its default
    assert inv.found_ids() == ["domain-new"] and inv.minutes_left == 15


@pytest.mark.parametrize("prepare, command, message", [
    ([], PinClue("no-report"), "the clue 'no-report' has not been found yet"),
    ([], PinClue("nonsense"), "there is no clue 'nonsense' in this scenario"),
    ([UseTool(Tool.SOURCE)], UseTool(Tool.SOURCE), "the source tool has already been used"),
    ([], UseTool("hammer"), "there is no tool 'hammer'"),
    ([], UnpinClue("domain-new"), "the clue 'domain-new' is not pinned"),
    ([UseTool(Tool.SOURCE), PinClue("domain-new")], PinClue("domain-new"),
     "the clue 'domain-new' is already pinned"),
    ([UseTool(Tool.IMAGE), UseTool(Tool.LATERAL), UseTool(Tool.DATA)], UseTool(Tool.QUOTE),
     "the quote tool needs 6 minutes, 2 are left"),
    ([Decide(Answer.FAKE, Confidence.SURE)], UseTool(Tool.URL),
     "the verdict has been given: the investigation is over"),
    ([Decide(Answer.FAKE, Confidence.SURE)], PinClue("domain-new"),
     "the verdict has been given: the investigation is over"),
    ([], Decide("maybe", Confidence.SURE), "there is no verdict 'maybe'"),
    ([], Decide(Answer.FAKE, "very"), "there is no confidence 'very'"),
])
def test_illegal_commands_are_refused_and_change_nothing(scenario, prepare, command, message):
    inv = Investigation(scenario)
    for step in prepare:
        inv.execute(step)
    before = snapshot(inv)
    with pytest.raises(InvestigationError) as raised:
        inv.execute(command)
    assert raised.value.message == message
    assert snapshot(inv) == before


def test_pin_unpin_and_decide(scenario):
    clock = FakeClock()
    inv = Investigation(scenario, clock=clock)
    inv.execute(UseTool(Tool.SOURCE))
    inv.execute(UseTool(Tool.LATERAL))
    for clue in ("domain-new", "no-report", "many-shares"):
        inv.execute(PinClue(clue))
    inv.execute(UnpinClue("many-shares"))
    clock.now += 42.5
    inv.execute(Decide(Answer.FAKE, Confidence.SURE))
    assert inv.decided and inv.seconds == 42.5
    result = score(inv)
    assert result.correct
    assert result.total == 150 + 30 + 40 + 15  # verdict, sure, two keys, 15 minutes left
    assert result.total == best_possible(scenario)


def test_game_hint_names_a_tool_that_still_holds_a_key_clue(scenario):
    inv = Investigation(scenario)
    assert inv.execute(TakeHint()).tool is Tool.SOURCE
    inv.execute(UseTool(Tool.SOURCE))
    assert inv.execute(TakeHint()).tool is Tool.LATERAL
    inv.execute(UseTool(Tool.LATERAL))
    with pytest.raises(InvestigationError):
        inv.execute(TakeHint())
    assert len(inv.hints) == 2


def test_the_opposite_answer_scores_less_than_the_best(scenario):
    inv = Investigation(scenario)
    inv.execute(Decide(Answer.GENUINE, Confidence.SURE))
    assert score(inv).total < best_possible(scenario)
    assert score(inv).outcome == "wrong"


def test_scoring_an_undecided_investigation_is_refused(scenario):
    with pytest.raises(ValueError):
        score(Investigation(scenario))
