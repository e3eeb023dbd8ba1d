"""The phone client's host side without a browser: what a phone may send, what it is sent, and
that nothing it has not earned leaks. The host runs in-process on 127.0.0.1; every wait is
bounded."""

import asyncio
import json
import socket
import time
import urllib.error
import urllib.request

import pytest

from quest.content.packs import load_bundled
from quest.lan.client import TeamClient
from quest.lan import protocol
from quest.model.scenario import Tool
from tests.livehost import started_host

CODE = "ACDEF"
LIBRARY = load_bundled()
SCENARIO = LIBRARY.scenarios["snow-leopard-city"]  # pictures on the item and on a clue


@pytest.fixture
def host(tmp_path):
    running = started_host(tmp_path, LIBRARY, code=CODE)
    yield running
    running.stop()


def http(host, path: str, **headers):
    """GET a path of the host: (status, headers, body)."""
    request = urllib.request.Request(f"http://127.0.0.1:{host.port}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


class Phone:
    """A phone speaking the protocol by hand over /ws; keeps every message it was sent."""

    def __init__(self, port: int, path: str = "/ws"):
        self.url = f"ws://127.0.0.1:{port}{path}"
        self.received: list[dict] = []
        self.ws = None

    async def __aenter__(self):
        from websockets.asyncio.client import connect

        self.ws = await connect(self.url, max_size=None)
        return self

    async def __aexit__(self, *exc):
        await self.ws.close()

    async def send(self, message) -> None:
        await self.ws.send(message if isinstance(message, str) else protocol.encode(message))

    async def until(self, kind: str, timeout: float = 10) -> dict:
        """The next message of this type (others are kept too)."""
        async with asyncio.timeout(timeout):
            while True:
                message = json.loads(await self.ws.recv())
                self.received.append(message)
                if message["type"] == kind:
                    return message

    async def closed(self, timeout: float = 10) -> int | None:
        """The close code the host ends the connection with."""
        from websockets.exceptions import ConnectionClosed

        try:
            async with asyncio.timeout(timeout):
                while True:
                    self.received.append(json.loads(await self.ws.recv()))
        except ConnectionClosed as exc:
            return exc.rcvd.code if exc.rcvd else None


async def joined(port: int, team: str = "Qyran") -> tuple[Phone, dict]:
    phone = await Phone(port).__aenter__()
    await phone.send({"type": "join", "code": CODE, "team": team})
    welcome = await phone.until("welcome")
    await phone.until("state")
    return phone, welcome


def strings(message) -> list[str]:
    """Every key and text value inside a message."""
    found = []
    if isinstance(message, dict):
        for key, value in message.items():
            found.append(key)
            found += strings(value)
    elif isinstance(message, list):
        for value in message:
            found += strings(value)
    elif isinstance(message, str):
        found.append(message)
    return found


def leaks(message: dict, found_ids: set[str]) -> list[str]:
    """What a message tells that the team has not earned: ids, weights, the answer, the debrief,
    unfound clues' texts and pictures."""
    scenario, problems = SCENARIO, []
    values = strings(message)
    text = json.dumps(message, ensure_ascii=False)
    clues = scenario.clues()
    for clue_id, clue in clues.items():
        if clue_id in values:
            problems.append(f"clue id {clue_id}")
        if clue_id not in found_ids:
            for lang in clue.text.translations:
                if clue.text.get(lang) in text:
                    problems.append(f"text of the unfound clue {clue_id}")
            if clue.image and clue.image.rsplit("/", 1)[-1] in text:
                problems.append(f"picture of the unfound clue {clue_id}")
    for word in ("weight", "truth", "herring", "strong", "key_clues", scenario.id):
        if word in values:
            problems.append(word)
    if message.get("debrief") is not None:
        problems.append("a debrief")
    for lang in scenario.debrief.summary.translations:
        if scenario.debrief.summary.get(lang) in text or scenario.debrief.lesson.get(lang) in text:
            problems.append("the debrief's text")
    return problems


def test_a_phone_plays_a_round_and_is_sent_nothing_it_has_not_earned(host):
    async def play():
        phone, _ = await joined(host.port)
        await asyncio.to_thread(host.call, host.start_round, SCENARIO.id)
        state = await phone.until("state")
        while state["round"] is None:
            state = await phone.until("state")
        assert "scenario" not in state and state["you"] == 0
        await phone.send({"type": "open", "round": 0, "lang": "ru"})
        case = await phone.until("case")
        assert case["item"]["source"]["name"] == SCENARIO.item.source.name.get("ru")
        assert case["item"]["image_alt"] == SCENARIO.item.image_alt.get("ru")
        assert [t["tool"] for t in case["tools"]] == [str(t) for t in Tool]
        found_ids: set[str] = set()
        for tool in (Tool.ACCOUNT, Tool.IMAGE):  # the image search finds a clue's picture
            await phone.send({"type": "tool", "round": 0, "tool": str(tool)})
            case = await phone.until("case")
            found_ids |= {c.id for c in SCENARIO.findings(tool).clues}
            assert len(case["found"]) == len(found_ids)
        assert any(c["image"] for c in case["found"])
        await phone.send({"type": "pin", "round": 0, "clue": "c0", "on": True})
        case = await phone.until("case")
        assert [c["pinned"] for c in case["found"]][0] is True
        await phone.send({"type": "hint", "round": 0})
        case = await phone.until("case")
        assert len(case["hints"]) == 1
        before = list(phone.received)
        verdict_id = protocol.new_verdict_id()
        await phone.send({"type": "decide", "round": 0, "verdict_id": verdict_id,
                          "answer": "fake", "confidence": "sure"})
        ack = await phone.until("ack")
        debriefed = await phone.until("case")
        await phone.ws.close()
        return before, ack, debriefed, found_ids

    before, ack, debriefed, found_ids = asyncio.run(play())
    assert len(before) >= 6
    for message in before:
        assert leaks(message, found_ids) == [], message["type"]
    debrief = debriefed["debrief"]
    assert debrief["truth"] == str(SCENARIO.verdict.answer) and debrief["total"] == ack["points"]
    assert host.standings()[0]["points"] == ack["points"]


def test_pictures_are_served_only_once_shown(host):
    async def play():
        phone, _ = await joined(host.port)
        await asyncio.to_thread(host.call, host.start_round, SCENARIO.id)
        await phone.send({"type": "open", "round": 0, "lang": "en"})
        case = await phone.until("case")
        await phone.ws.close()
        return case

    case = asyncio.run(play())
    status, headers, body = http(host, case["item"]["image"])
    # The item's own file, whichever kind it is.
    png = SCENARIO.item.image.endswith(".png")
    assert status == 200 and headers["Content-Type"] == ("image/png" if png else "image/jpeg")
    assert body.startswith(b"\x89PNG" if png else b"\xff\xd8\xff")
    clue_picture = next(c for c in SCENARIO.clues().values() if c.image).image
    assert clue_picture.rsplit("/", 1)[-1] not in json.dumps(case)
    assert len(host.phones.pictures.by_token) == 1  # the clue's picture has no token yet
    assert http(host, "/img/" + "A" * 22)[0] == 404


def test_a_verdict_sent_again_counts_once_and_another_is_refused(host):
    async def play():
        phone, _ = await joined(host.port)
        await asyncio.to_thread(host.call, host.start_round, SCENARIO.id)
        await phone.send({"type": "open", "round": 0, "lang": "en"})
        await phone.until("case")
        verdict = {"type": "decide", "round": 0, "verdict_id": protocol.new_verdict_id(),
                   "answer": "genuine", "confidence": "unsure"}
        await phone.send(verdict)
        first = await phone.until("ack")
        await phone.ws.close()
        # A reload between sending and the acknowledgement: a new connection, the same id.
        phone, _ = await joined_again(host.port, phone)
        await phone.send(verdict)
        again = await phone.until("ack")
        await phone.send(dict(verdict, verdict_id=protocol.new_verdict_id(), answer="fake"))
        refused = await phone.until("refused")
        await phone.ws.close()
        return first, again, refused

    first, again, refused = asyncio.run(play())
    assert first["again"] is False and again["again"] is True
    assert again["points"] == first["points"]
    assert refused["reason"] == protocol.Refusal.ALREADY_ANSWERED
    assert host.standings()[0]["points"] == first["points"]


async def joined_again(port: int, old: Phone) -> tuple[Phone, dict]:
    welcome = next(m for m in old.received if m["type"] == "welcome")
    phone = await Phone(port).__aenter__()
    await phone.send({"type": "rejoin", "team_id": welcome["team_id"],
                      "secret": welcome["secret"]})
    again = await phone.until("welcome")
    await phone.until("state")
    return phone, again


def test_another_teams_token_or_a_forged_secret_is_refused(host):
    async def play():
        one, first = await joined(host.port, "Bürkit")
        two, second = await joined(host.port, "Qyran")
        codes = []
        for message in ({"type": "rejoin", "team_id": first["team_id"],
                         "secret": second["secret"]},
                        {"type": "rejoin", "team_id": first["team_id"], "secret": "0" * 32},
                        {"type": "rejoin", "team_id": "x" * 16, "secret": first["secret"]}):
            async with Phone(host.port) as intruder:
                await intruder.send(message)
                codes.append(await intruder.closed())
        await one.ws.close()
        await two.ws.close()
        return codes

    assert asyncio.run(play()) == [protocol.Close.WRONG_CODE] * 3


@pytest.mark.parametrize("message, code", [
    ("x" * (protocol.MAX_MESSAGE_BYTES + 10), 1009),
    ("{not json", 1008),
    ('{"v": 1, "type": "pin", "round": 0, "clue": "../../etc", "on": true}', 1008),
    ('{"v": 1, "type": "tool", "round": 0, "tool": "sudo"}', 1008),
    ('{"v": 1, "type": "open", "round": 99999999999, "lang": "en"}', 1008),
    ('{"v": 1, "type": "open", "round": 0, "lang": "en\\u0000"}', 1008),
    ('{"v": 1, "type": "decide", "round": 0, "verdict_id": "zz", "answer": "fake", '
     '"confidence": "sure"}', 1008),
    ('{"v": 1, "type": "verdict"}', 1008),  # a laptop's message is not a phone's
    ('[' * 5000 + ']' * 5000, 1008),
])
def test_a_malformed_command_closes_the_phone_and_the_host_goes_on(host, message, code):
    async def play():
        phone, _ = await joined(host.port)
        await phone.send(message)
        closed = await phone.closed()
        await phone.ws.close()
        other, _ = await joined(host.port, "Next")  # the host still serves
        await other.ws.close()
        return closed

    assert asyncio.run(play()) == code


def test_a_laptop_cannot_send_a_phones_commands(host):
    async def play():
        async with Phone(host.port, "/") as laptop:
            await laptop.send({"type": "join", "code": CODE, "team": "Laptop"})
            await laptop.until("state")
            await laptop.send({"type": "open", "round": 0, "lang": "en"})
            return await laptop.closed()

    assert asyncio.run(play()) == 1008


@pytest.mark.parametrize("path", [
    "/static/../server.py", "/static/%2e%2e/server.py", "/static/..%2fserver.py",
    "/static/icons/../../play.py", "/static//etc/passwd", "/static/%2fetc%2fpasswd",
    "/static/..\\server.py", "/static/app.js%00.png", "/../quest/web/server.py",
    "/img/..%2f..%2fdata%2fscenarios%2fimages%2fsnow-leopard-original.png",
    "/i18n/..%2f..%2fcatalogs.json", "/i18n/xx.json",
])
def test_no_file_outside_the_apps_own_is_served(host, path):
    status, headers, body = http(host, path)
    assert status in (400, 404)
    assert b"import" not in body and b"root:" not in body and not body.startswith(b"\x89PNG")
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_every_answer_carries_the_security_headers(host):
    for path in ("/", "/?code=ACDEF&lang=kk", "/theme.css", "/i18n/kk.json", "/nothing"):
        status, headers, _ = http(host, path)
        policy = headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, path
        assert "frame-ancestors 'none'" in policy and headers["X-Frame-Options"] == "DENY"
        assert headers["Referrer-Policy"] == "no-referrer"
    # A Host header cannot write into the policy: it names the WebSocket's address there.
    with socket.create_connection(("127.0.0.1", host.port), timeout=10) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x; script-src *\r\nConnection: close\r\n\r\n")
        answer = b""
        while b"\r\n\r\n" not in answer:
            answer += sock.recv(4096)
    policy = next(line for line in answer.split(b"\r\n")
                  if line.lower().startswith(b"content-security-policy"))
    assert b"script-src *" not in policy and b"connect-src 'self' ws://localhost" in policy


def test_the_pages_words_come_from_the_catalogs(host):
    from quest import i18n

    status, headers, body = http(host, "/i18n/kk.json")
    words = json.loads(body)
    assert status == 200 and words["lang"] == "kk"
    kazakh = i18n.load_catalog("kk")
    assert words["strings"] and all(kazakh.gettext(k) == v for k, v in words["strings"].items())
    status, _, css = http(host, "/theme.css")
    assert status == 200 and b"--desk: rgb" in css and b"prefers-contrast: more" in css


def test_huge_headers_and_a_flood_of_connections_leave_the_host_serving(host):
    with socket.create_connection(("127.0.0.1", host.port), timeout=10) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-Bomb: " + b"a" * 100_000 + b"\r\n\r\n")
        answer = sock.recv(200)
    assert answer.split(b" ")[1] in (b"400", b"431")
    sockets = []
    try:
        for _ in range(80):  # more than the connection cap, each an open WebSocket or not
            sockets.append(socket.create_connection(("127.0.0.1", host.port), timeout=10))
        assert http(host, "/theme.css")[0] == 200
    finally:
        for sock in sockets:
            sock.close()


def test_after_the_host_restarts_a_phone_finds_its_debrief_and_score(tmp_path):
    first = started_host(tmp_path, LIBRARY, code=CODE)
    session_id = first.session_id
    try:
        async def play():
            phone, welcome = await joined(first.port)
            await asyncio.to_thread(first.call, first.start_round, SCENARIO.id)
            await phone.send({"type": "open", "round": 0, "lang": "kk"})
            await phone.until("case")
            for tool in SCENARIO.decisive_tools():
                await phone.send({"type": "tool", "round": 0, "tool": str(tool)})
                case = await phone.until("case")
            for clue in case["found"][:2]:
                await phone.send({"type": "pin", "round": 0, "clue": clue["handle"], "on": True})
                await phone.until("case")
            await phone.send({"type": "decide", "round": 0, "verdict_id": "e" * 32,
                              "answer": str(SCENARIO.verdict.answer), "confidence": "sure"})
            await phone.until("ack")
            case = await phone.until("case")
            await phone.ws.close()
            return welcome, case

        welcome, before = asyncio.run(play())
    finally:
        first.stop()
    second = started_host(tmp_path, LIBRARY, session_id, code=None)
    try:
        async def again():
            phone = await Phone(second.port).__aenter__()
            await phone.send({"type": "rejoin", "team_id": welcome["team_id"],
                              "secret": welcome["secret"]})
            state = await phone.until("state")
            await phone.send({"type": "open", "round": 0, "lang": "kk"})
            case = await phone.until("case")
            await phone.ws.close()
            return state, case

        state, after = asyncio.run(again())
    finally:
        second.stop()
    assert state["answered"] == [0]
    assert state["standings"][0]["points"] == before["debrief"]["total"]
    assert after["debrief"] == before["debrief"]
    assert [c["text"] for c in after["found"]] == [c["text"] for c in before["found"]]


@pytest.mark.parametrize("typed, expected", [
    ("192.168.1.5:8765", ("192.168.1.5", 8765)),
    ("192.168.1.5", ("192.168.1.5", 8765)),
    ("http://192.168.1.5:9000", ("192.168.1.5", 9000)),
    ("http://192.168.1.5:9000/?code=ACDEF&lang=kk", ("192.168.1.5", 9000)),
    (" HTTP://10.0.0.2/ ", ("10.0.0.2", 8765)),
])
def test_a_laptop_reads_the_address_the_lobby_shows_for_browsers(typed, expected):
    from quest.lan.network import parse_address

    assert parse_address(typed, 8765) == expected


def test_a_full_competitions_standings_reach_every_team(host):
    """250 teams with long Kazakh names make a state larger than a team's own messages may
    be; a laptop and a phone still take it."""
    from quest.lan.host import MAX_TEAMS

    rows = [{"team": "Ақиқат іздеушілер жасағы"[:24] + str(i), "index": i, "points": 1000,
             "connected": True} for i in range(MAX_TEAMS)]
    state = protocol.encode({"type": "state", "round": 9, "answered": list(range(10)),
                             "lobby_open": False, "standings": rows})
    size = len(state.encode("utf-8"))
    assert protocol.MAX_MESSAGE_BYTES < size < protocol.MAX_HOST_MESSAGE_BYTES

    async def crowd():
        for i in range(200):  # enough teams that the standings pass the 16 KiB of a message
            async with Phone(host.port) as other:
                await other.send({"type": "join", "code": CODE,
                                  "team": f"Ақиқат іздеушілері №{i:03d}"})
                await other.until("welcome")

    asyncio.run(crowd())
    laptop = TeamClient(host.data_dir / "laptop", "127.0.0.1", host.port, code=CODE,
                        team="Laptop")
    laptop.start()
    try:
        end = time.monotonic() + 15
        while not laptop.connected:  # in before the round locks the lobby
            assert time.monotonic() < end and not laptop.fatal, laptop.fatal
            time.sleep(0.05)
        host.call(host.start_round, SCENARIO.id)
        while not (laptop.state and laptop.state["round"] == 0):
            assert time.monotonic() < end and not laptop.fatal, laptop.fatal
            time.sleep(0.05)
        sent = len(protocol.encode(laptop.state).encode("utf-8"))
        assert len(laptop.state["standings"]) == 201 and sent > protocol.MAX_MESSAGE_BYTES
    finally:
        laptop.stop()


def test_a_phone_takes_the_check_up_and_never_learns_which_headline_is_genuine(host):
    from quest.checkups import Checkups
    from quest.content.checkup import load_bank
    from quest.store import Store

    bank = load_bank()
    every_id = {item.id for form in bank.forms.values() for item in form.items}

    async def play():
        phone, _ = await joined(host.port, "Qyran")
        await phone.send({"type": "checkup", "phase": "pre", "student": "12", "lang": "kk"})
        reply = await phone.until("checkup")
        sent = [reply]
        while reply["item"] is not None:
            await phone.send({"type": "rate", "item": reply["item"]["id"], "real": True,
                              "confidence": "likely"})
            reply = await phone.until("checkup")
            sent.append(reply)
        await phone.send({"type": "rate", "item": "h3", "real": False, "confidence": "sure"})
        after = await phone.until("checkup")  # a finished check-up takes no more ratings
        await phone.ws.close()
        return sent, after

    sent, after = asyncio.run(play())
    assert len(sent) == 17 and sent[-1]["done"] and sent[-1]["results"] is None
    assert after["done"] and after["index"] == 16
    for message in sent:
        values = strings(message)
        assert not {"real", "technique", "truth"} & set(values)
        assert not every_id & set(values)  # handles only, never the bank's telling ids
    store = Store(host.data_dir)
    try:
        [checkup] = Checkups(store).of("12")
    finally:
        store.close()
    assert checkup.done and checkup.team == "Qyran" and len(checkup.ratings) == 16
    assert all(r.real for r in checkup.ratings)  # the late "fake" did not change anything
