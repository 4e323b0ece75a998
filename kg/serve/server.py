"""`kg serve`: a read-only SPARQL endpoint over a store or an RDF file.

Oxigraph's own server was dropped: it follows SERVICE to any URL and its port would answer
anyone on the machine unfiltered. Instead queries run in supervised pyoxigraph processes
(kg/serve/engine.py) that cannot open network sockets, behind an HTTP front
(kg/serve/endpoint.py) that listens on the one address the user chose. SIGINT and SIGTERM stop
everything in order: the listener, then the engine processes (waited for), then the temporary
files, and only then the store lock.
"""
from __future__ import annotations

import signal
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdfio import load_file
from kg.serve.endpoint import make_server
from kg.serve.engine import Engine
from kg.serve.worker import Limits
from kg.store import Store, is_store
from kg.store.store import DATABASE

WARNING_NO_SANDBOX = ("kg: warning: seccomp is not available here (pip install pyseccomp; libseccomp): "
                      "the query checker alone keeps SERVICE out")


class ServeError(KgError):
    """The SPARQL server could not be started."""


class Stop(BaseException):
    """SIGTERM or SIGINT arrived. A BaseException, like KeyboardInterrupt: raised wherever the main
    thread happens to be, it must not be caught by an `except Exception` on the way, e.g.
    socketserver's around handing a new connection to its thread, which passes it to the server's
    (silent) handle_error and serves on with both signals ignored, the lock held forever."""


@contextmanager
def database_location(graph: str | Path) -> Iterator[Path]:
    """An Oxigraph directory holding `graph`: the store itself (shared lock held) or a temporary copy."""
    graph = Path(graph)
    if is_store(graph):
        with Store.open(graph, read_only=True):
            yield graph / DATABASE
        return
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        database = load_file(graph, into=ox.Store(tmp))   # kg.rdfio's checks, as every command reads
        database.flush()
        del database   # close it: the engine processes open the directory read-only
        yield Path(tmp)


def serve(graph: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30, *,
          workers: int = 2, max_result_mb: int = 100, memory_mb: int = 2048, on_ready=None) -> None:
    """Serve `graph` read-only at http://host:port/ until SIGINT or SIGTERM."""
    with stop_on_signals(), ExitStack() as stack:
        location = stack.enter_context(database_location(graph))
        spool = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kg-serve-results-")))
        limits = Limits(str(location), max_result_mb * 2**20, memory_mb * 2**20)
        engine = stack.enter_context(Engine(limits, spool, workers, timeout_s))
        try:
            server = make_server(host, port, engine)
        except OSError as error:
            raise ServeError(f"cannot listen on {host}:{port}: {error.strerror}") from None
        stack.callback(server.server_close)
        if on_ready:
            on_ready(f"http://{host}:{server.server_address[1]}/", engine.network_denied)
        try:
            server.serve_forever()
        except Stop:
            pass


@contextmanager
def stop_on_signals():
    """SIGINT/SIGTERM raise Stop in the main thread; while cleaning up, further ones are ignored
    so that the cleanup (children first, lock last) cannot itself be cut short."""
    def stop(signum, frame):
        for name in (signal.SIGINT, signal.SIGTERM):
            signal.signal(name, signal.SIG_IGN)
        raise Stop()

    previous = {name: signal.signal(name, stop) for name in (signal.SIGINT, signal.SIGTERM)}
    # a parent may have blocked them (the mask survives exec): a handler alone would never run
    blocked = signal.pthread_sigmask(signal.SIG_UNBLOCK, previous)
    try:
        yield
    except Stop:
        pass
    finally:
        for name, handler in previous.items():
            signal.signal(name, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
