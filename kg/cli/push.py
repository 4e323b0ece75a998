"""`kg push`: upload a graph, or the shards of a distributed build, to a SPARQL 1.1 Graph Store endpoint."""
from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import click

from kg.cli.common import user_errors


@click.command("push")
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store HTTP Protocol URL, e.g. http://127.0.0.1:7878/store")
@click.option("--graph", "rest_graph", metavar="IRI", default=None,
              help="Named graph for triples outside article graphs (all of a graph.ttl); "
                   "default: https://w3id.org/kg/graph/<input name>.")
@click.option("--dry-run", is_flag=True, help="List the graphs and triple counts; send nothing.")
@click.option("--timeout", "timeout_s", default=60, show_default=True, type=click.IntRange(min=1),
              help="Seconds to wait for each request.")
def push_command(graph: Path, endpoint: str, rest_graph: str | None, dry_run: bool, timeout_s: int) -> None:
    """Send GRAPH to ENDPOINT, one PUT ?graph=<IRI> per named graph (replacing that graph there).

    GRAPH is an RDF file, a store directory, or the shard folder of `kg build --scheduler/--cluster`
    (merged on the way as `kg load` merges it, one shard at a time). Only named graphs are
    written: one per article, plus --graph for triples outside articles. The endpoint's default
    graph and its other graphs are never touched.
    """
    from kg.serve import send, uploads_of
    from kg.vocab import pushed_graph_iri

    rest_graph = rest_graph or pushed_graph_iri(graph.resolve().name)
    triples = graphs = 0
    with user_errors(), ExitStack() as stack:
        planned = uploads_of(_pieces(graph, stack), rest_graph)
        for upload in send(planned, endpoint, timeout_s=timeout_s, dry_run=dry_run):
            click.echo(f"{'would put' if dry_run else 'put'} {len(upload.triples)} triples in <{upload.graph}>")
            triples, graphs = triples + len(upload.triples), graphs + 1
    verb = "would push" if dry_run else "pushed"
    click.echo(f"{verb} {triples} triples in {graphs} graphs to {endpoint}")


def _pieces(graph: Path, stack: ExitStack):
    """The graph in pieces that hold articles whole: the shards merged one at a time, or all of
    a file or store at once."""
    from kg.distributed.manifest import MANIFEST

    if graph.is_dir() and (graph / MANIFEST).is_file():
        from kg.distributed import Shards
        return Shards(graph).pieces()
    from kg.rdfio import open_graph
    database = stack.enter_context(open_graph(graph))
    return [database.quads_for_pattern(None, None, None, None)]
