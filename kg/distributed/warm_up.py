"""A Dask worker plugin that loads the models as soon as a worker joins the cluster.

Without it a worker loads them on its first batch (several seconds), after the client has planned
and submitted; with it the loading overlaps the client's work, and a worker that joins later (or
is restarted by its nanny after a crash) is warmed up too. Dask refuses duck-typed plugins, so this
module imports Dask, and only the client's `run` imports it.
"""
from __future__ import annotations

import threading

from distributed.diagnostics.plugin import WorkerPlugin

from kg.distributed.tasks import BuildOptions, warm_up


class WarmUp(WorkerPlugin):
    """On every worker, `kg.distributed.tasks.warm_up(options)` in a thread: the worker's event
    loop stays free to talk to the scheduler meanwhile."""

    name = "kg-warm-up"   # registering it again (another run's options) replaces it
    idempotent = False

    def __init__(self, options: BuildOptions):
        self.options = options

    def setup(self, worker) -> None:
        threading.Thread(target=warm_up, args=(self.options,), name=self.name, daemon=True).start()
