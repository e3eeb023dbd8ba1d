"""A team's screens of a live competition: joining a host, then waiting between rounds."""

from __future__ import annotations

import pygame

from quest import i18n
from quest.i18n import _
from quest.lan import protocol
from quest.ui import routes
from quest.ui.fields import TextField, TypingScene
from quest.ui.modes import LanTurn
from quest.ui.problems import describe_close, describe_refusal
from quest.ui.scene import Scene
from quest.ui.widgets import Button


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
