"""`kg push`: upload a graph to a SPARQL 1.1 Graph Store endpoint."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import user_errors


@click.command("push")
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store HTTP Protocol URL, e.g. http://127.0.0.1:7878/store")
@click.option("--timeout", "timeout_s", default=60, show_default=True, type=click.IntRange(min=1),
              help="Seconds to wait for each request.")
def push_command(graph: Path, endpoint: str, timeout_s: int) -> None:
    """Send GRAPH to ENDPOINT: one PUT ?graph=<article IRI> per article (replacing it there)."""
    from kg.rdfio import open_graph
    from kg.serve import push

    with user_errors(), open_graph(graph) as database:
        sent = push(database, endpoint, timeout_s=timeout_s)
    click.echo(f"pushed {len(sent)} graphs to {endpoint}")
