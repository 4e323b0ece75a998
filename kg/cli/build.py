"""`kg build`: articles in, graph files (and/or a corpus store) out."""
from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

import click

import kg
from kg import web as kgweb
from kg.cli.common import max_article_chars_option, progress_bar, report_skipped, split_names, user_errors
from kg.cli.distributed import build_distributed, distributed_options
from kg.cli.web_options import make_web_options, web_options
from kg.distributed.tasks import BuildOptions
from kg.graph.validate import MODES as VALIDATION_MODES
from kg.pipeline import collect_less
from kg.store import Store
from kg.types import Skipped

PICTURE_NODES = 60   # a bigger graph is drawn as its most connected nodes: a hairball helps nobody


@click.command("build")
# readable=False: an unreadable input is reported and skipped by kg, not a usage error for the batch
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str, readable=False))
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Directory for graph.ttl, graph.trig (one named graph per article), facts.tsv (and graph.png "
                   "with --picture).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also add the articles to this on-disk corpus store (created if missing; idempotent).")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="Parallel worker processes (default: all cores).")
@click.option("--extractors", "-e", default=None, metavar="NAME,…",
              help="Only these extractors (see `kg extractors`); default: all.")
@click.option("--learned/--no-learned", default=True, show_default=True,
              help="Add the mentions and relations of the learned models (kg/learn/models) to the rules'.")
@click.option("--models", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="A model directory made by `kg train` instead of the shipped models.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Keep only facts at least this confident (learned facts: calibrated probability).")
# Off by default: drawing costs as much as the rest of a one-article build (matplotlib's import and
# layout); `kg viz` draws any graph later.
@click.option("--picture/--no-picture", default=False, show_default=True,
              help=f"Also draw OUT/graph.png (the top {PICTURE_NODES} nodes by degree when larger).")
@click.option("--validate", "validation", type=click.Choice(VALIDATION_MODES), default="fast", show_default=True,
              help="Check the graph against the SHACL shapes before writing it: fast (pyshacl-turbo, a Rust "
                   "engine), full (pyshacl, the reference engine, slower) or none. Either engine refuses a graph "
                   "that breaks a shape.")
@max_article_chars_option
@click.option("--enrich", is_flag=True, default=False,
              help="Add the gazetteer's member lists of the organizations found, in their own named graph "
                   "https://w3id.org/kg/source/gazetteer (never mixed with facts from text).")
@click.option("--urls", "url_list", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A file of page or feed URLs, one a line (blank lines and # comments ignored).")
@click.option("--feed", "feed_urls", multiple=True, metavar="URL",
              help="Read URL as an RSS/Atom feed: each of its items is a page (repeatable).")
@click.option("--raw", "raw_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where fetched pages and feeds are saved, and --offline reads them "
                   "(default: OUTDIR/raw, else STORE/raw).")
@click.option("--offline", is_flag=True, default=False,
              help="Fetch nothing: read URLs and feeds from the copies saved by an earlier build.")
@web_options
@distributed_options
def build_command(inputs: tuple[str, ...], url_list: Path | None, feed_urls: tuple[str, ...], raw_dir: Path | None,
                  offline: bool, outdir: Path | None, store_dir: Path | None, workers: int | None,
                  extractors: str | None, learned: bool, models: Path | None, min_confidence: float, picture: bool,
                  max_article_chars: int, validation: str, enrich: bool, scheduler: str | None, cluster: str | None, batch_size: int,
                  **fetching) -> None:
    """Build a knowledge graph from articles: .txt, .html, .jsonl files or directories, and
    http(s) URLs of pages or RSS/Atom feeds (recognized as such; --feed forces it).

    Writes OUTDIR/graph.ttl, OUTDIR/graph.trig and OUTDIR/facts.tsv (and OUTDIR/graph.png with
    --picture), validated against the SHACL shapes, and/or adds the articles to a corpus store (--store). With --enrich,
    the gazetteer's member lists of the organizations found go to their own named graph. Fetched
    pages and feeds are saved in OUTDIR/raw, so --offline can rebuild from them. Unreadable
    inputs are skipped with a reason; the exit status is then 1.

    With --scheduler or --cluster the articles are processed on Dask workers and OUTDIR gets
    shards (OUTDIR/shards/) and their manifest; a rerun skips what the manifest holds; `kg load`
    (or --store here) merges them.
    """
    if outdir is None and store_dir is None:
        raise click.UsageError("give -o OUTDIR, --store DIR, or both")
    sources = [*inputs, *(read_url_list(url_list) if url_list else []), *map(kgweb.Feed, feed_urls)]
    if not sources:
        raise click.UsageError("give INPUTS, --urls FILE or --feed URL")
    if scheduler or cluster:
        options = BuildOptions.of(split_names(extractors), learned=learned, min_confidence=min_confidence,
                                  models=models, max_article_chars=max_article_chars, validation=validation)
        return build_distributed(sources, outdir, store_dir, scheduler, cluster, batch_size, options, enrich)
    web = make_web_options(raw_dir or (outdir or store_dir) / "raw", offline=offline, **fetching)
    collect_less()   # this process exits after the build: its collector settings are its own
    with user_errors(), ExitStack() as stack:
        # The store is locked before any work: a second writer fails now, not after the whole build.
        store = stack.enter_context(Store.open(store_dir)) if store_dir else None
        knowledge = _build(sources, workers, split_names(extractors), enrich, web, max_article_chars, learned=learned,
                           min_confidence=min_confidence, models=models, validation=validation)
        knowledge.validate(validation)
        lines = _write(knowledge, outdir, picture) if outdir else []
        if store:
            lines.append(f"store {store_dir}: {store.add(knowledge.quads)}")
    click.echo("\n".join(summary(knowledge) + lines))
    if knowledge.skipped:
        sys.exit(1)


def read_url_list(path: Path) -> list[str]:
    """The URLs in a --urls file: one a line, blank lines and # comments left out."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise click.BadParameter(f"cannot read {path}: {error}", param_hint="--urls") from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _build(inputs, workers, extractors, enrich, web, max_article_chars, **learned_options) -> kg.KnowledgeGraph:
    bar = progress_bar(None, "building")

    def on_result(item):
        bar.update(1)
        if isinstance(item, Skipped):
            bar.clear()
            report_skipped(item)

    knowledge = kg.build(inputs, workers=workers, extractors=extractors, progress=on_result, enrich=enrich, web=web,
                         max_article_chars=max_article_chars, **learned_options)
    bar.close()
    return knowledge


def _write(knowledge: kg.KnowledgeGraph, outdir: Path, picture: bool) -> list[str]:
    written = knowledge.write(outdir)
    picture_path = outdir / "graph.png"
    if picture and knowledge.fact_count:
        filters = {"top": PICTURE_NODES} if knowledge.entity_count > PICTURE_NODES else {}
        written.append(knowledge.draw(picture_path, **filters))
    elif picture_path.exists():
        picture_path.unlink()   # a picture of an earlier build would contradict the files beside it
        return [f"wrote {path}" for path in written] + [f"removed stale {picture_path}"]
    return [f"wrote {path}" for path in written]


def summary(knowledge: kg.KnowledgeGraph) -> list[str]:
    lines = [f"articles: {len(knowledge.results)}", f"entities: {knowledge.entity_count}",
             f"facts: {knowledge.fact_count}", f"dropped by the shapes: {knowledge.dropped_count}",
             f"skipped: {len(knowledge.skipped)}"]
    return lines + [f"  {item}" for item in knowledge.skipped]
