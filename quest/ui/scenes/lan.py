"""Live competition screens: the host's lobby and rounds, a team's joining, waiting and sending."""

from __future__ import annotations


import pygame

from quest import i18n
from quest.i18n import _
from quest.lan import protocol
from quest.lan.host import HostView
from quest.ui import routes
from quest.ui.fields import TextField, TypingScene
from quest.ui.lanservice import start_hosting, stop_hosting
from quest.ui.modes import LanTurn
from quest.ui.problems import describe, describe_close, describe_refusal
from quest.ui.results import Picked, Renamed
from quest.ui.scene import Scene
from quest.ui.widgets import Button


def drain(events) -> bool:
    """Empty a queue of network events; True when there were any (the screen shows news)."""
    return latest_view(events) is not False


def latest_view(events):
    """Empty a queue of network events: the host's view carried by the last one, None when
    the events carry none, False when there was no event."""
    found = False
    while not events.empty():
        event = events.get_nowait()
        found = getattr(event, "view", None)
    return found


def qr_surface(text: str, size: int, dark, light) -> pygame.Surface:
    """A QR code of `text`, drawn crisp (whole pixels per module) about `size` pixels wide."""
    import segno

    matrix = [list(row) for row in segno.make(text, error="m").matrix]
    count = len(matrix) + 8  # the quiet zone of four modules around it
    module = max(2, size // count)
    surface = pygame.Surface((module * count, module * count))
    surface.fill(light)
    for y, row in enumerate(matrix):
        for x, cell in enumerate(row):
            if cell:
                surface.fill(dark, ((x + 4) * module, (y + 4) * module, module, module))
    return surface


class LanMenuScene(Scene):
    """Host a competition on this laptop, or join one as a team."""

    name = "lan"

    def layout(self) -> None:
        m = self.ui.metrics
        width = min(m.px(700), m.width - m.gap * 12)
        top = m.height // 3
        self.add_column([("host", _("Host a competition (the facilitator's laptop)"), "gear",
                          self.host),
                         ("join", _("Join a competition (a team's laptop)"), "arrow_right",
                          self.join)], top, width, m.button + m.gap * 2)

    def host(self) -> None:
        start_hosting(self.app)

    def join(self) -> None:
        self.app.push(JoinScene(self.app))

    def draw(self, surface) -> None:
        surface.fill(self.ui.palette.desk)
        self.header(surface, _("Live competition"),
                    _("Every team on its own laptop, the scoreboard on the projector."))
        self.draw_buttons(surface)
        self.footer_hint(surface)


class LobbyScene(Scene):
    """The join code in large type, the address, a QR code, and the teams as they arrive."""

    name = "lobby"

    def __init__(self, app, host, during_rounds: bool = False):
        super().__init__(app)
        self.host = host
        self.during_rounds = during_rounds  # opened again from the rounds, for a late team
        self.view = HostView()  # the host's state as last sent: never its live dicts
        self.teams: list[dict] = []
        self._qr = None

    def enter(self) -> None:
        from quest.lan.network import local_addresses

        self.address = f"{local_addresses()[0]}:{self.host.port}"  # looked up once, not per frame
        self.refresh()
        super().enter()

    def refresh(self, view=None) -> None:
        """Show the host's state: the view an event brought, or a fresh one."""
        self.view = view or self.host.view()
        self.teams = [team.as_row() for team in self.view.teams]

    def layout(self) -> None:
        ui, m = self.ui, self.ui.metrics
        self.split = m.width * 45 // 100
        x = self.split + m.gap * 4
        width = m.width - x - m.gap * 6
        y = m.gap * 6 + ui.text.line_height(m.heading, True) + m.gap * 2
        row = m.button
        button_w = min(m.px(260), width // 4)
        for team in self.teams:
            remove = pygame.Rect(x + width - button_w, y, button_w, row)
            rename = pygame.Rect(remove.left - m.gap - button_w, y, button_w, row)
            self.add(Button(rename, _("Rename"), lambda t=team: self.rename(t),
                            name=f"rename:{team['index']}"))
            self.add(Button(remove, _("Remove"), lambda t=team: self.remove(t),
                            name=f"remove:{team['index']}"))
            y += row + m.gap
        self.rows_left, self.rows_top = x, m.gap * 6 + ui.text.line_height(m.heading, True) + \
            m.gap * 2
        bottom = m.height - m.button - m.gap * 5
        start = pygame.Rect(0, bottom, min(m.px(460), width // 2), m.button)
        start.right = m.width - m.gap * 6
        lock = pygame.Rect(0, bottom, min(m.px(420), width // 2 - m.gap), m.button)
        lock.right = start.left - m.gap * 2
        self.add(Button(lock, _("Open the lobby") if not self.view.lobby_open else
                        _("Lock the lobby"), self.toggle_lock, icon="lock", name="lobby:lock"))
        self.add(Button(start, _("Back to the rounds") if self.during_rounds else
                        _("Start the rounds"), self.start, style="primary", icon="play",
                        name="lobby:start", enabled=bool(self.teams)))

    def rename(self, team: dict) -> None:
        self.app.push(RenameScene(self.app, team), on_result=self.after_rename)

    def after_rename(self, result) -> None:
        """Back from renaming a team: tell the host the new name."""
        if isinstance(result, Renamed):
            seat, name = self.view.team(result.team), result.name
            if seat is not None and name.strip():
                try:
                    self.host.call(self.host.rename, seat.team_id, name)
                except Exception as exc:
                    self.app.data.notes.append(describe(exc))
        self.on_result(None)

    def on_result(self, result) -> None:
        self.refresh()
        self.relayout()

    def remove(self, team: dict) -> None:
        seat = self.view.team(team["index"])
        if seat is not None:
            self.host.call(self.host.remove, seat.team_id)
        self.refresh()
        self.relayout()

    def toggle_lock(self) -> None:
        self.host.call(self.host.lock, self.view.lobby_open)
        self.refresh()
        self.relayout()

    def start(self) -> None:
        if self.during_rounds:
            self.app.pop()
        else:
            self.app.switch(HostRoundScene(self.app, self.host))

    def back(self) -> None:
        if self.during_rounds:
            self.app.pop()
            return
        stop_hosting(self.app)
        self.app.pop()

    def update(self, dt: float) -> bool:
        view = latest_view(self.host.events)
        if view is not False:
            self.refresh(view)
            self.relayout()
        return view is not False

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        left = m.gap * 6
        width = self.split - left - m.gap * 2
        y = m.gap * 6
        ui.line(surface, _("Join code").upper(), (left, y), m.body, p.muted, bold=True,
                max_width=width, owner="lobby:label")
        y += ui.text.line_height(m.body, True)
        code = " ".join(self.view.code) if self.view.lobby_open else _("Lobby locked")
        size = ui.text.fit_size(code, round(m.title * 1.8), width, True)
        ui.line(surface, code, (left, y), size, p.accent, bold=True, max_width=width,
                owner="lobby:code")
        y += ui.text.line_height(size, True) + m.gap
        address = self.address
        ui.line(surface, _("Address: {address}").format(address=address), (left, y), m.heading,
                p.text, bold=True, max_width=width, owner="lobby:address")
        y += ui.text.line_height(m.heading, True) + m.gap * 2
        qr_size = min(width, m.height - y - m.button - m.gap * 8)
        if qr_size > m.px(120):
            key = (address, self.view.code, qr_size)
            if self._qr is None or self._qr[0] != key:
                text = f"mil-quest join {address} --code {self.view.code}"
                self._qr = (key, qr_surface(text, qr_size, (0, 0, 0), (255, 255, 255)))
            surface.blit(self._qr[1], (left, y))
        x = self.rows_left
        ui.line(surface, i18n.ngettext("{count} team", "{count} teams", len(self.teams)).format(
            count=len(self.teams)), (x, m.gap * 6), m.heading, p.text, bold=True,
            max_width=m.width - x - m.gap * 6, owner="lobby:teams")
        y = self.rows_top
        for team in self.teams:
            colour = p.good if team["connected"] else p.muted
            pygame.draw.circle(surface, colour, (x + m.gap, y + m.button // 2), m.gap)
            ui.line(surface, team["team"], (x + m.gap * 3, y + m.button // 2), m.body, p.text,
                    bold=True, anchor="midleft", max_width=self.buttons[0].rect.left - x
                    - m.gap * 5 if self.buttons else m.width // 4, owner="lobby:team")
            y += m.button + m.gap
        if not self.teams:
            ui.paragraph(surface, _("Teams appear here as they join: on each team's laptop, "
                                    "choose Live competition, then Join, and type the code."),
                         pygame.Rect(x, y, m.width - x - m.gap * 6, m.height // 3), m.body,
                         p.muted, owner="lobby:empty")
        self.draw_buttons(surface)
        self.footer_hint(surface, _("Esc: back to the rounds") if self.during_rounds else
                         _("Esc: stop hosting"))


class RenameScene(TypingScene):
    """A dialog to type a team's new name; hands (team, name) back."""

    name = "rename"

    def __init__(self, app, team: dict):
        super().__init__(app)
        self.team = team

    def layout(self) -> None:
        m = self.ui.metrics
        width = min(m.px(700), m.width - m.gap * 12)
        field = pygame.Rect(0, 0, width, m.button)
        field.center = (m.width // 2, m.height // 2)
        self.add(TextField(field, "", None, name="rename:field", text=self.team["team"]))
        done = pygame.Rect(0, field.bottom + m.gap * 4, min(m.px(320), width // 2), m.button)
        done.right = field.right
        self.add(Button(done, _("Done"), self.done, style="primary", icon="check",
                        name="rename:done"))

    def done(self) -> None:
        self.dismiss(Renamed(self.team["index"], self.buttons[0].text))

    def back(self) -> None:
        self.dismiss()

    def handle(self, event) -> bool:
        if self.focus == 0 and self.buttons[0].edit(event):
            return True
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.done()
            return True
        return super().handle(event)

    def draw(self, surface) -> None:
        surface.fill(self.ui.palette.desk)
        self.header(surface, _("Rename the team"), self.team["team"])
        self.draw_buttons(surface)


class HostRoundScene(Scene):
    """The host's rounds: choose the case, watch the live scoreboard, go on."""

    name = "hostround"

    def __init__(self, app, host):
        super().__init__(app)
        self.host = host
        self.view = HostView()  # the host's state as last sent: never its live dicts
        self.rows: list[dict] = []
        self.answered = 0
        self.final = False

    def enter(self) -> None:
        self.refresh()
        super().enter()

    def refresh(self, view=None) -> None:
        """Show the host's state: the view an event brought, or a fresh one."""
        self.view = view or self.host.view()
        self.rows = [team.as_row() for team in self.view.teams]
        self.answered = self.view.answered_now()

    def layout(self) -> None:
        m = self.ui.metrics
        bottom = m.height - m.button - m.gap * 5
        width = min(m.px(520), (m.width - m.gap * 16) // 3)
        choose = pygame.Rect(0, bottom, width, m.button)
        choose.right = m.width - m.gap * 6
        if self.final:
            self.add(Button(choose, _("Main menu"), self.to_menu, style="primary",
                            icon="arrow_left", name="hostround:menu"))
            return
        label = _("Start round {n}").format(n=len(self.view.rounds) + 1)
        self.add(Button(choose, label, self.choose, style="primary", icon="play",
                        name="hostround:next"))
        stop = pygame.Rect(0, bottom, width, m.button)
        stop.right = choose.left - m.gap * 2
        self.add(Button(stop, _("Finish the competition"), self.finish, icon="check",
                        name="hostround:finish"))
        lobby = pygame.Rect(0, bottom, width, m.button)
        lobby.right = stop.left - m.gap * 2
        self.add(Button(lobby, _("Lobby"), self.lobby, icon="arrow_left",
                        name="hostround:lobby"))

    def choose(self) -> None:
        # Only the cases that come with the game: every team's laptop has them.
        self.app.push(routes.PickScene(self.app, [], single=True,
                                only=set(self.app.data.content.library.scenarios)),
                      on_result=self.after_pick)

    def after_pick(self, result) -> None:
        """Back from the picker: start the round of the chosen case."""
        if isinstance(result, Picked) and result.ids:
            self.host.call(self.host.start_round, result.ids[0])
        self.on_result(None)

    def on_result(self, result) -> None:
        self.refresh()
        self.relayout()

    def lobby(self) -> None:
        """Back to the lobby (to let a late team in): the rounds go on from there."""
        self.app.push(LobbyScene(self.app, self.host, during_rounds=True))

    def finish(self) -> None:
        """The final standings, on screen until the facilitator goes back to the menu."""
        store = self.app.data.results.store
        if store is not None:
            store.finish_session(self.host.session_id)
        self.final = True
        self.refresh()
        self.relayout()

    def to_menu(self) -> None:
        stop_hosting(self.app)
        self.app.reset(routes.MenuScene(self.app))

    def back(self) -> None:
        pass  # Esc must not end a competition: the buttons say what happens

    def update(self, dt: float) -> bool:
        view = latest_view(self.host.events)
        if view is not False:
            self.refresh(view)
        return view is not False

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        lang = i18n.language()
        current = self.view.current
        if self.final:
            title, status = _("Final standings"), _("Export the results: mil-quest session "
                                                    "export {id}").format(id=self.host.session_id)
        elif current >= 0:
            scenario = self.app.data.content.scenario_by_id(self.view.rounds[current])
            title = _("Round {n}: {title}").format(n=current + 1,
                                                   title=scenario.title.get(lang))
            status = _("{done} of {total} teams have answered").format(
                done=self.answered, total=len(self.rows))
        else:
            title, status = _("Live competition"), _("Choose the case of the first round.")
        ui.line(surface, title, (m.gap * 6, m.gap * 4), m.heading, p.text, bold=True,
                max_width=m.width - m.gap * 12, owner="hostround:title")
        ui.line(surface, status, (m.gap * 6, m.gap * 4 + ui.text.line_height(m.heading, True)),
                m.body, p.muted, max_width=m.width - m.gap * 12, owner="hostround:status")
        top = m.gap * 8 + ui.text.line_height(m.heading, True) + ui.text.line_height(m.body)
        bottom = m.height - m.button - m.gap * 8
        count = max(1, len(self.rows))
        row_h = max(ui.text.line_height(m.small) + 4, min(m.px(90), (bottom - top) // count))
        size = max(16, min(m.heading, round(row_h * 0.5)))
        most = max([r["points"] for r in self.rows] + [1])
        name_w = m.width // 3
        for index, row in enumerate(self.rows):
            y = top + index * row_h + row_h // 2
            name = row["team"] if row["connected"] else _("{team} (offline)").format(
                team=row["team"])
            ui.line(surface, f"{index + 1}", (m.gap * 6, y), size, p.muted, bold=True,
                    anchor="midleft")
            ui.line(surface, name, (m.gap * 6 + size * 2, y), size,
                    p.text if row["connected"] else p.muted, bold=True, anchor="midleft",
                    max_width=name_w, owner="hostround:team")
            team = self.view.team(row["index"])
            if current >= 0 and team is not None and current in team.answered:
                ui.icon(surface, "check", pygame.Rect(m.gap * 6 + size * 2 + name_w,
                                                      y - size // 2, size, size), p.good)
            left = m.gap * 8 + size * 3 + name_w
            bar = pygame.Rect(left, y - row_h * 0.3, max(4, int((m.width - left - m.px(200))
                                                               * max(0, row["points"]) / most)),
                              row_h * 0.6)
            pygame.draw.rect(surface, p.accent if index == 0 else p.panel_raised, bar,
                             border_radius=m.radius)
            ui.line(surface, i18n.format_number(row["points"]), (bar.right + m.gap * 2, y),
                    size, p.text, bold=True, anchor="midleft")
        self.draw_buttons(surface)


class JoinScene(TypingScene):
    """A team types the address (or finds the host), the code and its name, then joins."""

    name = "join"

    def __init__(self, app, address: str = "", code: str = "", team: str = ""):
        super().__init__(app)
        self.values = [address, code, team]
        self.problem: str | None = None
        self.finder = None  # the thread looking for a host on the network
        self.found: list[tuple[str, int]] = []

    def enter(self) -> None:
        if not self.values[0] and self.finder is None:
            # Looking for the host takes a second or two: on its own thread, so the screen
            # answers at once; the address appears if it is found before anyone types one.
            import threading

            from quest.lan.network import discover

            self.finder = threading.Thread(target=lambda: self.found.extend(discover(1.0)),
                                           name="mil-quest-discover", daemon=True)
            self.finder.start()
        super().enter()

    def update(self, dt: float) -> bool:
        if self.finder is None or self.finder.is_alive() or not self.found:
            return False
        field = next(b for b in self.buttons if b.name == "join:0")
        self.finder = None
        if field.text:
            return False
        field.text = self.values[0] = f"{self.found[0][0]}:{self.found[0][1]}"
        return True

    def layout(self) -> None:
        ui, m = self.ui, self.ui.metrics
        width = min(m.px(900), m.width - m.gap * 12)
        x = (m.width - width) // 2
        y = m.gap * 8 + ui.text.line_height(m.heading, True) * 2
        self.labels = []
        for index, (label, placeholder) in enumerate((
                (_("Host address"), "192.168.1.5:8765"), (_("Join code"), "ACDEF"),
                (_("Team name"), _("Team {n}").format(n=1)))):
            self.labels.append((label, y))
            y += ui.text.line_height(m.small, True)
            self.add(TextField(pygame.Rect(x, y, width, m.button), "", None,
                               name=f"join:{index}", text=self.values[index],
                               placeholder=placeholder))
            y += m.button + m.gap * 3
        join = pygame.Rect(0, y + m.gap, min(m.px(400), width // 2), m.button)
        join.right = x + width
        self.add(Button(join, _("Join"), self.join, style="primary", icon="arrow_right",
                        name="join:go"))
        self.problem_y = join.bottom + m.gap * 3

    def join(self) -> None:
        from quest.lan.client import TeamClient
        from quest.lan.network import parse_address

        self.values = [b.text for b in self.buttons if isinstance(b, TextField)]
        try:
            address, port = parse_address(self.values[0], protocol.DEFAULT_PORT)
        except ValueError:
            address = ""
        if not address:
            self.problem = _("Type the address the host's screen shows, like 192.168.1.5:8765.")
            return
        client = TeamClient(self.app.data.data_dir, address, port, code=self.values[1],
                            team=self.values[2])
        client.start()
        self.app.data.lan.client = client
        self.app.switch(WaitScene(self.app, client))

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        self.header(surface, _("Join a competition"),
                    _("The host's screen shows the address and the code."))
        for label, y in self.labels:
            ui.line(surface, label.upper(), (self.buttons[0].rect.left, y), m.small, p.muted,
                    bold=True, max_width=self.buttons[0].rect.width, owner="join:label")
        if self.problem:
            ui.paragraph(surface, self.problem, pygame.Rect(
                self.buttons[0].rect.left, self.problem_y, self.buttons[0].rect.width,
                ui.text.line_height(m.small) * 2), m.small, p.bad, owner="join:problem")
        self.draw_buttons(surface)
        self.footer_hint(surface)


def refusal(client) -> str:
    """Why the host refused a team, in the team's language."""
    return describe_close(client.fatal_code, client.fatal or "")


class WaitScene(Scene):
    """A team between rounds: connected or not, the standings, and the next round's start."""

    name = "wait"

    def __init__(self, app, client):
        super().__init__(app)
        self.client = client
        self.last_sent: str | None = None
        self.waiting: list[dict] = []  # the outbox, read when something changes, not per frame
        self.refused: str | None = None  # why the host did not count the last verdict

    def layout(self) -> None:
        m = self.ui.metrics
        self.waiting = self.client.outbox.waiting(self.client.address)
        state = self.client.state or {}
        current = state.get("round")
        playable = current is not None and current not in state.get("answered", []) and \
            not self.sent_this_round(current)
        play = pygame.Rect(0, 0, min(m.px(620), m.width - m.gap * 12), m.button + m.gap * 2)
        play.center = (m.width // 2, m.height // 2)
        self.add(Button(play, _("Play round {n}").format(n=(current or 0) + 1), self.play,
                        style="primary", icon="play", enabled=playable, name="wait:play"))

    def sent_this_round(self, current: int) -> bool:
        return any(message["round"] == current for message in self.waiting)

    def play(self) -> None:
        state = self.client.state
        scenario = self.app.data.content.scenario_by_id(state["scenario"])
        if scenario is None:
            return
        self.app.push(routes.InvestigateScene(self.app, scenario,
                                              LanTurn(self.client, state["round"])))

    def back(self) -> None:
        self.client.stop()
        self.app.data.lan.client = None
        self.app.reset(routes.MenuScene(self.app))

    def on_result(self, result) -> None:
        self.relayout()

    def update(self, dt: float) -> bool:
        changed = False
        while not self.client.events.empty():
            kind, message = self.client.events.get_nowait()
            changed = True
            if kind == "refused":
                self.refused = message.get("reason")
            elif kind == "ack":
                self.refused = None
        if changed:
            self.relayout()
        return changed

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        client = self.client
        if client.fatal:
            status, colour = _("The host refused: {reason}").format(
                reason=refusal(client)), p.bad
        elif client.connected:
            status, colour = _("Connected as {team}").format(team=client.name), p.good
        else:
            status, colour = _("Connecting to {address}…").format(address=client.address), \
                p.muted
        ui.line(surface, status, (m.width // 2, m.height // 5), m.heading, colour, bold=True,
                anchor="center", max_width=m.width - m.gap * 12, owner="wait:status")
        note = None
        if self.refused is not None:
            note, colour = describe_refusal(self.refused), p.bad
        elif self.waiting:
            note, colour = _("Your verdict is saved on this laptop and will be sent as soon as "
                             "the host can be reached."), p.accent
        if note is not None:
            ui.paragraph(surface, note, pygame.Rect(m.gap * 12, m.height // 5 + m.heading,
                                                    m.width - m.gap * 24, m.body * 3),
                         m.body, colour, align="center", owner="wait:outbox")
        state = client.state or {}
        rows = state.get("standings", [])[:8]
        y = m.height * 2 // 3
        for index, row in enumerate(rows):
            text = f"{index + 1}. {row['team']} · {i18n.format_number(row['points'])}"
            ui.line(surface, text, (m.width // 2, y), m.body,
                    p.accent if row["team"] == client.name else p.text, anchor="center",
                    max_width=m.width - m.gap * 12, owner="wait:row")
            y += ui.text.line_height(m.body)
        self.draw_buttons(surface)
        self.footer_hint(surface, _("Esc: leave (your team can rejoin later)"))
