"""The live competition of this laptop, owned by the app: the one it hosts (started and stopped
here, shown by the LAN screens) or the one it has joined."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quest.i18n import _
from quest.ui import routes

if TYPE_CHECKING:  # the network modules are imported when a competition starts
    from quest.lan.client import TeamClient
    from quest.lan.host import Host
    from quest.lan.network import Announcer


@dataclass
class LanService:
    """The host and its announcement, or the team client: at most one competition at a time."""

    host: Host | None = None
    announcer: Announcer | None = None
    client: TeamClient | None = None

    def stop_hosting(self) -> None:
        """Stop the server and the announcement (the session stays in the database)."""
        if self.host is not None:
            self.host.stop()
            self.host = None
        if self.announcer is not None:
            self.announcer.close()
            self.announcer = None

    def leave(self) -> None:
        """Stop the team client of a joined competition."""
        if self.client is not None:
            self.client.stop()
            self.client = None

    def close(self) -> None:
        """Stop whatever runs: the game is closing."""
        self.leave()
        self.stop_hosting()


def latest_view(events):
    """Empty a queue of network events: the host's view carried by the last one, None when
    the events carry none, False when there was no event."""
    found = False
    while not events.empty():
        event = events.get_nowait()
        found = getattr(event, "view", None)
    return found


def start_hosting(app, port: int | None = None, bind: str = "") -> None:
    """Start (or resume) the competition of this laptop and show its lobby (on the protocol's
    usual port unless another is given, on every network unless `bind` names one address)."""
    # The network modules load here, not with the game: they cost start-up time and memory.
    from quest.lan import protocol
    from quest.lan.host import Host
    from quest.lan.network import Announcer
    from quest.model.session import Format, Session

    port = protocol.DEFAULT_PORT if port is None else port

    app.data.lan.stop_hosting()  # one competition at a time
    store = app.data.results.store
    if store is None:
        app.push(routes.ErrorScene(app, _("Live competition"), app.data.notes[-1:]))
        return
    hosted = [s for s in store.sessions() if s.fmt == Format.LAN and not s.finished]
    session_id = hosted[0].id if hosted else store.create_session(
        Session(None, _("Live competition"), Format.LAN, [], []))
    host = Host(app.data.data_dir, app.data.content.library, session_id, host=bind or "0.0.0.0",
                port=port)
    try:
        host.start()
    except OSError as exc:
        app.push(routes.ErrorScene(app, _("Live competition"), [
            _("Cannot listen on port {port}: {reason}").format(port=port, reason=exc.strerror
                                                              or exc)]))
        return
    app.data.lan.host = host
    app.data.lan.announcer = Announcer(host.port)
    app.push(routes.LobbyScene(app, host))


def stop_hosting(app) -> None:
    """Stop the competition this laptop hosts."""
    app.data.lan.stop_hosting()
