"""Spaces a line must not break at: inside a grouped number and before its unit."""

from __future__ import annotations

import re

NO_BREAK = "\u00a0"
# "50 000", "1 200 000" (the digit groups of kk and ru), then "50 000 ₸", "4 %".
_GROUP = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_UNIT = re.compile(r"(?<=\d) (?=[₸%$€])")


def keep_numbers_whole(text: str) -> str:
    """The text with no-break spaces inside grouped numbers and before a currency or percent
    sign, so a narrow screen never shows "50" on one line and "000 ₸" on the next."""
    if " " not in text:
        return text
    return _UNIT.sub(NO_BREAK, _GROUP.sub(NO_BREAK, text))
