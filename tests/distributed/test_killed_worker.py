"""A worker process killed mid-run: Dask runs its batches again and every article lands once."""
from __future__ import annotations

import os
import signal

from kg.distributed import Manifest, Shards, build_shards

from tests.distributed.conftest import quads_of


def test_a_run_that_loses_a_worker_still_holds_every_article_once(corpus, one_machine, cluster, tmp_path):
    from dask.distributed import Client

    killed = []

    def kill_a_busy_worker(client):
        def on_entry(_):
            if killed:
                return
            busy = [worker for worker, tasks in client.processing().items() if tasks] or list(client.processing())
            for pid in client.run(os.getpid, workers=busy[:1]).values():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
        return on_entry

    with Client(cluster) as client:
        report = build_shards([corpus], tmp_path / "shards", client, batch_size=2, on_entry=kill_a_busy_worker(client))
    assert killed and not report.failed
    keys = [done.key for entry in Manifest.read(tmp_path / "shards").entries for done in entry.articles]
    assert len(keys) == len(set(keys)) == 28
    assert not list((tmp_path / "shards" / "shards").glob(".*.tmp"))   # no half-written file left behind
    Shards(tmp_path / "shards").write(tmp_path / "merged.nq")
    assert quads_of(tmp_path / "merged.nq") == quads_of(one_machine / "graph.trig")
