"""The `kg` command line: thin click commands over the Python API."""
from __future__ import annotations

import click

from kg.cli.build import build_command
from kg.cli.eval import eval_command
from kg.cli.extractors import extractors_command
from kg.cli.parse import parse_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Build knowledge graphs of international organizations from news articles.

    Typical use: `kg build ARTICLES… -o out/`, then query out/graph.ttl with SPARQL.
    """


main.add_command(parse_command)
main.add_command(build_command)
main.add_command(extractors_command)
main.add_command(eval_command)
