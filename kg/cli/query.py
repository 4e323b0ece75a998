"""`kg query`: SPARQL over a store or an RDF file, ad hoc or named (.rq files shipped with kg)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.common import user_errors
from kg.errors import KgError

FORMATS = ["table", "csv", "tsv", "json", "turtle", "nt", "json-ld", "xml"]


@click.command("query")
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.argument("sparql", required=False)
@click.option("--file", "-f", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--named", "-n", metavar="NAME", help="Run a query shipped with kg (see --list).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a named query's parameter to an IRI, prefixed name or label (repeatable).")
@click.option("--list", "list_named", is_flag=True, help="List the named queries and exit.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="SELECT/ASK: table, csv, tsv, json (SPARQL 1.1 results); CONSTRUCT/DESCRIBE: RDF formats.")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE clauses fetch other SPARQL endpoints (federation; off by default).")
def query_command(graph: Path | None, sparql: str | None, query_file: Path | None, named: str | None,
                  params: tuple[str, ...], list_named: bool, fmt: str, allow_service: bool) -> None:
    """Run SPARQL over GRAPH (a store directory or an RDF file) and print the result.

    Queries see the union of all article graphs; kg's prefixes (kg, kgid, article, fact, membership,
    source, rdf, rdfs, owl, xsd, skos, org, prov, schema, dcterms, wd, wdt) are predefined.
    """
    from kg.query import named as named_queries
    from kg.query.render import write
    from kg.query.runner import run
    from kg.rdfio import open_graph

    with user_errors():
        if list_named:
            for name in named_queries.names():
                click.echo(f"{name:14} {named_queries.load(name).description}")
            return
        if graph is None or sum(x is not None for x in (sparql, query_file, named)) != 1:
            raise KgError("give GRAPH and exactly one of: a SPARQL string, --file, --named")
        values = dict(parse_param(p) for p in params)
        with open_graph(graph) as database:
            if named:
                result = named_queries.run_named(database, named_queries.load(named), values)
            else:
                text = sparql if sparql is not None else query_file.read_text(encoding="utf-8")
                result = run(database, text, allow_service=allow_service)
            sys.stdout.flush()
            write(result, fmt, sys.stdout.buffer)   # while the store is open: streamed as evaluated


def parse_param(text: str) -> tuple[str, str]:
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise KgError(f"--param {text!r}: expected NAME=VALUE, e.g. entity=Казахстан")
    return name.strip(), value
