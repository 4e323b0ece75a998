"""`kg build`: articles in, graph files out."""
from __future__ import annotations

import sys
from pathlib import Path

import click

import kg
from kg.cli.common import progress_bar, report_skipped, split_names, user_errors
from kg.types import Skipped


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Directory for graph.ttl, graph.trig (one named graph per article) and facts.tsv.")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="Parallel worker processes (default: all cores).")
@click.option("--extractors", "-e", default=None, metavar="NAME,…",
              help="Only these extractors (see `kg extractors`); default: all.")
def build_command(inputs: tuple[str, ...], outdir: Path, workers: int | None, extractors: str | None) -> None:
    """Build a knowledge graph from articles (.txt, .html, .jsonl files or directories).

    Writes OUTDIR/graph.ttl, OUTDIR/graph.trig and OUTDIR/facts.tsv, validated against the
    SHACL shapes. Unreadable inputs are skipped with a reason; the exit status is then 1.
    """
    with user_errors():
        bar = progress_bar(None, "building")

        def on_result(item):
            bar.update(1)
            if isinstance(item, Skipped):
                bar.clear()
                report_skipped(item)

        knowledge = kg.build(inputs, workers=workers, extractors=split_names(extractors), progress=on_result)
        bar.close()
        knowledge.validate()
        written = knowledge.write(outdir)
    click.echo(summary(knowledge, written))
    if knowledge.skipped:
        sys.exit(1)


def summary(knowledge: kg.KnowledgeGraph, written: list[Path]) -> str:
    lines = [f"articles: {len(knowledge.results)}", f"entities: {knowledge.entity_count}",
             f"facts: {knowledge.fact_count}", f"skipped: {len(knowledge.skipped)}"]
    lines += [f"  {item}" for item in knowledge.skipped]
    lines += [f"wrote {path}" for path in written]
    return "\n".join(lines)
