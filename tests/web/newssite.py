"""A news site on a loopback address for the web tests: fixed routes, every request recorded.

Each route is a `Route`; `Site` serves them with the standard library's ThreadingHTTPServer
on 127.0.0.x and an ephemeral port. Slow routes are bounded (they give up after a few seconds
or when the client hangs up), so no test can hang on the server.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "web"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    wait: float = 0.0            # seconds before answering at all
    trickle: float = 0.0         # seconds between single bytes of the body
    length: int | None = None    # a Content-Length to claim (None: the body's)
    stream_bytes: int = 0        # instead of `body`, this many bytes in 64 KiB chunks, no Content-Length
    then: Route | None = None    # the answer to every later request (a route that fails once)
    etag: str | None = None      # sent; a request with If-None-Match: etag gets 304 Not Modified


@dataclass(frozen=True)
class Request:
    path: str
    at: float                    # time.monotonic() when it arrived
    headers: dict[str, str]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address) -> None:
        pass   # a client that hangs up on a kept-alive connection is no error here


class Site:
    def __init__(self, routes: dict[str, Route], host: str = "127.0.0.1"):
        self.routes = dict(routes)
        self.requests: list[Request] = []
        self._server = _Server((host, 0), _handler(self))
        self.base = f"http://{host}:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [request.path for request in self.requests]

    def __enter__(self) -> Site:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, path: str) -> Route | None:
        route = self.routes.get(path)
        if route is not None and route.then is not None:
            self.routes[path] = route.then
        return route


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 - http.server's name
            site.requests.append(Request(self.path, time.monotonic(), dict(self.headers)))
            route = site.answer(self.path)
            if route is None:
                route = Route(b"not found", 404, {"Content-Type": "text/plain"})
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                route = Route(b"", 304, {"ETag": route.etag})
            try:
                self._send(route)
            except (BrokenPipeError, ConnectionResetError):
                pass   # the client gave up: what the slow and huge routes expect

        def _send(self, route: Route) -> None:
            time.sleep(route.wait)
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value.replace("{base}", site.base))
            if route.etag and route.status == 200:
                self.send_header("ETag", route.etag)
            if route.stream_bytes:
                self.send_header("Connection", "close")
                self.end_headers()
                for _ in range(route.stream_bytes // 65536):
                    self.wfile.write(b"<p>" + b"x" * 65530 + b"</p>")
                self.close_connection = True
                return
            body = route.body.replace(b"{base}", site.base.encode())
            self.send_header("Content-Length", str(route.length if route.length is not None else len(body)))
            self.end_headers()
            if route.trickle:
                for byte in body[:40]:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(route.trickle)
                return
            self.wfile.write(body[:route.length] if route.length is not None else body)

        def log_message(self, *args) -> None:
            pass

    return Handler


def page(name: str, content_type: str = "text/html; charset=utf-8") -> Route:
    return Route((DATA / name).read_bytes(), headers={"Content-Type": content_type})


def redirect(location: str, status: int = 302) -> Route:
    return Route(b"", status, {"Location": location})


AGENCY = "/20240521/kulubaev-smid-shos.html"
OFFICIAL = "/press/news/nurtleu-smid-shos"
NEWSPAPER = "/world/2023/11/23/odkb-minsk"
CP1251 = "/economy/2022/05/27/veec.html"
FORBIDDEN = "/private/briefing.html"
IMAGE = "/img/budget.png"


def news_routes() -> dict[str, Route]:
    """The site the tests read: four article pages, two feeds, and every kind of trouble."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    return {
        "/robots.txt": page("robots.txt", "text/plain"),
        AGENCY: page("agency.html"),
        OFFICIAL: page("official.html", "text/html; charset=UTF-8"),
        NEWSPAPER: page("newspaper.html"),
        CP1251: page("eaeu-cp1251.html", "text/html"),          # the charset only in a <meta>
        FORBIDDEN: page("official.html"),
        IMAGE: Route(PNG, headers={"Content-Type": "image/png"}),
        "/rss.xml": page("rss.xml", "application/rss+xml; charset=utf-8"),
        "/world/atom.xml": page("atom.xml", "application/atom+xml"),
        "/feed-as-xml": page("rss.xml", "text/xml"),
        "/r/1": redirect("/r/2"), "/r/2": redirect("{base}/r/3", 301), "/r/3": redirect(AGENCY, 307),
        "/loop": redirect("/loop"),
        "/to-ftp": redirect("ftp://127.0.0.1/pub/article.html"),
        "/slow": Route(b"<html><body><p>late</p></body></html>", headers=html, wait=3.0),
        "/trickle": Route(b"<html><body><p>" + "медленно ".encode() * 20 + b"</p></body></html>",
                          headers=html, trickle=0.1),
        "/huge-declared": Route(b"<html>", headers=html, length=50 * 2**20),
        "/huge-streamed": Route(headers=html, stream_bytes=4 * 2**20),
        "/flaky": Route(b"busy", 503, {"Retry-After": "0", "Content-Type": "text/plain"}, then=page("agency.html")),
        "/gone": Route(b"gone", 404, {"Content-Type": "text/plain"}),
    }
