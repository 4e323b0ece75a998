"""Helpers shared by the commands: user-facing errors, progress bars, input paths."""
from __future__ import annotations

import sys
from contextlib import contextmanager

import click

from kg.errors import KgError
from kg.ingest import MAX_ARTICLE_CHARS
from kg.types import Skipped

# `kg build`, `kg parse` and `kg follow` read articles: one limit for every reader (files, pages, feeds).
max_article_chars_option = click.option(
    "--max-article-chars", type=click.IntRange(min=1), default=MAX_ARTICLE_CHARS, show_default=True,
    help="Skip (with a message) articles longer than this.")


def report_skipped(item: Skipped) -> None:
    """One line on stderr naming the input and the reason it was skipped."""
    click.echo(f"kg: skipped {item}", err=True)


@contextmanager
def user_errors():
    """Turn kg's own errors into a one-line message and exit status 1, no traceback."""
    try:
        yield
    except KgError as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:   # a full disk, a read-only directory…: the file and the reason, one line
        where = f"{error.filename}: " if error.filename else ""
        raise click.ClickException(f"{where}{error.strerror or error}") from error


def progress_bar(total: int | None, description: str):
    """A tqdm bar on stderr, shown only on a terminal."""
    from tqdm import tqdm

    return tqdm(total=total, desc=description, unit="article", file=sys.stderr,
                disable=not sys.stderr.isatty(), leave=False)


def split_names(value: str | None) -> list[str] | None:
    """"a,b , c" → ["a", "b", "c"]; None or "" → None."""
    if not value:
        return None
    return [name.strip() for name in value.split(",") if name.strip()]
