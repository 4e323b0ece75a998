"""`kg serve`: Oxigraph's own server (from the `oxigraph` PyPI package) behind a read-only proxy.

Oxigraph listens on a random loopback port; the proxy (kg/serve/proxy.py) listens on the
address the user asked for and refuses SERVICE, so the server never fetches other hosts.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdfio import by_extension
from kg.serve.proxy import make_proxy
from kg.store import Store, is_store
from kg.store.store import DATABASE

STARTUP_SECONDS = 20   # how long Oxigraph may take to open a store and listen


class ServeError(KgError):
    """The SPARQL server could not be started."""


def oxigraph_binary() -> str:
    """The `oxigraph` executable: next to this Python first (the venv), then on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the oxigraph server is not installed: pip install oxigraph")
    return found


@contextmanager
def database_location(graph: str | Path) -> Iterator[Path]:
    """An Oxigraph directory holding `graph`: the store itself (shared lock held) or a temporary copy."""
    graph = Path(graph)
    if is_store(graph):
        with Store.open(graph, read_only=True):
            yield graph / DATABASE
        return
    fmt = by_extension(graph).oxigraph
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        database = ox.Store(tmp)
        database.bulk_load(path=str(graph), format=fmt)
        database.flush()
        del database   # close it: the server opens the directory itself
        yield Path(tmp)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def start_oxigraph(location: Path, port: int, *, read_only: bool = True, timeout_s: int = 30) -> subprocess.Popen:
    """Oxigraph's server on 127.0.0.1:port over `location`, returned once it accepts connections."""
    command = [oxigraph_binary(), "serve-read-only" if read_only else "serve", "--location", str(location),
               "--bind", f"127.0.0.1:{port}", "--union-default-graph", "--timeout-s", str(timeout_s)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServeError(f"oxigraph exited: {process.stderr.read().decode(errors='replace').strip()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise ServeError(f"oxigraph did not start listening within {STARTUP_SECONDS} s")


def serve(graph: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30,
          on_ready=None) -> None:
    """Serve `graph` read-only at http://host:port/ until interrupted (Ctrl-C)."""
    with database_location(graph) as location:
        upstream_port = free_port()
        upstream = start_oxigraph(location, upstream_port, timeout_s=timeout_s)
        try:
            proxy = make_proxy(host, port, upstream_port, timeout_s)
        except OSError as error:
            upstream.terminate()
            raise ServeError(f"cannot listen on {host}:{port}: {error.strerror}") from None
        try:
            if on_ready:
                on_ready(f"http://{host}:{proxy.server_address[1]}/")
            proxy.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            proxy.server_close()
            upstream.terminate()
            upstream.wait(timeout=10)
