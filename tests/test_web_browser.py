"""The phone client in a real browser: headless Chromium at a phone's viewport, against a host
on 127.0.0.1. Join by the QR code's link, investigate, give a verdict, see the debrief; reload
and go offline mid-round; two phones and a laptop in one competition."""

import shutil
import time

import pytest

from quest.content.packs import load_bundled
from quest.lan.client import TeamClient
from quest.lan.network import join_url
from quest.model.scoring import rescore
from quest.store import Store
from tests.livehost import started_host

sync_api = pytest.importorskip("playwright.sync_api",
                               reason="the browser tests drive Chromium with Playwright")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("no Chromium on this machine (Debian: apt-get install chromium; .ci/run "
                "installs it): the phone client's browser tests need one",
                allow_module_level=True)

CODE = "ACDEF"
LIBRARY = load_bundled()
FIRST = LIBRARY.scenarios["snow-leopard-city"]
SECOND = LIBRARY.scenarios["bear-medeu-old-video"]
WAIT_MS = 15_000  # every wait on the page is bounded
PHONE = {"viewport": {"width": 360, "height": 640}, "device_scale_factor": 2, "is_mobile": True,
         "has_touch": True}


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        # Root in a container has no user namespaces for Chromium's sandbox.
        launched = playwright.chromium.launch(executable_path=CHROMIUM,
                                              args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()


@pytest.fixture
def host(tmp_path):
    running = started_host(tmp_path, LIBRARY, code=CODE)
    yield running
    running.stop()


class Phone:
    """A phone's browser tab on the join page; collects the page's errors."""

    def __init__(self, browser, host, lang: str = "kk"):
        self.context = browser.new_context(**PHONE)
        self.page = self.context.new_page()
        self.page.set_default_timeout(WAIT_MS)
        self.errors: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda message: message.type == "error"
                     and self.errors.append(message.text))
        self.page.goto(join_url(f"127.0.0.1:{host.port}", CODE, lang))

    def join(self, team: str) -> None:
        self.page.fill("#join-team", team)
        self.page.click("#join-go")
        self.page.wait_for_selector("#view-wait:not([hidden])")

    def play(self) -> None:
        self.page.click("#play")
        self.page.wait_for_selector("#tools button[data-tool]")

    def use(self, tool: str) -> None:
        found = self.page.locator("#clues li").count()
        self.page.click(f"#tools button[data-tool='{tool}']")
        self.page.wait_for_function(
            "([tool, found]) => document.querySelector(`#tools button[data-tool='${tool}']`)"
            ".disabled || document.querySelectorAll('#clues li').length > found",
            arg=[tool, found])

    def pin_all(self) -> None:
        for button in self.page.locator("#clues button[data-clue]").all():
            if button.get_attribute("aria-pressed") != "true":
                handle = button.get_attribute("data-clue")
                button.click()
                self.page.wait_for_selector(f"#clues button[data-clue='{handle}']"
                                            "[aria-pressed='true']")

    def decide(self, answer: str, confidence: str = "sure") -> None:
        self.page.click("#to-verdict")
        self.page.wait_for_selector("#view-verdict:not([hidden])")
        self.page.check(f"input[name=answer][value={answer}]")
        self.page.check(f"input[name=confidence][value={confidence}]")
        self.page.click("#confirm")

    def debrief_total(self) -> int:
        self.page.wait_for_selector("#view-debrief:not([hidden])")
        return int("".join(ch for ch in self.page.inner_text("#total") if ch.isdigit()
                           or ch == "-"))

    def close(self) -> None:
        self.context.close()


def wait_for(condition, what: str, timeout: float = 15) -> None:
    """Wait on the host's side for a condition, bounded."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def recomputed(host) -> dict[str, int]:
    """The standings worked out again from the stored answers alone, by team name."""
    store = Store(host.data_dir)
    try:
        session = store.load_session(host.session_id)
    finally:
        store.close()
    names = {seat.index: seat.name for seat in host.seats.values()}
    totals = {name: 0 for name in names.values()}
    for answer in session.answers:
        scenario = LIBRARY.scenarios[answer.scenario_id]
        totals[names[answer.team]] += rescore(
            scenario, tools=answer.tools, pinned=answer.pinned, hints=answer.hints,
            answer=answer.answer, confidence=answer.confidence).total
    return totals


def test_a_phone_joins_by_the_qr_link_investigates_and_reads_its_debrief(browser, host):
    phone = Phone(browser, host, "kk")
    try:
        page = phone.page
        assert page.input_value("#join-code") == CODE
        assert page.get_attribute("html", "lang") == "kk"
        assert "Команда" in page.inner_text("label[for=join-team]")  # Kazakh from the catalog
        phone.join("Қыран")
        wait_for(lambda: host.view().teams, "the team on the host")
        host.call(host.start_round, FIRST.id)
        page.wait_for_selector("#play:not([hidden])")
        phone.play()
        assert page.locator("#tools button[data-tool]").count() == 12
        for tool in FIRST.decisive_tools():
            phone.use(str(tool))
        phone.pin_all()
        phone.decide(str(FIRST.verdict.answer))
        total = phone.debrief_total()
        assert host.standings()[0]["points"] == total > 0
        assert recomputed(host) == {"Қыран": total}
        # Nothing overflows the phone's width.
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        assert phone.errors == []
    finally:
        phone.close()


def test_a_reload_mid_round_keeps_the_team_its_clues_and_its_score(browser, host):
    phone = Phone(browser, host, "ru")
    try:
        page = phone.page
        phone.join("Барыс")
        host.call(host.start_round, FIRST.id)
        phone.play()
        phone.use("source")
        phone.decide("fake", "likely")
        first = phone.debrief_total()
        host.call(host.start_round, SECOND.id)
        page.click("#to-standings")
        phone.play()
        phone.use("image")
        clues = page.locator("#clues li").count()
        assert clues > 0
        page.reload()
        page.wait_for_selector("#view-wait:not([hidden]), #view-case:not([hidden])")
        if page.is_visible("#play"):
            phone.play()
        page.wait_for_function(f"() => document.querySelectorAll('#clues li').length === {clues}")
        assert page.is_disabled("#tools button[data-tool='image']")
        assert host.standings()[0]["points"] == first
        assert len(host.view().teams) == 1  # the same team, not a new one
        assert phone.errors == []
    finally:
        phone.close()


def test_a_verdict_given_offline_is_sent_once_when_the_phone_is_back(browser, host):
    phone = Phone(browser, host, "en")
    try:
        page = phone.page
        phone.join("Tulpar")
        host.call(host.start_round, FIRST.id)
        phone.play()
        phone.use("image")
        phone.pin_all()
        # The connection is cut (the classroom Wi-Fi drops the phone): the page must notice.
        phone.context.set_offline(True)
        page.wait_for_function("() => document.getElementById('status').textContent.length > 0 "
                               "&& !document.getElementById('status').hidden")
        phone.decide(str(FIRST.verdict.answer))
        # Kept on the phone and said so; nothing reached the host.
        page.wait_for_selector("#verdict-problem:not([hidden])")
        assert page.evaluate("Object.keys(localStorage).some(k => k.endsWith('|pending'))")
        assert host.standings()[0]["points"] == 0
        phone.context.set_offline(False)
        total = phone.debrief_total()
        wait_for(lambda: host.standings()[0]["points"] == total, "the verdict on the host")
        assert recomputed(host) == {"Tulpar": total}
        page.wait_for_function(
            "() => !Object.keys(localStorage).some(k => k.endsWith('|pending'))")
        page.reload()  # the pending verdict is not sent a second time
        page.wait_for_selector("#view-wait:not([hidden])")
        assert host.standings()[0]["points"] == total
    finally:
        phone.close()


def test_two_phones_and_a_laptop_compete_and_the_standings_add_up(browser, host, tmp_path):
    phones = [Phone(browser, host, lang) for lang in ("kk", "ru")]
    laptop = TeamClient(tmp_path / "laptop", "127.0.0.1", host.port, code=CODE, team="Laptop")
    laptop.start()
    try:
        for phone, name in zip(phones, ("Қыран", "Барыс")):
            phone.join(name)
        wait_for(lambda: len(host.view().teams) == 3, "three teams")
        for number, scenario in enumerate((FIRST, SECOND)):
            host.call(host.start_round, scenario.id)
            wait_for(lambda: laptop.state and laptop.state["round"] == number, "the laptop")
            laptop.submit({"round": number, "scenario": scenario.id,
                           "tools": [str(t) for t in scenario.decisive_tools()],
                           "pinned": list(scenario.verdict.key_clues), "hints": 0,
                           "answer": str(scenario.verdict.answer), "confidence": "sure",
                           "seconds": 30.0})
            for index, phone in enumerate(phones):
                if number:
                    phone.page.click("#to-standings")
                phone.play()
                tools = scenario.decisive_tools() if index == 0 else scenario.decisive_tools()[:1]
                for tool in tools:
                    phone.use(str(tool))
                phone.pin_all()
                phone.decide(str(scenario.verdict.answer) if index == 0 else "satire")
                phone.debrief_total()
            wait_for(lambda: host.view().answered_now() == 3, "every verdict of the round")
        standings = {row["team"]: row["points"] for row in host.standings()}
        assert standings == recomputed(host)
        assert set(standings) == {"Қыран", "Барыс", "Laptop"}
        for phone in phones:  # each phone's board comes to show the same table
            phone.page.click("#to-standings")
            phone.page.wait_for_function(
                "(expected) => { const rows = document.getElementById('standings').innerText"
                ".replace(/\\u00a0/g, ''); return expected.every(([team, points]) => "
                "rows.includes(team) && rows.includes(String(points))); }",
                arg=[[team, points] for team, points in standings.items()])
            assert phone.errors == []
    finally:
        laptop.stop()
        for phone in phones:
            phone.close()


def test_the_page_reads_out_through_real_html(browser, host):
    phone = Phone(browser, host, "en")
    try:
        page = phone.page
        # A screen reader finds the controls by their role and name, as a person would.
        assert page.get_by_role("heading", name="Join a competition").count() == 1
        assert page.get_by_role("textbox", name="Team name").count() == 1
        assert page.get_by_role("textbox", name="Join code").count() == 1
        assert page.get_by_role("button", name="Join").count() == 1
        phone.join("Sunqar")
        host.call(host.start_round, FIRST.id)
        phone.play()
        # Every tool is a real button whose name says what it does.
        names = page.locator("#tools button[data-tool]").evaluate_all(
            "buttons => buttons.map(b => b.getAttribute('aria-label') || b.innerText)")
        assert len(names) == 12 and all(name.strip() for name in names)
        assert page.get_by_role("button", name="Image search").count() >= 1
        assert page.locator("[aria-live]").count() >= 1
    finally:
        phone.close()


def test_high_contrast_and_large_text_are_honoured(browser, host):
    context = browser.new_context(**PHONE, forced_colors="none")
    page = context.new_page()
    try:
        page.emulate_media(color_scheme="dark")
        page.goto(join_url(f"127.0.0.1:{host.port}", CODE, "kk"))
        normal = page.evaluate("getComputedStyle(document.body).backgroundColor")
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setEmulatedMedia", {"features": [
            {"name": "prefers-contrast", "value": "more"}]})
        page.wait_for_function(
            f"() => getComputedStyle(document.body).backgroundColor !== '{normal}'")
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"
        # The phone's larger text setting scales every size given in rem.
        before = page.evaluate("document.getElementById('join-go').getBoundingClientRect()"
                               ".height")
        page.evaluate("document.documentElement.style.fontSize = '150%'")
        after = page.evaluate("document.getElementById('join-go').getBoundingClientRect().height")
        assert after > before * 1.3 and before >= 48
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


def test_a_team_can_pick_a_name_instead_of_typing_one(browser, host):
    from quest import i18n
    from quest.web.strings import TEAM_NAMES

    phone = Phone(browser, host, "kk")
    try:
        page = phone.page
        kazakh = {i18n.load_catalog("kk").gettext(name) for name in TEAM_NAMES}
        offered = page.locator("#names button").all_inner_texts()
        assert len(offered) == 4 and set(offered) <= kazakh
        page.locator("#names button").first.click()
        assert page.input_value("#join-team") == offered[0]
        page.click("#join-go")
        page.wait_for_selector("#view-wait:not([hidden])")
        wait_for(lambda: [t.name for t in host.view().teams] == [offered[0]], "the picked name")
    finally:
        phone.close()


def test_a_phone_takes_the_check_up_before_and_after_and_sees_both_results(browser, host):
    from quest.checkups import Checkups
    from quest.content.checkup import load_bank

    bank = load_bank()
    phone = Phone(browser, host, "kk")
    try:
        page = phone.page
        phone.join("Сұңқар")
        for phase, right in (("pre", 9), ("post", 14)):
            page.click("#to-checkup")
            page.fill("#checkup-student", "7А-12")
            page.click(f"button[data-phase='{phase}']")
            rated = 0
            while True:
                page.wait_for_selector("#checkup-item:not([hidden]), #checkup-done:not([hidden])")
                if page.is_visible("#checkup-done"):
                    break
                headline = page.inner_text("#checkup-headline")
                item = next(i for form in bank.forms.values() for i in form.items
                            if i.headline.get("kk") == headline)
                said = item.real if rated < right else not item.real
                page.click(f"#checkup-item button[data-real='{str(said).lower()}']")
                page.click("#checkup-item button[data-confidence='likely']")
                rated += 1
                page.wait_for_function(
                    "(h) => document.getElementById('checkup-headline').textContent !== h || "
                    "!document.getElementById('checkup-done').hidden", arg=headline)
            assert rated == 16
            if phase == "pre":  # nothing shown before the game but that the answers are kept
                assert page.is_visible("#checkup-later") and not page.is_visible(
                    "#checkup-results")
                page.click("#checkup-back")
        rows = page.inner_text("#checkup-results")
        assert "9 / 16" in rows and "14 / 16" in rows
        assert phone.errors == []
        store = Store(host.data_dir)
        try:
            taken = Checkups(store).of("7А-12")
        finally:
            store.close()
        assert [c.team for c in taken] == ["Сұңқар", "Сұңқар"] and all(c.done for c in taken)
        assert taken[0].form != taken[1].form
    finally:
        phone.close()
