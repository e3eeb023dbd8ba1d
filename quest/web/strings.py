"""The phone client's words: every msgid the page (static/app.js, static/index.html) shows.

The page is plain JavaScript and HTML with English msgids in it; the host serves their
translations from the game's catalogs as /i18n/LANG.json (quest.web.server). The msgids the
page needs that no other module marks are marked here, so that extraction puts them into the
catalogs; page_words() adds those the page borrows from quest.ui.labels and quest.ui.problems.
Keep this list and the page in step: a msgid missing here shows in English.
"""

from __future__ import annotations

from quest.i18n import N_

PAGE_STRINGS = (
    # Joining
    N_("Join a competition"),
    N_("Check before you share: a detective game about news"),
    N_("The code is on the host's screen."),
    N_("Join code"),
    N_("Team name"),
    N_("Join"),
    N_("Language"),
    N_("The host refused: {reason}"),
    # The connection
    N_("Connecting…"),
    N_("Connected"),
    N_("No connection: trying again…"),
    N_("This team is now playing on another screen."),
    N_("Play here"),
    # Between rounds
    N_("Connected as {team}"),
    N_("Play round {n}"),
    N_("Waiting for the host to start the first round."),
    N_("Waiting for the next round"),
    N_("Your result in round {n}"),
    N_("Standings"),
    N_("Your team"),
    N_("{team} (offline)"),
    # The case
    N_("Round {n}"),
    N_("Time left: {left} of {total} min"),
    N_("Give your verdict"),
    N_("Verified account"),
    N_("Forwarded many times"),
    N_("Seen on: {where}"),
    N_("Sponsored · {sponsor}"),
    N_("Picture unavailable. It shows: {alt}"),
    N_("Likes: {count}"),
    N_("Shares: {count}"),
    N_("Forwards: {count}"),
    N_("Comments: {count}"),
    N_("Views: {count}"),
    N_("Toolbox"),
    N_("Use a tool to look for clues. Each one costs minutes."),
    N_("{minutes} min"),
    N_("Used"),
    N_("New clue"),
    N_("Nothing notable found. Time well spent is part of the job: not every check finds "
       "something."),
    N_("Close"),
    N_("Notebook"),
    N_("No clue found yet."),
    N_("Pin the clues that prove your answer: they earn points."),
    N_("Pin"),
    N_("Pinned"),
    N_("Hints"),
    N_("Hint"),
    N_("Each hint costs points."),
    N_("No more hints: you have found every key clue."),
    # Why a command changed nothing (the case's notice codes)
    N_("Not enough time: this tool needs {cost} min, {left} min left."),
    N_("This tool has already been used."),
    N_("This clue is not in your notebook."),
    N_("The investigation is over: your verdict is given."),
    # The verdict
    N_("Your verdict"),
    N_("What is it?"),
    N_("How sure are you?"),
    N_("No clue pinned. Pin the clues that prove your answer: they earn points."),
    N_("Choose an answer and how sure you are."),
    N_("Back to the investigation"),
    N_("Confirm verdict"),
    N_("Sending your verdict…"),
    N_("Your verdict will be sent as soon as the host can be reached."),
    # The debrief
    N_("It was: {answer}"),
    N_("You said: {answer}, {confidence}."),
    N_("Points"),
    N_("Total"),
    N_("{name}: {minutes} min"),
    N_("In plain words"),
    N_("Technique: {names}"),
    N_("Tips"),
    N_("Key clues"),
    N_("Back to the standings"),
)

# The WebSocket close codes after which the page stops reconnecting, and the words of
# quest.ui.problems.describe_close for them (the page looks them up by code).
CLOSE_WORDS = {
    4001: N_("wrong join code, or the lobby is locked"),
    4002: N_("type a team name of at most 24 letters"),
    4003: N_("the host removed your team"),
    4004: N_("another team has this name: choose another"),
    4005: N_("the competition is full"),
    4029: N_("too many wrong codes: wait a minute"),
}
# quest.ui.problems.describe_refusal, by protocol.Refusal word ("" for any other).
REFUSAL_WORDS = {
    "no-such-round": N_("The host did not count your verdict: that round is not played with "
                        "this case."),
    "not-playable": N_("The host did not count your verdict: the investigation it describes "
                       "is not possible in this case."),
    "not-stored": N_("The host could not save your verdict yet: it is sent again until it is "
                     "saved."),
    "already-answered": N_("The host did not count this verdict: your team already gave one "
                           "in this round."),
    "": N_("The host did not count your verdict."),
}


OR_PICK = N_("Or pick a name")
# The check-up on a phone: the words of the game's own check-up screens.
CHECKUP_WORDS = (
    N_("Check-up"), N_("Before the game"), N_("After the game"), N_("Weeks later"),
    N_("Sixteen headlines: is each real or fake? There are no points and no right answers "
       "shown."),
    N_("Your name or number in the class list"),
    N_("Type your name or your number in the class list."),
    N_("The check-up's headlines cannot be read: run mil-quest check."),
    N_("Headline {n} of {total}"), N_("Real or fake? Then: how sure are you?"), N_("Real"),
    N_("Fake"), N_("How sure are you?"), N_("Not sure"), N_("Fairly sure"), N_("Certain"),
    N_("Your answers are saved."),
    N_("You will see your result after the check-up at the end."),
    N_("Headlines judged right"), N_("Genuine headlines trusted"), N_("Fake headlines caught"),
)
# Names a team can pick on the join page instead of typing one (app.js TEAM_NAMES).
TEAM_NAMES = (
    N_("Snow leopards"),
    N_("Golden eagles"),
    N_("Steppe foxes"),
    N_("Tulpars"),
    N_("Fact hunters"),
    N_("Truth seekers"),
    N_("Sharp eyes"),
    N_("Myth busters"),
)


def page_words() -> list[str]:
    """Every msgid the page uses, each once: its own, and the game's names of the five
    answers, their meanings and the confidence levels, "Verdict" (the case's button), and the
    host's reasons."""
    from quest.ui import labels

    words = list(PAGE_STRINGS) + list(TEAM_NAMES) + [OR_PICK] + list(CHECKUP_WORDS)
    words.append(labels.SCORE_LINES["verdict"])
    words += labels.ANSWER_NAMES.values()
    words += labels.ANSWER_MEANINGS.values()
    words += labels.CONFIDENCE_NAMES.values()
    words += CLOSE_WORDS.values()
    words += REFUSAL_WORDS.values()
    return list(dict.fromkeys(words))
