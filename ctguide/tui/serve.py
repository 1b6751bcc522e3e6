"""`ctguide serve`: the same app in a room of browsers, for workshops (textual-serve, the `serve` extra).

Every browser tab gets its own ctguide process, and only the room gets in:
- a websocket from a page of another origin is refused, and on localhost only localhost names are
  accepted as Host (a DNS-rebinding page cannot pose as us);
- beyond localhost a per-run token is required: it is in the address printed at start (as Jupyter
  does) and kept in a cookie for the tab's later requests;
- at most `max_tabs` tabs run at once; the next one gets a clear page saying the room is full.
Each browser gets a data folder of its own (its conversations, its theme); each tab an id kept in
the tab's sessionStorage, so a reload brings its conversation back. Plans are downloads: nothing is
written where the client chooses. SIGTERM or Ctrl+C stop the server within seconds, and every app
process with it: asked to quit first, killed after a grace period.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import logging
import re
import secrets
import shlex
import signal
import socket
import string
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from ctguide.tui.prefs import CLIPBOARD_ENV, TAB_ENV, TAB_ID

STOP_GRACE_SECONDS = 3.0
DEFAULT_MAX_TABS = 30
BROWSER_COOKIE = "ctguide-browser"
BROWSER_ID = re.compile(r"[0-9a-f]{32}")
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{8,128}")
TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # nothing to misread from a projector (no l/1, o/0, i)
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
log = logging.getLogger("ctguide.serve")


@dataclass(frozen=True)
class Room:
    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None
    max_tabs: int = DEFAULT_MAX_TABS
    data_dir: Path = Path(".")
    kb_dir: Path | None = None


def is_loopback(host: str) -> bool:
    return host.strip("[]") in LOOPBACK_NAMES or host.startswith("127.")


def new_token() -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(12))


def same_origin(origin: str | None, host: str | None) -> bool:
    """A browser's Origin header names the page that opened the connection; it must be ours."""
    if origin is None:
        return True  # not a browser page (curl, a test client): the token still applies
    parts = urlsplit(origin)
    if parts.scheme not in ("http", "https") or not parts.hostname or not host:
        return False
    default = 443 if parts.scheme == "https" else 80
    ours = urlsplit(f"//{host}")
    return parts.hostname.lower() == (ours.hostname or "").lower() and (parts.port or default) == (
        ours.port or default
    )


def host_allowed(host: str | None, loopback_only: bool) -> bool:
    if not loopback_only:
        return True
    name = urlsplit(f"//{host or ''}").hostname or ""
    return is_loopback(name)


def page_can_copy(request: web.Request) -> bool:
    """Whether the page that opened this tab may use the clipboard: browsers allow it only in a secure
    context (https, or a localhost address); a workshop's plain http://192.168.… page gets none."""
    forwarded = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
    name = urlsplit(f"//{request.host or ''}").hostname or ""
    return request.secure or forwarded == "https" or is_loopback(name) or name.endswith(".localhost")


def app_command(kb_dir: Path | None = None) -> str:
    """The shell command that runs one app per browser tab (exec: no shell left behind to orphan)."""
    parts = ["exec", sys.executable, "-m", "ctguide"]
    if kb_dir is not None:
        parts += ["--kb", str(Path(kb_dir).resolve())]
    return " ".join(shlex.quote(part) for part in parts)


class TabService(AppService):
    """One tab's app process: started with the tab's own data folder, and surely ended by stop()."""

    def __init__(self, *args: object, environment: dict[str, str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.environment = environment

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        return {**super()._build_environment(width, height), **self.environment}

    async def stop(self) -> None:
        process = self._process
        if self._task is None:
            return
        try:
            await asyncio.wait_for(super().stop(), timeout=STOP_GRACE_SECONDS)
        except (TimeoutError, ConnectionError, RuntimeError):
            if process is not None and process.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                await process.wait()
            self._task = None


class RoomServer(Server):
    """textual-serve's Server with the door of a workshop room: origin, token, a cap, a clean stop."""

    def __init__(self, room: Room) -> None:
        super().__init__(app_command(room.kb_dir), host=room.host, port=room.port, title="ctguide")
        self.room = room
        self.tabs: set[TabService] = set()
        self.opening = 0
        self.token_cookie = f"ctguide-token-{room.port}"

    # --- the door ---------------------------------------------------------------------------

    def _token_ok(self, request: web.Request) -> bool:
        if self.room.token is None:
            return True
        given = request.query.get("token") or request.cookies.get(self.token_cookie) or ""
        return hmac.compare_digest(given.encode(), self.room.token.encode())

    def _refusal(self, request: web.Request, *, check_origin: bool) -> web.Response | None:
        if not host_allowed(request.host, is_loopback(self.room.host)):
            return _page(403, "Not here", "This server only answers to localhost addresses.")
        if check_origin and not same_origin(request.headers.get("Origin"), request.host):
            log.warning("refused a connection from another origin: %s", request.headers.get("Origin"))
            return _page(403, "Not from another page", "Connections from other web pages are refused.")
        if not self._token_ok(request):
            return _page(403, "Ask for the room's link", "This workshop needs its full link, the one that ends in "
                         "<code>?token=…</code>. Ask the facilitator for it.")  # fmt: skip
        return None

    def _full(self) -> bool:
        return len(self.tabs) + self.opening >= self.room.max_tabs

    def _full_page(self) -> web.Response:
        return _page(503, "The room is full", f"All {self.room.max_tabs} places are in use. Close a ctguide tab you "
                     "no longer need and reload this page, or ask the facilitator to restart the server with a "
                     "larger <code>--max-tabs</code>.")  # fmt: skip

    # --- routes ------------------------------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = web.Application()
        app.add_routes([
            web.get("/", self.handle_index, name="index"),
            web.get("/ws", self.handle_websocket, name="websocket"),
            web.get("/ws/{tab}", self.handle_websocket),
            web.get("/download/{key}", self.handle_download, name="download"),
            web.static("/static", self.statics_path, name="static"),
        ])  # fmt: skip
        return app

    async def handle_index(self, request: web.Request) -> web.Response:  # type: ignore[override]
        if refusal := self._refusal(request, check_origin=False):
            return refusal
        if self._full():
            return self._full_page()
        response = web.Response(text=PAGE.substitute(font_size=to_int(request.query.get("fontsize", "16"), 16)),
                                content_type="text/html")  # fmt: skip
        if self.room.token:
            response.set_cookie(self.token_cookie, self.room.token, httponly=True, samesite="Strict")
        if not BROWSER_ID.fullmatch(request.cookies.get(BROWSER_COOKIE, "")):
            response.set_cookie(BROWSER_COOKIE, secrets.token_hex(16), max_age=60 * 60 * 24 * 30,
                                httponly=True, samesite="Strict")  # fmt: skip
        return response

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        if refusal := self._refusal(request, check_origin=False):
            return refusal
        return await super().handle_download(request)

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
        if refusal := self._refusal(request, check_origin=True):
            return refusal
        if self._full():
            return self._full_page()
        self.opening += 1
        websocket = web.WebSocketResponse(heartbeat=15)
        service: TabService | None = None
        try:
            await websocket.prepare(request)
            service = TabService(self.command, write_bytes=websocket.send_bytes, write_str=websocket.send_str,
                                 close=websocket.close, download_manager=self.download_manager,
                                 environment=self._tab_environment(request))  # fmt: skip
            self.tabs.add(service)
            self.opening -= 1
            await service.start(to_int(request.query.get("width", "80"), 80),
                                to_int(request.query.get("height", "24"), 24))  # fmt: skip
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # noqa: BLE001 - one tab's trouble must not stop the room
            log.warning("a tab ended with an error: %s", error)
        finally:
            if service is None:
                self.opening -= 1
            else:
                await service.stop()
                self.tabs.discard(service)
        return websocket

    def _tab_environment(self, request: web.Request) -> dict[str, str]:
        browser = request.cookies.get(BROWSER_COOKIE, "")
        folder = self.room.data_dir / "browsers" / (browser if BROWSER_ID.fullmatch(browser) else "anonymous")
        tab = request.match_info.get("tab", "")
        environment = {"CTGUIDE_DATA_DIR": str(folder), CLIPBOARD_ENV: "1" if page_can_copy(request) else "0"}
        if TAB_ID.fullmatch(tab):
            environment[TAB_ENV] = tab
        return environment

    # --- running and stopping ----------------------------------------------------------------

    async def run(self, started: asyncio.Event | None = None) -> None:
        """Serve until SIGTERM or SIGINT, then end every tab's process and stop."""
        runner = web.AppRunner(await self._make_app(), handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        try:
            await web.TCPSite(runner, self.room.host, self.room.port).start()
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(signum, stop.set)
            if started is not None:
                started.set()
            await stop.wait()
            await self.close_tabs()
        finally:
            await runner.cleanup()

    async def close_tabs(self) -> None:
        await asyncio.gather(*(service.stop() for service in list(self.tabs)), return_exceptions=True)
        self.tabs.clear()


def room_addresses(room: Room) -> list[str]:
    """The addresses to print: the one participants type first."""
    query = f"/?token={room.token}" if room.token else "/"
    if room.host in ("0.0.0.0", "::", ""):
        lan = _lan_address()
        local = f"http://127.0.0.1:{room.port}{query}"
        return [f"http://{lan}:{room.port}{query}", local] if lan else [local]
    host = f"[{room.host}]" if ":" in room.host else room.host
    return [f"http://{host}:{room.port}{query}"]


def _lan_address() -> str | None:
    """This machine's address on the local network (no packet is sent: UDP connect only picks a route)."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("10.255.255.255", 1))
        address = probe.getsockname()[0]
        return None if address.startswith("127.") else address
    return None


def serve(room: Room) -> None:
    logging.basicConfig(level=logging.WARNING, format="ctguide serve: %(message)s")
    asyncio.run(RoomServer(room).run())


def _page(status: int, title: str, message: str) -> web.Response:
    body = STATUS_PAGE.substitute(title=html.escape(title), message=message)
    return web.Response(status=status, text=body, content_type="text/html")


STATUS_PAGE = string.Template("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ctguide: $title</title>
<style>body{background:#0c181f;color:#eee;font:20px/1.5 sans-serif;display:flex;align-items:center;
justify-content:center;height:90vh;margin:0}main{max-width:36em;padding:2em;background:#12232d}
code{color:#ffd700}</style></head>
<body><main><h1>$title</h1><p>$message</p></main></body></html>
""")

PAGE = string.Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ctguide</title>
<link rel="stylesheet" href="/static/css/xterm.css">
<script src="/static/js/textual.js"></script>
<style>
@font-face { font-family: "Roboto Mono"; src: url("/static/fonts/RobotoMono-VariableFont_wght.ttf"); }
html, body { margin: 0; height: 100%; background: #0c181f; }
.textual-terminal { width: 100vw; height: 100vh; opacity: 0; }
body.-first-byte .textual-terminal { opacity: 1; }
.notice { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  color: #eee; font: 20px/1.5 sans-serif; text-align: center; }
body.-first-byte .starting, .ended { display: none; }
body.-closed .ended { display: flex; background: #0c181f; z-index: 10; }
.ended button { font: inherit; margin-top: 1em; padding: .4em 1.2em; }
</style>
</head>
<body>
<div class="notice starting">ctguide is starting…</div>
<div class="notice ended"><div>This conversation's connection has ended; everything you typed is saved.<br>
<button type="button" onclick="location.reload()">Open it again</button></div></div>
<div id="terminal" class="textual-terminal" data-font-size="$font_size"></div>
<script>
(function () {
  // One id per browser tab (sessionStorage survives a reload, not a new tab): the server gives the
  // tab its conversation back when the page is reloaded or the connection returns.
  var tab = sessionStorage.getItem("ctguide-tab");
  if (!/^[0-9a-f]{32}$$/.test(tab || "")) {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    tab = Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
    sessionStorage.setItem("ctguide-tab", tab);
  }
  // Keys go to the conversation from the start: nobody should have to click into the page first.
  function focusTerminal() {
    var keys = document.querySelector(".xterm-helper-textarea");
    if (keys && document.activeElement !== keys) keys.focus();
  }
  var waiting = setInterval(function () {
    if (document.body.classList.contains("-first-byte") && document.querySelector(".xterm-helper-textarea")) {
      clearInterval(waiting);
      focusTerminal();
    }
  }, 100);
  window.addEventListener("focus", focusTerminal);
  var scheme = location.protocol === "https:" ? "wss://" : "ws://";
  document.getElementById("terminal").dataset.sessionWebsocketUrl = scheme + location.host + "/ws/" + tab;
  // A finished plan arrives as a download; fetch it with a link rather than a pop-up window.
  var open = window.open.bind(window);
  window.open = function (url, target) {
    if (String(url).indexOf("/download/") >= 0) {
      var link = document.createElement("a");
      link.href = url;
      link.download = "";
      document.body.appendChild(link);
      link.click();
      link.remove();
      return null;
    }
    return open(url, target);
  };
})();
</script>
</body>
</html>
""")
