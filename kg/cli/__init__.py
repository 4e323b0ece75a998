"""The `kg` command line: thin click commands over the Python API (one module per command)."""
from __future__ import annotations

import click

from kg.cli.build import build_command
from kg.cli.eval import eval_command
from kg.cli.export import export_command
from kg.cli.extractors import extractors_command
from kg.cli.follow import follow_command
from kg.cli.load import load_command
from kg.cli.parse import parse_command
from kg.cli.push import push_command
from kg.cli.query import query_command
from kg.cli.remove import remove_command
from kg.cli.serve import serve_command
from kg.cli.stats import stats_command
from kg.cli.train import train_command
from kg.cli.viz import viz_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Build knowledge graphs of international organizations from news articles.

    Typical use: `kg build ARTICLES… -o out/` (add `--store DIR` to keep a corpus), then
    `kg query out/graph.ttl --named chairs`, `kg viz out/graph.ttl -o graph.html`.
    """


for command in (parse_command, build_command, extractors_command, eval_command, query_command,
                export_command, stats_command, remove_command, serve_command, push_command, viz_command,
                follow_command, train_command, load_command):
    main.add_command(command)
