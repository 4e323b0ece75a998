"""`kg stats`: articles, entities by type, facts by relation, date range."""
from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.common import user_errors


@click.command("stats")
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
def stats_command(graph: Path, as_json: bool) -> None:
    """What GRAPH (a store directory or an RDF file) holds."""
    from kg.rdfio import open_graph
    from kg.store import format_stats, stats

    with user_errors(), open_graph(graph) as database:
        numbers = stats(database)
    click.echo(json.dumps(numbers, ensure_ascii=False, indent=1) if as_json else format_stats(numbers))
