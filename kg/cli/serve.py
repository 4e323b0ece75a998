"""`kg serve`: a read-only SPARQL endpoint with Oxigraph's query UI."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import user_errors


@click.command("serve")
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", "timeout_s", default=30, show_default=True, type=click.IntRange(min=1),
              help="Seconds a query may run.")
def serve_command(graph: Path, host: str, port: int, timeout_s: int) -> None:
    """Serve GRAPH (store directory or RDF file) read-only over SPARQL; Ctrl-C stops.

    Queries see the union of the article graphs; SERVICE (federation), LOAD and updates are refused.
    """
    from kg.serve import serve

    def ready(url: str) -> None:
        click.echo(f"SPARQL endpoint: {url}query   query UI: {url}   (Ctrl-C stops)", err=True)

    with user_errors():
        serve(graph, host=host, port=port, timeout_s=timeout_s, on_ready=ready)
