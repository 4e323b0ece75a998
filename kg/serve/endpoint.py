"""The HTTP side of `kg serve`: SPARQL protocol requests in, complete answers out.

Requests are read with bounded sizes and a socket timeout, turned into a query
(kg.serve.protocol) and handed to the engine pool (kg.serve.engine). An answer is sent only
once it is complete: the status line is the real outcome (200, or 400/403/413/500/503 with a
one-line message), never a 200 followed by a truncated body. Result files are streamed from
disk in small blocks and deleted afterwards.
"""
from __future__ import annotations

import shutil
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from kg.serve.engine import Engine
from kg.serve.protocol import MAX_REQUEST_BYTES, Refusal, accepted, query_of
from kg.serve.worker import Answer

QUERY_PAGE = resources.files("kg.serve") / "assets" / "query.html"
BLOCK = 64 * 1024
CLIENT_TIMEOUT_S = 30     # a client that stops sending mid-request is dropped


def make_server(host: str, port: int, engine: Engine) -> ThreadingHTTPServer:
    handler = type("Handler", (EndpointHandler,), {"engine": engine})
    return QuietServer((host, port), handler)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass   # a client that hangs up mid-answer is its own problem, not a traceback on our terminal


class EndpointHandler(BaseHTTPRequestHandler):
    engine: Engine
    timeout = CLIENT_TIMEOUT_S
    server_version = "kg-serve"

    def do_GET(self) -> None:
        if self.path.split("?")[0] in ("/", "/index.html"):
            self._send(Answer(200, "text/html; charset=utf-8"), QUERY_PAGE.read_bytes())
            return
        self._answer(b"")

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_POST(self) -> None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self._refuse(411, "send the query with a Content-Length")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_REQUEST_BYTES:
            self._refuse(413, f"the request body must be at most {MAX_REQUEST_BYTES // 1024} KB")
            self.close_connection = True
            return
        self._answer(self.rfile.read(length))

    def do_PUT(self) -> None:
        self._refuse(403, "kg serve is read-only")

    do_DELETE = do_PATCH = do_PUT

    def _answer(self, body: bytes) -> None:
        try:
            sparql = query_of(self.command if self.command != "HEAD" else "GET", self.path,
                              self.headers.get("Content-Type"), body)
        except Refusal as refusal:
            self._refuse(refusal.status, refusal.message)
            return
        answer, output = self.engine.answer(sparql, accepted(self.headers.get("Accept")))
        if output is None:
            self._send(answer, (answer.message + "\n").encode("utf-8"))
            return
        try:
            self._send_file(answer, output)
        finally:
            output.unlink(missing_ok=True)

    def _refuse(self, status: int, message: str) -> None:
        self._send(Answer(status, message=message), (message + "\n").encode("utf-8"))

    def _send(self, answer: Answer, data: bytes) -> None:
        self._head(answer, len(data))
        if self.command != "HEAD":
            self.wfile.write(data)

    def _send_file(self, answer: Answer, path: Path) -> None:
        self._head(answer, path.stat().st_size)
        if self.command != "HEAD":
            with path.open("rb") as result:
                shutil.copyfileobj(result, self.wfile, BLOCK)

    def _head(self, answer: Answer, length: int) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(length))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()

    def log_message(self, format: str, *args) -> None:   # noqa: A002 (http.server's signature)
        pass   # one line per request would drown the terminal
