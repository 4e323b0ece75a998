"""`kg serve`: a read-only SPARQL endpoint with a small query page."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import user_errors


@click.command("serve")
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", "timeout_s", default=30, show_default=True, type=click.IntRange(min=1),
              help="Seconds a query may run; a longer one is stopped and answered 503.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Queries run at the same time (one engine process each).")
@click.option("--max-result-mb", default=100, show_default=True, type=click.IntRange(min=1),
              help="A larger result is answered 500 instead of being sent.")
@click.option("--memory-mb", default=2048, show_default=True, type=click.IntRange(min=256),
              help="Memory each engine process may use; a query needing more is answered 500.")
def serve_command(graph: Path, host: str, port: int, timeout_s: int, workers: int, max_result_mb: int,
                  memory_mb: int) -> None:
    """Serve GRAPH (store directory or RDF file) read-only over SPARQL; Ctrl-C or SIGTERM stops.

    Queries see the union of the article graphs (unless they use FROM) with kg's prefixes
    predefined; SERVICE (federation), LOAD and updates are refused, and the engine cannot
    open network connections.
    """
    from kg.serve import serve
    from kg.serve.server import WARNING_NO_SANDBOX

    def ready(url: str, network_denied: bool) -> None:
        if not network_denied:
            click.echo(WARNING_NO_SANDBOX, err=True)
        click.echo(f"SPARQL endpoint: {url}query   query page: {url}   (Ctrl-C stops)", err=True)

    with user_errors():
        serve(graph, host=host, port=port, timeout_s=timeout_s, workers=workers, max_result_mb=max_result_mb,
              memory_mb=memory_mb, on_ready=ready)
