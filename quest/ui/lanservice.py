"""The live competition this laptop hosts, owned by the app: started and stopped here, shown
by the LAN screens."""

from __future__ import annotations

from quest.i18n import _
from quest.lan import protocol
from quest.ui import routes


def start_hosting(app, port: int = protocol.DEFAULT_PORT) -> None:
    """Start (or resume) the competition of this laptop and show its lobby."""
    from quest.lan.host import Host
    from quest.lan.network import Announcer
    from quest.model.session import Format, Session

    stop_hosting(app)  # one competition at a time
    store = app.data.store
    if store is None:
        app.push(routes.ErrorScene(app, _("Live competition"), app.data.notes[-1:]))
        return
    hosted = [s for s in store.sessions() if s.fmt == Format.LAN and not s.finished]
    session_id = hosted[0].id if hosted else store.create_session(
        Session(None, _("Live competition"), Format.LAN, [], []))
    host = Host(app.data.data_dir, app.data.library, session_id, port=port)
    try:
        host.start()
    except OSError as exc:
        app.push(routes.ErrorScene(app, _("Live competition"), [
            _("Cannot listen on port {port}: {reason}").format(port=port, reason=exc.strerror
                                                              or exc)]))
        return
    app.data.lan_host = host
    app.data.lan_announcer = Announcer(host.port)
    app.push(routes.LobbyScene(app, host))


def stop_hosting(app) -> None:
    """Stop the server and the announcement (the session stays in the database)."""
    host = getattr(app.data, "lan_host", None)
    if host is not None:
        host.stop()
        app.data.lan_host = None
    announcer = getattr(app.data, "lan_announcer", None)
    if announcer is not None:
        announcer.close()
        app.data.lan_announcer = None
