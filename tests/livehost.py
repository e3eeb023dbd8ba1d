"""A live competition's host for the tests, on 127.0.0.1 and a free port."""

from pathlib import Path


def started_host(folder: Path, library, session_id: int | None = None,
                 code: str | None = "ACDEF"):
    """A live competition's host on 127.0.0.1 and a free port, serving: a new LAN session in
    `folder` unless one is given. The caller stops it."""
    from quest.lan.host import Host
    from quest.model.session import Format, Session
    from quest.store import Store

    if session_id is None:
        store = Store(folder)
        session_id = store.create_session(Session(None, "live", Format.LAN, [], []))
        store.close()
    host = Host(folder, library, session_id, host="127.0.0.1", port=0, code=code)
    host.start()
    return host
