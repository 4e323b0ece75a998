"""A small pool of query-engine processes (kg/serve/worker.py) that `kg serve` supervises.

Each query goes to an idle worker; a worker that does not answer within the timeout is killed
(Oxigraph's evaluation cannot be interrupted otherwise) and replaced, and one that dies (out of
memory) is replaced too. `close()` returns only when every worker is gone, so whoever holds the
store lock or the temporary copy may release it afterwards.
"""
from __future__ import annotations

import queue
import socket
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import KgError
from kg.serve.worker import Answer, Limits, Request

STARTUP_SECONDS = 60    # opening a large store read-only can take a while
STOP_SECONDS = 5        # a worker gets this long to exit before it is killed
WORKER_ENTRY = "import sys; from kg.serve.worker import serve_socket; serve_socket(int(sys.argv[1]))"


class EngineError(KgError):
    """The query engine could not be started."""


@dataclass
class Worker:
    process: subprocess.Popen
    connection: Connection   # the parent's end of a Unix socket pair


class Engine:
    """`answer(sparql, accept)` → (Answer, path of the result file or None)."""

    def __init__(self, limits: Limits, spool: Path, workers: int, timeout_s: float):
        self.limits, self.spool, self.timeout_s = limits, spool, timeout_s
        self.network_denied = True
        # Workers die with the thread that started them (PR_SET_PDEATHSIG), so one long-lived
        # thread starts them all, not the short-lived request threads.
        self._launcher = ThreadPoolExecutor(1, thread_name_prefix="kg-serve-launcher")
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._all: list[Worker] = []
        try:
            started = [self._launch() for _ in range(workers)]   # they load in parallel
            for worker in started:
                self._idle.put(self._ready(worker))
        except BaseException:
            self.close()
            raise

    def answer(self, sparql: str, accept: tuple[str, ...]) -> tuple[Answer, Path | None]:
        try:
            worker = self._idle.get(timeout=self.timeout_s)
        except queue.Empty:
            return Answer(503, message="the endpoint is busy; try again later"), None
        output = self.spool / f"{uuid.uuid4().hex}.out"
        try:
            answer = self._ask(worker, Request(sparql, accept, str(output)))
        except (EOFError, OSError) as lost:   # TimeoutError is an OSError
            worker = self._replace(worker)
            answer = self._lost(lost)
        finally:
            self._idle.put(worker)
        if answer.status != 200:
            output.unlink(missing_ok=True)
            return answer, None
        return answer, output

    def _lost(self, reason: BaseException) -> Answer:
        if isinstance(reason, TimeoutError):
            return Answer(503, message=f"the query ran longer than {self.timeout_s:g} s (kg serve --timeout)")
        return Answer(500, message=f"the query engine died (more than {self.limits.memory_bytes // 2**20} MB "
                                   "of memory needed?)")

    def _ask(self, worker: Worker, request: Request) -> Answer:
        worker.connection.send(request)
        if not worker.connection.poll(self.timeout_s):
            raise TimeoutError()
        return worker.connection.recv()

    def close(self) -> None:
        """Stop every worker and wait until each one is gone."""
        for worker in self._all:
            worker.connection.close()   # an idle worker exits when its pipe closes
        for worker in self._all:
            _stop(worker.process)
        self._all.clear()
        self._launcher.shutdown()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _launch(self) -> Worker:
        return self._launcher.submit(self._start_process).result()

    def _start_process(self) -> Worker:
        """A plain subprocess running kg.serve.worker (no multiprocessing helpers left behind)."""
        parent_end, child_end = socket.socketpair()
        with child_end:
            process = subprocess.Popen([sys.executable, "-c", WORKER_ENTRY, str(child_end.fileno())],
                                       pass_fds=[child_end.fileno()], stdin=subprocess.DEVNULL)
        worker = Worker(process, Connection(parent_end.detach()))
        self._all.append(worker)
        worker.connection.send(self.limits)
        return worker

    def _ready(self, worker: Worker) -> Worker:
        """`worker` once it has opened the store and sandboxed itself."""
        parent_end = worker.connection
        if not parent_end.poll(STARTUP_SECONDS):
            raise EngineError(f"the query engine did not start within {STARTUP_SECONDS} s")
        try:
            state, detail = parent_end.recv()
        except EOFError:
            raise EngineError(f"the query engine could not open {self.limits.location}") from None
        if state != "ready":
            raise EngineError(detail)
        self.network_denied = self.network_denied and detail
        return worker

    def _replace(self, worker: Worker) -> Worker:
        worker.connection.close()
        _stop(worker.process, at_once=True)
        self._all.remove(worker)
        return self._ready(self._launch())


def _stop(process: subprocess.Popen, at_once: bool = False) -> None:
    if not at_once:
        try:
            process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            pass
    if process.poll() is None:
        process.kill()
    process.wait()
