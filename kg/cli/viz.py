"""`kg viz`: a picture (PNG, SVG, PDF) or an interactive HTML page of a built graph."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import split_names, user_errors

FORMATS = (".png", ".svg", ".pdf", ".html")


@click.command("viz")
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="FILE.png, .svg, .pdf (static picture) or .html (interactive, self-contained).")
@click.option("--focus", metavar="ENTITY", help="Only ENTITY's neighbourhood: its IRI or part of its label.")
@click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True,
              help="Radius of the --focus neighbourhood, in edges.")
@click.option("--relations", metavar="NAME,…", help="Only these relations, e.g. chairs,adopts.")
@click.option("--types", metavar="TYPE,…",
              help="Only entities of these types (or their subtypes), e.g. Person,Organization.")
@click.option("--min-degree", type=click.IntRange(min=0), default=0, help="Drop entities with fewer facts.")
@click.option("--top", type=click.IntRange(min=1), default=None, help="Keep the N highest-ranked entities.")
@click.option("--rank", type=click.Choice(["degree", "pagerank"]), default="degree", show_default=True,
              help="How --top ranks entities.")
@click.option("--title", help="Picture title (default: the articles' publisher, date and headline).")
def viz_command(graph: Path, output: Path, title: str | None, **filters) -> None:
    """Draw GRAPH (graph.ttl, graph.trig or another RDF file written by `kg build`).

    Filters apply in order: relations, types, focus, min-degree, top. For example
    `kg viz out/graph.trig -o tokayev.png --focus Токаев --hops 2`.
    """
    import kg.viz   # matplotlib and the graph stack load only when a picture is drawn

    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise click.BadParameter(f"unknown format {output.suffix or '(none)'}; use {', '.join(FORMATS)}",
                                 param_hint="-o/--output")
    filters["relations"] = split_names(filters["relations"]) or ()
    filters["types"] = split_names(filters["types"]) or ()
    with user_errors():
        write = kg.viz.to_html if suffix == ".html" else kg.viz.draw
        written = write(graph, output, title=title, **filters)
    click.echo(f"wrote {written}")
