"""`kg extractors`: list the registered relation extractors."""
from __future__ import annotations

import click

from kg import extract


@click.command("extractors")
def extractors_command() -> None:
    """List the extractors `kg build --extractors` can select, with what each finds."""
    for name, description in extract.describe():
        click.echo(f"{name:<20} {description}")
