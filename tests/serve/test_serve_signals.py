"""SIGTERM and SIGINT stop `kg serve` and everything it started, in order: the engine processes are
gone before the store lock is released, and no temporary file is left behind."""
import fcntl
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler

import psutil
import pytest

from kg.serve.endpoint import QuietServer
from kg.serve.server import Stop, stop_on_signals
from tests.serve.conftest import TIMEOUT, free_port, wait_for_port


def alive(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def lock_is_free(lock_file) -> bool:
    descriptor = os.open(lock_file, os.O_RDWR)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(descriptor)


def block_signals():
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})


# "blocked": started by a parent that blocks the signals (the mask is inherited through exec; mutmut's
# workers do this), kg serve must still stop on them
@pytest.mark.parametrize("signum, kind, blocked", [(signal.SIGTERM, "store", False), (signal.SIGINT, "file", False),
                                                   (signal.SIGINT, "file", True), (signal.SIGTERM, "store", True)])
def test_signal_stops_everything_children_before_the_lock(store_dir, corpus_path, tmp_path, signum, kind, blocked):
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    port = free_port()
    graph = store_dir if kind == "store" else corpus_path
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(graph), "--port", str(port)],
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "TMPDIR": str(temporary)},
                              preexec_fn=block_signals if blocked else None)
    wait_for_port(port, server)
    children = psutil.Process(server.pid).children(recursive=True)
    assert len(children) == 2 and (kind == "store" or any(temporary.iterdir()))
    lock = store_dir / "kg.lock"
    assert kind == "file" or not lock_is_free(lock)   # serving a store holds its (shared) lock

    server.send_signal(signum)
    if kind == "store":   # poll the lock: the moment it is free, no engine may be left
        deadline = time.monotonic() + 60
        while not lock_is_free(lock):
            assert time.monotonic() < deadline, "the lock was never released"
            time.sleep(0.005)
        assert [child.pid for child in children if alive(child)] == []
    assert server.wait(timeout=60) == 0, server.stderr.read()
    assert not any(alive(child) for child in children)
    assert list(temporary.iterdir()) == []


class SignalledOnHandOver(QuietServer):
    """The endpoint's server, signalled at the moment it hands a new connection to its thread: where
    the signal test's own port probe puts the server just before the signal (and a loaded machine
    keeps it longest, waiting for the thread to start)."""
    signum = signal.SIGTERM

    def process_request(self, request, client_address):
        os.kill(os.getpid(), self.signum)
        super().process_request(request, client_address)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_while_a_connection_is_handed_over_still_stops(signum):
    """socketserver wraps that hand-over in `except Exception` → handle_error (silent here): a Stop
    caught there left the server serving with both signals ignored ("the lock was never released")."""
    server = type("Server", (SignalledOnHandOver,), {"signum": signum})(("127.0.0.1", 0), BaseHTTPRequestHandler)
    threading.Timer(0.2, lambda: socket.create_connection(server.server_address, timeout=TIMEOUT).close()).start()
    give_up = threading.Timer(10, server.shutdown)   # bounds the test if the signal is lost
    give_up.start()
    stopped = False
    before = signal.getsignal(signum)   # SIG_IGN when the suite runs as a background job (`cmd &`)
    try:
        with stop_on_signals():
            try:
                server.serve_forever(poll_interval=0.05)
            except Stop:
                stopped = True
    finally:
        give_up.cancel()
        server.server_close()
    assert stopped
    assert signal.getsignal(signum) is before   # the handlers are back as they were
