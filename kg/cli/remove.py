"""`kg remove`: drop articles from a store."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.common import user_errors


@click.command("remove")
@click.argument("store", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("articles", nargs=-1, required=True)
def remove_command(store: Path, articles: tuple[str, ...]) -> None:
    """Remove ARTICLES (ids or article IRIs) and everything they said from STORE.

    Exit status 1 if some article was not in the store.
    """
    from kg.store import Store, StoreError, is_store

    with user_errors():
        if not is_store(store):
            raise StoreError(f"{store} is not a kg store")
        with Store.open(store) as opened:
            missing = [article for article in articles if not opened.remove(article)]
    for article in articles:
        click.echo(f"{'not in store' if article in missing else 'removed'}: {article}")
    if missing:
        sys.exit(1)
