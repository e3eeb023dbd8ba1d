"""Errors with codes, in the player's language: the one place the screens turn them into words.

The program's errors carry a code (and named values) besides their English message; the
command line prints the message, a screen shows what this module says.
"""

from __future__ import annotations

from quest.i18n import _


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
