"""Cutting the inputs into batches (Dask tasks), each with what the manifest already holds."""
from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from pathlib import Path

from kg.distributed.manifest import Manifest
from kg.distributed.sources import FileSource, JsonlRange, Source, list_sources
from kg.distributed.tasks import Batch


def run_id() -> str:
    """A name for this run's shards: sortable by time, distinct between runs started together."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)


def plan(inputs: Iterable[str | Path], manifest: Manifest, batch_size: int, run: str) -> list[Batch]:
    """Batches of `batch_size` files, or one JSONL range of about `batch_size` lines each,
    carrying the content hashes the manifest has for their articles."""
    digests = manifest.digests_by_path()
    groups: list[list[Source]] = []
    files: list[Source] = []
    for source in list_sources(inputs, lines_per_range=batch_size):
        if isinstance(source, JsonlRange):
            groups.append([source])
            continue
        files.append(source)
        if len(files) == batch_size:
            groups.append(files)
            files = []
    groups += [files] if files else []
    return [Batch(f"{run}-{index:05d}", tuple(group), _known(group, digests)) for index, group in enumerate(groups)]


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
