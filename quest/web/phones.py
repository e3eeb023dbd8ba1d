"""The host's side of the phones: each team's case of each round, run on the host's thread.

A command from a phone changes the team's WebCase and is answered with the case as it now
stands; a verdict is stored through the host like a laptop's, so it counts exactly once and the
projector's scoreboard moves at once. A round the team answered before the host restarted is
rebuilt from the stored answer, so its debrief is still there after a reload.
"""

from __future__ import annotations

import time

from quest import i18n
from quest.errors import InvestigationError
from quest.files import read_bytes
from quest.lan.protocol import Refusal
from quest.model.session import Answered
from quest.web.play import NOTICE_OVER, Pictures, WebCase

MAX_PICTURE_BYTES = 8 * 1024 * 1024  # as the loader allows
PICTURE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


class Phones:
    """The rounds the phones play on this host."""

    COMMANDS = frozenset(("open", "tool", "pin", "hint", "decide"))

    def __init__(self, host):
        self.host = host
        self.cases: dict[tuple[int, int], WebCase] = {}  # (team index, round) -> its case
        self.pictures = Pictures()
        self.verdicts: dict[tuple[int, int], str] = {}  # the verdict id a case was decided by

    def command(self, seat, connection, message: dict) -> list[dict]:
        """The replies to one command of a team's phone."""
        kind = message["type"]
        if kind == "open":
            lang = message["lang"]
            connection.lang = lang if lang in i18n.available_languages() else \
                i18n.DEFAULT_LANGUAGE
        case = self._case(seat, message["round"])
        if case is None:
            if kind == "decide":
                return [self._refused(message, Refusal.NO_SUCH_ROUND)]
            return [{"type": "case", "round": message["round"], "missing": True}]
        notice = None
        if kind == "tool":
            notice = case.use(message["tool"])
        elif kind == "pin":
            notice = case.pin(message["clue"], message["on"])
        elif kind == "hint":
            notice = case.hint()
        elif kind == "decide":
            reply = self._decide(seat, case, message)
            if reply["type"] == "refused":
                return [reply]
            return [reply, self._said(case, connection, None)]
        return [self._said(case, connection, notice)]

    def forget_before(self, round_number: int) -> None:
        """Drop the cases of rounds before this one: the host's memory stays flat however many
        rounds are played, and an answered round is rebuilt from the database if asked for."""
        for key in [key for key in self.cases if key[1] < round_number]:
            del self.cases[key]

    def picture(self, token: str) -> tuple[bytes, str] | None:
        """The bytes and type of a picture shown to a team, or None."""
        path = self.pictures.path(token)
        if path is None:
            return None
        try:
            return read_bytes(path, MAX_PICTURE_BYTES), PICTURE_TYPES.get(
                path.suffix.lower(), "application/octet-stream")
        except OSError:
            return None

    # -- inside ----------------------------------------------------------------------------
    def _said(self, case: WebCase, connection, notice: str | None) -> dict:
        lang = connection.lang
        return case.case(lang, i18n.load_catalog(lang).gettext, notice)

    def _case(self, seat, round_number: int) -> WebCase | None:
        host = self.host
        if round_number >= len(host.rounds):
            return None
        key = (seat.index, round_number)
        case = self.cases.get(key)
        if case is None:
            scenario = host.library.scenarios.get(host.rounds[round_number])
            if scenario is None:
                return None
            case = WebCase(scenario, round_number,
                           lambda relative: host.library.image_path(scenario.id, relative),
                           self.pictures, time.monotonic)
            if round_number in host.answered.get(seat.index, ()):
                self._replay(case, seat.index)
            self.cases[key] = case
        return case

    def _replay(self, case: WebCase, team: int) -> None:
        """Rebuild a case the team answered before the host restarted, from its stored answer."""
        session = self.host.store.load_session(self.host.session_id)
        stored = next((a for a in session.answers
                       if a.round == case.round and a.team == team), None)
        if stored is None or stored.tools is None:
            return
        try:
            for tool in stored.tools:
                case.use(tool)
            by_id = {clue_id: handle for handle, clue_id in case.handles.items()}
            for clue in stored.pinned:
                case.pin(by_id[clue], True)
            for _ in range(stored.hints or 0):
                case.hint()
            case.decide(stored.answer, stored.confidence)
        except (InvestigationError, KeyError, ValueError):
            pass  # the debrief is then missing, never wrong: the points are the stored ones

    def _decide(self, seat, case: WebCase, message: dict) -> dict:
        verdict_id, key = message["verdict_id"], (seat.index, case.round)
        known = self.host.store.lan_verdict(verdict_id)
        if known is not None:  # sent again after a reload or a lost connection: counted once
            return {"type": "ack", "verdict_id": verdict_id, "points": known, "again": True}
        if case.investigation.decided and self.verdicts.get(key) != verdict_id:
            return self._refused(message, Refusal.ALREADY_ANSWERED)
        if not case.investigation.decided:
            try:
                case.decide(message["answer"], message["confidence"])
            except InvestigationError:
                return self._refused(message, Refusal.NOT_PLAYABLE)
            self.verdicts[key] = verdict_id
        answered = Answered.of(case.investigation, case.result, case.round, seat.index)
        return self.host.record(seat, verdict_id, answered)

    @staticmethod
    def _refused(message: dict, reason: Refusal) -> dict:
        return {"type": "refused", "verdict_id": message.get("verdict_id", ""), "reason": reason,
                "detail": NOTICE_OVER if reason is Refusal.ALREADY_ANSWERED else str(reason)}
