"""The bundled library: balanced, in a good default order, every scenario playable to its end."""

import pytest

from quest.content.campaign import ordered
from quest.content.packs import load_bundled
from quest.content.stats import balance
from quest.model.investigation import Decide, Investigation, PinClue, UseTool
from quest.model.scenario import Answer, Confidence
from quest.model.scoring import best_possible, score

LIBRARY = load_bundled()
SCENARIOS = list(LIBRARY.scenarios.values())


def test_the_bundled_set_is_balanced():
    figures = balance(SCENARIOS)
    assert figures.scenarios >= 30
    assert figures.shortfalls == []
    assert figures.genuine_share >= 1 / 3
    non_genuine = {a: n for a, n in figures.answers.items() if a != "genuine"}
    assert all(n > 0 for n in non_genuine.values()), non_genuine


def test_balance_reports_what_a_small_set_misses():
    figures = balance(SCENARIOS[:1])
    assert figures.scenarios == 1
    assert any(s.startswith("difficulty ") for s in figures.shortfalls)
    assert any(s.startswith("tool ") for s in figures.shortfalls)


def test_the_campaign_starts_easy_and_guided_and_mixes_answers():
    campaign = ordered(LIBRARY)
    assert len(campaign) == len(SCENARIOS)
    assert all(s.guide for s in campaign[:3])
    levels = [s.difficulty for s in campaign]
    assert levels == sorted(levels)
    answers = [s.verdict.answer for s in campaign]
    assert all(not (answers[i] == answers[i + 1] == answers[i + 2])
               for i in range(len(answers) - 2))


def bot(scenario, answer, confidence=Confidence.SURE):
    inv = Investigation(scenario)
    for tool in scenario.decisive_tools():
        inv.execute(UseTool(tool))
    for clue in scenario.verdict.key_clues:
        inv.execute(PinClue(clue))
    inv.execute(Decide(answer, confidence))
    return score(inv)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_careful_bot_scores_the_maximum_and_the_opposite_less(scenario):
    best = bot(scenario, scenario.verdict.answer)
    assert best.correct and best.total == best_possible(scenario)
    opposite = Answer.FAKE if scenario.verdict.answer == Answer.GENUINE else Answer.GENUINE
    worse = bot(scenario, opposite)
    assert worse.outcome == "wrong" and worse.total < best.total


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_every_scenario_plays_to_its_debrief_through_the_screens(scenario):
    from tests.pilot import Pilot
    from quest.ui.scenes.investigate import InvestigateScene

    pilot = Pilot(lang="ru")
    try:
        pilot.app.push(InvestigateScene(pilot.app, scenario))
        pilot.investigate(scenario)
        pilot.decide(scenario.verdict.answer)
        assert pilot.top.name == "debrief"
        assert pilot.top.score.total == best_possible(scenario)
        assert pilot.app.ui.issues == set()
    finally:
        pilot.close()


def test_every_picture_has_its_source_and_licence_in_the_credits():
    from quest.resources import DATA_DIR as root

    credits = (root / "CREDITS.md").read_text(encoding="utf-8")
    pictures = sorted(p.relative_to(root).as_posix()
                      for p in (root / "scenarios" / "images").iterdir())
    assert [p for p in pictures if f"`{p}`" not in credits] == []
    listed = [line.split("`")[1] for line in credits.splitlines() if line.startswith("| `")]
    assert [p for p in listed if not (root / p).exists()] == []


def test_every_manipulated_image_scenario_ships_the_original():
    for scenario in SCENARIOS:
        if "manipulated-image" in scenario.techniques:
            images = [c for c in scenario.findings("image").clues if c.image]
            assert images and any(c.id in scenario.verdict.key_clues for c in images)


def test_at_least_eight_cases_rest_a_key_clue_on_a_computed_analysis():
    """The image tool's lab is evidence, not decoration: check keeps each claim true."""
    from quest.model.scenario import Tool

    resting = [s.id for s in SCENARIOS
               if any(c.evidence is not None and c.id in s.verdict.key_clues
                      for c in s.findings(Tool.IMAGE).clues)]
    assert len(resting) >= 8, resting
    kinds = {str(c.evidence[0]) for s in SCENARIOS for c in s.findings(Tool.IMAGE).clues
             if c.evidence is not None}
    assert kinds == {"search", "metadata", "ela"}
