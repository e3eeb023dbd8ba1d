"""The host's screens of a live competition: the lobby on the projector, renaming a team, and
the rounds with their live scoreboard."""

from __future__ import annotations

import pygame

from quest import i18n
from quest.i18n import _
from quest.lan.views import HostView
from quest.ui import routes
from quest.ui.fields import TextField, TypingScene
from quest.ui.lanservice import latest_view, start_hosting, stop_hosting
from quest.ui.problems import describe
from quest.ui.qrcode import qr_surface
from quest.ui.results import Picked, Renamed
from quest.ui.scene import Scene
from quest.ui.widgets import Button


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
        from quest.lan.network import local_addresses, shown_address

        # Looked up once, not per frame.
        self.address = shown_address(self.host.bind[0], self.host.port)
        # Where the host may listen: every network, or one address of this laptop.
        self.networks = ["", *[a for a in local_addresses() if a != "127.0.0.1"]]
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
        if not self.during_rounds and len(self.networks) > 1:
            bound = self.host.bind[0] if self.host.bind[0] not in ("0.0.0.0", "::") else ""
            label = _("Network: {address}").format(address=bound or _("every network"))
            network = pygame.Rect(m.gap * 6, bottom, min(m.px(460), self.split - m.gap * 8),
                                  m.button)
            self.add(Button(network, label, self.next_network, icon="gear",
                            name="lobby:network"))

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

    def next_network(self) -> None:
        """Listen on the next network of this laptop (or on all): teams on any other cannot
        reach the game. The competition goes on; connected teams reconnect by themselves."""
        bound = self.host.bind[0] if self.host.bind[0] not in ("0.0.0.0", "::") else ""
        index = self.networks.index(bound) if bound in self.networks else 0
        port = self.host.port
        stop_hosting(self.app)
        self.app.pop()
        start_hosting(self.app, port, self.networks[(index + 1) % len(self.networks)])

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
        ui.line(surface, _("Open in a browser: {address}").format(address=f"http://{address}"),
                (left, y), m.heading, p.text, bold=True, max_width=width, owner="lobby:address")
        y += ui.text.line_height(m.heading, True) + m.gap * 2
        qr_size = min(width, m.height - y - m.button - m.gap * 8)
        if qr_size > m.px(120) and self.view.lobby_open:
            from quest.lan.network import join_url

            lang = i18n.language()
            key = (address, self.view.code, qr_size, lang)
            if self._qr is None or self._qr[0] != key:
                # A phone's camera opens the join page, the code and the language filled in.
                text = join_url(address, self.view.code, lang)
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
            ui.paragraph(surface, _("Teams appear here as they join: a phone scans the QR code "
                                    "(or opens the address in any browser and types the code); "
                                    "a laptop with the game chooses Live competition, then "
                                    "Join."),
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
