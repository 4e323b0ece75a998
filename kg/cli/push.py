"""`kg push`: upload a graph to a SPARQL 1.1 Graph Store endpoint."""
from __future__ import annotations

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

    Only named graphs are written: one per article, plus --graph for triples outside articles.
    The endpoint's default graph and its other graphs are never touched.
    """
    from kg.rdfio import open_graph
    from kg.serve import push
    from kg.vocab import pushed_graph_iri

    with user_errors(), open_graph(graph) as database:
        sent = push(database, endpoint, rest_graph or pushed_graph_iri(graph.resolve().name),
                    timeout_s=timeout_s, dry_run=dry_run)
    for upload in sent:
        click.echo(f"{'would put' if dry_run else 'put'} {len(upload.triples)} triples in <{upload.graph}>")
    verb = "would push" if dry_run else "pushed"
    click.echo(f"{verb} {sum(len(u.triples) for u in sent)} triples in {len(sent)} graphs to {endpoint}")
