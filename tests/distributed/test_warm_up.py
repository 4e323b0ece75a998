"""A worker loads the models when it joins (the WarmUp plugin), before any batch reaches it."""
from __future__ import annotations

import time

from kg.distributed.tasks import BuildOptions
from kg.distributed.warm_up import WarmUp

WAIT = 180   # seconds: loading the models on a busy 2-core machine


def _learned_models_loaded() -> int:
    from kg import learn

    return learn.load.cache_info().currsize


def _loaded_within(client, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if all(client.run(_learned_models_loaded).values()):
            return True
        time.sleep(0.5)
    return False


def test_a_new_worker_has_the_models_before_its_first_batch():
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as local, \
            Client(local) as client:
        assert not _loaded_within(client, 1)   # the twin: a worker alone loads nothing
        client.register_plugin(WarmUp(BuildOptions()))
        assert _loaded_within(client, WAIT)    # no task was submitted
