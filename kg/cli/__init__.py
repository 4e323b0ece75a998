"""The `kg` command line: thin click commands over the Python API (one module per command).

Each command's module is imported only when that command runs (or `kg --help` lists them):
`kg build` should not pay for the server, the exporters or the evaluation code.
"""
from __future__ import annotations

import importlib

import click

# command name → "module:click command" (modules under kg.cli)
COMMANDS = {
    "parse": "parse:parse_command", "build": "build:build_command", "extractors": "extractors:extractors_command",
    "eval": "eval:eval_command", "query": "query:query_command", "export": "export:export_command",
    "stats": "stats:stats_command", "remove": "remove:remove_command", "serve": "serve:serve_command",
    "push": "push:push_command", "viz": "viz:viz_command", "follow": "follow:follow_command",
    "train": "train:train_command", "load": "load:load_command",
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use (click's documented pattern)."""

    def list_commands(self, ctx: click.Context | None) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context | None, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name].split(":")
        return getattr(importlib.import_module(f"kg.cli.{module}"), attribute)

    @property
    def commands(self) -> dict[str, click.Command]:
        """Every command, imported (for help pages and tests that walk them all)."""
        return {name: self.get_command(None, name) for name in self.list_commands(None)}

    @commands.setter
    def commands(self, value) -> None:   # click.Group.__init__ assigns it; the table above is the source
        pass


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Build knowledge graphs of international organizations from news articles.

    Typical use: `kg build ARTICLES… -o out/` (add `--store DIR` to keep a corpus), then
    `kg query out/graph.ttl --named chairs`, `kg viz out/graph.ttl -o graph.html`.
    """
