"""The live competition through the real screens: a host's lobby and rounds, a team's play."""

import time
from pathlib import Path

import pygame
import pytest

from quest.lan.client import TeamClient
from quest.lan.host import Host
from quest.model.session import Session
from quest.store import Store
from tests.pilot import Pilot


def wait_until(condition, pilot=None, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if pilot is not None:
            pilot.frames(1)
        if condition():
            return True
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_the_host_sees_teams_join_and_starts_a_round_from_its_screens(tmp_path):
    from quest.ui.lanservice import start_hosting
    from quest.ui.scenes.menu import MenuScene

    pilot = Pilot(lang="ru", data_dir=tmp_path / "host")
    client = None
    try:
        pilot.app.push(MenuScene(pilot.app))
        start_hosting(pilot.app, port=0)
        assert pilot.top.name == "lobby"
        host = pilot.app.data.lan.host
        client = TeamClient(tmp_path / "team", "127.0.0.1", host.port, code=host.code,
                            team="Қыран")
        client.start()
        wait_until(lambda: [b.name for b in pilot.top.buttons if b.name == "rename:0"], pilot)
        pilot.click("lobby:start")
        assert pilot.top.name == "hostround"
        pilot.click("hostround:next")
        scenario = pilot.app.data.content.campaign()[0]
        pilot.focus_to(f"pick:{scenario.id}")
        pilot.press(pygame.K_RETURN)
        assert pilot.top.name == "hostround" and host.rounds == [scenario.id]
        wait_until(lambda: client.state and client.state["round"] == 0)
        client.submit({"round": 0, "scenario": scenario.id,
                       "tools": [str(t) for t in scenario.decisive_tools()],
                       "pinned": list(scenario.verdict.key_clues), "hints": 0,
                       "answer": str(scenario.verdict.answer), "confidence": "sure",
                       "seconds": 12.0})
        wait_until(lambda: pilot.top.answered == 1, pilot)
        assert pilot.top.rows[0]["points"] > 0
        assert pilot.app.ui.issues == set()
    finally:
        if client is not None:
            client.stop()
        pilot.close()


def test_a_team_plays_a_round_and_its_verdict_reaches_the_host(tmp_path):
    from quest.model.scoring import best_possible
    from quest.ui.scenes.team import JoinScene

    folder = tmp_path / "host"
    store = Store(folder)
    session_id = store.create_session(Session(None, "LAN", "lan", [], []))
    store.close()
    pilot = Pilot(lang="kk", data_dir=tmp_path / "team")
    library = pilot.app.data.content.library
    host = Host(folder, library, session_id, host="127.0.0.1", port=0, code="ACDEF")
    host.start()
    try:
        pilot.app.push(JoinScene(pilot.app, f"127.0.0.1:{host.port}", "acdef", "Барс"))
        pilot.click("join:go")
        assert pilot.top.name == "wait"
        client = pilot.app.data.lan.client
        try:
            wait_until(lambda: client.connected, pilot)
        except AssertionError:
            raise AssertionError(f"not connected: fatal {client.fatal!r}, uri {client.uri}, "
                                 f"thread alive {client.thread.is_alive()}, events "
                                 f"{list(client.events.queue)}") from None
        scenario = pilot.app.data.content.campaign()[1]
        host.call(host.start_round, scenario.id)
        try:
            wait_until(lambda: pilot.button("wait:play").enabled, pilot)
        except AssertionError:
            raise AssertionError(f"state {client.state} connected {client.connected} "
                                 f"top {pilot.top.name} "
                                 f"waiting {client.outbox.waiting(client.address)}") from None
        pilot.click("wait:play")
        assert pilot.top.name == "investigate"
        pilot.investigate(scenario)
        pilot.decide(scenario.verdict.answer)
        assert pilot.top.name == "debrief"
        wait_until(lambda: host.standings()[0]["points"] > 0, pilot)
        assert host.standings()[0]["points"] == best_possible(scenario)
        pilot.frames(60)
        pilot.click("debrief:continue")
        assert pilot.top.name == "wait" and not pilot.button("wait:play").enabled
        assert pilot.app.ui.issues == set()
    finally:
        pilot.close()
        host.stop()


def test_a_refused_team_reads_why_in_its_language(tmp_path):
    from quest import i18n
    from quest.ui.headless import render
    from quest.ui.scenes.team import WaitScene

    pilot = Pilot(lang="ru", data_dir=tmp_path)
    try:
        client = TeamClient(tmp_path, "127.0.0.1", 1)
        client.fatal, client.fatal_code = "wrong or expired join code", 4001
        pilot.app.data.lan.client = client
        pilot.app.push(WaitScene(pilot.app, client))
        render(pilot.app)
        shown = {key[0] for key in pilot.app.ui.text._surfaces}
        expected = i18n._("The host refused: {reason}").format(
            reason=i18n._("wrong join code, or the lobby is locked"))
        assert expected in shown and "wrong or expired" not in expected
        pilot.press(pygame.K_ESCAPE)  # leaving after a refusal goes back to the menu
        assert pilot.top.name == "menu"
    finally:
        pilot.close()


def test_a_verdict_the_host_did_not_count_is_explained_in_the_team_language(tmp_path):
    from quest.lan.protocol import Refusal
    from quest.ui.headless import render
    from quest.ui.problems import describe_refusal
    from quest.ui.scenes.team import WaitScene

    pilot = Pilot(lang="kk", data_dir=tmp_path)
    try:
        client = TeamClient(tmp_path, "127.0.0.1", 1)
        pilot.app.data.lan.client = client
        pilot.app.push(WaitScene(pilot.app, client))
        client.events.put(("refused", {"type": "refused", "verdict_id": "v",
                                       "reason": Refusal.ALREADY_ANSWERED,
                                       "detail": "this round already has another verdict"}))
        pilot.frames(2)
        render(pilot.app)
        shown = {key[0] for key in pilot.app.ui.text._surfaces}
        words = describe_refusal(Refusal.ALREADY_ANSWERED)
        assert words in shown and "host" not in words  # said in Kazakh
        assert not any("already has another verdict" in text for text in shown)
        client.events.put(("ack", {"type": "ack", "verdict_id": "w", "points": 5}))
        pilot.frames(2)
        render(pilot.app)
        assert pilot.top.refused is None  # a counted verdict clears the old refusal
    finally:
        pilot.close()


def test_the_game_sees_the_host_only_through_frozen_views(tmp_path):
    import dataclasses

    store = Store(tmp_path)
    session_id = store.create_session(Session(None, "LAN", "lan", [], []))
    store.close()
    from quest.content.packs import load_bundled

    library = load_bundled()
    host = Host(tmp_path, library, session_id, host="127.0.0.1", port=0, code="ACDEF")
    host.start()
    client = TeamClient(tmp_path / "team", "127.0.0.1", host.port, code="ACDEF", team="Қыран")
    try:
        before = host.view()
        client.start()
        joined = host.events.get(timeout=20)
        assert joined.kind == "joined" and [t.name for t in joined.view.teams] == ["Қыран"]
        scenario = next(iter(library.scenarios.values()))
        host.call(host.start_round, scenario.id)
        after = host.view()
        assert before.teams == () and before.rounds == ()  # a view never changes afterwards
        assert after.rounds == (scenario.id,) and after.current == 0
        assert joined.view.rounds == ()  # the state the event left, not the state now
        with pytest.raises(AttributeError):
            after.teams[0].answered.add(1)  # frozen all the way down: sets and tuples
        with pytest.raises(AttributeError):
            after.rounds.append("another")
        with pytest.raises(dataclasses.FrozenInstanceError):
            after.lobby_open = False
    finally:
        client.stop()
        host.stop()


def test_looking_for_the_host_does_not_hold_up_the_join_screen(tmp_path, monkeypatch):
    import threading

    from quest.lan import network
    from quest.ui.scenes.team import JoinScene

    release = threading.Event()

    def slow_discover(seconds):
        release.wait(20)  # as long as the network takes: the screen must not wait for it
        return [("10.0.0.5", 8765)]

    monkeypatch.setattr(network, "discover", slow_discover)
    pilot = Pilot(lang="kk", data_dir=tmp_path)
    try:
        pilot.app.push(JoinScene(pilot.app))
        pilot.frames(3)  # frames go on while the search runs
        assert pilot.button("join:0").text == ""
        release.set()
        wait_until(lambda: pilot.button("join:0").text == "10.0.0.5:8765", pilot)
    finally:
        release.set()
        pilot.close()


def test_the_wait_screen_reads_the_outbox_on_changes_not_every_frame(tmp_path):
    from quest.ui.scenes.team import WaitScene

    pilot = Pilot(lang="en", data_dir=tmp_path)
    client = TeamClient(tmp_path, "127.0.0.1", 1)
    try:
        reads = []
        original = client.outbox.waiting
        client.outbox.waiting = lambda address: reads.append(address) or original(address)
        pilot.app.data.lan.client = client
        pilot.app.push(WaitScene(pilot.app, client))
        pilot.frames(1)
        first = len(reads)
        for _ in range(30):  # the pointer moves: every frame is drawn
            pilot.frames(1, [pygame.event.Event(pygame.MOUSEMOTION, pos=(10 + _, 10),
                                                rel=(1, 0), buttons=(0, 0, 0))])
        assert len(reads) == first
    finally:
        client.outbox.close()
        pilot.close()


@pytest.mark.parametrize("close, words", [
    ("NAME_TAKEN", "another team has this name: choose another"),
    ("BAD_NAME", "type a team name of at most 24 letters"),
    ("FULL", "the competition is full"),
    ("REMOVED", "the host removed your team"),
])
def test_a_refusal_is_worded_from_its_close_code_not_its_reason(tmp_path, close, words):
    from quest import i18n
    from quest.lan.protocol import Close
    from quest.ui.scenes.team import refusal

    client = TeamClient(tmp_path, "127.0.0.1", 1)
    try:
        client.fatal, client.fatal_code = "an English reason the host may word otherwise", \
            Close[close]
        i18n.set_language("kk")
        shown = refusal(client)
        i18n.set_language("en")
        assert refusal(client) == words and shown != words and "English" not in shown
    finally:
        i18n.set_language("en")
        client.outbox.close()


def test_the_lobbys_qr_code_opens_the_join_page_in_the_hosts_language(tmp_path, monkeypatch):
    from quest.ui.headless import render
    from quest.ui.lanservice import start_hosting
    from quest.ui.scenes import hosting
    from quest.ui.scenes.menu import MenuScene

    drawn = []
    real = hosting.qr_surface
    monkeypatch.setattr(hosting, "qr_surface",
                        lambda text, *args: drawn.append(text) or real(text, *args))
    pilot = Pilot(lang="kk", data_dir=tmp_path / "host")
    try:
        pilot.app.push(MenuScene(pilot.app))
        start_hosting(pilot.app, port=0, bind="127.0.0.1")
        host = pilot.app.data.lan.host
        render(pilot.app)
        assert drawn == [f"http://127.0.0.1:{host.port}/?code={host.code}&lang=kk"]
        shown = {key[0] for key in pilot.app.ui.text._surfaces}
        assert any(f"http://127.0.0.1:{host.port}" in text for text in shown)
    finally:
        pilot.close()


def test_the_facilitator_chooses_the_network_the_game_listens_on(tmp_path, monkeypatch):
    import socket

    from quest.lan import network
    from quest.ui.lanservice import start_hosting
    from quest.ui.scenes.menu import MenuScene

    # This laptop's one other network, as if it were the hotspot's (an address of loopback).
    monkeypatch.setattr(network, "local_addresses", lambda: ["127.0.0.2"])
    pilot = Pilot(lang="en", data_dir=tmp_path / "host")

    def reachable(address: str, port: int) -> bool:
        try:
            socket.create_connection((address, port), timeout=5).close()
            return True
        except OSError:
            return False

    try:
        pilot.app.push(MenuScene(pilot.app))
        start_hosting(pilot.app, port=0)
        host = pilot.app.data.lan.host
        code, port = host.code, host.port
        assert reachable("127.0.0.1", port) and reachable("127.0.0.2", port)
        pilot.click("lobby:network")
        host = pilot.app.data.lan.host
        assert pilot.top.name == "lobby" and host.bind[0] == "127.0.0.2"
        assert (host.port, host.code) == (port, code)  # the same competition, the same link
        assert reachable("127.0.0.2", port) and not reachable("127.0.0.1", port)
        assert pilot.top.address == f"127.0.0.2:{port}"
        pilot.click("lobby:network")
        assert pilot.app.data.lan.host.bind[0] == "0.0.0.0" and reachable("127.0.0.1", port)
    finally:
        pilot.close()
