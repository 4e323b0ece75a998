"""Building past one machine: articles processed on a Dask cluster, written as shards.

    from dask.distributed import Client
    from kg.distributed import Shards, build_shards
    with Client("tcp://scheduler:8786") as client:            # or a LocalCluster
        report = build_shards(["/shared/corpus/"], "/shared/out", client)
    with Store.open("corpus-store/") as store:
        Shards("/shared/out").load(store)                       # what `kg load` does

Modules: `sources` (files, globs, JSONL byte ranges, content hashes), `plan` (batches),
`tasks` (what a worker runs), `shards` (the files of one batch), `manifest` (which shard holds
which article; bad articles), `run` (the client's loop), `merge` (shards → the graph a
one-machine build writes, into a store or a file), `cluster` (a client for --scheduler/--cluster),
`warm_up` (a worker plugin that loads the models when a worker joins).
Dask is an optional dependency (`pip install 'kg[dask]'`); only `run`, `cluster` and `warm_up` import it.
"""
from kg.distributed.cluster import connect, dashboard, local_workers
from kg.distributed.manifest import Manifest, ShardEntry
from kg.distributed.merge import Shards
from kg.distributed.run import RunReport, build_shards
from kg.distributed.tasks import BuildOptions

__all__ = ["BuildOptions", "Manifest", "RunReport", "ShardEntry", "Shards", "build_shards", "connect", "dashboard", "local_workers"]
