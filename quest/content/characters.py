"""Characters no scenario text needs: controls, surrogates and direction overrides.

A NUL breaks file paths and the font renderer, ESC sequences drive terminals, and bidirectional
overrides make text read differently from how it is stored. The loader refuses them; the
screens replace any that reach them some other way.
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls but tab and line feed, DEL, lone surrogates (from escapes), and the
# bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_UNWANTED_IN_LINE = re.compile("[\t\n]|" + _UNWANTED.pattern)
_CONTROL_NAMES = {"\0": "NUL", "\a": "BEL", "\b": "BACKSPACE", "\t": "TAB", "\n": "LINE FEED",
                  "\r": "CARRIAGE RETURN", "\x1b": "ESC", "\x7f": "DELETE",
                  "\x85": "NEXT LINE"}


def unwanted_character(text: str, *, multiline: bool = True) -> tuple[int, str] | None:
    """The position and the character of the first character a text must not hold."""
    found = (_UNWANTED if multiline else _UNWANTED_IN_LINE).search(text)
    return (found.start(), found.group()) if found else None


def describe_character(char: str) -> str:
    """A character by its code point and name, like 'U+0000 (NUL)'."""
    name = _CONTROL_NAMES.get(char) or unicodedata.name(char, "") or (
        "a lone surrogate" if "\ud800" <= char <= "\udfff" else "a control character")
    return f"U+{ord(char):04X} ({name})"


def printable(text: str, replacement: str = "\N{REPLACEMENT CHARACTER}") -> str:
    """The text with every unwanted character replaced, safe to draw or print."""
    return _UNWANTED.sub(replacement, text)


def escaped(path) -> str:
    """A file path or a name as a terminal, a message or a screen shows it safely: bytes that
    are not UTF-8 (kept by Python as lone surrogates) and control characters become visible
    escapes like \\xff, so they can neither break the output nor drive the terminal."""
    text = str(path)
    if _UNWANTED.search(text) is None:
        return text
    out = []
    for char in text:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, as os.fsdecode keeps it
            out.append(f"\\x{code - 0xDC00:02x}")
        elif _UNWANTED.match(char):
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)
