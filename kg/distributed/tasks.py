"""What a worker runs: one batch of sources in, one shard and its manifest entry out.

A worker is a long-lived process: the models are loaded once per process and kept (`kg.nlp.load`,
the gazetteer and `kg.learn.load` are cached per process). `warm_up` loads them as soon as a worker
joins (kg.distributed.warm_up), while the client is still planning and submitting; a batch that
arrives meanwhile waits for it to end. Threads of one worker take turns (a worker started with
`--nthreads 4` is safe, not faster: the models are not shared between threads at the same time).
"""
from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg import __version__, pipeline
from kg.distributed.manifest import Bad, Done, ShardEntry
from kg.distributed.shards import write_shard
from kg.distributed.sources import Read, Source, read_source
from kg.errors import ValidationError
from kg.ingest import MAX_ARTICLE_CHARS
from kg.knowledge_graph import KnowledgeGraph
from kg.types import Article, Skipped

_one_at_a_time = threading.Lock()   # one batch at a time per worker process (see the docstring)


@dataclass(frozen=True)
class Batch:
    """A task: sources to read, and the content hashes the manifest already has for them."""

    name: str
    sources: tuple[Source, ...]
    done: dict[str, str] = field(default_factory=dict, hash=False)   # key → content hash


@dataclass(frozen=True)
class BuildOptions:
    """The `kg build` options a worker needs: those of `kg.pipeline.run` and the size limit.
    `models` must be a path every worker can read (a shared folder)."""

    extractors: tuple[str, ...] | None = None
    learned: bool = True
    min_confidence: float = 0.0
    models: str | None = None
    max_article_chars: int = MAX_ARTICLE_CHARS
    validation: str = "fast"   # `kg build --validate`: checks a batch's graph, never changes it (not in settings())

    @classmethod
    def of(cls, extractors: Sequence[str] | None = None, models: str | Path | None = None, **others) -> "BuildOptions":
        return cls(tuple(extractors) if extractors else None, models=str(Path(models).absolute()) if models else None,
                   **others)

    def settings(self) -> str:
        """What besides an article decides its graph; part of every content hash."""
        extractors = ",".join(sorted(self.extractors)) if self.extractors else "all"
        learned = f"learned {self.models or 'shipped'}" if self.learned else "rules only"
        return (f"kg {__version__}; extractors {extractors}; {learned}; min confidence {self.min_confidence}; "
                f"max chars {self.max_article_chars}")


def run_batch(batch: Batch, shard_dir: str, options: BuildOptions) -> ShardEntry:
    """Read, process and write one batch; articles with a known hash are left alone."""
    started = time.perf_counter()
    reads = [read for source in batch.sources for read in read_source(source, options.settings(),
                                                                        options.max_article_chars)]
    bad = [Bad(read.key, read.item.reason) for read in reads if isinstance(read.item, Skipped)]
    articles = [read for read in reads if isinstance(read.item, Article)]
    todo = [read for read in articles if batch.done.get(read.key) != read.digest]
    with _one_at_a_time:
        outcomes = list(pipeline.run([read.item for read in todo], workers=1, extractors=options.extractors,
                                     read=lambda articles: articles, learned=options.learned,
                                     min_confidence=options.min_confidence, models=options.models))
    results = [(read, out) for read, out in zip(todo, outcomes) if not isinstance(out, Skipped)]
    bad += [Bad(read.key, out.reason) for read, out in zip(todo, outcomes) if isinstance(out, Skipped)]
    done = _write(batch.name, Path(shard_dir), results, bad, options.validation)
    return ShardEntry(batch.name, done, tuple(bad), unchanged=len(articles) - len(todo),
                      seconds=round(time.perf_counter() - started, 3))


def _write(name: str, directory: Path, results: list[tuple[Read, object]], bad: list[Bad],
           validation: str) -> tuple[Done, ...]:
    if not results:
        return ()
    try:
        write_shard(directory, name, [result for _, result in results], validation)
    except ValidationError as error:   # never expected (facts are checked as they are made)
        bad += [Bad(read.key, f"the batch's graph violates the shapes: {error}") for read, _ in results]
        return ()
    return tuple(Done(read.key, read.digest, result.article.id) for read, result in results)


WARM_UP_TEXT = "Иран стал членом ШОС."   # one fact: the models, the indexes and the shapes are all used once


def warm_up(options: BuildOptions) -> None:
    """Load what `options` needs and build and validate one short article, as a batch would."""
    with _one_at_a_time:   # a batch that arrives meanwhile waits for the models instead of loading them twice
        try:
            built = pipeline.Pipeline(options.extractors, learned=options.learned,
                                      min_confidence=options.min_confidence, models=options.models)
            KnowledgeGraph([built.process_text(WARM_UP_TEXT)]).validate(options.validation)
        except Exception:  # noqa: BLE001 - the first batch meets the same error and reports it per article
            pass
