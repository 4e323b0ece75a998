"""A loopback HTTP proxy in front of Oxigraph's server that refuses federated queries.

Oxigraph's server follows SERVICE clauses to any URL it is given; `kg serve` must not make the
machine fetch other servers, so every query passes through here first. Only reads are relayed
(GET, HEAD, and POST to /query); everything else gets 403.
"""
from __future__ import annotations

import http.client
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kg.query.runner import uses_service

FORWARDED_HEADERS = ("Accept", "Content-Type")
QUERY_PATH = "/query"


def make_proxy(host: str, port: int, upstream_port: int, timeout_s: float) -> ThreadingHTTPServer:
    """A server on host:port relaying reads to Oxigraph on 127.0.0.1:upstream_port."""
    handler = type("Handler", (ProxyHandler,), {"upstream_port": upstream_port, "timeout_s": timeout_s})
    return ThreadingHTTPServer((host, port), handler)


class ProxyHandler(BaseHTTPRequestHandler):
    upstream_port = 0
    timeout_s = 60.0

    def do_GET(self) -> None:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("query", [""])[0]
        self._relay(query, b"")

    def do_HEAD(self) -> None:
        self._relay("", b"")

    def do_POST(self) -> None:
        if urllib.parse.urlsplit(self.path).path != QUERY_PATH:
            self._refuse("kg serve is read-only: only queries are allowed")
            return
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
            query = urllib.parse.parse_qs(body.decode("utf-8", "replace")).get("query", [""])[0]
        else:
            query = body.decode("utf-8", "replace")
        self._relay(query, body)

    def do_PUT(self) -> None:
        self._refuse("kg serve is read-only")

    do_DELETE = do_PATCH = do_PUT

    def _refuse(self, message: str) -> None:
        data = (message + "\n").encode("utf-8")
        self.send_response(403)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _relay(self, query: str, body: bytes) -> None:
        if uses_service(query):
            self._refuse("SERVICE (federated query) is not allowed by kg serve")
            return
        upstream = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=self.timeout_s + 5)
        headers = {name: self.headers[name] for name in FORWARDED_HEADERS if self.headers.get(name)}
        upstream.request(self.command, self.path, body=body or None, headers=headers)
        response = upstream.getresponse()
        data = response.read()
        self.send_response(response.status)
        for name, value in response.getheaders():
            if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        upstream.close()

    def log_message(self, format: str, *args) -> None:   # noqa: A002 (http.server's signature)
        pass   # one line per request would drown the terminal
