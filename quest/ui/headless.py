"""The game without a screen: replays, screenshots, and the scenes set up mid-game for reviewing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from quest import i18n
from quest.errors import QuestError
from quest.model.investigation import Decide, PinClue, UseTool
from quest.model.scenario import Answer, Confidence, Tool
from quest.model.session import Answered
from quest.ui.options import PlayOptions
from quest.ui.screens import SCREENS

# Team names of the session screens: long Kazakh and Russian names, as a class would type.
SAMPLE_TEAMS = ["Қыран", "Барыстар", "Fact Hunters", "Жас тілшілер 7Б", "Ақиқат іздеушілер",
                "Детективы 9А"]


def _dummy_drivers() -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    os.environ.setdefault("MIL_QUEST_NO_ZEROCONF", "1")  # headless runs announce nothing


def make_app(size=(1366, 768), lang="en", text_scale=100, high_contrast=False,
             scenarios=(), data_dir: Path | None = None, data=None):
    """An App on SDL's dummy driver with its settings in a private folder."""
    _dummy_drivers()
    from quest.settings import Settings
    from quest.ui.app import App
    from quest.ui.gamedata import load_game_data

    temporary = None
    if data is None:
        if data_dir is None:
            temporary = tempfile.TemporaryDirectory(prefix="mil-quest-")
            data_dir = Path(temporary.name)
        options = PlayOptions(data_dir=str(data_dir), scenarios=tuple(Path(s) for s in scenarios))
        data = load_game_data(options, save_settings=False)
        data.settings = Settings(language=lang, text_scale=text_scale,
                                 high_contrast=high_contrast)
    i18n.on_change(None)
    i18n.set_language(lang)
    app = App(data, size=size, headless=True)
    app.temporary = temporary  # removed with the app
    return app


def play_scenario_state(investigate, *, decide: bool) -> None:
    """Mid-game: the decisive tools and one more used, key clues and a herring pinned."""
    inv = investigate.investigation
    scenario = investigate.scenario
    tools = list(scenario.decisive_tools())
    extra = next((t for t in Tool if t not in tools and inv.scenario.findings(t).cost
                  <= inv.minutes_left - sum(scenario.findings(x).cost for x in tools)), None)
    for tool in tools + ([extra] if extra else []):
        if inv.can_use(tool):
            inv.execute(UseTool(tool))
    for clue in scenario.verdict.key_clues:
        if clue in inv.found_ids() and clue not in inv.pinned:
            inv.execute(PinClue(clue))
    herring = next((c.id for c in inv.found if c.weight == "herring"), None)
    if herring:
        inv.execute(PinClue(herring))
    if decide:
        inv.execute(Decide(scenario.verdict.answer, Confidence.LIKELY))


def build_screen(app, screen: str, scenario_id: str | None = None) -> None:
    """Put the scenes of `screen` on the app's stack, with a game in progress where it matters."""
    from quest.model.scoring import score
    from quest.ui.scenes.debrief import DebriefScene
    from quest.ui.scenes.error import ErrorScene
    from quest.ui.scenes.investigate import InvestigateScene
    from quest.ui.scenes.menu import MenuScene
    from quest.ui.modes import CaseResult
    from quest.ui.scenes.pause import PauseScene
    from quest.ui.scenes.select import SelectScene
    from quest.ui.scenes.settings import SettingsScene
    from quest.ui.scenes.summary import SummaryScene
    from quest.ui.scenes.title import TitleScene
    from quest.ui.scenes.toolresult import ToolResultScene
    from quest.ui.scenes.trainer import TrainerScene
    from quest.ui.scenes.verdict import VerdictScene

    if screen not in SCREENS:
        raise QuestError(f"expected a screen ({', '.join(SCREENS)}), found {screen!r}")
    campaign = app.data.content.campaign()
    if scenario_id is not None:
        scenario = next((s for s in campaign if s.id == scenario_id), None)
        if scenario is None:
            raise QuestError(f"expected the id of a loaded scenario, found {scenario_id!r}")
    else:
        scenario = campaign[0] if campaign else None
    if screen == "title":
        app.push(TitleScene(app))
        return
    app.push(MenuScene(app))
    simple = {"menu": None, "settings": SettingsScene, "trainer": TrainerScene,
              "select": SelectScene}
    if screen in simple:
        if simple[screen] is not None:
            app.push(simple[screen](app))
        return
    if screen in ("sessions", "setup", "turn", "scoreboard", "final"):
        _session_screen(app, screen)
        return
    if screen in ("lan", "lobby", "hostround", "join", "wait"):
        _lan_screen(app, screen)
        return
    if screen.startswith("checkup"):
        _checkup_screen(app, screen)
        return
    if screen == "error":
        app.push(ErrorScene(app, i18n._("This scenario file has problems"), [
            "my-scenario.yaml:12:9: error: expected an item kind (one of: social_post, "
            "news_article, messenger, photo, video_still, ad), found 'tweet'",
            "my-scenario.yaml:31:5: error: expected the 'kk' text (the scenario declares "
            "kk, ru, en), found none"]))
        return
    if screen.startswith("lab") and scenario_id is None:
        # The first case of the campaign has no picture; this one has every analysis's clue.
        scenario = next((s for s in campaign if s.id == "snow-leopard-city"), scenario)
    if scenario is None:
        raise QuestError("no scenario is loaded: run `mil-quest check` to see why")
    app.push(SelectScene(app))
    investigate = InvestigateScene(app, scenario)
    app.push(investigate)
    if screen == "start":  # a fresh investigation: nothing used yet, the guide showing
        return
    if screen.startswith("lab"):
        _lab_screen(app, investigate, screen)
        return
    if screen in ("investigate", "result", "pause", "verdict"):
        play_scenario_state(investigate, decide=False)
        investigate.relayout()
        if screen == "result":
            tool = (scenario.decisive_tools() or (Tool.SOURCE,))[-1]
            app.push(ToolResultScene(app, investigate, tool))
        elif screen == "pause":
            app.push(PauseScene(app))
        elif screen == "verdict":
            verdict = VerdictScene(app, investigate)
            verdict.answer, verdict.confidence = Answer(scenario.verdict.answer), Confidence.LIKELY
            app.push(verdict)
        return
    play_scenario_state(investigate, decide=True)
    result = score(investigate.investigation)
    inv = investigate.investigation
    app.data.results.practice.append(Answered.of(inv, result))
    if screen == "debrief":
        debrief = DebriefScene(app, CaseResult(scenario, inv, result, investigate.mode))
        debrief.shown_total = result.total
        app.switch(debrief)
        return
    for other in campaign[1:3]:
        wrong = Answer.GENUINE if other.verdict.answer != Answer.GENUINE else Answer.FAKE
        app.data.results.practice.append(Answered(0, 0, other.id, str(wrong), "sure", -40,
                                         str(other.verdict.answer)))
    app.reset(MenuScene(app))
    app.push(SummaryScene(app))


def _session_screen(app, screen: str) -> None:
    """A session of six teams: set up, a turn, a round's scoreboard, the final standings."""
    import random

    from quest.model.session import Session, plan_rounds
    from quest.ui.scenes.scoreboard import ScoreboardScene
    from quest.ui.scenes.session import SessionMenuScene, SessionSetupScene, TurnScene
    from quest.ui.sessionplay import SessionPlay

    if screen == "sessions":
        app.push(SessionMenuScene(app))
        return
    if screen == "setup":
        setup = SessionSetupScene(app)
        setup.names = SAMPLE_TEAMS[:4]
        app.push(setup)
        return
    teams = SAMPLE_TEAMS
    plan = plan_rounds("all", len(teams), 3, app.data.content.campaign(), random.Random(1))
    session = Session(1, " · ".join(teams), "all", teams, plan)  # as if stored first
    play = SessionPlay(app, session)
    rng = random.Random(2)
    rounds = 3 if screen == "final" else 1
    for round_number in range(rounds):
        for team in range(len(teams)):
            truth = str(app.data.content.scenario_by_id(plan[round_number][team]).verdict.answer)
            session.record(Answered(round_number, team, plan[round_number][team], truth,
                                    "sure", rng.randint(-40, 260), truth))
    if screen == "turn":
        app.push(TurnScene(app, play, 1, 2))
    else:
        board = ScoreboardScene(app, play, round_number=rounds - 1, final=screen == "final")
        board.progress = 1.0
        app.push(board)


def _lan_screen(app, screen: str) -> None:
    """The live competition's screens, with a real host on 127.0.0.1 and teams in its lobby."""
    import asyncio

    from quest.lan.client import TeamClient
    from quest.lan.views import TeamSeat
    from quest.ui.lanservice import start_hosting
    from quest.ui.scenes.hosting import HostRoundScene, LobbyScene
    from quest.ui.scenes.lan import LanMenuScene
    from quest.ui.scenes.team import JoinScene, WaitScene

    if screen == "lan":
        app.push(LanMenuScene(app))
        return
    if screen == "join":
        app.push(JoinScene(app, "192.168.1.5:8765", "ACDEF", "Қыран"))
        return
    if screen == "wait":
        client = TeamClient(app.data.data_dir, "192.168.1.5", 8765)
        client.connected, client.name = True, SAMPLE_TEAMS[0]
        campaign = app.data.content.campaign()
        client.state = {"type": "state", "round": 2, "scenario": campaign[0].id, "answered": [0, 1],
                        "lobby_open": False,
                        "standings": [{"team": name, "points": 300 - 40 * i, "connected": True}
                                      for i, name in enumerate(SAMPLE_TEAMS)]}
        app.data.lan.client = client
        app.push(WaitScene(app, client))
        return
    start_hosting(app, port=0)
    host = app.data.lan.host

    async def seat_teams():
        for index, name in enumerate(SAMPLE_TEAMS):
            host.seats[f"t{index}"] = TeamSeat(index, f"t{index}", name, "0" * 64)
            host.points[index] = 260 - 35 * index
    asyncio.run_coroutine_threadsafe(seat_teams(), host.loop).result(5)
    if screen == "hostround":
        host.call(host.start_round, app.data.content.campaign()[0].id)
        app.switch(HostRoundScene(app, host))
    else:
        app.top.refresh()
        app.top.relayout()


def render(app):
    """Draw one frame (no fade) and return the window surface."""
    app.fade = 0.0
    app.needs_redraw = True
    app.draw()
    return app.window


def _lab_screen(app, investigate, screen: str, timeout: float = 60.0) -> None:
    """The image tool's lab on a tab, its analyses finished (waited for, within `timeout`)."""
    import concurrent.futures

    if not investigate.scenario.item.image:
        raise QuestError(f"expected a scenario with a picture for the {screen} screen, found "
                         f"{investigate.scenario.id!r}, which has none")
    investigate.use_tool(Tool.IMAGE)
    lab = app.top
    tab = {"lab": "search", "lab-metadata": "metadata", "lab-ela": "ela",
           "lab-zoom": "zoom"}[screen]
    for kind in ("search", "metadata", "ela"):
        lab.ask(kind)  # every analysis, so the notebook beneath shows all the clues found
    concurrent.futures.wait(list(lab.futures.values()), timeout=timeout)
    lab.update(0.0)
    lab.choose(tab)
    lab.lens = (0.42, 0.7)


def screenshot(screen: str, output: Path, *, scenario_id=None, lang="en", size=(1366, 768),
               text_scale=100, high_contrast=False, scenarios=()) -> list[str]:
    """Render a screen to a PNG; returns the layout issues found while drawing it."""
    import pygame

    app = make_app(size=size, lang=lang, text_scale=text_scale, high_contrast=high_contrast,
                   scenarios=scenarios)
    build_screen(app, screen, scenario_id)
    surface = render(app)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(surface, str(output))
    except (OSError, pygame.error) as exc:
        raise QuestError(f"cannot write {output}: {exc}") from None
    return sorted(app.ui.issues)


def replay(path: Path, data_dir: Path | None = None) -> dict:
    """Replay a recording through the real scenes; the results it produced, as plain data."""
    from quest.replay import decode, read
    from quest.ui.app import STEP
    from quest.ui.start import first_scenes

    header, events = read(path)
    lang = header["lang"] if header["lang"] in i18n.available_languages() else "en"
    app = make_app(size=tuple(header["size"]), lang=lang, text_scale=header["text_scale"],
                   high_contrast=bool(header.get("high_contrast")),
                   scenarios=header.get("scenarios", []), data_dir=data_dir)
    options = PlayOptions(scenario=header.get("scenario"))
    for scene in first_scenes(app, options, explicit_lang=header.get("start") == "menu"):
        app.push(scene)
    by_frame: dict[int, list] = {}
    for record in events:
        by_frame.setdefault(record["f"], []).append(decode(record))
    last = max(by_frame, default=0)
    for frame in range(last + 2):
        app.frame_step(by_frame.get(frame, []), STEP)
        if not app.running:
            break
    results = [
        {"scenario": r.scenario_id, "answer": r.answer, "confidence": r.confidence,
         "truth": r.truth, "outcome": r.outcome, "points": r.points,
         "lines": [{"rule": rule, "count": count, "points": points}
                   for rule, count, points in r.lines],
         "pinned": r.pinned}
        for r in app.data.results.practice
    ]
    app.close()
    return {"results": results, "total": sum(r["points"] for r in results),
            "frames": app.frame}


def _checkup_screen(app, screen: str) -> None:
    """The check-up's screens: the start, a headline half rated, a post-test's results."""
    from quest.checkups import Checkups
    from quest.content.checkup import load_bank
    from quest.model.checkup import Rating
    from quest.ui.scenes.checkup import CheckupDoneScene, CheckupScene, CheckupStartScene

    if screen == "checkup":
        app.push(CheckupStartScene(app, "Аружан С."))
        return
    records, bank = Checkups(app.data.results.store), load_bank()
    student = "Аружан С."
    if screen == "checkup-item":
        checkup = records.open(student, "pre")
        form = bank.forms[checkup.form]
        for item in form.items[:4]:
            records.rate(checkup, Rating(item.id, item.real, "likely"))
        scene = CheckupScene(app, form, checkup.id)
        app.push(scene)
        scene.pick(True)
        return
    for phase, right in (("pre", 10), ("post", 13)):
        checkup = records.open(student, phase)
        for index, item in enumerate(bank.forms[checkup.form].items):
            records.rate(checkup, Rating(item.id, item.real if index < right else not item.real,
                                         "sure"))
        records.finish(checkup)
    app.push(CheckupDoneScene(app, student, "post"))
