"""Every word the phone page shows comes from the catalogs, in each of the game's languages."""

import re
from pathlib import Path

import pytest

from quest import i18n
from quest.web.strings import page_words

STATIC = Path(__file__).resolve().parent.parent / "quest" / "web" / "static"


def msgids_in_page() -> set[str]:
    """The English msgids written in the page's HTML and script."""
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    found = set(re.findall(r'data-t(?:-label)?="([^"]+)"', html))
    found |= {m.replace("\\'", "'") for m in re.findall(r"\btf?\('((?:[^'\\]|\\.)+)'", script)}
    # The words of close codes, refusals and notices are kept in tables and put through t().
    for table in ("FINAL", "REFUSALS", "NOTICES"):
        body = re.search(table + r" = \{(.*?)\};", script, re.S).group(1)
        found |= {m.replace("\\'", "'") for m in re.findall(r":\s*'((?:[^'\\]|\\.)+)'", body)}
    return found


def test_every_word_of_the_page_is_served_from_the_catalogs():
    used = msgids_in_page()
    assert len(used) > 50
    assert used - set(page_words()) == set()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_word_of_the_page_is_translated(lang):
    catalog = i18n.load_catalog(lang)
    same = [m for m in page_words() if catalog.gettext(m) == m and re.search("[a-z]{3}", m)]
    assert same == []
