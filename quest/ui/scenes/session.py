"""Team sessions: resume or start one, name the teams, choose the set, hand over each turn."""

from __future__ import annotations

import random

import pygame

from quest import i18n
from quest.i18n import _
from quest.model.session import (
    MAX_ROUNDS,
    MAX_TEAMS,
    Format,
    Session,
    SessionError,
    check_teams,
    plan_rounds,
)
from quest.signing import (KEY_ALPHABET, KEY_GROUPS, KEY_LENGTH, ResultsKeyError, clean_key,
                           grouped, new_key)
from quest.store import StoreError
from quest.ui import routes
from quest.ui.fields import TextField, TypingScene
from quest.ui.modes import SessionTurn
from quest.ui.problems import describe
from quest.ui.results import Picked
from quest.ui.scene import Scene
from quest.ui.sessionplay import SessionPlay
from quest.ui.widgets import Button

SETS = ("campaign", "1", "2", "3", "picked")  # the campaign, one difficulty, or hand-picked


def explain(error: SessionError) -> str:
    """A set-up problem in the player's language."""
    values = error.values
    if error.code == "empty-name":
        return _("A team name cannot be empty.")
    if error.code == "long-name":
        return _("A team name has at most {limit} letters.").format(limit=values["limit"])
    if error.code == "team-count":
        return _("Name {least} to {most} teams.").format(**values)
    if error.code == "same-name":
        return _("Two teams have the same name.")
    if error.code == "set-too-small":
        return _("These scenarios are too few for {rounds} rounds: choose fewer rounds or "
                 "more scenarios.").format(rounds=values["rounds"])
    return error.message


class SessionMenuScene(Scene):
    """Resume an unfinished session, or set up a new one."""

    name = "sessions"

    def layout(self) -> None:
        m = self.ui.metrics
        store = self.app.data.results.store
        self.unfinished = []
        if store is not None:
            try:
                self.unfinished = store.unfinished()[:5]
            except StoreError as exc:
                self.app.data.notes.append(describe(exc))
        width = min(m.px(900), m.width - m.gap * 12)
        top = m.gap * 6 + self.ui.text.line_height(m.heading, True) * 2 + m.gap * 4
        new = pygame.Rect(m.gap * 6, top, width, m.button)
        self.add(Button(new, _("New team session"), self.new_session, style="primary",
                        icon="play", name="session:new", enabled=store is not None))
        y = new.bottom + m.gap * 6 + self.ui.text.line_height(m.small, True)
        self.list_top = y - self.ui.text.line_height(m.small, True) - m.gap
        for info in self.unfinished:
            rect = pygame.Rect(m.gap * 6, y, width, m.button)
            label = _("Resume: {name}").format(name=info.name)
            total = info.teams * info.rounds
            detail = i18n.ngettext("{answered} of {total} answer", "{answered} of {total} answers",
                                   total).format(answered=info.answered, total=total)
            self.add(Button(rect, label, lambda i=info.id: self.resume(i), icon="arrow_right",
                            detail=detail, name=f"session:resume:{info.id}"))
            y += m.button + m.gap * 2

    def new_session(self) -> None:
        self.app.push(SessionSetupScene(self.app))

    def resume(self, session_id: int) -> None:
        """Continue a stored session where it stopped: every answered round is kept."""
        try:
            session = self.app.data.results.store.load_session(session_id)
        except StoreError as exc:
            self.app.data.notes.append(describe(exc))
            self.relayout()
            return
        missing = [sid for row in session.plan for sid in row
                   if self.app.data.content.scenario_by_id(sid) is None]
        if missing:
            self.app.push(routes.ErrorScene(self.app, _("This session cannot go on"), [
                _("The scenario “{id}” of this session is not loaded on this computer.").format(
                    id=sid) for sid in dict.fromkeys(missing)]))
            return
        play = SessionPlay(self.app, session)
        self.app.push(play.next_scene())

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        self.header(surface, _("Team session"),
                    _("Teams compete over several rounds; the scoreboard shows after each round."))
        if self.app.data.results.store is None:
            problem = self.app.data.results.problem
            note = describe(problem) if problem is not None else ""
            ui.paragraph(surface, _("Team sessions need the results database, which cannot be "
                                    "used now:") + " " + note,
                         pygame.Rect(m.gap * 6, self.list_top, m.width - m.gap * 12,
                                     m.height // 3), m.body, p.bad, owner="sessions:nodb")
        elif self.unfinished:
            ui.line(surface, _("Unfinished sessions").upper(), (m.gap * 6, self.list_top),
                    m.small, p.muted, bold=True, max_width=m.width - m.gap * 12,
                    owner="sessions:label")
        self.draw_buttons(surface)
        self.footer_hint(surface)


class SessionSetupScene(TypingScene):
    """Name the teams, choose the set, the rounds and the format, then start."""

    name = "setup"
    enter_step = 2  # to the next name, past its remove button

    def __init__(self, app):
        super().__init__(app)
        self.names = ["", ""]
        self.fmt = Format.TURNS
        self.rounds = 3
        self.set = "campaign"
        self.picked: list[str] = []  # ids of a hand-picked set, in campaign order
        self.problem: str | None = None
        # Signs the session's exports; in all play every computer of the class types the one
        # the facilitator's computer shows, so the merge can trust their files.
        self.results_key = new_key()

    def layout(self) -> None:
        ui, m = self.ui, self.ui.metrics
        margin = m.gap * 6
        top = m.gap * 4 + ui.text.line_height(m.heading, True) + ui.text.line_height(m.small) + \
            m.gap * 4
        column = (m.width - margin * 2 - m.gap * 6) // 2
        left, right = margin, margin + column + m.gap * 6
        self.columns = (left, right, column, top)
        label_h = ui.text.line_height(m.small, True) + m.gap
        y = top + label_h
        field_h = m.button
        remove_w = field_h
        for index, name in enumerate(self.names):
            rect = pygame.Rect(left, y, column - remove_w - m.gap, field_h)
            self.add(TextField(rect, "", None, name=f"team:{index}", text=name,
                               placeholder=_("Team {n}").format(n=index + 1)))
            cross = pygame.Rect(rect.right + m.gap, y, remove_w, field_h)
            self.add(Button(cross, "", lambda i=index: self.remove_team(i), icon="cross",
                            name=f"remove:{index}", enabled=len(self.names) > 1))
            y += field_h + m.gap
        add = pygame.Rect(left, y + m.gap, column, m.button)
        self.add(Button(add, _("Add a team"), self.add_team, icon="plus",
                        enabled=len(self.names) < MAX_TEAMS, name="team:add"))
        # Right column: format, set, rounds.
        y = top + label_h
        self.format_label_y = top
        for fmt, label in ((Format.TURNS, _("In turns, one computer")),
                           (Format.ALL_PLAY, _("All play, own computers"))):
            rect = pygame.Rect(right, y, column, m.button)
            self.add(Button(rect, label, lambda f=fmt: self.choose(fmt=f), style="choice",
                            selected=self.fmt == fmt, name=f"format:{fmt}",
                            icon="check" if self.fmt == fmt else None))
            y += m.button + m.gap
        y += m.gap * 2
        self.set_label_y = y
        y += label_h
        quarter = (column - m.gap * 3) // 4
        labels = {"campaign": _("All"), "1": _("Easy"), "2": _("Medium"), "3": _("Hard")}
        for index, key in enumerate(SETS[:4]):
            rect = pygame.Rect(right + index * (quarter + m.gap), y, quarter, m.button)
            self.add(Button(rect, labels[key], lambda k=key: self.choose(set=k), style="choice",
                            selected=self.set == key, name=f"set:{key}"))
        y += m.button + m.gap
        pick = pygame.Rect(right, y, column, m.button)
        label = _("Choose the cases…") if not self.picked else i18n.ngettext(
            "{count} case chosen", "{count} cases chosen", len(self.picked)).format(
                count=len(self.picked))
        self.add(Button(pick, label, self.pick, style="choice", selected=self.set == "picked",
                        name="set:picked"))
        y += m.button + m.gap * 3
        self.rounds_label_y = y
        y += label_h
        small = m.button
        minus = pygame.Rect(right, y, small, m.button)
        plus = pygame.Rect(right + small + m.gap * 2 + m.px(120), y, small, m.button)
        self.rounds_box = pygame.Rect(minus.right + m.gap, y, plus.left - minus.right - m.gap * 2,
                                      m.button)
        self.add(Button(minus, "-", lambda: self.choose(rounds=self.rounds - 1),
                        name="rounds:less", enabled=self.rounds > 1))
        self.add(Button(plus, "+", lambda: self.choose(rounds=self.rounds + 1),
                        name="rounds:more", enabled=self.rounds < MAX_ROUNDS))
        self.key_box = None
        if self.fmt == Format.ALL_PLAY:  # beside the rounds, where the column has room
            key_left = plus.right + m.gap * 6
            self.key_box = pygame.Rect(key_left, y, right + column - key_left, m.button)
            self.add(TextField(self.key_box, "", None, name="setup:key", text=self.results_key,
                               placeholder=grouped(KEY_ALPHABET[:KEY_LENGTH]),
                               limit=KEY_LENGTH + KEY_GROUPS * 2))
        start = pygame.Rect(0, m.height - m.button - m.gap * 6, min(m.px(480), column),
                            m.button)
        start.right = right + column
        self.add(Button(start, _("Start the session"), self.start, style="primary",
                        icon="play", name="setup:start"))
        back = pygame.Rect(left, start.top, min(m.px(420), column), m.button)
        self.add(Button(back, _("Back"), self.back, icon="arrow_left", name="setup:back"))

    def fields(self) -> list[TextField]:
        """The fields of the team names."""
        return [b for b in self.buttons
                if isinstance(b, TextField) and b.name.startswith("team:")]

    def sync_names(self) -> None:
        self.names = [f.text for f in self.fields()]
        field = next((b for b in self.buttons if b.name == "setup:key"), None)
        if field is not None:
            self.results_key = field.text

    def add_team(self) -> None:
        self.sync_names()
        if len(self.names) < MAX_TEAMS:
            self.names.append("")
            self.relayout()
            self.focus_on(f"team:{len(self.names) - 1}")

    def remove_team(self, index: int) -> None:
        self.sync_names()
        if len(self.names) > 1:
            del self.names[index]
            self.relayout()

    def choose(self, **changes) -> None:
        self.sync_names()
        for key, value in changes.items():
            setattr(self, key, value)
        self.rounds = max(1, min(MAX_ROUNDS, self.rounds))
        self.problem = None
        self.relayout()

    def pick(self) -> None:
        self.sync_names()
        self.app.push(routes.PickScene(self.app, self.picked), on_result=self.after_pick)

    def after_pick(self, result) -> None:
        """Back from the picker with the chosen cases (or none)."""
        if isinstance(result, Picked):
            self.picked = list(result.ids)
            self.set = "picked" if result.ids else "campaign"
        self.relayout()

    def pool(self) -> list:
        campaign = self.app.data.content.campaign()
        if self.set == "campaign":
            return campaign
        if self.set == "picked":
            return [s for s in campaign if s.id in self.picked]
        return [s for s in campaign if s.difficulty == int(self.set)]

    def start(self) -> None:
        """Check the set-up, store the session, and hand over to the first team."""
        self.sync_names()
        names = [n for n in self.names if n.strip()]
        try:
            teams = check_teams(names, self.fmt)
            plan = plan_rounds(self.fmt, len(teams), self.rounds, self.pool(), random.Random())
        except SessionError as exc:
            self.problem = explain(exc)
            return
        try:
            key = clean_key(self.results_key)
        except ResultsKeyError:
            self.problem = _("Type the results key as the facilitator’s computer shows it, "
                             "like {example}.").format(example=grouped(KEY_ALPHABET[:KEY_LENGTH]))
            self.focus_on("setup:key")
            return
        session = Session(None, " · ".join(teams), self.fmt, teams, plan, results_key=key)
        try:
            self.app.data.results.store.create_session(session)
        except (StoreError, AttributeError) as exc:
            self.problem = describe(exc)
            return
        play = SessionPlay(self.app, session)
        self.app.switch(play.next_scene())

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        self.header(surface, _("New team session"),
                    _("Type the team names: Kazakh and Russian letters are fine."))
        left, right, column, top = self.columns
        labels = [(_("Teams"), (left, top)), (_("Format"), (right, top)),
                  (_("Scenarios"), (right, self.set_label_y)),
                  (_("Rounds"), (right, self.rounds_label_y))]
        if self.key_box is not None:
            labels.append((_("Results key"), (self.key_box.left, self.rounds_label_y)))
        for text, (x, y) in labels:
            ui.line(surface, text.upper(), (x, y), m.small, p.muted, bold=True,
                    max_width=right + column - x, owner="setup:label")
        ui.box(surface, self.rounds_box, p.panel, border=p.border)
        ui.line(surface, i18n.format_number(self.rounds), self.rounds_box.center, m.heading,
                p.text, bold=True, anchor="center")
        explain = (_("Teams play in turn on this computer; each gets a different case of the "
                     "same difficulty in every round.") if self.fmt == Format.TURNS else
                   _("Every team plays the same case on its own computer. Type the same results "
                     "key on every computer, then merge the results with “mil-quest session "
                     "merge”."))
        # A problem takes the explanation's place: both would not fit at large text sizes.
        below = pygame.Rect(right, self.rounds_box.bottom + m.gap * 3, column, m.height // 5)
        if self.problem:
            ui.paragraph(surface, self.problem, below, m.small, p.bad, owner="setup:problem")
        else:
            ui.paragraph(surface, explain, below, m.small, p.muted, owner="setup:explain")
        self.draw_buttons(surface)
        self.footer_hint(surface, _("Tab: move · type a name · Enter: next · Esc: back"))


class TurnScene(Scene):
    """Hands the computer to the next team: whose turn, which round, then start."""

    name = "turn"

    def __init__(self, app, play: SessionPlay, round_number: int, team: int):
        super().__init__(app)
        self.play = play
        self.round = round_number
        self.team = team

    def layout(self) -> None:
        m = self.ui.metrics
        start = pygame.Rect(0, 0, min(m.px(620), m.width - m.gap * 12), m.button + m.gap * 2)
        start.center = (m.width // 2, m.height * 2 // 3)
        self.add(Button(start, _("Start the investigation"), self.start, style="primary",
                        icon="play", name="turn:start"))
        menu = pygame.Rect(0, 0, min(m.px(420), m.width // 3), m.button)
        menu.midtop = (m.width // 2, start.bottom + m.gap * 4)
        self.add(Button(menu, _("Pause the session"), self.pause, icon="arrow_left",
                        name="turn:pause"))

    def start(self) -> None:
        scenario = self.play.scenario(self.round, self.team)
        self.app.switch(routes.InvestigateScene(self.app, scenario,
                                         SessionTurn(self.play, self.round, self.team)))

    def pause(self) -> None:
        self.app.reset(routes.MenuScene(self.app))

    def back(self) -> None:
        self.pause()

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        session = self.play.session
        ui.line(surface, _("Round {n} of {total}").format(n=self.round + 1,
                                                          total=session.rounds),
                (m.width // 2, m.height // 5), m.heading, p.muted, bold=True, anchor="center",
                max_width=m.width - m.gap * 12, owner="turn:round")
        ui.line(surface, session.teams[self.team], (m.width // 2, m.height * 2 // 5),
                round(m.title * 1.3), p.accent, bold=True, anchor="center",
                max_width=m.width - m.gap * 12, owner="turn:team")
        say = _("Your turn! The other teams look away.") if len(session.teams) > 1 else \
            _("Your turn!")
        ui.line(surface, say,
                (m.width // 2, m.height * 2 // 5 + m.title), m.body, p.text, anchor="center",
                max_width=m.width - m.gap * 12, owner="turn:say")
        if self.play.problem:
            ui.line(surface, self.play.problem, (m.width // 2, m.height - m.gap * 8), m.small,
                    p.bad, anchor="center", max_width=m.width - m.gap * 12, owner="turn:problem")
        self.draw_buttons(surface)
        self.footer_hint(surface, _("Enter: start · Esc: pause the session (it can be "
                                    "resumed from the menu)"))
