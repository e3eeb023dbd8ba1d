"""The host's one port: the phone client's pages and the WebSocket of phones and laptops.

aiohttp serves both on the host's own event loop. Pages come only from the files shipped in
quest/web/static, looked up by name in a list made at start (never joined to a path from the
request), and every response forbids inline script, framing and sniffing.
"""

from __future__ import annotations

import json
from importlib import resources

from aiohttp import WSMsgType, web

from quest import i18n
from quest.lan import protocol

# A page, a stylesheet or a picture of the app is small; a request needs no body at all.
MAX_REQUEST_BODY = 1024
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                 ".js": "text/javascript; charset=utf-8", ".png": "image/png",
                 ".svg": "image/svg+xml", ".json": "application/json; charset=utf-8",
                 ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".ico": "image/x-icon"}


def static_files() -> dict[str, tuple[bytes, str]]:
    """Every file of the app by its name under static/ ("app.js", "icons/pin.png"), read once."""
    found: dict[str, tuple[bytes, str]] = {}

    def walk(folder, prefix: str) -> None:
        for entry in folder.iterdir():
            name = prefix + entry.name
            if entry.is_dir():
                walk(entry, name + "/")
            else:
                suffix = "." + entry.name.rsplit(".", 1)[-1].lower() if "." in entry.name else ""
                if suffix in CONTENT_TYPES:
                    found[name] = (entry.read_bytes(), CONTENT_TYPES[suffix])

    root = resources.files("quest.web") / "static"
    if root.is_dir():
        walk(root, "")
    return found


def theme_css() -> str:
    """The game's palettes as CSS variables: the dark desk, and high contrast when asked for."""
    from quest.ui.theme import DARK, HIGH_CONTRAST

    def variables(palette) -> str:
        lines = []
        for name in ("desk", "panel", "panel_raised", "text", "muted", "paper", "ink",
                     "ink_muted", "accent", "accent_ink", "focus", "border", "shadow", "link",
                     "good", "bad"):
            lines.append(f"--{name.replace('_', '-')}: rgb{tuple(getattr(palette, name))};")
        for answer, colour in palette.verdict.items():
            lines.append(f"--verdict-{answer}: rgb{tuple(colour)};")
        lines.append(f"--focus-width: {palette.focus_width}px;")
        lines.append(f"--border-width: {palette.border_width}px;")
        return "\n  ".join(lines)

    return (f":root {{\n  {variables(DARK)}\n}}\n"
            "@media (prefers-contrast: more) {\n"
            f"  :root {{\n  {variables(HIGH_CONTRAST)}\n  }}\n}}\n")


def page_words(lang: str) -> dict:
    """The page's words in a language, from the game's catalogs."""
    from quest.web.strings import page_words as msgids

    catalog = i18n.load_catalog(lang)
    return {"lang": lang, "strings": {msgid: catalog.gettext(msgid) for msgid in msgids()}}


@web.middleware
async def secure_headers(request: web.Request, handler):
    """Every answer, an error's too, forbids inline script, framing and guessing types."""
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        response = exc
    except Exception:  # a bug must not answer without the headers, nor with a traceback
        response = web.HTTPInternalServerError()
    host = request.host if _plain_host(request.host) else "localhost"
    headers = response.headers
    headers["Content-Security-Policy"] = (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self' ws://{host}; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'")
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "no-referrer"
    headers["Cross-Origin-Resource-Policy"] = "same-origin"
    headers.setdefault("Cache-Control", "no-cache")
    if isinstance(response, web.HTTPException):
        raise response
    return response


def _plain_host(host: str) -> bool:
    """Whether a Host header is a name or address with a port and nothing else in it."""
    return 0 < len(host) <= 100 and all(ch.isalnum() or ch in ".-:[]" for ch in host)


class Connection:
    """One WebSocket as the host's protocol code uses it: send, close, iterate texts."""

    def __init__(self, ws: web.WebSocketResponse, request: web.Request, kind: str):
        self.ws = ws
        self.kind = kind  # "desktop" (the game's team client) or "web" (a browser)
        self.remote_address = (request.remote or "?",)
        self.lang = i18n.DEFAULT_LANGUAGE

    async def send(self, text: str) -> None:
        await self.ws.send_str(text)

    async def close(self, code: int, reason: str = "") -> None:
        await self.ws.close(code=int(code), message=reason.encode("utf-8")[:120])

    def __aiter__(self):
        return self._texts()

    async def _texts(self):
        async for message in self.ws:
            if message.type in (WSMsgType.TEXT, WSMsgType.BINARY):
                yield message.data  # bytes are refused by protocol.decode
            else:
                return


def make_app(host) -> web.Application:
    """The aiohttp application of a quest.lan.host.Host."""
    files = static_files()
    words: dict[str, bytes] = {}
    languages = set(i18n.available_languages())

    async def websocket(request: web.Request, kind: str) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=protocol.MAX_MESSAGE_BYTES,
                                   heartbeat=host.ping_interval, compress=False)
        await ws.prepare(request)
        await host.serve_connection(Connection(ws, request, kind))
        return ws

    async def index(request: web.Request) -> web.StreamResponse:
        if request.headers.get("Upgrade", "").lower() == "websocket":
            return await websocket(request, "desktop")
        return _file(files, "index.html")

    async def phone(request: web.Request) -> web.StreamResponse:
        return await websocket(request, "web")

    async def static(request: web.Request) -> web.StreamResponse:
        return _file(files, request.match_info["name"])

    async def theme(request: web.Request) -> web.StreamResponse:
        return web.Response(text=theme_css(), content_type="text/css", charset="utf-8")

    async def strings(request: web.Request) -> web.StreamResponse:
        lang = request.match_info["lang"]
        if lang not in languages:
            raise web.HTTPNotFound()
        if lang not in words:
            words[lang] = json.dumps(page_words(lang), ensure_ascii=False).encode("utf-8")
        return web.Response(body=words[lang], content_type="application/json",
                            charset="utf-8")

    async def picture(request: web.Request) -> web.StreamResponse:
        data = host.picture(request.match_info["token"])
        if data is None:
            raise web.HTTPNotFound()
        body, content_type = data
        return web.Response(body=body, content_type=content_type,
                            headers={"Cache-Control": "private, max-age=3600"})

    app = web.Application(middlewares=[secure_headers], client_max_size=MAX_REQUEST_BODY)
    app.router.add_get("/", index)
    app.router.add_get("/ws", phone)
    app.router.add_get("/theme.css", theme)
    app.router.add_get("/i18n/{lang}.json", strings)
    app.router.add_get("/img/{token}", picture)
    app.router.add_get("/static/{name:.+}", static)
    return app


def _file(files: dict, name: str) -> web.Response:
    found = files.get(name)
    if found is None:
        raise web.HTTPNotFound()
    body, content_type = found
    return web.Response(body=body, headers={"Content-Type": content_type})
