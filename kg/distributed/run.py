"""The client's side of a distributed build: plan batches, hand them to Dask, record each shard.

Dask retries a batch whose worker died (its scheduler reschedules the tasks of a lost worker)
and, once, a batch that raised; a batch that still fails is reported and left for the next run.
The manifest gets a line for every batch as it finishes, so a run stopped at any point goes on
where it stopped when started again.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.distributed.manifest import SHARDS, Bad, Manifest, ShardEntry
from kg.distributed.plan import DEFAULT_BATCH_SIZE, article_estimate, plan, run_id
from kg.distributed.tasks import Batch, BuildOptions, run_batch
from kg.store.lock import StoreLock, StoreLockedError

RETRIES = 1            # a batch that raised is tried once more (a lost worker does not count)
LOCK = "shards.lock"   # one build at a time per shard directory
KEY = "kg-batch-"      # Dask task keys: KEY + batch name
MIN_WINDOW, IN_FLIGHT_PER_THREAD = 16, 4


@dataclass
class RunReport:
    """What one run did: the manifest entries it added, and the batches that failed."""

    entries: list[ShardEntry] = field(default_factory=list)
    failed: list[Bad] = field(default_factory=list)   # (batch name, reason)

    @property
    def articles(self) -> int:
        return sum(len(entry.articles) for entry in self.entries)

    @property
    def unchanged(self) -> int:
        return sum(entry.unchanged for entry in self.entries)

    @property
    def bad(self) -> list[Bad]:
        return [bad for entry in self.entries for bad in entry.bad]

    def lines(self) -> list[str]:
        shards = sum(bool(entry.articles) for entry in self.entries)
        return [f"articles: {self.articles}", f"unchanged: {self.unchanged}", f"bad: {len(self.bad)}",
                *(f"  {bad.key}: {bad.reason}" for bad in self.bad), f"shards: {shards}",
                f"failed batches: {len(self.failed)}", *(f"  {bad.key}: {bad.reason}" for bad in self.failed)]


def build_shards(inputs: Iterable[str | Path], out_dir: str | Path, client, *, options: BuildOptions = BuildOptions(),
                 batch_size: int = DEFAULT_BATCH_SIZE, on_total: Callable[[int | None], None] | None = None,
                 on_entry: Callable[[ShardEntry], None] | None = None) -> RunReport:
    """Process every article under `inputs` on the Dask cluster of `client`; shards and the
    manifest go to `out_dir`, built with `options` (those of `kg build`). Articles the manifest
    holds with the same content hash are skipped.
    `on_total` hears the number of articles when it is known, `on_entry` every finished batch."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    lock = StoreLock(out_dir, name=LOCK)
    try:
        lock.acquire()
    except StoreLockedError:
        raise StoreLockedError(f"{out_dir} is being written by another kg build") from None
    try:
        _warm_up(client, options)
        manifest = Manifest.read(out_dir)
        batches = plan(inputs, manifest, batch_size, run_id(), workers=_threads(client))
        if on_total:
            on_total(article_estimate(batches))
        shard_dir = out_dir / SHARDS
        report = RunReport()
        for name, outcome in _dispatch(client, batches, str(shard_dir.absolute()), options):
            _record(name, outcome, manifest, report, on_entry)
        _sweep(shard_dir)
        return report
    finally:
        lock.release()


def _warm_up(client, options: BuildOptions) -> None:
    """The workers start loading the models now, while the batches are planned and submitted."""
    from kg.distributed.warm_up import WarmUp

    client.register_plugin(WarmUp(options))


def _dispatch(client, batches: list[Batch], shard_dir: str,
              options: BuildOptions) -> Iterator[tuple[str, ShardEntry | Exception]]:
    """Hand the batches to Dask a window at a time; yield (batch name, its entry or its error)
    as each one ends."""
    from dask.distributed import as_completed

    pending = iter(batches)

    def submit(count: int) -> list:
        return [client.submit(run_batch, batch, shard_dir, options, key=KEY + batch.name, retries=RETRIES,
                              pure=False) for batch in itertools.islice(pending, count)]

    running = as_completed(submit(_window(client)))
    for future in running:
        yield future.key.removeprefix(KEY), _outcome(future)
        running.update(submit(max(0, _window(client) - running.count())))


def _outcome(future) -> ShardEntry | Exception:
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - a batch's failure is reported, the run goes on
        return error
    finally:
        future.release()


def _window(client) -> int:
    """Batches handed to the scheduler at a time: enough to keep every worker thread busy (the
    cluster may grow), few enough that a run of millions of articles is not all queued at once."""
    return max(MIN_WINDOW, IN_FLIGHT_PER_THREAD * _threads(client))


def _threads(client) -> int:
    """The worker threads of the cluster now: as many batches run at once."""
    return sum(worker.get("nthreads", 1) for worker in client.scheduler_info().get("workers", {}).values())


def _record(name: str, outcome: ShardEntry | Exception, manifest: Manifest, report: RunReport, on_entry) -> None:
    if isinstance(outcome, Exception):
        report.failed.append(Bad(name, f"{type(outcome).__name__}: {outcome}"))
        return
    if outcome.articles or outcome.bad:
        manifest.append(outcome)
    report.entries.append(outcome)
    if on_entry:
        on_entry(outcome)


def _sweep(shard_dir: Path) -> None:
    """Remove the temporary files of workers that died while writing (their batches ran again)."""
    for leftover in shard_dir.glob(".*.tmp"):
        leftover.unlink(missing_ok=True)
