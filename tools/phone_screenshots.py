"""Render the phone client's screenshots of docs/screenshots/ (run from the repository root):
a host on 127.0.0.1 and Chromium at 360x640, a round played from joining to the debrief.

Needs Chromium (Debian: apt-get install chromium) and Playwright (the test extra).
"""

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from quest.content.packs import load_bundled  # noqa: E402
from quest.lan.host import Host  # noqa: E402
from quest.lan.network import join_url  # noqa: E402
from quest.model.session import Format, Session  # noqa: E402
from quest.store import Store  # noqa: E402

OUT = Path("docs/screenshots")
CODE = "K7QXM"
# Which screen each language shows in the README: one of each, every language once or more.
SHOTS = {"kk": ("join", "case"), "ru": ("notebook",), "en": ("debrief",)}


def shoot(browser, library, lang: str, wanted: tuple[str, ...]) -> None:
    """Play one round in `lang` and save the screens asked for."""
    scenario = library.scenarios["snow-leopard-city"]
    folder = Path(tempfile.mkdtemp())
    store = Store(folder)
    session_id = store.create_session(Session(None, "live", Format.LAN, [], []))
    store.close()
    host = Host(folder, library, session_id, host="127.0.0.1", port=0, code=CODE)
    host.start()
    context = browser.new_context(viewport={"width": 360, "height": 640},
                                  device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15_000)

    def save(name: str) -> None:
        if name in wanted:
            page.screenshot(path=str(OUT / f"phone-{name}-{lang}-360x640.png"))

    try:
        page.goto(join_url(f"127.0.0.1:{host.port}", CODE, lang))
        page.wait_for_selector("#names button")
        save("join")
        page.locator("#names button").first.click()
        page.click("#join-go")
        page.wait_for_selector("#view-wait:not([hidden])")
        host.call(host.start_round, scenario.id)
        page.click("#play")
        page.wait_for_selector("#tools button[data-tool]")
        save("case")
        for tool in ("image", "lateral"):
            found = page.locator("#clues li").count()
            page.click(f"#tools button[data-tool='{tool}']")
            page.wait_for_function(f"() => document.querySelectorAll('#clues li').length > {found}")
        if page.is_visible("#toast-close"):
            page.click("#toast-close")
        page.locator("#clues").scroll_into_view_if_needed()
        for button in page.locator("#clues button[data-clue]").all()[:2]:
            handle = button.get_attribute("data-clue")
            button.click()
            page.wait_for_selector(f"#clues button[data-clue='{handle}'][aria-pressed='true']")
        if page.is_visible("#toast-close"):
            page.click("#toast-close")
        save("notebook")
        page.click("#to-verdict")
        page.check("input[name=answer][value=fake]")
        page.check("input[name=confidence][value=likely]")
        page.click("#confirm")
        page.wait_for_selector("#view-debrief:not([hidden])")
        save("debrief")
    finally:
        context.close()
        host.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    library = load_bundled()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or shutil.which("chromium-browser"),
            args=["--no-sandbox"])
        for lang, wanted in SHOTS.items():
            shoot(browser, library, lang, wanted)
        browser.close()


if __name__ == "__main__":
    main()
