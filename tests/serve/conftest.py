"""Servers for the endpoint and push tests, all on 127.0.0.1, each stopped by the test that started it.

`served` runs the real `kg serve` in its own process; `listener` is a loopback socket that
records every connection made to it, so a test can assert that nothing reached it; `oxigraph`
is Oxigraph's own writable server (the `oxigraph` package) standing in for a shared endpoint.
"""
import json
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

TIMEOUT = 60   # seconds per request: a worker restart on a loaded machine (2 shared cores) can take 20
RDF_CORPUS = Path(__file__).resolve().parents[1] / "data" / "store" / "corpus.trig"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else "exited"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise AssertionError(f"nothing listened on {port} within {seconds} s")


def request(base: str, path: str, *, data: bytes | None = None, method: str = "GET",
            headers: dict | None = None) -> tuple[int, str, bytes]:
    """(status, content type, body) of one request; HTTP errors are answers too."""
    call = urllib.request.Request(base + path, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(call, timeout=TIMEOUT) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def select(base: str, query: str) -> list[dict]:
    status, _, body = request(base, "/query?" + urllib.parse.urlencode({"query": query}),
                              headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body
    return json.loads(body)["results"]["bindings"]


class Listener:
    """A loopback TCP socket that accepts and records connections until closed."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.connections = 0
        self._open = True
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while self._open:
            try:
                connection, _ = self.socket.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._open = False
        self._thread.join(timeout=5)
        self.socket.close()


@pytest.fixture(scope="module")
def loopback_listener():
    opened = Listener()
    yield opened
    opened.close()


@pytest.fixture
def listener(loopback_listener):
    """The module's listener, counting from zero for each test: a test that lets a connection
    through (SERVICE opted in) must not fail the tests that run after it, in whatever order
    (mutmut runs a set of test ids)."""
    loopback_listener.connections = 0
    return loopback_listener


def start_served(graph: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [sys.executable, "-m", "kg", "serve", str(graph), "--port", str(port), *extra]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    wait_for_port(port, process)
    return process, f"http://127.0.0.1:{port}"


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`kg serve` on a copy of the test corpus (module-wide: starting it costs seconds)."""
    graph = tmp_path_factory.mktemp("served") / "corpus.trig"
    shutil.copy(RDF_CORPUS, graph)
    process, base = start_served(graph, "--timeout", "5", "--max-result-mb", "1", "--workers", "2")
    yield base
    stop(process)


@pytest.fixture
def impatient_served(tmp_path):
    """`kg serve --timeout 2` with one engine, for the test of a query that never ends: `served`
    keeps 5 s, so that its other queries (a result past --max-result-mb) finish on a loaded machine,
    and a runaway query there would spin a core for those 5 s. (1 s is too short for the fresh
    engine's first query on a machine loaded 10x: it got a 503 too.)"""
    graph = tmp_path / "corpus.trig"
    shutil.copy(RDF_CORPUS, graph)
    process, base = start_served(graph, "--timeout", "2", "--workers", "1")
    yield base
    stop(process)


@pytest.fixture
def oxigraph(tmp_path):
    """Oxigraph's writable server on a free loopback port: a stand-in for a shared endpoint."""
    binary = Path(sys.executable).with_name("oxigraph")
    port = free_port()
    process = subprocess.Popen([str(binary), "serve", "--location", str(tmp_path / "remote"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    wait_for_port(port, process, seconds=30)
    yield f"http://127.0.0.1:{port}"
    stop(process)
