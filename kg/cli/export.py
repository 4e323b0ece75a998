"""`kg export`: a store or RDF file in another format."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import user_errors


def _format_names() -> list[str]:
    from kg.export import names
    return names()


@click.command("export")
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "-t", "fmt", required=True, type=click.Choice(_format_names()),
              help="turtle, nt, xml (union); trig, nquads, json-ld (graph per article); graphml, gexf; "
                   "neo4j (OUTPUT is a directory); tsv (facts table).")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Output file (a directory for neo4j: nodes.csv, relationships.csv).")
def export_command(graph: Path, fmt: str, output: Path) -> None:
    """Write GRAPH (a store directory or an RDF file) as FORMAT to OUTPUT."""
    from kg.export import export
    from kg.rdfio import open_graph

    with user_errors(), open_graph(graph) as database:
        written = export(database, fmt, output)
    for path in written:
        click.echo(f"wrote {path}")
