"""Play modes are data: a new way of playing plugs into the same screens without touching them."""

from quest.ui.modes import PRACTICE, PREVIEW, PlayMode
from quest.ui.scenes.investigate import InvestigateScene
from quest.ui.scenes.select import SelectScene
from tests.pilot import Pilot


class Recording(PlayMode):
    """A mode a test invents (as the phone client will): it keeps what it is handed."""

    after = "turn"

    def __init__(self):
        self.submitted, self.went_on = [], False

    def title(self, scenario, lang):
        return "Recorded · " + scenario.title.get(lang)

    def submit(self, app, investigation, score):
        self.submitted.append((investigation.scenario.id, str(investigation.answer), score.total))

    def go_on(self, app):
        self.went_on = True
        app.pop()


def test_a_new_mode_gets_the_verdict_and_decides_what_comes_next(tmp_path):
    pilot = Pilot(lang="en", data_dir=tmp_path)
    try:
        scenario = pilot.app.data.content.campaign()[0]
        mode = Recording()
        pilot.app.push(SelectScene(pilot.app))
        pilot.app.push(InvestigateScene(pilot.app, scenario, mode))
        pilot.frames(1)
        drawn = {key[0] for key in pilot.app.ui.text._surfaces}
        assert "Recorded · " + scenario.title.get("en") in drawn
        pilot.investigate(scenario)
        pilot.decide(scenario.verdict.answer)
        assert pilot.top.name == "debrief" and pilot.top.case.mode is mode
        [(sid, answer, points)] = mode.submitted
        assert (sid, answer, points) == (scenario.id, str(scenario.verdict.answer),
                                         pilot.top.score.total)
        # practice keeps nothing of another mode's verdict
        assert pilot.app.data.results.practice == []
        pilot.frames(60)
        pilot.click("debrief:continue")
        assert mode.went_on and pilot.top.name == "select"
    finally:
        pilot.close()


def test_practice_and_preview_titles():
    from quest.content.packs import load_bundled

    scenario = next(iter(load_bundled().scenarios.values()))
    assert PRACTICE.title(scenario, "en") == "MIL Quest · " + scenario.title.get("en")
    assert PREVIEW.title(scenario, "en").endswith(PRACTICE.title(scenario, "en"))
    assert (PRACTICE.after, PREVIEW.after) == ("practice", "preview")
