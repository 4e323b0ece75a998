"""Cutting the inputs into batches (Dask tasks), each with what the manifest already holds."""
from __future__ import annotations

import datetime as dt
import math
import secrets
from collections.abc import Iterable
from pathlib import Path

from kg.distributed.manifest import Manifest
from kg.distributed.sources import FileSource, JsonlRange, Source, list_sources
from kg.distributed.tasks import Batch


def run_id() -> str:
    """A name for this run's shards: sortable by time, distinct between runs started together."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)


# Files per batch (task). A batch's fixed cost is small (~0.03 s: a task, a validation, three
# files), so the size decides the files a run writes (three per batch) and the work a lost worker
# redoes; the tail is kept short by tail_sizes whatever the size.
DEFAULT_BATCH_SIZE = 100
MIN_TAIL_BATCH = 4   # files: the last batches are no smaller (but for the very last)


def plan(inputs: Iterable[str | Path], manifest: Manifest, batch_size: int, run: str, workers: int = 1) -> list[Batch]:
    """Batches of `batch_size` files, or one JSONL range of about `batch_size` lines each,
    carrying the content hashes the manifest has for their articles. The JSONL ranges come first
    and the files last, so the files' last batches, made smaller for `workers` (`tail_sizes`),
    are the run's last tasks."""
    digests = manifest.digests_by_path()
    ranges: list[list[Source]] = []
    files: list[Source] = []
    for source in list_sources(inputs, lines_per_range=batch_size):
        if isinstance(source, JsonlRange):
            ranges.append([source])
        else:
            files.append(source)
    groups = ranges + _cut(files, tail_sizes(len(files), batch_size, workers))
    return [Batch(f"{run}-{index:05d}", tuple(group), _known(group, digests)) for index, group in enumerate(groups)]


def tail_sizes(count: int, batch_size: int, workers: int) -> list[int]:
    """Sizes of the batches of `count` files: `batch_size` while many remain, then smaller (a
    half of what remains per worker, at least MIN_TAIL_BATCH), so the workers finish together
    instead of one working through a last full batch while the others wait."""
    sizes = []
    while count > 0:
        size = min(batch_size, count, max(MIN_TAIL_BATCH, math.ceil(count / (2 * max(workers, 1)))))
        sizes.append(size)
        count -= size
    return sizes


def _cut(sources: list[Source], sizes: list[int]) -> list[list[Source]]:
    groups, start = [], 0
    for size in sizes:
        groups.append(sources[start:start + size])
        start += size
    return groups


def _known(sources: list[Source], digests: dict[str, dict[str, str]]) -> dict[str, str]:
    known: dict[str, str] = {}
    for source in sources:
        found = digests.get(source.path, {})
        known.update((key, digest) for key, digest in found.items() if source.holds(key))
    return known


def article_estimate(batches: list[Batch]) -> int | None:
    """How many articles the batches hold, when it is known without reading (files only)."""
    if any(isinstance(source, JsonlRange) for batch in batches for source in batch.sources):
        return None
    return sum(isinstance(source, FileSource) for batch in batches for source in batch.sources)
