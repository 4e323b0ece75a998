"""Orchestration: one article through NLP → extraction → resolution, and many in parallel.

Every stage is a pure function of one article, so workers share nothing but the models, which
the pool's fork server loads once (kg.worker_preload) and each worker inherits.
"""
from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg import gazetteer, graph, ingest, learn
from kg.types import Article, ArticleFacts, Skipped

# kg.extract, kg.nlp and kg.resolve (spaCy and the models' code: over a second of imports) are
# imported where an article is processed, so the parent of `kg build -w N`, whose workers do that,
# never imports them.


class Pipeline:
    """NLP, extraction and resolution for articles of any supported language."""

    def __init__(self, extractors: Sequence[str] | None = None, *, learned: bool = True,
                 min_confidence: float = 0.0, models: str | Path | None = None):
        from kg import extract

        self.extractors = tuple(extractors) if extractors else None
        if self.extractors:
            extract.check_names(self.extractors)   # fail before any model loads
        self.gazetteer = gazetteer.load_gazetteer()
        self.learned = learn.load(models) if learned else None   # models: a `kg train` directory
        self.min_confidence = min_confidence

    def process(self, article: Article) -> ArticleFacts:
        from kg import extract, nlp, resolve

        language = nlp.load(article.lang)
        doc = language.parse(article)
        context = extract.ExtractContext(article, language, self.gazetteer, learned=self.learned)
        extraction = extract.extract(doc, context, self.extractors)
        extraction = replace(extraction, candidates=tuple(
            c for c in extraction.candidates if c.provenance.confidence >= self.min_confidence))
        resolved = resolve.resolve(extraction, lemmatize=language.lemmatize, gazetteer=self.gazetteer)
        # Extractors propose, the ontology disposes: facts whose types the shapes forbid are dropped
        # (and counted: the build summary reports them).
        return graph.conforming(resolved)

    def process_text(self, text: str, doc_id: str | None = None, **metadata) -> ArticleFacts:
        """Clean and process a raw string (metadata as in `kg.ingest.from_text`)."""
        return self.process(ingest.from_text(text, source=doc_id, **metadata))


# The cyclic garbage collector, run less often: a build allocates millions of small objects and
# keeps many (a worker its models, the parent of a pool every article's graph until it writes),
# and every full collection walks them all. Measured on 150 NEREL texts: `kg build -w 1` spent
# 1.75 s of 18.6 s of CPU in 1,902 collections, 0.63 s in 18 with these thresholds (peak memory
# the same); the parent of `-w 2` 0.32 s, then 0.08 s. Cycles are still collected, later.
GC_THRESHOLDS = (50_000, 20, 20)


def collect_less() -> None:
    """Set GC_THRESHOLDS in this process: kg's pool workers and the `kg build` command's process."""
    gc.set_threshold(*GC_THRESHOLDS)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run(paths: Iterable, *, workers: int | None = None, extractors: Sequence[str] | None = None,
        read: Callable[[Iterable], Iterable[Article | Skipped]] = ingest.read, learned: bool = True,
        min_confidence: float = 0.0, models: str | Path | None = None,
        finish: Callable[[ArticleFacts | Skipped], Any] | None = None) -> Iterator[ArticleFacts | Skipped | Any]:
    """Read every input (with `read`: `kg.ingest.read`, or a `kg.web.WebReader`'s for URLs)
    and yield one result per article, in input order. `learned`, `min_confidence` and `models`
    are the `Pipeline`'s. `finish`, if given, is applied to each result (a Skipped too) where it
    is made, in the worker, and its value is yielded instead (kg.article_graphs.article_graph:
    the article's graph built in parallel); a worker pool pickles it, so it is a module-level
    function or a partial of one. What it raises ends the run."""
    if extractors:
        from kg import extract

        extract.check_names(extractors)   # fail before any worker starts
    workers = workers or default_workers()
    items = iter(read(paths))
    # A pool costs a fork server that imports kg and loads the models (about 4 s of CPU): one
    # article is done in-process.
    head = list(itertools.islice(items, 2))
    items = itertools.chain(head, items)
    if workers <= 1 or len(head) < 2:
        with _one_blas_thread():
            pipeline = Pipeline(extractors, learned=learned, min_confidence=min_confidence, models=models)
            for item in items:
                yield _finished(item if isinstance(item, Skipped) else _process_safely(pipeline, item), finish)
        return
    yield from _run_parallel(items, workers, (extractors, learned, min_confidence, models, finish))


def _process_safely(pipeline: Pipeline, article: Article) -> ArticleFacts | Skipped:
    # One bad article must not stop a corpus run; the summary lists it and the exit code says so.
    try:
        return pipeline.process(article)
    except Exception as error:  # noqa: BLE001 - reported to the user with the article's source
        return Skipped(article.source or article.id, f"processing failed: {type(error).__name__}: {error}")


def _finished(result: ArticleFacts | Skipped, finish: Callable | None):
    return result if finish is None else finish(result)


_worker_pipeline: Pipeline | None = None   # one per worker process, set by the pool initializer
_worker_finish: Callable | None = None


def _init_worker(extractors: Sequence[str] | None, learned: bool, min_confidence: float,
                 models: str | Path | None, finish: Callable | None) -> None:
    global _worker_pipeline, _worker_finish
    collect_less()
    _worker_pipeline = Pipeline(extractors, learned=learned, min_confidence=min_confidence, models=models)
    _worker_finish = finish


def _work(item: Article | Skipped):
    result = item if isinstance(item, Skipped) else _process_safely(_worker_pipeline, item)
    return _finished(result, _worker_finish)


def _run_parallel(items: Iterable[Article | Skipped], workers: int,
                  options: tuple) -> Iterator:
    # "forkserver": workers fork from a clean server process, independent of whatever the parent
    # has loaded or locked (as with "spawn"), that imported kg and loaded the default models once
    # (kg.worker_preload) rather than once per worker.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.worker_preload"])
    with _one_blas_thread_per_process():   # the server starts here, with one BLAS thread too
        pool = context.Pool(workers, initializer=_init_worker, initargs=options)
    with pool:
        # One article per task: an article takes ~0.2 s against ~0.1 ms to send it, and a chunk
        # of several left one worker idle while the other finished the last chunk.
        yield from pool.imap(_work, items, chunksize=1)


def _one_blas_thread():
    """One BLAS thread in this process while it parses: slovnet's matrices are small, and a second
    OpenBLAS thread spins on the other core (measured: 100 NEREL texts, NLP 58 s of CPU with two
    threads on a busy machine, 10 s with one)."""
    import numpy  # noqa: F401 - loads OpenBLAS now: threadpoolctl limits only libraries already loaded
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


@contextmanager
def _one_blas_thread_per_process():
    """The fork server, and so every worker, starts with one BLAS thread (read at numpy's import).

    OpenBLAS threads spin while they wait: N workers with N threads each on N cores ran three
    times slower than a single worker (measured: 100 NEREL texts, 2 cores, 30.7 s vs 9.4 s).
    """
    names = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update(dict.fromkeys(names, "1"))
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
