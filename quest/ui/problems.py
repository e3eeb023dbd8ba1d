"""Errors with codes, in the player's language: the one place the screens turn them into words.

The program's errors carry a code (and named values) besides their English message; the
command line prints the message, a screen shows what this module says.
"""

from __future__ import annotations

from quest.i18n import _
from quest.lan.protocol import Close, Refusal


def describe(error) -> str:
    """An error as a screen shows it: translated when its code is known, else its message."""
    code = getattr(error, "code", None)
    if code == "in-use":
        return _("The results are in use by another copy of the game: close it and try again.")
    if code in ("read-only", "special-file"):
        return _("The results cannot be saved in this folder: choose another data folder "
                 "(--data-dir).")
    if code == "disk-full":
        return _("The disk is full: free some space and try again.")
    if code == "damaged":
        return _("The results file is damaged: move it away, and the game starts a new one.")
    if code == "newer":
        return _("The results were saved by a newer version of MIL Quest: update the game.")
    return getattr(error, "message", None) or str(error)


def describe_close(code: int, fallback: str = "") -> str:
    """Why the host closed a team's connection for good, from the WebSocket close code."""
    words = {
        Close.WRONG_CODE: _("wrong join code, or the lobby is locked"),
        Close.TOO_MANY_ATTEMPTS: _("too many wrong codes: wait a minute"),
        Close.REMOVED: _("the host removed your team"),
        Close.NAME_TAKEN: _("another team has this name: choose another"),
        Close.BAD_NAME: _("type a team name of at most 24 letters"),
        Close.FULL: _("the competition is full"),
    }
    return words.get(code, fallback)


def describe_refusal(reason: str | None) -> str:
    """Why the host did not count a team's verdict, from the word in its reply."""
    words = {
        Refusal.NO_SUCH_ROUND: _("The host did not count your verdict: that round is not "
                                 "played with this case."),
        Refusal.NOT_PLAYABLE: _("The host did not count your verdict: the investigation it "
                                "describes is not possible in this case."),
        Refusal.NOT_STORED: _("The host could not save your verdict yet: it is sent again "
                              "until it is saved."),
        Refusal.ALREADY_ANSWERED: _("The host did not count this verdict: your team already "
                                    "gave one in this round."),
    }
    return words.get(reason, _("The host did not count your verdict."))
